"""The minutes PDF served for signature: no register number ("Số: /BB-…" left blank), and the
place dated with the day the session opened, in Vietnam's time zone."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone

import pdfplumber

from tests.integration.server.meetings.conftest import MEMBERS, Prepared
from tests.integration.server.meetings.kit import Api

VIETNAM = timezone(timedelta(hours=7))


def test_minutes_pdf_header_is_unnumbered_and_dated(api: Api, prepared: Prepared) -> None:
    mid = prepared.meeting_id
    api.call("secretary", "POST", f"/meetings/{mid}/publish")
    for name in ("leader", *MEMBERS):
        api.call(name, "POST", f"/meetings/{mid}/check-in", json={})
    api.call("leader", "POST", f"/meetings/{mid}/start")
    api.call("leader", "POST", f"/meetings/{mid}/consent-block/adopt")
    api.call("leader", "POST", f"/meetings/{mid}/close")
    opened = datetime.fromisoformat(api.call("secretary", "GET", f"/meetings/{mid}/minutes")
                                    ["opened_at"]).astimezone(VIETNAM)
    pdf = api.call("secretary", "GET", f"/meetings/{mid}/minutes.pdf")
    text = pdfplumber.open(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Số:" not in text and "/BB-" not in text
    dated = re.search(r"(\S[^\n,]*), ngày (\d\d) tháng (\d\d) năm (\d{4})", text)
    assert dated is not None, text
    assert dated.group(1).strip() and "giờ" not in dated.group(0)
    assert (int(dated.group(2)), int(dated.group(3)), int(dated.group(4))) == (
        opened.day, opened.month, opened.year)
