"""Documents as the server returns them (frozen dataclasses, no raw dicts past ``desktop/api``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.api.models import parse_time

FINISHED_STATES = frozenset({"completed", "issued", "revoked", "replaced"})
"""States in which a document waits for no one (no due date applies)."""


def _opt(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return None if value is None else str(value)


def _opt_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    return None if value is None else int(value)


def _opt_date(data: dict[str, Any], key: str) -> date | None:
    value = data.get(key)
    return None if value is None else date.fromisoformat(str(value))


def _opt_time(data: dict[str, Any], key: str) -> datetime | None:
    value = data.get(key)
    return None if value is None else parse_time(value)


@dataclass(frozen=True)
class DocumentType:
    """A document type (tên loại): Quyết định, Công văn, Tờ trình…"""

    code: str
    name: str
    abbreviation: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentType:
        """Read the API shape."""
        return cls(str(data["code"]), str(data["name"]), _opt(data, "abbreviation"))


@dataclass(frozen=True)
class DocumentSummary:
    """A document's registration data and state (one row of a list)."""

    id: int
    direction: str
    state: str
    type_code: str
    subject: str
    urgency: str
    confidentiality: str
    created_by: int
    created_at: datetime
    updated_at: datetime
    is_normative: bool = False
    summary: str | None = None
    number: int | None = None
    notation: str | None = None
    arrival_number: int | None = None
    arrival_date: datetime | None = None
    issue_date: date | None = None
    issuing_organ_id: str | None = None
    issuing_organ_name: str | None = None
    signer_authority: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    due_date: date | None = None
    page_count: int | None = None
    drafting_unit_id: int | None = None
    presented_to: int | None = None
    direction_text: str | None = None
    reply_to_id: int | None = None
    replaces_id: int | None = None
    business_type: int = 0
    text_status: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentSummary:
        """Read the API shape."""
        return cls(
            id=int(data["id"]), direction=str(data["direction"]), state=str(data["state"]),
            type_code=str(data["type_code"]), subject=str(data["subject"]),
            urgency=str(data["urgency"]), confidentiality=str(data["confidentiality"]),
            created_by=int(data["created_by"]), created_at=parse_time(data["created_at"]),
            updated_at=parse_time(data["updated_at"]),
            is_normative=bool(data.get("is_normative", False)),
            summary=_opt(data, "summary"), number=_opt_int(data, "number"),
            notation=_opt(data, "notation"), arrival_number=_opt_int(data, "arrival_number"),
            arrival_date=_opt_time(data, "arrival_date"),
            issue_date=_opt_date(data, "issue_date"),
            issuing_organ_id=_opt(data, "issuing_organ_id"),
            issuing_organ_name=_opt(data, "issuing_organ_name"),
            signer_authority=_opt(data, "signer_authority"),
            signer_position=_opt(data, "signer_position"),
            signer_name=_opt(data, "signer_name"), due_date=_opt_date(data, "due_date"),
            page_count=_opt_int(data, "page_count"),
            drafting_unit_id=_opt_int(data, "drafting_unit_id"),
            presented_to=_opt_int(data, "presented_to"),
            direction_text=_opt(data, "direction_text"),
            reply_to_id=_opt_int(data, "reply_to_id"), replaces_id=_opt_int(data, "replaces_id"),
            business_type=int(data.get("business_type") or 0),
            text_status=str(data.get("text_status") or ""),
        )

    @property
    def number_notation(self) -> str:
        """``12/QĐ-VPCP`` as printed ('' before issuance)."""
        if self.number is not None and self.notation:
            return f"{self.number}/{self.notation}"
        if self.number is not None:
            return str(self.number)
        return self.notation or ""

    @property
    def is_finished(self) -> bool:
        """Completed, issued, revoked or replaced."""
        return self.state in FINISHED_STATES

    def is_overdue(self, today: date) -> bool:
        """Past its due date and not finished."""
        return self.due_date is not None and self.due_date < today and not self.is_finished


@dataclass(frozen=True)
class Version:
    """A stored main-file version."""

    id: int
    version_no: int
    file_sha256: str
    filename: str
    reason: str
    signed: bool
    created_by: int
    created_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Version:
        """Read the API shape."""
        return cls(int(data["id"]), int(data["version_no"]), str(data["file_sha256"]),
                   str(data["filename"]), str(data["reason"]), bool(data["signed"]),
                   int(data["created_by"]), parse_time(data["created_at"]))


@dataclass(frozen=True)
class Attachment:
    """A further file of a document."""

    id: int
    file_sha256: str
    filename: str
    media_type: str
    text_status: str
    added_by: int
    added_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Attachment:
        """Read the API shape."""
        return cls(int(data["id"]), str(data["file_sha256"]), str(data["filename"]),
                   str(data["media_type"]), str(data.get("text_status") or ""),
                   int(data["added_by"]), parse_time(data["added_at"]))


@dataclass(frozen=True)
class Recipient:
    """One line of "Nơi nhận" and its delivery status."""

    id: int
    unit_id: int | None
    user_id: int | None
    organ_id: str | None
    organ_name: str | None
    delivery_status: str
    status_at: datetime | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Recipient:
        """Read the API shape."""
        return cls(int(data["id"]), _opt_int(data, "unit_id"), _opt_int(data, "user_id"),
                   _opt(data, "organ_id"), _opt(data, "organ_name"),
                   str(data["delivery_status"]), _opt_time(data, "status_at"))


