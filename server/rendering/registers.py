"""The incoming and outgoing register books (Phụ lục IV), printed as landscape tables.

Art. 22.3b: the register kept in the system must print in the register-book format so it can be
signed for and bound. The column lists are [M] in the spec; they live here as data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .context import RenderContext
from .fonts import face_set
from .layout import LayoutConfig
from .renderer import DocInfo, RenderResult, render_story
from .text import upper_vi

__all__ = [
    "INCOMING_COLUMNS",
    "OUTGOING_COLUMNS",
    "IncomingRegisterRow",
    "OutgoingRegisterRow",
    "render_register",
]


@dataclass(frozen=True, slots=True)
class IncomingRegisterRow:
    """One line of the incoming register (sổ đăng ký văn bản đến)."""

    arrival_date: date
    arrival_number: int
    sender: str
    number_notation: str
    document_date: date
    type_and_subject: str
    handler: str
    """Unit or person receiving the document."""
    receipt: str = ""
    """Left blank in print: the receiver signs here."""
    note: str = ""


@dataclass(frozen=True, slots=True)
class OutgoingRegisterRow:
    """One line of the outgoing register (sổ đăng ký văn bản đi)."""

    number_notation: str
    document_date: date
    type_and_subject: str
    signer: str
    recipients: str
    archive_holder: str
    """Unit or person keeping the filed copy."""
    copies: int
    sent_on: date | None = None
    receipt: str = ""
    note: str = ""


def _d(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


# (heading, relative width, cell text) per column, in the order of Phụ lục IV.
INCOMING_COLUMNS: tuple[tuple[str, float, Callable[[IncomingRegisterRow], str]], ...] = (
    ("Ngày đến", 2.0, lambda r: _d(r.arrival_date)),
    ("Số đến", 1.4, lambda r: str(r.arrival_number)),
    ("Tác giả", 3.0, lambda r: r.sender),
    ("Số, ký hiệu", 2.6, lambda r: r.number_notation),
    ("Ngày tháng", 2.0, lambda r: _d(r.document_date)),
    ("Tên loại và trích yếu nội dung", 5.6, lambda r: r.type_and_subject),
    ("Đơn vị hoặc người nhận", 2.8, lambda r: r.handler),
    ("Ký nhận", 1.8, lambda r: r.receipt),
    ("Ghi chú", 1.8, lambda r: r.note),
)
OUTGOING_COLUMNS: tuple[tuple[str, float, Callable[[OutgoingRegisterRow], str]], ...] = (
    ("Số, ký hiệu văn bản", 2.4, lambda r: r.number_notation),
    ("Ngày tháng văn bản", 2.1, lambda r: _d(r.document_date)),
    ("Tên loại và trích yếu nội dung", 4.4, lambda r: r.type_and_subject),
    ("Người ký", 2.2, lambda r: r.signer),
    ("Nơi nhận văn bản", 2.8, lambda r: r.recipients),
    ("Đơn vị, người nhận bản lưu", 2.2, lambda r: r.archive_holder),
    ("Số lượng bản", 1.2, lambda r: str(r.copies)),
    ("Ngày chuyển", 2.1, lambda r: _d(r.sent_on)),
    ("Ký nhận", 1.5, lambda r: r.receipt),
    ("Ghi chú", 1.5, lambda r: r.note),
)

_TITLES = {"incoming": "Sổ đăng ký văn bản đến", "outgoing": "Sổ đăng ký văn bản đi"}
_CELL_PT = 11  # register tables run at 11 pt so that nine or ten columns fit a landscape page


def _table(
    ctx: RenderContext,
    columns: Sequence[tuple[str, float, Callable[..., str]]],
    rows: Sequence[object],
    width: float,
) -> Table:
    total = sum(c[1] for c in columns)
    widths = [width * c[1] / total for c in columns]
    head = [ctx.para(c[0], _CELL_PT, bold=True) for c in columns]
    numbers = [ctx.para(f"({i})", _CELL_PT - 1, italic=True) for i in range(1, len(columns) + 1)]
    body = [[ctx.para(c[2](row), _CELL_PT, align="left") for c in columns] for row in rows]
    table = Table([head, numbers, *body], colWidths=widths, repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ctx.table_font(),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def render_register(
    kind: Literal["incoming", "outgoing"],
    rows: Sequence[IncomingRegisterRow] | Sequence[OutgoingRegisterRow],
    *,
    agency_name: str,
    year: int,
    parent_agency: str = "",
    layout: LayoutConfig | None = None,
    pdfa: bool = False,
) -> RenderResult:
    """Print a yearly register on landscape A4; the header row repeats on every page."""
    layout = layout or LayoutConfig()
    ctx = RenderContext(layout=layout, faces=face_set(layout.font_dir))
    columns: Sequence[tuple[str, float, Callable[[Any], str]]] = (
        INCOMING_COLUMNS if kind == "incoming" else OUTGOING_COLUMNS
    )
    text = "".join(c[2](row) for row in rows for c in columns)
    ctx.faces.check(agency_name + parent_agency + text)
    width = 297 * mm - (layout.margin_left_mm + layout.margin_right_mm) * mm
    title = _TITLES[kind]
    story: list[Flowable] = []
    if parent_agency:
        story.append(ctx.para(upper_vi(parent_agency), layout.agency_pt, align="left"))
    story += [
        ctx.para(upper_vi(agency_name), layout.agency_pt, bold=True, align="left"),
        Spacer(1, 4 * mm),
        ctx.para(upper_vi(title), layout.type_name_pt, bold=True),
        ctx.para(f"Năm {year}", layout.place_date_pt, italic=True),
        Spacer(1, 4 * mm),
        _table(ctx, columns, rows, width),
    ]
    info = DocInfo(title=f"{title} năm {year}", author=agency_name, subject=title)
    return render_story(ctx, story, info, pdfa=pdfa, landscape_pages=True)
