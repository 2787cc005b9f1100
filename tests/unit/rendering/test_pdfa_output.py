"""PDF/A-2b output: the key requirements, checked directly (veraPDF is not available here)."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pikepdf import Name

from server.rendering import IncomingRegisterRow, render_draft, render_register
from server.rendering.examples import example_draft
from server.rendering.icc import srgb_profile

STANDARD_14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


@pytest.fixture(scope="module")
def pdfa() -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(render_draft(example_draft("decision"), pdfa=True).pdf))


def test_xmp_identifies_pdfa_2b(pdfa):
    meta = pdfa.open_metadata()
    assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
    assert meta["dc:title"] == str(pdfa.docinfo.Title)
    assert "Văn phòng Chính phủ" in str(meta["dc:creator"])
    assert Name.Trapped not in pdfa.docinfo
    raw = pdfa.Root.Metadata.read_bytes()
    assert b"<?xpacket" in raw and pdfa.Root.Metadata.Subtype == "/XML"
    assert "/Filter" not in pdfa.Root.Metadata, "PDF/A forbids a filtered metadata stream"


def test_srgb_output_intent(pdfa):
    (intent,) = pdfa.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1"
    profile = intent.DestOutputProfile
    assert int(profile.N) == 3 and profile.read_bytes() == srgb_profile()
    data = srgb_profile()
    assert (
        data[36:40] == b"acsp"
        and data[16:20] == b"RGB "
        and int.from_bytes(data[:4], "big") == len(data)
    )


def test_fonts_embedded_and_no_standard_fonts(pdfa):
    for page in pdfa.pages:
        for font in page.Resources.Font.values():
            base = str(font.BaseFont).split("+")[-1].lstrip("/")
            assert base not in STANDARD_14
            assert "/FontFile2" in font.FontDescriptor and "/ToUnicode" in font


def test_qpdf_finds_no_structural_problems(pdfa):
    assert pdfa.check_pdf_syntax() == []


def test_structure_free_of_forbidden_features(pdfa):
    assert not pdfa.is_encrypted
    assert "/ID" in pdfa.trailer
    assert pdfa.Root.Lang == "vi-VN"
    assert "/NeedAppearances" not in pdfa.Root.AcroForm
    for key in ("/JavaScript", "/OpenAction", "/AA"):
        assert key not in pdfa.Root
    for page in pdfa.pages:
        for annot in page.get("/Annots", []):
            assert int(annot.F) & 4 and not int(annot.F) & (
                1 | 2 | 32
            )  # Print; not hidden/invisible/NoView
            assert "/N" in annot.AP


def test_pdfa_register_and_plain_output_differ_only_by_choice():
    rows = [
        IncomingRegisterRow(
            __import__("datetime").date(2026, 1, 5),
            1,
            "Bộ Tài chính",
            "1/BTC-VP",
            __import__("datetime").date(2026, 1, 2),
            "Công văn",
            "Vụ KSTT",
        )
    ]
    register = pikepdf.open(
        io.BytesIO(render_register("incoming", rows, agency_name="VPCP", year=2026, pdfa=True).pdf)
    )
    assert register.open_metadata()["pdfaid:part"] == "2"
    plain = pikepdf.open(io.BytesIO(render_draft(example_draft("notice")).pdf))
    assert "/OutputIntents" not in plain.Root
