"""Tiếp nhận văn bản đến: the clerk picks the PDF (or a scan waiting in the scan folder), types
what is printed on it, receives it, then registers it (arrival number, duplicate warning) and
presents it to a leader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
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

from desktop.api.documents import DocumentSummary, Registered
from desktop.api.requests import FileUpload, IncomingFields
from desktop.context import ScreenContext
from desktop.doclabels import CONFIDENTIALITIES, URGENCIES, confidentiality_label, urgency_label
from desktop.messages import error_text
from desktop.namebook import Reference
from desktop.scan.folder import WaitingScan
from desktop.scan.intake import Intake, ScanChanged, receive_scan
from desktop.screens.common import MessageLabel, set_form_labels
from desktop.screens.document.dialogs import DeadlineEdit
from desktop.screens.document.pdfpages import PdfError, PdfPagesView
from desktop.screens.receive.scans import ScanQueue
from desktop.settings import SCAN_FOLDER
from desktop.tasks import run_in_background

PDF_FILTER = "PDF (*.pdf)"


class ReceiveView(QWidget):
    """The clerk's intake form with a preview of the chosen PDF, and the next steps."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reference = Reference()
        self.path: Path | None = None
        self.pdf_bytes: bytes | None = None
        self.received: DocumentSummary | None = None
        self.registered: Registered | None = None
        self.scan: WaitingScan | None = None
        """The waiting scan in the form (``None`` for a file chosen by hand)."""
        self.scans: ScanQueue | None = None
        """The waiting scans, when a scan folder is set (see ``follow_scan_folder``)."""
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
        self.type = QComboBox()
        self.subject = QPlainTextEdit()
        self.subject.setMaximumHeight(70)
        self.organ_name, self.organ_id = QLineEdit(), QLineEdit()
        self.organ_id.setInputMask("")
        self.number, self.notation = QLineEdit(), QLineEdit()
        self.issue_date = DeadlineEdit(days_ahead=0)
        self.issue_date.edit.setMinimumDate(self.issue_date.edit.date().addYears(-30))
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(70)
        self.signer_position, self.signer_name = QLineEdit(), QLineEdit()
        self.urgency, self.confidentiality = QComboBox(), QComboBox()
        self.due_date = DeadlineEdit(days_ahead=10)
        self.due_date.set_date(None)
        self.receive_button = QPushButton()
        self.receive_button.setDefault(True)
        self.receive_button.clicked.connect(self.receive)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), file_row)
        for widget in (self.type, self.subject, self.organ_name, self.organ_id, self.number,
                       self.notation, self.issue_date, self.summary, self.signer_position,
                       self.signer_name, self.urgency, self.confidentiality, self.due_date):
            self.form.addRow(QLabel(), widget)
        self.form.addRow("", self.receive_button)
        self._build_next_steps()
        self.message = MessageLabel()
        form_widget = QWidget()
        column = QVBoxLayout(form_widget)
        column.addLayout(self.form)
        column.addWidget(self.next_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.preview = PdfPagesView()
        self.preview.set_zoom(0.75)
        self.splitter = QSplitter()
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([560, 520])
        self.follow_scan_folder()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def _build_next_steps(self) -> None:
        self.next_box = QGroupBox()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.register_button, self.present_button = QPushButton(), QPushButton()
        self.new_button = QPushButton()
        self.leader = QComboBox()
        self.register_button.clicked.connect(self.register)
        self.present_button.clicked.connect(lambda: self.present())
        self.new_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self.next_box)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.register_button)
        row.addWidget(self.leader, 1)
        row.addWidget(self.present_button)
        layout.addLayout(row)
        layout.addWidget(self.new_button)
        self.next_box.hide()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Receive an incoming document"))
        self.file_button.setText(self.tr("Choose PDF…"))
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen"))
        titles = (self.tr("Type:"), self.tr("Subject:"), self.tr("Issuing organ:"),
                  self.tr("Organ id:"), self.tr("Number:"), self.tr("Notation:"),
                  self.tr("Document date:"), self.tr("Summary:"), self.tr("Signer position:"),
                  self.tr("Signer name:"), self.tr("Urgency:"), self.tr("Confidentiality:"),
                  self.tr("Deadline:"))
        set_form_labels(self.form, titles, first_row=1)
        self.subject.setPlaceholderText(self.tr("Trích yếu, as printed on the document"))
        self.organ_id.setPlaceholderText("000.00.00.G22")
        self.notation.setPlaceholderText(self.tr("e.g. BKHĐT-TH"))
        self.receive_button.setText(self.tr("Receive"))
        self.next_box.setTitle(self.tr("Next steps"))
        self.register_button.setText(self.tr("Register"))
        self.present_button.setText(self.tr("Present to leader"))
        self.new_button.setText(self.tr("Receive another document"))
        self._fill_choices()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.follow_scan_folder()  # the setting may have changed since the screen was built
        super().showEvent(event)

    def follow_scan_folder(self) -> None:
        """Watch the scan folder the settings name now (none, or another one than before)."""
        wanted = self.context.settings.get(SCAN_FOLDER).strip()
        current = str(self.scans.folder.root) if self.scans is not None else ""
        if wanted == current or (wanted and self.scans is not None
                                 and Path(wanted) == self.scans.folder.root):
            return
        if self.scans is not None:
            if self.scan is not None:
                self.reset()
            self.scans.watcher.stop()
            self.scans.setParent(None)  # out of the splitter now, not at the next event loop
            self.scans.deleteLater()
            self.scans = None
        if wanted:
            self.scans = ScanQueue(Path(wanted), self.context.api)
            self.scans.chosen.connect(self.choose_scan)
            self.splitter.insertWidget(0, self.scans)
            self.splitter.setSizes([260, 520, 480])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "new_button"):
            self._retranslate()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        for combo, values, label in ((self.urgency, URGENCIES, urgency_label),
                                     (self.confidentiality, CONFIDENTIALITIES,
                                      confidentiality_label)):
            current = combo.currentData()
            combo.clear()
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _on_reference(self, reference: Reference) -> None:
        self.reference = reference
        self.type.clear()
        for document_type in sorted(reference.types, key=lambda t: t.name):
            self.type.addItem(document_type.name, document_type.code)
        self.type.setCurrentIndex(max(self.type.findData("official_letter"), 0))
        self.leader.clear()
        for person in reference.names.people_with_role("leader"):
            self.leader.addItem(f"{person.full_name} — {person.position or ''}", person.id)

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, ScanChanged):  # drop the file, keep what the clerk typed
            self.scan, self.path, self.pdf_bytes = None, None, None
            self.preview.clear()
            self.file_label.setText(self.tr("No file chosen"))
            self.message.show_message(self.tr(
                "{name} was replaced in the scan folder after it was shown. Choose it again to "
                "see what it holds now.").format(name=exc), "error")
            return
        self.message.show_message(error_text(exc), "error")

    # -- the file -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the PDF and preview it."""
        path = self.context.pick_file(self.tr("Choose the received PDF"), PDF_FILTER)
        if path is not None:
            self.scan = None
            run_in_background(path.read_bytes, on_done=lambda data: self.set_file(path, data),
                              on_error=self._on_failed)

    def choose_scan(self, scan: WaitingScan) -> None:
        """Receive this waiting scan: preview it in the form."""
        if self.received is not None:
            self.reset()

        def chosen(data: bytes) -> None:
            self.set_file(scan.path, data)
            self.scan = scan if self.path == scan.path else None

        run_in_background(scan.path.read_bytes, on_done=chosen, on_error=self._on_failed)

    def set_file(self, path: Path, data: bytes) -> None:
        """Use this file (previewed at once)."""
        try:
            self.preview.set_pdf(data, fit_width=True)
        except PdfError:  # the preview area says why
            self.path, self.pdf_bytes = None, None
            self.message.show_message(self.tr("{name} is not a PDF that can be read.").format(
                name=path.name), "error")
            return
        self.message.clear_message()
        self.path, self.pdf_bytes = path, data
        self.file_label.setText(self.tr("{name} — %n page(s)", "", self.preview.page_count)
                                .format(name=path.name))

    # -- the steps ------------------------------------------------------------------------------

    def fields(self) -> IncomingFields:
        """What the form says."""
        number = self.number.text().strip()
        return IncomingFields(
            type_code=str(self.type.currentData() or ""),
            subject=self.subject.toPlainText().strip(),
            issuing_organ_name=self.organ_name.text().strip(),
            issuing_organ_id=self.organ_id.text().strip() or None,
            number=int(number) if number.isdigit() else None,
            notation=self.notation.text().strip() or None,
            issue_date=self.issue_date.value(), summary=self.summary.toPlainText().strip() or None,
            signer_position=self.signer_position.text().strip() or None,
            signer_name=self.signer_name.text().strip() or None,
            urgency=str(self.urgency.currentData() or "normal"),
            confidentiality=str(self.confidentiality.currentData() or "normal"),
            due_date=self.due_date.value())

    def receive(self) -> None:
        """Send the form and the PDF to the server."""
        if self.path is None or self.pdf_bytes is None:
            self.message.show_message(self.tr("Choose the PDF of the document first."), "error")
            return
        if not self.subject.toPlainText().strip() or not self.organ_name.text().strip():
            self.message.show_message(self.tr("The subject and the issuing organ are needed."),
                                      "error")
            return
        api, fields = self.context.api, self.fields()
        self.receive_button.setEnabled(False)
        if self.scan is not None and self.scans is not None:
            folder, scan = self.scans.folder, self.scan
            run_in_background(lambda: receive_scan(folder, api, scan, fields),
                              on_done=self._on_scan_received, on_error=self._step_failed)
            return
        upload = FileUpload(self.path.name, self.pdf_bytes)
        run_in_background(lambda: api.receive(fields, upload), on_done=self._on_received,
                          on_error=self._step_failed)

    def _on_scan_received(self, intake: Intake) -> None:
        if self.scans is not None and self.scan is not None:
            self.scans.watcher.received(self.scan.path)
        self._on_received(intake.document)

    def _step_failed(self, exc: Exception) -> None:
        self.receive_button.setEnabled(self.received is None)
        self._on_failed(exc)

    def _on_received(self, document: DocumentSummary) -> None:
        self.received, self.registered = document, None
        self.message.clear_message()
        self.status.setText(self.tr("Received as document #{id}. Register it to give it an "
                                    "arrival number.").format(id=document.id))
        self.next_box.show()
        self.register_button.setEnabled(True)
        self.present_button.setEnabled(False)

    def register(self) -> None:
        """Give the received document its arrival number."""
        if self.received is None:
            return
        api, document_id = self.context.api, self.received.id
        self.register_button.setEnabled(False)
        run_in_background(lambda: api.register(document_id), on_done=self._on_registered,
                          on_error=self._step_failed)

    def _on_registered(self, result: Registered) -> None:
        self.registered = result
        self.present_button.setEnabled(True)
        text = self.tr("Arrival number {n}.").format(n=result.document.arrival_number)
        self.status.setText(f"<span style='font-size: 13pt'><b>{text}</b></span>")
        if result.duplicate_ids:
            self.message.show_message(self.tr(
                "Warning: this may duplicate document(s) {ids} (same number, notation and "
                "issuing organ).").format(ids=", ".join(f"#{i}" for i in result.duplicate_ids)),
                "error")

    def present(self, leader_id: int | None = None) -> None:
        """Present the registered document to the chosen leader."""
        if self.received is None:
            return
        chosen = leader_id if leader_id is not None else self.leader.currentData()
        api, document_id = self.context.api, self.received.id
        self.present_button.setEnabled(False)
        run_in_background(lambda: api.present(document_id, int(chosen)),
                          on_done=self._on_presented, on_error=self._step_failed)

    def _on_presented(self, document: DocumentSummary) -> None:
        leader = self.reference.names.person_name(document.presented_to)
        self.message.show_message(self.tr("Presented to {name}.").format(name=leader),
                                  "success")

    def reset(self) -> None:
        """Clear the form for the next document."""
        for edit in (self.organ_name, self.organ_id, self.number, self.notation,
                     self.signer_position, self.signer_name):
            edit.clear()
        self.subject.clear()
        self.summary.clear()
        self.path, self.pdf_bytes, self.received, self.registered = None, None, None, None
        self.scan = None
        self.preview.clear()
        self.file_label.setText(self.tr("No file chosen"))
        self.next_box.hide()
        self.message.clear_message()
        self.receive_button.setEnabled(True)
