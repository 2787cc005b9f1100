"""PDF/A-2b conversion of a freshly rendered PDF (before any signature: signing comes after).

reportlab already embeds every font and draws only DeviceRGB/DeviceGray; what PDF/A-2b adds is
XMP metadata identifying the part and conformance, an sRGB output intent, a document ID and a
language, and no features PDF/A forbids (none are produced here).
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary, Name

from .icc import SRGB_DESCRIPTION, srgb_profile

__all__ = ["make_pdfa2b"]


def _output_intent(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    profile = pdf.make_stream(srgb_profile(), N=3)
    return Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(SRGB_DESCRIPTION),
        Info=pikepdf.String(SRGB_DESCRIPTION),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=profile,
    )


def make_pdfa2b(pdf: pikepdf.Pdf, *, language: str = "vi-VN") -> None:
    """Turn ``pdf`` into PDF/A-2b in place.

    Args:
        pdf: an open document made by this package's renderer.
        language: natural language of the text (BCP 47), recorded in the catalog.
    """
    pdf.Root.OutputIntents = Array([_output_intent(pdf)])
    pdf.Root.Lang = pikepdf.String(language)
    if Name.AcroForm in pdf.Root and Name.NeedAppearances in pdf.Root.AcroForm:
        del pdf.Root.AcroForm.NeedAppearances  # PDF/A forbids viewer-generated appearances
    if Name.Trapped in pdf.docinfo:
        del pdf.docinfo.Trapped  # no XMP equivalent here; info and XMP must agree under PDF/A
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta.load_from_docinfo(pdf.docinfo)
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
