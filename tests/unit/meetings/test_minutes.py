"""Minutes and conclusion-notice content built from a full meeting record."""

from __future__ import annotations

import pytest
from meetings_world import GUEST, I2, I3, M1, M2, M3, M4, PM, SEC, SUB, M, World, build_draft

from meetings import services
from meetings.commands import (
    AdoptConsentBlock,
    CastVote,
    CheckIn,
    CloseMeeting,
    CloseVote,
    OpenVote,
    PublishMeeting,
    RecordDecision,
    RequestToSpeak,
    SetCurrentItem,
    StartSession,
    StartSpeaker,
    StatePosition,
    StopSpeaker,
)
from meetings.errors import IllegalTransition, PermissionDenied
from meetings.ids import VoteId
from meetings.model import DecisionBasis, PositionKind, VoteChoice, VoteMode


def run_meeting(world: World) -> None:
    build_draft(world)
    do = world.do
    do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)
    objection = StatePosition(
        meeting_id=M, item_id=I2, kind=PositionKind.OBJECTION, reason="Số liệu"
    )
    do(services.state_position, objection, by=M3)
    do(
        services.state_position,
        StatePosition(meeting_id=M, item_id=I3, kind=PositionKind.WISH_TO_SPEAK),
        by=M4,
    )
    for user, remote in [
        (PM, False),
        (M1, False),
        (SUB, True),
        (M3, False),
        (M4, False),
        (GUEST, False),
    ]:
        do(services.check_in, CheckIn(meeting_id=M, user_id=user, remote=remote), by=user)
    do(services.start_session, StartSession(meeting_id=M), by=PM)
    do(services.adopt_consent_block, AdoptConsentBlock(meeting_id=M), by=PM)
    do(services.set_current_item, SetCurrentItem(meeting_id=M, item_id=I2), by=PM)
    do(services.request_to_speak, RequestToSpeak(meeting_id=M, item_id=I2), by=GUEST)
    do(services.start_speaker, StartSpeaker(meeting_id=M, item_id=I2), by=PM)
    world.clock.advance(minutes=3)
    do(services.stop_speaker, StopSpeaker(meeting_id=M, item_id=I2), by=PM)
    vote = OpenVote(
        meeting_id=M,
        vote_id=VoteId("v"),
        item_id=I2,
        motion="Thông qua báo cáo",
        mode=VoteMode.SECRET,
    )
    do(services.open_vote, vote, by=PM)
    for user in (PM, M1, M3, M4):
        do(
            services.cast_vote,
            CastVote(meeting_id=M, vote_id=VoteId("v"), choice=VoteChoice.YES),
            by=user,
        )
    do(services.close_vote, CloseVote(meeting_id=M, vote_id=VoteId("v")), by=PM)
    do(
        services.record_decision,
        RecordDecision(meeting_id=M, item_id=I3, text="Giao Bộ A hoàn thiện"),
        by=PM,
    )
    do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)


def test_minutes_content(world: World) -> None:
    run_meeting(world)
    minutes = services.minutes(M, actor=world.actor(SEC), uow=world.uow)
    assert (minutes.chair, minutes.secretary, minutes.seats_total, minutes.seats_attended) == (
        "Thủ tướng", "Thư ký", 5, 5,
    )  # fmt: skip
    lines = {a.user_id: a for a in minutes.attendance}
    assert lines[SUB].remote and lines[SUB].substitute_for == "Bộ trưởng m2"
    assert not lines[M2].attended and lines[GUEST].attended
    i1, i2, i3 = minutes.items
    assert i1.decision and i2.decision and i3.decision
    assert i1.adopted_by_consent and i1.decision.basis is DecisionBasis.CONSENT
    assert i2.positions[0].reason == "Số liệu" and i2.speeches[0].seconds == 180
    assert i2.votes[0].yes == 4 and i2.votes[0].adopted
    assert i2.decision.basis is DecisionBasis.VOTE
    assert i3.confidential and i3.decision.text == "Giao Bộ A hoàn thiện"
    assert minutes.opened_at is not None and minutes.closed_at is not None


def test_conclusion_notice_lists_every_decision(world: World) -> None:
    run_meeting(world)
    notice = services.conclusion_notice(M, actor=world.actor(PM), uow=world.uow)
    assert [(c.item_title, c.basis) for c in notice.conclusions] == [
        ("Dự thảo Nghị định A", DecisionBasis.CONSENT),
        ("Báo cáo tình hình kinh tế", DecisionBasis.VOTE),
        ("Nội dung mật", DecisionBasis.CHAIR),
    ]


def test_minutes_only_after_close_and_not_for_guests(session: World) -> None:
    with pytest.raises(IllegalTransition):
        services.minutes(M, actor=session.actor(SEC), uow=session.uow)
    session.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)
    with pytest.raises(PermissionDenied):
        services.minutes(M, actor=session.actor(GUEST), uow=session.uow)
    assert services.minutes(M, actor=session.actor(M2), uow=session.uow).items
