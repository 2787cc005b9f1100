"""Notifications a person wants, and only those: a cabinet member's window during a meeting.

The server runs its "meeting starting" sweep every few tenths of a second here (its own demo
server: the package's shared one keeps the default minute), so the notice arrives while the
test watches. Events that only change the room's state (attendance, current item, speaker
queue, ballots cast) still reach the window but add no notification, toast or tray message.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, LiveEvent
from desktop.api.meetings import MeetingsApi
from desktop.app import PhigiayApp
from desktop.demo import DemoServer
from desktop.labels import event_title, format_time
from desktop.screens.shell.view import MainWindow
from desktop.settings import Settings
from desktop.tasks import InlineRunner

from .conftest import MemoryKeyring, screenshot, served_demo, whole_client

SECRETARY, CHAIR, MEMBER = "linhqtd", "phucnd", "haitv"
TITLE = "Phiên họp chuyên đề về chuyển đổi số"
PLACE = "Phòng họp số 2, Văn phòng Chính phủ"
WHEN = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def notice_server() -> Iterator[DemoServer]:
    """The demo agency on its own server process, sweeping for meetings about to start often."""
    with served_demo(PHIGIAY_MEETING_NOTICE_SWEEP_SECONDS="0.3") as server:
        yield server


@pytest.fixture
def member_app(settings: Settings, notice_server: DemoServer, inline_tasks: InlineRunner,
               memory_keyring: MemoryKeyring) -> Iterator[PhigiayApp]:
    """The whole client with its live connection, pointed at that server."""
    with whole_client(settings, notice_server.url) as app:
        yield app


def _client(server: DemoServer, username: str) -> ApiClient:
    client = ApiClient(server.url, language="vi")
    client.login(username, server.password)
    return client


def _sign_in(app: PhigiayApp, username: str, password: str) -> MainWindow:
    app.start()
    assert app.login is not None
    app.login.username_edit.setText(username)
    app.login.password_edit.setText(password)
    app.login.submit()
    assert app.window is not None
    return app.window


def _texts(window: MainWindow) -> list[str]:
    """The notifications' first lines (the second is the time received), oldest first."""
    return [text.split("\n")[0] for text in reversed(window.notifications.texts())]


def test_a_member_hears_of_the_meeting_but_not_of_every_change_in_the_room(
        member_app: PhigiayApp, notice_server: DemoServer, qtbot: QtBot) -> None:
    window = _sign_in(member_app, MEMBER, notice_server.password)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window._state == "connected", timeout=10_000)
    assert member_app.live is not None
    heard: list[str] = []
    member_app.live.event_received.connect(lambda event: heard.append(event.kind))
    clients = {name: _client(notice_server, name) for name in (SECRETARY, CHAIR, MEMBER)}
    try:
        ids = {name: client.me().user.id for name, client in clients.items()}
        secretary, chair, member = (MeetingsApi(clients[n]) for n in (SECRETARY, CHAIR, MEMBER))
        starts = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=10)
        room = secretary.create_meeting(TITLE, chair_id=ids[CHAIR], scheduled_at=starts,
                                        location=PLACE)
        mid = room.meeting_id
        item = secretary.add_item(mid, "Đề án chuyển đổi số quốc gia", consent_eligible=False)
        secretary.invite(mid, ids[MEMBER], "member")
        secretary.publish(mid)  # 10 minutes before the time: the sweep announces it at once

        starting = f"Sắp đến giờ họp ({format_time(starts)}): {TITLE} ({PLACE})"
        qtbot.waitUntil(lambda: starting in _texts(window), timeout=10_000)
        assert _texts(window) == [
            f"Bạn được mời dự một cuộc họp với tư cách thành viên — {TITLE}",
            f"Giấy mời họp: cuộc họp lúc {format_time(starts)} — {TITLE}",
            starting]
        assert window.toast.isVisible() and window.toast.label.text() == starting
        assert window.bell.text() == "3"

        member.check_in(mid)
        chair.check_in(mid)
        chair.start_session(mid)
        chair.set_current_item(mid, item)
        member.request_to_speak(mid, item)
        chair.start_speaker(mid, item)
        qtbot.waitUntil(lambda: "meetings.speaker_started" in heard, timeout=10_000)
        assert {"meetings.attendance_changed", "meetings.current_item_changed",
                "meetings.speaker_queue_changed"} <= set(heard)
        assert len(_texts(window)) == 4  # of all these, only the opening of the session
        assert _texts(window)[-1].startswith("Phiên họp đã khai mạc (")
        assert _texts(window)[-1].endswith(f") — {TITLE}")

        vote = chair.open_vote(mid, "Thông qua Đề án chuyển đổi số quốc gia", "open",
                               item_id=item)
        member.cast_vote(mid, vote, "yes")
        chair.cast_vote(mid, vote, "yes")
        chair.close_vote(mid, vote)
        closed = ("Kết thúc biểu quyết, được thông qua: Thông qua Đề án chuyển đổi số quốc gia "
                  f"(tán thành 2, không tán thành 0, không biểu quyết 0) — {TITLE}")
        qtbot.waitUntil(lambda: closed in _texts(window), timeout=10_000)
        assert "meetings.vote_cast" in heard
        assert _texts(window)[-2:] == ["Bắt đầu biểu quyết: Thông qua Đề án chuyển đổi số "
                                       f"quốc gia — {TITLE}", closed]
        assert window.bell.text() == "6"
        window.toggle_notifications()
        assert window.bell.text() == ""
        screenshot(window, "notifications-meeting")
        screenshot(window.notification_dock, "notifications-panel")
    finally:
        for client in clients.values():
            client.close()


