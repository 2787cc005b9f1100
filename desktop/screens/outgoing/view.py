"""Dự thảo và văn bản đi: the outgoing and internal documents one takes part in, by stage —
in progress (draft to signed), issued, or all — newest first, loaded page by page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import LiveEvent
from desktop.api.requests import DocumentQuery
from desktop.context import ScreenContext
from desktop.namebook import Reference
from desktop.screens.document.inplace import DocumentStack
from desktop.screens.document.view import DocumentView
from desktop.screens.search.results import DocumentResults
from desktop.tasks import run_in_background

IN_PROGRESS = ("draft", "returned", "in_review", "to_sign", "signed")
"""Stages of an outgoing or internal document before issue (only those documents have them)."""
FINISHED = ("issued", "revoked", "replaced")
STAGES = {"in_progress": IN_PROGRESS, "finished": FINISHED,
          "all": IN_PROGRESS + FINISHED}
PAGE_SIZE = 50
LIVE_REFRESH_MS = 400


class OutgoingView(QWidget):
    """Drafts and outgoing documents; a row opens the document in place."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document_view = DocumentView(context)
        self.document_view.changed.connect(lambda _id: self.refresh())
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self.refresh)
        self._build()
        self._retranslate()
        api = context.api
        run_in_background(lambda: Reference.load(api), on_done=self._on_reference,
                          on_error=self.results.show_error)
        self.refresh()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.stage = QComboBox()
        for key in STAGES:
            self.stage.addItem("", key)
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.refresh)
        self.results = DocumentResults(self.context)
        self.results.open_requested.connect(self.open_document)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.stage)
        top.addWidget(self.reload_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        self.stack = DocumentStack(page, self.document_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Drafts and outgoing documents"))
        self.reload_button.setText(self.tr("Reload"))
        titles = {"in_progress": self.tr("In progress (draft to signed)"),
                  "finished": self.tr("Issued"), "all": self.tr("All stages")}
        for index in range(self.stage.count()):
            self.stage.setItemText(index, titles[self.stage.itemData(index)])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "reload_button"):
            self._retranslate()
        super().changeEvent(event)

    def _on_reference(self, reference: Reference) -> None:
        self.document_view.reference = reference
        self.results.set_reference(reference)

    def query(self) -> DocumentQuery:
        """The list's query: outgoing and internal documents of the chosen stage."""
        return DocumentQuery(states=STAGES[str(self.stage.currentData())], sort="newest",
                             limit=PAGE_SIZE)

    def refresh(self) -> None:
        """Load the list again from its first page."""
        self.results.run(self.query())

    def select_stage(self, key: str) -> None:
        """Show one stage: ``in_progress``, ``finished`` or ``all``."""
        self.stage.setCurrentIndex(self.stage.findData(key))

    def open_document(self, document_id: int) -> DocumentView:
        """Show one document in place of the list."""
        return self.stack.open_document(document_id)

    def show_list(self) -> None:
        """Back to the list."""
        self.stack.show_list()

    def on_live_event(self, event: LiveEvent) -> None:
        """A document changed: refresh shortly (bursts of events coalesce)."""
        if event.kind.startswith("document."):
            self._live_timer.start()
