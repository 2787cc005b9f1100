"""Routes of login, logout and password change."""

from __future__ import annotations

from fastapi import APIRouter, Request, status

from server.auth import service as auth_service
from server.auth.schemas import LoginRequest, PasswordChange, TokenResponse
from server.core.deps import Context, CurrentUser, DbSession

public_router = APIRouter(prefix="/auth", tags=["auth"])
router = APIRouter(prefix="/auth", tags=["auth"])


@public_router.post("/login", response_model=TokenResponse)
def login(body: LoginRequest, request: Request, db_session: DbSession,
          context: Context) -> TokenResponse:
    """Sign in with user name and password; returns a bearer token."""
    client_host = request.client.host if request.client else None
    issued = auth_service.login(
        db_session, settings=context.settings, passwords=context.passwords,
        username=body.username, password=body.password,
        client=" ".join(part for part in (body.client, client_host) if part) or None,
    )
    return TokenResponse(access_token=issued.token, expires_at=issued.expires_at,
                         user_id=issued.user_id)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(db_session: DbSession, principal: CurrentUser) -> None:
    """Revoke the token of this request."""
    auth_service.logout(db_session, principal=principal)


@router.post("/password", status_code=status.HTTP_204_NO_CONTENT)
def change_password(body: PasswordChange, db_session: DbSession, principal: CurrentUser,
                    context: Context) -> None:
    """Change one's own password; other sessions are signed out."""
    auth_service.change_password(
        db_session, passwords=context.passwords, principal=principal,
        current_password=body.current_password, new_password=body.new_password,
    )
