"""What the meeting room's routes return: frozen dataclasses read from the server's JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.api.models import parse_time

Json = dict[str, Any]


@dataclass(frozen=True)
class MeetingSummary:
    """A line of my meetings."""

    meeting_id: str
    title: str
    state: str
    scheduled_at: datetime
    my_role: str

    @classmethod
    def from_json(cls, data: Json) -> MeetingSummary:
        """Read a list entry."""
        return cls(str(data["meeting_id"]), str(data["title"]), str(data["state"]),
                   parse_time(data["scheduled_at"]), str(data["my_role"]))


@dataclass(frozen=True)
class Position:
    """A member's position on an item before the meeting."""

    seat: int
    kind: str
    """``no_objection``, ``objection`` or ``wish_to_speak``."""
    reason: str


@dataclass(frozen=True)
class ItemDocument:
    """A document of an agenda item."""

    document_id: str
    title: str


@dataclass(frozen=True)
class DocumentReplacement:
    """A late document replaced on an item (everyone who sees the item was alerted)."""

    old_document_id: str
    new_document_id: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class AgendaItem:
    """An agenda item as I may see it."""

    item_id: str
    title: str
    presenter: int | None
    confidential: bool
    documents: tuple[ItemDocument, ...]
    positions: tuple[Position, ...]
    in_consent_block: bool
    decision: str | None
    is_current: bool
    minutes_allotted: int = 0
    replacements: tuple[DocumentReplacement, ...] = ()
    """Late documents replaced on this item, oldest first."""

    @classmethod
    def from_json(cls, data: Json) -> AgendaItem:
        """Read an item of the meeting view."""
        decision = data.get("decision")
        replacements = tuple(
            DocumentReplacement(str(r["old_document_id"]), str(r["new_document_id"]),
                                str(r["reason"]), parse_time(r["at"]))
            for r in data.get("replacements", ()))
        return cls(
            str(data["item_id"]), str(data["title"]), data.get("presenter"),
            bool(data["confidential"]),
            tuple(ItemDocument(str(d["document_id"]), str(d["title"]))
                  for d in data["documents"]),
            tuple(Position(int(p["seat"]), str(p["kind"]), str(p.get("reason", "")))
                  for p in data["positions"]),
            bool(data["in_consent_block"]),
            None if not decision else str(decision.get("text", "")), bool(data["is_current"]),
            int(data.get("minutes_allotted") or 0), replacements,
        )


@dataclass(frozen=True)
class Vote:
    """A vote; a secret vote's counts stay None until it closes."""

    vote_id: str
    item_id: str | None
    motion: str
    mode: str
    is_open: bool
    ballots_cast: int
    yes: int | None
    no: int | None
    abstain: int | None
    my_seat_voted: bool
    adopted: bool | None
    seats_present: int | None
    seats_total: int | None

    @classmethod
    def from_json(cls, data: Json) -> Vote:
        """Read a vote of the meeting view."""
        result = data.get("result") or {}
        return cls(
            str(data["vote_id"]), data.get("item_id"), str(data["motion"]), str(data["mode"]),
            bool(data["is_open"]), int(data["ballots_cast"]), data.get("yes"), data.get("no"),
            data.get("abstain"), bool(data["my_seat_voted"]), result.get("adopted"),
            result.get("seats_present"), result.get("seats_total"),
        )


@dataclass(frozen=True)
class Attendee:
    """A line of the attendance list."""

    user_id: int
    name: str
    role: str
    present: bool
    remote: bool


@dataclass(frozen=True)
class Quorum:
    """The quorum as it stands."""

    total_seats: int
    present_seats: int
    required: int

    @property
    def met(self) -> bool:
        """Whether enough seats are present."""
        return self.present_seats >= self.required


