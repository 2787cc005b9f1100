"""Login, logout, token checks, password changes and lock-out. One transaction per use case."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from server.auth.passwords import Passwords
from server.auth.principal import Principal
from server.auth.tables import AccessToken
from server.core import audit
from server.core.db import utcnow
from server.core.errors import (
    AccountDisabled,
    AccountLocked,
    InvalidCredentials,
    NotAuthenticated,
)
from server.core.events import Audience, publish
from server.core.permissions import Role
from server.core.settings import Settings
from server.users.tables import User

TOKEN_PREFIX = "pgy_"


@dataclass(frozen=True)
class IssuedToken:
    """A freshly issued bearer token; the plain value exists only in this object."""

    token: str
    expires_at: datetime
    user_id: int


def hash_token(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def principal_of(user: User, *, token_id: int | None = None) -> Principal:
    """The service-layer view of a user."""
    return Principal(
        user_id=user.id, username=user.username, full_name=user.full_name,
        agency_id=user.agency_id, unit_id=user.unit_id,
        roles=frozenset(Role(name) for name in user.role_names), token_id=token_id,
        handles_confidential=user.handles_confidential,
    )


def _find_user(db_session: Session, username: str) -> User | None:
    query = select(User).where(func.lower(User.username) == username.strip().lower())
    return db_session.scalars(query).one_or_none()


def _register_failure(
    db_session: Session, *, user: User, settings: Settings, client: str | None
) -> datetime | None:
    """Count a wrong password; lock the account at the threshold. Returns the lock's end."""
    user.failed_logins += 1
    details = {"client": client, "failed_logins": user.failed_logins}
    audit.record(db_session, actor_id=user.id, action="auth.login_failed",
                 object_type="user", object_id=user.id, details=details)
    if user.failed_logins < settings.lockout_threshold:
        return None
    user.locked_until = utcnow() + timedelta(minutes=settings.lockout_minutes)
    user.failed_logins = 0
    until = user.locked_until.isoformat(timespec="seconds")
    audit.record(db_session, actor_id=None, action="auth.account_locked", object_type="user",
                 object_id=user.id, after={"locked_until": until})
    publish(db_session, kind="auth.account_locked",
            payload={"user_id": user.id, "username": user.username, "locked_until": until},
            audience=Audience(roles=frozenset({Role.ADMIN.value})))
    return user.locked_until


def login(
    db_session: Session,
    *,
    settings: Settings,
    passwords: Passwords,
    username: str,
    password: str,
    client: str | None = None,
) -> IssuedToken:
    """Check a user name and password and issue a bearer token; audit every outcome."""
    user = _find_user(db_session, username)
    now = utcnow()
    if user is None:
        passwords.verify(None, password)
        audit.record(db_session, actor_id=None, action="auth.login_failed", object_type="user",
                     details={"username": username[:64], "reason": "unknown_user",
                              "client": client})
        db_session.commit()
        raise InvalidCredentials()
    if user.locked_until is not None and user.locked_until > now:
        until = user.locked_until.isoformat(timespec="seconds")
        audit.record(db_session, actor_id=user.id, action="auth.login_refused_locked",
                     object_type="user", object_id=user.id, details={"client": client})
        db_session.commit()
        raise AccountLocked(until=until)
    if not passwords.verify(user.password_hash, password):
        locked_until = _register_failure(db_session, user=user, settings=settings, client=client)
        db_session.commit()
        if locked_until is not None:
            raise AccountLocked(until=locked_until.isoformat(timespec="seconds"))
        raise InvalidCredentials()
    if not user.is_active:
        audit.record(db_session, actor_id=user.id, action="auth.login_refused_disabled",
                     object_type="user", object_id=user.id, details={"client": client})
        db_session.commit()
        raise AccountDisabled()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash(password)
    user.failed_logins, user.locked_until = 0, None
    issued = _issue_token(db_session, user=user, settings=settings, client=client)
    db_session.commit()
    return issued


def _issue_token(
    db_session: Session, *, user: User, settings: Settings, client: str | None
) -> IssuedToken:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires_at = utcnow() + timedelta(minutes=settings.token_ttl_minutes)
    row = AccessToken(user_id=user.id, token_hash=hash_token(token), expires_at=expires_at,
                      client=client)
    db_session.add(row)
    db_session.flush()
    audit.record(db_session, actor_id=user.id, action="auth.login", object_type="access_token",
                 object_id=row.id, details={"client": client})
    return IssuedToken(token=token, expires_at=expires_at, user_id=user.id)


def authenticate(db_session: Session, *, token: str | None) -> Principal:
    """The principal behind a bearer token; refuses unknown, expired, revoked or disabled."""
    if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        raise NotAuthenticated()
    row = db_session.scalars(
        select(AccessToken).where(AccessToken.token_hash == hash_token(token))
    ).one_or_none()
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        raise NotAuthenticated()
    user = db_session.get(User, row.user_id)
    if user is None or not user.is_active:
        raise NotAuthenticated()
    return principal_of(user, token_id=row.id)


def logout(db_session: Session, *, principal: Principal) -> None:
    """Revoke the token the request came with."""
    now = utcnow()
    db_session.execute(
        update(AccessToken)
        .where(AccessToken.id == principal.token_id, AccessToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    audit.record(db_session, actor_id=principal.user_id, action="auth.logout",
                 object_type="access_token", object_id=principal.token_id)
    db_session.commit()


def revoke_all_tokens(
    db_session: Session, *, user_id: int, except_token_id: int | None = None
) -> int:
    """Revoke a user's tokens in the caller's transaction; returns how many were live."""
    query = update(AccessToken).where(
        AccessToken.user_id == user_id, AccessToken.revoked_at.is_(None)
    )
    if except_token_id is not None:
        query = query.where(AccessToken.id != except_token_id)
    result = db_session.execute(query.values(revoked_at=utcnow()))
    return int(result.rowcount)  # type: ignore[attr-defined]


def change_password(
    db_session: Session,
    *,
    passwords: Passwords,
    principal: Principal,
    current_password: str,
    new_password: str,
) -> None:
    """Change one's own password; every other session of the user is signed out."""
    user = db_session.get(User, principal.user_id)
    if user is None or not passwords.verify(user.password_hash, current_password):
        raise InvalidCredentials()
    user.password_hash = passwords.hash(new_password)
    user.password_changed_at = utcnow()
    revoked = revoke_all_tokens(db_session, user_id=user.id, except_token_id=principal.token_id)
    audit.record(db_session, actor_id=user.id, action="auth.password_changed",
                 object_type="user", object_id=user.id, details={"tokens_revoked": revoked})
    db_session.commit()
