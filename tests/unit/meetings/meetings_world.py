"""In-memory fakes of the meetings ports and a small world to run commands in.

Named ``meetings_world`` rather than ``fakes``: test folders have no ``__init__.py``, so this is
imported as a top-level module and a generic name would clash with other suites' helpers.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import inspect
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from meetings import services
from meetings.commands import (
    AddAgendaItem,
    CheckIn,
    CreateMeeting,
    InviteParticipant,
    PublishMeeting,
    StartSession,
)
from meetings.errors import DuplicateId, MeetingNotFound, OpinionBallotNotFound
from meetings.events import Event
from meetings.ids import DocumentId, ItemId, MeetingId, NoteId, OpinionBallotId, UserId
from meetings.model import (
    Meeting,
    MeetingKind,
    MeetingRules,
    OpinionBallot,
    ParticipantSpec,
    PrivateNote,
    Role,
)
from meetings.permissions import Actor, OfficeRole
from meetings.ports import DocumentInfo

T0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
M = MeetingId("M1")
PM, SEC, M1, M2, M3, M4 = (UserId(u) for u in ("pm", "sec", "m1", "m2", "m3", "m4"))
SUB, GUEST, OUTSIDER, OFFICE = UserId("sub2"), UserId("guest"), UserId("outsider"), UserId("office")
I1, I2, I3 = ItemId("i1"), ItemId("i2"), ItemId("i3")
SEATS = (PM, M1, M2, M3, M4)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)


class HmacKeys:
    """Per-user HMAC keys: a Signer per user and one SignatureVerifier (unit tests only)."""

    def __init__(self) -> None:
        self._keys: dict[UserId, bytes] = {}

    def key(self, user: UserId) -> bytes:
        return self._keys.setdefault(user, hashlib.sha256(b"key:" + user.encode()).digest())

    def signer(self, user: UserId) -> HmacSigner:
        return HmacSigner(self.key(user))

    def verify(self, payload: bytes, signature: bytes, *, signer: UserId) -> bool:
        expected = hmac.new(self.key(signer), payload, hashlib.sha256).digest()
        return hmac.compare_digest(expected, signature)


class HmacSigner:
    """Signer port fake."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()


class FakeDocumentStore:
    """Knows a fixed set of documents."""

    def __init__(self, titles: dict[str, str]) -> None:
        self.titles = titles

    def describe(self, document_id: DocumentId) -> DocumentInfo | None:
        title = self.titles.get(document_id)
        return None if title is None else DocumentInfo(document_id, title)


class _Repo:
    """Committed state as deep copies, so an uncommitted change never leaks (like a database)."""

    def __init__(self, uow: FakeUnitOfWork, missing: type[Exception]) -> None:
        self.committed: dict[str, Any] = {}
        self.staged: dict[str, Any] = {}
        self._uow, self._missing = uow, missing

    def _key(self, obj: Any) -> str:
        return str(getattr(obj, "meeting_id", None) or getattr(obj, "ballot_id", None))

    def get(self, key: str) -> Any:
        if key not in self.committed:
            raise self._missing(key)
        return copy.deepcopy(self.committed[key])

    def add(self, obj: Any) -> None:
        if self._key(obj) in self.committed:
            raise DuplicateId(self._key(obj))
        self.staged[self._key(obj)] = obj

    def save(self, obj: Any) -> None:
        self.staged[self._key(obj)] = obj


class FakeNotes:
    """Notes keyed by id."""

    def __init__(self) -> None:
        self.committed: dict[NoteId, PrivateNote] = {}
        self.staged: dict[NoteId, PrivateNote] = {}

    def get(self, note_id: NoteId) -> PrivateNote | None:
        return self.staged.get(note_id) or self.committed.get(note_id)

    def save(self, note: PrivateNote) -> None:
        self.staged[note.note_id] = note

    def for_author(self, meeting_id: MeetingId, author: UserId) -> Sequence[PrivateNote]:
        return [
            n for n in self.committed.values() if n.meeting_id == meeting_id and n.author == author
        ]


