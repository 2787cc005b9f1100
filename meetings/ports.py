"""Ports: what the meetings core needs from the outside, as Protocols.

The server implements them over SQLAlchemy, the file store and ``signing/``; the tests use
in-memory fakes. Nothing here imports an adapter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from meetings.ids import DocumentId, MeetingId, NoteId, OpinionBallotId, UserId

if TYPE_CHECKING:
    from meetings.model.meeting import Meeting
    from meetings.model.notes import PrivateNote
    from meetings.model.opinion_ballots import OpinionBallot


class Clock(Protocol):
    """The current time (timezone-aware); tests control it."""

    def now(self) -> datetime:
        """Return the current time."""
        ...


class Signer(Protocol):
    """Signs bytes with one user's key (on the client: token or PKCS#12)."""

    def sign(self, payload: bytes) -> bytes:
        """Return a detached signature over ``payload``."""
        ...


class SignatureVerifier(Protocol):
    """Verifies a detached signature made by a given user (on the server, through ``signing/``)."""

    def verify(self, payload: bytes, signature: bytes, *, signer: UserId) -> bool:
        """Return whether ``signature`` is ``signer``'s valid signature over ``payload``."""
        ...


@dataclass(frozen=True)
class DocumentInfo:
    """What the core needs to know about a stored document."""

    document_id: DocumentId
    title: str


class DocumentStore(Protocol):
    """Looks up documents; the bytes themselves never pass through the core."""

    def describe(self, document_id: DocumentId) -> DocumentInfo | None:
        """Return the document's description, or None if it does not exist."""
        ...


class MeetingRepository(Protocol):
    """Loads and stores Meeting aggregates."""

    def get(self, meeting_id: MeetingId) -> Meeting:
        """Return the meeting; raise ``MeetingNotFound`` if there is none."""
        ...

    def add(self, meeting: Meeting) -> None:
        """Store a new meeting; raise ``DuplicateId`` if the id is taken."""
        ...

    def save(self, meeting: Meeting) -> None:
        """Store the changed meeting."""
        ...


class OpinionBallotRepository(Protocol):
    """Loads and stores OpinionBallot aggregates."""

    def get(self, ballot_id: OpinionBallotId) -> OpinionBallot:
        """Return the ballot; raise ``OpinionBallotNotFound`` if there is none."""
        ...

    def add(self, ballot: OpinionBallot) -> None:
        """Store a new ballot; raise ``DuplicateId`` if the id is taken."""
        ...

    def save(self, ballot: OpinionBallot) -> None:
        """Store the changed ballot."""
        ...


class NoteRepository(Protocol):
    """Private notes, always queried for one author."""

    def get(self, note_id: NoteId) -> PrivateNote | None:
        """Return the note or None."""
        ...

    def save(self, note: PrivateNote) -> None:
        """Insert or replace a note."""
        ...

    def for_author(self, meeting_id: MeetingId, author: UserId) -> Sequence[PrivateNote]:
        """Return the author's notes on a meeting."""
        ...


class UnitOfWork(Protocol):
    """One transaction; ``commit`` makes everything durable, leaving the block rolls back."""

    meetings: MeetingRepository
    ballots: OpinionBallotRepository
    notes: NoteRepository

    def __enter__(self) -> UnitOfWork:
        """Begin the transaction."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed."""
        ...

    def commit(self) -> None:
        """Commit the transaction."""
        ...
