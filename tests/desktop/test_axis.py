"""The connector screen against the real demo server: the outbox (a document issued to another
agency waits there, the axis being disabled), the quarantine (take a message in again, refuse
again, dismiss), and the words for the states and actions the axis brings."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from server.axis import edxml
from server.axis.connector import inbound
from server.axis.connector.tables import ReceivedMessage
from server.core.db import Database
from server.core.settings import Settings
from server.core.store import FileStore
from sqlalchemy import select

from PySide6.QtWidgets import QTreeWidget

from desktop.api import ApiClient
from desktop.api.axis import AxisApi, DeliveryReport
from desktop.api.documents import DocumentDetail, DocumentSummary, Recipient
from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.doclabels import document_state_label, history_action_label
from desktop.i18n import install_language
from desktop.labels import action_label, event_title
from desktop.namebook import NameBook
from desktop.screens.axis.lists import ID_ROLE
from desktop.screens.axis.view import AxisView
from desktop.screens.document.deliveries import add_reports
from desktop.screens.document.dialogs import TextDialog
from desktop.screens.document.panels import fill_recipients, make_tree
from desktop.screens.document.view import DocumentView
from desktop.tasks import InlineRunner
from desktop.workflow import Step
from tests.unit.axis import samples

from .conftest import screenshot
from .samples import tree_rows
from .test_issue import _signed_draft

MALFORMED = b"<edXML xmlns='" + edxml.NAMESPACE.encode() + b"'><unclosed></edXML>"


@dataclass
class DemoIntake:
    """The demo server's database and store, to put refused messages aside as its worker
    would (the demo server has no hub)."""

    intake: inbound.Intake

    def quarantine(self, data: bytes, document_id: str, code: str) -> str:
        message_id = f"test-{uuid.uuid4().hex[:12]}"
        envelope = inbound.Envelope(message_id, samples.HA_TINH.organ_id, document_id)
        assert inbound.quarantine(self.intake, envelope, data, code=code,
                                  reason="kho lưu trữ tạm thời không ghi được").value == \
            "quarantined"
        return message_id

    def receive(self, data: bytes, document_id: str) -> int:
        """Take a letter in as the demo agency's connector would; returns the new document."""
        message_id = f"test-{uuid.uuid4().hex[:12]}"
        envelope = inbound.Envelope(message_id, samples.HA_TINH.organ_id, document_id)
        assert inbound.receive(self.intake, envelope, data).value == "accepted"
        return self.document_of(message_id)

    def document_of(self, message_id: str) -> int:
        with self.intake.database.reading() as session:
            query = select(ReceivedMessage.document_id).where(
                ReceivedMessage.message_id == message_id)
            found = session.scalars(query).one()
        assert found is not None
        return int(found)


@pytest.fixture
def demo_intake(live_server: DemoServer) -> Iterator[DemoIntake]:
    settings = Settings(data_dir=live_server.data_dir)
    database = Database.from_settings(settings)
    store = FileStore(settings.store_dir, max_bytes=settings.max_upload_bytes)
    yield DemoIntake(inbound.Intake(database, store, samples.VPCP.organ_id))
    database.dispose()


def _row_of(tree: QTreeWidget, wanted: int) -> int:
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        if item is not None and item.data(0, ID_ROLE) == wanted:
            return index
    raise AssertionError(f"row {wanted} not listed")


def _select(tree: QTreeWidget, wanted: int) -> list[str]:
    index = _row_of(tree, wanted)
    item = tree.topLevelItem(index)
    assert item is not None
    tree.setCurrentItem(item)
    return tree_rows(tree)[index]


