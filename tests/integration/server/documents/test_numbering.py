"""Register numbers: gap-free and race-free per register, year and series."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from server.auth.service import principal_of
from server.core.context import AppContext
from server.documents import outgoing
from server.documents.tables import Document
from server.users.tables import User
from tests.fixtures.server import Seed

from .conftest import MakeDocument


def _clerk(context: AppContext, seed: Seed):
    with context.database.reading() as session:
        user = session.get(User, seed.users["clerk"])
        assert user is not None
        return principal_of(user)


def _issue(context: AppContext, principal, document_id: int, on: date) -> int:
    with context.database.writing() as session:
        document = outgoing.issue(session, store=context.store, actor=principal,
                                  document_id=document_id, on=on,
                                  signatures=context.signatures)
        assert document.number is not None
        return document.number


def test_fifty_parallel_issuances_get_exactly_one_to_fifty(
    context: AppContext, seed: Seed, make_document: MakeDocument
) -> None:
    ids = [make_document() for _ in range(50)]
    clerk = _clerk(context, seed)
    numbers: list[int] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(50)

    def worker(document_id: int) -> None:
        try:
            barrier.wait(timeout=30)
            numbers.append(_issue(context, clerk, document_id, date(2026, 6, 1)))
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sorted(numbers) == list(range(1, 51))


def test_sequential_issuance_on_sqlite_or_postgres_is_gap_free(
    context: AppContext, seed: Seed, make_document: MakeDocument
) -> None:
    clerk = _clerk(context, seed)
    numbers = [_issue(context, clerk, make_document(), date(2026, 3, 2)) for _ in range(5)]
    assert numbers == [1, 2, 3, 4, 5]


def test_numbers_restart_on_the_first_of_january(
    context: AppContext, seed: Seed, make_document: MakeDocument
) -> None:
    clerk = _clerk(context, seed)
    december = [_issue(context, clerk, make_document(), date(2026, 12, 31)) for _ in range(3)]
    january = [_issue(context, clerk, make_document(), date(2027, 1, 1)) for _ in range(2)]
    assert december == [1, 2, 3] and january == [1, 2]


def test_confidential_and_normative_documents_have_their_own_series(
    context: AppContext, seed: Seed, make_document: MakeDocument
) -> None:
    clerk = _clerk(context, seed)
    on = date(2026, 5, 5)
    general = _issue(context, clerk, make_document(), on)
    secret = _issue(context, clerk, make_document(confidentiality="secret",
                                                  participants=(("user", "clerk"),)), on)
    decree = _issue(context, clerk, make_document(type_code="decree", is_normative=True), on)
    circular = _issue(context, clerk, make_document(type_code="circular", is_normative=True), on)
    general2 = _issue(context, clerk, make_document(), on)
    assert (general, secret, decree, circular, general2) == (1, 1, 1, 1, 2)


def test_a_failed_issuance_leaves_no_gap(
    context: AppContext, seed: Seed, make_document: MakeDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clerk = _clerk(context, seed)
    first = _issue(context, clerk, make_document(), date(2026, 4, 1))
    broken = make_document()

    def dispatch_fails(*_args: object) -> None:
        raise RuntimeError("disk full while dispatching")

    with monkeypatch.context() as patch:
        patch.setattr(outgoing, "_dispatch", dispatch_fails)
        with pytest.raises(RuntimeError):
            _issue(context, clerk, broken, date(2026, 4, 1))
    with context.database.reading() as session:
        assert session.get(Document, broken).number is None  # type: ignore[union-attr]
    second = _issue(context, clerk, broken, date(2026, 4, 1))
    assert (first, second) == (1, 2)
