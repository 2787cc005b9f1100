"""The clerk's issuance screen against a real server: the number and date preview (the register's
next number), issuing (number, date, the agency seal, dispatch) and the delivery status per
recipient afterwards; and the preview rules on their own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.api import ApiClient, Recipient
from desktop.api.documents import DocumentSummary, RegisterInfo
from desktop.context import ScreenContext
from desktop.screens.document.view import DocumentView
from desktop.screens.issue.numbering import issue_date_line, preview
from desktop.screens.issue.view import IssueView, axis_status_text
from desktop.tasks import InlineRunner

from .conftest import screenshot
from .samples import tree_rows
from .test_issue import _signed_draft

_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
_DOCUMENT = DocumentSummary(id=1, direction="outgoing", state="signed", type_code="decision",
                            subject="Quyết định", urgency="normal", confidentiality="normal",
                            created_by=1, created_at=_NOW, updated_at=_NOW, notation="QĐ-VPCP")


def _register(series: str, last: int, year: int = 2026) -> RegisterInfo:
    return RegisterInfo(id=1, direction="outgoing", year=year, series=series, last_number=last)


def test_the_preview_takes_the_next_number_of_the_document_series() -> None:
    registers = [_register("general", 6), _register("confidential", 41),
                 _register("normative:decision", 2), _register("general", 99, year=2025)]
    day = date(2026, 2, 5)
    shown = preview(_DOCUMENT, registers, place="Hà Nội", today=day)
    assert (shown.number, shown.number_text) == (7, "07/QĐ-VPCP")
    assert shown.date_line == "Hà Nội, ngày 05 tháng 02 năm 2026"
    secret = replace(_DOCUMENT, confidentiality="secret", notation=None)
    assert preview(secret, registers, place=None, today=day).number_text == "42"
    normative = replace(_DOCUMENT, is_normative=True)
    assert preview(normative, registers, place="Hà Nội", today=day).number == 3
    assert preview(_DOCUMENT, [], place="Hà Nội", today=day).number == 1
    assert issue_date_line(None, date(2026, 11, 26)) == "ngày 26 tháng 11 năm 2026"


def test_the_axis_status_column_reads_whatever_the_server_gives() -> None:
    plain = Recipient(1, None, None, "000.00.00.G15", "Bộ Tài chính", "sending", None)
    assert axis_status_text(plain) == ""  # no axis status (yet)
    rejected = SimpleNamespace(axis_status_code="02", axis_status_label="Từ chối tiếp nhận",
                               axis_status_note="Sai nơi nhận")
    assert axis_status_text(cast(Recipient, rejected)) == "Từ chối tiếp nhận — Sai nơi nhận"
    coded = SimpleNamespace(axis_status_code="03")
    assert axis_status_text(cast(Recipient, coded)) == "03"


def test_clerk_issues_from_the_issuance_screen(
        context_for: Callable[..., ScreenContext], api_for: Callable[..., ApiClient],
        qtbot: QtBot, inline_tasks: InlineRunner, test_pki_folder: Path,
        unique: Callable[[str], str]) -> None:
    subject = f"Về việc triển khai văn phòng không giấy {unique('b')}"
    document_id = _signed_draft(api_for, test_pki_folder, subject)
    view = IssueView(context_for("lannt"))
    qtbot.addWidget(view)
    view.resize(1200, 720)
    view.show()
    rows = [view.list.item(i) for i in range(view.list.count())]
    row = next(i for i, item in enumerate(rows)
               if item is not None and item.data(Qt.ItemDataRole.UserRole) == document_id)
    view.list.setCurrentRow(row)
    assert view.selected is not None and view.selected.detail.document.id == document_id
    planned = view.selected.preview
    assert planned is not None and not view.issue_button.isHidden()
    assert view.values["number"].text().startswith(planned.number_text)
    assert " tháng " in view.values["date"].text()
    screenshot(view, "72a-issue-preview")

    view.issue()
    assert view.message.kind == "success", view.message.text()
    document = api_for("lannt").document(document_id).document
    assert document.state == "issued" and document.number == planned.number
    assert view.selected is not None and view.selected.preview is None
    assert view.issue_button.isHidden()
    assert view.values["number"].text() == document.number_notation
    delivery = {r[0]: r[2] for r in tree_rows(view.recipients)}
    assert delivery == {"Vụ Pháp luật": "Đã chuyển", "Bộ Tài chính": "Đang gửi"}
    listed = [view.list.item(i) for i in range(view.list.count())]
    assert document_id not in [item.data(Qt.ItemDataRole.UserRole) for item in listed if item]
    screenshot(view, "72b-issued-delivery")

    issued = DocumentView(context_for("lannt"))
    qtbot.addWidget(issued)
    issued.resize(1280, 800)
    issued.show()
    issued.load(document_id)
    signatures = {row[0]: row[2] for row in tree_rows(issued.signatures.tree)}
    assert set(signatures) == {"Chữ ký của lãnh đạo", "Chữ ký số của cơ quan"}
    assert all(status.startswith("Hợp lệ") for status in signatures.values()), signatures
    issued.tabs.setCurrentWidget(issued.signatures)
    screenshot(issued, "72c-issued-signature-panel")
