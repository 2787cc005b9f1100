"""Request bodies of the meetings API.

Responses are the core's frozen views encoded by ``codec`` (one JSON shape for snapshots, events
and responses): user ids are integers, other ids opaque strings, durations in seconds, signatures
and signed payloads in base64.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime, timedelta
from fractions import Fraction

from pydantic import BaseModel, Field, field_validator

from meetings.errors import InvalidCommand
from meetings.model.agenda import PositionKind
from meetings.model.base import MeetingKind
from meetings.model.opinion_ballots import AnswerKind
from meetings.model.participants import Role
from meetings.model.rules import MajorityBase, MajorityKind, MajorityRule, MeetingRules, QuorumRule
from meetings.model.votes import VoteChoice, VoteMode

Text = Field(min_length=1, max_length=2000)


def _base64(value: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidCommand("the signature is not base64") from exc


class MajorityIn(BaseModel):
    """A majority rule."""

    kind: MajorityKind = MajorityKind.ABSOLUTE
    base: MajorityBase = MajorityBase.ALL_MEMBERS


class RulesIn(BaseModel):
    """Meeting rules; omitted fields take the core's defaults."""

    quorum_fraction: str = Field(default="2/3", pattern=r"^\d+/\d+$")
    majority: MajorityIn = MajorityIn()
    substitute_may_vote: bool = False
    substitute_counts_for_quorum: bool = True
    quorum_to_open: bool = True
    speaker_time_limit_seconds: int | None = Field(default=300, ge=1)

    @field_validator("quorum_fraction")
    @classmethod
    def _fraction(cls, value: str) -> str:
        if not 0 < Fraction(value) <= 1:
            raise ValueError("the quorum is a fraction between 0 and 1")
        return value


class MeetingIn(BaseModel):
    """A new meeting: the secretary is the caller unless named."""

    title: str = Field(min_length=1, max_length=500)
    kind: MeetingKind = MeetingKind.REGULAR
    scheduled_at: datetime
    location: str = Field(default="", max_length=300)
    chair_id: int
    secretary_id: int | None = None
    rules: RulesIn = RulesIn()
    remote_participation: bool = True


class MeetingDetailsIn(BaseModel):
    """The editable details of a meeting being prepared, all given (a full replacement)."""

    title: str = Field(min_length=1, max_length=500)
    scheduled_at: datetime
    location: str = Field(default="", max_length=300)
    remote_participation: bool


class ParticipantIn(BaseModel):
    """Invite a member, a substitute (for a member's seat) or a guest (to some items)."""

    user_id: int
    role: Role
    substitute_for: int | None = None
    remote: bool = False
    invited_items: list[str] = []


class ChairIn(BaseModel):
    """Hand the chair to a member, or to a user who does not take part yet."""

    user_id: int


class ItemIn(BaseModel):
    """An agenda item."""

    title: str = Field(min_length=1, max_length=500)
    presenter_id: int | None = None
    minutes_allotted: int = Field(default=0, ge=0)
    confidential: bool = False
    consent_eligible: bool = True
    speaker_time_limit_seconds: int | None = Field(default=None, ge=1)
    document_ids: list[str] = []


class AgendaOrderIn(BaseModel):
    """The new agenda order: every item once."""

    item_ids: list[str]


class DocumentIn(BaseModel):
    """A document to attach."""

    document_id: str = Field(min_length=1, max_length=64)


class ReplaceDocumentIn(BaseModel):
    """A late document replacing another; the reason is shown in the alert."""

    new_document_id: str = Field(min_length=1, max_length=64)
    reason: str = Text


class AttendanceIn(BaseModel):
    """Check in or out: oneself when ``user_id`` is omitted."""

    user_id: int | None = None
    remote: bool = False


class PositionIn(BaseModel):
    """A position on an item before the meeting."""

    kind: PositionKind
    reason: str = Field(default="", max_length=2000)


class CurrentItemIn(BaseModel):
    """The item to discuss now."""

    item_id: str


class SpeakerOrderIn(BaseModel):
    """The new order of waiting speakers."""

    order: list[int]


class StartSpeakerIn(BaseModel):
    """Whom to give the floor to (the next in line when omitted)."""

    speaker: int | None = None


class VoteIn(BaseModel):
    """A vote to open."""

    motion: str = Text
    mode: VoteMode
    item_id: str | None = None
    majority: MajorityIn | None = None


class BallotIn(BaseModel):
    """A ballot; a named vote's carries the base64 signature over the canonical payload."""

    choice: VoteChoice
    signature: str = ""

    def signature_bytes(self) -> bytes:
        """The decoded signature."""
        return _base64(self.signature) if self.signature else b""


class DecisionIn(BaseModel):
    """The chair's conclusion on an item."""

    text: str = Text


class NoteIn(BaseModel):
    """A private note on a meeting document; give ``note_id`` to change an existing note."""

    document_id: str = Field(min_length=1, max_length=64)
    text: str = Field(max_length=20000)
    note_id: str | None = Field(default=None, max_length=64)


class QuestionIn(BaseModel):
    """A question of an opinion ballot."""

    text: str = Text
    question_id: str | None = Field(default=None, max_length=64)


class OpinionBallotIn(BaseModel):
    """A new opinion ballot."""

    title: str = Field(min_length=1, max_length=500)
    questions: list[QuestionIn] = Field(min_length=1)
    recipient_ids: list[int] = Field(min_length=1)
    deadline: datetime
    document_ids: list[str] = []
    reminder_hours_before: list[float] = [24.0]


class AnswerIn(BaseModel):
    """An answer to one question."""

    question_id: str
    kind: AnswerKind
    text: str = Field(default="", max_length=5000)


class AnswersIn(BaseModel):
    """A member's answers to every question, with their base64 signature."""

    answers: list[AnswerIn]
    signature: str = Field(min_length=1)

    def signature_bytes(self) -> bytes:
        """The decoded signature."""
        return _base64(self.signature)


def majority_rule(body: MajorityIn) -> MajorityRule:
    """The core's majority rule."""
    return MajorityRule(kind=body.kind, base=body.base)


def meeting_rules(body: RulesIn) -> MeetingRules:
    """The core's meeting rules."""
    limit = body.speaker_time_limit_seconds
    return MeetingRules(
        quorum=QuorumRule(Fraction(body.quorum_fraction)),
        majority=majority_rule(body.majority),
        substitute_may_vote=body.substitute_may_vote,
        substitute_counts_for_quorum=body.substitute_counts_for_quorum,
        quorum_to_open=body.quorum_to_open,
        speaker_time_limit=None if limit is None else timedelta(seconds=limit),
    )
