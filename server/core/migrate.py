"""Schema migrations with Alembic, run programmatically (no alembic.ini to find)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def target_metadata() -> MetaData:
    """The metadata of every table of every feature (imported here so none is forgotten)."""
    import server.archive.tables  # noqa: F401
    import server.auth.tables  # noqa: F401
    import server.axis.connector.tables  # noqa: F401
    import server.core.tables  # noqa: F401
    import server.documents.tables  # noqa: F401
    import server.meetings.tables  # noqa: F401
    import server.registers.tables  # noqa: F401
    import server.signatures.tables  # noqa: F401
    import server.users.tables  # noqa: F401
    from server.core.db import Base

    return Base.metadata


UNMODELLED_INDEXES = frozenset({"ix_documents_search_vector"})
"""Indexes made by migrations for one database only (PostgreSQL word search)."""
UNMODELLED_COLUMNS = frozenset({"search_vector"})
"""Columns made by migrations for one database only (PostgreSQL word search)."""


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """Tell autogenerate to ignore the database-specific objects the models cannot express."""
    return not ((type_ == "index" and name in UNMODELLED_INDEXES)
                or (type_ == "column" and name in UNMODELLED_COLUMNS))


def _config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring a database's schema up to a revision (default: the newest)."""
    with engine.begin() as connection:
        config = _config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at, or None when it was never migrated."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision in the code."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def revision(engine: Engine, message: str) -> None:
    """Autogenerate a new migration from the difference between models and database (dev)."""
    with engine.begin() as connection:
        config = _config(engine)
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)


def downgrade(engine: Engine, revision: str) -> None:
    """Take a database's schema back to an older revision (``base`` removes everything)."""
    with engine.begin() as connection:
        config = _config(engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
