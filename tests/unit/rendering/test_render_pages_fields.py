"""Page numbers, form fields, appendices and register books."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pikepdf
import pytest

from server.rendering import (
    IncomingRegisterRow,
    OutgoingRegisterRow,
    render_draft,
    render_register,
    render_separate_appendix,
)
from server.rendering.examples import example_draft, example_types, long_draft

from .rendering_pagetext import FRAME_CENTRE, PAGE_H, PAGE_W, TOP, find, lines


@pytest.fixture(scope="module")
def long_doc():
    result = render_draft(long_draft(14))
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        yield result, pdf


def test_page_numbers_from_page_two_centred_in_top_margin(long_doc):
    result, pdf = long_doc
    assert result.page_count >= 3
    assert not [c for c in pdf.pages[0].chars if c["top"] < TOP]
    for page in pdf.pages[1:]:
        head = [x for x in lines(page) if x.bottom < TOP]
        assert [x.text for x in head] == [str(page.page_number)]
        assert abs(head[0].centre - FRAME_CENTRE) < 1.0
        assert head[0].sizes <= {13.0, 14.0} and head[0].upright_regular()
        assert head[0].top > 0 and head[0].bottom < TOP


def test_article_titles_never_end_a_page(long_doc):
    _, pdf = long_doc
    for page in pdf.pages[:-1]:
        last = max(lines(page), key=lambda x: x.top)
        assert not last.text.startswith("Điều "), f"orphaned heading on page {page.page_number}"


@pytest.mark.parametrize("code", example_types())
def test_form_fields_present_and_empty(rendered_examples, code):
    result = rendered_examples[code].result
    pdf = pikepdf.open(io.BytesIO(result.pdf))
    fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
    assert {"IssueNumber", "IssueDate", "LeaderSignature", "AgencySeal"} <= set(fields)
    assert fields["IssueNumber"].FT == "/Tx" and str(fields["IssueNumber"].V) == ""
    assert fields["IssueDate"].FT == "/Tx" and str(fields["IssueDate"].V) == ""
    assert fields["LeaderSignature"].FT == "/Sig" and "/V" not in fields["LeaderSignature"]
    assert fields["AgencySeal"].FT == "/Sig" and "/V" not in fields["AgencySeal"]
    sig = fields["LeaderSignature"]
    assert [float(v) for v in sig.Rect] == pytest.approx(
        list(result.field("LeaderSignature").rect), abs=0.01
    )
    for placement in result.fields:
        assert 0 <= placement.rect[0] < placement.rect[2] <= PAGE_W
        assert 0 <= placement.rect[1] < placement.rect[3] <= PAGE_H


def test_widgets_print_and_have_appearances(rendered_examples):
    pdf = pikepdf.open(io.BytesIO(rendered_examples["decision"].result.pdf))
    annots = [a for page in pdf.pages for a in page.get("/Annots", [])]
    assert len(annots) == 6  # number and date in the header and the appendix, signature, seal
    assert all("/T" in a and "/Parent" not in a for a in annots), (
        "every widget merged into its field"
    )
    for annot in annots:
        assert int(annot.F) & 4 and "/N" in annot.AP


def test_same_file_appendix_repeats_issuance_fields(rendered_examples):
    rendered = rendered_examples["decision"]
    assert rendered.result.field("IssueNumber").page_index == 0
    assert rendered.result.field("IssueNumber_A1").page_index == 1
    assert rendered.result.field("IssueDate_A1").page_index == 1
    page = rendered.pdf.pages[1]
    assert find(page, "PHỤ LỤC I").all_bold()
    assert find(page, "(Kèm theo Quyết định số", startswith=True).all_italic()


def test_separate_appendix_reserves_top_right():
    draft = example_draft("decision")
    separate = draft.model_copy(
        update={"appendices": [draft.appendices[0].model_copy(update={"separate_file": True})]}
    )
    main = render_draft(separate)
    assert main.page_count == 1 and "IssueNumber" in {f.name for f in main.fields}
    appendix = render_separate_appendix(separate, 0)
    ref = appendix.field("MainDocumentReference")
    assert ref.page_index == 0 and ref.font_size == 10 and ref.multiline
    assert ref.rect[2] == pytest.approx(PAGE_W - 15 * 72 / 25.4, abs=0.5)
    assert ref.rect[3] == pytest.approx(PAGE_H - 20 * 72 / 25.4, abs=0.5)
    assert ref.rect[0] > PAGE_W / 2
    with pdfplumber.open(io.BytesIO(appendix.pdf)) as pdf:
        title = find(pdf.pages[0], "PHỤ LỤC I")
        assert title.top > PAGE_H - ref.rect[1] - 1, "content starts below the reserved area"


def test_incoming_register_is_landscape_with_repeated_header():
    rows = [
        IncomingRegisterRow(
            date(2026, 1, 5),
            n,
            "Bộ Tài chính",
            f"{n}/BTC-VP",
            date(2026, 1, 2),
            "Công văn v/v triển khai ký số văn bản điện tử",
            "Vụ KSTT",
        )
        for n in range(1, 60)
    ]
    result = render_register("incoming", rows, agency_name="Văn phòng Chính phủ", year=2026)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        assert pdf.pages[0].width > pdf.pages[0].height
        assert find(pdf.pages[0], "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN").all_bold()
        for page in pdf.pages:
            text = page.extract_text()
            assert "Ngày đến" in text and "Số đến" in text and "Ký nhận" in text
        assert len(pdf.pages) > 1
        assert "59/BTC-VP" in pdf.pages[-1].extract_text()


def test_outgoing_register_columns():
    rows = [
        OutgoingRegisterRow(
            "12/QĐ-VPCP",
            date(2026, 2, 5),
            "Quyết định ban hành Quy chế",
            "Nguyễn Văn Hùng",
            "Các Bộ",
            "Vụ TCCB",
            5,
            date(2026, 2, 5),
        )
    ]
    result = render_register("outgoing", rows, agency_name="Văn phòng Chính phủ", year=2026)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        table = pdf.pages[0].extract_table()
        assert len(table[0]) == 10
        assert table[2][0] == "12/QĐ-VPCP" and table[2][6] == "5" and table[2][7] == "05/02/2026"
