"""The live event stream (server-sent events) for authenticated users."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Query
from fastapi.responses import StreamingResponse

from server.auth.principal import Principal
from server.auth.service import authenticate
from server.core.context import AppContext
from server.core.deps import Context, CurrentUser
from server.core.errors import NotAuthenticated
from server.core.events import LiveEvent, Subscription, events_after

router = APIRouter(prefix="/events", tags=["events"])


def _backlog(context: AppContext, principal: Principal, last_id: int) -> list[LiveEvent]:
    with context.database.reading() as session:
        rows = events_after(session, last_id)
        visible = (LiveEvent.from_row(row) for row in rows)
        return [e for e in visible if e.audience.includes(principal.user_id, principal.roles)]


def _still_valid(context: AppContext, token: str) -> bool:
    try:
        with context.database.reading() as session:
            authenticate(session, token=token)
        return True
    except NotAuthenticated:
        return False


async def _stream(
    context: AppContext, principal: Principal, token: str, subscription: Subscription,
    last_id: int | None,
) -> AsyncIterator[str | bytes]:
    bus, heartbeat = context.bus, context.settings.sse_heartbeat_seconds
    try:
        yield "retry: 3000\n\n"
        sent = last_id or 0
        if last_id is not None:
            for event in await asyncio.to_thread(_backlog, context, principal, last_id):
                sent = event.id
                yield event.to_sse()
        while not subscription.overflowed:
            try:
                # asyncio.timeout, not wait_for: no extra task per event and subscriber.
                async with asyncio.timeout(heartbeat):
                    event = await subscription.queue.get()
            except TimeoutError:
                if not await asyncio.to_thread(_still_valid, context, token):
                    return
                yield ": keep-alive\n\n"
                continue
            if event.id > sent:
                sent = event.id
                yield event.sse_bytes
    finally:
        bus.unsubscribe(subscription)


@router.get("/stream", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
async def stream(
    context: Context,
    principal: CurrentUser,
    authorization: Annotated[str, Header()],
    last_event_id: Annotated[int | None, Header(alias="Last-Event-ID")] = None,
    after: Annotated[int | None, Query(ge=0)] = None,
) -> StreamingResponse:
    """Events the caller may see, as they happen; resumes after ``Last-Event-ID``."""
    token = authorization.partition(" ")[2].strip()
    subscription = context.bus.subscribe(user_id=principal.user_id, roles=principal.roles)
    resume = last_event_id if last_event_id is not None else after
    return StreamingResponse(
        _stream(context, principal, token, subscription, resume),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
