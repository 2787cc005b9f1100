"""The agenda while a meeting is prepared: items with presenter, time and confidentiality, their
order, and their documents (a PDF uploaded and attached, or a late one replaced)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.api import DraftFields, FileUpload
from desktop.api.client import ApiClient
from desktop.api.meetings import AgendaItem, MeetingRoom, MeetingsApi
from desktop.api.models import UserSummary

Perform = Callable[[Callable[[], MeetingRoom], str], None]
"""Run a change off the GUI thread (the call, the success message) and show the new meeting."""
PickFile = Callable[[str, str], Path | None]
Confirm = Callable[[str], bool]
"""Ask the user a yes/no question; True to go ahead."""
PDF_FILTER = "PDF (*.pdf)"


def add_rows(form: QFormLayout, widgets: tuple[QWidget, ...]) -> list[QLabel]:
    """Add one row per widget; returns the row labels, named later by ``name_rows``."""
    labels = []
    for widget in widgets:
        labels.append(QLabel())
        form.addRow(labels[-1], widget)
    return labels


def name_rows(labels: list[QLabel], *texts: str) -> None:
    """Name the rows (in the current language)."""
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def local_time(edit: QDateTimeEdit) -> datetime:
    """The edited time, in the computer's time zone."""
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.astimezone()


def upload_document(client: ApiClient, path: Path, title: str) -> str:
    """Store a PDF as an internal document for the meeting; returns its id (off the GUI thread).

    A meeting document is an ordinary internal document, so it keeps its version history and
    its access rules; the meeting only refers to it.
    """
    fields = DraftFields(type_code="submission", subject=title, direction="internal")
    return str(client.create_draft(fields, FileUpload.from_path(path)).id)


def moved(order: tuple[str, ...], item_id: str, step: int) -> tuple[str, ...] | None:
    """The order with ``item_id`` moved ``step`` places; None when it cannot move."""
    index = order.index(item_id)
    target = index + step
    if not 0 <= target < len(order):
        return None
    changed = list(order)
    changed[index], changed[target] = changed[target], changed[index]
    return tuple(changed)


