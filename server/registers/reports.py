"""Reports: the register books in the decree's format, and per-unit processing statistics."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core.errors import PermissionDenied
from server.core.permissions import Role
from server.documents.access import visible_clause
from server.documents.tables import Assignment, Document, Recipient
from server.documents.vocabulary import WORKFLOW_TYPES, Direction, Series
from server.registers.service import start_of_day, today_in_vietnam
from server.registers.tables import Register
from server.rendering.registers import IncomingRegisterRow, OutgoingRegisterRow, render_register
from server.users.service import get_agency
from server.users.tables import Unit, User


def _require_reporter(actor: Principal) -> None:
    if not (actor.has_role(Role.CLERK) or actor.has_role(Role.LEADER)):
        raise PermissionDenied("registers and reports are for clerks and leaders")


def _register_documents(db_session: Session, *, actor: Principal, direction: Direction,
                        year: int, series: str) -> list[Document]:
    order = Document.arrival_number if direction is Direction.INCOMING else Document.number
    query = (select(Document).join(Register, Register.id == Document.register_id)
             .where(Register.direction == direction.value, Register.year == year,
                    Register.series == series, visible_clause(actor)).order_by(order))
    return list(db_session.scalars(query))


def _type_and_subject(document: Document) -> str:
    return f"{WORKFLOW_TYPES[document.type_code].name}: {document.subject}"


def _handler_names(db_session: Session, document_id: int) -> str:
    leads = db_session.scalars(select(Assignment).where(
        Assignment.document_id == document_id, Assignment.role == "lead",
        Assignment.parent_id.is_(None)))
    names = []
    for lead in leads:
        holder = db_session.get(Unit, lead.unit_id) if lead.unit_id else (
            db_session.get(User, lead.user_id) if lead.user_id else None)
        if holder is not None:
            names.append(holder.name if isinstance(holder, Unit) else holder.full_name)
    return ", ".join(names)


def _recipient_names(db_session: Session, document_id: int) -> str:
    names = []
    for recipient in db_session.scalars(select(Recipient).where(
            Recipient.document_id == document_id).order_by(Recipient.id)):
        if recipient.organ_name:
            names.append(recipient.organ_name)
        elif recipient.unit_id and (unit := db_session.get(Unit, recipient.unit_id)):
            names.append(unit.name)
        elif recipient.user_id and (user := db_session.get(User, recipient.user_id)):
            names.append(user.full_name)
    return "; ".join(names)


def register_book(db_session: Session, *, actor: Principal, direction: Direction, year: int,
                  series: str = Series.GENERAL.value) -> bytes:
    """The year's incoming or outgoing register as a printable PDF (Phụ lục IV)."""
    _require_reporter(actor)
    agency = get_agency(db_session)
    found = _register_documents(db_session, actor=actor, direction=direction, year=year,
                                series=series)
    if direction is Direction.INCOMING:
        incoming_rows = [IncomingRegisterRow(
            arrival_date=today_in_vietnam(d.arrival_date) if d.arrival_date else date(year, 1, 1),
            arrival_number=d.arrival_number or 0, sender=d.issuing_organ_name or "",
            number_notation=f"{d.number or ''}/{d.notation or ''}".strip("/"),
            document_date=d.issue_date or date(year, 1, 1), type_and_subject=_type_and_subject(d),
            handler=_handler_names(db_session, d.id)) for d in found]
        result = render_register("incoming", incoming_rows, agency_name=agency.name, year=year,
                                 parent_agency=agency.parent_name or "")
    else:
        drafting = {u.id: u.name for u in db_session.scalars(select(Unit))}
        outgoing_rows = [OutgoingRegisterRow(
            number_notation=f"{d.number}/{d.notation}", document_date=d.issue_date or date.min,
            type_and_subject=_type_and_subject(d),
            signer=" ".join(p for p in (d.signer_position, d.signer_name) if p),
            recipients=_recipient_names(db_session, d.id),
            archive_holder=drafting.get(d.drafting_unit_id or 0, ""), copies=1,
            sent_on=d.issue_date) for d in found]
        result = render_register("outgoing", outgoing_rows, agency_name=agency.name, year=year,
                                 parent_agency=agency.parent_name or "")
    return result.pdf


@dataclass(frozen=True)
class UnitStatistics:
    """How one unit handled the documents it led in a year."""

    unit_id: int
    unit_code: str
    unit_name: str
    received: int = 0
    done_on_time: int = 0
    done_late: int = 0
    open_on_track: int = 0
    overdue: int = 0


def processing_statistics(db_session: Session, *, actor: Principal, year: int,
                          today: date | None = None) -> list[UnitStatistics]:
    """Per unit: documents led in the year, done on time or late, open, overdue."""
    _require_reporter(actor)
    today = today or today_in_vietnam()
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = db_session.execute(
        select(Assignment.unit_id, Assignment.deadline, Assignment.done_at)
        .where(Assignment.role == "lead", Assignment.parent_id.is_(None),
               Assignment.unit_id.is_not(None),
               Assignment.assigned_at >= start_of_day(date(year, 1, 1)),
               Assignment.assigned_at < start_of_day(date(year + 1, 1, 1))))
    for unit_id, deadline, done_at in rows:
        assert unit_id is not None
        tally = counts[unit_id]
        tally["received"] += 1
        if done_at is not None:
            late = deadline is not None and today_in_vietnam(done_at) > deadline
            tally["done_late" if late else "done_on_time"] += 1
        elif deadline is not None and today > deadline:
            tally["overdue"] += 1
        else:
            tally["open_on_track"] += 1
    units = db_session.scalars(select(Unit).order_by(Unit.code))
    return [UnitStatistics(unit_id=u.id, unit_code=u.code, unit_name=u.name, **counts[u.id])
            for u in units]


def statistics_csv(statistics: list[UnitStatistics]) -> str:
    """The statistics as CSV (UTF-8, header row), for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(UnitStatistics.__dataclass_fields__))
    writer.writeheader()
    for row in statistics:
        writer.writerow(asdict(row))
    return buffer.getvalue()
