"""Text helpers shared by features: Vietnamese folding for search, safe file names."""

from __future__ import annotations

import re
import unicodedata

from server.core.errors import ValidationFailed

_SPACES = re.compile(r"\s+")
_FORBIDDEN_IN_NAMES = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def ascii_fold(text: str) -> str:
    """Vietnamese text without diacritics ("Quyết định" → "Quyet dinh", "Đ" → "D")."""
    text = unicodedata.normalize("NFC", text).replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def fold_for_search(text: str) -> str:
    """The form stored and queried for search: no diacritics, lower case, single spaces."""
    return _SPACES.sub(" ", ascii_fold(text).lower()).strip()


def search_terms(query: str) -> list[str]:
    """The folded words of a search query (each must appear)."""
    return [term for term in fold_for_search(query).split(" ") if term]


def clean_filename(name: str | None) -> str:
    """A file name as given by a client, checked: no folders, no control or reserved characters.

    Raises:
        ValidationFailed: the name tries to leave its folder or holds forbidden characters.
    """
    if not name:
        raise ValidationFailed("a file name is required")
    name = unicodedata.normalize("NFC", name).strip()
    if name in (".", "..") or _FORBIDDEN_IN_NAMES.search(name):
        raise ValidationFailed(f"file name {name!r} is not allowed (no folders or special "
                               "characters)")
    if len(name.encode("utf-8")) > 255:
        raise ValidationFailed("file name longer than 255 bytes")
    return name
