"""An operator deals with a quarantined message: take it in again, or dismiss it for good.

Reprocessing runs the very same intake as the worker, in one transaction: the message's
``quarantined`` receipt is replaced by the new outcome, so a second reprocess (or the hub
delivering the same message id again) changes nothing more.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.axis import edxml
from server.axis.connector import inbound, intake, statuses
from server.axis.connector.service import require_operator
from server.axis.connector.tables import QuarantinedMessage, ReceivedMessage
from server.axis.connector.vocabulary import Outcome, Resolution
from server.core import audit
from server.core.db import utcnow
from server.core.errors import Conflict, IllegalTransition, NotFound, PhigiayError
from server.core.events import Audience, publish
from server.core.permissions import Role
from server.core.store import FileStore


class StillRefused(Conflict):
    """Taking the message in again failed for the same (or another) reason; nothing changed."""

    code = "axis_still_refused"


def _open_row(db_session: Session, quarantine_id: int) -> QuarantinedMessage:
    row = db_session.get(QuarantinedMessage, quarantine_id, with_for_update=True)
    if row is None:
        raise NotFound(f"quarantined message {quarantine_id}")
    return row


def dismiss(db_session: Session, *, actor: Principal, quarantine_id: int) -> QuarantinedMessage:
    """Close a quarantined message without taking it in (kept, audited; 02 already went out).

    Dismissing twice is harmless; a message already taken in again cannot be dismissed.
    """
    require_operator(actor)
    row = _open_row(db_session, quarantine_id)
    if row.resolution == Resolution.DISMISSED.value:
        return row
    if row.resolution is not None:
        raise IllegalTransition("the message was already taken in again", state=row.resolution)
    row.resolution, row.resolved_at = Resolution.DISMISSED.value, utcnow()
    audit.record(db_session, actor_id=actor.user_id, action="axis.quarantine_dismissed",
                 object_type="axis_quarantine", object_id=row.id, before={"resolution": None},
                 after={"resolution": row.resolution})
    _announce(db_session, row)
    db_session.commit()
    return row


def reprocess(db_session: Session, *, actor: Principal, store: FileStore, organ_id: str,
              quarantine_id: int, trust_roots: Sequence[bytes] = (),
              limits: edxml.Limits = edxml.DEFAULT_LIMITS) -> QuarantinedMessage:
    """Run a quarantined message through intake again (e.g. once its cause was fixed).

    Raises:
        StillRefused: it still cannot be read or taken in (the transaction is rolled back).
        IllegalTransition: it was dismissed, or its bytes were not kept.
    """
    require_operator(actor)
    row = _open_row(db_session, quarantine_id)
    if row.resolution == Resolution.REPROCESSED.value:
        return row
    if row.resolution is not None or row.file_sha256 is None:
        raise IllegalTransition("the quarantined message cannot be taken in again",
                                state=row.resolution or "no_bytes")
    envelope = inbound.Envelope(row.message_id, row.sender, row.edxml_document_id or "")
    try:
        outcome = _take_in(db_session, store=store, organ_id=organ_id, envelope=envelope,
                           data=store.read(row.file_sha256), limits=limits,
                           trust_roots=trust_roots)
    except StillRefused:
        db_session.rollback()
        raise
    row.resolution, row.resolved_at = Resolution.REPROCESSED.value, utcnow()
    audit.record(db_session, actor_id=actor.user_id, action="axis.quarantine_reprocessed",
                 object_type="axis_quarantine", object_id=row.id, before={"resolution": None},
                 after={"resolution": row.resolution, "outcome": outcome.value})
    _announce(db_session, row)
    db_session.commit()
    return row


def _take_in(db_session: Session, *, store: FileStore, organ_id: str,
             envelope: inbound.Envelope, data: bytes, limits: edxml.Limits,
             trust_roots: Sequence[bytes]) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="phigiay-axis-") as folder:
        try:
            parsed = edxml.parse(data, limits=limits, attachments_dir=Path(folder))
        except edxml.EdxmlError as exc:
            raise StillRefused(exc.reason, reason=f"{exc.code}: {exc.reason}") from exc
        message = parsed.message
        # The quarantine left a receipt under this message id; the new outcome replaces it.
        db_session.execute(delete(ReceivedMessage).where(
            ReceivedMessage.message_id == envelope.message_id,
            ReceivedMessage.outcome == Outcome.QUARANTINED.value))
        try:
            # The same trust rule as the worker's intake: a reprocess never bypasses it.
            intake.check_signer(parsed, trust_roots=trust_roots)
            return _apply(db_session, store=store, organ_id=organ_id, envelope=envelope,
                          message=message)
        except intake.Unacceptable as exc:
            raise StillRefused(exc.reason, reason=exc.reason) from exc
        except (PhigiayError, edxml.EdxmlError) as exc:
            reason = getattr(exc, "detail", None) or getattr(exc, "reason", None) or str(exc)
            raise StillRefused(reason, reason=reason) from exc


def _apply(db_session: Session, *, store: FileStore, organ_id: str,
           envelope: inbound.Envelope, message: edxml.Message) -> Outcome:
    if isinstance(message, edxml.StatusMessage):
        document_id = statuses.apply(db_session, message, organ_id=organ_id,
                                     message_id=envelope.message_id)
        inbound.record(db_session, envelope, message, outcome=Outcome.APPLIED,
                       document_id=document_id)
        return Outcome.APPLIED
    return inbound.take_document(db_session, store=store, organ_id=organ_id, envelope=envelope,
                                 message=message)


def _announce(db_session: Session, row: QuarantinedMessage) -> None:
    # Operators' connector screens refresh on this.
    publish(db_session, kind="axis.quarantine", payload={"quarantine_id": row.id},
            audience=Audience(roles=frozenset({Role.ADMIN, Role.CLERK})))
