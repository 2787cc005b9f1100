"""The permission matrix: every role (and a non-member) against every meeting command.

Allowed cells must succeed; refused cells must raise ``PermissionDenied`` (participants) or
``NotAMember`` (outsiders) and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from meetings_world import (
    GUEST,
    I1,
    I2,
    M1,
    M3,
    M4,
    OUTSIDER,
    PM,
    SEC,
    SUB,
    M,
    World,
    build_draft,
    build_session,
)

from meetings import services
from meetings.commands import (
    AddAgendaItem,
    AdoptConsentBlock,
    ArchiveMeeting,
    AttachDocument,
    CastVote,
    CheckIn,
    CloseMeeting,
    CloseVote,
    InviteParticipant,
    OpenVote,
    PublishMeeting,
    PullFromConsentBlock,
    RecordDecision,
    ReplaceDocument,
    RequestToSpeak,
    SaveNote,
    SetCurrentItem,
    StartSession,
    StartSpeaker,
    StatePosition,
)
from meetings.errors import NotAMember, PermissionDenied
from meetings.ids import DocumentId, ItemId, NoteId, UserId, VoteId
from meetings.model import MeetingRules, ParticipantSpec, PositionKind, Role, VoteChoice, VoteMode
from meetings.permissions import MEETING_ROLE_PERMISSIONS, Permission

ROLES = {"chair": PM, "secretary": SEC, "member": M1, "substitute": SUB, "guest": GUEST}
ALL = frozenset(ROLES)
PRESENT = (PM, M1, M3, M4, SUB)  # m2's seat is held by the substitute
V = VoteId("v")


def _published(world: World, rules: MeetingRules) -> None:
    build_draft(world, rules)
    world.do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)


def _published_with_quorum(world: World, rules: MeetingRules) -> None:
    _published(world, rules)
    for user in PRESENT:
        world.do(services.check_in, CheckIn(meeting_id=M, user_id=user), by=user)


def _session(world: World, rules: MeetingRules) -> None:
    build_session(world, rules, present=PRESENT)


def _voting(world: World, rules: MeetingRules) -> None:
    _session(world, rules)
    vote = OpenVote(meeting_id=M, vote_id=V, item_id=I2, motion="Thông qua", mode=VoteMode.OPEN)
    world.do(services.open_vote, vote, by=PM)


def _queued(world: World, rules: MeetingRules) -> None:
    _session(world, rules)
    world.do(services.request_to_speak, RequestToSpeak(meeting_id=M, item_id=I2), by=M3)


def _closed(world: World, rules: MeetingRules) -> None:
    _session(world, rules)
    world.do(services.close_meeting, CloseMeeting(meeting_id=M), by=PM)


Setup = Callable[[World, MeetingRules], None]
Case = tuple[str, Setup, Callable[..., Any], Callable[[UserId], Any], frozenset[str]]

CHAIR_ONLY = frozenset({"chair"})
OFFICIALS = frozenset({"chair", "secretary"})
SEAT_HOLDERS = frozenset({"chair", "member", "substitute"})

CASES: list[Case] = [
    (
        "invite",
        lambda w, r: build_draft(w, r),
        services.invite_participant,
        lambda u: InviteParticipant(
            meeting_id=M, participant=ParticipantSpec(UserId("m5"), "m5", Role.MEMBER)
        ),
        OFFICIALS,
    ),
    (
        "add item",
        lambda w, r: build_draft(w, r),
        services.add_agenda_item,
        lambda u: AddAgendaItem(meeting_id=M, item_id=ItemId("i9"), title="Thêm"),
        OFFICIALS,
    ),
    (
        "publish",
        lambda w, r: build_draft(w, r),
        services.publish_meeting,
        lambda u: PublishMeeting(meeting_id=M),
        OFFICIALS,
    ),
    (
        "attach document",
        _published,
        services.attach_document,
        lambda u: AttachDocument(meeting_id=M, item_id=I2, document_id=DocumentId("d5")),
        OFFICIALS,
    ),
    (
        "replace document",
        _published,
        services.replace_document,
        lambda u: ReplaceDocument(
            meeting_id=M,
            item_id=I2,
            old_document_id=DocumentId("d2"),
            new_document_id=DocumentId("d6"),
            reason="Bản cập nhật",
        ),
        OFFICIALS,
    ),
    (
        "check in someone else",
        _published,
        services.check_in,
        lambda u: CheckIn(meeting_id=M, user_id=M4 if u != M4 else M3),
        OFFICIALS,
    ),
    (
        "check in oneself",
        _published,
        services.check_in,
        lambda u: CheckIn(meeting_id=M, user_id=u),
        ALL,
    ),
    (
        "state position",
        _published,
        services.state_position,
        lambda u: StatePosition(meeting_id=M, item_id=I2, kind=PositionKind.NO_OBJECTION),
        SEAT_HOLDERS,
    ),
    (
        "pull from consent block",
        _published,
        services.pull_from_consent_block,
        lambda u: PullFromConsentBlock(meeting_id=M, item_id=I1),
        CHAIR_ONLY,
    ),
    (
        "start session",
        _published_with_quorum,
        services.start_session,
        lambda u: StartSession(meeting_id=M),
        CHAIR_ONLY,
    ),
    (
        "adopt consent block",
        _session,
        services.adopt_consent_block,
        lambda u: AdoptConsentBlock(meeting_id=M),
        CHAIR_ONLY,
    ),
    (
        "set current item",
        _session,
        services.set_current_item,
        lambda u: SetCurrentItem(meeting_id=M, item_id=I2),
        CHAIR_ONLY,
    ),
    (
        "request to speak",
        _session,
        services.request_to_speak,
        lambda u: RequestToSpeak(meeting_id=M, item_id=I2),
        SEAT_HOLDERS | {"guest"},
    ),
    (
        "start speaker",
        _queued,
        services.start_speaker,
        lambda u: StartSpeaker(meeting_id=M, item_id=I2),
        CHAIR_ONLY,
    ),
    (
        "open vote",
        _session,
        services.open_vote,
        lambda u: OpenVote(meeting_id=M, vote_id=V, motion="Thông qua", mode=VoteMode.OPEN),
        CHAIR_ONLY,
    ),
    (
        "cast vote",
        _voting,
        services.cast_vote,
        lambda u: CastVote(meeting_id=M, vote_id=V, choice=VoteChoice.YES),
        frozenset({"chair", "member"}),
    ),
    (
        "close vote",
        _voting,
        services.close_vote,
        lambda u: CloseVote(meeting_id=M, vote_id=V),
        CHAIR_ONLY,
    ),
    (
        "record decision",
        _session,
        services.record_decision,
        lambda u: RecordDecision(meeting_id=M, item_id=I1, text="Thông qua"),
        CHAIR_ONLY,
    ),
    (
        "close meeting",
        _session,
        services.close_meeting,
        lambda u: CloseMeeting(meeting_id=M),
        CHAIR_ONLY,
    ),
    (
        "archive",
        _closed,
        services.archive_meeting,
        lambda u: ArchiveMeeting(meeting_id=M),
        OFFICIALS,
    ),
    (
        "private note",
        _session,
        services.save_note,
        lambda u: SaveNote(
            meeting_id=M, note_id=NoteId(f"n-{u}"), document_id=DocumentId("d2"), text="ghi chú"
        ),
        ALL,
    ),
]


def _cells(rules: MeetingRules, cases: list[Case]) -> list[Any]:
    return [
        pytest.param(rules, case, role, id=f"{case[0]}-{role}")
        for case in cases
        for role in [*ROLES, "outsider"]
    ]


@pytest.mark.parametrize(("rules", "case", "role"), _cells(MeetingRules(), CASES))
def test_matrix(rules: MeetingRules, case: Case, role: str) -> None:
    _, setup, use_case, make, allowed = case
    world = World()
    setup(world, rules)
    user = ROLES.get(role, OUTSIDER)
    before = world.meeting()
    if role in allowed:
        world.do(use_case, make(user), by=user)
        assert world.meeting().history[-1].actor == user
        return
    expected = NotAMember if role == "outsider" else PermissionDenied
    with pytest.raises(expected):
        world.do(use_case, make(user), by=user)
    assert world.meeting() == before


VOTE_CASE = next(c for c in CASES if c[0] == "cast vote")
PROXY_CASE = (*VOTE_CASE[:4], frozenset({"chair", "member", "substitute"}))


@pytest.mark.parametrize(
    ("rules", "case", "role"), _cells(MeetingRules(substitute_may_vote=True), [PROXY_CASE])
)
def test_substitute_votes_when_the_rules_allow_it(
    rules: MeetingRules, case: Case, role: str
) -> None:
    test_matrix(rules, case, role)


def test_static_role_matrix() -> None:
    p = Permission
    expected = {
        Role.CHAIR: {
            p.MEETING_VIEW, p.MEETING_MANAGE, p.AGENDA_MANAGE, p.ATTENDANCE_MANAGE,
            p.CHECK_IN_SELF, p.POSITION_STATE, p.SESSION_CONDUCT, p.SPEAK_REQUEST,
            p.VOTE_CAST, p.NOTE_WRITE, p.MINUTES_VIEW,
        },
        Role.SECRETARY: {
            p.MEETING_VIEW, p.MEETING_MANAGE, p.AGENDA_MANAGE, p.ATTENDANCE_MANAGE,
            p.CHECK_IN_SELF, p.NOTE_WRITE, p.MINUTES_VIEW,
        },
        Role.MEMBER: {
            p.MEETING_VIEW, p.CHECK_IN_SELF, p.POSITION_STATE, p.SPEAK_REQUEST, p.VOTE_CAST,
            p.NOTE_WRITE, p.MINUTES_VIEW,
        },
        Role.SUBSTITUTE: {
            p.MEETING_VIEW, p.CHECK_IN_SELF, p.POSITION_STATE, p.SPEAK_REQUEST,
            p.NOTE_WRITE, p.MINUTES_VIEW,
        },
        Role.GUEST: {p.MEETING_VIEW, p.CHECK_IN_SELF, p.SPEAK_REQUEST, p.NOTE_WRITE},
    }  # fmt: skip
    assert {role: set(perms) for role, perms in MEETING_ROLE_PERMISSIONS.items()} == expected


def test_only_the_secretariat_creates_meetings(world: World) -> None:
    from meetings_world import specs

    with pytest.raises(PermissionDenied):
        world.do(services.create_meeting, specs(), by=M1)
    world.do(services.create_meeting, specs(), by=SEC)
