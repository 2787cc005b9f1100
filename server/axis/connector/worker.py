"""The connector's worker: send the outbox with back-off, then poll, download, process and
acknowledge what waits on the hub. One round is synchronous (``axis-sync`` runs one); the app
runs rounds in a thread from an asyncio task.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, aliased

from server.axis import edxml
from server.axis.connector import inbound, outbound
from server.axis.connector.envelope import envelope_signer
from server.axis.connector.tables import OutboxMessage
from server.axis.connector.vocabulary import OutboxKind, OutboxState
from server.axis.hub.client import HubClient, HubRefused
from server.core.context import AppContext
from server.core.db import utcnow
from server.core.events import Subscription
from server.core.files import store_file
from server.documents.tables import Recipient
from server.users.service import get_agency

log = logging.getLogger(__name__)
RETRYABLE_STATUSES = {408, 425, 429}
BATCH = 50


@dataclass
class RoundReport:
    """What one round did (also kept as the connector's last state for the status route)."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    received: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    finished_at: datetime | None = None


def backoff(attempts: int, *, base: float, cap: float, rng: random.Random) -> float:
    """Seconds before the next attempt: exponential, capped, with "equal jitter"."""
    delay = min(cap, base * 2.0 ** max(0, attempts - 1))
    return delay / 2 + rng.uniform(0, delay / 2)


class Connector:
    """Sends and receives for one agency server; thread-safe enough for one round at a time."""

    def __init__(self, context: AppContext, *, client: HubClient | None = None) -> None:
        settings = context.settings
        if not settings.axis_hub_url or settings.axis_secret is None:
            raise ValueError("the axis connector needs PHIGIAY_AXIS_HUB_URL and "
                             "PHIGIAY_AXIS_SECRET")
        self.context, self.settings = context, settings
        with context.database.reading() as session:
            self.organ_id = settings.axis_organ_id or get_agency(session).organ_id
        self.client = client or HubClient(settings.axis_hub_url, organ_id=self.organ_id,
                                          secret=settings.axis_secret.get_secret_value())
        self.signer = envelope_signer(settings, context.signatures.seal)
        self.intake = inbound.Intake(context.database, context.store, self.organ_id,
                                     trust_roots=context.signatures.trust.trust_roots)
        self.rng = random.Random()
        self.last = RoundReport()

    def close(self) -> None:
        """Close the hub connection pool."""
        self.client.close()

    def run_once(self) -> RoundReport:
        """One round: send what is due, then take in what waits."""
        report = RoundReport()
        try:
            self.send_due(report)
            self.receive_pending(report)
        except (httpx.HTTPError, HubRefused) as exc:
            report.error = f"{type(exc).__name__}: {exc}"
            log.warning("axis round stopped: %s", report.error)
        report.finished_at = utcnow()
        self.last = report
        return report

    # --- sending -------------------------------------------------------------------------

    def send_due(self, report: RoundReport) -> None:
        """Send every outbox message whose attempt is due (oldest first)."""
        now = utcnow()
        # A status about a document (a revocation) never overtakes the document itself.
        earlier = aliased(OutboxMessage)
        document_unsent = select(earlier.id).where(
            earlier.document_id == OutboxMessage.document_id,
            earlier.kind == OutboxKind.DOCUMENT.value, earlier.state != OutboxState.SENT.value,
            earlier.id < OutboxMessage.id).exists()
        with self.context.database.reading() as session:
            due = list(session.scalars(select(OutboxMessage.id).where(
                OutboxMessage.state == OutboxState.PENDING.value,
                OutboxMessage.next_attempt_at <= now,
                or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
                ~document_unsent)
                .order_by(OutboxMessage.id).limit(BATCH)))
        for row_id in due:
            self._send_one(row_id, report)

    def _claim(self, session: Session, row_id: int) -> bool:
        now = utcnow()
        claimed = session.execute(update(OutboxMessage).where(
            OutboxMessage.id == row_id, OutboxMessage.state == OutboxState.PENDING.value,
            or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now))
            .values(claimed_until=now + timedelta(seconds=self.settings.axis_claim_seconds)))
        session.commit()
        return bool(claimed.rowcount)  # type: ignore[attr-defined]

    def _bytes(self, session: Session, row: OutboxMessage) -> bytes:
        """The message's bytes: built and made durable once, then the same at every retry.

        A build carries timestamps, so two builds differ. When a lease ran out while this
        worker was building, another worker may have built and recorded its own bytes first:
        the first recorded bytes win and both workers send those (the hub would refuse other
        bytes under the same message id with 409, and the row would be given up).
        """
        if row.file_sha256 is not None:
            return self.context.store.read(row.file_sha256)
        data = outbound.build(session, row, organ_id=self.organ_id, store=self.context.store,
                              signer=self.signer)
        stored = store_file(session, store=self.context.store, source=io.BytesIO(data),
                            media_type="application/xml")
        recorded = session.execute(update(OutboxMessage).where(
            OutboxMessage.id == row.id, OutboxMessage.file_sha256.is_(None))
            .values(file_sha256=stored.sha256).execution_options(synchronize_session=False))
        session.commit()
        if recorded.rowcount:  # type: ignore[attr-defined]
            row.file_sha256 = stored.sha256
            return data
        session.refresh(row)
        assert row.file_sha256 is not None
        return self.context.store.read(row.file_sha256)

    def _send_one(self, row_id: int, report: RoundReport) -> None:
        with self.context.database.writing() as session:
            if not self._claim(session, row_id):
                return
            row = session.get(OutboxMessage, row_id)
            assert row is not None
            try:
                data = self._bytes(session, row)
            except edxml.EdxmlError as exc:
                self._give_up(session, row, f"{exc.code}: {exc.reason}", report)
                return
            to = tuple(row.recipients.split(",")) if row.status_code == "13" else ()
            session.commit()  # no transaction (no SQLite write lock) held during the send
            try:
                # Sent at most once per claim, but a send slower than the lease
                # (axis_claim_seconds) can be sent again by another worker. That is harmless:
                # the hub keeps one message per message id and sender and answers a repeat of
                # the same bytes as a duplicate, queuing nothing new (hub/exchange.send), and
                # both workers send the same stored bytes (_bytes).
                self.client.send(data, message_id=row.message_id, to=to)
            except HubRefused as exc:
                if exc.status >= 500 or exc.status in RETRYABLE_STATUSES:
                    self._retry_later(session, row, str(exc), report)
                else:
                    self._give_up(session, row, str(exc), report)
                return
            except httpx.HTTPError as exc:
                self._retry_later(session, row, f"{type(exc).__name__}: {exc}", report)
                return
            self._mark_sent(session, row)
            report.sent += 1

    def _mark_sent(self, session: Session, row: OutboxMessage) -> None:
        now = utcnow()
        row.state, row.sent_at, row.claimed_until = OutboxState.SENT.value, now, None
        row.attempts += 1
        row.last_error = None
        if row.kind == OutboxKind.DOCUMENT.value and row.document_id is not None:
            session.execute(update(Recipient).where(
                Recipient.document_id == row.document_id,
                Recipient.organ_id.in_(row.recipients.split(",")),
                Recipient.delivery_status.in_(("pending", "failed")))
                .values(delivery_status="sent", status_at=now, axis_status_note=None))
        session.commit()

    @staticmethod
    def _finished_elsewhere(session: Session, row: OutboxMessage) -> bool:
        """Whether another worker sent the row after this worker's lease ran out: then a
        failure here (a timeout of the same send) must not turn it back or give it up."""
        session.refresh(row, with_for_update=True)  # held until the caller commits
        return row.state != OutboxState.PENDING.value

    def _retry_later(self, session: Session, row: OutboxMessage, error: str,
                     report: RoundReport) -> None:
        if self._finished_elsewhere(session, row):
            session.commit()
            return
        row.attempts += 1
        delay = backoff(row.attempts, base=self.settings.axis_retry_base_seconds,
                        cap=self.settings.axis_retry_max_seconds, rng=self.rng)
        row.next_attempt_at = utcnow() + timedelta(seconds=delay)
        row.claimed_until, row.last_error = None, error[:2000]
        session.commit()
        report.retried += 1

    def _give_up(self, session: Session, row: OutboxMessage, error: str,
                 report: RoundReport) -> None:
        if self._finished_elsewhere(session, row):
            session.commit()
            return
        row.attempts += 1
        row.state, row.claimed_until, row.last_error = OutboxState.FAILED.value, None, error
        if row.kind == OutboxKind.DOCUMENT.value and row.document_id is not None:
            # The clerk sees on the document itself that it did not go out, and why.
            session.execute(update(Recipient).where(
                Recipient.document_id == row.document_id,
                Recipient.organ_id.in_(row.recipients.split(","))).values(
                delivery_status="failed", axis_status_note=error[:2000], status_at=utcnow()))
        session.commit()
        report.failed += 1
        log.error("axis message %s refused for good: %s", row.message_id, error)

    # --- receiving -----------------------------------------------------------------------

    def receive_pending(self, report: RoundReport) -> None:
        """Poll pending messages; download, process and acknowledge each (ack last)."""
        while True:
            waiting = self.client.pending(limit=BATCH)
            for item in waiting:
                envelope = inbound.Envelope(str(item["message_id"]), str(item["sender"]),
                                            str(item.get("document_id") or ""))
                if not inbound.already_received(self.intake, envelope.message_id):
                    data = self.client.download(envelope.message_id)
                    outcome = inbound.receive(self.intake, envelope, data)
                    report.received[outcome.value] = report.received.get(outcome.value, 0) + 1
                # Acknowledge only once the outcome is committed: a crash before this line
                # brings the message back, and receipt by message id makes that harmless.
                self.client.acknowledge(envelope.message_id)
            if len(waiting) < BATCH:
                return


async def _pause(seconds: float, wake: Subscription | None) -> None:
    """Sleep, or less when a committed outbox message wakes the connector (push)."""
    if wake is None:
        await asyncio.sleep(seconds)
        return
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(wake.queue.get(), timeout=seconds)
    while not wake.queue.empty():
        wake.queue.get_nowait()


async def run_forever(connector: Connector, *, interval: float,
                      wake: Subscription | None = None) -> None:
    """Run rounds until cancelled (the app's lifespan task); while the hub cannot be reached
    the pause doubles up to the longest back-off, so an outage is not hammered."""
    pause = interval
    while True:
        try:
            report = await asyncio.to_thread(connector.run_once)
            reached = report.error is None
        except Exception:  # a bug in one round must not stop the exchange for good
            log.exception("axis round failed")
            reached = False
        ceiling = max(interval, connector.settings.axis_retry_max_seconds)
        pause = interval if reached else min(pause * 2, ceiling)
        await _pause(pause, wake)


async def stop(task: asyncio.Task[None], connector: Connector) -> None:
    """Cancel the worker task and close the connector."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    connector.close()
