"""The composition root: ``create_app(settings)`` builds the whole server, for ``run`` and tests."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI

from server import __version__
from server.archive.jobs import keep_archive_forever
from server.archive.router import router as archive_router
from server.audit.router import router as audit_router
from server.auth.router import public_router as auth_public_router
from server.auth.router import router as auth_router
from server.axis.connector.hooks import WAKE_ROLE as AXIS_WAKE_ROLE
from server.axis.connector.router import router as axis_router
from server.axis.connector.worker import Connector, run_forever
from server.axis.connector.worker import stop as stop_connector
from server.core.context import AppContext
from server.core.deps import get_principal
from server.core.events_router import router as events_router
from server.core.problems import BodySizeLimit, install_problem_handlers
from server.core.settings import Settings
from server.documents import pdftext
from server.documents.reminders import remind_forever
from server.documents.router import router as documents_router
from server.documents.router import types_router as document_types_router
from server.meetings.ballots_router import router as opinion_ballots_router
from server.meetings.jobs import notify_meetings_forever, remind_ballots_forever
from server.meetings.records_router import router as meeting_records_router
from server.meetings.router import router as meetings_router
from server.registers.router import router as registers_router
from server.signatures.router import router as signatures_router
from server.system.router import public_router as system_public_router
from server.users.router import router as users_router

API_PREFIX = "/api/v1"


def _api_router() -> APIRouter:
    """Every route of the API: public ones listed explicitly, all others authenticated."""
    public = APIRouter()
    public.include_router(system_public_router)
    public.include_router(auth_public_router)

    authenticated = APIRouter(dependencies=[Depends(get_principal)])
    feature_routers = (auth_router, users_router, audit_router, events_router,
                       documents_router, document_types_router, registers_router,
                       meetings_router, opinion_ballots_router, signatures_router,
                       meeting_records_router, archive_router, axis_router)
    for feature_router in feature_routers:
        authenticated.include_router(feature_router)

    api = APIRouter(prefix=API_PREFIX)
    api.include_router(public)
    api.include_router(authenticated)
    return api


def create_app(settings: Settings, *, context: AppContext | None = None) -> FastAPI:
    """Build the agency server for these settings (the database must be migrated)."""
    context = context or AppContext.build(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await context.bus.start()
        # What start-up built (modules, the ORM's and the signing stack's registries: about
        # 300,000 objects) lives as long as the process. Left in the collector's oldest
        # generation, every full collection walks it again: 190-215 ms pauses of the event
        # loop, measured in bench_meetings as the p99 of live events (263 ms -> 75 ms frozen).
        gc.collect()
        gc.freeze()
        reminders = asyncio.create_task(remind_forever(context.database))
        ballot_reminders = asyncio.create_task(remind_ballots_forever(context.database))
        archive_sweeps = asyncio.create_task(keep_archive_forever(context))
        meeting_notices = asyncio.create_task(notify_meetings_forever(
            context.database, lead_minutes=settings.meeting_notice_minutes,
            every_seconds=settings.meeting_notice_sweep_seconds))
        axis = None
        if settings.axis_enabled:
            connector = Connector(context)
            _app.state.axis_connector = connector
            wake = context.bus.subscribe(user_id=0, roles=[AXIS_WAKE_ROLE])
            axis = asyncio.create_task(run_forever(connector, wake=wake,
                                                   interval=settings.axis_poll_seconds))
        try:
            yield
        finally:
            if axis is not None:
                await stop_connector(axis, _app.state.axis_connector)
            for task in (reminders, ballot_reminders, archive_sweeps, meeting_notices):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await context.bus.stop()
            context.signatures.close()
            pdftext.shutdown()
            context.database.dispose()

    app = FastAPI(
        title="phigiay",
        version=__version__,
        summary="Agency server of the paperless office and e-Cabinet",
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.context = context
    install_problem_handlers(app, default_language=settings.default_language)
    app.add_middleware(
        BodySizeLimit, limit=settings.max_upload_bytes,
        default_language=settings.default_language,
    )
    app.include_router(_api_router())
    logging.getLogger("server").setLevel(logging.INFO)
    return app
