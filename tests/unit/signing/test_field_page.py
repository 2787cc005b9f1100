"""Finding the page a signature field is drawn on (the desktop's appearance preview)."""

from __future__ import annotations

import signing as s
from tests.unit.signing.conftest import make_pdf


def test_the_page_of_a_visible_field_is_found() -> None:
    pdf = s.add_signature_field(make_pdf(3), "LeaderSignature", page=2, box=(300, 100, 500, 200))
    assert s.signature_field_page(pdf, "LeaderSignature") == 2


def test_a_missing_field_has_no_page() -> None:
    pdf = s.add_signature_field(make_pdf(2), "AgencySeal", page=1, box=(300, 100, 420, 220))
    assert s.signature_field_page(pdf, "LeaderSignature") is None
    assert s.signature_field_page(pdf, "AgencySeal") == 1
