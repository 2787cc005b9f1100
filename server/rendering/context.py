"""What every story builder needs: layout, faces, paragraph styles, the field collector."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from .flowables import FieldCollector
from .fonts import FaceSet
from .layout import LayoutConfig
from .text import escape_markup

__all__ = ["ALIGNMENTS", "IssuePreview", "RenderContext"]

ALIGNMENTS = {"justify": TA_JUSTIFY, "center": TA_CENTER, "left": TA_LEFT, "right": TA_RIGHT}


@dataclass(frozen=True, slots=True)
class IssuePreview:
    """Number and date drawn as plain text instead of fields, for previews and examples."""

    number: int
    issued_on: date


@dataclass
class RenderContext:
    """Shared state of one rendering."""

    layout: LayoutConfig
    faces: FaceSet
    preview: IssuePreview | None = None
    collector: FieldCollector = field(default_factory=FieldCollector)

    def style(
        self,
        size: float,
        *,
        bold: bool = False,
        italic: bool = False,
        align: str = "center",
        indent: float = 0,
        space_after: float = 0,
        space_before: float = 0,
        keep_with_next: bool = False,
    ) -> ParagraphStyle:
        """A paragraph style in the document's family; markup <b>/<i> switch faces within it."""
        return ParagraphStyle(
            name=f"s{size}{bold:d}{italic:d}{align}{indent}{keep_with_next:d}",
            fontName=self.faces.face(bold=bold, italic=italic),
            fontSize=size,
            leading=self.layout.leading(size),
            alignment=ALIGNMENTS[align],
            firstLineIndent=indent,
            spaceAfter=space_after,
            spaceBefore=space_before,
            keepWithNext=int(keep_with_next),
            allowWidows=0,
            allowOrphans=0,
        )

    def body_style(
        self,
        *,
        align: str = "justify",
        indent: bool = True,
        italic: bool = False,
        keep: bool = False,
    ) -> ParagraphStyle:
        """Body paragraph: justified, first-line indent, decree spacing after."""
        lay = self.layout
        return self.style(
            lay.body_pt,
            italic=italic,
            align=align,
            indent=lay.first_line_indent_cm * cm if indent else 0,
            space_after=lay.paragraph_space_pt,
            keep_with_next=keep,
        )

    def para(self, text: str, size: float, **kwargs: object) -> Paragraph:
        """A paragraph of plain (escaped) text; newlines become line breaks."""
        markup = "<br/>".join(escape_markup(line) for line in text.split("\n"))
        return Paragraph(markup, self.style(size, **kwargs))  # type: ignore[arg-type]

    def table_font(self) -> tuple[object, ...]:
        """TableStyle command setting the family on every cell: Table's default is Helvetica, an
        unembedded font that PDF/A forbids even when a cell only holds flowables."""
        return ("FONT", (0, 0), (-1, -1), self.faces.regular, self.layout.body_pt)

    def width(self, text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
        """Advance width of a one-line string."""
        return float(stringWidth(text, self.faces.face(bold=bold, italic=italic), size))
