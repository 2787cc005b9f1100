"""Preparing a meeting in the client against a real server with the demo cabinet: the secretary
creates a meeting, builds a two-item agenda (presenter, time, confidentiality), uploads and
attaches a document, reorders the items, replaces the document late, invites members, a
substitute and a guest, and publishes; a member then sees it. On a published meeting the
secretary changes the title, place and remote participation and removes an item after
confirming. The secretary sends an opinion
ballot with a draft document, a member answers it signed, and the secretary follows the answers
and saves the tally report. In session, the chair reorders the speaker queue. Screenshots."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QWidget

from desktop.api import ApiClient
from desktop.api.meetings import MeetingRoom, MeetingsApi
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.screens.meetings.ballots import BallotInbox
from desktop.screens.meetings.preparation import PreparationDialog
from desktop.screens.meetings.room import MeetingRoomView
from desktop.screens.meetings.view import MeetingsView
from desktop.tasks import InlineRunner
from signing import load_pkcs12
from signing.keys import SigningKey
from tests.integration.server.meetings.kit import Key

from .conftest import screenshot, signed_in, user_ids
from .samples import REPORT_LETTER, letter_pdf

SECRETARY, CHAIR, GUEST = "linhqtd", "phucnd", "maint"
MEMBERS = ("oanhltk", "vupq", "trivm")
SUBSTITUTE = "hoadc"
PEOPLE = (SECRETARY, CHAIR, GUEST, SUBSTITUTE, *MEMBERS)
TITLE = "Phiên họp Chính phủ chuyên đề về xây dựng pháp luật tháng 12"


@pytest.fixture(scope="module")
def clients(live_server: DemoServer) -> Iterator[dict[str, ApiClient]]:
    """Everyone of the meeting, signed in once for the module."""
    with signed_in(live_server, PEOPLE) as clients:
        yield clients


@pytest.fixture(scope="module")
def ids(clients: dict[str, ApiClient]) -> dict[str, int]:
    """Their user ids."""
    return user_ids(clients)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The PDFs the secretary picks from disk."""
    folder = tmp_path_factory.mktemp("meeting-files")
    files = {}
    for name in ("Dự thảo Luật Ban hành văn bản", "Dự thảo Luật Ban hành văn bản (bản cuối)",
                 "Dự thảo Nghị quyết xin ý kiến"):
        files[name] = folder / f"{name}.pdf"
        files[name].write_bytes(letter_pdf(REPORT_LETTER))
    return files


def _member_key(client: ApiClient, user_id: int, name: str, folder: Path) -> SigningKey:
    """A member's own key (a PKCS#12 on their computer), its certificate bound to them."""
    key = Key(name)
    (folder / "member.cert.pem").write_bytes(key.certificate_pem())
    client.bind_certificate(user_id, folder / "member.cert.pem")
    certificate = x509.load_pem_x509_certificate(key.certificate_pem())
    p12 = pkcs12.serialize_key_and_certificates(
        b"member", key.private_key, certificate, None,
        serialization.BestAvailableEncryption(b"mat-khau"))
    return load_pkcs12(p12, b"mat-khau")


def _show(widget: QWidget, qtbot: QtBot, size: tuple[int, int] = (1400, 860)) -> None:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()


def _texts(widget: object) -> list[str]:
    return [widget.item(r).text() for r in range(widget.count())]  # type: ignore[attr-defined]


