"""Every component of every document type against the numbers of Decree 30, Phụ lục I."""

from __future__ import annotations

import pytest

from server.rendering import document_type
from server.rendering.examples import example_types
from server.rendering.header import MOTTO, NATIONAL_TITLE
from server.rendering.text import upper_vi

from .rendering_pagetext import (
    BOTTOM,
    FRAME_CENTRE,
    FRAME_X0,
    FRAME_X1,
    PAGE_H,
    PAGE_W,
    TOP,
    find,
    lines,
    rules,
)

ALL = example_types()
STANDARD = [c for c in ALL if c != "official_letter"]
TOL = 1.0


def _in(sizes: set[float], low: float, high: float) -> bool:
    return bool(sizes) and all(low - 0.05 <= s <= high + 0.05 for s in sizes)


@pytest.mark.parametrize("code", ALL)
def test_a4_and_margins(rendered_examples, code):
    for page in rendered_examples[code].pdf.pages:
        assert (round(page.width, 1), round(page.height, 1)) == (round(PAGE_W, 1), round(PAGE_H, 1))
        for ch in page.chars:
            if ch["top"] < TOP:  # only the page number lives in the top margin
                assert page.page_number > 1 and ch["text"].isdigit()
                continue
            assert ch["x0"] >= FRAME_X0 - TOL, ch
            assert ch["x1"] <= FRAME_X1 + TOL, ch
            assert ch["bottom"] <= PAGE_H - BOTTOM + TOL, ch


@pytest.mark.parametrize("code", ALL)
def test_national_title_and_motto(rendered_examples, code):
    page = rendered_examples[code].pdf.pages[0]
    title = find(page, NATIONAL_TITLE)
    assert title.all_bold() and _in(title.sizes, 12, 13)
    motto = find(page, MOTTO)
    assert motto.all_bold() and _in(motto.sizes, 13, 14)
    assert abs(title.centre - motto.centre) < TOL
    under = [r for r in rules(page) if 0 <= r[2] - motto.bottom <= 8]
    assert len(under) == 1, "one rule right under the motto"
    x0, x1, _ = under[0]
    assert abs((x1 - x0) - (motto.x1 - motto.x0)) < 1.5, "motto rule as long as the motto line"
    assert abs((x0 + x1) / 2 - motto.centre) < TOL


@pytest.mark.parametrize("code", ALL)
def test_agency_name_and_rule(rendered_examples, code):
    rendered = rendered_examples[code]
    page = rendered.pdf.pages[0]
    agency = rendered.draft.metadata.agency
    line = find(page, upper_vi(agency.name))
    assert line.all_bold() and _in(line.sizes, 12, 13)
    if agency.parent:
        parent = find(page, " ".join(upper_vi(agency.parent).split()[:2]), startswith=True)
        assert parent.upright_regular() and _in(parent.sizes, 12, 13)
        assert parent.bottom < line.top
    under = [r for r in rules(page) if 0 <= r[2] - line.bottom <= 8 and r[0] < PAGE_W / 2]
    assert len(under) == 1
    length = under[0][1] - under[0][0]
    assert (line.x1 - line.x0) / 3 - TOL <= length <= (line.x1 - line.x0) / 2 + TOL
    assert abs((under[0][0] + under[0][1]) / 2 - line.centre) < TOL
    assert line.centre < find(page, MOTTO).x0, "agency sits left of the national title"


@pytest.mark.parametrize("code", ALL)
def test_number_and_notation(rendered_examples, code):
    rendered = rendered_examples[code]
    page = rendered.pdf.pages[0]
    meta = rendered.draft.metadata
    label = find(page, "Số:")
    assert label.sizes == {13.0} and label.upright_regular()
    notation = find(page, f"/{meta.full_notation}")
    assert notation.sizes == {13.0} and notation.upright_regular()
    abbr = meta.type.abbreviation
    expected = f"{abbr}-{meta.agency.abbreviation}" if abbr else f"{meta.agency.abbreviation}-"
    assert meta.full_notation.startswith(expected)
    number = rendered.result.field("IssueNumber")
    assert label.x1 < number.rect[0] + TOL and number.rect[2] <= notation.x0 + TOL


