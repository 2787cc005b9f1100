"""Word search: the same documents, in the same order, on SQLite and on PostgreSQL.

The corpus and the queries cover what Vietnamese users type: with or without diacritics, any
case, "đ" for "d", a number and notation whole or in part, punctuation, quotes and
backslashes (which PostgreSQL's tsquery would otherwise parse). Every query runs through
``list_documents`` (the search window, then the word index) and through the plain query.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from server.auth.principal import Principal
from server.auth.service import principal_of
from server.core import migrate
from server.core.context import AppContext
from server.core.db import Database
from server.core.text import fold_for_search
from server.documents import queries
from server.documents.access import add_participant
from server.documents.tables import Document
from server.users.tables import User
from tests.fixtures.databases import postgres_admin_url
from tests.fixtures.server import Seed, fast_settings, seed_agency

# (subject, further text as in the PDF or the number and notation, confidential)
CORPUS: tuple[tuple[str, str, bool], ...] = (
    ("Quyết định phê duyệt đề án chuyển đổi số", "Số: 123/QĐ-UBND", False),
    ("Quyết định về việc khen thưởng", "Số: 1234/QĐ-UBND", False),
    ("Quyết định giao dự toán ngân sách", "Số: 123/QĐ-BTC", False),
    ("Thông tư hướng dẫn điểm đ khoản 2 Điều 5", "", False),
    ("Báo cáo tình hình kinh tế Đà Nẵng", "GDP tăng 7,4% so với cùng kỳ", False),
    ("Giấy mời họp với đoàn chuyên gia O'Neill", "tệp mẫu a\\b_c", False),
    ("Quyết định về công tác cán bộ", "Số: 99/QĐ-TTg", True),
    ("Kế hoạch cải cách thủ tục hành chính", "chuyển đổi số trong cải cách", False),
)
CREATORS = {0: "officer", 4: "officer", 6: "unithead"}
"""Who created which document (the clerk the others); the officer's unit takes part in the
last one too."""

QUERIES: dict[str, set[int]] = {
    "quyet dinh": {0, 1, 2}, "Quyết định": {0, 1, 2}, "QUYẾT ĐỊNH": {0, 1, 2},
    "123/QĐ-UBND": {0}, "123/qd-ubnd": {0}, "QĐ-UBND": {0, 1}, "123": {0, 2},
    "quyết định 123": {0, 2}, "đ": {3}, "d": {3}, "điểm đ": {3}, "Đà Nẵng": {4},
    "da nang": {4}, "7,4%": {4}, "chuyen doi so": {0, 7}, "O'Neill": {5}, "a\\b_c": {5},
    "b_c": {5}, "quye": set(), "...": set(), "100%_": set(), "khong co gi": set(),
}
"""What the clerk (who does not handle the confidential register) finds."""


def _load_corpus(database: Database, seed: Seed) -> list[int]:
    ids = []
    with database.writing() as session:
        for number, (subject, further, confidential) in enumerate(CORPUS):
            creator = CREATORS.get(number, "clerk")
            document = Document(
                agency_id=1, direction="incoming", state="registered", type_code="decision",
                subject=subject, drafting_unit_id=seed.units["VT"],
                created_by=seed.users[creator],
                confidentiality="confidential" if confidential else "normal",
                search_text=fold_for_search(f"{subject} {further}"))
            session.add(document)
            session.flush()
            add_participant(session, document_id=document.id, user_id=seed.users[creator],
                            reason="creator")
            ids.append(document.id)
        add_participant(session, document_id=ids[-1], unit_id=seed.units["TH"],
                        reason="assignee")
        session.commit()
    return ids


def _principal(database: Database, user_id: int) -> Principal:
    with database.reading() as session:
        user = session.scalars(select(User).where(User.id == user_id)).one()
        return principal_of(user)


def _found(database: Database, principal: Principal, query: str, **fields: object) -> list[int]:
    wanted = queries.DocumentFilter(text=query, **fields)  # type: ignore[arg-type]
    with database.reading() as session:
        page = queries.list_documents(session, principal=principal, wanted=wanted, limit=100)
        plain = list(session.scalars(queries.filtered_query(
            principal, wanted, dialect=session.get_bind().dialect.name)))
    assert [d.id for d in page.items] == [d.id for d in plain], query
    return [d.id for d in page.items]


@pytest.fixture
def corpus(context: AppContext, seed: Seed) -> list[int]:
    return _load_corpus(context.database, seed)


def test_queries_find_exactly_the_documents_with_all_their_words(
        context: AppContext, seed: Seed, corpus: list[int]) -> None:
    clerk = _principal(context.database, seed.users["clerk"])
    found = {query: set(_found(context.database, clerk, query)) for query in QUERIES}
    assert found == {query: {corpus[n] for n in wanted} for query, wanted in QUERIES.items()}
    officer = _principal(context.database, seed.users["officer"])
    assert set(_found(context.database, officer, "chuyen doi so")) == {corpus[0], corpus[7]}
    assert set(_found(context.database, officer, "quyet dinh")) == {corpus[0]}


def test_filters_and_sorts_apply_to_the_matches(context: AppContext, seed: Seed,
                                                corpus: list[int]) -> None:
    clerk = _principal(context.database, seed.users["clerk"])
    assert _found(context.database, clerk, "quyet dinh", sort="oldest") == corpus[:3]
    assert _found(context.database, clerk, "quyet dinh", sort="newest") == corpus[2::-1]
    assert _found(context.database, clerk, "quyet dinh", sort="arrival") != []
    assert _found(context.database, clerk, "quyet dinh", states=("issued",)) == []


def test_pages_from_the_window_are_the_pages_of_the_plain_query(
        context: AppContext, seed: Seed, corpus: list[int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A window smaller than the corpus: some pages come from it, others from the index."""
    clerk = _principal(context.database, seed.users["clerk"])
    for window in (1, 2, 4):
        monkeypatch.setattr(queries, "SEARCH_WINDOW", window)
        for text, sort in (("quyet dinh", "newest"), ("chuyen doi so", "oldest"),
                           ("so", "due"), ("123", "newest")):
            wanted = queries.DocumentFilter(text=text, sort=sort)
            with context.database.reading() as session:
                everything = [d.id for d in session.scalars(queries.filtered_query(
                    clerk, wanted, dialect=session.get_bind().dialect.name))]
                for offset in range(len(everything) + 1):
                    page = queries.list_documents(session, principal=clerk, wanted=wanted,
                                                  limit=1, offset=offset)
                    assert [d.id for d in page.items] == everything[offset:offset + 1]
                    assert page.has_more == (offset + 1 < len(everything))


