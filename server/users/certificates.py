"""Certificates bound to people: a signature made with one is attributed to its holder."""

from __future__ import annotations

from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core import audit
from server.core.db import utcnow
from server.core.errors import Conflict, NotFound, UnsupportedMediaType
from server.core.permissions import Permission
from server.users.service import get_user
from server.users.tables import UserCertificate


def parse_certificate(data: bytes) -> x509.Certificate:
    """Read one X.509 certificate from PEM or DER bytes."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise UnsupportedMediaType("not an X.509 certificate (PEM or DER)") from exc


def _may_manage(actor: Principal, user_id: int) -> None:
    if actor.user_id != user_id:
        actor.require(Permission.USER_MANAGE)


def bind_certificate(
    db_session: Session, *, actor: Principal, user_id: int, data: bytes
) -> UserCertificate:
    """Bind a certificate to a user (the user themself or an administrator)."""
    _may_manage(actor, user_id)
    get_user(db_session, actor=actor, user_id=user_id)
    certificate = parse_certificate(data)
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    existing = db_session.scalars(
        select(UserCertificate).where(UserCertificate.fingerprint_sha256 == fingerprint)
    ).one_or_none()
    if existing is not None and existing.unbound_at is None:
        raise Conflict("this certificate is already bound to a user")
    row = UserCertificate(
        user_id=user_id, fingerprint_sha256=fingerprint,
        subject=certificate.subject.rfc4514_string(), issuer=certificate.issuer.rfc4514_string(),
        serial_number=format(certificate.serial_number, "x"),
        not_before=certificate.not_valid_before_utc, not_after=certificate.not_valid_after_utc,
        der=certificate.public_bytes(Encoding.DER),
    )
    if existing is not None:
        db_session.delete(existing)
        db_session.flush()
    db_session.add(row)
    db_session.flush()
    audit.record(db_session, actor_id=actor.user_id, action="certificate.bound",
                 object_type="user", object_id=user_id,
                 after={"fingerprint_sha256": fingerprint, "subject": row.subject,
                        "serial_number": row.serial_number})
    db_session.commit()
    return row


def list_certificates(
    db_session: Session, *, actor: Principal, user_id: int
) -> Sequence[UserCertificate]:
    """The certificates currently bound to a user."""
    get_user(db_session, actor=actor, user_id=user_id)
    query = select(UserCertificate).where(
        UserCertificate.user_id == user_id, UserCertificate.unbound_at.is_(None)
    )
    return db_session.scalars(query.order_by(UserCertificate.added_at)).all()


def unbind_certificate(
    db_session: Session, *, actor: Principal, user_id: int, certificate_id: int
) -> None:
    """Stop attributing a certificate to a user (kept for signatures made before)."""
    _may_manage(actor, user_id)
    row = db_session.get(UserCertificate, certificate_id)
    if row is None or row.user_id != user_id or row.unbound_at is not None:
        raise NotFound(f"certificate {certificate_id}")
    row.unbound_at = utcnow()
    audit.record(db_session, actor_id=actor.user_id, action="certificate.unbound",
                 object_type="user", object_id=user_id,
                 before={"fingerprint_sha256": row.fingerprint_sha256})
    db_session.commit()


def holder_of(db_session: Session, *, fingerprint_sha256: str) -> int | None:
    """The user a certificate is bound to now, if any (used to check who signed)."""
    return db_session.scalars(
        select(UserCertificate.user_id).where(
            UserCertificate.fingerprint_sha256 == fingerprint_sha256,
            UserCertificate.unbound_at.is_(None),
        )
    ).one_or_none()