def _event(kind: str, **payload: object) -> LiveEvent:
    return LiveEvent(1, WHEN, kind, dict(payload))


def test_state_only_and_unknown_events_have_no_title(ui_app: object) -> None:
    for kind in ("meetings.speaker_queue_changed", "meetings.speaker_started",
                 "meetings.speaker_stopped", "meetings.position_stated",
                 "meetings.attendance_changed", "meetings.vote_cast",
                 "meetings.secret_ballot_cast", "meetings.current_item_changed",
                 "meetings.note_saved", "meetings.agenda_item_added",
                 "meetings.agenda_reordered", "meetings.opinion_ballot_answered",
                 "document.drafted", "document.registered", "something.new"):
        assert event_title(_event(kind, meeting_id="m1", subject="Về việc A")) is None, kind


def test_titles_use_what_the_payload_carries(ui_app: object) -> None:
    at = format_time(WHEN)
    starting = _event("meetings.meeting_starting", title=TITLE, location="",
                      scheduled_at=WHEN.isoformat(), minutes_left=15)
    assert event_title(starting) == f"Sắp đến giờ họp ({at}): {TITLE}"
    invited = _event("meetings.participant_invited", user_id=7, role="guest")
    assert event_title(invited, me=7) == "Bạn được mời dự một cuộc họp với tư cách khách mời"
    assert event_title(invited, me=8) is None  # the secretary hears of every invitation
    reminder = _event("meetings.opinion_ballot_reminder", member=7, deadline=WHEN.isoformat())
    assert event_title(reminder, me=7) == (
        f"Nhắc việc: đề nghị trả lời phiếu lấy ý kiến trước {at}")
    overdue = _event("meetings.opinion_ballot_overdue", members=[7, 9])
    assert event_title(overdue, me=7) == "Đã quá hạn trả lời phiếu lấy ý kiến mà bạn chưa trả lời"
    assert event_title(overdue, me=3) == "Phiếu lấy ý kiến quá hạn: 2 thành viên chưa trả lời"
    replaced = _event("meetings.document_replaced", reason="Số liệu quý III đã cập nhật")
    assert event_title(replaced) == (
        "Một tài liệu cuộc họp đã được thay thế: Số liệu quý III đã cập nhật")
    rejected = _event("meetings.vote_closed", result={
        "motion": "Thông qua Đề án", "adopted": False, "yes": 1, "no": 2, "abstain": 0})
    assert event_title(rejected) == ("Kết thúc biểu quyết, không được thông qua: Thông qua Đề án "
                                     "(tán thành 1, không tán thành 2, không biểu quyết 0)")
    due = _event("document.due_soon", subject="Về việc A", deadline="2026-11-27")
    assert event_title(due) == "Sắp đến hạn xử lý 27/11/2026: Về việc A"
    comment = _event("document.commented", author="Nguyễn Thị Lan", comment_id=3)
    assert event_title(comment) == "Nguyễn Thị Lan đã góp ý trên một văn bản"
    assert event_title(_event("meetings.meeting_starting")) == "Sắp đến giờ họp (?): ?"
    opened = _event("meetings.vote_opened", motion="Thông qua Đề án", meeting_title=TITLE)
    assert event_title(opened) == f"Bắt đầu biểu quyết: Thông qua Đề án — {TITLE}"
    titled = _event("meetings.meeting_starting", title=TITLE, meeting_title=TITLE,
                    scheduled_at=WHEN.isoformat())
    assert event_title(titled) == f"Sắp đến giờ họp ({at}): {TITLE}"  # named once
    sent = _event("meetings.opinion_ballot_sent", deadline=WHEN.isoformat(),
                  ballot_title="Phiếu lấy ý kiến về Nghị định B")
    assert event_title(sent).endswith(" — Phiếu lấy ý kiến về Nghị định B")  # type: ignore[union-attr]


def test_participant_changes_are_told_to_whom_they_concern(ui_app: object) -> None:
    removed = _event("meetings.participant_removed", user_id=7, role="member",
                     meeting_title=TITLE)
    assert event_title(removed, me=7) == (
        f"Bạn đã được rút khỏi thành phần dự một cuộc họp — {TITLE}")
    assert event_title(removed, me=3) is None
    chair = _event("meetings.chair_changed", user_id=7, former_chair=3, meeting_title=TITLE)
    assert event_title(chair, me=7) == f"Bạn được giao chủ trì một cuộc họp — {TITLE}"
    assert event_title(chair, me=3) == f"Cuộc họp có người chủ trì mới — {TITLE}"
