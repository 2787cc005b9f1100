"""Numbering: gap-free, race-free numbers per register, year and series.

A number is taken by incrementing the register row inside the caller's transaction. On
PostgreSQL the UPDATE holds a row lock until commit, so concurrent issuers queue and each gets
the next number; on SQLite writers hold the database write lock. A rolled-back issuance rolls the
increment back with it, so no number is ever skipped. A new year opens new registers at 1.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from server.documents.vocabulary import Confidentiality, Direction, Series
from server.registers.tables import Register

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def today_in_vietnam(now: datetime | None = None) -> date:
    """The calendar date in Vietnam (registers and document dates are local dates)."""
    return (now or datetime.now(VIETNAM)).astimezone(VIETNAM).date()


def start_of_day(day: date) -> datetime:
    """Midnight at the start of a Vietnamese calendar day, as an aware datetime."""
    return datetime(day.year, day.month, day.day, tzinfo=VIETNAM)


def series_for(*, confidentiality: str, is_normative: bool, type_code: str) -> str:
    """The number series a document belongs to (Decree 30 art. 15)."""
    if confidentiality != Confidentiality.NORMAL:
        return Series.CONFIDENTIAL.value
    if is_normative:
        return f"{Series.NORMATIVE.value}:{type_code}"
    return Series.GENERAL.value


def _ensure_register(
    db_session: Session, *, agency_id: int, direction: Direction, year: int, series: str
) -> None:
    values = {"agency_id": agency_id, "direction": direction.value, "year": year,
              "series": series, "last_number": 0}
    insert = pg_insert if db_session.get_bind().dialect.name == "postgresql" else sqlite_insert
    db_session.execute(insert(Register).values(**values).on_conflict_do_nothing())


def take_number(
    db_session: Session, *, agency_id: int, direction: Direction, year: int, series: str
) -> tuple[int, int]:
    """Take the next number of a register in the caller's transaction: (register id, number)."""
    _ensure_register(db_session, agency_id=agency_id, direction=direction, year=year,
                     series=series)
    row = db_session.execute(
        update(Register)
        .where(Register.agency_id == agency_id, Register.direction == direction.value,
               Register.year == year, Register.series == series)
        .values(last_number=Register.last_number + 1)
        .returning(Register.id, Register.last_number)
    ).one()
    return int(row.id), int(row.last_number)


def registers_of_year(db_session: Session, *, agency_id: int, year: int) -> list[Register]:
    """Every register of a year, by direction and series."""
    query = select(Register).where(Register.agency_id == agency_id, Register.year == year)
    return list(db_session.scalars(query.order_by(Register.direction, Register.series)))
