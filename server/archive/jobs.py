"""The archive's scheduled work, started by the app lifespan: transfer-deadline warnings (30 days
before, and once overdue), the fixity sweep, and the renewal of archived signatures when a TSA
is configured.

Warnings are claimed in ``archive_transfer_warnings`` so each is sent once per dossier, kind and
deadline whichever worker sweeps; fixity and renewal are idempotent (a second run finds nothing
new to renew and records one more fixity run).
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

import signing
from archive.ports import Clock
from archive.renewal import SigningRenewer
from server.archive.adapters import SystemClock
from server.archive.preservation import (
    Preservation,
    fixity_sweep,
    purge_destroyed,
    renew_signatures,
)
from server.archive.queries import due_transfers
from server.archive.service import KEEPERS
from server.archive.tables import TransferWarningRow
from server.core.context import AppContext
from server.core.events import Audience, publish

log = logging.getLogger(__name__)
WARNING_SWEEP_SECONDS = 60 * 60
PRESERVATION_SWEEP_SECONDS = 24 * 60 * 60


def _claim(db_session: Session, dossier_id: int, kind: str, deadline: object) -> bool:
    """Record the warning; False when some worker already sent it."""
    insert = pg_insert if db_session.get_bind().dialect.name == "postgresql" else sqlite_insert
    inserted = db_session.execute(
        insert(TransferWarningRow).values(dossier_id=dossier_id, kind=kind, deadline=deadline)
        .on_conflict_do_nothing().returning(TransferWarningRow.id))
    return inserted.first() is not None


def send_transfer_warnings(db_session: Session, *, clock: Clock | None = None) -> int:
    """Publish the transfer warnings not sent yet; returns how many were sent."""
    sent = 0
    for row, warning in due_transfers(db_session, clock=clock or SystemClock()):
        kind = "overdue" if warning.overdue else "due_soon"
        if not _claim(db_session, row.id, kind, warning.deadline):
            continue
        publish(db_session, kind=f"archive.transfer_{kind}",
                payload={"file_code": warning.file_code, "title": warning.title,
                         "deadline": warning.deadline.isoformat(),
                         "days_left": warning.days_left},
                audience=Audience(users=frozenset({row.opened_by}), roles=KEEPERS))
        sent += 1
    db_session.commit()
    return sent


def _renewer(context: AppContext, at: datetime) -> SigningRenewer | None:
    url = context.settings.tsa_url
    if not url:
        return None
    trust = context.signatures.trust
    return SigningRenewer(signing.TimestampSource.http(url), trust.sources, at=at)


@contextmanager
def _sweeping_alone(folder: Path) -> Iterator[bool]:
    """Whether this process holds the preservation lock (a lock file beside the packages):
    two workers, or the server and ``phigiay-server archive sweep``, never rebuild a bag at
    the same time."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".preservation.lock", "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def preserve(context: AppContext, *, clock: Clock | None = None) -> bool:
    """One preservation sweep: fixity of the store and packages, then signature renewal.

    Returns False (and does nothing) when another process is sweeping.
    """
    clock = clock or SystemClock()
    preservation = Preservation.build(context.settings, context.store, context.signatures.trust)
    with _sweeping_alone(preservation.packages.parent) as alone:
        if not alone:
            return False
        purge_destroyed(context.database, preservation=preservation)
        fixity_sweep(context.database, preservation=preservation, clock=clock)
        renewer = _renewer(context, clock.now())
        if renewer is not None:
            renew_signatures(context.database, preservation=preservation, renewer=renewer,
                             clock=clock)
    return True


async def keep_archive_forever(context: AppContext, *,
                               every_seconds: float = WARNING_SWEEP_SECONDS,
                               preserve_every: float = PRESERVATION_SWEEP_SECONDS) -> None:
    """The server's background sweeps; errors are logged and the sweeps go on. The first
    preservation sweep waits one period so that a starting server is not slowed down."""

    def warn() -> int:
        with context.database.writing() as session:
            return send_transfer_warnings(session)

    next_preservation = time.monotonic() + preserve_every
    while True:
        try:
            await asyncio.to_thread(warn)
        except Exception:
            log.exception("archive transfer-warning sweep failed")
        if time.monotonic() >= next_preservation:
            next_preservation = time.monotonic() + preserve_every
            try:
                await asyncio.to_thread(preserve, context)
            except Exception:
                log.exception("archive preservation sweep failed")
        await asyncio.sleep(every_seconds)


__all__ = ["keep_archive_forever", "preserve", "send_transfer_warnings"]
