"""Alembic environment: runs on the connection ``server.core.migrate`` hands over."""

from __future__ import annotations

from alembic import context

from server.core.migrate import include_object, target_metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through server.core.migrate (phigiay-server init)")

context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
