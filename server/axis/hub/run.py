"""Start the hub: open its database, ensure its schema, serve with uvicorn."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from server.axis.hub.app import HubConfig, create_app
from server.axis.hub.db import ensure_schema, make_engine
from server.axis.hub.store import MessageStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HubOptions:
    """Command-line options of ``phigiay-axis hub``."""

    data_dir: Path
    """Message files (and the SQLite database unless ``database_url`` is given)."""
    database_url: str | None = None
    """SQLAlchemy URL; default ``sqlite:///<data_dir>/hub.db``."""
    host: str = "127.0.0.1"
    """Interface to listen on."""
    port: int = 8470
    """TCP port."""
    max_message_bytes: int = 64 * 1024 * 1024
    """Largest accepted message."""
    open_registration: bool = False
    """Let anyone register an organ id."""
    admin_token: str | None = None
    """Token that may register agencies."""
    log_level: str = "info"
    """uvicorn log level."""


def build_app(options: HubOptions) -> FastAPI:
    """Open storage and build the app (used by ``serve`` and by in-process tests)."""
    options.data_dir.mkdir(parents=True, exist_ok=True)
    url = options.database_url or f"sqlite:///{options.data_dir / 'hub.db'}"
    engine = make_engine(url)
    ensure_schema(engine)
    return create_app(HubConfig(
        engine=engine, store=MessageStore(options.data_dir / "messages"),
        max_message_bytes=options.max_message_bytes, admin_token=options.admin_token,
        open_registration=options.open_registration,
    ))


def serve(options: HubOptions) -> None:
    """Serve the hub until interrupted."""
    if not options.admin_token and not options.open_registration:
        log.warning("no PHIGIAY_HUB_ADMIN_TOKEN and no --open-registration: nobody can register")
    uvicorn.run(build_app(options), host=options.host, port=options.port,
                log_level=options.log_level)
