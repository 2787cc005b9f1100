"""Minutes, conclusion notice and opinion ballot built from plain inputs; urgency/secrecy marks."""

from __future__ import annotations

import io
from datetime import date, datetime

import pdfplumber
import pytest

from server.rendering import render_draft
from server.rendering.outputs import (
    AgendaRecord,
    BallotQuestion,
    ConclusionNoticeInput,
    MinutesInput,
    OpinionBallotInput,
    Person,
    conclusion_notice_draft,
    minutes_draft,
    opinion_ballot_draft,
)

from .rendering_pagetext import FRAME_CENTRE, PAGE_W, find, lines

VPCP = {"agency_name": "Văn phòng Chính phủ", "agency_abbreviation": "VPCP", "place": "Hà Nội"}


def _page(draft):
    result = render_draft(draft)
    pdf = pdfplumber.open(io.BytesIO(result.pdf))
    return result, pdf.pages[0]


def test_minutes():
    minutes = MinutesInput(
        **VPCP,
        meeting_title="Phiên họp Chính phủ thường kỳ tháng 10 năm 2026",
        venue="Phòng họp A, Trụ sở Chính phủ",
        started_at=datetime(2026, 10, 3, 8, 0),
        ended_at=datetime(2026, 10, 3, 11, 30),
        chair=Person("Phạm Quốc Bảo", "Chủ tọa"),
        secretary=Person("Lê Minh Tuấn", "Thư ký"),
        attendees=["Các Phó Thủ tướng Chính phủ", "Các Bộ trưởng"],
        items=[
            AgendaRecord("Tình hình kinh tế - xã hội", ["Bộ Tài chính báo cáo."], "Thống nhất.")
        ],
    )
    result, page = _page(minutes_draft(minutes))
    assert find(page, "BIÊN BẢN").all_bold()
    assert find(page, "Thời gian bắt đầu: 08 giờ 00 phút, ngày 03 tháng 10 năm 2026.")
    chair, secretary = find(page, "CHỦ TỌA"), find(page, "THƯ KÝ")
    assert secretary.x1 < PAGE_W / 2 < chair.x0
    assert {"LeaderSignature", "CoSignerSignature", "AgencySeal"} <= {f.name for f in result.fields}
    assert "Nơi nhận" not in page.extract_text()


def test_conclusion_notice():
    notice = ConclusionNoticeInput(
        **VPCP,
        presiding="Thủ tướng Chính phủ",
        meeting_title="phiên họp Chính phủ thường kỳ tháng 10 năm 2026",
        meeting_day=date(2026, 10, 3),
        conclusions=["Giao Bộ Tài chính chủ trì.", "Các Bộ khẩn trương hoàn thiện."],
        signer=Person("Trần Văn Sơn", "Bộ trưởng, Chủ nhiệm"),
        drafting_unit="TH",
        drafter_initials="NTH",
    )
    draft = conclusion_notice_draft(notice)
    assert draft.metadata.full_notation == "TB-VPCP"
    _, page = _page(draft)
    assert find(page, "THÔNG BÁO").all_bold()
    assert find(page, "Ngày 03 tháng 10 năm 2026,", startswith=True)
    assert find(page, "TL. THỦ TƯỚNG").all_bold()
    assert find(page, "BỘ TRƯỞNG, CHỦ NHIỆM").all_bold()
    assert find(page, "- Lưu: VT, TH, NTH.")


def test_opinion_ballot():
    ballot = OpinionBallotInput(
        **VPCP,
        subject="Về dự thảo Nghị định sửa đổi Nghị định số 30/2020/NĐ-CP",
        member=Person("Nguyễn Văn An", "Bộ trưởng Bộ Nội vụ"),
        questions=[
            BallotQuestion("Thông qua dự thảo"),
            BallotQuestion("Giao Bộ Nội vụ hoàn thiện"),
        ],
        deadline=date(2026, 11, 5),
    )
    result, page = _page(opinion_ballot_draft(ballot))
    assert find(page, "PHIẾU LẤY Ý KIẾN").all_bold()
    table = page.extract_table()
    header = [" ".join(cell.split()) for cell in table[0]]
    assert header == ["STT", "Nội dung xin ý kiến", "Đồng ý", "Không đồng ý", "Ý kiến khác"]
    assert table[1][:2] == ["1", "Thông qua dự thảo"] and table[1][2:] == ["", "", ""]
    assert find(page, "BỘ TRƯỞNG BỘ NỘI VỤ").all_bold()
    assert find(page, "Thành viên Chính phủ: Nguyễn Văn An, Bộ trưởng Bộ Nội vụ.")
    assert find(page, "Đề nghị gửi lại Phiếu trước ngày 05 tháng 11 năm 2026.").all_italic()


@pytest.mark.parametrize(
    ("code", "marks"), [("telegram", ["MẬT", "HỎA TỐC"]), ("official_letter", ["KHẨN"])]
)
def test_confidentiality_and_urgency_marks(rendered_examples, code, marks):
    page = rendered_examples[code].pdf.pages[0]
    found = [find(page, mark) for mark in marks]
    number = find(page, "Số:")
    for line in found:
        assert line.all_bold() and line.sizes <= {13.0, 14.0} and line.top > number.top
        assert line.x1 < PAGE_W / 2, "marks sit under the number, left column"
    assert [m.top for m in found] == sorted(m.top for m in found), "confidentiality above urgency"


def test_circulation_mark(rendered_examples):
    page = rendered_examples["report"].pdf.pages[0]
    mark = find(page, "LƯU HÀNH NỘI BỘ")
    assert mark.all_bold() and abs(mark.centre - FRAME_CENTRE) < 1
    body = find(page, "Thực hiện chỉ đạo", startswith=True)
    assert mark.top < body.top
    assert len([x for x in lines(page) if x.text == "LƯU HÀNH NỘI BỘ"]) == 1
