"""The server's settings: read once at start-up, then passed down explicitly."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "phigiay"


class Settings(BaseSettings):
    """Everything the agency server is configured with (``PHIGIAY_*`` environment variables)."""

    model_config = SettingsConfigDict(env_prefix="PHIGIAY_", frozen=True, extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    """Folder holding the SQLite database (by default), the file store and logs."""

    database_url: str | None = None
    """SQLAlchemy URL; ``postgresql+psycopg://…`` in production. Default: SQLite in data_dir."""

    max_upload_bytes: int = 100 * 1024 * 1024
    """Largest request body and stored file accepted."""

    token_ttl_minutes: int = 12 * 60
    """Lifetime of a login token."""

    lockout_threshold: int = 5
    """Consecutive failed logins that lock an account."""

    lockout_minutes: int = 15
    """How long a locked account stays locked."""

    password_min_length: int = 10
    """Shortest password accepted on creation or change."""

    argon2_time_cost: int = 3
    """argon2id iterations (RFC 9106 second recommended option uses 3)."""

    argon2_memory_kib: int = 64 * 1024
    """argon2id memory in KiB."""

    host: str = "127.0.0.1"
    """Address ``phigiay-server run`` binds."""

    port: int = 8400
    """Port ``phigiay-server run`` binds."""

    sse_heartbeat_seconds: float = 15.0
    """Interval of keep-alive comments on the event stream; the token is re-checked each time."""

    default_language: str = "vi"
    """Language of messages when the client does not ask for another (vi, en, fr)."""

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def effective_database_url(self) -> str:
        """The database URL, defaulting to the embedded SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'phigiay.db'}"

    @property
    def store_dir(self) -> Path:
        """Root of the content-addressed file store."""
        return self.data_dir / "store"
