"""The words a document is found under, and the words a query asks for."""

from __future__ import annotations

import pytest

from server.core.text import MAX_WORD_LENGTH, index_words, query_words
from server.documents.search import tsquery_of


def test_a_number_and_notation_is_indexed_whole_and_in_parts() -> None:
    words = index_words("Số: 123/QĐ-UBND ngày 05/3/2026")
    assert {"so", "123", "qd", "ubnd", "123/qd", "qd-ubnd", "123/qd-ubnd", "ngay",
            "05/3/2026", "3/2026", "05/3"} <= set(words)
    assert words == sorted(set(words))


@pytest.mark.parametrize(("query", "wanted"), [
    ("Quyết định", ["quyet", "dinh"]),
    ("QUYẾT ĐỊNH", ["quyet", "dinh"]),
    ("quyet  dinh quyet", ["quyet", "dinh"]),
    ("đ", ["d"]),
    ("123/QĐ-UBND", ["123/qd-ubnd"]),
    ("(đôn đốc),", ["don", "doc"]),
    ("7,4%", ["7,4"]),
    ("a-b-c-d-e", ["a", "b", "c", "d", "e"]),
    ("...", []),
    ("O'Neill", ["o'neill"]),
])
def test_query_words(query: str, wanted: list[str]) -> None:
    assert query_words(query) == wanted


def test_every_query_word_of_a_text_is_one_of_its_index_words() -> None:
    text = ("Quyết định số 123/QĐ-UBND về việc đôn đốc (kèm theo) Phụ lục I-A; tăng 7,4%; "
            "liên hệ http://a.gov.vn/x_y, O'Neill, a\\b, " + "x" * 100)
    assert set(query_words(text)) <= set(index_words(text))
    assert max(len(word) for word in index_words(text)) == MAX_WORD_LENGTH


def test_tsquery_quotes_every_word_verbatim() -> None:
    assert tsquery_of(["quyet", "o'neill", "a\\b"]) == "'quyet' & 'o''neill' & 'a\\\\b'"