def test_the_secretary_prepares_and_publishes_and_a_member_sees_it(
        qtbot: QtBot, clients: dict[str, ApiClient], ids: dict[str, int],
        pdfs: dict[str, Path], context_for: Callable[..., ScreenContext],
        inline_tasks: InlineRunner) -> None:
    picked: list[Path] = []
    context = context_for(SECRETARY, pick_file=lambda _t, _f: picked.pop(0))
    view = MeetingsView(context, key_provider=lambda: None)
    _show(view, qtbot)
    assert view.new_button.isVisible()
    dialog = view.open_preparation(None)
    _show(dialog, qtbot, (1200, 860))
    assert not dialog.agenda.isEnabled() and not dialog.publish_button.isEnabled()
    room = _create(dialog, ids)
    assert room.title == TITLE and room.state == "draft"
    first, second = _agenda(dialog, ids, pdfs, picked)
    _invite(dialog, ids, first)
    screenshot(dialog, "meeting-preparation")
    dialog.publish_button.click()
    assert dialog.room is not None and dialog.room.state == "published"
    assert dialog.message.kind == "success", dialog.message.text()
    assert not dialog.publish_button.isEnabled()
    mine = next(view.list.item(r) for r in range(view.list.count())
                if view.list.item(r).text().startswith(TITLE))
    view.list.setCurrentItem(mine)
    assert view.prepare_button.isVisible()  # late documents may still be replaced

    member = MeetingsView(context_for(MEMBERS[0]), key_provider=lambda: None)
    _show(member, qtbot)
    assert not member.new_button.isVisible()
    entry = next(member.list.item(r) for r in range(member.list.count())
                 if member.list.item(r).text().startswith(TITLE))
    member.list.setCurrentItem(entry)
    assert member.room is not None and member.room.state is not None
    seen = member.room.state.room
    assert [i.item_id for i in seen.items] == [second, first]
    assert [i.in_consent_block for i in seen.items] == [False, False]  # both to be discussed
    assert [i.minutes_allotted for i in seen.items] == [20, 45]
    assert [d.title for d in seen.items[1].documents] == [
        "Dự thảo Luật Ban hành văn bản (bản cuối)"]
    assert not member.prepare_button.isVisible()
    screenshot(member, "meeting-preparation-member-list")
    guest_items = [i.item_id for i in MeetingsApi(clients[GUEST]).meeting(dialog.room.meeting_id)
                   .items]
    assert guest_items == [first]  # invited to it; the confidential item stays hidden


def _create(dialog: PreparationDialog, ids: dict[str, int]) -> MeetingRoom:
    form = dialog.meeting
    form.meeting_title.setText(TITLE)
    form.kind.setCurrentIndex(form.kind.findData("thematic"))
    start = datetime.now(UTC) + timedelta(days=3)
    form.when.setDateTime(QDateTime(start.astimezone().replace(tzinfo=None)))
    form.location.setText("Phòng họp số 2, Trụ sở Chính phủ")
    form.chair.setCurrentIndex(form.chair.findData(ids[CHAIR]))
    form.create_button.click()
    assert dialog.room is not None, dialog.message.text()
    assert form.meeting_title.isEnabled() and form.save_button.isVisible()
    assert not form.chair.isEnabled() and not form.kind.isEnabled()
    assert not form.create_button.isVisible()
    assert dialog.agenda.isEnabled() and dialog.participants.isEnabled()
    return dialog.room


