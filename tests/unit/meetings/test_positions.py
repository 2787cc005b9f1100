"""Positions before the meeting and the consent block."""

from __future__ import annotations

import pytest
from meetings_world import GUEST, I1, I2, I3, M1, M2, M3, PM, SEATS, SEC, SUB, M, World

from meetings import services
from meetings.commands import (
    AdoptConsentBlock,
    CheckIn,
    PullFromConsentBlock,
    SetCurrentItem,
    StartSession,
    StatePosition,
)
from meetings.errors import IllegalTransition, InvalidCommand, PermissionDenied
from meetings.events import ConsentBlockAdopted, Event, PositionStated
from meetings.ids import ItemId, UserId
from meetings.model import DecisionBasis, PositionKind

NO_OBJ, OBJ, SPEAK = PositionKind.NO_OBJECTION, PositionKind.OBJECTION, PositionKind.WISH_TO_SPEAK


def state(
    world: World, user: UserId, item: ItemId, kind: PositionKind, reason: str = ""
) -> tuple[Event, ...]:
    command = StatePosition(meeting_id=M, item_id=item, kind=kind, reason=reason)
    events: tuple[Event, ...] = world.do(services.state_position, command, by=user)
    return events


def start(world: World) -> None:
    for user in SEATS:
        world.do(services.check_in, CheckIn(meeting_id=M, user_id=user), by=user)
    world.do(services.start_session, StartSession(meeting_id=M), by=PM)


def test_objection_needs_a_reason(published: World) -> None:
    with pytest.raises(InvalidCommand):
        state(published, M1, I1, OBJ, "   ")
    state(published, M1, I1, OBJ, "Cần thêm ý kiến Bộ Tư pháp")
    assert published.meeting().item(I1).positions[M1].reason == "Cần thêm ý kiến Bộ Tư pháp"


def test_position_events_skip_guests(published: World) -> None:
    (event,) = state(published, M1, I2, NO_OBJ)
    assert isinstance(event, PositionStated) and GUEST not in event.audience
    assert {PM, SEC, M2} <= event.audience


def test_substitute_states_for_the_seat_and_secretary_cannot(published: World) -> None:
    state(published, SUB, I1, NO_OBJ)
    assert published.meeting().item(I1).positions[M2].stated_by == SUB
    with pytest.raises(PermissionDenied):
        state(published, SEC, I1, NO_OBJ)


def test_consent_block_adopts_unopposed_items_only(published: World) -> None:
    state(published, M1, I1, NO_OBJ)
    state(published, M2, I2, OBJ, "Số liệu chưa khớp")
    state(published, M3, I3, NO_OBJ)
    published.do(
        services.pull_from_consent_block, PullFromConsentBlock(meeting_id=M, item_id=I3), by=PM
    )
    assert published.meeting().consent_block() == (I1,)
    start(published)
    events = published.do(services.adopt_consent_block, AdoptConsentBlock(meeting_id=M), by=PM)
    adopted = {
        u: e.item_ids for e in events if isinstance(e, ConsentBlockAdopted) for u in e.audience
    }
    assert adopted[M1] == (I1,) and adopted[GUEST] == ()
    meeting = published.meeting()
    assert meeting.item(I1).decision.basis is DecisionBasis.CONSENT
    assert meeting.item(I2).decision is None and meeting.item(I3).decision is None


def test_wish_to_speak_keeps_item_out_and_queues_the_speaker(published: World) -> None:
    state(published, M3, I1, SPEAK)
    assert I1 not in published.meeting().consent_block()
    start(published)
    published.do(services.set_current_item, SetCurrentItem(meeting_id=M, item_id=I1), by=PM)
    assert published.meeting().queues[I1].waiting == [M3]


def test_positions_and_pulls_close_once_the_block_is_adopted(published: World) -> None:
    start(published)
    published.do(services.adopt_consent_block, AdoptConsentBlock(meeting_id=M), by=PM)
    with pytest.raises(IllegalTransition):
        state(published, M1, I1, OBJ, "muộn")
    with pytest.raises(IllegalTransition):
        published.do(services.adopt_consent_block, AdoptConsentBlock(meeting_id=M), by=PM)
    with pytest.raises(IllegalTransition):
        published.do(
            services.pull_from_consent_block, PullFromConsentBlock(meeting_id=M, item_id=I2), by=PM
        )


def test_positions_not_open_in_draft(draft: World) -> None:
    with pytest.raises(IllegalTransition):
        state(draft, M1, I1, NO_OBJ)


def test_consent_block_only_at_the_start(session: World) -> None:
    session.do(services.set_current_item, SetCurrentItem(meeting_id=M, item_id=I2), by=PM)
    with pytest.raises(IllegalTransition, match="at the start"):
        session.do(services.adopt_consent_block, AdoptConsentBlock(meeting_id=M), by=PM)
