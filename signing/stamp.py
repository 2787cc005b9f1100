"""The official visible appearances of Decree 30/2020/NĐ-CP, Phụ lục I.

Three layouts, one per situation in the decree:

* :class:`SignatureBlock` — a person's signature: the position (and signing authority line, e.g.
  ``KT. BỘ TRƯỞNG``) on top, the blue handwritten-signature image in the middle, the full name
  below, all centred.
* :class:`SealBlock` — the agency seal signature: the red seal image at real size, with the
  agency name and the signing time (ISO 8601, +07:00) in Times New Roman 10 pt, upright, black.
  Its field is placed over the left third of the leader's signature (see :func:`seal_box`).
* :class:`AppendixStamp` — an appendix in a separate file: no image, only the number/notation
  and signing time, top right of the first page, Times New Roman 10 pt.

Liberation Serif (metric-compatible with Times New Roman) renders the text so that Vietnamese
diacritics come out the same on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

__all__ = [
    "VN_TZ",
    "AppendixStamp",
    "Box",
    "SealBlock",
    "SignatureBlock",
    "StampLayout",
    "appendix_stamp_box",
    "format_signing_time",
    "seal_box",
]

VN_TZ = timezone(timedelta(hours=7), "ICT")
"""Vietnam time (UTC+07:00, no daylight saving)."""

Box = tuple[float, float, float, float]
"""A rectangle on a page in PDF points: ``(x1, y1, x2, y2)``, origin bottom left."""


@dataclass(frozen=True)
class SignatureBlock:
    """A person's signature (leader, or anyone signing in their own name)."""

    position: str
    """Position line(s), upper case; several lines separated by ``\\n`` (``KT. BỘ TRƯỞNG\\nTHỨ
    TRƯỞNG``)."""

    signer_name: str
    """Full name as printed under the signature (``Nguyễn Văn An``)."""

    signature_image: bytes | None = None
    """The person's handwritten signature: PNG, blue ink on a transparent background."""

    font_size: int = 13
    """Size of the position and name lines in points (the templates use 13–14 pt bold)."""


@dataclass(frozen=True)
class SealBlock:
    """The agency seal signature (chữ ký số của cơ quan)."""

    agency_name: str
    """Agency name printed with the seal (``Văn phòng Chính phủ``)."""

    seal_image: bytes
    """The red seal: PNG with a transparent background, drawn at the field's height."""

    font_size: int = 10
    """Text size; the decree prescribes Times New Roman 10 pt."""


@dataclass(frozen=True)
class AppendixStamp:
    """The text stamp on the first page of an appendix issued as a separate file."""

    number_notation: str
    """Number and notation of the parent document (``12/QĐ-VPCP``)."""

    font_size: int = 10
    """Text size; the decree prescribes Times New Roman 10 pt."""


StampLayout = SignatureBlock | SealBlock | AppendixStamp
"""Any of the official appearances."""


def format_signing_time(moment: datetime) -> str:
    """Render a signing time as the decree wants it: ISO 8601 in Vietnam time, to the second.

    >>> format_signing_time(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    '2026-01-02T10:04:05+07:00'
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VN_TZ).replace(microsecond=0).isoformat()


def seal_box(signature_box: Box, *, seal_size: float = 113.0, overlap: float = 1 / 3) -> Box:
    """Place the seal field over the left ``overlap`` of a signature field, as art. 33.1b asks.

    Args:
        signature_box: the leader's signature field rectangle.
        seal_size: seal diameter in points (113 pt ≈ 40 mm, a common agency seal size).
        overlap: fraction of the signature width the seal covers, measured from its left edge.

    Returns:
        The seal field rectangle, vertically centred on the signature field, with room below the
        seal for the agency name and time.
    """
    x1, y1, x2, y2 = signature_box
    seal_right = x1 + (x2 - x1) * overlap
    centre_y = (y1 + y2) / 2
    # the field is wider than the seal so that the ISO 8601 time (about 125 pt at 10 pt) fits
    width = max(seal_size, 135.0)
    left = seal_right - seal_size / 2 - width / 2
    text_room = 26.0
    return (left, centre_y - seal_size / 2 - text_room, left + width, centre_y + seal_size / 2)


def appendix_stamp_box(page_width: float, page_height: float, *, margin: float = 20 * 2.835) -> Box:
    """The top-right rectangle for an :class:`AppendixStamp` on a page of the given size."""
    width, height = 170.0, 30.0
    right = page_width - margin
    top = page_height - margin / 2
    return (right - width, top - height, right, top)
