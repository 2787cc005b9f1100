"""The archive screens against a real server: the clerk opens a dossier, files a received letter
found by search without diacritics, closes the dossier through the closing dialog, packages and
exports it with progress and reads the fixity report; the leader places a legal hold and
approves the disposal, and the clerk's disposal is refused with the server's precise reason."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, LiveEvent
from desktop.api.archive import ArchiveApi
from desktop.api.errors import NotFound
from desktop.api.requests import FileUpload, IncomingFields
from desktop.context import ScreenContext
from desktop.labels import event_title
from desktop.navigation import entries_for
from desktop.screens.archive.lists import CODE_ROLE
from desktop.screens.archive.view import ArchiveView
from desktop.tasks import InlineRunner
from desktop.text import fold

from .conftest import screenshot
from .samples import REPORT_LETTER, letter_pdf, receive_letter, tree_rows

Contexts = Callable[..., ScreenContext]


def _select(view: ArchiveView, file_code: str) -> None:
    for year in range(view.tree.topLevelItemCount()):
        parent = view.tree.topLevelItem(year)
        assert parent is not None
        for row in range(parent.childCount()):
            child = parent.child(row)
            if child is not None and child.data(0, CODE_ROLE) == file_code:
                view.tree.setCurrentItem(child)
                return
    raise AssertionError(f"{file_code} is not in the tree")


def _dossier_due_for_transfer(clerk: ApiClient, unique: Callable[[str], str]) -> str:
    """A closed dossier whose work ended 350 days ago: 15 days left to transfer it."""
    issued = date.today() - timedelta(days=350)
    fields = IncomingFields(type_code="official_letter", issuing_organ_name="Bộ Nội vụ",
                            subject=f"Về việc kiểm tra công tác lưu trữ {unique('kt')}",
                            number=77, notation="BNV-VTLT", issue_date=issued)
    letter = clerk.receive(fields, FileUpload("cong-van.pdf", letter_pdf(REPORT_LETTER)))
    archive = ArchiveApi(clerk)
    notation = unique("KT").replace("-", "")[-12:]
    code = archive.open_dossier(year=issued.year, notation=notation, retention="10",
                                title="Hồ sơ kiểm tra công tác lưu trữ").summary.file_code
    archive.add_document(code, letter.id)
    archive.close_dossier(code, title="Hồ sơ kiểm tra công tác lưu trữ", retention="10 năm",
                          keywords=())
    return code


def _view(context: ScreenContext, qtbot: QtBot) -> ArchiveView:
    view = ArchiveView(context)
    qtbot.addWidget(view)
    view.resize(1280, 820)
    view.show()
    return view


def test_clerk_files_closes_packages_and_the_leader_holds(
    context_for: Contexts, api_for: Callable[..., ApiClient], qtbot: QtBot,
    inline_tasks: InlineRunner, tmp_path: Path, unique: Callable[[str], str],
) -> None:
    subject = f"Về việc lập hồ sơ công tác lưu trữ năm 2026 {unique('hs')}"
    letter = receive_letter(api_for("lannt"), subject=subject)
    due_code = _dossier_due_for_transfer(api_for("lannt"), unique)
    ArchiveApi(api_for("lannt")).set_retention_rule(
        "van-thu-luu-tru", "Vĩnh viễn", "Hồ sơ công tác văn thư, lưu trữ")
    target = tmp_path / "goi-luu-tru.zip"
    context = context_for("lannt", pick_save_file=lambda *_: target)
    assert "archive" in [entry.key for entry in entries_for(context.me)]
    view = _view(context, qtbot)

    notation = unique("LT").replace("-", "")[-12:]
    view.year.setValue(2026)
    view.notation.setText(notation)
    view.title.setText("Hồ sơ về công tác văn thư, lưu trữ năm 2026")
    view.retention.setCurrentIndex(view.retention.findData("van-thu-luu-tru"))
    assert view.retention.currentText() == "van-thu-luu-tru — Vĩnh viễn"
    view.open_dossier()
    assert view.panel.dossier is not None, view.message.text()
    code = view.panel.dossier.summary.file_code
    assert code.endswith(f".2026.{notation}")
    assert view.panel.dossier.summary.retention == "Vĩnh viễn"

    view.panel.find_box.setText(fold(subject))
    view.panel.find_documents()
    found = [row[2] for row in tree_rows(view.panel.found)]
    assert subject in found, (found, view.message.text())
    chosen = view.panel.found.topLevelItem(found.index(subject))
    assert chosen is not None
    view.panel.found.setCurrentItem(chosen)
    view.panel.buttons["add"].click()
    assert [r[3] for r in tree_rows(view.panel.documents)] == [subject]
    assert view.panel.dossier.documents[0].document_id == letter.id

    dialog = view.panel.ask_close()
    assert dialog is not None and dialog.title.text() == view.panel.dossier.summary.title
    dialog.keywords.setText("văn thư, lưu trữ")
    dialog.retention.setCurrentText("Vĩnh viễn")
    screenshot(dialog, "archive-close-dialog")
    dialog.accept()
    assert view.panel.dossier.summary.state == "closed", view.message.text()
    closed = view.panel.dossier
    assert closed.doc_total == 1 and closed.keywords == ("văn thư", "lưu trữ")
    assert "20/11/2026" in view.panel.details.text()
    _select(view, code)

    view.panel.buttons["pack"].click()
    assert view.panel.exported == target, view.message.text()
    assert not view.panel.progress.isVisible()
    assert view.panel.progress.value() == view.panel.progress.maximum() == 1000
    with zipfile.ZipFile(target) as bag:
        names = bag.namelist()
    assert any(n.endswith("manifest-sha512.txt") for n in names)
    assert any(n.endswith("data/metadata/dossier.xml") for n in names)
    assert len(view.panel.dossier.packages) == 1
    screenshot(view, "archive-closed-packaged")

    leader = _view(context_for("khanglm"), qtbot)
    assert not leader.panel.buttons["pack"].isVisible()
    assert leader.panel.buttons["approve"].isVisible()
    _select(leader, code)
    leader.panel.reason.setText("Thanh tra công vụ năm 2026")
    leader.panel.buttons["hold"].click()
    leader.panel.decision.setText("25/QĐ-VPCP")
    leader.panel.buttons["approve"].click()
    shown = leader.panel.details.text()
    assert "25/QĐ-VPCP" in shown and "Thanh tra" in shown
    screenshot(leader, "archive-leader-hold")

    _select(view, code)
    view.panel.buttons["dispose"].click()
    assert view.message.kind == "error", view.message.text()
    assert "phong tỏa" in view.message.text()

    view.tabs.setCurrentIndex(1)
    assert view.tabs.tabText(1).startswith("Hạn nộp lưu (")
    due = [row for row in tree_rows(view.warnings) if row[0] == due_code]
    assert due and due[0][3] == "Còn 15 ngày", tree_rows(view.warnings)
    screenshot(view, "archive-transfer-deadlines")

    view.tabs.setCurrentIndex(2)
    view.run_fixity()
    runs = tree_rows(view.fixity_tree)
    assert runs and runs[0][3] == "Không phát hiện vấn đề", runs
    screenshot(view, "archive-fixity")


def test_archive_events_read_as_vietnamese_sentences(ui_app: object) -> None:
    at = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    due = LiveEvent(1, at, "archive.transfer_due_soon", {
        "file_code": "000.00.00.G22.2025.01.TCCB", "title": "Hồ sơ tổ chức cán bộ",
        "deadline": "2026-12-20", "days_left": 24})
    alert = LiveEvent(2, at, "archive.fixity_alert", {"count": 1, "alerts": []})
    closed = LiveEvent(3, at, "archive.dossier_closed", {
        "file_code": "000.00.00.G22.2025.01.TCCB", "title": "Hồ sơ tổ chức cán bộ"})
    assert event_title(due) == ("Nộp lưu hồ sơ 000.00.00.G22.2025.01.TCCB trong 24 ngày tới: "
                                "Hồ sơ tổ chức cán bộ")
    assert event_title(alert) == "Kiểm tra toàn vẹn: 1 tệp bị hỏng hoặc bị mất"
    assert event_title(closed).startswith("Kết thúc hồ sơ: 000.00.00.G22.2025.01.TCCB")


def test_a_refused_export_leaves_no_file(api_for: Callable[..., ApiClient],
                                         tmp_path: Path) -> None:
    target = tmp_path / "khong-co.zip"
    with pytest.raises(NotFound):
        ArchiveApi(api_for("lannt")).export(987654, target)
    assert list(tmp_path.iterdir()) == []
