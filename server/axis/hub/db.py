"""The hub's engine and schema: ``create_all`` plus a one-row version table.

Why not Alembic: the hub owns five small tables that no other code touches, and ships inside the
same package as the code that reads them. ``create_all`` is idempotent; ``hub_schema_version``
records the layout so a later release can migrate (or refuse to start on a newer one) without
guessing. If the schema ever needs in-place changes, an Alembic script directory can start from
version 1 with this layout as its base.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.engine import make_url

from server.axis.hub.tables import metadata, schema_version

SCHEMA_VERSION = 1


def make_engine(url: str) -> Engine:
    """An engine for SQLite (WAL, full sync, immediate transactions) or PostgreSQL."""
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(connection: Any, _record: Any) -> None:
        connection.isolation_level = None  # let the "begin" hook below own transactions
        cursor = connection.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       "busy_timeout=30000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock up front: a deferred transaction that reads then writes fails
        # at once with "database is locked" instead of waiting out busy_timeout.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def ensure_schema(engine: Engine) -> int:
    """Create the tables if missing; refuse a database written by a newer hub."""
    metadata.create_all(engine)
    with engine.begin() as connection:
        found = connection.execute(select(schema_version.c.version)).scalars().all()
        if not found:
            connection.execute(insert(schema_version).values(version=SCHEMA_VERSION,
                                                             applied_at=datetime.now(UTC)))
            return SCHEMA_VERSION
        if max(found) > SCHEMA_VERSION:
            raise RuntimeError(f"hub database schema {max(found)} is newer than this hub "
                               f"({SCHEMA_VERSION})")
        return int(max(found))