@pytest.fixture
def sqlite_twin(tmp_path: Path) -> Iterator[tuple[Database, Seed]]:
    """The same agency and corpus in a SQLite database, beside the PostgreSQL one."""
    settings = fast_settings(tmp_path / "twin", f"sqlite:///{tmp_path / 'twin.db'}")
    database = Database.from_url(settings.effective_database_url)
    migrate.upgrade(database.engine)
    twin = AppContext.build(settings, database=database)
    seed = seed_agency(twin)
    _load_corpus(database, seed)
    yield database, seed
    twin.signatures.close()
    database.dispose()


@pytest.mark.skipif(postgres_admin_url() is None,
                    reason="compares with PostgreSQL: set PHIGIAY_TEST_POSTGRES_URL")
def test_sqlite_and_postgresql_give_the_same_pages(
        context: AppContext, seed: Seed, corpus: list[int],
        sqlite_twin: tuple[Database, Seed]) -> None:
    twin, twin_seed = sqlite_twin
    assert context.database.is_postgresql and not twin.is_postgresql
    for user in ("clerk", "officer", "unithead"):
        here = _principal(context.database, seed.users[user])
        there = _principal(twin, twin_seed.users[user])
        for query in QUERIES:
            assert _found(context.database, here, query) == _found(twin, there, query), query
