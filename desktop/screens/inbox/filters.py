"""The search box and filters above the document list; they build a ``DocumentQuery``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.api.documents import DocumentType
from desktop.api.requests import DocumentQuery
from desktop.doclabels import (
    DIRECTIONS,
    DOCUMENT_STATES,
    URGENCIES,
    direction_label,
    document_state_label,
    urgency_label,
)

SEARCH_DELAY_MS = 350
"""Typing pauses this long before the search runs."""


class DocumentFilters(QWidget):
    """Search words (with or without diacritics: the server folds), direction, state, type…"""

    changed = Signal()
    """The query changed (after the typing pause for the search box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.direction, self.state = QComboBox(), QComboBox()
        self.type, self.urgency, self.sort = QComboBox(), QComboBox(), QComboBox()
        self._types: list[DocumentType] = []
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in (self.direction, self.state, self.type, self.urgency, self.sort):
            layout.addWidget(combo, 1)
        self._retranslate()
        for combo in (self.direction, self.state, self.type, self.urgency, self.sort):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _fill(self, combo: QComboBox, everything: str, items: Sequence[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if everything:
            combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search subject, number, organ, text… (with or without diacritics)"))
        self._fill(self.direction, self.tr("All directions"),
                   [(d, direction_label(d)) for d in DIRECTIONS])
        self._fill(self.state, self.tr("All states"),
                   [(s, document_state_label(s)) for s in DOCUMENT_STATES])
        self._fill(self.type, self.tr("All types"), [(t.code, t.name) for t in self._types])
        self._fill(self.urgency, self.tr("Any urgency"),
                   [(u, urgency_label(u)) for u in URGENCIES])
        self._fill(self.sort, "", [("newest", self.tr("Newest first")),
                                   ("oldest", self.tr("Oldest first")),
                                   ("due", self.tr("By deadline")),
                                   ("arrival", self.tr("By arrival number"))])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "sort"):
            self._retranslate()
        super().changeEvent(event)

    def set_types(self, types: Sequence[DocumentType]) -> None:
        """The document types to offer."""
        self._types = sorted(types, key=lambda t: t.name)
        self._fill(self.type, self.tr("All types"), [(t.code, t.name) for t in self._types])

    def apply_now(self) -> None:
        """Run the search without waiting for the typing pause."""
        self._timer.stop()
        self.changed.emit()

    def is_filtering(self) -> bool:
        """Whether any word or filter is set."""
        return bool(self.search.text().strip()) or any(
            combo.currentData() is not None
            for combo in (self.direction, self.state, self.type, self.urgency))

    def query(self, *, limit: int = 50) -> DocumentQuery:
        """The query for the first page."""
        state = self.state.currentData()
        return DocumentQuery(q=self.search.text().strip() or None,
                             direction=self.direction.currentData(),
                             states=(state,) if state else (),
                             type_code=self.type.currentData(),
                             urgency=self.urgency.currentData(),
                             sort=self.sort.currentData() or "newest", limit=limit)
