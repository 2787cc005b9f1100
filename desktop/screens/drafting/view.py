"""Soạn thảo: a new outgoing or internal draft from a PDF, with its recipients (internal units and
people, external organs), signer and urgency; then submit it for review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.api.documents import DocumentSummary
from desktop.api.requests import DraftFields, FileUpload, RecipientSpec
from desktop.context import ScreenContext
from desktop.doclabels import CONFIDENTIALITIES, URGENCIES, confidentiality_label, urgency_label
from desktop.messages import error_text
from desktop.namebook import Reference
from desktop.screens.common import MessageLabel, set_form_labels
from desktop.screens.document.dialogs import DeadlineEdit, HandlerList, handler_choices
from desktop.screens.document.pdfpages import PdfError, PdfPagesView
from desktop.tasks import run_in_background

AUTHORITIES = ("", "TM.", "KT.", "TL.", "TUQ.", "Q.")


def parse_organs(text: str) -> tuple[RecipientSpec, ...]:
    """External recipients, one a line: ``000.00.00.G22 Name of the organ``."""
    found = []
    for line in text.splitlines():
        parts = line.strip().split(maxsplit=1)
        if len(parts) == 2:
            found.append(RecipientSpec(organ_id=parts[0], organ_name=parts[1].strip()))
    return tuple(found)


class DraftingView(QWidget):
    """The drafter's form with a preview of the draft PDF."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reference = Reference()
        self.path: Path | None = None
        self.pdf_bytes: bytes | None = None
        self.created: DocumentSummary | None = None
        self._build()
        self._retranslate()
        api = context.api
        run_in_background(lambda: Reference.load(api), on_done=self._on_reference,
                          on_error=self._on_failed)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.file_button, self.file_label = QPushButton(), QLabel()
        self.file_button.clicked.connect(self.choose_file)
        self.type, self.direction = QComboBox(), QComboBox()
        self.subject = QPlainTextEdit()
        self.subject.setMaximumHeight(64)
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(64)
        self.urgency, self.confidentiality = QComboBox(), QComboBox()
        self.normative = QCheckBox()
        self.due_date = DeadlineEdit(days_ahead=10)
        self.due_date.set_date(None)
        self.authority = QComboBox()
        self.authority.addItems(list(AUTHORITIES))
        self.signer_position, self.signer_name = QLineEdit(), QLineEdit()
        self.recipients = HandlerList([])
        self.recipients.setMinimumHeight(180)
        self.organs = QPlainTextEdit()
        self.organs.setMaximumHeight(64)
        self.create_button, self.submit_button = QPushButton(), QPushButton()
        self.create_button.clicked.connect(self.create_draft)
        self.submit_button.clicked.connect(self.submit_review)
        self.submit_button.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), file_row)
        for widget in (self.type, self.direction, self.subject, self.summary, self.urgency,
                       self.confidentiality, self.normative, self.due_date, self.authority,
                       self.signer_position, self.signer_name, self.recipients, self.organs):
            self.form.addRow(QLabel(), widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.submit_button)
        buttons.addStretch(1)
        self.form.addRow("", buttons)
        self.message = MessageLabel()
        form_widget = QWidget()
        form_widget.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.preview = PdfPagesView()
        self.preview.set_zoom(0.75)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setSizes([600, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("New draft"))
        self.file_button.setText(self.tr("Choose draft PDF…"))
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen"))
        titles = (self.tr("Type:"), self.tr("Direction:"), self.tr("Subject:"),
                  self.tr("Summary:"), self.tr("Urgency:"), self.tr("Confidentiality:"), "",
                  self.tr("Deadline:"), self.tr("Signing authority:"),
                  self.tr("Signer position:"), self.tr("Signer name:"),
                  self.tr("Recipients:"), self.tr("External organs:"))
        set_form_labels(self.form, titles, first_row=1)
        self.normative.setText(self.tr("Legal normative document (own number series)"))
        self.recipients.search.setPlaceholderText(self.tr("Search units and people…"))
        self.organs.setPlaceholderText(self.tr("One a line: organ id and name, e.g. "
                                               "000.00.00.G15 Bộ Tài chính"))
        self.create_button.setText(self.tr("Create draft"))
        self.submit_button.setText(self.tr("Submit for review"))
        for combo, items in (
                (self.direction, [("outgoing", self.tr("Outgoing")),
                                  ("internal", self.tr("Internal"))]),
                (self.urgency, [(u, urgency_label(u)) for u in URGENCIES]),
                (self.confidentiality, [(c, confidentiality_label(c))
                                        for c in CONFIDENTIALITIES])):
            current = combo.currentData()
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "submit_button"):
            self._retranslate()
        super().changeEvent(event)

    def _on_reference(self, reference: Reference) -> None:
        self.reference = reference
        self.type.clear()
        for document_type in sorted(reference.types, key=lambda t: t.name):
            self.type.addItem(document_type.name, document_type.code)
        self.type.setCurrentIndex(max(self.type.findData("official_letter"), 0))
        self.recipients.set_choices(handler_choices(reference.names))

    def _on_failed(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc), "error")

    def choose_file(self) -> None:
        """Ask for the draft PDF and preview it."""
        path = self.context.pick_file(self.tr("Choose the draft PDF"), "PDF (*.pdf)")
        if path is not None:
            run_in_background(path.read_bytes, on_done=lambda data: self.set_file(path, data),
                              on_error=self._on_failed)

    def set_file(self, path: Path, data: bytes) -> None:
        """Use this file (previewed at once)."""
        try:
            self.preview.set_pdf(data, fit_width=True)
        except PdfError:
            self.message.show_message(self.tr("{name} is not a PDF that can be read.").format(
                name=path.name), "error")
            return
        self.path, self.pdf_bytes = path, data
        self.file_label.setText(path.name)
        self.message.clear_message()

    def fields(self) -> DraftFields:
        """What the form says."""
        internal = tuple(RecipientSpec(unit_id=h.unit_id, user_id=h.user_id)
                         for h in self.recipients.checked())
        return DraftFields(
            type_code=str(self.type.currentData() or ""),
            subject=self.subject.toPlainText().strip(),
            direction=str(self.direction.currentData() or "outgoing"),
            summary=self.summary.toPlainText().strip() or None,
            urgency=str(self.urgency.currentData() or "normal"),
            confidentiality=str(self.confidentiality.currentData() or "normal"),
            is_normative=self.normative.isChecked(), due_date=self.due_date.value(),
            signer_authority=self.authority.currentText() or None,
            signer_position=self.signer_position.text().strip() or None,
            signer_name=self.signer_name.text().strip() or None,
            recipients=internal + parse_organs(self.organs.toPlainText()))

    def create_draft(self) -> None:
        """Send the draft and its PDF."""
        if self.path is None or self.pdf_bytes is None:
            self.message.show_message(self.tr("Choose the draft PDF first."), "error")
            return
        api, fields = self.context.api, self.fields()
        upload = FileUpload(self.path.name, self.pdf_bytes)
        self.create_button.setEnabled(False)
        run_in_background(lambda: api.create_draft(fields, upload), on_done=self._on_created,
                          on_error=self._create_failed)

    def _create_failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        self._on_failed(exc)

    def _on_created(self, document: DocumentSummary) -> None:
        self.created = document
        self.create_button.setEnabled(True)
        self.submit_button.show()
        self.message.show_message(self.tr("Draft #{id} created. Submit it for review when it is "
                                          "ready.").format(id=document.id), "success")

    def submit_review(self) -> None:
        """Send the created draft to the unit head."""
        if self.created is None:
            return
        api, document_id = self.context.api, self.created.id
        run_in_background(lambda: api.submit_review(document_id), on_done=self._on_submitted,
                          on_error=self._on_failed)

    def _on_submitted(self, document: DocumentSummary) -> None:
        self.submit_button.hide()
        self.message.show_message(self.tr("Draft #{id} submitted for review.").format(
            id=document.id), "success")
