"""The signature panel explains every ETSI sub-indication and our own warning in the interface
language (the validator's own words stay as a technical detail)."""

from __future__ import annotations

import pytest
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_language
from desktop.screens.document import signatures
from signing import verify

CODES = sorted({m.name for m in AdESFailure} | {m.name for m in AdESIndeterminate}
               | {"REVOKED_NO_POE", "TIMESTAMP_ORDER_FAILURE"})


@pytest.fixture
def vietnamese(qapp: QApplication) -> None:
    install_language("vi")


def test_every_sub_indication_is_explained_in_vietnamese(vietnamese: None) -> None:
    install_language("en")
    english = {code: signatures.sub_indication_text(code) for code in CODES}
    install_language("vi")
    for code in CODES:
        text = signatures.sub_indication_text(code)
        assert text, code
        assert text != english[code], f"{code} is not translated"
    assert signatures.sub_indication_text(None) is None
    assert signatures.sub_indication_text("SOMETHING_NEW") is None


def test_our_warning_is_recognised_and_others_shown_as_detail(vietnamese: None) -> None:
    assert signatures.NO_TIMESTAMP_WARNING == verify.NO_TIMESTAMP_WARNING
    ours = signatures.warning_text(verify.NO_TIMESTAMP_WARNING)
    assert "dấu thời gian" in ours.lower()
    detail = signatures.warning_text("certificate path could not be built")
    assert detail.endswith("certificate path could not be built") and detail != \
        "certificate path could not be built"
