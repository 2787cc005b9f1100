"""Small widgets several screens share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QTableView, QWidget

_STYLES = {
    "error": "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
             " border-radius: 4px; padding: 6px; }",
    "info": "QLabel { background: #e8f1fb; color: #0b3d6e; border: 1px solid #b9d4f1;"
            " border-radius: 4px; padding: 6px; }",
    "success": "QLabel { background: #e9f6ec; color: #1d5e2c; border: 1px solid #b7dfc0;"
               " border-radius: 4px; padding: 6px; }",
}


class MessageLabel(QLabel):
    """An inline message (error, information, success) that hides when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text`` styled as ``kind`` (error, info, success)."""
        self.kind = kind
        self.setStyleSheet(_STYLES.get(kind, ""))
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the message."""
        self.kind = ""
        self.setText("")
        self.hide()


def fit_columns(view: QTableView, *, widest: int = 280) -> None:
    """Size columns to their contents, none wider than ``widest`` pixels; compact rows."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), widest))
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def set_form_labels(form: QFormLayout, titles: Sequence[str], *, first_row: int = 0) -> None:
    """Set the label texts of a form's rows from ``first_row`` on (after a language switch)."""
    for row, title in enumerate(titles, start=first_row):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(title)
