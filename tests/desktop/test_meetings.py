"""The meeting room against a real server with the demo cabinet: a member reads the item's
document, keeps a note, states a position, checks in, asks for the floor and votes (open and
named, signed) while the chair runs the item from their own room; the member's room follows
live events (current item, speaker, result with its chart). After the meeting the chair draws up
and signs the minutes. A member answers an opinion ballot, signed, with the deadline counting
down. Screenshots of each screen."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, DraftFields, FileUpload
from desktop.api.meetings import MeetingsApi
from desktop.api.sse import Backoff, StreamState
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.live import LiveConnection
from desktop.screens.meetings.ballots import BallotInbox
from desktop.screens.meetings.room import MeetingRoomView
from desktop.screens.meetings.view import MeetingsView
from desktop.tasks import InlineRunner
from signing import load_pkcs12
from signing.keys import SigningKey
from signing.testpki import PFX_PASSPHRASE
from tests.integration.server.meetings.kit import Key

from .conftest import screenshot, signed_in, user_ids
from .samples import REPORT_LETTER, letter_pdf

SECRETARY, CHAIR, MEMBER, GUEST = "linhqtd", "phucnd", "haitv", "maint"
OTHER_MEMBERS = ("oanhltk", "vupq")
PEOPLE = (SECRETARY, CHAIR, MEMBER, GUEST, *OTHER_MEMBERS)


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
def member_key(clients: dict[str, ApiClient], ids: dict[str, int],
               tmp_path_factory: pytest.TempPathFactory) -> SigningKey:
    """The member's own key (a PKCS#12 on their computer), its certificate bound to them."""
    key = Key("Trần Văn Hải")
    folder = tmp_path_factory.mktemp("member-key")
    (folder / "hai.cert.pem").write_bytes(key.certificate_pem())
    clients[MEMBER].bind_certificate(ids[MEMBER], folder / "hai.cert.pem")
    certificate = x509.load_pem_x509_certificate(key.certificate_pem())
    p12 = pkcs12.serialize_key_and_certificates(
        b"hai", key.private_key, certificate, None,
        serialization.BestAvailableEncryption(b"mat-khau"))
    return load_pkcs12(p12, b"mat-khau")


@pytest.fixture(scope="module")
def chair_key(clients: dict[str, ApiClient], ids: dict[str, int],
              test_pki_folder: Path) -> SigningKey:
    """The chair's certificate from the test PKI (the agency trusts it), bound to the chair."""
    clients[CHAIR].bind_certificate(ids[CHAIR], test_pki_folder / "leader-binh.cert.pem")
    return load_pkcs12((test_pki_folder / "leader-binh.pfx").read_bytes(), PFX_PASSPHRASE)


@dataclass(frozen=True)
class Prepared:
    """A published meeting with two items, the first with a document."""

    meeting_id: str
    items: tuple[str, str]


def _prepare(clients: dict[str, ApiClient], ids: dict[str, int]) -> Prepared:
    secretary = MeetingsApi(clients[SECRETARY])
    fields = DraftFields(type_code="submission", subject="Tờ trình dự thảo Nghị định",
                         direction="internal")
    document = clients[SECRETARY].create_draft(
        fields, FileUpload("to-trinh.pdf", letter_pdf(REPORT_LETTER)))
    room = secretary.create_meeting(
        "Phiên họp Chính phủ thường kỳ tháng 11", chair_id=ids[CHAIR],
        scheduled_at=datetime.now(UTC) + timedelta(days=2), location="Phòng họp số 1")
    mid = room.meeting_id
    first = secretary.add_item(mid, "Dự thảo Nghị định về chuyển đổi số quốc gia",
                               document_ids=(str(document.id),))
    second = secretary.add_item(mid, "Báo cáo tình hình kinh tế - xã hội tháng 11",
                                consent_eligible=False)
    for name in (MEMBER, *OTHER_MEMBERS):
        secretary.invite(mid, ids[name], "member")
    secretary.invite(mid, ids[GUEST], "guest", invited_items=(second,))
    secretary.publish(mid)
    return Prepared(mid, (first, second))


def _show(widget: MeetingsView | MeetingRoomView | BallotInbox, qtbot: QtBot) -> None:
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()


