"""Agency registration, authentication and the directory.

Credentials: ``Authorization: Bearer <organ id>:<secret>``, as the national SDK sends its
SystemId and SecretKey with every call. A bearer secret (over TLS in any real deployment) lets
the hub keep only a salted scrypt hash, so a stolen hub database yields no credential; HMAC request
signing would need the secret stored in recoverable form. scrypt is slow by design, so a
successful check is remembered in memory by a SHA-256 of the presented token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from server.axis.edxml import InvalidValue, check_organ_id
from server.axis.hub.errors import Conflict, HubError, NotAuthenticated
from server.axis.hub.tables import agencies

MIN_SECRET_LENGTH = 16


@dataclass(frozen=True)
class Agency:
    """A registered agency as the directory shows it."""

    organ_id: str
    """Organ id."""
    name: str
    """Agency name."""
    registered_at: datetime
    """When it registered."""


def _hash(secret: str, salt: str) -> str:
    return hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1).hex()


def register(engine: Engine, *, organ_id: str, name: str, secret: str | None) -> tuple[Agency, str]:
    """Register an agency; returns it and its secret (generated when none was given)."""
    try:
        check_organ_id(organ_id, strict=False)
    except InvalidValue as exc:
        raise HubError(exc.reason) from exc
    secret = secret or secrets.token_urlsafe(32)
    if len(secret) < MIN_SECRET_LENGTH:
        raise HubError(f"the secret must have at least {MIN_SECRET_LENGTH} characters")
    salt = secrets.token_hex(16)
    agency = Agency(organ_id, name.strip() or organ_id, datetime.now(UTC))
    try:
        with engine.begin() as connection:
            connection.execute(insert(agencies).values(
                organ_id=organ_id, name=agency.name, secret_hash=_hash(secret, salt), salt=salt,
                active=True, registered_at=agency.registered_at))
    except IntegrityError as exc:
        raise Conflict(f"organ id {organ_id} is already registered") from exc
    return agency, secret


def directory(engine: Engine) -> list[Agency]:
    """Every active agency, by organ id."""
    query = (select(agencies.c.organ_id, agencies.c.name, agencies.c.registered_at)
             .where(agencies.c.active.is_(True)).order_by(agencies.c.organ_id))
    with engine.begin() as connection:
        return [Agency(*row) for row in connection.execute(query)]


def known(connection: Connection, organ_ids: set[str]) -> set[str]:
    """The subset of ``organ_ids`` that are registered and active."""
    if not organ_ids:
        return set()
    query = select(agencies.c.organ_id).where(agencies.c.organ_id.in_(sorted(organ_ids)),
                                              agencies.c.active.is_(True))
    return set(connection.execute(query).scalars())


class Authenticator:
    """Checks bearer tokens, caching successful scrypt checks."""

    def __init__(self, engine: Engine, *, admin_token: str | None) -> None:
        self.engine = engine
        self.admin_token = admin_token
        self._verified: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def is_admin(self, header: str | None) -> bool:
        """Whether the header carries the admin token."""
        token = _bearer(header)
        return bool(self.admin_token and token and
                    hmac.compare_digest(token.encode(), self.admin_token.encode()))

    def organ(self, header: str | None) -> str:
        """The organ id that the header authenticates, or :class:`NotAuthenticated`."""
        token = _bearer(header)
        organ_id, _, secret = (token or "").partition(":")
        if not organ_id or not secret:
            raise NotAuthenticated("send 'Authorization: Bearer <organ id>:<secret>'")
        fingerprint = hashlib.sha256(token.encode()).digest()  # type: ignore[union-attr]
        with self._lock:
            cached = self._verified.get(organ_id)
        if cached is not None and hmac.compare_digest(cached, fingerprint):
            return organ_id
        with self.engine.begin() as connection:
            row = connection.execute(
                select(agencies.c.secret_hash, agencies.c.salt)
                .where(agencies.c.organ_id == organ_id, agencies.c.active.is_(True))).first()
        if row is None or not hmac.compare_digest(_hash(secret, row.salt), row.secret_hash):
            raise NotAuthenticated("unknown organ id or wrong secret")
        with self._lock:
            self._verified[organ_id] = fingerprint
        return organ_id


def _bearer(header: str | None) -> str | None:
    scheme, _, token = (header or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None
