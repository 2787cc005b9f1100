"""Render a draft to PDF: story → reportlab → form fields → optional PDF/A-2b."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pikepdf
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LayoutError,
    PageBreak,
    PageTemplate,
)

from .acroform import add_fields
from .body import body_flowables
from .closing import closing_flowables
from .context import IssuePreview, RenderContext
from .draft import Appendix, Draft, iter_strings
from .errors import RenderFailed
from .flowables import FieldLine, FieldPlacement, Reserved, Rule, Slot
from .fonts import face_set
from .header import DATE_FIELD, NUMBER_FIELD, header_flowables, title_flowables
from .layout import LayoutConfig
from .pdfa import make_pdfa2b
from .text import format_issue_date, upper_vi

__all__ = [
    "REFERENCE_FIELD",
    "DocInfo",
    "RenderResult",
    "render_draft",
    "render_separate_appendix",
    "render_story",
]

REFERENCE_FIELD = "MainDocumentReference"
"""Top-right field of a separate appendix: the main document's number, notation and signing time."""


@dataclass(frozen=True, slots=True)
class RenderResult:
    """A rendered PDF and where its form fields are."""

    pdf: bytes
    page_count: int
    fields: tuple[FieldPlacement, ...]
    """Every form field, in drawing order; names are unique."""
    pdfa: bool

    def field(self, name: str) -> FieldPlacement:
        """The placement of a field.

        Raises:
            KeyError: the document has no such field.
        """
        for placement in self.fields:
            if placement.name == name:
                return placement
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class DocInfo:
    """Document information dictionary entries."""

    title: str
    author: str
    subject: str


def _page_number_painter(ctx: RenderContext) -> Callable[[Canvas, BaseDocTemplate], None]:
    lay = ctx.layout

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        if page < 2:  # the decree shows no number on page 1
            return
        left, right = lay.margin_left_mm * mm, lay.margin_right_mm * mm
        x = left + (doc.pagesize[0] - left - right) / 2
        top = doc.pagesize[1]
        y = top - lay.margin_top_mm * mm / 2 - lay.page_number_pt * 0.35
        canvas.setFont(ctx.faces.regular, lay.page_number_pt)
        canvas.drawCentredString(x, y, str(page))

    return paint


