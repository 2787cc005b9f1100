"""FastAPI dependencies: the shared context, a database session per request, the caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.auth.service import authenticate
from server.core.context import AppContext

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_bearer = HTTPBearer(auto_error=False, description="Token from POST /api/v1/auth/login")


def get_context(request: Request) -> AppContext:
    """The server's shared context."""
    context: AppContext = request.app.state.context
    return context


Context = Annotated[AppContext, Depends(get_context)]


def get_db_session(request: Request, context: Context) -> Iterator[Session]:
    """A session for the request: reading for GET, writing (write lock up front) otherwise.

    Services commit their own transaction; whatever they did not commit is rolled back here.
    """
    database = context.database
    factory = database.read_sessions if request.method in _READ_METHODS else (
        database.write_sessions
    )
    with factory() as session:
        yield session


DbSession = Annotated[Session, Depends(get_db_session)]


def get_principal(
    context: Context,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The authenticated caller; every route needs one unless mounted as public."""
    token = credentials.credentials if credentials is not None else None
    with context.database.reading() as session:
        return authenticate(session, token=token)


CurrentUser = Annotated[Principal, Depends(get_principal)]
