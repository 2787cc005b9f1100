"""Organ ids, DocumentIds and the date formats of edXML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from server.axis.edxml.errors import InvalidValue

NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
LEGACY_NAMESPACES = ("http://www.e-doc.vn/Schema/",)

_STRICT_ORGAN = re.compile(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}")
# Field ids are shorter (28.22.H17) or otherwise odd; accept dotted alphanumerics on receipt.
_LOOSE_ORGAN = re.compile(r"[0-9A-Za-z]{1,8}(\.[0-9A-Za-z]{1,8}){1,6}")
_DATE_FORMATS = ("%Y/%m/%d", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
_TIME_FORMATS = ("%Y/%m/%d %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                 "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%d/%m/%Y %H:%M")


def is_canonical_organ_id(value: str) -> bool:
    """Whether ``value`` has the 13-character ``NNN.NN.NN.XNN`` form."""
    return _STRICT_ORGAN.fullmatch(value) is not None


def check_organ_id(value: str, *, strict: bool = True) -> str:
    """Return ``value`` if it is an acceptable organ id, else raise :class:`InvalidValue`."""
    pattern = _STRICT_ORGAN if strict else _LOOSE_ORGAN
    if pattern.fullmatch(value) is None:
        raise InvalidValue(f"organ id {value!r} is not of the form NNN.NN.NN.XNN")
    return value


@dataclass(frozen=True)
class DocumentId:
    """The parts of a DocumentId ``<OrganId>,<yyyy/MM/dd>,<Number>/<Notation>``."""

    organ_id: str
    """Issuing agency."""
    date: date
    """Promulgation date."""
    number: str
    """Document number."""
    notation: str
    """Document notation (may be empty)."""

    def __str__(self) -> str:
        code = f"{self.number}/{self.notation}" if self.notation else self.number
        return f"{self.organ_id},{format_date(self.date)},{code}"

    @classmethod
    def parse(cls, value: str, *, strict: bool = False) -> DocumentId:
        """Split a DocumentId; raises :class:`InvalidValue` if it has not three parts."""
        parts = value.split(",", 2)
        if len(parts) != 3 or not parts[2].strip():
            raise InvalidValue(
                f"DocumentId {value!r} is not <OrganId>,<yyyy/MM/dd>,<Number>/<Notation>")
        organ_id = check_organ_id(parts[0].strip(), strict=strict)
        number, _, notation = parts[2].strip().partition("/")
        return cls(organ_id, parse_date(parts[1].strip()), number, notation)


def make_document_id(organ_id: str, issued: date, number: str, notation: str) -> str:
    """The DocumentId of a document issued by ``organ_id``."""
    return str(DocumentId(organ_id, issued, number, notation))


def format_date(value: date) -> str:
    """edXML date: ``yyyy/MM/dd``."""
    return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


def format_timestamp(value: datetime) -> str:
    """edXML timestamp: ``yyyy/MM/dd HH:mm:ss``."""
    return value.strftime("%Y/%m/%d %H:%M:%S")


def parse_date(value: str) -> date:
    """Parse ``yyyy/MM/dd`` (canonical), ``yyyy-MM-dd`` or ``dd/MM/yyyy``, time allowed."""
    text = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return parse_timestamp(text).date()
    except InvalidValue:
        raise InvalidValue(f"date {value!r} is not yyyy/MM/dd") from None


def parse_timestamp(value: str) -> datetime:
    """Parse ``yyyy/MM/dd HH:mm:ss`` or ``dd/MM/yyyy HH:mm:ss`` (and ISO), or a bare date."""
    text = value.strip()
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise InvalidValue(f"timestamp {value!r} is not yyyy/MM/dd HH:mm:ss")
