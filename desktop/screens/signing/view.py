"""Chờ ký — the documents waiting for the leader's signature. Several are chosen and signed
together: one PIN entry, a progress bar, and a result per document; one failure does not stop
the others."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api.documents import DocumentSummary
from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.doclabels import urgency_label
from desktop.labels import format_time
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.screens.signing.controller import SigningController
from desktop.screens.signing.dialog import SignDialog
from desktop.screens.signing.messages import signing_error_text
from desktop.signing import DocumentResult
from desktop.tasks import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole


class ToSignView(QWidget):
    """My documents to sign; batch signing with progress and per-document results."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.documents: list[DocumentSummary] = []
        self.subjects: dict[int, str] = {}
        """Subjects of every document listed so far (results outlive the list)."""
        self.results: list[DocumentResult] = []
        self.signing = SigningController(context, self)
        self.signing.started.connect(self._on_started)
        self.signing.progressed.connect(self._on_step)
        self.signing.finished.connect(self._on_batch_done)
        self.signing.failed.connect(self._on_batch_failed)
        self._build()
        self._retranslate()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.message = MessageLabel()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.itemChanged.connect(lambda *_: self._update_buttons())
        self.select_all_button, self.refresh_button = QPushButton(), QPushButton()
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("sign_selected")
        self.select_all_button.clicked.connect(self.select_all)
        self.refresh_button.clicked.connect(self.refresh)
        self.sign_button.clicked.connect(self.ask_to_sign)
        self.progress = QProgressBar()
        self.progress.hide()
        self.results_title = QLabel()
        self.results_title.setStyleSheet("font-weight: bold;")
        self.results_list = QTreeWidget()
        self.results_list.setRootIsDecorated(False)
        self.results_list.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.select_all_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.results_title)
        layout.addWidget(self.results_list, 2)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Documents to sign"))
        self.list.setHeaderLabels([self.tr("Subject"), self.tr("Urgency"), self.tr("Signer"),
                                   self.tr("Updated")])
        self.results_list.setHeaderLabels([self.tr("Document"), self.tr("Result")])
        self.results_title.setText(self.tr("Results of the last signing"))
        self.select_all_button.setText(self.tr("Select all"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._update_buttons()
        self._show_results()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "results_list"):
            self._retranslate()
        super().changeEvent(event)

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the documents waiting for my signature."""
        api = self.context.api
        run_in_background(lambda: api.my_work().lists.get("to_sign", ()),
                          on_done=self._on_loaded,
                          on_error=lambda exc: self.message.show_message(error_text(exc),
                                                                         "error"))

    def _on_loaded(self, documents: Sequence[DocumentSummary]) -> None:
        checked = set(self.checked_ids())
        self.documents = list(documents)
        self.subjects.update((d.id, d.subject) for d in self.documents)
        self.list.blockSignals(True)
        self.list.clear()
        for document in self.documents:
            signer = " ".join(p for p in (document.signer_position, document.signer_name) if p)
            item = QTreeWidgetItem([document.subject, urgency_label(document.urgency), signer,
                                    format_time(document.updated_at)])
            item.setData(0, ID_ROLE, document.id)
            item.setToolTip(0, document.subject)
            item.setCheckState(0, Qt.CheckState.Checked if document.id in checked
                               else Qt.CheckState.Unchecked)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        self.list.setColumnWidth(0, 460)
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def checked_ids(self) -> list[int]:
        """The documents ticked for signing, in list order."""
        ids = []
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                ids.append(int(item.data(0, ID_ROLE)))
        return ids

    def select_all(self) -> None:
        """Tick every document."""
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _update_buttons(self) -> None:
        count = len(self.checked_ids())
        self.sign_button.setText(self.tr("Sign %n document(s)…", "", count))
        self.sign_button.setEnabled(count > 0 and self.progress.isHidden())
        if not self.documents and self.message.kind not in ("success", "error"):
            self.message.show_message(self.tr("No document is waiting for your signature."),
                                      "info")
        elif self.documents and self.message.kind == "info":
            self.message.clear_message()

    # -- signing --------------------------------------------------------------------------------

    @property
    def dialog(self) -> SignDialog | None:
        """The sign dialog last opened (tests reach it here)."""
        return self.signing.dialog

    def ask_to_sign(self) -> SignDialog | None:
        """Open the sign dialog for the ticked documents."""
        return self.signing.ask(self.checked_ids())

    def _on_started(self, count: int) -> None:
        self.results = []
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m signed or tried"))
        self.progress.show()
        self.sign_button.setEnabled(False)
        self._show_results()

    def _on_step(self, done: int, _total: int, result: DocumentResult) -> None:
        self.progress.setValue(done)
        if result not in self.results:
            self.results.append(result)
        self._show_results()

    def _on_batch_done(self, results: list[DocumentResult]) -> None:
        self.results = results
        self.progress.hide()
        self._show_results()
        signed = sum(1 for r in results if r.ok)
        kind = "success" if signed == len(results) else "error"
        self.message.show_message(self.tr("Signed {signed} of {total} document(s).")
                                  .format(signed=signed, total=len(results)), kind)
        self.refresh()

    def _on_batch_failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.message.show_message(signing_error_text(exc), "error")
        self._update_buttons()

    def _subject(self, document_id: int) -> str:
        return self.subjects.get(document_id, f"#{document_id}")

    def _show_results(self) -> None:
        self.results_list.clear()
        for result in self.results:
            text = self.tr("Signed") if result.ok else signing_error_text(result.error) \
                if result.error else ""
            item = QTreeWidgetItem([self._subject(result.document_id), text])
            item.setToolTip(1, text)
            item.setForeground(1, Qt.GlobalColor.darkGreen if result.ok else Qt.GlobalColor.red)
            self.results_list.addTopLevelItem(item)
        self.results_list.setColumnWidth(0, 380)
        self.results_title.setVisible(bool(self.results))
        self.results_list.setVisible(bool(self.results))

    def on_live_event(self, event: LiveEvent) -> None:
        """A document changed: the list may have too."""
        if event.kind.startswith("document.") and self.progress.isHidden():
            self.refresh()
