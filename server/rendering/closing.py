"""Signature block (components 7–8) and recipients (component 9)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .context import RenderContext
from .draft import DraftMetadata, Recipients, Signer
from .flowables import FieldKind, Reserved
from .text import upper_vi

__all__ = [
    "SIGNATURE_FIELD",
    "SEAL_FIELD",
    "CO_SIGNER_FIELD",
    "closing_flowables",
    "recipients_lines",
]

SIGNATURE_FIELD = "LeaderSignature"
SEAL_FIELD = "AgencySeal"
CO_SIGNER_FIELD = "CoSignerSignature"
_SIGNATURE_SHARE = 0.55  # the signature column takes the right 55 % of the measure


def _signature_box(ctx: RenderContext, *, name: str, with_seal: bool) -> Reserved:
    lay = ctx.layout
    w, h, seal = lay.signature_width_mm * mm, lay.signature_height_mm * mm, lay.seal_size_mm * mm
    companions: list[tuple[str, FieldKind, tuple[float, float, float, float]]] = []
    if with_seal:
        # The seal covers about the left third of the signature (art. 33.1b; Phụ lục I for e-seals),
        # vertically centred on it.
        right = w / 3
        bottom = (h - seal) / 2
        companions.append((SEAL_FIELD, "signature", (right - seal, bottom, right, bottom + seal)))
    return Reserved(
        w, h, collector=ctx.collector, name=name, kind="signature", companions=companions
    )


def signer_flowables(
    ctx: RenderContext, signer: Signer, *, field: str, with_seal: bool
) -> list[Flowable]:
    """Authority line and position (upper case, bold), signature room, full name (bold)."""
    size = ctx.layout.signer_pt
    lines = [ctx.para(upper_vi(line), size, bold=True) for line in signer.lines()]
    return [
        *lines,
        _signature_box(ctx, name=field, with_seal=with_seal),
        ctx.para(signer.full_name, size, bold=True),
    ]


def recipients_lines(recipients: Recipients) -> list[str]:
    """The list under "Nơi nhận:", each with its dash, ending with "- Lưu: VT, …"."""
    lines = [f"- {entry.rstrip(' ;.,')};" for entry in recipients.distribution]
    keep = ", ".join(["VT", *recipients.archive_units])
    if recipients.drafter_initials:
        copies = f"({recipients.copies:02d})" if recipients.copies else ""
        keep += f", {recipients.drafter_initials}{copies}"
    return lines + [f"- Lưu: {keep}."]


def _recipients_block(ctx: RenderContext, recipients: Recipients) -> list[Flowable]:
    lay = ctx.layout
    head = ctx.para("Nơi nhận:", lay.recipients_heading_pt, bold=True, italic=True, align="left")
    body = [ctx.para(t, lay.recipients_pt, align="left") for t in recipients_lines(recipients)]
    return [head, *body]


def _two_columns(ctx: RenderContext, left: list[Flowable], right: list[Flowable]) -> Table:
    total = ctx.layout.frame_width
    table = Table(
        [[left, right]], colWidths=[total * (1 - _SIGNATURE_SHARE), total * _SIGNATURE_SHARE]
    )
    table.setStyle(
        TableStyle(
            [
                ctx.table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def closing_flowables(ctx: RenderContext, meta: DraftMetadata) -> list[Flowable]:
    """Recipients left, signature right; minutes put the co-signer (secretary) on the left."""
    signer = signer_flowables(ctx, meta.signer, field=SIGNATURE_FIELD, with_seal=True)
    recipients = _recipients_block(ctx, meta.recipients) if meta.recipients.distribution else []
    if meta.co_signer is not None:
        co = signer_flowables(ctx, meta.co_signer, field=CO_SIGNER_FIELD, with_seal=False)
        blocks: list[Flowable] = [_two_columns(ctx, co, signer)]
        if recipients:
            blocks += [Spacer(1, 4 * mm), *recipients]
        return [KeepTogether([Spacer(1, 3 * mm), *blocks])]
    return [
        KeepTogether([Spacer(1, 3 * mm), _two_columns(ctx, recipients or [Spacer(1, 1)], signer)])
    ]
