"""Reading documents: the filtered, searchable list and each person's "my work"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, UnaryExpression, and_, exists, or_, select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core.permissions import Role
from server.core.text import search_terms
from server.documents.access import get_visible, visible_clause
from server.documents.deadlines import WorkCalendar, due_status
from server.documents.tables import (
    OPEN_STATES,
    Assignment,
    Attachment,
    Comment,
    Document,
    DocumentVersion,
    Recipient,
)
from server.documents.vocabulary import State
from server.registers.service import start_of_day, today_in_vietnam

_T = TypeVar("_T")
FINISHED = frozenset(state.value for state in State) - frozenset(OPEN_STATES)
"""States in which nothing waits for anyone any more."""

SORTS: dict[str, tuple[UnaryExpression[Any], ...]] = {
    "newest": (Document.created_at.desc(), Document.id.desc()),
    "oldest": (Document.created_at.asc(), Document.id.asc()),
    "due": (Document.due_date.asc(), Document.id.asc()),
    "arrival": (Document.arrival_number.desc(), Document.id.desc()),
}


@dataclass(frozen=True)
class DocumentFilter:
    """What the inbox list can be narrowed by."""

    text: str | None = None
    direction: str | None = None
    states: Sequence[str] = ()
    type_code: str | None = None
    urgency: str | None = None
    confidentiality: str | None = None
    created_from: date | None = None
    created_to: date | None = None
    unit_id: int | None = None
    assignee_id: int | None = None
    overdue: bool = False
    sort: str = "newest"


def _search(query: Select[Document], text: str) -> Select[Document]:
    for term in search_terms(text)[:10]:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Document.search_text.like(f"%{escaped}%", escape="\\"))
    return query


def _assigned_to(*, user_id: int | None = None,
                 unit_id: int | None = None) -> ColumnElement[bool]:
    condition = Assignment.user_id == user_id if user_id is not None else (
        Assignment.unit_id == unit_id)
    return exists().where(Assignment.document_id == Document.id, condition)


def filtered_query(principal: Principal, wanted: DocumentFilter) -> Select[Document]:
    """The SELECT of visible documents matching a filter, sorted."""
    query = select(Document).where(visible_clause(principal))
    if wanted.text:
        query = _search(query, wanted.text)
    simple = {Document.direction: wanted.direction, Document.type_code: wanted.type_code,
              Document.urgency: wanted.urgency, Document.confidentiality: wanted.confidentiality}
    for column, value in simple.items():
        if value is not None:
            query = query.where(column == value)
    if wanted.states:
        query = query.where(Document.state.in_(list(wanted.states)))
    if wanted.created_from is not None:
        query = query.where(Document.created_at >= start_of_day(wanted.created_from))
    if wanted.created_to is not None:
        query = query.where(
            Document.created_at < start_of_day(wanted.created_to + timedelta(days=1)))
    if wanted.unit_id is not None:
        query = query.where(or_(Document.drafting_unit_id == wanted.unit_id,
                                _assigned_to(unit_id=wanted.unit_id)))
    if wanted.assignee_id is not None:
        query = query.where(_assigned_to(user_id=wanted.assignee_id))
    if wanted.overdue:
        query = query.where(Document.due_date < today_in_vietnam(),
                            Document.state.in_(OPEN_STATES))
    return query.order_by(*SORTS.get(wanted.sort, SORTS["newest"]))


@dataclass(frozen=True)
class Page:
    """One page of a list and whether more follow."""

    items: list[Document]
    has_more: bool


def list_documents(db_session: Session, *, principal: Principal, wanted: DocumentFilter,
                   limit: int = 50, offset: int = 0) -> Page:
    """A page of the documents the principal may see, matching the filter."""
    rows = list(db_session.scalars(
        filtered_query(principal, wanted).limit(limit + 1).offset(offset)))
    return Page(items=rows[:limit], has_more=len(rows) > limit)


@dataclass(frozen=True)
class MyWork:
    """What waits for one person, by kind of step."""

    lists: dict[str, list[Document]] = field(default_factory=dict)


def _open_assignment_of(principal: Principal) -> ColumnElement[bool]:
    mine = Assignment.user_id == principal.user_id
    if principal.has_role(Role.UNIT_HEAD) and principal.unit_id is not None:
        mine = or_(mine, Assignment.unit_id == principal.unit_id)
    return Document.id.in_(select(Assignment.document_id).where(
        Assignment.done_at.is_(None), Assignment.role != "info", mine))


_SELF_VISIBLE = frozenset({"to_direct", "to_process", "to_sign", "overdue", "my_drafts"})


def my_work(db_session: Session, *, principal: Principal, limit: int = 50) -> MyWork:
    """To register, to direct, to process, to review, to sign, to issue, overdue, my drafts."""
    has = principal.has_role
    unit = principal.unit_id
    active = [State.DIRECTED.value, State.IN_PROGRESS.value]
    conditions = {
        "to_register": and_(Document.state == State.RECEIVED.value) if has(Role.CLERK) else None,
        "to_direct": and_(Document.state == State.PRESENTED.value,
                          Document.presented_to == principal.user_id) if has(Role.LEADER)
        else None,
        "to_process": and_(Document.state.in_(active), _open_assignment_of(principal)),
        "to_review": and_(Document.state == State.IN_REVIEW.value,
                          Document.drafting_unit_id == unit) if has(Role.UNIT_HEAD) else None,
        "to_sign": and_(Document.state == State.TO_SIGN.value,
                        Document.presented_to == principal.user_id) if has(Role.LEADER)
        else None,
        "to_issue": and_(Document.state == State.SIGNED.value) if has(Role.CLERK) else None,
        "overdue": and_(Document.state.in_(active), _open_assignment_of(principal),
                        Document.due_date < today_in_vietnam()),
        "my_drafts": and_(Document.created_by == principal.user_id,
                          Document.state.in_([State.DRAFT.value, State.RETURNED.value])),
    }
    lists: dict[str, list[Document]] = {}
    for name, condition in conditions.items():
        if condition is None:
            continue
        # These lists select only documents the person takes part in (assigned, presented,
        # drafted: each of those steps records a participant), which the visibility rule
        # always admits; skipping its hash of a whole unit's documents keeps them fast.
        visible = (Document.agency_id == principal.agency_id if name in _SELF_VISIBLE
                   else visible_clause(principal))
        query = select(Document).where(visible, condition)
        lists[name] = list(db_session.scalars(
            query.order_by(Document.due_date.asc(), Document.id.desc()).limit(limit)))
    return MyWork(lists=lists)


@dataclass(frozen=True)
class Detail:
    """A document with everything shown on its page."""

    document: Document
    versions: list[DocumentVersion]
    attachments: list[Attachment]
    recipients: list[Recipient]
    assignments: list[tuple[Assignment, str]]
    """Each assignment with its due status."""
    comments: list[Comment]
    due_status: str


def _children(db_session: Session, model: type[_T], document_id: int, order: object) -> list[_T]:
    query = select(model).where(model.document_id == document_id)  # type: ignore[attr-defined]
    return list(db_session.scalars(query.order_by(order)))  # type: ignore[arg-type]


def detail(db_session: Session, *, principal: Principal, document_id: int) -> Detail:
    """Everything about one visible document."""
    document = get_visible(db_session, principal=principal, document_id=document_id)
    calendar, today = WorkCalendar.load(db_session), today_in_vietnam()
    assignments = _children(db_session, Assignment, document_id, Assignment.id)
    finished = document.state in FINISHED
    return Detail(
        document=document,
        versions=_children(db_session, DocumentVersion, document_id, DocumentVersion.version_no),
        attachments=_children(db_session, Attachment, document_id, Attachment.id),
        recipients=_children(db_session, Recipient, document_id, Recipient.id),
        assignments=[(a, due_status(calendar, deadline=a.deadline, today=today,
                                    done=a.done_at is not None or finished))
                     for a in assignments],
        comments=_children(db_session, Comment, document_id, Comment.id),
        due_status=due_status(calendar, deadline=document.due_date, today=today, done=finished),
    )
