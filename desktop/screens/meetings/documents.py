"""An item's documents: read them in a PDF view and keep private notes on them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import AgendaItem, Note
from desktop.screens.document.pdfpages import PdfPagesView


class ItemDocuments(QWidget):
    """The list of an item's documents, the open one, and my note on it."""

    open_requested = Signal(str)
    """document id."""
    save_note_requested = Signal(str, str, object)
    """document id, text, note id or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes: dict[str, Note] = {}
        self.document_id: str | None = None
        self.documents = QListWidget()
        self.documents.setMaximumHeight(90)
        self.documents.currentItemChanged.connect(self._selected)
        self.pages = PdfPagesView()
        self.note = QPlainTextEdit()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        notes = QWidget()
        column = QVBoxLayout(notes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.pages)
        split.addWidget(notes)
        split.setSizes([520, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.documents)
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.note.setPlaceholderText(self.tr("My private note on this document (only I see it)"))
        self.save_button.setText(self.tr("Save note"))

    def show_item(self, item: AgendaItem | None, notes: list[Note]) -> None:
        """List the item's documents (the first opens)."""
        self.notes = {n.document_id: n for n in notes}
        wanted = [] if item is None else [(d.document_id, d.title) for d in item.documents]
        shown = [(self.documents.item(i).data(Qt.ItemDataRole.UserRole),
                  self.documents.item(i).text()) for i in range(self.documents.count())]
        if wanted == shown:
            return
        self.documents.clear()
        self.pages.clear()
        self.note.clear()
        self.document_id = None
        for document_id, title in wanted:
            entry = QListWidgetItem(title)
            entry.setData(Qt.ItemDataRole.UserRole, document_id)
            self.documents.addItem(entry)
        self.note.setEnabled(bool(wanted))
        self.save_button.setEnabled(bool(wanted))
        if wanted:
            self.documents.setCurrentRow(0)

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self.document_id = str(current.data(Qt.ItemDataRole.UserRole))
        note = self.notes.get(self.document_id)
        self.note.setPlainText(note.text if note else "")
        self.open_requested.emit(self.document_id)

    def show_pdf(self, document_id: str, data: bytes) -> None:
        """Show a fetched document if it is still the selected one."""
        if document_id == self.document_id:
            self.pages.set_pdf(data, fit_width=True)

    def show_record(self, data: bytes) -> None:
        """Show a meeting record (the minutes) instead of an item's document."""
        self.documents.clearSelection()
        self.document_id = None
        self.note.clear()
        self.note.setEnabled(False)
        self.save_button.setEnabled(False)
        self.pages.set_pdf(data, fit_width=True)

    def _save(self) -> None:
        if self.document_id is None:
            return
        note = self.notes.get(self.document_id)
        self.save_note_requested.emit(self.document_id, self.note.toPlainText(),
                                      note.note_id if note else None)
