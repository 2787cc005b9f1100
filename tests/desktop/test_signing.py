"""The leader signs from the client against a real server: one document with a PKCS#12 file,
a batch on a SoftHSM2 token at B-LT with the loopback TSA (one PIN entry, progress, a result per
document, a failure that does not stop the others), the wrong PIN and a certificate that is not
the leader's named in the dialog, and the signature panel showing the report."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import pem as asn1_pem
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.api import ApiClient, DraftFields, FileUpload, RecipientSpec
from desktop.context import ScreenContext
from desktop.screens.document.view import DocumentView
from desktop.screens.signing.dialog import SignDialog
from desktop.screens.signing.view import ToSignView
from desktop.settings import (
    SIGNING_PKCS12,
    SIGNING_SOURCE,
    TOKEN_MODULE,
    TSA_URL,
    Settings,
)
from desktop.tasks import InlineRunner
from signing.demo_images import signature_png
from tests.fixtures.pki import ServedPki, Tokens

from .conftest import screenshot
from .samples import REPORT_LETTER, letter_pdf, tree_rows, with_signature_fields

LEADER, HEAD, OFFICER, ADMIN = "khanglm", "longbd", "maint", "baotq"


def _to_sign(api_for: Callable[..., ApiClient], subject: str) -> int:
    """A letter drafted, reviewed and submitted to the leader for signature."""
    officer, head = api_for(OFFICER), api_for(HEAD)
    units = {u.code: u.id for u in officer.units()}
    fields = DraftFields(type_code="official_letter", subject=subject,
                         signer_authority="KT.", signer_position="Phó Chủ nhiệm",
                         signer_name="Lê Minh Khang",
                         recipients=(RecipientSpec(unit_id=units["PL"]),))
    letter = with_signature_fields(letter_pdf(REPORT_LETTER, signer_text=False))
    draft = officer.create_draft(fields, FileUpload("cong-van-di.pdf", letter))
    officer.submit_review(draft.id)
    head.submit_signature(draft.id, api_for(LEADER).me().user.id)
    return draft.id


def _bind(api_for: Callable[..., ApiClient], pem: bytes, folder: Path) -> None:
    """Bind a certificate to the leader unless it already is."""
    admin, leader_id = api_for(ADMIN), api_for(LEADER).me().user.id
    _kind, _headers, der = asn1_pem.unarmor(pem)
    fingerprint = hashlib.sha256(der).hexdigest()
    if fingerprint not in {c.fingerprint_sha256.lower() for c in admin.certificates(leader_id)}:
        path = folder / f"bound-{fingerprint[:12]}.cert.pem"
        path.write_bytes(pem)
        admin.bind_certificate(leader_id, path)


@pytest.fixture
def leader_ready(api_for: Callable[..., ApiClient], test_pki_folder: Path) -> None:
    """The leader has the test PKI's certificate bound and a handwritten signature stored."""
    _bind(api_for, (test_pki_folder / "leader-an.cert.pem").read_bytes(), test_pki_folder)
    api_for(LEADER).set_signature_image(signature_png("Lê Minh Khang"))


def _view(context: ScreenContext, qtbot: QtBot) -> ToSignView:
    view = ToSignView(context)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    return view


def _tick(view: ToSignView, document_ids: list[int]) -> None:
    for index in range(view.list.topLevelItemCount()):
        item = view.list.topLevelItem(index)
        assert item is not None
        wanted = int(item.data(0, Qt.ItemDataRole.UserRole)) in document_ids
        item.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    assert sorted(view.checked_ids()) == sorted(document_ids)


def test_leader_signs_one_document_with_a_pkcs12_file(
        context_for: Callable[..., ScreenContext], api_for: Callable[..., ApiClient],
        settings: Settings, qtbot: QtBot, inline_tasks: InlineRunner, test_pki_folder: Path,
        unique: Callable[[str], str], leader_ready: None) -> None:
    document_id = _to_sign(api_for, f"Về việc tổng hợp báo cáo quý IV {unique('p')}")
    settings.set(SIGNING_SOURCE, "pkcs12")
    settings.set(SIGNING_PKCS12, str(test_pki_folder / "leader-an.pfx"))
    view = DocumentView(context_for(LEADER))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.load(document_id)
    assert not view.sign_button.isHidden()
    dialog = view.ask_to_sign()
    assert isinstance(dialog, SignDialog)
    assert dialog.file_radio.isChecked() and dialog.secret_label.text() == "Mật khẩu:"
    preview = dialog.preview.pixmap()
    assert preview is not None and not preview.isNull()
    screenshot(dialog, "70a-sign-dialog-pkcs12-preview")

    dialog.secret_edit.setText("sai-mat-khau")
    dialog.sign()
    assert dialog.isVisible(), "a wrong passphrase keeps the dialog open"
    assert "không mở được" in dialog.message.text(), dialog.message.text()
    screenshot(dialog, "70b-sign-dialog-wrong-passphrase")

    dialog.secret_edit.setText("phigiay")
    dialog.sign()
    assert not dialog.isVisible(), dialog.message.text()
    assert view.message.kind == "success", view.message.text()
    assert view.detail is not None and view.detail.document.state == "signed"
    assert view.sign_button.isHidden()
    rows = tree_rows(view.signatures.tree)
    assert rows[0][:4] == ["Chữ ký của lãnh đạo", "Nguyễn Văn An", "Hợp lệ có cảnh báo", "B-B"]
    view.tabs.setCurrentWidget(view.signatures)
    screenshot(view, "70c-signed-from-the-document-view")


