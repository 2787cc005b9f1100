"""Reading documents: the filtered, searchable list and each person's "my work"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    UnaryExpression,
    and_,
    exists,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from server.auth.principal import Principal
from server.core.permissions import Role
from server.documents import search
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

SORT_KEYS: dict[str, tuple[str, bool]] = {
    "newest": ("created_at", True), "oldest": ("created_at", False),
    "due": ("due_date", False), "arrival": ("arrival_number", True),
}
"""Each list order: the column and whether it is descending (ties broken by id, alike)."""


def order_by(sort: str, documents: type[Document] = Document,
             ) -> tuple[UnaryExpression[Any], ...]:
    """The ORDER BY of a list order (unknown orders give the newest first)."""
    name, descending = SORT_KEYS.get(sort, SORT_KEYS["newest"])
    keys: tuple[InstrumentedAttribute[Any], ...] = (getattr(documents, name), documents.id)
    return tuple(key.desc() if descending else key.asc() for key in keys)


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


def _assigned_to(documents: type[Document], *, user_id: int | None = None,
                 unit_id: int | None = None) -> ColumnElement[bool]:
    condition = Assignment.user_id == user_id if user_id is not None else (
        Assignment.unit_id == unit_id)
    return exists().where(Assignment.document_id == documents.id, condition)


def filtered_query(principal: Principal, wanted: DocumentFilter, *,
                   dialect: str) -> Select[Document]:
    """The SELECT of visible documents matching a filter, sorted, for a database dialect."""
    query = _unsearched_query(principal, wanted)
    if wanted.text:
        query = query.where(search.matches(wanted.text, dialect=dialect))
    return query


def _unsearched_query(principal: Principal, wanted: DocumentFilter,
                      documents: type[Document] = Document) -> Select[Document]:
    query = select(documents).where(visible_clause(principal, documents=documents))
    simple = {documents.direction: wanted.direction, documents.type_code: wanted.type_code,
              documents.urgency: wanted.urgency,
              documents.confidentiality: wanted.confidentiality}
    for column, value in simple.items():
        if value is not None:
            query = query.where(column == value)
    if wanted.states:
        query = query.where(documents.state.in_(list(wanted.states)))
    if wanted.created_from is not None:
        query = query.where(documents.created_at >= start_of_day(wanted.created_from))
    if wanted.created_to is not None:
        query = query.where(
            documents.created_at < start_of_day(wanted.created_to + timedelta(days=1)))
    if wanted.unit_id is not None:
        query = query.where(or_(documents.drafting_unit_id == wanted.unit_id,
                                _assigned_to(documents, unit_id=wanted.unit_id)))
    if wanted.assignee_id is not None:
        query = query.where(_assigned_to(documents, user_id=wanted.assignee_id))
    if wanted.overdue:
        query = query.where(documents.due_date < today_in_vietnam(),
                            documents.state.in_(OPEN_STATES))
    return query.order_by(*order_by(wanted.sort, documents))


@dataclass(frozen=True)
class Page:
    """One page of a list and whether more follow."""

    items: list[Document]
    has_more: bool


SEARCH_WINDOW = 10_000
"""How many documents, first in the list's order, a search looks through before the index
(for its first page; further pages look through as many more for each page, up to ten)."""
_INDEXED_SORTS = frozenset({"newest", "oldest", "due"})


def _listed_from(source: Subquery, principal: Principal,
                 wanted: DocumentFilter) -> Select[Document]:
    # Rows of the subquery come back as documents (an ORM alias of it).
    return _unsearched_query(principal, wanted, cast(type[Document], aliased(Document, source)))


def page_queries(principal: Principal, wanted: DocumentFilter, *, dialect: str, limit: int,
                 offset: int = 0) -> Iterator[Select[Document]]:
    """The statements that give one page (``limit`` + 1 rows, to tell whether more follow).

    The first that returns ``limit`` + 1 rows gives the page, else the last one does (each is
    built only when asked for). Without search text that is the filtered query itself. A
    search first looks through the first ``SEARCH_WINDOW`` documents in the list's order: for
    common words ("quyết định") the page is there, found in a few milliseconds. Otherwise the
    word index gives every match, which are then sorted: few, since the window held fewer
    than a page. The database cannot make this choice itself: its estimate for several words
    together is far too low (it would fetch and sort thousands of matches), and for one rare
    word far too high (it would walk the table). Both give the plain query's rows: if the
    window holds ``offset + limit + 1`` matches, they come before every match outside it.
    """
    if not wanted.text:
        yield filtered_query(principal, wanted, dialect=dialect).limit(limit + 1).offset(offset)
        return
    if wanted.sort in _INDEXED_SORTS:
        # Deeper pages look further: page n of a common word is about n windows away.
        size = SEARCH_WINDOW * min(1 + offset // max(limit, 1), 10)
        window = search.first_documents(
            Document.agency_id == principal.agency_id, order_by=order_by(wanted.sort),
            size=size, dialect=dialect)
        in_window = _listed_from(window, principal, wanted).where(
            search.matches(wanted.text, dialect=dialect, source=window))
        yield in_window.limit(limit + 1).offset(offset)
    found = search.matching_documents(wanted.text, dialect=dialect)
    yield _listed_from(found, principal, wanted).limit(limit + 1).offset(offset)


def list_documents(db_session: Session, *, principal: Principal, wanted: DocumentFilter,
                   limit: int = 50, offset: int = 0) -> Page:
    """A page of the documents the principal may see, matching the filter."""
    statements = page_queries(principal, wanted, dialect=db_session.get_bind().dialect.name,
                              limit=limit, offset=offset)
    for statement in statements:
        rows = list(db_session.scalars(statement))
        if len(rows) > limit:
            break
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


def work_queries(principal: Principal, *, limit: int = 50) -> dict[str, Select[Document]]:
    """The SELECT of each of the person's work lists (only the lists their roles have)."""
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
    statements: dict[str, Select[Document]] = {}
    for name, condition in conditions.items():
        if condition is None:
            continue
        # These lists select only documents the person takes part in (assigned, presented,
        # drafted: each of those steps records a participant), which the visibility rule
        # always admits; skipping its hash of a whole unit's documents keeps them fast. The
        # others select a few open documents first (by state, or the unit's open drafts),
        # each then probed on its own.
        visible = (Document.agency_id == principal.agency_id if name in _SELF_VISIBLE
                   else visible_clause(principal, correlated=True))
        statements[name] = (select(Document).where(visible, condition)
                            .order_by(Document.due_date.asc(), Document.id.desc()).limit(limit))
    return statements


def my_work(db_session: Session, *, principal: Principal, limit: int = 50) -> MyWork:
    """To register, to direct, to process, to review, to sign, to issue, overdue, my drafts."""
    return MyWork(lists={name: list(db_session.scalars(statement)) for name, statement
                         in work_queries(principal, limit=limit).items()})


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
