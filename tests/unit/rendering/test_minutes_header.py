"""The minutes' header: cabinet minutes are not numbered through a register, so the header prints
no "Số: …" line, and the place comes with the meeting's date (Phụ lục I, component 4) as text
rather than an issuance field the clerk would fill."""

from __future__ import annotations

import io
from datetime import datetime

import pdfplumber

from server.rendering import render_draft
from server.rendering.outputs import AgendaRecord, MinutesInput, Person, minutes_draft

from .rendering_pagetext import PAGE_W, find, lines


def _minutes(started_at: datetime) -> MinutesInput:
    return MinutesInput(
        agency_name="Văn phòng Chính phủ", agency_abbreviation="VPCP", place="Hà Nội",
        meeting_title="Phiên họp Chính phủ thường kỳ tháng 2 năm 2027",
        venue="Phòng họp A, Trụ sở Chính phủ", started_at=started_at,
        ended_at=started_at.replace(hour=11), chair=Person("Phạm Quốc Bảo", "Chủ tọa"),
        secretary=Person("Lê Minh Tuấn", "Thư ký"), attendees=["Các Bộ trưởng"],
        items=[AgendaRecord("Tình hình kinh tế - xã hội", (), "Thống nhất.")],
    )


def test_minutes_header_has_no_blank_number_and_dates_the_place() -> None:
    result = render_draft(minutes_draft(_minutes(datetime(2027, 2, 5, 8, 30))))
    page = pdfplumber.open(io.BytesIO(result.pdf)).pages[0]
    text = page.extract_text()
    assert "Số:" not in text
    assert "/BB-VPCP" not in text
    place = find(page, "Hà Nội, ngày 05 tháng 02 năm 2027")
    assert place.all_italic()
    # Centred under the national title, in the right-hand column.
    title = find(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert abs(place.centre - title.centre) < 2 and place.x1 < PAGE_W
    # Nothing for the clerk to fill: no number or date fields, only the signatures.
    assert {f.name for f in result.fields}.isdisjoint({"IssueNumber", "IssueDate"})
    assert {"LeaderSignature", "CoSignerSignature"} <= {f.name for f in result.fields}


def test_the_header_still_leaves_the_agency_and_title_in_place() -> None:
    page = pdfplumber.open(io.BytesIO(
        render_draft(minutes_draft(_minutes(datetime(2027, 11, 20, 14, 0)))).pdf)).pages[0]
    texts = [line.text for line in lines(page)]
    assert "VĂN PHÒNG CHÍNH PHỦ" in texts
    assert "Hà Nội, ngày 20 tháng 11 năm 2027" in texts
    assert texts.index("VĂN PHÒNG CHÍNH PHỦ") < texts.index("BIÊN BẢN")
