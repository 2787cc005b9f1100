"""A document's search text keeps the main file's text when only its metadata changes."""

from __future__ import annotations

from server.documents.service import refresh_search_text
from server.documents.tables import Document


def _words(document: Document) -> set[str]:
    return set(document.search_words.split())


def test_issuing_keeps_the_text_of_the_file() -> None:
    document = Document(type_code="official_letter", subject="Về việc đôn đốc giải ngân")
    refresh_search_text(None, document, pdf_text="Tăng trưởng GDP quý III đạt 7,4%")  # type: ignore[arg-type]
    assert {"gdp", "quy", "don", "doc"} <= _words(document)

    document.number, document.notation = 12, "UBND-TH"
    refresh_search_text(None, document)  # type: ignore[arg-type]
    assert {"gdp", "quy", "12/ubnd-th", "don"} <= _words(document)

    refresh_search_text(None, document, pdf_text="Báo cáo mới")  # type: ignore[arg-type]
    assert "gdp" not in _words(document) and {"bao", "cao", "12/ubnd-th"} <= _words(document)


def test_a_document_without_file_text_has_only_its_metadata() -> None:
    document = Document(type_code="decision", subject="Quyết định")
    refresh_search_text(None, document, pdf_text="")  # type: ignore[arg-type]
    assert "\x1f" not in document.search_text
    assert {"quyet", "dinh"} <= _words(document)