def _agenda(dialog: PreparationDialog, ids: dict[str, int], pdfs: dict[str, Path],
            picked: list[Path]) -> tuple[str, str]:
    """Two items; a document on the first; the second moved up; the document replaced late."""
    agenda = dialog.agenda
    agenda.item_title.setText("Dự án Luật Ban hành văn bản quy phạm pháp luật (sửa đổi)")
    agenda.presenter.setCurrentIndex(agenda.presenter.findData(ids[MEMBERS[0]]))
    agenda.minutes.setValue(45)
    agenda.add_button.click()
    agenda.item_title.setText("Báo cáo công tác xây dựng pháp luật tháng 11")
    agenda.minutes.setValue(20)
    agenda.confidential.setChecked(True)
    agenda.add_button.click()
    assert dialog.room is not None
    first, second = (i.item_id for i in dialog.room.items)
    lines = _texts(agenda.items)
    assert lines[0].startswith("1. Dự án Luật Ban hành văn bản")
    assert "45 phút" in lines[0] and "Lê Thị Kim Oanh" in lines[0]
    assert "mật" in lines[1].lower()
    agenda.items.setCurrentRow(0)
    picked.append(pdfs["Dự thảo Luật Ban hành văn bản"])
    agenda.attach_button.click()
    assert [d.title for d in dialog.room.items[0].documents] == ["Dự thảo Luật Ban hành văn bản"]
    agenda.items.setCurrentRow(1)
    agenda.up_button.click()
    assert [i.item_id for i in dialog.room.items] == [second, first]
    assert agenda.selected_item_id() == second and not agenda.up_button.isEnabled()
    agenda.items.setCurrentRow(1)
    agenda.documents.setCurrentRow(0)
    agenda.replace_button.click()  # no reason yet: nothing is sent
    assert len(dialog.room.items[1].documents) == 1 and not dialog.room.items[1].replacements
    assert dialog.message.kind == "error"
    assert dialog.message.text() == "Hãy nhập lý do thay thế tài liệu trước."
    agenda.reason.setText("Bổ sung ý kiến thẩm định của Bộ Tư pháp")
    picked.append(pdfs["Dự thảo Luật Ban hành văn bản (bản cuối)"])
    agenda.replace_button.click()
    item = dialog.room.items[1]
    assert [d.title for d in item.documents] == ["Dự thảo Luật Ban hành văn bản (bản cuối)"]
    assert [r.reason for r in item.replacements] == ["Bổ sung ý kiến thẩm định của Bộ Tư pháp"]
    return first, second


def _invite(dialog: PreparationDialog, ids: dict[str, int], guest_item: str) -> None:
    people = dialog.participants
    for name in MEMBERS:
        people.choose(ids[name], "member")
        people.invite_button.click()
    people.choose(ids[SUBSTITUTE], "substitute", substitute_for=ids[MEMBERS[2]])
    people.invite_button.click()
    people.choose(ids[GUEST], "guest", items=(guest_item,))
    people.remote.setChecked(True)
    people.invite_button.click()
    assert dialog.room is not None, dialog.message.text()
    roles = {p.user_id: p.role for p in dialog.room.participants}
    assert roles[ids[SUBSTITUTE]] == "substitute" and roles[ids[GUEST]] == "guest"
    assert {ids[m] for m in MEMBERS} <= {u for u, r in roles.items() if r == "member"}
    assert "Ngô Thị Mai — Khách mời" in _texts(people.invited)
    assert dialog.publish_button.isEnabled()


