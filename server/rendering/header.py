"""The first-page header: agency and number (left), national title, motto, place and date (right),
then the type name and subject, or the "Kính gửi" of a công văn."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .context import RenderContext
from .document_types import LayoutKind
from .draft import CONFIDENTIALITY_MARKS, URGENCY_MARKS, DraftMetadata
from .errors import RenderFailed
from .flowables import FieldLine, Rule, Slot
from .text import format_issue_date, upper_vi

__all__ = ["NATIONAL_TITLE", "MOTTO", "header_flowables", "title_flowables", "agency_lines"]

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NUMBER_FIELD = "IssueNumber"
DATE_FIELD = "IssueDate"
# Longest value the clerk can put in the date field: "ngày 28 tháng 12 năm 2026".
_LONGEST_DATE = "ngày 28 tháng 12 năm 2026"
_NUMBER_ROOM = "0000"
_GAP = 4  # points between the columns' contents and the cell edge


def agency_lines(ctx: RenderContext, text: str, width: float, *, bold: bool) -> list[str]:
    """Break an agency name into centred lines the way it will be drawn (honouring newlines)."""
    face = ctx.faces.face(bold=bold)
    return list(simpleSplit(upper_vi(text), face, ctx.layout.agency_pt, width))


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break centred text into as few lines as ``width`` allows, but evenly long.

    A centred subject that leaves one word on its last line looks broken; narrowing the measure
    until just before another line would be needed spreads the words evenly.
    """
    lines = simpleSplit(text, font, size, width)
    low, high = width / 2, width
    for _ in range(12):
        mid = (low + high) / 2
        if len(simpleSplit(text, font, size, mid)) > len(lines):
            low = mid
        else:
            high = mid
    return list(simpleSplit(text, font, size, high))


def _column_widths(ctx: RenderContext) -> tuple[float, float]:
    lay = ctx.layout
    right = (
        max(
            ctx.width(NATIONAL_TITLE, lay.national_title_pt, bold=True),
            ctx.width(MOTTO, lay.motto_pt, bold=True),
            ctx.width("Thành phố Hồ Chí Minh, " + _LONGEST_DATE, lay.place_date_pt, italic=True),
        )
        + 2 * _GAP
    )
    return lay.frame_width - right, right


def _agency_block(ctx: RenderContext, meta: DraftMetadata, width: float) -> list[Flowable]:
    lay = ctx.layout
    items: list[Flowable] = []
    if meta.agency.parent:
        parent = agency_lines(ctx, meta.agency.parent, width, bold=False)
        items.append(ctx.para("\n".join(parent), lay.agency_pt))
    lines = agency_lines(ctx, meta.agency.name, width, bold=True)
    items.append(ctx.para("\n".join(lines), lay.agency_pt, bold=True))
    longest = max(ctx.width(line, lay.agency_pt, bold=True) for line in lines)
    items.append(Rule(longest * lay.agency_rule_ratio))
    return items


def _number_line(ctx: RenderContext, meta: DraftMetadata) -> FieldLine:
    lay, preview = ctx.layout, ctx.preview
    font = ctx.faces.regular
    # A preview prints the number as text, so no gap is left before it.
    slot: str | Slot = (
        f"{preview.number:02d}"
        if preview
        else Slot(NUMBER_FIELD, ctx.width(_NUMBER_ROOM, lay.number_pt), align="right")
    )
    return FieldLine(
        ["Số: ", slot, f"/{meta.full_notation}"],
        font=font,
        size=lay.number_pt,
        leading=lay.leading(lay.number_pt),
        collector=ctx.collector,
    )


def _date_line(ctx: RenderContext, meta: DraftMetadata) -> FieldLine:
    lay, preview = ctx.layout, ctx.preview
    parts: list[str | Slot]
    if meta.record_date is not None:
        parts = [f"{meta.place}, {format_issue_date(meta.record_date)}"]
    else:
        slot = Slot(
            DATE_FIELD,
            ctx.width(_LONGEST_DATE, lay.place_date_pt, italic=True),
            value=format_issue_date(preview.issued_on) if preview else None,
        )
        parts = [f"{meta.place}, ", slot]
    return FieldLine(
        parts,
        font=ctx.faces.italic,
        size=lay.place_date_pt,
        leading=lay.leading(lay.place_date_pt),
        collector=ctx.collector,
        italic=True,
    )


def _marks(ctx: RenderContext, meta: DraftMetadata) -> list[Flowable]:
    # Component 10a (confidentiality) then 10b (urgency), under the number and notation.
    texts = []
    if meta.marks.confidentiality:
        texts.append(CONFIDENTIALITY_MARKS[meta.marks.confidentiality])
    if meta.marks.urgency:
        texts.append(URGENCY_MARKS[meta.marks.urgency])
    return [ctx.para(t, ctx.layout.mark_pt, bold=True, space_before=4) for t in texts]


