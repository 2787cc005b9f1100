"""Who may do what: office roles (outside any meeting) and meeting roles, as one matrix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from meetings.errors import NotAMember, PermissionDenied
from meetings.ids import UserId
from meetings.model.meeting import Meeting
from meetings.model.opinion_ballots import OpinionBallot
from meetings.model.participants import Role


class OfficeRole(StrEnum):
    """Roles a user holds in the agency, independent of any one meeting."""

    SECRETARIAT = "secretariat"
    """The Government Office staff who create meetings and opinion ballots."""
    SCHEDULER = "scheduler"
    """The server's background job that sends reminders."""


class Permission(StrEnum):
    """Permissions that commands declare and the runner checks."""

    MEETING_CREATE = "meeting.create"
    MEETING_VIEW = "meeting.view"
    MEETING_MANAGE = "meeting.manage"
    """Invite, publish, archive."""
    AGENDA_MANAGE = "meeting.agenda.manage"
    """Add, order items; attach and replace documents."""
    ATTENDANCE_MANAGE = "meeting.attendance.manage"
    """Check other people in and out."""
    CHECK_IN_SELF = "meeting.attendance.self"
    POSITION_STATE = "meeting.position.state"
    SESSION_CONDUCT = "meeting.session.conduct"
    """Chair the session: consent block, current item, speakers, votes, decisions, close."""
    SPEAK_REQUEST = "meeting.speak.request"
    VOTE_CAST = "meeting.vote.cast"
    NOTE_WRITE = "meeting.note.write"
    MINUTES_VIEW = "meeting.minutes.view"
    BALLOT_CREATE = "ballot.create"
    BALLOT_MANAGE = "ballot.manage"
    BALLOT_ANSWER = "ballot.answer"
    BALLOT_REMIND = "ballot.remind"
    BALLOT_VIEW_TALLY = "ballot.tally.view"


@dataclass(frozen=True)
class Actor:
    """The authenticated user a command runs for."""

    user_id: UserId
    office_roles: frozenset[OfficeRole] = frozenset()
    """Agency-wide roles; meeting roles come from the meeting itself."""


P = Permission
_ATTENDEE = frozenset({P.MEETING_VIEW, P.CHECK_IN_SELF, P.NOTE_WRITE})
_SEAT = _ATTENDEE | {P.POSITION_STATE, P.SPEAK_REQUEST, P.MINUTES_VIEW}

MEETING_ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CHAIR: _SEAT
    | {P.VOTE_CAST, P.SESSION_CONDUCT, P.MEETING_MANAGE, P.AGENDA_MANAGE, P.ATTENDANCE_MANAGE},
    Role.SECRETARY: _ATTENDEE
    | {P.MEETING_MANAGE, P.AGENDA_MANAGE, P.ATTENDANCE_MANAGE, P.MINUTES_VIEW},
    Role.MEMBER: _SEAT | {P.VOTE_CAST},
    # VOTE_CAST is added for substitutes only when the meeting's rules allow it.
    Role.SUBSTITUTE: _SEAT,
    Role.GUEST: _ATTENDEE | {P.SPEAK_REQUEST},
}
"""The static matrix; tests assert it cell by cell."""

OFFICE_ROLE_PERMISSIONS: dict[OfficeRole, frozenset[Permission]] = {
    OfficeRole.SECRETARIAT: frozenset({P.MEETING_CREATE, P.BALLOT_CREATE}),
    OfficeRole.SCHEDULER: frozenset({P.BALLOT_REMIND}),
}


def office_permissions(actor: Actor) -> frozenset[Permission]:
    """Return the permissions the actor holds through office roles."""
    granted: frozenset[Permission] = frozenset()
    for role in actor.office_roles:
        granted |= OFFICE_ROLE_PERMISSIONS[role]
    return granted


def meeting_permissions(meeting: Meeting, actor: Actor) -> frozenset[Permission]:
    """Return what the actor may do in this meeting (empty for a non-member)."""
    role = meeting.role_of(actor.user_id)
    if role is None:
        return frozenset()
    granted = MEETING_ROLE_PERMISSIONS[role]
    if role is Role.SUBSTITUTE and meeting.rules.substitute_may_vote:
        granted |= {P.VOTE_CAST}
    return granted


def ballot_permissions(ballot: OpinionBallot, actor: Actor) -> frozenset[Permission]:
    """Return what the actor may do with this opinion ballot."""
    granted = office_permissions(actor) & {P.BALLOT_REMIND}
    if actor.user_id == ballot.secretary:
        granted |= {P.BALLOT_MANAGE, P.BALLOT_VIEW_TALLY, P.BALLOT_REMIND}
    if actor.user_id in ballot.recipients:
        granted |= {P.BALLOT_ANSWER}
    return granted


def require(
    granted: frozenset[Permission],
    permission: Permission,
    *,
    actor: Actor,
    where: str,
    creating: bool = False,
) -> None:
    """Raise unless ``permission`` is granted.

    Raises:
        NotAMember: nothing at all is granted on an existing meeting or ballot.
        PermissionDenied: the actor takes part but lacks ``permission`` (or may not create).
    """
    if permission in granted:
        return
    if not granted and not creating:
        raise NotAMember(f"{actor.user_id} takes no part in {where}")
    raise PermissionDenied(f"{actor.user_id} may not {permission.value} in {where}")
