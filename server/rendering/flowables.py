"""Custom flowables: rules, one-line texts with form-field slots, and reserved rectangles.

Each slot records where reportlab actually drew it (absolute page coordinates), so the field
rectangles handed to the signer are exactly where the page shows the gaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

__all__ = [
    "FieldKind",
    "FieldCollector",
    "FieldLine",
    "FieldPlacement",
    "Reserved",
    "Rule",
    "Slot",
]

FieldKind = Literal["text", "signature"]
Align = Literal["left", "center", "right"]


@dataclass(frozen=True, slots=True)
class FieldPlacement:
    """Where a form field sits: the signer and the clerk's filler build their appearances here."""

    name: str
    """Field name, e.g. ``IssueNumber``; unique within a document."""
    kind: FieldKind
    page_index: int
    """0-based page."""
    rect: tuple[float, float, float, float]
    """(x0, y0, x1, y1) in PDF points, origin bottom-left."""
    font_size: float = 0
    """Type size the filled text must use (text fields)."""
    italic: bool = False
    align: Align = "left"
    multiline: bool = False


@dataclass(slots=True)
class FieldCollector:
    """Collects placements while reportlab draws the story."""

    placements: list[FieldPlacement] = field(default_factory=list)

    def add(self, placement: FieldPlacement) -> None:
        self.placements.append(placement)


class Rule(Flowable):  # type: ignore[misc]
    """A centred horizontal rule of a given length (under the motto, the agency, the subject)."""

    def __init__(self, length: float, *, thickness: float = 0.6, space_before: float = 4) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.space_before = space_before

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.space_before + self.thickness

    def draw(self) -> None:
        x0 = (self._avail - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, self.thickness / 2, x0 + self.length, self.thickness / 2)


@dataclass(frozen=True, slots=True)
class Slot:
    """A gap in a line that becomes a text field (or shows the preview value)."""

    name: str
    width: float
    align: Align = "left"
    value: str | None = None
    """Preview text drawn in place of the field (no field is created then)."""


class FieldLine(Flowable):  # type: ignore[misc]
    """One line of static text and field slots, aligned as a whole in the available width."""

    def __init__(
        self,
        parts: Sequence[str | Slot],
        *,
        font: str,
        size: float,
        leading: float,
        collector: FieldCollector,
        align: Align = "center",
        italic: bool = False,
    ) -> None:
        super().__init__()
        self.parts = list(parts)
        self.font, self.size, self.leading = font, size, leading
        self.collector, self.align, self.italic = collector, align, italic

    def part_width(self, part: str | Slot) -> float:
        """Advance width of one part of the line."""
        return self._width(part)

    def _width(self, part: str | Slot) -> float:
        return part.width if isinstance(part, Slot) else stringWidth(part, self.font, self.size)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.leading

    def draw(self) -> None:
        total = sum(self._width(p) for p in self.parts)
        x = {"left": 0.0, "center": (self._avail - total) / 2, "right": self._avail - total}[
            self.align
        ]
        baseline = self.leading - self.size  # same baseline placement as a Paragraph's first line
        self.canv.setFont(self.font, self.size)
        for part in self.parts:
            if isinstance(part, Slot):
                self._slot(part, x, baseline)
            else:
                self.canv.drawString(x, baseline, part)
            x += self._width(part)

    def _slot(self, slot: Slot, x: float, baseline: float) -> None:
        if slot.value is not None:
            offset = {"left": 0.0, "center": 0.5, "right": 1.0}[slot.align]
            w = stringWidth(slot.value, self.font, self.size)
            self.canv.drawString(x + (slot.width - w) * offset, baseline, slot.value)
            return
        ax0, ay0 = self.canv.absolutePosition(x, baseline - 0.25 * self.size)
        ax1, ay1 = self.canv.absolutePosition(x + slot.width, baseline + 0.95 * self.size)
        self.collector.add(
            FieldPlacement(
                name=slot.name,
                kind="text",
                page_index=self.canv.getPageNumber() - 1,
                rect=(round(ax0, 2), round(ay0, 2), round(ax1, 2), round(ay1, 2)),
                font_size=self.size,
                italic=self.italic,
                align=slot.align,
            )
        )


class Reserved(Flowable):  # type: ignore[misc]
    """An empty rectangle reserved for a field; extra placements may be set relative to it."""

    def __init__(
        self,
        width: float,
        height: float,
        *,
        collector: FieldCollector,
        name: str,
        kind: FieldKind,
        align: Align = "center",
        font_size: float = 0,
        multiline: bool = False,
        companions: Sequence[tuple[str, FieldKind, tuple[float, float, float, float]]] = (),
    ) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.collector, self.name, self.kind = collector, name, kind
        self.box_align, self.font_size, self.multiline = align, font_size, multiline
        self.companions = list(companions)
        """Fields placed relative to this box: (name, kind, (dx0, dy0, dx1, dy1))."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        x = {"left": 0.0, "center": (self._avail - self.width) / 2}.get(
            self.box_align, self._avail - self.width
        )
        self._record(self.name, self.kind, (x, 0, x + self.width, self.height))
        for name, kind, (dx0, dy0, dx1, dy1) in self.companions:
            self._record(name, kind, (x + dx0, dy0, x + dx1, dy1))

    def _record(self, name: str, kind: FieldKind, box: tuple[float, float, float, float]) -> None:
        ax0, ay0 = self.canv.absolutePosition(box[0], box[1])
        ax1, ay1 = self.canv.absolutePosition(box[2], box[3])
        self.collector.add(
            FieldPlacement(
                name=name,
                kind=kind,
                page_index=self.canv.getPageNumber() - 1,
                rect=(round(ax0, 2), round(ay0, 2), round(ax1, 2), round(ay1, 2)),
                font_size=self.font_size if kind == "text" else 0,
                multiline=self.multiline,
            )
        )
