"""Phát hành — the clerk issues signed documents: the number and date they will get (the
register's next number), the agency seal the server applies, dispatch to the recipients, and
afterwards the delivery status per recipient (internal units and people, external organs with
their latest axis status when the server reports one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.documents import DocumentDetail, DocumentSummary, Recipient
from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.doclabels import delivery_status_label
from desktop.labels import format_time
from desktop.messages import error_text
from desktop.namebook import NameBook
from desktop.screens.common import MessageLabel, set_form_labels
from desktop.screens.issue.numbering import IssuePreview, preview, today_in_vietnam
from desktop.tasks import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Selected:
    """A document with what the screen shows about it."""

    detail: DocumentDetail
    preview: IssuePreview | None
    """``None`` once the document is issued (its real number is shown then)."""


def load_selected(api: ApiClient, document_id: int, place: str | None, today: date) -> Selected:
    """The document and, while it waits for issuance, its number preview (off the GUI thread)."""
    detail = api.document(document_id)
    if detail.document.state != "signed":
        return Selected(detail, None)
    return Selected(detail, preview(detail.document, api.registers(today.year), place=place,
                                    today=today))


def axis_status_text(recipient: Recipient) -> str:
    """The latest national-axis status of an external recipient, when the server gives one.

    Read defensively: older servers (and internal recipients) have none of these fields.
    """
    label = getattr(recipient, "axis_status_label", None)
    code = getattr(recipient, "axis_status_code", None)
    note = getattr(recipient, "axis_status_note", None)
    text = str(label or code or "")
    return f"{text} — {note}" if text and note else text


class IssueView(QWidget):
    """Signed documents waiting to be issued, and the issuance of one."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.names = NameBook()
        self.selected: Selected | None = None
        self._build()
        self._retranslate()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.message = MessageLabel()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list, 1)
        left_column.addWidget(self.refresh_button)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: bold;")
        self.values = {key: QLabel() for key in ("signer", "number", "date", "seal", "state")}
        for label in self.values.values():
            label.setWordWrap(True)
        self.form = QFormLayout()
        for label in self.values.values():
            self.form.addRow(QLabel(), label)
        self.recipients_title = QLabel()
        self.recipients_title.setStyleSheet("font-weight: bold;")
        self.recipients = QTreeWidget()
        self.recipients.setRootIsDecorated(False)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("issue_document")
        self.issue_button.clicked.connect(self.issue)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.subject)
        column.addLayout(self.form)
        column.addWidget(self.recipients_title)
        column.addWidget(self.recipients, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.issue_button)
        column.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.detail_pane = right

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Documents to issue"))
        self.refresh_button.setText(self.tr("Refresh"))
        set_form_labels(self.form, (self.tr("Signed by:"), self.tr("Number:"), self.tr("Date:"),
                                    self.tr("Agency seal:"), self.tr("State:")))
        self.recipients_title.setText(self.tr("Recipients and delivery"))
        self.recipients.setHeaderLabels([self.tr("Recipient"), self.tr("Organ id"),
                                         self.tr("Delivery"), self.tr("Axis status"),
                                         self.tr("Since")])
        self.issue_button.setText(self.tr("Issue: number, date, seal and dispatch"))
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "detail_pane"):
            self._retranslate()
        super().changeEvent(event)

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the signed documents waiting for issuance (and the names to show)."""
        api = self.context.api
        run_in_background(lambda: (NameBook.load(api), api.my_work().lists.get("to_issue", ())),
                          on_done=self._on_loaded, on_error=self.show_error)

    def _on_loaded(self, loaded: tuple[NameBook, tuple[DocumentSummary, ...]]) -> None:
        self.names, documents = loaded
        current = self.selected.detail.document.id if self.selected else None
        self.list.blockSignals(True)
        self.list.clear()
        for document in documents:
            item = QListWidgetItem(document.subject)
            item.setData(ID_ROLE, document.id)
            item.setToolTip(document.subject)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not documents and self.selected is None:
            self.message.show_message(self.tr("No signed document is waiting for issuance."),
                                      "info")
        elif self.message.kind == "info":
            self.message.clear_message()
        if current is None and documents:
            self.list.setCurrentRow(0)
        self._show_selected()

    def _select(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.load(int(item.data(ID_ROLE)))

    def load(self, document_id: int) -> None:
        """Show one document with its number preview."""
        api, place = self.context.api, self.context.me.agency.place_name
        today = today_in_vietnam()
        run_in_background(lambda: load_selected(api, document_id, place, today),
                          on_done=self._on_selected, on_error=self.show_error)

    def _on_selected(self, selected: Selected) -> None:
        self.selected = selected
        self._show_selected()

    # -- showing --------------------------------------------------------------------------------

    def _show_selected(self) -> None:
        selected = self.selected
        self.detail_pane.setEnabled(selected is not None)
        if selected is None:
            self.subject.setText(self.tr("Choose a document in the list."))
            for label in self.values.values():
                label.clear()
            self.recipients.clear()
            self.issue_button.hide()
            return
        document = selected.detail.document
        self.subject.setText(document.subject)
        self.values["signer"].setText(" ".join(
            p for p in (document.signer_authority, document.signer_position,
                        document.signer_name) if p))
        self.values["state"].setText(self.tr("Signed, waiting for issuance")
                                     if selected.preview else self.tr("Issued"))
        if selected.preview is not None:
            self.values["number"].setText(self.tr("{number} — the register's next number; "
                                                  "taken when you issue").format(
                number=selected.preview.number_text))
            self.values["date"].setText(selected.preview.date_line)
            self.values["seal"].setText(self.tr("Applied by the server with the agency's "
                                                "certificate when you issue."))
        else:
            self.values["number"].setText(document.number_notation)
            self.values["date"].setText(document.issue_date.strftime("%d/%m/%Y")
                                        if document.issue_date else "")
            self.values["seal"].setText(self.tr("Applied."))
        self.issue_button.setVisible(selected.preview is not None)
        self._fill_recipients(selected.detail)

    def _fill_recipients(self, detail: DocumentDetail) -> None:
        self.recipients.clear()
        for recipient in detail.recipients:
            who = recipient.organ_name or self.names.handler_name(recipient.unit_id,
                                                                  recipient.user_id)
            when = format_time(recipient.status_at) if recipient.status_at else ""
            self.recipients.addTopLevelItem(QTreeWidgetItem(
                [who, recipient.organ_id or "", delivery_status_label(recipient.delivery_status),
                 axis_status_text(recipient), when]))
        for column in range(self.recipients.columnCount()):
            self.recipients.resizeColumnToContents(column)

    def show_error(self, exc: Exception) -> None:
        """The server's own message."""
        self.issue_button.setEnabled(True)
        self.message.show_message(error_text(exc), "error")

    # -- issuing --------------------------------------------------------------------------------

    def issue(self) -> None:
        """Issue the shown document: the server numbers, dates, seals and dispatches it."""
        if self.selected is None or self.selected.preview is None:
            return
        api, document_id = self.context.api, self.selected.detail.document.id
        self.issue_button.setEnabled(False)
        self.message.show_message(self.tr("Issuing…"), "info")
        run_in_background(lambda: (api.issue(document_id), api.document(document_id)),
                          on_done=self._on_issued, on_error=self.show_error)

    def _on_issued(self, issued: tuple[DocumentSummary, DocumentDetail]) -> None:
        self.issue_button.setEnabled(True)
        summary, detail = issued
        self.selected = Selected(detail, None)
        self.message.show_message(self.tr("Issued as number {number}; sent to the recipients.")
                                  .format(number=summary.number_notation), "success")
        self._show_selected()
        self.refresh()

    def on_live_event(self, event: LiveEvent) -> None:
        """Delivery statuses and the list change as recipients receive the document."""
        if not event.kind.startswith("document."):
            return
        self.refresh()
        if self.selected is not None and \
                event.payload.get("document_id") == self.selected.detail.document.id:
            self.load(self.selected.detail.document.id)
