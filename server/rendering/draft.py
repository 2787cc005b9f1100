"""The draft format: what the desktop editor produces and the server stores (format version 1).

Every string is NFC-normalised on input; a draft that validates here renders without error with
the shipped font. Documented in docs/draft-format.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .blocks import Block
from .document_types import DocumentType, LayoutKind, document_type, notation_for
from .errors import RenderingError
from .fonts import shipped_faces
from .text import MaxChars, ShortText, VnText

__all__ = [
    "CONFIDENTIALITY_MARKS",
    "FORMAT_VERSION",
    "URGENCY_MARKS",
    "Agency",
    "Appendix",
    "Draft",
    "DraftMetadata",
    "InvalidDraft",
    "Marks",
    "Recipients",
    "Signer",
    "draft_json_schema",
    "load_draft",
]

FORMAT_VERSION = 1
"""Current format version; an incompatible change bumps it and keeps a reader for the old one."""

URGENCY_MARKS = {
    "urgent": "KHẨN",
    "very_urgent": "THƯỢNG KHẨN",
    "flash": "HỎA TỐC",
    "flash_timed": "HỎA TỐC HẸN GIỜ",
}
CONFIDENTIALITY_MARKS = {"confidential": "MẬT", "secret": "TỐI MẬT", "top_secret": "TUYỆT MẬT"}

SUBJECT_MAX = 500  # edXML Subject S500 (Phụ lục VI)


class InvalidDraft(RenderingError):
    """A draft failed validation; ``errors`` lists each problem as "location: message"."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("invalid draft:\n  " + "\n  ".join(errors))
        self.errors = errors


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Agency(_Model):
    """The issuing body and, if any, the body directly above it."""

    name: Annotated[VnText, MaxChars(200)]
    abbreviation: Annotated[str, Field(pattern=r"^[0-9A-Za-zĐđ.]{1,20}$")]
    """Used in the notation, e.g. ``VPCP`` in ``12/QĐ-VPCP``."""
    parent: Annotated[ShortText, MaxChars(200)] = ""


class Signer(_Model):
    """The competent signer: authority prefix, the line it modifies, position and full name."""

    authority: Literal["TM.", "KT.", "TL.", "TUQ.", "Q."] | None = None
    authority_of: ShortText = ""
    """What the prefix modifies: "BỘ TRƯỞNG" in "KT. BỘ TRƯỞNG", "ỦY BAN NHÂN DÂN" after "TM."."""
    position: Annotated[ShortText, MaxChars(100)] = ""
    """The signer's own position, e.g. "THỨ TRƯỞNG"; may be empty for "Q."."""
    full_name: Annotated[VnText, MaxChars(50)]
    """Name without academic titles (the decree forbids them here)."""

    @model_validator(mode="after")
    def _complete(self) -> Signer:
        if self.authority and not self.authority_of:
            raise ValueError(
                f"authority {self.authority} needs authority_of (the line it modifies)"
            )
        if not self.authority and not self.position:
            raise ValueError("position is required when there is no authority prefix")
        return self

    def lines(self) -> list[str]:
        """The upper-case lines above the signature: authority line, then position."""
        lines = [f"{self.authority} {self.authority_of}"] if self.authority else []
        return lines + ([self.position] if self.position else [])


class Marks(_Model):
    """Urgency, confidentiality and circulation instructions."""

    urgency: Literal["urgent", "very_urgent", "flash", "flash_timed"] | None = None
    confidentiality: Literal["confidential", "secret", "top_secret"] | None = None
    circulation: list[VnText] = Field(default_factory=list)
    """E.g. "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"."""


class Recipients(_Model):
    """Addressees ("Kính gửi") and the distribution list ("Nơi nhận")."""

    addressees: list[VnText] = Field(default_factory=list)
    """"Kính gửi:" lines of a công văn or tờ trình."""
    distribution: list[VnText] = Field(default_factory=list)
    """"Nơi nhận:" entries, without the leading dash or the final "Lưu" line."""
    archive_units: list[Annotated[str, Field(pattern=r"^[0-9A-Za-zĐđ.]{1,20}$")]] = Field(
        default_factory=list
    )
    """Units keeping a copy besides VT, e.g. ``["TCCV"]``."""
    drafter_initials: Annotated[str, Field(pattern=r"^[0-9A-Za-zĐđ.]{0,10}$")] = ""
    copies: int | None = Field(default=None, ge=1, le=999)
    """Number of copies issued, printed after the drafter's initials: "NVA(05)"."""


