"""Dialogs of the workflow steps: leader picker, direction, officer assignment, reason or note.

Each dialog only collects input and hands back a value (``value()``); the document view sends it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import UserSummary
from desktop.api.requests import DirectionOrder, Handler
from desktop.namebook import NameBook
from desktop.text import matches

HANDLER_ROLE = Qt.ItemDataRole.UserRole


def handler_choices(names: NameBook) -> list[tuple[str, Handler]]:
    """Every unit, then every active person, as (label, handler)."""
    choices = [(f"▣ {u.name}", Handler(unit_id=u.id)) for u in names.units]
    people = sorted((p for p in names.people if p.is_active), key=lambda p: p.full_name)
    choices += [(f"{p.full_name} — {names.unit_name(p.unit_id)}", Handler(user_id=p.id))
                for p in people]
    return choices


class DeadlineEdit(QWidget):
    """An optional date: a check box and a calendar date edit."""

    def __init__(self, parent: QWidget | None = None, *, days_ahead: int = 10) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateEdit(QDate.currentDate().addDays(days_ahead))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(QDate.currentDate())
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.setChecked(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def set_date(self, value: date | None) -> None:
        """Set (or clear) the date."""
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        """The date, if checked."""
        if not self.enabled.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("WorkflowDialogs", "OK"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("WorkflowDialogs", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PersonDialog(QDialog):
    """Choose one person (a leader to present or submit to, an officer)."""

    def __init__(self, title: str, prompt: str, people: list[UserSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox()
        for person in people:
            self.combo.addItem(f"{person.full_name} — {person.position or ''}".rstrip(" —"),
                               person.id)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.combo)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def choose(self, user_id: int) -> None:
        """Select a person by id."""
        self.combo.setCurrentIndex(self.combo.findData(user_id))

    def value(self) -> int:
        """The chosen person's id."""
        return int(self.combo.currentData())


class TextDialog(QDialog):
    """Ask for a text: a reason (return, revoke) or an optional note (complete)."""

    def __init__(self, title: str, prompt: str, *, required: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit()
        self.required = required
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.edit)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.resize(480, 240)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.required or bool(self.value()))

    def value(self) -> str:
        """The text, trimmed."""
        return self.edit.toPlainText().strip()


class VersionDialog(TextDialog):
    """Why a new version (the file is already chosen)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(translate("VersionDialog", "New version"),
                         translate("VersionDialog", "What changed in {name}:").format(
                             name=path.name),
                         required=True, parent=parent)
        self.path = path

    def version(self) -> tuple[Path, str]:
        """The file and the reason."""
        return self.path, self.value()


class HandlerList(QWidget):
    """Units and people to tick, with a search box (with or without diacritics)."""

    def __init__(self, choices: list[tuple[str, Handler]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.set_choices(choices)
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def set_choices(self, choices: list[tuple[str, Handler]]) -> None:
        """Replace the units and people offered (nothing ticked)."""
        self.list.clear()
        for text, handler in choices:
            item = QListWidgetItem(text)
            item.setData(HANDLER_ROLE, handler)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not matches(text, item.text()))

    def check(self, handler: Handler) -> None:
        """Tick a unit or person."""
        for row in range(self.list.count()):
            if self.list.item(row).data(HANDLER_ROLE) == handler:
                self.list.item(row).setCheckState(Qt.CheckState.Checked)

    def checked(self) -> tuple[Handler, ...]:
        """The ticked handlers."""
        return tuple(self.list.item(r).data(HANDLER_ROLE) for r in range(self.list.count())
                     if self.list.item(r).checkState() == Qt.CheckState.Checked)


class DirectionDialog(QDialog):
    """The leader's direction: text, lead unit or person, support, information, deadline."""

    def __init__(self, names: NameBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Direction"))
        choices = handler_choices(names)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(110)
        self.text.setPlaceholderText(self.tr("e.g. Vụ Tổng hợp chủ trì, báo cáo trước ngày…"))
        self.lead = QComboBox()
        self.lead.addItem(self.tr("— choose —"), None)
        for text, handler in choices:
            self.lead.addItem(text, handler)
        self.support = HandlerList(choices)
        self.info = HandlerList(choices)
        for box in (self.support, self.info):
            box.search.setPlaceholderText(self.tr("Search units and people…"))
        self.deadline = DeadlineEdit(days_ahead=10)
        form = QFormLayout()
        form.addRow(self.tr("Direction:"), self.text)
        form.addRow(self.tr("Lead:"), self.lead)
        form.addRow(self.tr("Deadline:"), self.deadline)
        lists = QHBoxLayout()
        for title, box in ((self.tr("Support"), self.support),
                           (self.tr("For information"), self.info)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(box)
            lists.addLayout(column)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._update)
        self.lead.currentIndexChanged.connect(lambda _i: self._update())
        self._update()
        self.resize(780, 620)

    def set_lead(self, handler: Handler) -> None:
        """Choose the lead unit or person."""
        for index in range(self.lead.count()):
            if self.lead.itemData(index) == handler:
                self.lead.setCurrentIndex(index)
                return

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()) and self.lead.currentData() is not None)

    def value(self) -> DirectionOrder:
        """The direction to send."""
        return DirectionOrder(text=self.text.toPlainText().strip(), lead=self.lead.currentData(),
                              support=self.support.checked(), info=self.info.checked(),
                              deadline=self.deadline.value())


class AssignDialog(QDialog):
    """The unit head hands the document to an officer of the unit, with an internal deadline."""

    def __init__(self, officers: list[UserSummary], *, latest: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign an officer"))
        self.officer = QComboBox()
        for person in officers:
            self.officer.addItem(person.full_name, person.id)
        self.deadline = DeadlineEdit(days_ahead=5)
        if latest is not None:
            self.deadline.edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Officer:"), self.officer)
        form.addRow(self.tr("Internal deadline:"), self.deadline)
        form.addRow(self.tr("Note:"), self.note)
        if latest is not None:
            form.addRow("", QLabel(self.tr("The leader's deadline is {date}.").format(
                date=latest.strftime("%d/%m/%Y"))))
        self.buttons = _buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(officers))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def choose(self, user_id: int) -> None:
        """Select an officer by id."""
        self.officer.setCurrentIndex(self.officer.findData(user_id))

    def value(self) -> tuple[int, date | None, str | None]:
        """Officer id, internal deadline, note."""
        return int(self.officer.currentData()), self.deadline.value(), \
            self.note.text().strip() or None
