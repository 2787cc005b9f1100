"""Correcting the invitation list of a published meeting in the client against a real server:
the secretary removes a guest invited by mistake and hands the chair to a member; the buttons
follow what the server allows for the chosen person, and a refusal shows the server's reason.
Screenshot."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.api import ApiClient
from desktop.api.errors import NotFound
from desktop.api.meetings import MeetingsApi
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.screens.meetings.participants import ParticipantsEditor
from desktop.screens.meetings.preparation import PreparationDialog
from desktop.tasks import InlineRunner

from .conftest import screenshot, signed_in, user_ids

SECRETARY, CHAIR, GUEST, SUBSTITUTE = "linhqtd", "phucnd", "maint", "hoadc"
MEMBERS = ("oanhltk", "vupq", "trivm")
PEOPLE = (SECRETARY, CHAIR, GUEST, SUBSTITUTE, *MEMBERS)


@pytest.fixture(scope="module")
def clients(live_server: DemoServer) -> Iterator[dict[str, ApiClient]]:
    """Everyone of the meeting, signed in once for the module."""
    with signed_in(live_server, PEOPLE) as clients:
        yield clients


@pytest.fixture(scope="module")
def ids(clients: dict[str, ApiClient]) -> dict[str, int]:
    """Their user ids."""
    return user_ids(clients)


def _select(people: ParticipantsEditor, user_id: int) -> None:
    """Click the person's line in the invitation list."""
    rows = [r for r in range(people.invited.count())
            if people.invited.item(r).data(Qt.ItemDataRole.UserRole) == user_id]
    assert len(rows) == 1, user_id
    people.invited.setCurrentRow(rows[0])
    assert people.selected_user_id() == user_id


def _lines(people: ParticipantsEditor) -> list[str]:
    return [people.invited.item(r).text() for r in range(people.invited.count())]


def test_the_secretary_removes_a_guest_and_hands_the_chair_over(
        qtbot: QtBot, clients: dict[str, ApiClient], ids: dict[str, int],
        context_for: Callable[..., ScreenContext], inline_tasks: InlineRunner) -> None:
    secretary = MeetingsApi(clients[SECRETARY])
    room = secretary.create_meeting("Phiên họp Chính phủ thường kỳ tháng 2", chair_id=ids[CHAIR],
                                    scheduled_at=datetime.now(UTC) + timedelta(days=6))
    mid = room.meeting_id
    item = secretary.add_item(mid, "Tình hình kinh tế - xã hội tháng 2")
    for name in MEMBERS:
        secretary.invite(mid, ids[name], "member")
    secretary.invite(mid, ids[SUBSTITUTE], "substitute", substitute_for=ids[MEMBERS[2]])
    secretary.invite(mid, ids[GUEST], "guest", invited_items=(item,))
    secretary.publish(mid)
    MeetingsApi(clients[MEMBERS[0]]).check_in(mid)
    assert MeetingsApi(clients[GUEST]).meeting(mid).my_role == "guest"

    dialog = PreparationDialog(context_for(SECRETARY), secretary, meeting_id=mid)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 860)
    dialog.show()
    people = dialog.participants
    assert people.invited.count() == 7
    # Who may be removed or made chair, as the server rules it.
    expected = {CHAIR: (False, False), SECRETARY: (False, False), MEMBERS[0]: (False, True),
                MEMBERS[1]: (True, True), SUBSTITUTE: (True, False), GUEST: (True, False)}
    for name, (removable, may_chair) in expected.items():
        _select(people, ids[name])
        assert (people.remove_button.isEnabled(), people.chair_button.isEnabled()) == (
            removable, may_chair), name

    asked: list[str] = []

    def decline(question: str) -> bool:
        asked.append(question)
        return False

    people.confirm = decline
    _select(people, ids[GUEST])
    people.remove_button.click()  # declined: nothing is sent
    assert asked == ["Xóa “Ngô Thị Mai” khỏi thành phần tham dự? Người này đã được mời và sẽ "
                     "được thông báo."]
    assert "Ngô Thị Mai — Khách mời" in _lines(people)
    people.confirm = lambda question: True
    people.remove_button.click()
    assert dialog.message.kind == "success", dialog.message.text()
    assert dialog.message.text() == "Đã xóa khỏi thành phần tham dự."
    assert not any(line.startswith("Ngô Thị Mai") for line in _lines(people))
    assert ids[GUEST] not in {p.user_id for p in dialog.room.participants}  # type: ignore[union-attr]
    with pytest.raises(NotFound):
        MeetingsApi(clients[GUEST]).meeting(mid)

    _select(people, ids[MEMBERS[2]])
    people.remove_button.click()  # m3's substitute is still invited: the server says why
    assert dialog.message.kind == "error"
    assert dialog.message.text() == ("Đã có người dự thay cho thành viên này. "
                                     "Hãy xóa người dự thay trước.")

    _select(people, ids[MEMBERS[1]])
    people.chair_button.click()
    assert dialog.message.kind == "success", dialog.message.text()
    assert dialog.message.text() == "Đã chuyển quyền chủ trì."
    roles = {p.user_id: p.role for p in dialog.room.participants}  # type: ignore[union-attr]
    assert (roles[ids[MEMBERS[1]]], roles[ids[CHAIR]]) == ("chair", "member")
    assert dialog.meeting.chair.currentData() == ids[MEMBERS[1]]
    chair_line = next(line for line in _lines(people) if line.endswith("Chủ trì"))
    assert chair_line.startswith(dialog.room.name_of(ids[MEMBERS[1]]))  # type: ignore[union-attr]
    # The new chair is still selected: they can be neither removed nor made chair again.
    assert people.selected_user_id() == ids[MEMBERS[1]]
    assert not people.remove_button.isEnabled() and not people.chair_button.isEnabled()
    _select(people, ids[CHAIR])
    assert people.remove_button.isEnabled() and people.chair_button.isEnabled()
    screenshot(dialog, "meeting-preparation-participant-changes")