def test_an_opinion_ballot_is_sent_answered_and_tallied(
        qtbot: QtBot, clients: dict[str, ApiClient], ids: dict[str, int],
        pdfs: dict[str, Path], context_for: Callable[..., ScreenContext],
        inline_tasks: InlineRunner, tmp_path: Path) -> None:
    tally = tmp_path / "tong-hop.pdf"
    opened: list[Path] = []
    context = context_for(SECRETARY, pick_file=lambda _t, _f: pdfs["Dự thảo Nghị quyết xin ý kiến"],
                          pick_save_file=lambda _t, _n, _f: tally, open_path=opened.append)
    view = MeetingsView(context, key_provider=lambda: None)
    _show(view, qtbot)
    sent = view.sent_ballots
    assert sent is not None
    view.tabs.setCurrentWidget(sent)
    editor = sent.new_ballot()
    _show(editor, qtbot, (760, 640))
    title = "Xin ý kiến về dự thảo Nghị quyết phiên họp tháng 12"
    before = len(sent.ballots)
    editor.send_button.click()  # nothing written yet: refused here, nothing sent
    assert editor.message.text() == ("Hãy nhập tiêu đề, ít nhất một nội dung xin ý kiến và chọn "
                                     "ít nhất một thành viên.")
    assert editor.isVisible() and len(sent.ballots) == before
    editor.title.setText(title)
    editor.questions.setPlainText("Thông qua dự thảo Nghị quyết?\n\nGiao Bộ Tư pháp hoàn thiện?")
    for row in range(editor.members.count()):
        entry = editor.members.item(row)
        entry.setCheckState(entry.checkState().Checked if int(entry.data(0x0100)) in
                            {ids[MEMBERS[0]], ids[MEMBERS[1]]} else entry.checkState().Unchecked)
    editor.deadline.setDateTime(QDateTime(datetime.now() + timedelta(days=2)))
    editor.choose_document()
    assert editor.document_label.text() == "Dự thảo Nghị quyết xin ý kiến"
    screenshot(editor, "opinion-ballot-editor")
    editor.send_button.click()
    assert sent.message.kind == "success", editor.message.text()
    ballot = next(b for b in sent.ballots if b.title == title)
    assert ballot.state == "sent" and len(ballot.questions) == 2
    assert not ballot.asked_me  # the secretary's own inbox does not list it
    assert ballot.ballot_id not in [b.ballot_id for b in view.ballots.ballots]
    assert sent.progress.text() == "0/2 thành viên đã trả lời"

    member = MEMBERS[1]
    key = _member_key(clients[member], ids[member], "Phạm Quang Vũ", tmp_path)
    inbox = BallotInbox(MeetingsApi(clients[member]), me=ids[member], key_provider=lambda: key)
    _show(inbox, qtbot)
    entry = next(inbox.list.item(r) for r in range(inbox.list.count())
                 if inbox.list.item(r).text().startswith(title))
    inbox.list.setCurrentItem(entry)
    inbox.forms[0].radios["agree"].setChecked(True)
    inbox.forms[1].radios["other"].setChecked(True)
    inbox.forms[1].text.setText("Đề nghị giao Bộ Tư pháp chủ trì, phối hợp Văn phòng Chính phủ")
    inbox.answer_button.click()
    assert inbox.message.kind == "success", inbox.message.text()

    sent.reload()
    sent.list.setCurrentRow(next(r for r, b in enumerate(sent.ballots) if b.title == title))
    shown = sent.shown()
    assert shown is not None and shown.answered == (ids[member],)
    assert shown.not_answered == (ids[MEMBERS[0]],)
    assert _texts(sent.answers) == [
        "Phạm Quang Vũ — đã trả lời (có ký số)", "Lê Thị Kim Oanh — chưa trả lời"]
    screenshot(view, "opinion-ballot-tracking")
    sent.close_button.click()
    assert sent.shown() is not None and sent.shown().state == "closed"  # type: ignore[union-attr]
    sent.tally_button.click()
    assert tally.read_bytes().startswith(b"%PDF") and opened == [tally]


def test_the_chair_reorders_the_speakers(
        qtbot: QtBot, clients: dict[str, ApiClient], ids: dict[str, int],
        inline_tasks: InlineRunner) -> None:
    secretary = MeetingsApi(clients[SECRETARY])
    room = secretary.create_meeting("Phiên họp Chính phủ thường kỳ tháng 12", chair_id=ids[CHAIR],
                                    scheduled_at=datetime.now(UTC) + timedelta(hours=1))
    mid = room.meeting_id
    item = secretary.add_item(mid, "Tình hình kinh tế - xã hội tháng 12")
    for name in MEMBERS:
        secretary.invite(mid, ids[name], "member")
    secretary.publish(mid)
    for name in (CHAIR, *MEMBERS):
        MeetingsApi(clients[name]).check_in(mid)
    chair_api = MeetingsApi(clients[CHAIR])
    chair_api.start_session(mid)
    chair_api.set_current_item(mid, item)
    for name in MEMBERS:
        MeetingsApi(clients[name]).request_to_speak(mid, item)
    chair = MeetingRoomView(chair_api, mid, me=ids[CHAIR], key_provider=lambda: None)
    _show(chair, qtbot)
    speakers = chair.speakers
    assert _texts(speakers.waiting) == ["Lê Thị Kim Oanh", "Phạm Quang Vũ", "Võ Minh Trí"]
    assert speakers.up_button.isVisible() and not speakers.up_button.isEnabled()
    speakers.waiting.setCurrentRow(2)
    speakers.up_button.click()
    assert chair_api.speakers(mid, item).waiting == (ids[MEMBERS[0]], ids[MEMBERS[2]],
                                                     ids[MEMBERS[1]])
    assert _texts(speakers.waiting) == ["Lê Thị Kim Oanh", "Võ Minh Trí", "Phạm Quang Vũ"]
    assert speakers.selected_speaker() == ids[MEMBERS[2]]
    speakers.waiting.setCurrentRow(0)
    speakers.down_button.click()
    assert chair_api.speakers(mid, item).waiting == (ids[MEMBERS[2]], ids[MEMBERS[0]],
                                                     ids[MEMBERS[1]])
    screenshot(chair, "meeting-room-speaker-order")
    member = MeetingRoomView(MeetingsApi(clients[MEMBERS[1]]), mid, me=ids[MEMBERS[1]],
                             key_provider=lambda: None)
    _show(member, qtbot)
    assert not member.speakers.up_button.isVisible()