def _left_lower(ctx: RenderContext, meta: DraftMetadata, width: float) -> list[Flowable]:
    if meta.record_date is not None:
        # An unnumbered record: an empty "Số: /BB-…" would read as a number left out.
        return _marks(ctx, meta) or [Spacer(1, 0)]
    line = _number_line(ctx, meta)
    needed = sum(line.part_width(p) for p in line.parts)
    if needed > width:
        # The decree fixes the size (13 pt) and the line must not wrap; say so instead of
        # letting it run into the margin or the national title's column.
        raise RenderFailed(
            f"number and notation 'Số: …/{meta.full_notation}' need {needed:.0f} pt, "
            f"the header column has {width:.0f} pt: shorten the notation"
        )
    items: list[Flowable] = [line]
    if meta.type.layout is LayoutKind.OFFICIAL_LETTER:
        items.append(ctx.para(f"V/v {meta.subject}", ctx.layout.letter_subject_pt, space_before=2))
    return items + _marks(ctx, meta)


def header_flowables(ctx: RenderContext, meta: DraftMetadata) -> list[Flowable]:
    """The two-column header table of Phụ lục I (components 1–4, 10)."""
    lay = ctx.layout
    left_w, right_w = _column_widths(ctx)
    right_top: list[Flowable] = [
        ctx.para(NATIONAL_TITLE, lay.national_title_pt, bold=True),
        ctx.para(MOTTO, lay.motto_pt, bold=True),
        Rule(ctx.width(MOTTO, lay.motto_pt, bold=True)),
    ]
    rows = [
        [_agency_block(ctx, meta, left_w - 2 * _GAP), right_top],
        [_left_lower(ctx, meta, left_w - 2 * _GAP), [_date_line(ctx, meta)]],
    ]
    table = Table(rows, colWidths=[left_w, right_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ctx.table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _GAP),
                ("RIGHTPADDING", (0, 0), (-1, -1), _GAP),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    return [table]


def title_flowables(ctx: RenderContext, meta: DraftMetadata) -> list[Flowable]:
    """Type name and subject (component 5a) or a công văn's addressees, then circulation marks."""
    lay = ctx.layout
    if meta.type.layout is LayoutKind.OFFICIAL_LETTER:
        items = [Spacer(1, 6 * mm), *_addressees(ctx, meta)]
    else:
        items = [Spacer(1, 8 * mm), *_type_and_subject(ctx, meta)]
    if meta.recipients.addressees and meta.type.layout is not LayoutKind.OFFICIAL_LETTER:
        items += _addressees(ctx, meta)
    for mark in meta.marks.circulation:
        items.append(ctx.para(upper_vi(mark), lay.mark_pt, bold=True, space_after=4))
    return items + [Spacer(1, 4 * mm)]


def _type_and_subject(ctx: RenderContext, meta: DraftMetadata) -> list[Flowable]:
    lay = ctx.layout
    subject = balanced_lines(meta.subject, ctx.faces.bold, lay.subject_pt, lay.frame_width * 0.85)
    longest = max(ctx.width(line, lay.subject_pt, bold=True) for line in subject)
    return [
        ctx.para(upper_vi(meta.type.name), lay.type_name_pt, bold=True),
        ctx.para("\n".join(subject), lay.subject_pt, bold=True),
        Rule(longest * lay.agency_rule_ratio, space_before=5),
        Spacer(1, 4 * mm),
    ]


def _addressees(ctx: RenderContext, meta: DraftMetadata) -> list[Flowable]:
    lay = ctx.layout
    names = meta.recipients.addressees
    if len(names) == 1:
        return [ctx.para(f"Kính gửi: {names[0].rstrip('.;')}.", lay.body_pt, space_after=6)]
    label = "Kính gửi:"
    label_w = ctx.width(label + " ", lay.body_pt)
    lines = [
        f"- {n.rstrip('.;')}{'.' if i == len(names) - 1 else ';'}" for i, n in enumerate(names)
    ]
    list_w = max(ctx.width(line, lay.body_pt) for line in lines) + 6
    list_w = min(list_w, lay.frame_width - label_w - 40)
    table = Table(
        [
            [
                ctx.para(label, lay.body_pt, align="right"),
                [ctx.para(t, lay.body_pt, align="left") for t in lines],
            ]
        ],
        colWidths=[label_w, list_w],
    )
    table.setStyle(
        TableStyle(
            [
                ctx.table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [table]