@pytest.mark.parametrize("code", ALL)
def test_place_and_date(rendered_examples, code):
    rendered = rendered_examples[code]
    page = rendered.pdf.pages[0]
    place = find(page, f"{rendered.draft.metadata.place},")
    assert place.all_italic() and _in(place.sizes, 13, 14)
    field = rendered.result.field("IssueDate")
    assert abs(field.rect[0] - place.x1) < 6 and field.italic and field.font_size == 14
    motto = find(page, MOTTO)
    group_centre = (place.x0 + field.rect[2]) / 2
    assert abs(group_centre - motto.centre) < 8, "place + date centred under the motto"


@pytest.mark.parametrize("code", ["decision", "official_letter"])
def test_preview_date_has_leading_zeros(previews, code):
    page = previews[code].pdf.pages[0]
    expected = {
        "decision": "Hà Nội, ngày 05 tháng 02 năm 2026",
        "official_letter": "Hà Nội, ngày 04 tháng 3 năm 2026",
    }[code]
    line = find(page, expected)
    assert line.all_italic()
    number = {"decision": "Số: 05/QĐ-VPCP", "official_letter": "Số: 123/VPCP-KSTT"}[code]
    assert find(page, number).sizes == {13.0}


@pytest.mark.parametrize("code", STANDARD)
def test_type_name_and_subject(rendered_examples, code):
    rendered = rendered_examples[code]
    page = rendered.pdf.pages[0]
    name = find(page, upper_vi(document_type(code).name))
    assert name.all_bold() and _in(name.sizes, 13, 14)
    assert abs(name.centre - FRAME_CENTRE) < TOL
    subject_first = [x for x in lines(page) if x.top > name.bottom and x.text][0]
    assert subject_first.all_bold() and _in(subject_first.sizes, 13, 14)
    assert abs(subject_first.centre - FRAME_CENTRE) < TOL
    assert rendered.draft.metadata.subject.startswith(subject_first.text.split()[0])
    x0, x1, rule_top = min(
        (r for r in rules(page) if r[2] > subject_first.bottom), key=lambda r: r[2]
    )
    subject = [x for x in lines(page) if subject_first.top <= x.top and x.bottom < rule_top]
    assert all(x.all_bold() for x in subject) and rule_top - subject[-1].bottom < 8
    assert abs((x0 + x1) / 2 - FRAME_CENTRE) < TOL
    longest = max(x.x1 - x.x0 for x in subject)
    assert longest / 3 - TOL <= x1 - x0 <= longest / 2 + TOL, "rule 1/3–1/2 of the subject line"


def test_official_letter_vv_and_addressees(rendered_examples):
    page = rendered_examples["official_letter"].pdf.pages[0]
    assert "CÔNG VĂN" not in page.extract_text()
    vv = find(page, "V/v", startswith=True)
    assert _in(vv.sizes, 12, 13) and vv.upright_regular()
    assert vv.x1 < PAGE_W / 2, "V/v sits in the left column under the number"
    assert find(page, "Kính gửi:", startswith=True).sizes == {14.0}
    mark = find(page, "KHẨN")
    assert mark.all_bold() and _in(mark.sizes, 13, 14) and mark.top > vv.top


def test_body_justified_with_indent_and_spacing(rendered_examples):
    page = rendered_examples["official_letter"].pdf.pages[0]
    first = find(page, "Thực hiện chỉ đạo", startswith=True)
    assert abs(first.x0 - (FRAME_X0 + 36)) < TOL, "first-line indent 1.27 cm"
    assert abs(first.x1 - FRAME_X1) < TOL, "justified to the right margin"
    assert first.sizes == {14.0} and first.upright_regular()
    following = [x for x in lines(page) if x.top > first.top]
    assert abs(following[0].x0 - FRAME_X0) < TOL and abs(following[0].x1 - FRAME_X1) < TOL
    next_para = find(page, "1. Rà soát", startswith=True)
    previous = max((x for x in lines(page) if x.top < next_para.top - 1), key=lambda x: x.top)
    assert next_para.top - previous.top >= 14 * 1.15 + 6 - 0.1, "at least 6 pt between paragraphs"