def test_batch_on_a_token_with_one_pin_and_the_signature_panel(
        context_for: Callable[..., ScreenContext], api_for: Callable[..., ApiClient],
        settings: Settings, qtbot: QtBot, inline_tasks: InlineRunner, tokens: Tokens,
        served_pki: ServedPki, test_pki_folder: Path, unique: Callable[[str], str],
        leader_ready: None) -> None:
    _bind(api_for, served_pki.pki.cert_pem("leader-an"), test_pki_folder)
    ids = [_to_sign(api_for, f"Về việc góp ý dự thảo nghị định số {n} {unique('t')}")
           for n in range(1, 4)]
    settings.set(SIGNING_SOURCE, "token")
    settings.set(TOKEN_MODULE, tokens.module)
    settings.set(TSA_URL, served_pki.tsa_url("tsa1"))  # level B-LT by default with a TSA
    view = _view(context_for(LEADER), qtbot)
    _tick(view, ids)
    assert view.sign_button.text() == "Ký 3 văn bản…"
    screenshot(view, "71-to-sign-list")
    dialog = view.ask_to_sign()
    assert isinstance(dialog, SignDialog) and dialog.token_radio.isChecked()
    names = [c.certificate.certificate.subject_name for c in dialog.choices
             if c.token.label == tokens.leader]
    assert set(names[:2]) == {"Nguyễn Văn An", "Trần Thị Bình"}  # CA certificates come last

    def choose(key_id: str) -> None:
        index = next(i for i, c in enumerate(dialog.choices)
                     if c.token.label == tokens.leader and c.certificate.key_id == key_id)
        dialog.certificate_combo.setCurrentIndex(index)

    choose("01")
    assert "PIN" in dialog.pin_state.text()
    dialog.secret_edit.setText("000000")
    dialog.sign()
    assert dialog.isVisible() and "Sai mã PIN" in dialog.message.text(), dialog.message.text()
    assert "nhập sai mã PIN" in dialog.pin_state.text()  # the token's own count, read again
    screenshot(dialog, "71a-sign-dialog-wrong-pin")

    choose("02")  # Trần Thị Bình's certificate: not the leader's
    dialog.secret_edit.setText(tokens.pin)
    dialog.sign()
    assert dialog.isVisible() and "Trần Thị Bình" in dialog.message.text()
    assert "chưa được gắn" in dialog.message.text(), dialog.message.text()

    api_for(HEAD).return_document(ids[1], "Bổ sung số liệu quý IV")  # meanwhile returned
    choose("01")
    dialog.secret_edit.setText(tokens.pin)
    dialog.sign()
    assert not dialog.isVisible(), dialog.message.text()
    assert {r.document_id: r.ok for r in view.results} == {ids[0]: True, ids[1]: False,
                                                             ids[2]: True}
    assert view.progress.isHidden() and view.progress.value() == 3
    rows = {row[0]: row[1] for row in tree_rows(view.results_list)}
    returned = next(r for r in view.results if not r.ok)
    assert rows[view.subjects[returned.document_id]] not in ("", "Đã ký")
    screenshot(view, "71b-to-sign-batch-results")

    document = DocumentView(context_for(LEADER))
    qtbot.addWidget(document)
    document.resize(1280, 800)
    document.show()
    document.load(ids[0])
    report = document.signatures.report
    assert report is not None and report.verdict == "valid", report
    leader_row = tree_rows(document.signatures.tree)[0]
    assert leader_row[:4] == ["Chữ ký của lãnh đạo", "Nguyễn Văn An", "Hợp lệ", "B-LT"]
    assert leader_row[5] != "không có"  # the TSA's time
    document.tabs.setCurrentWidget(document.signatures)
    screenshot(document, "71c-signature-panel")
