"""The Decree 30 appearances: Vietnamese text, ISO 8601 +07:00 time, seal geometry, images."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime

import pytest

import signing as s
from signing.demo_images import seal_png, signature_png
from signing.stamp import appendix_stamp_box, format_signing_time


def _text(pdf: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, timeout=20, check=True
    )
    return done.stdout.decode()


def test_sequence_renders_vietnamese_and_vietnam_time(issued: dict[str, bytes]) -> None:
    text = _text(issued["sealed"])
    for expected in (
        "PHÓ CHỦ NHIỆM",
        "Nguyễn Văn An",
        "Văn phòng Chính phủ",
        "12/QĐ-VPCP",
        "Hà Nội, ngày 26 tháng 11 năm 2026",
        "+07:00",
    ):
        assert expected in text


def test_appendix_stamp_shows_number_and_time(blank_pdf: bytes, leader: s.SigningKey) -> None:
    box = appendix_stamp_box(595.0, 842.0)
    signed = s.sign_pdf(
        blank_pdf,
        leader,
        s.SignOptions(field_name="AppendixSeal", box=box, appearance=s.AppendixStamp("12/QĐ-VPCP")),
    )
    text = _text(signed)
    assert "12/QĐ-VPCP" in text and "+07:00" in text
    assert box[2] > 500 and box[3] > 780  # top right of an A4 page


def test_seal_covers_the_left_third_of_the_signature() -> None:
    signature = (300.0, 100.0, 510.0, 260.0)
    x1, y1, x2, y2 = s.seal_box(signature, seal_size=113.0)
    seal_centre = (x1 + x2) / 2
    seal_right = seal_centre + 113.0 / 2
    assert seal_right == pytest.approx(300.0 + 210.0 / 3)
    assert x2 - x1 >= 113.0 and y1 < 180.0 < y2


def test_signing_time_is_iso_8601_in_vietnam_time() -> None:
    moment = datetime(2026, 12, 31, 20, 30, 5, 123, tzinfo=UTC)
    assert format_signing_time(moment) == "2027-01-01T03:30:05+07:00"


def test_demo_images_are_transparent_pngs() -> None:
    for png in (signature_png("Nguyễn Văn An"), seal_png(size=120)):
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert png[25] == 6  # colour type RGBA: transparent background
    assert signature_png("A") != signature_png("B")


def test_docstring_examples() -> None:
    import doctest

    import signing.outgoing
    import signing.stamp

    for module in (signing.stamp, signing.outgoing):
        assert doctest.testmod(module).failed == 0