def test_the_operator_sees_the_outbox_and_deals_with_the_quarantine(
        context_for: Callable[..., ScreenContext], api_for: Callable[..., ApiClient],
        demo_intake: DemoIntake, qtbot: QtBot, inline_tasks: InlineRunner,
        test_pki_folder: Path, unique: Callable[[str], str]) -> None:
    clerk = api_for("lannt")
    draft = _signed_draft(api_for, test_pki_folder,
                          f"Về việc báo cáo tình hình liên thông {unique('a')}")
    clerk.issue(draft)
    letter = samples.document(number=str(uuid.uuid4().int % 90000 + 10000), sender=samples.HA_TINH,
                              recipients=(samples.VPCP,))
    # Unsigned: the demo agency trusts only the test PKI, and a self-signed seal would (rightly)
    # stay refused on reprocessing; an absent envelope signature is reported, not refused.
    good = demo_intake.quarantine(edxml.build_document(letter),
                                  letter.document_id, "unacceptable")
    bad = demo_intake.quarantine(MALFORMED, f"{samples.HA_TINH.organ_id},2026/11/20,9/UBND",
                                 "malformed_xml")

    view = AxisView(context_for("lannt"))
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    outbox = {m.document_id: m for m in view.axis.outbox()}
    queued = outbox[draft]
    assert (queued.state, queued.recipients) == ("pending", ("000.00.00.G15",))
    row = _select(view.outbox_tree, queued.id)
    assert row[1:5] == ["Văn bản", "000.00.00.G15", "Đang chờ gửi", "0"]
    assert view.retry_button.isEnabled()
    assert view.status_values[0].text() == "Đang tắt (thông điệp chờ trong hàng đợi gửi)"
    ids = {q.message_id: q.id for q in view.axis.quarantine()}
    assert "chờ xử lý" in view.status_values[5].text()
    assert _select(view.quarantine_tree, ids[bad])[4:] == [f"{len(MALFORMED)} byte",
                                                            "Chờ quyết định"]
    screenshot(view, "axis-connector")

    view.reprocess()  # still malformed: refused again, nothing changes
    assert view.message.kind == "error" and "malformed_xml" in view.message.text()
    assert _select(view.quarantine_tree, ids[bad])[5] == "Chờ quyết định"

    _select(view.quarantine_tree, ids[good])
    view.reprocess()
    assert view.message.kind == "success", view.message.text()
    assert _select(view.quarantine_tree, ids[good])[5] == "Đã tiếp nhận lại"
    assert not view.reprocess_button.isEnabled() and not view.dismiss_button.isEnabled()

    questions: list[str] = []

    def refuse(question: str) -> bool:
        questions.append(question)
        return False

    view.confirm = refuse
    _select(view.quarantine_tree, ids[bad])
    view.dismiss()  # the operator said no
    assert _select(view.quarantine_tree, ids[bad])[5] == "Chờ quyết định" and questions
    view.confirm = lambda question: True
    view.dismiss()
    assert _select(view.quarantine_tree, ids[bad])[5] == "Đã bỏ qua"
    view.tabs.setCurrentIndex(1)
    screenshot(view, "axis-quarantine")
    _clerk_returns_it_to_its_sender(context_for("lannt"), demo_intake.document_of(good), qtbot)


def _clerk_returns_it_to_its_sender(context: ScreenContext, document_id: int,
                                    qtbot: QtBot) -> None:
    view = DocumentView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.load(document_id)
    assert view.shown_steps() == [Step.REGISTER, Step.REJECT]
    dialog = view.steps.ask(Step.REJECT)
    assert isinstance(dialog, TextDialog) and not dialog.buttons.buttons()[0].isEnabled()
    dialog.edit.setPlainText("Gửi nhầm nơi nhận")
    dialog.accept()
    assert view.detail is not None and view.detail.document.state == "rejected"
    assert view.shown_steps() == [] and view.state_chip.text() == "Trả lại nơi gửi"
    refusal = [m for m in AxisApi(context.api).outbox()
               if m.document_id == document_id and m.status_code == "02"]
    assert [m.recipients for m in refusal] == [(samples.HA_TINH.organ_id,)]
    screenshot(view, "axis-rejected-document")


def test_officers_cannot_use_the_connector_routes(api_for: Callable[..., ApiClient]) -> None:
    from desktop.api import PermissionDenied

    with pytest.raises(PermissionDenied):
        AxisApi(api_for("maint")).status()


@pytest.mark.parametrize(("language", "rejected", "withdrawn"), [
    ("vi", "Trả lại nơi gửi", "Nơi gửi đã thu hồi"),
    ("en", "Returned to sender", "Withdrawn by the sender"),
    ("fr", "Renvoyé à l'expéditeur", "Retiré par l'expéditeur"),
])
def test_axis_states_and_actions_have_words(ui_app: object, language: str, rejected: str,
                                            withdrawn: str) -> None:
    install_language(language)
    try:
        assert document_state_label("rejected") == rejected
        assert history_action_label("rejected") == rejected
        assert history_action_label("withdrawn") == withdrawn
    finally:
        install_language("vi")


def test_the_recipients_panel_lists_every_reported_status(ui_app: object,
                                                          qtbot: QtBot) -> None:
    when = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
    document = DocumentSummary(id=9, direction="outgoing", state="issued",
                               type_code="official_letter", subject="Về việc báo cáo",
                               urgency="normal", confidentiality="normal", created_by=1,
                               created_at=when, updated_at=when)
    finance = Recipient(1, None, None, "000.00.00.G15", "Bộ Tài chính", "delivered", when)
    nghe_an = Recipient(2, None, None, "000.00.00.H41", "UBND tỉnh Nghệ An", "failed", when)
    detail = DocumentDetail(document, (), (), (finance, nghe_an), (), (), "none")
    reports = [
        DeliveryReport(1, "01", "Đã đến", None, when, when),
        DeliveryReport(2, "02", "Từ chối tiếp nhận", "Sai nơi nhận", when, when),
        DeliveryReport(1, "03", "Đã tiếp nhận, vào sổ", None, when + timedelta(hours=1), when),
    ]
    tree = make_tree(["", "", "", ""])
    qtbot.addWidget(tree)
    fill_recipients(tree, detail, NameBook())
    add_reports(tree, detail, reports)
    rows = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        children = [item.child(i) for i in range(item.childCount())]
        rows.append([c.text(2) for c in children if c is not None])
    assert rows == [["01 — Đã đến", "03 — Đã tiếp nhận, vào sổ"],
                    ["02 — Từ chối tiếp nhận: Sai nơi nhận"]]
    tree.resize(760, 200)
    screenshot(tree, "axis-delivery-history")
    fill_recipients(tree, replace(detail, recipients=(finance,)), NameBook())
    add_reports(tree, detail, reports)  # an answer for the previous document: ignored
    item = tree.topLevelItem(0)
    assert item is not None and item.childCount() == 0


