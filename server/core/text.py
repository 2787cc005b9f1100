"""Text helpers shared by features: Vietnamese folding for search, safe file names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

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


_WORD = re.compile(r"[^\W_]+")
MAX_JOINED_PARTS = 4
"""Runs of up to this many words joined by punctuation ("123/qd-ubnd") are indexed whole."""
MAX_WORD_LENGTH = 64
"""Longer words are cut, alike in the index and in queries (so they still match)."""


def _chunks(folded: str) -> Iterator[tuple[str, list[re.Match[str]]]]:
    for chunk in folded.split(" "):
        parts = list(_WORD.finditer(chunk))
        if parts:
            yield chunk, parts


def index_words(text: str) -> list[str]:
    """The words under which a text is found, folded, sorted and unique.

    Each word on its own, and each run of up to ``MAX_JOINED_PARTS`` words joined by
    punctuation without a space, as written: "Số 123/QĐ-UBND" gives "so", "123", "qd", "ubnd",
    "123/qd", "qd-ubnd" and "123/qd-ubnd" — so a number and notation is found whole or in part,
    and "10/XX-YY" does not match a document that merely has a 10 and an XX somewhere.
    """
    words: set[str] = set()
    for chunk, parts in _chunks(fold_for_search(text)):
        for position, first in enumerate(parts):
            for last in parts[position:position + MAX_JOINED_PARTS]:
                words.add(chunk[first.start():last.end()][:MAX_WORD_LENGTH])
    return sorted(words)


def query_words(query: str) -> list[str]:
    """The words a search query asks for, each of which must be found (in query order).

    Punctuation around a word is dropped ("(đôn" → "don"); words joined by punctuation are
    looked up as written ("10/QĐ-UBND" → "10/qd-ubnd"), or word by word when more than
    ``MAX_JOINED_PARTS`` are joined (no such run is indexed whole).
    """
    wanted: list[str] = []
    for chunk, parts in _chunks(fold_for_search(query)):
        if len(parts) <= MAX_JOINED_PARTS:
            wanted.append(chunk[parts[0].start():parts[-1].end()][:MAX_WORD_LENGTH])
        else:
            wanted.extend(part.group()[:MAX_WORD_LENGTH] for part in parts)
    return list(dict.fromkeys(wanted))


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
