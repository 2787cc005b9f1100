"""The clerk issues a signed document from the document view and can revoke it; the issued PDF
shows the agency seal the server added."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, DraftFields, FileUpload, RecipientSpec
from desktop.context import ScreenContext
from desktop.screens.document.dialogs import TextDialog
from desktop.screens.document.view import DocumentView
from desktop.tasks import InlineRunner
from desktop.workflow import Step

from .conftest import screenshot
from .samples import REPORT_LETTER, leader_signs, letter_pdf, tree_rows, with_signature_fields


def _signed_draft(api_for: Callable[..., ApiClient], pki: Path, subject: str) -> int:
    officer, head, leader = api_for("maint"), api_for("longbd"), api_for("khanglm")
    units = {u.code: u.id for u in officer.units()}
    fields = DraftFields(type_code="official_letter", subject=subject,
                         signer_authority="KT.", signer_position="Phó Chủ nhiệm",
                         signer_name="Lê Minh Khang",
                         recipients=(RecipientSpec(unit_id=units["PL"]),
                                     RecipientSpec(organ_id="000.00.00.G15",
                                                   organ_name="Bộ Tài chính")))
    letter = with_signature_fields(letter_pdf(REPORT_LETTER, signer_text=False))
    draft = officer.create_draft(fields, FileUpload("cong-van-di.pdf", letter))
    officer.submit_review(draft.id)
    head.submit_signature(draft.id, leader.me().user.id)
    signed = leader_signs(api_for("baotq"), leader, leader.version_file(draft.id, 1), pki)
    leader.upload_signed(draft.id, FileUpload("da-ky.pdf", signed))
    return draft.id


def test_clerk_issues_and_revokes(context_for: Callable[..., ScreenContext],
                                  api_for: Callable[..., ApiClient], qtbot: QtBot,
                                  inline_tasks: InlineRunner, test_pki_folder: Path,
                                  unique: Callable[[str], str]) -> None:
    subject = f"Về việc góp ý dự thảo báo cáo kinh tế - xã hội {unique('i')}"
    document_id = _signed_draft(api_for, test_pki_folder, subject)
    view = DocumentView(context_for("lannt"))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.load(document_id)
    assert view.shown_steps() == [Step.ISSUE]
    view.steps.ask(Step.ISSUE)
    assert view.detail is not None and view.detail.document.state == "issued", \
        view.message.text()
    document = view.detail.document
    assert document.number is not None and document.notation
    assert view.metadata.values["number"].text() == f"{document.number}/{document.notation}"
    assert view.shown_loaded == view.detail.latest_version.version_no  # type: ignore[union-attr]
    delivery = {row[0]: row[2] for row in tree_rows(view.recipients)}
    assert delivery == {"Vụ Pháp luật": "Đã chuyển", "Bộ Tài chính": "Đang gửi"}
    view.tabs.setCurrentIndex(2)
    screenshot(view, "62c-issued-with-seal")
    assert view.shown_steps() == [Step.REVOKE]
    dialog = view.steps.ask(Step.REVOKE)
    assert isinstance(dialog, TextDialog)
    dialog.edit.setPlainText("Ban hành nhầm đối tượng nhận")
    dialog.accept()
    assert view.detail.document.state == "revoked" and view.shown_steps() == []
