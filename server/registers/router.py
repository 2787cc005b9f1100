"""Routes of registers, register books, reports and the working-day calendar."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from server.core import audit
from server.core.deps import CurrentUser, DbSession
from server.core.permissions import Permission
from server.documents.deadlines import set_holidays
from server.documents.vocabulary import Direction
from server.registers import reports
from server.registers import service as registers
from server.registers.tables import Holiday

router = APIRouter(tags=["registers"])


class RegisterOut(BaseModel):
    """A register and the last number it gave."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    direction: str
    year: int
    series: str
    last_number: int


class HolidayIn(BaseModel):
    """A non-working day."""

    model_config = ConfigDict(extra="forbid")
    day: date
    name: str = Field(min_length=1, max_length=100)


class StatisticsOut(BaseModel):
    """Processing statistics of one unit."""

    unit_id: int
    unit_code: str
    unit_name: str
    received: int
    done_on_time: int
    done_late: int
    open_on_track: int
    overdue: int


@router.get("/registers", response_model=list[RegisterOut])
def list_registers(db_session: DbSession, principal: CurrentUser,
                   year: int = Query(ge=2000, le=2100)) -> list[RegisterOut]:
    """The registers of a year and their last numbers."""
    rows = registers.registers_of_year(db_session, agency_id=principal.agency_id, year=year)
    return [RegisterOut.model_validate(r) for r in rows]


@router.get("/registers/book", response_class=Response,
            responses={200: {"content": {"application/pdf": {}}}})
def register_book(db_session: DbSession, principal: CurrentUser, direction: Direction,
                  year: int = Query(ge=2000, le=2100),
                  series: str = Query(default="general", max_length=48)) -> Response:
    """The register book of a year as PDF, in the format of Decree 30 Phụ lục IV."""
    pdf = reports.register_book(db_session, actor=principal, direction=direction, year=year,
                                series=series)
    return Response(content=pdf, media_type="application/pdf")


@router.get("/reports/processing", response_model=list[StatisticsOut],
            responses={200: {"content": {"text/csv": {}}}})
def processing(db_session: DbSession, principal: CurrentUser,
               year: int = Query(ge=2000, le=2100),
               format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
               ) -> list[StatisticsOut] | Response:
    """Per-unit processing statistics (received, done on time, late, overdue), JSON or CSV."""
    rows = reports.processing_statistics(db_session, actor=principal, year=year)
    if format == "csv":
        return Response(content=reports.statistics_csv(rows), media_type="text/csv")
    return [StatisticsOut(**r.__dict__) for r in rows]


@router.get("/holidays", response_model=list[HolidayIn])
def list_holidays(db_session: DbSession) -> list[HolidayIn]:
    """The configured non-working days."""
    rows = db_session.scalars(select(Holiday).order_by(Holiday.day))
    return [HolidayIn(day=h.day, name=h.name) for h in rows]


@router.post("/holidays", response_model=list[HolidayIn], status_code=201)
def add_holidays(body: list[HolidayIn], db_session: DbSession,
                 principal: CurrentUser) -> list[HolidayIn]:
    """Add non-working days (administrators)."""
    principal.require(Permission.AGENCY_MANAGE)
    set_holidays(db_session, days=[(h.day, h.name) for h in body])
    audit.record(db_session, actor_id=principal.user_id, action="calendar.holidays_added",
                 object_type="calendar", after={"days": [h.day.isoformat() for h in body]})
    db_session.commit()
    return body