@dataclass(frozen=True)
class MeetingRoom:
    """Everything I may see of one meeting."""

    meeting_id: str
    title: str
    state: str
    scheduled_at: datetime
    location: str
    my_role: str
    participants: tuple[Attendee, ...]
    quorum: Quorum
    items: tuple[AgendaItem, ...]
    votes: tuple[Vote, ...]
    remote_participation: bool = True
    """Whether participants may attend remotely."""

    @classmethod
    def from_json(cls, data: Json) -> MeetingRoom:
        """Read the meeting view."""
        quorum = data["quorum"]
        return cls(
            str(data["meeting_id"]), str(data["title"]), str(data["state"]),
            parse_time(data["scheduled_at"]), str(data.get("location", "")),
            str(data["my_role"]),
            tuple(Attendee(int(p["user_id"]), str(p["name"]), str(p["role"]),
                           bool(p["present"]), bool(p["remote"])) for p in data["participants"]),
            Quorum(int(quorum["total_seats"]), int(quorum["present_seats"]),
                   int(quorum["required"])),
            tuple(AgendaItem.from_json(i) for i in data["items"]),
            tuple(Vote.from_json(v) for v in data["votes"]),
            bool(data.get("remote_participation", True)),
        )

    @property
    def current_item(self) -> AgendaItem | None:
        """The item under discussion."""
        return next((i for i in self.items if i.is_current), None)

    def name_of(self, user_id: int | None) -> str:
        """A participant's name (the id when unknown)."""
        found = next((p.name for p in self.participants if p.user_id == user_id), None)
        return found or str(user_id)

    @property
    def open_vote(self) -> Vote | None:
        """The vote open now, if any."""
        return next((v for v in self.votes if v.is_open), None)


@dataclass(frozen=True)
class SpeakerQueue:
    """The speaker queue of an item, with the current speaker's time in seconds."""

    item_id: str
    current: int | None
    elapsed_seconds: float | None
    remaining_seconds: float | None
    overtime: bool
    waiting: tuple[int, ...]

    @classmethod
    def from_json(cls, data: Json) -> SpeakerQueue:
        """Read the queue."""
        return cls(str(data["item_id"]), data.get("current"), data.get("elapsed"),
                   data.get("remaining"), bool(data["overtime"]),
                   tuple(int(u) for u in data["waiting"]))


@dataclass(frozen=True)
class Note:
    """My private note on a meeting document."""

    note_id: str
    document_id: str
    text: str


@dataclass(frozen=True)
class BallotQuestion:
    """A question of an opinion ballot."""

    question_id: str
    text: str


@dataclass(frozen=True)
class BallotAnswer:
    """My answer to one question."""

    question_id: str
    kind: str
    """``agree``, ``disagree`` or ``other``."""
    text: str


@dataclass(frozen=True)
class OpinionBallot:
    """An opinion ballot as I may see it (asked, or as its secretary)."""

    ballot_id: str
    title: str
    state: str
    deadline: datetime
    questions: tuple[BallotQuestion, ...]
    my_answers: tuple[BallotAnswer, ...]
    """My signed answers (empty until I answer)."""
    answered: tuple[int, ...] | None
    """The secretary's view: who answered."""
    not_answered: tuple[int, ...] | None = None
    """The secretary's view: who has not answered yet."""
    asked_me: bool = True
    """Whether I am one of the members asked (the secretary may not be)."""

    @property
    def sent_by_me(self) -> bool:
        """Whether I am its secretary (the server shows me who answered)."""
        return self.answered is not None

    @property
    def answered_by_me(self) -> bool:
        """Whether I have answered."""
        return bool(self.my_answers)

    @classmethod
    def from_json(cls, data: Json) -> OpinionBallot:
        """Read a ballot."""
        answered = data.get("answered")
        sheet = data.get("my_answer") or {"answers": ()}
        return cls(
            str(data["ballot_id"]), str(data["title"]), str(data["state"]),
            parse_time(data["deadline"]),
            tuple(BallotQuestion(str(q["question_id"]), str(q["text"]))
                  for q in data["questions"]),
            tuple(BallotAnswer(str(a["question_id"]), str(a["kind"]), str(a.get("text", "")))
                  for a in sheet["answers"]),
            None if answered is None else tuple(int(u) for u in answered),
            None if data.get("not_answered") is None
            else tuple(int(u) for u in data["not_answered"]),
            "my_answer" in data,
        )


@dataclass(frozen=True)
class BallotDraft:
    """A new opinion ballot as the secretary writes it."""

    title: str
    questions: tuple[str, ...]
    recipient_ids: tuple[int, ...]
    deadline: datetime
    document_ids: tuple[str, ...] = ()
    """The draft documents the members are asked about."""


@dataclass(frozen=True)
class MinutesRecord:
    """Where the signed minutes and the conclusion notice stand."""

    versions: int
    signed_roles: tuple[str, ...]
    final: bool
    notice_document_id: int | None

    @classmethod
    def from_json(cls, data: Json) -> MinutesRecord:
        """Read the records view."""
        return cls(len(data["versions"]), tuple(str(r) for r in data["signed_roles"]),
                   bool(data["final"]), data.get("notice_document_id"))