def test_the_secretary_edits_a_published_meeting_and_removes_an_item(
        qtbot: QtBot, clients: dict[str, ApiClient], ids: dict[str, int],
        context_for: Callable[..., ScreenContext], inline_tasks: InlineRunner) -> None:
    secretary = MeetingsApi(clients[SECRETARY])
    room = secretary.create_meeting("Phiên họp Chính phủ thường kỳ tháng 1", chair_id=ids[CHAIR],
                                    scheduled_at=datetime.now(UTC) + timedelta(days=5))
    mid = room.meeting_id
    kept = secretary.add_item(mid, "Tình hình kinh tế - xã hội tháng 1")
    dropped = secretary.add_item(mid, "Đề án sắp xếp đơn vị hành chính cấp xã")
    for name in MEMBERS:
        secretary.invite(mid, ids[name], "member")
    secretary.publish(mid)
    dialog = PreparationDialog(context_for(SECRETARY), secretary, meeting_id=mid)
    _show(dialog, qtbot, (1200, 860))
    form = dialog.meeting
    assert form.meeting_title.isEnabled() and form.remote.isChecked()
    assert dialog.participants.remote.isEnabled()

    new_title = "Phiên họp Chính phủ thường kỳ tháng 1 năm 2027 (dời lịch)"
    form.meeting_title.setText(new_title)
    form.location.setText("Hội trường Chính phủ, số 1 Hoàng Hoa Thám")
    form.remote.setChecked(False)
    form.save_button.click()
    assert dialog.message.kind == "success", dialog.message.text()
    assert dialog.message.text() == "Đã lưu thay đổi; thành phần tham dự đã được thông báo."
    assert dialog.room is not None and not dialog.room.remote_participation
    assert not dialog.participants.remote.isEnabled()  # remote invitations are refused now
    seen = MeetingsApi(clients[MEMBERS[0]]).meeting(mid)
    assert (seen.title, seen.location) == (new_title, "Hội trường Chính phủ, số 1 Hoàng Hoa Thám")
    form.meeting_title.clear()
    form.save_button.click()  # refused here: a meeting needs a title
    assert dialog.message.kind == "error"
    assert dialog.message.text() == "Hãy nhập tên cuộc họp."
    form.meeting_title.setText(new_title)

    agenda = dialog.agenda
    agenda.items.setCurrentRow(1)
    asked: list[str] = []

    def decline(question: str) -> bool:
        asked.append(question)
        return False

    agenda.confirm = decline
    agenda.remove_button.click()  # the secretary says no: nothing is sent
    assert [i.item_id for i in dialog.room.items] == [kept, dropped]
    assert asked == ["Xóa nội dung “Đề án sắp xếp đơn vị hành chính cấp xã” khỏi chương trình "
                     "họp? Thành phần tham dự đã được mời và sẽ được thông báo."]
    agenda.confirm = lambda question: True
    agenda.remove_button.click()
    assert dialog.message.text() == "Đã xóa nội dung khỏi chương trình họp.", dialog.message.text()
    assert [i.item_id for i in dialog.room.items] == [kept]
    assert [i.item_id for i in MeetingsApi(clients[MEMBERS[1]]).meeting(mid).items] == [kept]
    agenda.items.setCurrentRow(0)
    screenshot(dialog, "meeting-preparation-edit")
