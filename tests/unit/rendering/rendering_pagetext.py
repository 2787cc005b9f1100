"""Text lines of a PDF page with their fonts and geometry, for layout assertions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 15 * mm, 20 * mm, 20 * mm  # LayoutConfig defaults
FRAME_X0, FRAME_X1 = LEFT, PAGE_W - RIGHT
FRAME_CENTRE = (FRAME_X0 + FRAME_X1) / 2


@dataclass
class Line:
    """Characters sharing a baseline within one horizontal run (gaps over 20 pt split runs)."""

    chars: list[dict[str, Any]]

    @property
    def text(self) -> str:
        out, prev = "", None
        for ch in self.chars:
            if (
                prev is not None
                and ch["x0"] - prev["x1"] > 0.2 * ch["size"]
                and not out.endswith(" ")
            ):
                out += " "
            out += ch["text"]
            prev = ch
        return " ".join(out.split())

    @property
    def x0(self) -> float:
        return min(c["x0"] for c in self.chars)

    @property
    def x1(self) -> float:
        return max(c["x1"] for c in self.chars if c["text"].strip())

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.chars)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def sizes(self) -> set[float]:
        return {round(c["size"], 1) for c in self.chars if c["text"].strip()}

    @property
    def fonts(self) -> set[str]:
        return {c["fontname"].split("+", 1)[-1] for c in self.chars if c["text"].strip()}

    def all_bold(self) -> bool:
        return all("Bold" in f for f in self.fonts)

    def all_italic(self) -> bool:
        return all("Italic" in f for f in self.fonts)

    def upright_regular(self) -> bool:
        return all("Bold" not in f and "Italic" not in f for f in self.fonts)


def lines(page: Any, *, gap: float = 20) -> list[Line]:
    """Group a page's characters into lines (by baseline, then split at wide gaps)."""
    rows: dict[float, list[dict[str, Any]]] = {}
    for ch in page.chars:
        key = round(ch["bottom"] - ch["size"] * 0.2)
        match = next((k for k in rows if abs(k - key) <= 1.5), key)
        rows.setdefault(match, []).append(ch)
    out: list[Line] = []
    for key in sorted(rows):
        run: list[dict[str, Any]] = []
        for ch in sorted(rows[key], key=lambda c: c["x0"]):
            if run and ch["x0"] - run[-1]["x1"] > gap:
                out.append(Line(run))
                run = []
            run.append(ch)
        out.append(Line(run))
    return [line for line in out if line.text]


def find(page: Any, text: str, *, startswith: bool = False) -> Line:
    """The first line equal to (or starting with) ``text``."""
    for line in lines(page):
        if line.text == text or (startswith and line.text.startswith(text)):
            return line
    raise AssertionError(f"no line {text!r} on page; lines: {[x.text for x in lines(page)]}")


def rules(page: Any) -> list[tuple[float, float, float]]:
    """Horizontal rules as (x0, x1, top)."""
    return [(e["x0"], e["x1"], e["top"]) for e in page.lines if abs(e["top"] - e["bottom"]) < 0.5]