class AgendaEditor(QGroupBox):
    """Add items, put them in order, attach and replace their documents."""

    problem = Signal(str)
    """Something the user has to fix before the change can be sent."""

    def __init__(self, api: MeetingsApi, *, perform: Perform, pick_file: PickFile,
                 confirm: Confirm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api, self.perform, self.pick_file = api, perform, pick_file
        self.confirm: Confirm = confirm or self._ask
        self.room: MeetingRoom | None = None
        self.people: list[UserSummary] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.currentItemChanged.connect(lambda _c, _p: self._show_documents())
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.item_title = QLineEdit()
        self.presenter = QComboBox()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSingleStep(5)
        self.confidential, self.consent = QCheckBox(), QCheckBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_item)
        self.form = QFormLayout()
        self.labels = add_rows(self.form, (self.item_title, self.presenter, self.minutes,
                                           self.confidential, self.consent))
        self.documents = QListWidget()
        self.documents.setMaximumHeight(80)
        self.document_title, self.reason = QLineEdit(), QLineEdit()
        self.attach_button, self.replace_button = QPushButton(), QPushButton()
        self.attach_button.clicked.connect(self.attach_pdf)
        self.replace_button.clicked.connect(self.replace_pdf)
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addWidget(self.remove_button)
        order.addStretch(1)
        order.addWidget(self.add_button)
        files = QHBoxLayout()
        files.addWidget(self.attach_button)
        files.addWidget(self.replace_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addLayout(self.form)
        layout.addLayout(order)
        layout.addWidget(self.documents)
        layout.addWidget(self.document_title)
        layout.addWidget(self.reason)
        layout.addLayout(files)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Agenda"))
        name_rows(self.labels, self.tr("Item"), self.tr("Presenter"), self.tr("Time allotted"),
                  "", "")
        self.item_title.setPlaceholderText(self.tr("Title of the agenda item"))
        self.minutes.setSuffix(self.tr(" min"))
        self.confidential.setText(self.tr("Confidential (only members see it)"))
        self.consent.setText(self.tr("May be adopted without discussion when nobody objects"))
        self.add_button.setText(self.tr("Add item"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.remove_button.setText(self.tr("Remove item"))
        self.document_title.setPlaceholderText(self.tr("Document title (the file name if empty)"))
        self.reason.setPlaceholderText(self.tr("Why the document is replaced (shown to everyone)"))
        self.attach_button.setText(self.tr("Attach a PDF…"))
        self.replace_button.setText(self.tr("Replace the chosen document…"))
        self._fill_people()
        self.show_room(self.room)

    def set_people(self, people: list[UserSummary]) -> None:
        """The agency's people, to choose a presenter from."""
        self.people = people
        self._fill_people()
        self.show_room(self.room)

    def _fill_people(self) -> None:
        chosen = self.presenter.currentData()
        self.presenter.clear()
        self.presenter.addItem(self.tr("(no presenter)"), None)
        for person in self.people:
            self.presenter.addItem(person.full_name, person.id)
        self.presenter.setCurrentIndex(max(0, self.presenter.findData(chosen)))

    def _line(self, number: int, item: AgendaItem) -> str:
        parts = [f"{number}. {item.title}"]
        if item.presenter is not None:
            parts.append(self.tr("presented by %1").replace("%1", self._name(item.presenter)))
        if item.minutes_allotted:
            parts.append(self.tr("%1 min").replace("%1", str(item.minutes_allotted)))
        if item.confidential:
            parts.append(self.tr("confidential"))
        documents = len(item.documents)
        if documents:
            parts.append(self.tr("%n document(s)", "", documents))
        return " · ".join(parts)

    def _name(self, user_id: int) -> str:
        person = next((p for p in self.people if p.id == user_id), None)
        if person is not None:
            return person.full_name
        return str(user_id) if self.room is None else self.room.name_of(user_id)

    def show_room(self, room: MeetingRoom | None) -> None:
        """Show the meeting's agenda as it now stands, keeping the chosen item."""
        self.room = room
        chosen = self.selected_item_id()
        self.items.blockSignals(True)
        self.items.clear()
        for number, item in enumerate(() if room is None else room.items, 1):
            entry = QListWidgetItem(self._line(number, item))
            entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
            self.items.addItem(entry)
            if item.item_id == chosen:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(False)
        self.setEnabled(room is not None)
        self._show_documents()

    def selected_item_id(self) -> str | None:
        """The id of the chosen agenda item."""
        entry = self.items.currentItem()
        return None if entry is None else str(entry.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> AgendaItem | None:
        chosen = self.selected_item_id()
        items = () if self.room is None else self.room.items
        return next((i for i in items if i.item_id == chosen), None)

    def _show_documents(self) -> None:
        item = self._selected()
        self.documents.clear()
        for document in () if item is None else item.documents:
            entry = QListWidgetItem(document.title)
            entry.setData(Qt.ItemDataRole.UserRole, document.document_id)
            self.documents.addItem(entry)
        replaced = 0 if item is None else len(item.replacements)
        if replaced:
            self.documents.addItem(self.tr("(%n document(s) replaced; the history is kept)", "",
                                           replaced))
        row, count = self.items.currentRow(), self.items.count()
        self.up_button.setEnabled(item is not None and row > 0)
        self.down_button.setEnabled(item is not None and row < count - 1)
        self.remove_button.setEnabled(item is not None and item.decision is None)
        self.attach_button.setEnabled(item is not None)
        self.replace_button.setEnabled(bool(item and item.documents))

    def add_item(self) -> None:
        """Append the item written in the form."""
        title, room = self.item_title.text().strip(), self.room
        if room is None or not title:
            return
        presenter, minutes = self.presenter.currentData(), self.minutes.value()
        confidential, consent = self.confidential.isChecked(), self.consent.isChecked()

        def add() -> MeetingRoom:
            self.api.add_item(room.meeting_id, title, presenter_id=presenter,
                              minutes_allotted=minutes, confidential=confidential,
                              consent_eligible=consent)
            return self.api.meeting(room.meeting_id)

        self.item_title.clear()
        self.perform(add, self.tr("Item added."))

    def move_selected(self, step: int) -> None:
        """Move the chosen item up (-1) or down (1)."""
        room, chosen = self.room, self.selected_item_id()
        if room is None or chosen is None:
            return
        order = moved(tuple(i.item_id for i in room.items), chosen, step)
        if order is not None:
            self.perform(lambda: self.api.reorder_agenda(room.meeting_id, order),
                         self.tr("Agenda order saved."))

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove item"), question)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        """Take the chosen item off the agenda, after the user confirms."""
        room, item = self.room, self._selected()
        if room is None or item is None:
            return
        question = self.tr("Remove “%1” from the agenda?").replace("%1", item.title)
        if room.state == "published":
            question += " " + self.tr("The participants were invited and will be told.")
        if not self.confirm(question):
            return
        self.perform(lambda: self.api.remove_item(room.meeting_id, item.item_id),
                     self.tr("Item removed from the agenda."))

    def _chosen_pdf(self) -> tuple[Path, str] | None:
        path = self.pick_file(self.tr("Choose a PDF"), PDF_FILTER)
        if path is None:
            return None
        return path, self.document_title.text().strip() or path.stem

    def attach_pdf(self) -> None:
        """Upload a PDF and attach it to the chosen item."""
        room, item = self.room, self._selected()
        chosen = None if room is None or item is None else self._chosen_pdf()
        if room is None or item is None or chosen is None:
            return
        path, title = chosen

        def attach() -> MeetingRoom:
            document_id = upload_document(self.api.client, path, title)
            return self.api.attach_document(room.meeting_id, item.item_id, document_id)

        self.document_title.clear()
        self.perform(attach, self.tr("Document attached."))

    def replace_pdf(self) -> None:
        """Replace the chosen document with a newer PDF; everyone who sees the item is alerted."""
        room, item, entry = self.room, self._selected(), self.documents.currentItem()
        old = None if entry is None else entry.data(Qt.ItemDataRole.UserRole)
        reason = self.reason.text().strip()
        if room is None or item is None or not old:
            return
        if not reason:
            self.reason.setFocus()
            self.problem.emit(self.tr("Write why the document is replaced first."))
            return
        chosen = self._chosen_pdf()
        if chosen is None:
            return
        path, title = chosen

        def replace() -> MeetingRoom:
            document_id = upload_document(self.api.client, path, title)
            return self.api.replace_document(room.meeting_id, item.item_id, str(old),
                                             document_id, reason)

        self.reason.clear()
        self.document_title.clear()
        self.perform(replace, self.tr("Document replaced; everyone was alerted."))