def test_events_and_audit_actions_of_the_axis_and_meetings_have_words(ui_app: object) -> None:
    when = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
    titles = [event_title(LiveEvent(1, when, kind, payload)) for kind, payload in (
        ("axis.quarantine", {"quarantine_id": 3}),
        ("meetings.minutes_drawn_up", {"meeting_id": "m1"}),
        ("meetings.minutes_signed", {"meeting_id": "m1", "final": True}),
        ("document.withdrawn", {"subject": "Về việc A", "actor": "Trục liên thông"}))]
    assert titles == ["Một thông điệp bị cách ly trên trục đã được xử lý",
                      "Biên bản cuộc họp đã được lập", "Biên bản cuộc họp đã được ký đủ",
                      "Nơi gửi đã thu hồi: Về việc A (Trục liên thông)"]
    assert [action_label(a) for a in ("axis.quarantine_reprocessed",
                                      "axis.quarantine_dismissed", "axis.outbox_retried")] == [
        "Tiếp nhận lại thông điệp bị cách ly", "Bỏ qua thông điệp bị cách ly",
        "Gửi lại thông điệp trên trục"]


def test_reject_is_offered_only_where_the_server_takes_it(
        context_for: Callable[..., ScreenContext], api_for: Callable[..., ApiClient],
        demo_intake: DemoIntake, qtbot: QtBot, inline_tasks: InlineRunner,
        unique: Callable[[str], str]) -> None:
    from desktop.api import Conflict, DraftFields, FileUpload, IncomingFields

    clerk, officer = api_for("lannt"), api_for("maint")
    letter = samples.document(number=str(uuid.uuid4().int % 90000 + 10000),
                              sender=samples.HA_TINH, recipients=(samples.VPCP,))
    over_axis = demo_intake.receive(edxml.build_document(letter), letter.document_id)
    by_upload = clerk.receive(IncomingFields(
        type_code="official_letter", subject=f"Về việc nhận bản giấy {unique('p')}",
        issuing_organ_name="Sở Tư pháp"), FileUpload("ban-giay.pdf", samples.PDF)).id
    internal = officer.create_draft(DraftFields(
        type_code="official_letter", subject=f"Thông báo nội bộ {unique('n')}",
        direction="internal"), FileUpload("noi-bo.pdf", samples.PDF)).id
    outgoing = officer.create_draft(DraftFields(
        type_code="official_letter", subject=f"Công văn đi {unique('o')}"),
        FileUpload("di.pdf", samples.PDF)).id

    view = DocumentView(context_for("lannt"))
    qtbot.addWidget(view)
    view.load(over_axis)
    assert view.detail is not None and view.detail.returnable
    assert view.shown_steps() == [Step.REGISTER, Step.REJECT]
    view.load(by_upload)
    assert view.detail is not None and view.detail.document.state == "received"
    assert not view.detail.returnable and view.shown_steps() == [Step.REGISTER]
    # The server refuses what the client does not offer, and nothing changes.
    with pytest.raises(Conflict) as refused:
        AxisApi(clerk).reject(by_upload, "Gửi nhầm")
    assert refused.value.code == "axis_not_received"
    assert clerk.document(by_upload).document.state == "received"

    drafter = DocumentView(context_for("maint"))
    qtbot.addWidget(drafter)
    for document_id in (internal, outgoing):
        drafter.load(document_id)
        assert drafter.detail is not None and not drafter.detail.returnable
        assert Step.REJECT not in drafter.shown_steps()

    clerk.register(over_axis)  # registered: too late to return it
    view.load(over_axis)
    assert view.detail is not None and not view.detail.returnable
    assert view.shown_steps() == [Step.PRESENT]


def test_the_sender_s_updates_have_words(ui_app: object) -> None:
    assert history_action_label("updated_by_sender") == "Nơi gửi đã cập nhật"
    assert history_action_label("update_taken_as_new") == \
        "Bản cập nhật của nơi gửi được tiếp nhận thành văn bản mới"
