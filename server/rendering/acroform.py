"""Adds the issuance and signature form fields to the rendered PDF (pikepdf).

reportlab cannot make signature fields, so every field is added in one pass after layout, at the
rectangles the flowables recorded. Each widget gets an empty appearance stream: PDF/A requires one
and viewers then show nothing until the clerk or the signer fills it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name

from .flowables import FieldPlacement

__all__ = ["add_fields"]

_PRINT = 4  # annotation flag: print the widget, required by PDF/A
_QUADDING = {"left": 0, "center": 1, "right": 2}
_MULTILINE = 1 << 12
_DO_NOT_SPELL_CHECK = 1 << 22


def _empty_appearance(pdf: pikepdf.Pdf, rect: tuple[float, float, float, float]) -> pikepdf.Stream:
    width, height = rect[2] - rect[0], rect[3] - rect[1]
    return pdf.make_stream(
        b"",
        Type=Name.XObject,
        Subtype=Name.Form,
        BBox=Array([0, 0, width, height]),
        Resources=Dictionary(),
    )


def _widget(pdf: pikepdf.Pdf, placement: FieldPlacement) -> pikepdf.Dictionary:
    page = pdf.pages[placement.page_index]
    widget = Dictionary(
        Type=Name.Annot,
        Subtype=Name.Widget,
        Rect=Array(list(placement.rect)),
        F=_PRINT,
        P=page.obj,
        AP=Dictionary(N=_empty_appearance(pdf, placement.rect)),
    )
    return pdf.make_indirect(widget)


def _field_dict(first: FieldPlacement, font_key: str) -> pikepdf.Dictionary:
    field = Dictionary(T=pikepdf.String(first.name))
    if first.kind == "signature":
        field.FT = Name.Sig
        return field
    field.FT = Name.Tx
    field.Ff = _DO_NOT_SPELL_CHECK | (_MULTILINE if first.multiline else 0)
    field.Q = _QUADDING[first.align]
    field.DA = pikepdf.String(f"/{font_key} {first.font_size:g} Tf 0 g")
    field.V = pikepdf.String("")
    return field


def add_fields(pdf: pikepdf.Pdf, placements: Sequence[FieldPlacement]) -> None:
    """Create one field per placement, its widget merged into the field dictionary.

    Merged field-widgets are the shape pyHanko's modification analysis accepts for form filling
    after a signature, so every name appears once.

    Raises:
        ValueError: two placements share a name (a bug in a story builder).
    """
    names = [p.name for p in placements]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate field names in {names}")
    fields = Array()
    for placement in placements:
        widget = _widget(pdf, placement)
        for key, value in _field_dict(placement, "PhiIt" if placement.italic else "PhiRg").items():
            widget[key] = value
        page = pdf.pages[placement.page_index]
        if Name.Annots not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(widget)
        fields.append(widget)
    if len(fields):
        form = Dictionary(Fields=fields, DR=_resources(pdf), DA=pikepdf.String("/PhiRg 13 Tf 0 g"))
        pdf.Root.AcroForm = pdf.make_indirect(form)


def _resources(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    """Default resources: the page's own regular and italic faces under stable names.

    The embedded faces are subsets, so a filler should bring its own font for the appearance; the
    entries keep DA valid and tell it which face and size to use.
    """
    fonts = Dictionary()
    for page in pdf.pages:
        for font in page.Resources.get(Name.Font, Dictionary()).values():
            base = str(font.get(Name.BaseFont, ""))
            key = "/PhiIt" if "Italic" in base else "/PhiRg"
            if "Bold" not in base and key not in fonts:
                fonts[key] = font
    return Dictionary(Font=fonts)
