"""Alembic migrations produce exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool

from server.core import migrate


def test_upgrade_head_on_empty_database_matches_models(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url, poolclass=NullPool)
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            options = {"compare_type": True, "include_object": migrate.include_object}
            context = MigrationContext.configure(connection, opts=options)
            differences = compare_metadata(context, migrate.target_metadata())
        assert differences == []
        tables = set(inspect(engine).get_table_names())
        assert {"agencies", "units", "users", "user_roles", "access_tokens", "audit_entries",
                "audit_head", "stored_files", "events", "user_certificates"} <= tables
    finally:
        engine.dispose()


def test_downgrade_to_base_and_upgrade_again(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url, poolclass=NullPool)
    try:
        migrate.upgrade(engine)
        migrate.upgrade(engine, "head")  # idempotent
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
