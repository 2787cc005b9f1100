"""The objects one running server shares between requests, built once by ``create_app``."""

from __future__ import annotations

from dataclasses import dataclass

from server.auth.passwords import Passwords
from server.core.db import Database
from server.core.events import EventBus
from server.core.settings import Settings
from server.core.store import FileStore
from server.signatures.config import SignatureSetup


@dataclass(frozen=True)
class AppContext:
    """Settings and long-lived services of one server process."""

    settings: Settings
    database: Database
    store: FileStore
    passwords: Passwords
    bus: EventBus
    signatures: SignatureSetup
    """Trust roots for signed uploads and the agency seal for issuance."""

    @classmethod
    def build(cls, settings: Settings, *, database: Database | None = None) -> AppContext:
        """Open the database and the store the settings name."""
        database = database or Database.from_settings(settings)
        return cls(
            settings=settings,
            database=database,
            store=FileStore(settings.store_dir, max_bytes=settings.max_upload_bytes),
            passwords=passwords_from(settings),
            bus=EventBus(database),
            signatures=SignatureSetup.from_settings(settings),
        )


def passwords_from(settings: Settings) -> Passwords:
    """The password hasher configured by the settings."""
    return Passwords(
        time_cost=settings.argon2_time_cost,
        memory_kib=settings.argon2_memory_kib,
        min_length=settings.password_min_length,
    )