def _live(client: ApiClient, target: MeetingsView, qtbot: QtBot) -> LiveConnection:
    live = LiveConnection(client, backoff=Backoff(first=0.2, longest=1.0))
    live.event_received.connect(target.on_live_event)
    live.start()
    qtbot.waitUntil(lambda: live.state is StreamState.CONNECTED, timeout=10_000)
    return live


def test_a_member_takes_part_and_the_chair_runs_the_item(
        qtbot: QtBot, clients: dict[str, ApiClient], ids: dict[str, int],
        member_key: SigningKey, chair_key: SigningKey,
        context_for: Callable[..., ScreenContext], inline_tasks: InlineRunner) -> None:
    prepared = _prepare(clients, ids)
    mid, (first, second) = prepared.meeting_id, prepared.items
    view = MeetingsView(context_for(MEMBER), key_provider=lambda: member_key)
    _show(view, qtbot)
    titles = [view.list.item(r).text() for r in range(view.list.count())]
    assert any(t.startswith("Phiên họp Chính phủ thường kỳ tháng 11") for t in titles)
    screenshot(view, "meetings-list")
    room = view.open_meeting(mid)
    live = _live(clients[MEMBER], view, qtbot)
    try:
        _prepare_as_member(room, clients, mid, first)
        screenshot(view, "meeting-room-before")
        chair = MeetingRoomView(MeetingsApi(clients[CHAIR]), mid, me=ids[CHAIR],
                                key_provider=lambda: chair_key)
        _show(chair, qtbot)
        _check_in_and_start(room, chair, clients, ids, mid, qtbot)
        _speakers(room, chair, qtbot)
        screenshot(view, "meeting-room-speaker")
        _open_vote(room, chair, clients, mid, qtbot)
        screenshot(view, "meeting-room-vote")
        _named_vote(room, chair, clients, ids, mid, qtbot)
        screenshot(chair, "meeting-room-chair")
        _close_and_sign(chair, clients, mid, qtbot)
        screenshot(chair, "meeting-room-minutes")
        secretary = MeetingRoomView(MeetingsApi(clients[SECRETARY]), mid, me=ids[SECRETARY],
                                    key_provider=lambda: None)
        _show(secretary, qtbot)
        _draft_notice(secretary, clients, mid)
        screenshot(secretary, "meeting-room-secretary")
    finally:
        live.stop()
    assert second in [i.item_id for i in MeetingsApi(clients[GUEST]).meeting(mid).items]


def _prepare_as_member(room: MeetingRoomView, clients: dict[str, ApiClient], mid: str,
                       first: str) -> None:
    """Read the document, note on it, state a position — before the meeting."""
    assert room.state is not None and room.state.room.state == "published"
    assert room.documents.documents.count() == 1
    assert room.documents.pages.page_count >= 1  # the PDF is shown
    room.documents.note.setPlainText("Cần làm rõ điều 5 về dữ liệu dùng chung.")
    room.documents.save_button.click()
    notes = MeetingsApi(clients[MEMBER]).notes(mid)
    assert [n.text for n in notes] == ["Cần làm rõ điều 5 về dữ liệu dùng chung."]
    room.positions.reason.setText("Nhất trí với dự thảo")
    room.positions.buttons["no_objection"].click()
    stated = [room.positions.stated.item(r).text() for r in range(room.positions.stated.count())]
    assert stated == ["Trần Văn Hải: Không phản đối — Nhất trí với dự thảo"]
    assert room.check_in_button.isVisible()


