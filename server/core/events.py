"""Live events: an outbox table, an in-process bus, and PostgreSQL LISTEN/NOTIFY fan-out.

A service publishes an event inside its transaction (the row commits with the change). Delivery
happens only after commit: on PostgreSQL ``pg_notify`` is transactional and every server process
LISTENs, so each one hears about events committed by any other; on SQLite (one process) the
session's ``after_commit`` hook hands them to the local bus. Each subscriber receives only events
whose audience includes it; a reconnecting client catches up from the table (``Last-Event-ID``).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import event as sa_event
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from server.core.db import Database, utcnow
from server.core.tables import Event

log = logging.getLogger(__name__)

CHANNEL = "phigiay_events"
_PENDING_KEY = "phigiay_pending_events"


@dataclass(frozen=True)
class Audience:
    """Who may receive an event: named users, holders of roles, or everyone in the agency."""

    users: frozenset[int] = frozenset()
    roles: frozenset[str] = frozenset()
    everyone: bool = False

    def includes(self, user_id: int, roles: Iterable[str]) -> bool:
        """Whether a user with these roles may see the event."""
        return self.everyone or user_id in self.users or bool(self.roles & set(roles))

    def to_json(self) -> dict[str, Any]:
        """The form stored in the outbox table."""
        return {"users": sorted(self.users), "roles": sorted(self.roles), "everyone": self.everyone}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Audience:
        """Read the stored form back."""
        return cls(
            users=frozenset(int(u) for u in data.get("users", ())),
            roles=frozenset(str(r) for r in data.get("roles", ())),
            everyone=bool(data.get("everyone", False)),
        )


@dataclass(frozen=True)
class LiveEvent:
    """An event as delivered to subscribers."""

    id: int
    at: datetime
    kind: str
    payload: dict[str, Any]
    audience: Audience

    @classmethod
    def from_row(cls, row: Event) -> LiveEvent:
        """Build from an outbox row."""
        return cls(row.id, row.at, row.kind, row.payload, Audience.from_json(row.audience))

    def to_sse(self) -> str:
        """The event in text/event-stream framing."""
        data = json.dumps(
            {"id": self.id, "at": self.at.isoformat(), "kind": self.kind, "payload": self.payload},
            ensure_ascii=False, separators=(",", ":"),
        )
        return f"id: {self.id}\nevent: {self.kind}\ndata: {data}\n\n"

    @functools.cached_property
    def sse_bytes(self) -> bytes:
        """``to_sse()`` encoded once and shared by every subscriber the event goes to."""
        return self.to_sse().encode()


def publish(
    db_session: Session, *, kind: str, payload: dict[str, Any], audience: Audience
) -> Event:
    """Record an event in the caller's transaction; it is delivered only if that commits."""
    row = Event(at=utcnow(), kind=kind, payload=payload, audience=audience.to_json())
    db_session.add(row)
    db_session.flush()
    if db_session.get_bind().dialect.name == "postgresql":
        db_session.execute(select(func.pg_notify(CHANNEL, str(row.id))))
    else:
        db_session.info.setdefault(_PENDING_KEY, []).append(LiveEvent.from_row(row))
    return row


def events_after(db_session: Session, last_id: int, *, limit: int = 1000) -> Sequence[Event]:
    """Stored events newer than ``last_id``, oldest first (for catching up)."""
    query = select(Event).where(Event.id > last_id).order_by(Event.id).limit(limit)
    return db_session.scalars(query).all()


@dataclass(eq=False)
class Subscription:
    """One connected client's queue of events it may see."""

    user_id: int
    roles: frozenset[str]
    queue: asyncio.Queue[LiveEvent] = field(default_factory=lambda: asyncio.Queue(maxsize=1000))
    overflowed: bool = False


class EventBus:
    """Delivers committed events to the subscribers of this process."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._subscriptions: set[Subscription] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._listener: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()

    async def start(self) -> None:
        """Begin delivering: LISTEN on PostgreSQL, hook commits on SQLite."""
        self._loop = asyncio.get_running_loop()
        if self._database.is_postgresql:
            self._listener = asyncio.create_task(self._listen_forever())
        else:
            sa_event.listen(self._database.write_sessions, "after_commit", self._after_commit)
            sa_event.listen(self._database.write_sessions, "after_rollback", self._after_rollback)
            self.listening.set()

    async def stop(self) -> None:
        """Stop listening and drop every subscriber."""
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        elif self._loop is not None:
            sa_event.remove(self._database.write_sessions, "after_commit", self._after_commit)
            sa_event.remove(self._database.write_sessions, "after_rollback", self._after_rollback)
        self._subscriptions.clear()

    def subscribe(self, *, user_id: int, roles: Iterable[str]) -> Subscription:
        """Register a client; it receives events committed from now on."""
        subscription = Subscription(user_id=user_id, roles=frozenset(roles))
        self._subscriptions.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        """Forget a client that disconnected."""
        self._subscriptions.discard(subscription)

    @property
    def subscriber_count(self) -> int:
        """How many clients are connected to this process."""
        return len(self._subscriptions)

    def _deliver(self, events: Sequence[LiveEvent]) -> None:
        for live in events:
            for sub in list(self._subscriptions):
                if not live.audience.includes(sub.user_id, sub.roles):
                    continue
                try:
                    sub.queue.put_nowait(live)
                except asyncio.QueueFull:
                    # A client this far behind reconnects and catches up from the table.
                    sub.overflowed = True

    def _after_commit(self, session: Session) -> None:
        pending: list[LiveEvent] = session.info.pop(_PENDING_KEY, [])
        if pending and self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._deliver, pending)

    @staticmethod
    def _after_rollback(session: Session) -> None:
        session.info.pop(_PENDING_KEY, None)

    def _load(self, ids: list[int]) -> list[LiveEvent]:
        with self._database.reading() as session:
            rows = session.scalars(select(Event).where(Event.id.in_(ids)).order_by(Event.id))
            return [LiveEvent.from_row(row) for row in rows]

    async def _listen_forever(self) -> None:
        url = make_url(self._database.engine.url).set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    conninfo, autocommit=True
                ) as connection:
                    await connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    async for notice in connection.notifies():
                        ids = [int(notice.payload)]
                        self._deliver(await asyncio.to_thread(self._load, ids))
            except asyncio.CancelledError:
                raise
            except Exception:
                self.listening.clear()
                log.exception("event listener lost its connection; reconnecting")
                await asyncio.sleep(1.0)