class FakeUnitOfWork:
    """Stages writes and applies them on commit; records a deep copy of every commit."""

    def __init__(self) -> None:
        self.meetings = _Repo(self, MeetingNotFound)
        self.ballots = _Repo(self, OpinionBallotNotFound)
        self.notes = FakeNotes()
        self.commits = 0
        self.snapshots: list[Any] = []

    def __enter__(self) -> FakeUnitOfWork:
        return self

    def __exit__(self, *exc: object) -> None:
        for repo in (self.meetings, self.ballots, self.notes):
            repo.staged.clear()

    def commit(self) -> None:
        repos: tuple[Any, ...] = (self.meetings, self.ballots, self.notes)
        for repo in repos:
            for key, obj in repo.staged.items():
                repo.committed[key] = copy.deepcopy(obj)
                self.snapshots.append(copy.deepcopy(obj))
            repo.staged.clear()
        self.commits += 1

    def meeting(self, meeting_id: MeetingId = M) -> Meeting:
        meeting: Meeting = copy.deepcopy(self.meetings.committed[meeting_id])
        return meeting

    def ballot(self, ballot_id: OpinionBallotId) -> OpinionBallot:
        ballot: OpinionBallot = copy.deepcopy(self.ballots.committed[ballot_id])
        return ballot


class World:
    """Ports wired together, plus helpers to run commands as a given user."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.uow = FakeUnitOfWork()
        self.keys = HmacKeys()
        self.documents = FakeDocumentStore({f"d{i}": f"Tờ trình số {i}" for i in range(1, 10)})
        self.events: list[Event] = []

    def actor(self, user: UserId) -> Actor:
        roles = frozenset({OfficeRole.SECRETARIAT}) if user in (SEC, OFFICE) else frozenset()
        if user == UserId("scheduler"):
            roles = frozenset({OfficeRole.SCHEDULER})
        return Actor(user, roles)

    def do(
        self, use_case: Callable[..., tuple[Event, ...]], command: Any, *, by: UserId
    ) -> tuple[Event, ...]:
        wanted = inspect.signature(use_case).parameters
        ports: dict[str, Any] = {"actor": self.actor(by), "uow": self.uow, "clock": self.clock}
        if "documents" in wanted:
            ports["documents"] = self.documents
        if "verifier" in wanted:
            ports["verifier"] = self.keys
        events = use_case(command, **ports)
        self.events.extend(events)
        return events

    def meeting(self) -> Meeting:
        return self.uow.meeting(M)


def specs(rules: MeetingRules | None = None) -> CreateMeeting:
    """The CreateMeeting command of the standard meeting."""
    return CreateMeeting(
        meeting_id=M,
        title="Phiên họp Chính phủ thường kỳ tháng 11",
        kind=MeetingKind.REGULAR,
        scheduled_at=T0 + timedelta(days=1),
        location="Trụ sở Chính phủ",
        chair=ParticipantSpec(PM, "Thủ tướng", Role.CHAIR),
        secretary=ParticipantSpec(SEC, "Thư ký", Role.SECRETARY),
        rules=rules or MeetingRules(),
    )


def build_draft(world: World, rules: MeetingRules | None = None) -> None:
    """A draft meeting: 5 seats (pm, m1..m4), a substitute for m2, a guest invited to i2.

    Items: i1 open, i2 with the guest, i3 confidential.
    """
    world.do(services.create_meeting, specs(rules), by=SEC)
    items = [
        AddAgendaItem(
            meeting_id=M,
            item_id=I1,
            title="Dự thảo Nghị định A",
            presenter=M1,
            minutes_allotted=20,
            document_ids=(DocumentId("d1"),),
        ),
        AddAgendaItem(
            meeting_id=M,
            item_id=I2,
            title="Báo cáo tình hình kinh tế",
            presenter=GUEST,
            minutes_allotted=30,
            document_ids=(DocumentId("d2"),),
        ),
        AddAgendaItem(
            meeting_id=M,
            item_id=I3,
            title="Nội dung mật",
            confidential=True,
            document_ids=(DocumentId("d3"),),
        ),
    ]
    for item in items:
        world.do(services.add_agenda_item, item, by=SEC)
    people = [ParticipantSpec(u, f"Bộ trưởng {u}", Role.MEMBER) for u in (M1, M2, M3, M4)]
    people.append(ParticipantSpec(SUB, "Thứ trưởng thay m2", Role.SUBSTITUTE, substitute_for=M2))
    people.append(ParticipantSpec(GUEST, "Khách mời", Role.GUEST, invited_items=frozenset({I2})))
    for spec in people:
        world.do(
            services.invite_participant, InviteParticipant(meeting_id=M, participant=spec), by=SEC
        )


def build_session(
    world: World, rules: MeetingRules | None = None, *, present: Sequence[UserId] = SEATS
) -> None:
    """The standard meeting published, the given users checked in, the session started."""
    build_draft(world, rules)
    world.do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)
    for user in present:
        world.do(services.check_in, CheckIn(meeting_id=M, user_id=user), by=user)
    world.do(services.start_session, StartSession(meeting_id=M), by=PM)
