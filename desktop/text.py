"""Vietnamese text helpers that need no Qt."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case text without diacritics, for matching: "Đức" → "duc", "Công văn" → "cong van"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return stripped.casefold()


def matches(query: str, *texts: str | None) -> bool:
    """Whether every word of ``query`` occurs in one of ``texts``, with or without diacritics.

    A query typed with diacritics must match them ("Đức" does not find "Dục"); a query without
    any matches either spelling ("duc" finds "Đức" and "Dục").
    """
    words = query.split()
    if not words:
        return True
    haystack = " ".join(t for t in texts if t)
    folded = fold(haystack)
    lowered = unicodedata.normalize("NFC", haystack).casefold()
    for word in words:
        exact = unicodedata.normalize("NFC", word).casefold()
        if fold(word) == exact:
            if exact not in folded:
                return False
        elif exact not in lowered:
            return False
    return True
