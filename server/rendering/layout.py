"""Page geometry and type sizes, checked against the ranges of Decree 30, Phụ lục I."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from .errors import LayoutOutOfRange

__all__ = ["DECREE_RANGES", "LayoutConfig"]

DECREE_RANGES: dict[str, tuple[float, float]] = {
    "margin_top_mm": (20, 25),
    "margin_bottom_mm": (20, 25),
    "margin_left_mm": (30, 35),
    "margin_right_mm": (15, 20),
    "national_title_pt": (12, 13),
    "motto_pt": (13, 14),
    "agency_pt": (12, 13),
    "number_pt": (13, 13),
    "place_date_pt": (13, 14),
    "type_name_pt": (13, 14),
    "subject_pt": (13, 14),
    "letter_subject_pt": (12, 13),
    "body_pt": (13, 14),
    "first_line_indent_cm": (1.0, 1.27),
    "paragraph_space_pt": (6, 24),
    "line_spacing": (1.0, 1.5),
    "signer_pt": (13, 14),
    "recipients_heading_pt": (12, 12),
    "recipients_pt": (11, 11),
    "page_number_pt": (13, 14),
    "agency_rule_ratio": (1 / 3, 1 / 2),
}
"""Allowed (min, max) of each configurable value; the decree states these ranges."""


@dataclass(frozen=True, slots=True)
class LayoutConfig:
    """Geometry and type sizes of one rendering; every default lies inside the decree's range."""

    margin_top_mm: float = 20
    """Top margin; page numbers sit centred inside it from page 2 on."""
    margin_bottom_mm: float = 20
    margin_left_mm: float = 30
    margin_right_mm: float = 15
    national_title_pt: float = 12
    """"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (upper case, bold)."""
    motto_pt: float = 13
    """"Độc lập - Tự do - Hạnh phúc" (bold, rule the length of the line)."""
    agency_pt: float = 12
    """Issuing agency and its parent (upper case; the issuing agency bold)."""
    number_pt: float = 13
    place_date_pt: float = 14
    type_name_pt: float = 14
    subject_pt: float = 14
    letter_subject_pt: float = 12
    """"V/v …" of a công văn."""
    body_pt: float = 14
    first_line_indent_cm: float = 1.27
    paragraph_space_pt: float = 6
    """Space after each body paragraph (the decree asks for at least 6 pt)."""
    line_spacing: float = 1.15
    """Leading as a multiple of the type size: Word's "single" for Times is about 1.15."""
    signer_pt: float = 14
    recipients_heading_pt: float = 12
    recipients_pt: float = 11
    page_number_pt: float = 14
    mark_pt: float = 13
    """Urgency, confidentiality and circulation marks (upper case, bold)."""
    agency_rule_ratio: float = 0.4
    """Length of the rule under the agency name as a share of its longest line (1/3–1/2)."""
    signature_width_mm: float = 60
    signature_height_mm: float = 24
    """Room between the position and the name for the leader's signature image."""
    seal_size_mm: float = 36
    """Side of the square reserved for the agency's seal image."""
    font_dir: Path | None = None
    """Directory holding Times New Roman (times.ttf, timesbd.ttf, …); None uses Liberation Serif."""

    def __post_init__(self) -> None:
        for f in fields(self):
            bounds = DECREE_RANGES.get(f.name)
            value = getattr(self, f.name)
            if bounds and not bounds[0] - 1e-9 <= value <= bounds[1] + 1e-9:
                raise LayoutOutOfRange(
                    f"{f.name}={value} outside the decree's {bounds[0]:g}–{bounds[1]:g}"
                )

    @property
    def page_size(self) -> tuple[float, float]:
        """A4 portrait in points."""
        return (float(A4[0]), float(A4[1]))

    @property
    def frame_width(self) -> float:
        """Width of the text area in points."""
        return float(A4[0] - (self.margin_left_mm + self.margin_right_mm) * mm)

    @property
    def frame_height(self) -> float:
        return float(A4[1] - (self.margin_top_mm + self.margin_bottom_mm) * mm)

    def leading(self, size: float) -> float:
        """Line height for a type size."""
        return size * self.line_spacing