def _check_in_and_start(room: MeetingRoomView, chair: MeetingRoomView,
                        clients: dict[str, ApiClient], ids: dict[str, int], mid: str,
                        qtbot: QtBot) -> None:
    """Everyone checks in; the chair opens the session and moves to the first item."""
    room.check_in_button.click()
    remote_name, *others = OTHER_MEMBERS
    remote = MeetingRoomView(MeetingsApi(clients[remote_name]), mid, me=ids[remote_name],
                             key_provider=lambda: None)
    _show(remote, qtbot)
    assert remote.join_remotely_button.isVisible()  # the meeting allows remote attendance
    remote.join_remotely_button.click()
    assert not remote.join_remotely_button.isVisible() and not remote.check_in_button.isVisible()
    remote.close()
    for name in others:
        MeetingsApi(clients[name]).check_in(mid)
    chair.reload()
    attendance = [chair.attendance.item(r).text() for r in range(chair.attendance.count())]
    assert [line for line in attendance if "trực tuyến" in line] == [
        next(line for line in attendance if line.startswith("● Lê Thị Kim Oanh"))]
    rows = [chair.attendance.item(r) for r in range(chair.attendance.count())]
    chair.attendance.setCurrentItem(next(r for r in rows if str(ids[CHAIR]) == str(
        r.data(0x0100))))  # Qt.UserRole
    chair.controls.buttons["check_in"].click()
    assert chair.state is not None and chair.state.room.quorum.met
    chair.controls.buttons["start"].click()
    chair.controls.buttons["next_item"].click()
    assert chair.agenda.item(0).text().startswith("▶ 1.")
    qtbot.waitUntil(lambda: room.agenda.item(0).text().startswith("▶ 1."), timeout=10_000)
    assert room.agenda.item(0).font().bold() and not room.agenda.item(1).font().bold()


def _speakers(room: MeetingRoomView, chair: MeetingRoomView, qtbot: QtBot) -> None:
    """The member asks for the floor; the chair gives it; both see the timer."""
    room.speakers.request_button.click()
    chair.reload()  # the chair's room here has no live stream of its own
    assert [chair.speakers.waiting.item(r).text()
            for r in range(chair.speakers.waiting.count())] == ["Trần Văn Hải"]
    chair.speakers.start_button.click()
    assert chair.speakers.current.text() == "Đang phát biểu: Trần Văn Hải"
    qtbot.waitUntil(lambda: room.speakers.current.text() == "Đang phát biểu: Trần Văn Hải",
                    timeout=10_000)
    minutes, seconds = room.speakers.timer_label.text().split(":")  # 5 minutes, counting down
    assert 270 <= int(minutes) * 60 + int(seconds) <= 300
    assert not room.speakers.request_button.isEnabled()


def _open_vote(room: MeetingRoomView, chair: MeetingRoomView, clients: dict[str, ApiClient],
               mid: str, qtbot: QtBot) -> None:
    """An open vote: the member votes from the room and sees the live result and chart."""
    chair.speakers.stop_button.click()
    chair.vote.new_motion.setText("Thông qua dự thảo Nghị định")
    chair.vote.mode.setCurrentIndex(0)
    chair.vote.open_button.click()
    yes = room.vote.choice_buttons["yes"]
    qtbot.waitUntil(yes.isEnabled, timeout=10_000)
    yes.click()
    vote_id = chair.vote.vote.vote_id if chair.vote.vote else ""
    MeetingsApi(clients["oanhltk"]).cast_vote(mid, vote_id, "yes")
    MeetingsApi(clients["vupq"]).cast_vote(mid, vote_id, "no")
    MeetingsApi(clients[CHAIR]).cast_vote(mid, vote_id, "yes")
    qtbot.waitUntil(lambda: room.vote.chart.counts == (3, 1, 0), timeout=10_000)
    chair.reload()
    chair.vote.close_button.click()
    qtbot.waitUntil(lambda: "được thông qua" in room.vote.status.text(), timeout=10_000)
    assert not yes.isEnabled()


def _named_vote(room: MeetingRoomView, chair: MeetingRoomView, clients: dict[str, ApiClient],
                ids: dict[str, int], mid: str, qtbot: QtBot) -> None:
    """A named vote: the member's ballot is signed on their computer and verifies."""
    chair.vote.new_motion.setText("Giao Bộ Khoa học và Công nghệ chủ trì hoàn thiện")
    chair.vote.mode.setCurrentIndex(1)
    chair.vote.open_button.click()
    yes = room.vote.choice_buttons["yes"]
    qtbot.waitUntil(yes.isEnabled, timeout=10_000)
    yes.click()
    assert room.message.text() == "Đã ghi nhận biểu quyết của bạn."
    vote_id = room.vote.vote.vote_id if room.vote.vote else ""
    chair.reload()
    chair.vote.close_button.click()
    path = f"/meetings/{mid}/votes/{vote_id}/signatures"
    checks = clients[SECRETARY].request("GET", path).json()
    assert [(c["signer"], c["valid"]) for c in checks] == [(ids[MEMBER], True)]


