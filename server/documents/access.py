"""Who may see a document: by agency, unit, assignment and confidentiality.

- Non-confidential documents: clerks and leaders of the agency see them all; others see those
  they take part in (created, presented, assigned, reviewing, addressed) or whose participants
  include their unit.
- Confidential documents: only the people they are addressed or assigned to, the head of a unit
  they are addressed or assigned to, and the clerks of the confidential register.
Administrators manage people, not documents: they see only what they take part in.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core.errors import NotFound
from server.core.permissions import Role
from server.documents.tables import Document, Participant
from server.documents.vocabulary import Confidentiality


def _participates(principal: Principal, *, unit: bool, correlated: bool) -> ColumnElement[bool]:
    """Whether the principal (or their unit) takes part in the document.

    Two plans for one rule: a correlated EXISTS probes the index once per candidate row, best
    when something else already narrows the rows (one document, a work list); IN (subquery)
    lets PostgreSQL hash the person's documents once and walk a sort index, best for the
    long, sorted inbox list.
    """
    if unit and principal.unit_id is None:
        return false()
    who = (Participant.unit_id == principal.unit_id) if unit else (
        Participant.user_id == principal.user_id)
    if correlated:
        # OFFSET 0 keeps PostgreSQL from turning the probe back into a hash of every document
        # of a busy unit (tens of thousands of rows) when only a few candidates need checking.
        probe = select(Participant.id).where(Participant.document_id == Document.id, who)
        return exists(probe.offset(0))
    return Document.id.in_(select(Participant.document_id).where(who))


def visible_clause(principal: Principal, *, correlated: bool = False) -> ColumnElement[bool]:
    """A WHERE clause selecting exactly the documents the principal may see."""
    normal = Document.confidentiality == Confidentiality.NORMAL.value
    sees_all_normal = principal.has_role(Role.CLERK) or principal.has_role(Role.LEADER)
    by_unit = _participates(principal, unit=True, correlated=correlated)
    by_user = _participates(principal, unit=False, correlated=correlated)
    if principal.has_role(Role.CLERK) and principal.handles_confidential:
        allowed: ColumnElement[bool] = true()
    elif principal.has_role(Role.UNIT_HEAD):
        # A unit head sees whatever involves the unit, confidential or not.
        allowed = or_(by_user, by_unit,
                      normal if sees_all_normal else false())
    else:
        allowed = or_(by_user,
                      and_(normal, true() if sees_all_normal else by_unit))
    return and_(Document.agency_id == principal.agency_id, allowed)


def get_visible(db_session: Session, *, principal: Principal, document_id: int) -> Document:
    """A document the principal may see; NotFound otherwise (existence is not revealed)."""
    document = db_session.scalars(
        select(Document).where(Document.id == document_id,
                               visible_clause(principal, correlated=True))
    ).one_or_none()
    if document is None:
        raise NotFound(f"document {document_id}")
    return document


def add_participant(
    db_session: Session, *, document_id: int, reason: str, user_id: int | None = None,
    unit_id: int | None = None,
) -> None:
    """Record that a person or unit takes part in a document (idempotent)."""
    present = db_session.scalars(
        select(Participant.id).where(
            Participant.document_id == document_id, Participant.reason == reason,
            Participant.user_id.is_(None) if user_id is None else Participant.user_id == user_id,
            Participant.unit_id.is_(None) if unit_id is None else Participant.unit_id == unit_id,
        )
    ).first()
    if present is None:
        db_session.add(Participant(document_id=document_id, user_id=user_id, unit_id=unit_id,
                                   reason=reason))
