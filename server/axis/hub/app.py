"""The hub's HTTP API (FastAPI): thin routes over ``agencies`` and ``exchange``."""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from server.axis import edxml
from server.axis.hub import agencies, exchange
from server.axis.hub.errors import Forbidden, HubError, PayloadTooLarge
from server.axis.hub.store import MessageStore

PROBLEM = "application/problem+json"
_EDXML_STATUS = {edxml.TooLarge: 413, edxml.BadSignature: 422}


@dataclass(frozen=True)
class HubConfig:
    """What the app needs: storage, limits and who may register agencies."""

    engine: Engine
    """The hub database."""
    store: MessageStore
    """Where message bytes live."""
    max_message_bytes: int
    """Largest accepted message."""
    admin_token: str | None
    """Bearer token allowed to register agencies."""
    open_registration: bool
    """Let anyone register (development only)."""


class Registration(BaseModel):
    """A registration request."""

    organ_id: str = Field(min_length=3, max_length=32)
    name: str = Field(default="", max_length=300)
    secret: str | None = Field(default=None, max_length=200)


def _problem(status: int, code: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": f"urn:phigiay:axis-hub:{code}", "title": code.replace("_", " "),
            "status": status, "code": code, "detail": detail, **extra}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def create_app(config: HubConfig) -> FastAPI:
    """The hub application."""
    app = FastAPI(title="phigiay axis hub", version="1")
    auth = agencies.Authenticator(config.engine, admin_token=config.admin_token)
    limits = edxml.Limits(max_message_bytes=config.max_message_bytes)

    @app.exception_handler(HubError)
    async def on_hub_error(_: Request, exc: HubError) -> JSONResponse:
        return _problem(exc.status, exc.code, exc.detail, **exc.extra)

    @app.exception_handler(edxml.EdxmlError)
    async def on_edxml_error(_: Request, exc: edxml.EdxmlError) -> JSONResponse:
        status = next((s for cls, s in _EDXML_STATUS.items() if isinstance(exc, cls)), 422)
        return _problem(status, exc.code, exc.reason)

    def organ(authorization: str | None) -> str:
        return auth.organ(authorization)

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        """Liveness."""
        return {"status": "ok"}

    @app.post("/api/v1/agencies", status_code=201)
    def register(body: Registration,
                 authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Register an agency (admin token, or open registration)."""
        if not (config.open_registration or auth.is_admin(authorization)):
            raise Forbidden("registration needs the hub admin token")
        agency, secret = agencies.register(config.engine, organ_id=body.organ_id,
                                           name=body.name, secret=body.secret)
        return {**_json(asdict(agency)), "secret": secret}

    @app.get("/api/v1/agencies")
    def directory(authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """The agency directory."""
        organ(authorization)
        return {"agencies": [_json(asdict(a)) for a in agencies.directory(config.engine)]}

    @app.post("/api/v1/messages")
    async def send(request: Request, authorization: Annotated[str | None, Header()] = None,
                   idempotency_key: Annotated[str | None, Header()] = None,
                   to: Annotated[list[str] | None, Query(max_length=500)] = None) -> JSONResponse:
        """Send an edXML message (the body) to every organ id it is addressed to."""
        sender = await run_in_threadpool(organ, authorization)
        upload = await _receive(request, config.store, config.max_message_bytes)
        try:
            accepted = await run_in_threadpool(
                exchange.send, config.engine, config.store, sender=sender, upload=upload,
                message_id=idempotency_key, limits=limits, to=tuple(to or ()))
        finally:
            upload.path.unlink(missing_ok=True)
        return JSONResponse(_json(asdict(accepted)), status_code=200 if accepted.duplicate
                            else 201)

    @app.get("/api/v1/messages/pending")
    def pending(authorization: Annotated[str | None, Header()] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        """Messages waiting for the caller, oldest first."""
        items = exchange.pending(config.engine, recipient=organ(authorization), limit=limit)
        return {"messages": [_json(asdict(p)) for p in items]}

    @app.get("/api/v1/messages/{message_id}")
    def download(message_id: str,
                 authorization: Annotated[str | None, Header()] = None) -> FileResponse:
        """The edXML bytes of a message addressed to (or sent by) the caller."""
        path = exchange.download(config.engine, config.store, organ_id=organ(authorization),
                                 message_id=exchange.check_message_id(message_id))
        return FileResponse(path, media_type="application/xml",
                            headers={"X-Content-SHA256": path.name})

    @app.post("/api/v1/messages/{message_id}/ack")
    def acknowledge(message_id: str,
                    authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Acknowledge receipt (harmless to repeat)."""
        changed = exchange.acknowledge(config.engine, recipient=organ(authorization),
                                       message_id=exchange.check_message_id(message_id))
        return {"message_id": message_id, "state": "acknowledged", "already": not changed}

    @app.get("/api/v1/messages/{message_id}/deliveries")
    def deliveries(message_id: str,
                   authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Each recipient's delivery state, for the sender."""
        states = exchange.delivery_states(config.engine, sender=organ(authorization),
                                          message_id=exchange.check_message_id(message_id))
        return {"message_id": message_id, "deliveries": states}

    @app.get("/api/v1/receipts")
    def receipts(authorization: Annotated[str | None, Header()] = None,
                 after: Annotated[int, Query(ge=0)] = 0,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        """Delivery receipts for the caller's messages after a cursor."""
        events = exchange.receipt_events(config.engine, sender=organ(authorization),
                                         after=after, limit=limit)
        return {"receipts": [_json(asdict(e)) for e in events]}

    return app


def _json(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else
            list(v) if isinstance(v, tuple) else v for k, v in values.items()}


async def _receive(request: Request, store: MessageStore, limit: int) -> exchange.Upload:
    """Stream the body to an fsynced temporary file, refusing it past ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"messages are limited to {limit} bytes", limit=limit)
    fd, path = store.temp_file()
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise PayloadTooLarge(f"messages are limited to {limit} bytes", limit=limit)
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            await run_in_threadpool(os.fsync, out.fileno())
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise
    if size == 0:
        Path(path).unlink(missing_ok=True)
        raise HubError("the request body is empty; send the edXML bytes")
    return exchange.Upload(path=path, sha256=digest.hexdigest(), size=size)