def _close_and_sign(chair: MeetingRoomView, clients: dict[str, ApiClient], mid: str,
                    qtbot: QtBot) -> None:
    """The chair concludes, closes, draws up the minutes and signs them (PAdES)."""
    chair.controls.decision.setText("Thống nhất thông qua dự thảo Nghị định.")
    chair.controls.buttons["decision"].click()
    chair.controls.buttons["close"].click()
    assert chair.state is not None and chair.state.room.state == "closed"
    assert chair.controls.records_label.text() == "Biên bản chưa được lập."
    chair.controls.draw_up_button.click()
    chair.controls.sign_button.click()
    record = MeetingsApi(clients[SECRETARY]).records(mid)
    assert record.signed_roles == ("chair",) and not record.final
    assert not chair.controls.sign_button.isEnabled()
    assert chair.controls.records_label.text() == "Biên bản đã được ký bởi: chủ trì."
    chair.controls.view_minutes_button.click()
    assert chair.documents.pages.page_count >= 1 and chair.documents.document_id is None


def _draft_notice(secretary: MeetingRoomView, clients: dict[str, ApiClient], mid: str) -> None:
    """The secretary puts the conclusion notice into the outgoing workflow from the room."""
    assert secretary.controls.notice_button.isVisible()
    assert not secretary.controls.draw_up_button.isEnabled()  # the chair drew them up
    secretary.controls.notice_button.click()
    record = MeetingsApi(clients[SECRETARY]).records(mid)
    assert record.notice_document_id is not None
    notice = clients[SECRETARY].document(record.notice_document_id).document
    assert (notice.state, notice.type_code) == ("draft", "notice")
    assert notice.subject.startswith("Kết luận của Nguyễn Đình Phúc tại Phiên họp Chính phủ")
    assert not secretary.controls.notice_button.isEnabled()
    assert f"văn bản đi mã {record.notice_document_id}" in secretary.controls.records_label.text()


def test_a_member_answers_an_opinion_ballot_signed(
        qtbot: QtBot, clients: dict[str, ApiClient], ids: dict[str, int],
        member_key: SigningKey, inline_tasks: InlineRunner) -> None:
    deadline = datetime.now(UTC) + timedelta(days=1, hours=2)
    body = {"title": "Phiếu lấy ý kiến về dự thảo Nghị quyết phiên họp",
            "questions": [{"text": "Đồng ý thông qua dự thảo Nghị quyết?"},
                          {"text": "Đồng ý giao Bộ Tài chính chủ trì?"}],
            "recipient_ids": [ids[MEMBER], ids["oanhltk"]], "deadline": deadline.isoformat()}
    secretary = clients[SECRETARY]
    ballot = secretary.request("POST", "/opinion-ballots", content=json.dumps(body),
                               headers={"Content-Type": "application/json"}).json()
    secretary.request("POST", f"/opinion-ballots/{ballot['ballot_id']}/send")
    inbox = BallotInbox(MeetingsApi(clients[MEMBER]), me=ids[MEMBER],
                        key_provider=lambda: member_key)
    _show(inbox, qtbot)
    assert inbox.shown is not None and inbox.shown.ballot_id == ballot["ballot_id"]
    assert inbox.left.text().startswith("Còn lại: 1 ngày 0")
    screenshot(inbox, "ballot-inbox")
    inbox.forms[0].radios["agree"].setChecked(True)
    inbox.answer_button.click()
    assert inbox.message.text() == "Hãy trả lời tất cả các câu hỏi."
    inbox.forms[1].radios["other"].setChecked(True)
    inbox.forms[1].text.setText("Đề nghị Bộ Kế hoạch và Đầu tư phối hợp")
    inbox.answer_button.click()
    assert inbox.message.text() == "Đã gửi ý kiến đã ký của bạn."
    assert inbox.shown is not None and inbox.shown.answered_by_me
    assert [f.radios["other"].isChecked() for f in inbox.forms] == [False, True]
    assert not inbox.answer_button.isEnabled()
    screenshot(inbox, "ballot-answered")
    checks = secretary.request("GET", f"/opinion-ballots/{ballot['ballot_id']}/signatures")
    assert [(c["signer"], c["valid"]) for c in checks.json()] == [(ids[MEMBER], True)]
