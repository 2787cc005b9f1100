"""The search screen's second row of filters: creation dates, unit, assignee, overdue only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from desktop.api.requests import DocumentQuery
from desktop.namebook import NameBook


def _date_edit(initial: QDate) -> QDateEdit:
    edit = QDateEdit(initial)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setEnabled(False)
    return edit


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class ExtraFilters(QWidget):
    """Dates (each switched on by its box), unit and assignee; narrows a ``DocumentQuery``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = QDate.currentDate()
        self.from_box, self.to_box = QCheckBox(), QCheckBox()
        self.from_date = _date_edit(today.addMonths(-1))
        self.to_date = _date_edit(today)
        self.unit, self.assignee = QComboBox(), QComboBox()
        self.overdue = QCheckBox()
        self._names = NameBook()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box, edit in ((self.from_box, self.from_date), (self.to_box, self.to_date)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            edit.dateChanged.connect(lambda _d: self.changed.emit())
            layout.addWidget(box)
            layout.addWidget(edit)
        layout.addWidget(self.unit, 1)
        layout.addWidget(self.assignee, 1)
        layout.addWidget(self.overdue)
        self._retranslate()
        self.unit.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.assignee.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.overdue.toggled.connect(lambda _on: self.changed.emit())

    def _retranslate(self) -> None:
        self.from_box.setText(self.tr("Created from"))
        self.to_box.setText(self.tr("to"))
        self.overdue.setText(self.tr("Overdue only"))
        self._fill_names()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "overdue"):
            self._retranslate()
        super().changeEvent(event)

    def set_names(self, names: NameBook) -> None:
        """The units and people to offer."""
        self._names = names
        self._fill_names()

    def _fill_names(self) -> None:
        for combo, everything, items in (
                (self.unit, self.tr("Any unit"),
                 sorted(((u.id, u.name) for u in self._names.units), key=lambda i: i[1])),
                (self.assignee, self.tr("Any assignee"),
                 sorted(((p.id, p.full_name) for p in self._names.people if p.is_active),
                        key=lambda i: i[1]))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def select(self, combo: QComboBox, value: int | None) -> None:
        """Choose an item by its id (tests and links)."""
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def set_dates(self, start: date | None, end: date | None) -> None:
        """Set or clear the creation-date range."""
        for box, edit, day in ((self.from_box, self.from_date, start),
                               (self.to_box, self.to_date, end)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            box.setChecked(day is not None)

    def is_filtering(self) -> bool:
        """Whether any of these filters is set."""
        return (self.from_box.isChecked() or self.to_box.isChecked() or self.overdue.isChecked()
                or self.unit.currentData() is not None
                or self.assignee.currentData() is not None)

    def narrow(self, query: DocumentQuery) -> DocumentQuery:
        """``query`` with these filters added."""
        return replace(
            query,
            created_from=_day(self.from_date) if self.from_box.isChecked() else None,
            created_to=_day(self.to_date) if self.to_box.isChecked() else None,
            unit_id=self.unit.currentData(), assignee_id=self.assignee.currentData(),
            overdue=self.overdue.isChecked())