def _doc_template(
    ctx: RenderContext, buffer: io.BytesIO, info: DocInfo, *, landscape_pages: bool
) -> BaseDocTemplate:
    lay = ctx.layout
    size = landscape(A4) if landscape_pages else A4
    left, right = lay.margin_left_mm * mm, lay.margin_right_mm * mm
    top, bottom = lay.margin_top_mm * mm, lay.margin_bottom_mm * mm
    frame = Frame(left, bottom, size[0] - left - right, size[1] - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    page = PageTemplate(id="page", frames=[frame], onPage=_page_number_painter(ctx))
    return BaseDocTemplate(
        buffer, pagesize=size, pageTemplates=[page],
        leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=info.title, author=info.author, subject=info.subject, creator="phigiay",
        # reportlab's default initial font is Helvetica, which PDF/A forbids unembedded.
        initialFontName=ctx.faces.regular, initialFontSize=lay.body_pt,
        # qpdf (pikepdf) compresses the streams in C when it saves; doing it twice is wasted time.
        pageCompression=0,
    )  # fmt: skip


def render_story(
    ctx: RenderContext,
    story: list[Flowable],
    info: DocInfo | None = None,
    *,
    pdfa: bool = False,
    landscape_pages: bool = False,
) -> RenderResult:
    """Lay out flowables on A4 with the decree's margins, add fields, optionally make PDF/A-2b.

    Raises:
        RenderFailed: a flowable cannot fit any page (e.g. a table row taller than a page).
    """
    buffer = io.BytesIO()
    doc = _doc_template(ctx, buffer, info or DocInfo("", "", ""), landscape_pages=landscape_pages)
    try:
        doc.build(story)
    except LayoutError as e:
        raise RenderFailed(f"the content cannot be laid out on A4: {e}") from e
    return _finish(buffer.getvalue(), ctx, pdfa=pdfa)


def _finish(raw: bytes, ctx: RenderContext, *, pdfa: bool) -> RenderResult:
    placements = tuple(ctx.collector.placements)
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        add_fields(pdf, placements)
        if pdfa:
            make_pdfa2b(pdf)
        out = io.BytesIO()
        # The file ID derives from the content, so PDF/A gets its required ID without randomness.
        pdf.save(out, deterministic_id=True)
        pages = len(pdf.pages)
    return RenderResult(pdf=out.getvalue(), page_count=pages, fields=placements, pdfa=pdfa)


def _context(
    draft: Draft, layout: LayoutConfig | None, preview: IssuePreview | None
) -> RenderContext:
    layout = layout or LayoutConfig()
    faces = face_set(layout.font_dir)
    if layout.font_dir is not None:
        # Drafts are validated against the shipped font; a configured TNR may lack glyphs.
        faces.check("".join(iter_strings(draft)))
    return RenderContext(layout=layout, faces=faces, preview=preview)


def _doc_meta(draft: Draft) -> DocInfo:
    meta = draft.metadata
    return DocInfo(
        title=f"{meta.type.name}: {meta.subject}", author=meta.agency.name, subject=meta.subject
    )


def render_draft(
    draft: Draft,
    *,
    layout: LayoutConfig | None = None,
    preview: IssuePreview | None = None,
    pdfa: bool = False,
) -> RenderResult:
    """Render a draft and its same-file appendices.

    Args:
        draft: a validated draft.
        layout: geometry, sizes and font directory; decree defaults if omitted.
        preview: print this number and date instead of leaving the issuance fields empty.
        pdfa: produce PDF/A-2b (do it now: a signed PDF must never be converted).

    Raises:
        MissingGlyphs: the configured font lacks characters of the draft.
        RenderFailed: reportlab cannot lay a block out (e.g. a table row taller than a page).
    """
    ctx = _context(draft, layout, preview)
    meta = draft.metadata
    story = [
        *header_flowables(ctx, meta),
        *title_flowables(ctx, meta),
        *body_flowables(ctx, draft.body),
        *closing_flowables(ctx, meta),
    ]
    same_file = [a for a in draft.appendices if not a.separate_file]
    for n, appendix in enumerate(same_file, start=1):
        heading = _appendix_heading(ctx, draft, appendix, suffix=f"_A{n}")
        story += [PageBreak(), *heading, *body_flowables(ctx, appendix.body)]
    return render_story(ctx, story, _doc_meta(draft), pdfa=pdfa)


def _appendix_title(ctx: RenderContext, appendix: Appendix) -> list[Flowable]:
    size = ctx.layout.type_name_pt
    label = f"Phụ lục {appendix.label}".strip()
    return [
        ctx.para(upper_vi(label), size, bold=True),
        ctx.para(upper_vi(appendix.title), size, bold=True),
    ]


def _appendix_heading(
    ctx: RenderContext, draft: Draft, appendix: Appendix, *, suffix: str
) -> list[Flowable]:
    """ "Phụ lục", title, and "(Kèm theo … số …/… ngày …)" whose gaps are the fields
    ``IssueNumber_A1``/``IssueDate_A1`` (…_A2 for the next appendix), filled with the same values.

    They are fields of their own, not extra widgets of IssueNumber: pyHanko's modification analysis
    only accepts form filling on fields whose widget is merged into the field, and anything else
    after the leader's signature would look like tampering.
    """
    lay, meta, preview = ctx.layout, draft.metadata, ctx.preview
    size = lay.place_date_pt
    number: str | Slot = (
        f"{preview.number:02d}"
        if preview
        else Slot(NUMBER_FIELD + suffix, ctx.width("0000", size, italic=True), align="right")
    )
    day = Slot(
        DATE_FIELD + suffix,
        ctx.width("ngày 28 tháng 12 năm 2026", size, italic=True),
        value=format_issue_date(preview.issued_on) if preview else None,
    )
    first = FieldLine(
        [f"(Kèm theo {meta.type.name} số ", number, f"/{meta.full_notation} ", day],
        font=ctx.faces.italic,
        size=size,
        leading=lay.leading(size),
        collector=ctx.collector,
        italic=True,
    )
    second = ctx.para(f"của {meta.agency.name})", size, italic=True)
    return [*_appendix_title(ctx, appendix), first, second, Rule(60 * mm), ctx.para("", 6)]


def render_separate_appendix(
    draft: Draft, index: int, *, layout: LayoutConfig | None = None, pdfa: bool = False
) -> RenderResult:
    """Render ``draft.appendices[index]`` as its own file.

    Its first page reserves the top-right corner (field ``MainDocumentReference``, 10 pt) for the
    main document's number, notation and signing time, stamped at issuance.
    """
    ctx = _context(draft, layout, None)
    appendix = draft.appendices[index]
    meta = draft.metadata
    reference = Reserved(
        80 * mm,
        14 * mm,
        collector=ctx.collector,
        name=REFERENCE_FIELD,
        kind="text",
        align="right",
        font_size=10,
        multiline=True,
    )
    story: list[Flowable] = [
        reference,
        *_appendix_title(ctx, appendix),
        ctx.para(
            f"(Kèm theo {meta.type.name} của {meta.agency.name})",
            ctx.layout.place_date_pt,
            italic=True,
        ),
        Rule(60 * mm),
        ctx.para("", 6),
        *body_flowables(ctx, appendix.body),
    ]
    return render_story(ctx, story, _doc_meta(draft), pdfa=pdfa)


def render_many(drafts: Sequence[Draft], **kwargs: object) -> list[RenderResult]:
    """Render several drafts (benchmarks, batch previews)."""
    return [render_draft(d, **kwargs) for d in drafts]  # type: ignore[arg-type]
