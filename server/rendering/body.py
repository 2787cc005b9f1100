"""Body blocks → reportlab flowables (component 6)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .blocks import ArticleBlock, Block, HeadingBlock, ListBlock, ParagraphBlock, Run, TableBlock
from .context import RenderContext
from .text import escape_markup, upper_vi

__all__ = ["body_flowables", "runs_markup"]

_ALPHA = "abcdđeghiklmnopqrstuvxy"  # Vietnamese legal drafting skips f, j, w, z in clause letters


def runs_markup(runs: Sequence[Run]) -> str:
    """Paragraph markup for runs: <b>/<i> switch faces within the paragraph's family."""
    parts = []
    for run in runs:
        text = "<br/>".join(escape_markup(line) for line in run.text.split("\n"))
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _paragraph(ctx: RenderContext, block: ParagraphBlock) -> list[Flowable]:
    indent = block.indent and block.align == "justify"
    style = ctx.body_style(align=block.align, indent=indent, italic=block.italic)
    return [Paragraph(runs_markup(block.runs), style)]


def _heading(ctx: RenderContext, block: HeadingBlock) -> list[Flowable]:
    text = upper_vi(block.text) if block.upper else block.text
    style = ctx.style(
        ctx.layout.body_pt,
        bold=True,
        space_after=ctx.layout.paragraph_space_pt,
        space_before=6,
        keep_with_next=True,
    )
    return [Paragraph(escape_markup(text), style)]


def _article(ctx: RenderContext, block: ArticleBlock) -> list[Flowable]:
    head = f"<b>Điều {block.number}.</b>"
    clauses = list(block.clauses)
    if block.title:
        first = f"{head} <b>{escape_markup(block.title)}</b>"
    else:
        first = f"{head} {runs_markup(clauses.pop(0))}"
    # A titled article's heading line must not end a page alone.
    out: list[Flowable] = [Paragraph(first, ctx.body_style(keep=bool(block.title and clauses)))]
    out += [Paragraph(runs_markup(c), ctx.body_style()) for c in clauses]
    return out


def _marker(style: str, index: int) -> str:
    if style == "decimal":
        return f"{index + 1}."
    if style == "alpha":
        letters = _ALPHA
        return f"{letters[index % len(letters)] * (index // len(letters) + 1)})"
    return "-" if style == "dash" else "+"


def _list(ctx: RenderContext, block: ListBlock) -> list[Flowable]:
    return [
        Paragraph(f"{_marker(block.style, i)} {runs_markup(item)}", ctx.body_style())
        for i, item in enumerate(block.items)
    ]


def _table(ctx: RenderContext, block: TableBlock) -> list[Flowable]:
    lay = ctx.layout
    size = lay.body_pt - 1  # tables run one size down so that several columns fit the measure
    weights = block.widths or [1.0] * len(block.header)
    widths = [lay.frame_width * w / sum(weights) for w in weights]
    head = [ctx.para(h, size, bold=True) for h in block.header]
    rows = [[ctx.para(c, size, align="left") for c in row] for row in block.rows]
    table = Table([head, *rows], colWidths=widths, repeatRows=1, spaceAfter=lay.paragraph_space_pt)
    table.setStyle(
        TableStyle(
            [
                ctx.table_font(),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [table]


_BUILDERS = {
    "paragraph": _paragraph,
    "heading": _heading,
    "article": _article,
    "list": _list,
    "table": _table,
}


def body_flowables(ctx: RenderContext, blocks: Sequence[Block]) -> list[Flowable]:
    """Flowables for the body, in order."""
    out: list[Flowable] = []
    for block in blocks:
        out += _BUILDERS[block.kind](ctx, block)  # type: ignore[operator]
    return out