class Appendix(_Model):
    """An appendix, in the same file as the document or in a separate file."""

    label: ShortText = ""
    """E.g. "I"; printed as "Phụ lục I"."""
    title: VnText
    body: Annotated[list[Block], Field(min_length=1)]
    separate_file: bool = False
    """A separate file reserves its top-right corner for the main document's number and time."""


class DraftMetadata(_Model):
    """Everything but the body."""

    document_type: str
    """Type code (``"decision"``, ``"official_letter"``) or abbreviation (``"QĐ"``)."""
    agency: Agency
    drafting_unit: Annotated[str, Field(pattern=r"^[0-9A-Za-zĐđ.]{0,20}$")] = ""
    """Drafting unit abbreviation; a công văn's notation ends with it (``VPCP-TCCV``)."""
    notation: Annotated[ShortText, MaxChars(30)] = ""
    """Override for the notation after the number; computed from type and agency if empty."""
    place: Annotated[VnText, MaxChars(100)]
    record_date: date | None = None
    """Set for a record that no register numbers (the minutes of a meeting): the header leaves
    out "Số: …" and prints the place with this date instead of the issuance fields."""
    subject: Annotated[VnText, MaxChars(SUBJECT_MAX)]
    signer: Signer
    co_signer: Signer | None = None
    """Second signer printed on the left (the secretary of minutes, a contract's other party)."""
    recipients: Recipients = Field(default_factory=Recipients)
    marks: Marks = Field(default_factory=Marks)

    @field_validator("document_type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        try:
            return document_type(value.strip()).code
        except KeyError:
            raise ValueError(f"unknown document type {value!r} (see --list-types)") from None

    @property
    def type(self) -> DocumentType:
        """The resolved document type."""
        return document_type(self.document_type)

    @property
    def full_notation(self) -> str:
        """Notation printed after "Số: <number>/"."""
        return self.notation or notation_for(
            self.type, self.agency.abbreviation, self.drafting_unit
        )


class Draft(_Model):
    """A complete draft: format version, metadata, body blocks and appendices."""

    format_version: Literal[1] = 1
    metadata: DraftMetadata
    body: Annotated[list[Block], Field(min_length=1)]
    appendices: list[Appendix] = Field(default_factory=list)

    @model_validator(mode="after")
    def _components_present(self) -> Draft:
        meta = self.metadata
        exempt = meta.type.layout is LayoutKind.MINUTES or not meta.type.in_decree
        if not exempt and not meta.recipients.distribution:
            raise ValueError('recipients.distribution ("Nơi nhận") is required for this type')
        if meta.type.layout is LayoutKind.OFFICIAL_LETTER and not meta.recipients.addressees:
            raise ValueError('a công văn needs recipients.addressees ("Kính gửi")')
        return self

    @model_validator(mode="after")
    def _font_has_glyphs(self) -> Draft:
        lacking = shipped_faces().missing("".join(iter_strings(self)))
        if lacking:
            shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in lacking)
            raise ValueError(f"characters the font cannot print: {shown}")
        return self


def draft_json_schema() -> dict[str, object]:
    """Return the JSON Schema (draft 2020-12) of :class:`Draft` for the desktop editor.

    Also printed by ``python -m server.rendering.schema``.
    """
    schema = Draft.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://phigiay.invalid/schemas/draft-v1.json"
    return schema


def iter_strings(model: BaseModel) -> Iterator[str]:
    """Yield every string value inside a model (for glyph checks)."""
    yield from _walk(model.model_dump())


def _walk(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _walk(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _walk(v)


def load_draft(data: str | bytes | dict[str, object]) -> Draft:
    """Parse and validate a draft from JSON text or a decoded dict.

    Raises:
        InvalidDraft: malformed JSON or any validation failure, with one line per problem.
    """
    try:
        raw = json.loads(data) if isinstance(data, str | bytes) else data
    except json.JSONDecodeError as e:
        raise InvalidDraft([f"not JSON: {e}"]) from e
    try:
        return Draft.model_validate(raw)
    except ValidationError as e:
        raise InvalidDraft([_describe(err) for err in e.errors()]) from e


def _describe(err: object) -> str:
    assert isinstance(err, dict)
    where = ".".join(str(p) for p in err.get("loc", ())) or "draft"
    return f"{where}: {err.get('msg', 'invalid')}"
