"""API shapes of documents and their workflow steps."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from server.documents.vocabulary import Confidentiality, Direction, Urgency

OrganId = Annotated[str, Field(pattern=r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class IncomingIn(_In):
    """Registration data of a received document, as printed on it."""

    type_code: str = Field(min_length=1, max_length=32)
    subject: str = Field(min_length=1, max_length=500)
    issuing_organ_name: str = Field(min_length=1, max_length=200)
    issuing_organ_id: OrganId | None = None
    number: int | None = Field(default=None, ge=1, le=99_999_999)
    notation: str | None = Field(default=None, max_length=30)
    issue_date: date | None = None
    summary: str | None = Field(default=None, max_length=5000)
    signer_position: str | None = Field(default=None, max_length=100)
    signer_name: str | None = Field(default=None, max_length=50)
    urgency: Urgency = Urgency.NORMAL
    confidentiality: Confidentiality = Confidentiality.NORMAL
    due_date: date | None = None


class RecipientIn(_In):
    """A unit, a person or an external organ."""

    unit_id: int | None = None
    user_id: int | None = None
    organ_id: OrganId | None = None
    organ_name: str | None = Field(default=None, max_length=200)


class DraftIn(_In):
    """What the drafter says about the document to be issued."""

    type_code: str = Field(min_length=1, max_length=32)
    subject: str = Field(min_length=1, max_length=500)
    direction: Direction = Direction.OUTGOING
    summary: str | None = Field(default=None, max_length=5000)
    urgency: Urgency = Urgency.NORMAL
    confidentiality: Confidentiality = Confidentiality.NORMAL
    is_normative: bool = False
    due_date: date | None = None
    signer_authority: str | None = Field(default=None, pattern=r"^(TM\.|KT\.|TL\.|TUQ\.|Q\.)$")
    signer_position: str | None = Field(default=None, max_length=100)
    signer_name: str | None = Field(default=None, max_length=50)
    recipients: list[RecipientIn] = Field(default_factory=list, max_length=500)
    reply_to_id: int | None = None
    replaces_id: int | None = None
    business: str = Field(default="new", pattern=r"^(new|update|replace)$")


class HandlerIn(_In):
    """A unit or a person."""

    unit_id: int | None = None
    user_id: int | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> HandlerIn:
        if (self.unit_id is None) == (self.user_id is None):
            raise ValueError("name either unit_id or user_id")
        return self


class DirectIn(_In):
    """The leader's direction."""

    text: str = Field(min_length=1, max_length=5000)
    lead: HandlerIn
    support: list[HandlerIn] = Field(default_factory=list, max_length=100)
    info: list[HandlerIn] = Field(default_factory=list, max_length=200)
    deadline: date | None = None


class PresentIn(_In):
    """The leader to present to or submit to."""

    leader_id: int


class AssignIn(_In):
    """An officer of the lead unit and the internal deadline."""

    officer_id: int
    deadline: date | None = None
    note: str | None = Field(default=None, max_length=2000)


class NoteIn(_In):
    """An optional note."""

    note: str | None = Field(default=None, max_length=2000)


class CommentIn(_In):
    """A comment, on the document or one version."""

    body: str = Field(min_length=1, max_length=10_000)
    version_id: int | None = None


class ReasonIn(_In):
    """Why (a return, a revocation)."""

    reason: str = Field(min_length=1, max_length=2000)


class DocumentOut(BaseModel):
    """A document's registration data and state."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    direction: str
    state: str
    type_code: str
    is_normative: bool
    subject: str
    summary: str | None
    number: int | None
    notation: str | None
    arrival_number: int | None
    arrival_date: datetime | None
    issue_date: date | None
    issuing_organ_id: str | None
    issuing_organ_name: str | None
    signer_authority: str | None
    signer_position: str | None
    signer_name: str | None
    urgency: str
    confidentiality: str
    due_date: date | None
    page_count: int | None
    drafting_unit_id: int | None
    presented_to: int | None
    direction_text: str | None
    reply_to_id: int | None
    replaces_id: int | None
    business_type: int
    text_status: str
    created_by: int
    created_at: datetime
    updated_at: datetime


class VersionOut(BaseModel):
    """A stored main-file version."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    version_no: int
    file_sha256: str
    filename: str
    reason: str
    signed: bool
    created_by: int
    created_at: datetime


class AttachmentOut(BaseModel):
    """A further file."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    file_sha256: str
    filename: str
    media_type: str
    text_status: str
    added_by: int
    added_at: datetime


class RecipientOut(BaseModel):
    """A recipient and its delivery status."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_id: int | None
    user_id: int | None
    organ_id: str | None
    organ_name: str | None
    delivery_status: str
    status_at: datetime | None
    axis_status_code: str | None = None
    """An external recipient's latest axis status code (01–06, 02 rejected, 15/16)."""
    axis_status_label: str | None = None
    """Its Vietnamese label."""
    axis_status_note: str | None = None
    """The description sent with it (a rejection's reason)."""


class AssignmentOut(BaseModel):
    """Who handles the document."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    parent_id: int | None
    role: str
    unit_id: int | None
    user_id: int | None
    deadline: date | None
    note: str | None
    assigned_by: int
    assigned_at: datetime
    done_at: datetime | None
    due_status: str = "none"


class CommentOut(BaseModel):
    """A comment."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    version_id: int | None
    author_id: int
    body: str
    created_at: datetime


class HistoryOut(BaseModel):
    """One step of the timeline."""

    model_config = ConfigDict(from_attributes=True)
    at: datetime
    actor_id: int
    action: str
    from_state: str | None
    to_state: str | None
    note: str | None


class DocumentDetail(DocumentOut):
    """A document with its files, recipients, assignments and comments."""

    versions: list[VersionOut]
    attachments: list[AttachmentOut]
    recipients: list[RecipientOut]
    assignments: list[AssignmentOut]
    comments: list[CommentOut]
    due_status: str
    returnable: bool = False
    """It came over the national axis and is not registered yet: a clerk may return it to its
    sender (status 02). The server's own rule, so that clients offer only what it accepts."""


class RegisteredOut(BaseModel):
    """A registered document and the duplicates it may be."""

    document: DocumentOut
    duplicate_ids: list[int]


class PageOut(BaseModel):
    """One page of documents."""

    items: list[DocumentOut]
    has_more: bool


class MyWorkOut(BaseModel):
    """What waits for the caller, by kind of step."""

    lists: dict[str, list[DocumentOut]]
    counts: dict[str, int]


class DocumentTypeOut(BaseModel):
    """A document type."""

    code: str
    name: str
    abbreviation: str | None


class WeekLoadOut(BaseModel):
    """One ISO week of the unit's workload."""

    week_start: date
    iso_year: int
    iso_week: int
    received: int
    completed: int
    overdue: int


class MeetingTodayOut(BaseModel):
    """A meeting of the caller's scheduled today."""

    meeting_id: str
    title: str
    state: str
    scheduled_at: datetime


class DashboardOut(BaseModel):
    """My work counted (capped), my meetings today, the unit's weekly workload."""

    counts: dict[str, int]
    capped: list[str]
    count_cap: int
    meetings_today: list[MeetingTodayOut]
    unit_id: int | None
    weeks: list[WeekLoadOut]
