"""Registers (sổ đăng ký) per direction, year and series, holding the last number given."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.core.db import Base


class Register(Base):
    """One year's incoming or outgoing register of one number series."""

    __tablename__ = "registers"
    __table_args__ = (UniqueConstraint("agency_id", "direction", "year", "series"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    direction: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    series: Mapped[str] = mapped_column(String(48))
    """``general``, ``confidential`` or ``normative:<type code>``."""
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Holiday(Base):
    """A non-working day besides weekends (Tết, national holidays, make-up days off)."""

    __tablename__ = "holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
