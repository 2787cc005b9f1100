"""The content-addressed store: durable writes, verified reads, size limit, full re-hash."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from server.core.context import AppContext
from server.core.errors import NotFound, PayloadTooLarge, StoreCorrupted
from server.core.files import store_file, verify_store
from server.core.store import FileStore


def test_put_read_and_deduplicate(tmp_path: Path) -> None:
    store = FileStore(tmp_path, max_bytes=1000)
    data = "Quyết định số 12/QĐ-VPCP".encode()
    first, second = store.put_bytes(data), store.put_bytes(data)
    assert first.sha256 == second.sha256 == hashlib.sha256(data).hexdigest()
    assert first.path == tmp_path / first.sha256[:2] / first.sha256[2:4] / first.sha256
    assert store.read(first.sha256) == data
    assert b"".join(store.open_verified(first.sha256)) == data
    assert list(store.blobs()) == [first.path]
    assert list((tmp_path / "tmp").iterdir()) == []


def test_oversized_streams_leave_nothing_behind(tmp_path: Path) -> None:
    store = FileStore(tmp_path, max_bytes=10)
    with pytest.raises(PayloadTooLarge):
        store.put(io.BytesIO(b"x" * 11))
    assert list(store.blobs()) == [] and list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.parametrize("name", ["../../etc/passwd", "a" * 64, "/etc/passwd", "", "ab/../cd"])
def test_only_digests_name_files(tmp_path: Path, name: str) -> None:
    store = FileStore(tmp_path, max_bytes=10)
    with pytest.raises(NotFound):
        store.read(name)


def test_corruption_is_caught_on_read_and_by_the_sweep(tmp_path: Path) -> None:
    store = FileStore(tmp_path, max_bytes=1000)
    good, bad = store.put_bytes(b"good"), store.put_bytes(b"original")
    bad.path.write_bytes(b"tampered")
    with pytest.raises(StoreCorrupted):
        store.read(bad.sha256)
    with pytest.raises(StoreCorrupted):
        b"".join(store.open_verified(bad.sha256))
    checked, problems = store.verify_all()
    assert checked == 2 and [p.sha256 for p in problems] == [bad.sha256]
    assert store.read(good.sha256) == b"good"


def test_rows_are_checked_against_files(context: AppContext) -> None:
    with context.database.writing() as session:
        kept = store_file(session, store=context.store, source=io.BytesIO(b"kept"),
                          media_type="application/pdf")
        lost = store_file(session, store=context.store, source=io.BytesIO(b"lost"),
                          media_type="application/pdf")
        session.commit()
    context.store.path_of(lost.sha256).unlink()
    with context.database.reading() as session:
        report = verify_store(session, store=context.store)
    assert report.files_checked == 1 and report.missing == (lost.sha256,)
    assert not report.ok and kept.sha256 not in report.missing


def test_two_transactions_storing_the_same_bytes_at_once_keep_one_row(
        context: AppContext) -> None:
    """The second of two concurrent uploads of one file waits for the first, then shares its row
    (a plain INSERT made it fail on the primary key on PostgreSQL)."""
    import threading

    from sqlalchemy import func, select

    from server.core.tables import StoredFile

    data = "Bản quét công văn đến".encode() * 50
    stored: list[str] = []
    failures: list[BaseException] = []

    def second_upload() -> None:
        try:
            with context.database.writing() as session:
                row = store_file(session, store=context.store, source=io.BytesIO(data),
                                 media_type="application/pdf")
                session.commit()
                stored.append(row.sha256)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    with context.database.writing() as session:
        first = store_file(session, store=context.store, source=io.BytesIO(data),
                           media_type="application/pdf")
        other = threading.Thread(target=second_upload)
        other.start()
        other.join(timeout=0.5)  # it waits: on our uncommitted row, or on SQLite's write lock
        session.commit()
    other.join(timeout=30)
    assert failures == [] and stored == [first.sha256]
    with context.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(StoredFile).where(
            StoredFile.sha256 == first.sha256)) == 1
