"""Vietnamese text helpers: NFC normalisation, markup escaping, dates in the decree's form."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any
from xml.sax.saxutils import escape

from pydantic import AfterValidator, BeforeValidator, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

__all__ = [
    "MaxChars",
    "RunText",
    "ShortText",
    "VnText",
    "escape_markup",
    "format_issue_date",
    "nfc",
    "upper_vi",
]


def nfc(value: object) -> object:
    """Normalise a string to NFC and trim it; other values pass through for pydantic to judge.

    Editors and clipboards deliver decomposed diacritics (NFD); the fonts' cmaps, search and edXML
    all expect precomposed characters, so every stored string is NFC.
    """
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


def _not_blank(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


@dataclass(frozen=True, slots=True)
class MaxChars:
    """Length limit checked after NFC normalisation, with a plain message and JSON Schema maxLength.

    pydantic's own max_length, placed after a normalising validator, reports "items" instead of
    characters; the editor shows these messages to officers, so they must read well.
    """

    limit: int

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        def check(value: str) -> str:
            if len(value) > self.limit:
                raise ValueError(f"must be at most {self.limit} characters (got {len(value)})")
            return value

        return core_schema.no_info_after_validator_function(check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        out = handler(schema)
        out["maxLength"] = self.limit
        return out


VnText = Annotated[str, BeforeValidator(nfc), AfterValidator(_not_blank)]
"""A non-empty, trimmed, NFC-normalised string."""

ShortText = Annotated[str, BeforeValidator(nfc)]
"""A trimmed, NFC-normalised string that may be empty."""


def nfc_keep_spaces(value: object) -> object:
    """NFC without trimming: the spaces at the edges of a run separate it from the next one."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


RunText = Annotated[str, BeforeValidator(nfc_keep_spaces)]
"""An NFC-normalised string kept exactly as typed otherwise."""


def upper_vi(text: str) -> str:
    """Upper-case Vietnamese text, keeping NFC (``str.upper`` can decompose some letters)."""
    return unicodedata.normalize("NFC", text.upper())


def escape_markup(text: str) -> str:
    """Escape text for reportlab's paragraph mini-markup."""
    return escape(text)


def format_issue_date(day: date) -> str:
    """Format a date as the decree prints it: "ngày 05 tháng 02 năm 2026".

    Days below 10 and the months January and February take a leading zero; March to December do
    not (Phụ lục I, component 4).
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"
