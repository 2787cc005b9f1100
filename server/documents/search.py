"""Word search over documents, with the same results on SQLite and PostgreSQL.

A document is found when every word of the query is one of its words (``index_words``, stored
space-separated in ``documents.search_words``). PostgreSQL answers from a GIN-indexed tsvector
made of exactly those words (migration 0008_search_words); SQLite compares the same word list
directly. Words are never stemmed or re-parsed by the database, so both agree word for word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Subquery,
    and_,
    bindparam,
    cast,
    false,
    literal_column,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR

from server.core.text import query_words
from server.documents.tables import Document

MAX_QUERY_WORDS = 10
"""Further words of a query are ignored: ten already narrow any list to a few documents."""
SEARCH_VECTOR = "search_vector"
"""PostgreSQL only: ``search_words`` as a tsvector with a GIN index, kept by a trigger
(migration 0008; not in the model, see ``server.core.migrate.UNMODELLED_COLUMNS``)."""


def tsquery_of(words: Sequence[str]) -> str:
    """A tsquery asking for all the words, each quoted so PostgreSQL takes it verbatim."""
    quoted = ("'" + word.replace("\\", "\\\\").replace("'", "''") + "'" for word in words)
    return " & ".join(quoted)


def _like_word(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %"


def first_documents(where: ColumnElement[bool], *, order_by: Sequence[ColumnElement[Any]],
                    size: int, dialect: str) -> Subquery:
    """The first ``size`` documents in an order, with what ``matches`` needs to search them."""
    return (select(*_searchable_columns(dialect)).where(where).order_by(*order_by).limit(size)
            .subquery("first_documents"))


def matching_documents(text: str, *, dialect: str) -> Subquery:
    """Every document that has all the words of a search query, found through the word index.

    OFFSET 0 fences the subquery: the list built on it sorts the matches rather than walk a
    sort index hoping to meet them. PostgreSQL's estimate for a rare word ("6755/bc-btc" in
    11 documents of a million) can be a few thousand rows, and that walk then reads the table.
    """
    return (select(*_searchable_columns(dialect)).where(matches(text, dialect=dialect))
            .offset(0).subquery("matching_documents"))


def _searchable_columns(dialect: str) -> list[ColumnElement[Any]]:
    # What a list shows and filters on, and the words: never the whole folded text, which
    # would make every row of a window as wide as its PDF.
    table = Document.__table__.c
    columns: list[ColumnElement[Any]] = [
        column for column in table if column.name not in ("search_text", "search_words")]
    columns.append(_vector_of_documents().label(SEARCH_VECTOR) if dialect == "postgresql"
                   else table.search_words)
    return columns


def _vector_of_documents() -> ColumnElement[Any]:
    return literal_column(f"{Document.__tablename__}.{SEARCH_VECTOR}", TSVECTOR)


def matches(text: str, *, dialect: str, source: Subquery | None = None) -> ColumnElement[bool]:
    """A WHERE clause selecting the documents that have every word of a search query.

    ``source`` is where the documents come from when not the table itself (``first_documents``,
    ``matching_documents``). A query without any word (only punctuation) selects nothing
    rather than everything.
    """
    words = query_words(text)[:MAX_QUERY_WORDS]
    if not words:
        return false() if text.strip() else true()
    if dialect == "postgresql":
        vector = _vector_of_documents() if source is None else source.c[SEARCH_VECTOR]
        wanted = cast(bindparam("search_query", tsquery_of(words)), TSQUERY)
        return vector.bool_op("@@")(wanted)
    listed = Document.search_words if source is None else source.c.search_words
    padded = " " + listed + " "
    return and_(*(padded.like(_like_word(word), escape="\\") for word in words))
