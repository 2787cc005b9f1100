"""Public routes: health."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text

from server import __version__
from server.core.deps import Context

public_router = APIRouter(tags=["system"])


class Health(BaseModel):
    """Whether the server and its database answer."""

    status: str
    database: str
    version: str


@public_router.get("/health", response_model=Health)
def health(context: Context) -> Health:
    """Liveness and database reachability (public)."""
    with context.database.reading() as session:
        session.execute(text("SELECT 1"))
    return Health(status="ok", database=context.database.engine.dialect.name,
                  version=__version__)