def test_decision_articles_and_bases(rendered_examples):
    page = rendered_examples["decision"].pdf.pages[0]
    basis = find(page, "Căn cứ Luật", startswith=True)
    assert basis.all_italic()
    article = find(page, "Điều 1.", startswith=True)
    bold = [c for c in article.chars if c["text"].strip()][:6]
    assert all("Bold" in c["fontname"] for c in bold)
    heading = find(page, "QUYẾT ĐỊNH:")
    assert heading.all_bold() and abs(heading.centre - FRAME_CENTRE) < TOL


@pytest.mark.parametrize("code", ALL)
def test_signature_block(rendered_examples, code):
    rendered = rendered_examples[code]
    signer = rendered.draft.metadata.signer
    sig = rendered.result.field("LeaderSignature")
    page = rendered.pdf.pages[sig.page_index]
    position = find(page, upper_vi(signer.lines()[-1]))
    name = find(page, signer.full_name)
    for line in (position, name):
        assert line.all_bold() and _in(line.sizes, 13, 14)
    assert position.text == position.text.upper()
    if signer.authority:
        authority = find(page, f"{signer.authority} {upper_vi(signer.authority_of)}")
        assert authority.all_bold() and authority.bottom <= position.top + TOL
    top_y, bottom_y = PAGE_H - sig.rect[3], PAGE_H - sig.rect[1]
    assert position.bottom <= top_y + 2 and bottom_y <= name.top + 2, (
        "signature between position and name"
    )
    assert (
        position.x0 > PAGE_W / 2 - 20 and abs(position.centre - (sig.rect[0] + sig.rect[2]) / 2) < 2
    )


@pytest.mark.parametrize("code", ALL)
def test_seal_overlaps_left_third_of_signature(rendered_examples, code):
    result = rendered_examples[code].result
    sig, seal = result.field("LeaderSignature"), result.field("AgencySeal")
    assert seal.page_index == sig.page_index and seal.kind == sig.kind == "signature"
    overlap = seal.rect[2] - sig.rect[0]
    width = sig.rect[2] - sig.rect[0]
    assert abs(overlap / width - 1 / 3) < 0.02
    assert seal.rect[0] < sig.rect[0]
    assert seal.rect[1] < (sig.rect[1] + sig.rect[3]) / 2 < seal.rect[3]


@pytest.mark.parametrize("code", [c for c in ALL if c not in ("minutes", "opinion_ballot")])
def test_recipients_block(rendered_examples, code):
    rendered = rendered_examples[code]
    page = rendered.pdf.pages[rendered.result.field("LeaderSignature").page_index]
    head = find(page, "Nơi nhận:")
    assert head.sizes == {12.0} and all("BoldItalic" in f for f in head.fonts)
    items = [
        x for x in lines(page) if x.top > head.top and x.x1 < PAGE_W / 2 and x.text.startswith("- ")
    ]
    assert items and all(x.sizes == {11.0} and x.upright_regular() for x in items)
    assert items[-1].text.startswith("- Lưu: VT,") and items[-1].text.endswith(".")
    assert head.x0 == pytest.approx(FRAME_X0, abs=TOL)


def test_drafter_initials_and_copies(rendered_examples):
    page = rendered_examples["decision"].pdf.pages[0]
    assert find(page, "- Lưu: VT, TCCB, NVA(05).")


def test_minutes_have_two_signers(rendered_examples):
    rendered = rendered_examples["minutes"]
    page = rendered.pdf.pages[0]
    secretary, chair = find(page, "THƯ KÝ"), find(page, "CHỦ TỌA")
    assert secretary.x1 < PAGE_W / 2 < chair.x0 and abs(secretary.top - chair.top) < TOL
    assert (
        rendered.result.field("CoSignerSignature").rect[2]
        < rendered.result.field("LeaderSignature").rect[0]
    )
