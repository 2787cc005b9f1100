"""Agenda items, their documents, positions stated beforehand and decisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from meetings.errors import DocumentNotFound, IllegalTransition
from meetings.ids import DocumentId, ItemId, UserId, VoteId


class PositionKind(StrEnum):
    """A member's position on an item before the meeting."""

    NO_OBJECTION = "no_objection"
    OBJECTION = "objection"
    WISH_TO_SPEAK = "wish_to_speak"


@dataclass(frozen=True)
class Position:
    """A position stated for a seat on an item."""

    seat: UserId
    """The seat the position counts for."""
    stated_by: UserId
    """The member or substitute who stated it."""
    kind: PositionKind
    reason: str
    """Required for an objection; free text otherwise."""
    at: datetime


@dataclass(frozen=True)
class DocumentRef:
    """A document attached to an item (the bytes live in the document store)."""

    document_id: DocumentId
    title: str
    attached_at: datetime


@dataclass(frozen=True)
class DocumentReplacement:
    """History of a late document replaced on an item."""

    old_document_id: DocumentId
    new_document_id: DocumentId
    reason: str
    by: UserId
    at: datetime


class DecisionBasis(StrEnum):
    """How an item was decided."""

    CONSENT = "consent"
    VOTE = "vote"
    CHAIR = "chair"


@dataclass(frozen=True)
class Decision:
    """The conclusion on an item, as it will appear in the minutes and the notice."""

    item_id: ItemId
    text: str
    basis: DecisionBasis
    at: datetime
    vote_id: VoteId | None = None


@dataclass
class AgendaItem:
    """One item of the agenda (an entity inside the Meeting aggregate)."""

    item_id: ItemId
    title: str
    presenter: UserId | None = None
    minutes_allotted: int = 0
    confidential: bool = False
    consent_eligible: bool = True
    speaker_time_limit: timedelta | None = None
    documents: list[DocumentRef] = field(default_factory=list)
    replacements: list[DocumentReplacement] = field(default_factory=list)
    positions: dict[UserId, Position] = field(default_factory=dict)
    pulled_from_consent: bool = False
    decision: Decision | None = None

    @property
    def document_ids(self) -> tuple[DocumentId, ...]:
        """Ids of the current documents, in order."""
        return tuple(doc.document_id for doc in self.documents)

    def attach(self, doc: DocumentRef) -> None:
        """Attach a document unless it is already there."""
        if doc.document_id in self.document_ids:
            raise IllegalTransition(f"document {doc.document_id} is already on the item")
        self.documents.append(doc)

    def replace(self, old: DocumentId, new: DocumentRef, *, reason: str, by: UserId) -> None:
        """Swap a document for a newer one, keeping the replacement in the item's history."""
        index = self.document_ids.index(old) if old in self.document_ids else -1
        if index < 0:
            raise DocumentNotFound(f"document {old} is not on item {self.item_id}")
        if new.document_id in self.document_ids:
            raise IllegalTransition(f"document {new.document_id} is already on the item")
        self.documents[index] = new
        self.replacements.append(
            DocumentReplacement(old, new.document_id, reason=reason, by=by, at=new.attached_at)
        )

    @property
    def opposed(self) -> bool:
        """Whether any seat objected or wants to speak, which keeps it out of the consent block."""
        return any(p.kind is not PositionKind.NO_OBJECTION for p in self.positions.values())

    @property
    def in_consent_block(self) -> bool:
        """Whether the item would pass in the consent block right now."""
        return (
            self.consent_eligible
            and not self.pulled_from_consent
            and not self.opposed
            and self.decision is None
        )
