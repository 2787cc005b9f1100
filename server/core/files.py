"""Storing uploaded files: bytes durable in the store first, then the row in the transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.core.store import FileStore, StoreProblem
from server.core.tables import StoredFile


def store_file(
    db_session: Session, *, store: FileStore, source: BinaryIO, media_type: str
) -> StoredFile:
    """Write a file durably and add its row to the caller's transaction (not committed)."""
    blob = store.put(source)
    row = db_session.get(StoredFile, blob.sha256)
    if row is None:
        # Two requests storing the same bytes at once (two clerks, two axis workers) both find
        # no row; a plain INSERT would fail the second one. ON CONFLICT DO NOTHING waits for the
        # first to commit (PostgreSQL) and then keeps its row.
        dialect = db_session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        db_session.execute(insert(StoredFile).values(
            sha256=blob.sha256, size=blob.size, media_type=media_type,
        ).on_conflict_do_nothing(index_elements=[StoredFile.sha256]))
        row = db_session.get(StoredFile, blob.sha256)
        assert row is not None  # inserted now, or committed by the request that won
    return row


@dataclass(frozen=True)
class StoreReport:
    """The outcome of re-hashing the whole store against the database."""

    files_checked: int
    problems: tuple[StoreProblem, ...]
    missing: tuple[str, ...]
    """Hashes the database refers to whose file is gone."""

    @property
    def ok(self) -> bool:
        """True when every file matches its hash and every row has its file."""
        return not self.problems and not self.missing


def verify_store(db_session: Session, *, store: FileStore) -> StoreReport:
    """Re-hash every stored file and check that every row still has its file."""
    checked, problems = store.verify_all()
    missing = tuple(
        sha256
        for sha256 in db_session.scalars(select(StoredFile.sha256).order_by(StoredFile.sha256))
        if not store.path_of(sha256).exists()
    )
    return StoreReport(files_checked=checked, problems=tuple(problems), missing=missing)
