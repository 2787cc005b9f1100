"""Server messages: every key in every language, Accept-Language parsing."""

from __future__ import annotations

import pytest

from server.core import errors
from server.core.messages import LANGUAGES, MESSAGES, message, pick_language


def test_every_message_exists_in_every_language() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), key


def test_every_error_code_has_a_message() -> None:
    codes = {cls.code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.PhigiayError)}
    assert codes <= set(MESSAGES)


@pytest.mark.parametrize(("header", "expected"), [
    (None, "vi"), ("", "vi"), ("en", "en"), ("fr-CA,fr;q=0.9", "fr"), ("de,en;q=0.5", "en"),
    ("en;q=0.2,fr;q=0.8", "fr"), ("xx;q=abc", "vi"),
])
def test_pick_language(header: str | None, expected: str) -> None:
    assert pick_language(header, "vi") == expected


def test_parameters_are_filled_and_missing_ones_tolerated() -> None:
    assert "10" in message("weak_password", "en", min_length=10)
    assert message("weak_password", "en")