@dataclass(frozen=True)
class Assignment:
    """Who handles the document (lead, support, info) and by when."""

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
    due_status: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Assignment:
        """Read the API shape."""
        return cls(int(data["id"]), _opt_int(data, "parent_id"), str(data["role"]),
                   _opt_int(data, "unit_id"), _opt_int(data, "user_id"),
                   _opt_date(data, "deadline"), _opt(data, "note"), int(data["assigned_by"]),
                   parse_time(data["assigned_at"]), _opt_time(data, "done_at"),
                   str(data.get("due_status") or "none"))


@dataclass(frozen=True)
class Comment:
    """A comment on a document or one of its versions."""

    id: int
    version_id: int | None
    author_id: int
    body: str
    created_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Comment:
        """Read the API shape."""
        return cls(int(data["id"]), _opt_int(data, "version_id"), int(data["author_id"]),
                   str(data["body"]), parse_time(data["created_at"]))


@dataclass(frozen=True)
class HistoryEntry:
    """One step of a document's timeline."""

    at: datetime
    actor_id: int
    action: str
    from_state: str | None
    to_state: str | None
    note: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HistoryEntry:
        """Read the API shape."""
        return cls(parse_time(data["at"]), int(data["actor_id"]), str(data["action"]),
                   _opt(data, "from_state"), _opt(data, "to_state"), _opt(data, "note"))


@dataclass(frozen=True)
class DocumentDetail:
    """A document with its files, recipients, assignments and comments."""

    document: DocumentSummary
    versions: tuple[Version, ...]
    attachments: tuple[Attachment, ...]
    recipients: tuple[Recipient, ...]
    assignments: tuple[Assignment, ...]
    comments: tuple[Comment, ...]
    due_status: str
    returnable: bool = False
    """The server says a clerk may return it to its sender over the axis (status 02)."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentDetail:
        """Read the API shape."""
        return cls(
            DocumentSummary.from_json(data),
            tuple(Version.from_json(v) for v in data.get("versions", ())),
            tuple(Attachment.from_json(a) for a in data.get("attachments", ())),
            tuple(Recipient.from_json(r) for r in data.get("recipients", ())),
            tuple(Assignment.from_json(a) for a in data.get("assignments", ())),
            tuple(Comment.from_json(c) for c in data.get("comments", ())),
            str(data.get("due_status") or "none"),
            bool(data.get("returnable", False)),
        )

    @property
    def latest_version(self) -> Version | None:
        """The newest version (the one under review or signature)."""
        return max(self.versions, key=lambda v: v.version_no, default=None)


@dataclass(frozen=True)
class DocumentPage:
    """One page of a document list."""

    items: tuple[DocumentSummary, ...]
    has_more: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentPage:
        """Read the API shape."""
        return cls(tuple(DocumentSummary.from_json(d) for d in data["items"]),
                   bool(data["has_more"]))


MY_WORK_LISTS = ("to_register", "to_direct", "to_process", "to_review", "to_sign", "to_issue",
                 "overdue", "my_drafts")
"""The lists of "my work", in the order the interface shows them."""


@dataclass(frozen=True)
class MyWork:
    """What waits for the signed-in person, by kind of step (only the lists of their roles)."""

    lists: dict[str, tuple[DocumentSummary, ...]]
    counts: dict[str, int]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MyWork:
        """Read the API shape."""
        lists = {str(k): tuple(DocumentSummary.from_json(d) for d in v)
                 for k, v in data["lists"].items()}
        counts = {str(k): int(v) for k, v in data.get("counts", {}).items()}
        return cls(lists, counts)

    def list_names(self) -> list[str]:
        """The lists present, in display order."""
        known = [k for k in MY_WORK_LISTS if k in self.lists]
        return known + sorted(k for k in self.lists if k not in MY_WORK_LISTS)


@dataclass(frozen=True)
class Registered:
    """A registered document and the documents it may duplicate."""

    document: DocumentSummary
    duplicate_ids: tuple[int, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Registered:
        """Read the API shape."""
        return cls(DocumentSummary.from_json(data["document"]),
                   tuple(int(i) for i in data.get("duplicate_ids", ())))


@dataclass(frozen=True)
class RegisterInfo:
    """A register of a year and the last number it gave."""

    id: int
    direction: str
    year: int
    series: str
    last_number: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RegisterInfo:
        """Read the API shape."""
        return cls(int(data["id"]), str(data["direction"]), int(data["year"]),
                   str(data["series"]), int(data["last_number"]))


@dataclass(frozen=True)
class UnitStatistics:
    """Processing statistics of one unit in a year."""

    unit_id: int
    unit_code: str
    unit_name: str
    received: int
    done_on_time: int
    done_late: int
    open_on_track: int
    overdue: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UnitStatistics:
        """Read the API shape."""
        return cls(int(data["unit_id"]), str(data["unit_code"]), str(data["unit_name"]),
                   *(int(data[k]) for k in ("received", "done_on_time", "done_late",
                                            "open_on_track", "overdue")))


@dataclass(frozen=True)
class Holiday:
    """A non-working day."""

    day: date
    name: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Holiday:
        """Read the API shape."""
        return cls(date.fromisoformat(str(data["day"])), str(data["name"]))
