"""What each user may see: non-members nothing, guests only their items, notes only the author."""

from __future__ import annotations

import pytest
from meetings_world import GUEST, I1, I2, I3, M1, M2, OUTSIDER, PM, SEC, SUB, M, World

from meetings import services
from meetings.commands import SaveNote, StatePosition
from meetings.errors import ItemNotVisible, NotAMember, PermissionDenied
from meetings.ids import DocumentId, ItemId, NoteId, UserId
from meetings.model import PositionKind
from meetings.visibility import visible_meeting


def test_non_members_see_nothing(session: World) -> None:
    assert visible_meeting(session.meeting(), OUTSIDER) is None
    with pytest.raises(NotAMember):
        services.view_meeting(M, actor=session.actor(OUTSIDER), uow=session.uow)


@pytest.mark.parametrize(
    ("user", "items"),
    [
        (PM, (I1, I2, I3)),
        (SEC, (I1, I2, I3)),
        (M1, (I1, I2, I3)),
        (SUB, (I1, I2, I3)),
        (GUEST, (I2,)),
    ],
)
def test_items_by_role(session: World, user: UserId, items: tuple[ItemId, ...]) -> None:
    view = services.view_meeting(M, actor=session.actor(user), uow=session.uow)
    assert tuple(i.item_id for i in view.items) == items


def test_guests_do_not_see_positions(published: World) -> None:
    command = StatePosition(meeting_id=M, item_id=I2, kind=PositionKind.OBJECTION, reason="Chưa rõ")
    published.do(services.state_position, command, by=M1)
    guest_view = visible_meeting(published.meeting(), GUEST)
    member_view = visible_meeting(published.meeting(), M2)
    assert guest_view is not None and member_view is not None
    assert guest_view.items[0].positions == ()
    assert member_view.items[1].positions[0].reason == "Chưa rõ"


def note(text: str, document: str, note_id: str = "n1") -> SaveNote:
    return SaveNote(
        meeting_id=M, note_id=NoteId(note_id), document_id=DocumentId(document), text=text
    )


def test_private_notes_are_seen_only_by_their_author(session: World) -> None:
    (event,) = session.do(services.save_note, note("Hỏi lại số liệu", "d1"), by=M1)
    assert event.audience == {M1}
    mine = services.my_notes(M, actor=session.actor(M1), uow=session.uow)
    assert [n.text for n in mine] == ["Hỏi lại số liệu"]
    assert services.my_notes(M, actor=session.actor(PM), uow=session.uow) == ()
    with pytest.raises(PermissionDenied):
        session.do(services.save_note, note("overwrite", "d1"), by=PM)
    history = session.meeting().history[-1]
    assert "Hỏi lại" not in history.text


def test_notes_only_on_visible_documents(session: World) -> None:
    with pytest.raises(ItemNotVisible):
        session.do(services.save_note, note("x", "d3"), by=GUEST)  # confidential item
    session.do(services.save_note, note("x", "d2", "g1"), by=GUEST)


def test_notes_still_allowed_after_close(session: World) -> None:
    from meetings.commands import CloseMeeting

    session.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)
    session.do(services.save_note, note("sau họp", "d1"), by=M1)
