"""The number and date a document will get when issued — a preview, without Qt.

Mirrors the server's rules (Decree 30 art. 15; ``server/registers``): outgoing documents are
numbered per year in one of three series — confidential, normative per type, or general — and
the next number is the register's last plus one. The server takes the number inside the
issuing transaction, so another clerk issuing first moves it on; the screen says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from desktop.api.documents import DocumentSummary, RegisterInfo

VIETNAM = timezone(timedelta(hours=7))


def today_in_vietnam(now: datetime | None = None) -> date:
    """The calendar date in Vietnam, as the server dates documents."""
    return (now or datetime.now(UTC)).astimezone(VIETNAM).date()


def series_for(document: DocumentSummary) -> str:
    """The number series of ``document``."""
    if document.confidentiality != "normal":
        return "confidential"
    if document.is_normative:
        return f"normative:{document.type_code}"
    return "general"


def issue_date_line(place: str | None, day: date) -> str:
    """The place-and-date line (days below 10 and months 1–2 take a leading zero)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    text = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {text}" if place else text


@dataclass(frozen=True)
class IssuePreview:
    """What issuing now would write into the document."""

    number: int
    """The next number of the document's register."""
    number_text: str
    """``07/VPCP-PL`` as printed (two digits at least, as the server fills it)."""
    date_line: str
    """``Hà Nội, ngày 26 tháng 11 năm 2026``."""


def preview(document: DocumentSummary, registers: list[RegisterInfo], *,
            place: str | None, today: date) -> IssuePreview:
    """The number and date ``document`` would get if issued ``today``."""
    series = series_for(document)
    last = next((r.last_number for r in registers if r.direction == "outgoing"
                 and r.year == today.year and r.series == series), 0)
    number = last + 1
    text = f"{number:02d}/{document.notation}" if document.notation else f"{number:02d}"
    return IssuePreview(number, text, issue_date_line(place, today))
