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


def _probe(principal: Principal, documents: type[Document], *,
           unit: bool) -> ColumnElement[bool]:
    """Whether the principal (or their unit) takes part in the document, checked row by row.

    A correlated EXISTS probes the index once per candidate row: best when something else
    already narrows the rows (one document, a work list, the few confidential rows of a list).
    """
    if unit and principal.unit_id is None:
        return false()
    who = (Participant.unit_id == principal.unit_id) if unit else (
        Participant.user_id == principal.user_id)
    # OFFSET 0 keeps PostgreSQL from turning the probe back into a hash of every document
    # of a busy unit (tens of thousands of rows) when only a few candidates need checking.
    probe = select(Participant.id).where(Participant.document_id == documents.id, who)
    return exists(probe.offset(0))


def _person_or_unit_takes_part(principal: Principal,
                               documents: type[Document]) -> ColumnElement[bool]:
    """Whether the principal or their unit takes part, as one EXISTS PostgreSQL plans as a join.

    Alone in the WHERE clause (not under an OR) it becomes a semi-join, for which the planner
    picks, from its statistics, between walking a sort index while probing each row (a long
    list, newest first) and hashing the participations once (a narrow filter or search).
    """
    who = Participant.user_id == principal.user_id
    if principal.unit_id is not None:
        who = or_(who, Participant.unit_id == principal.unit_id)
    return exists(select(Participant.id).where(Participant.document_id == documents.id, who))


def visible_clause(principal: Principal, *, correlated: bool = False,
                   documents: type[Document] = Document) -> ColumnElement[bool]:
    """A WHERE clause selecting exactly the documents the principal may see.

    ``correlated`` probes each row on its own (for lists that select a few rows first);
    ``documents`` is where the rows come from (the table, or an alias of a subquery of it).
    """
    normal = documents.confidentiality == Confidentiality.NORMAL.value
    sees_all_normal = principal.has_role(Role.CLERK) or principal.has_role(Role.LEADER)
    head = principal.has_role(Role.UNIT_HEAD)
    by_user = _probe(principal, documents, unit=False)
    # The column test comes first in each OR: PostgreSQL evaluates the branches in order, so a
    # probe only runs for the rows the test does not settle.
    if principal.has_role(Role.CLERK) and principal.handles_confidential:
        allowed: ColumnElement[bool] = true()
    elif sees_all_normal:
        # Nearly every document is normal; only the few confidential ones are probed.
        allowed = or_(normal, by_user,
                      _probe(principal, documents, unit=True) if head else false())
    elif correlated:
        by_unit = _probe(principal, documents, unit=True)
        # A unit head sees whatever involves the unit, confidential or not.
        allowed = or_(by_user, by_unit) if head else or_(and_(normal, by_unit), by_user)
    elif head:
        allowed = _person_or_unit_takes_part(principal, documents)
    else:
        # "The person takes part, or the document is normal and the unit takes part", written
        # as the semi-join above and a test that probes confidential rows only: the same set.
        allowed = and_(_person_or_unit_takes_part(principal, documents), or_(normal, by_user))
    return and_(documents.agency_id == principal.agency_id, allowed)


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
