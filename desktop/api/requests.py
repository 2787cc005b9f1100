"""What the client sends for the document workflow (frozen dataclasses → JSON bodies)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional values; dates as ISO text."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is None or value == "":
            continue
        out[key] = value.isoformat() if isinstance(value, date) else value
    return out


@dataclass(frozen=True)
class FileUpload:
    """A file to send: its name, bytes and media type."""

    filename: str
    data: bytes
    media_type: str = "application/pdf"

    @classmethod
    def from_path(cls, path: Path, media_type: str | None = None) -> FileUpload:
        """Read a file from disk (call off the GUI thread)."""
        kind = media_type or ("application/pdf" if path.suffix.lower() == ".pdf"
                              else "application/octet-stream")
        return cls(path.name, path.read_bytes(), kind)

    def sha256(self) -> str:
        """The hex SHA-256 of the bytes."""
        return hashlib.sha256(self.data).hexdigest()

    def as_httpx(self) -> tuple[str, bytes, str]:
        """The ``files=`` tuple of httpx."""
        return (self.filename, self.data, self.media_type)


@dataclass(frozen=True)
class IncomingFields:
    """Registration data of a received document, as printed on it (IncomingIn)."""

    type_code: str
    subject: str
    issuing_organ_name: str
    issuing_organ_id: str | None = None
    number: int | None = None
    notation: str | None = None
    issue_date: date | None = None
    summary: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    urgency: str = "normal"
    confidentiality: str = "normal"
    due_date: date | None = None

    def to_json(self) -> str:
        """The ``metadata`` form field."""
        return json.dumps(_clean(self.__dict__), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> IncomingFields:
        """Read back what ``to_json`` wrote (a journal repeating a request)."""
        values = json.loads(text)
        for key in ("issue_date", "due_date"):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        return cls(**values)


@dataclass(frozen=True)
class RecipientSpec:
    """One line of "Nơi nhận": a unit, a person or an external organ."""

    unit_id: int | None = None
    user_id: int | None = None
    organ_id: str | None = None
    organ_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape."""
        return _clean(self.__dict__)


@dataclass(frozen=True)
class DraftFields:
    """What the drafter says about the document to be issued (DraftIn)."""

    type_code: str
    subject: str
    direction: str = "outgoing"
    summary: str | None = None
    urgency: str = "normal"
    confidentiality: str = "normal"
    is_normative: bool = False
    due_date: date | None = None
    signer_authority: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    recipients: tuple[RecipientSpec, ...] = ()
    reply_to_id: int | None = None
    replaces_id: int | None = None
    business: str = "new"

    def to_json(self) -> str:
        """The ``metadata`` form field."""
        values = {k: v for k, v in self.__dict__.items() if k != "recipients"}
        body = _clean(values)
        body["recipients"] = [r.to_dict() for r in self.recipients]
        return json.dumps(body, ensure_ascii=False)


@dataclass(frozen=True)
class Handler:
    """A unit or a person who handles a document (exactly one of the two)."""

    unit_id: int | None = None
    user_id: int | None = None

    def to_dict(self) -> dict[str, int]:
        """The JSON shape."""
        return _clean(self.__dict__)


@dataclass(frozen=True)
class DirectionOrder:
    """The leader's direction: text, lead handler, support and information, deadline."""

    text: str
    lead: Handler
    support: tuple[Handler, ...] = ()
    info: tuple[Handler, ...] = ()
    deadline: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON body."""
        body: dict[str, Any] = {"text": self.text, "lead": self.lead.to_dict(),
                                "support": [h.to_dict() for h in self.support],
                                "info": [h.to_dict() for h in self.info]}
        if self.deadline is not None:
            body["deadline"] = self.deadline.isoformat()
        return body


@dataclass(frozen=True)
class DocumentQuery:
    """Search words, filters, sort and page of the document list."""

    q: str | None = None
    direction: str | None = None
    states: tuple[str, ...] = ()
    type_code: str | None = None
    urgency: str | None = None
    confidentiality: str | None = None
    created_from: date | None = None
    created_to: date | None = None
    unit_id: int | None = None
    assignee_id: int | None = None
    overdue: bool = False
    sort: str = "newest"
    limit: int = 50
    offset: int = 0

    def params(self) -> list[tuple[str, str]]:
        """The query string (``state`` may repeat)."""
        single = _clean({k: v for k, v in self.__dict__.items()
                         if k not in ("states", "overdue")})
        pairs = [(k, str(v)) for k, v in single.items()]
        pairs += [("state", s) for s in self.states]
        if self.overdue:
            pairs.append(("overdue", "true"))
        return pairs

    def next_page(self) -> DocumentQuery:
        """The same query, one page further."""
        return replace(self, offset=self.offset + self.limit)
