"""One document: PDF pages, metadata, versions, files, recipients, assignments, comments, timeline,
and the workflow steps the signed-in person may take now."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.documents import DocumentDetail, HistoryEntry
from desktop.api.models import LiveEvent
from desktop.api.signatures import SignaturesReport
from desktop.context import ScreenContext
from desktop.doclabels import document_state_label, step_label
from desktop.labels import format_time
from desktop.messages import error_text
from desktop.namebook import Reference
from desktop.screens.common import MessageLabel
from desktop.screens.document import panels
from desktop.screens.document.deliveries import load_reports
from desktop.screens.document.files import FileActions
from desktop.screens.document.pdfpages import PdfError, PdfPagesView
from desktop.screens.document.signatures import SignaturePanel
from desktop.screens.document.steps import StepController
from desktop.screens.signing.controller import SigningController
from desktop.screens.signing.messages import signing_error_text
from desktop.signing import DocumentResult
from desktop.tasks import run_in_background
from desktop.workflow import STEP_ORDER, Person, Step, available_steps

Loaded = tuple[DocumentDetail, list[HistoryEntry], Reference]


def load_document(api: ApiClient, document_id: int, reference: Reference | None) -> Loaded:
    """Everything the view shows (off the GUI thread)."""
    return api.document(document_id), api.history(document_id), reference or Reference.load(api)


class DocumentView(QWidget):
    """The page of one document."""

    back_requested = Signal()
    changed = Signal(int)
    """A step succeeded on this document (lists should refresh)."""

    def __init__(self, context: ScreenContext, *, reference: Reference | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reference = reference
        self.detail: DocumentDetail | None = None
        self.history: list[HistoryEntry] = []
        self.shown_version: int | None = None
        """The version asked for."""
        self.shown_loaded: int | None = None
        """The version whose pages are in the PDF view."""
        me = context.me.user
        self.person = Person(me.id, me.unit_id, frozenset(me.roles))
        self.steps = StepController(self)
        self.signing = SigningController(context, self)
        self.signing.started.connect(lambda _count: self.message.show_message(
            self.tr("Signing…"), "info"))
        self.signing.finished.connect(self._on_signed)
        self.signing.failed.connect(
            lambda exc: self.message.show_message(signing_error_text(exc), "error"))
        self.files = FileActions(self)
        self._build()
        self._retranslate()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state_chip = QLabel()
        self.state_chip.setStyleSheet("QLabel { background: #e8f0fe; color: #174ea6;"
                                      " border-radius: 9px; padding: 2px 10px; }")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.state_chip)
        self.step_buttons: dict[Step, QPushButton] = {}
        actions = QHBoxLayout()
        for step in STEP_ORDER:
            button = QPushButton()
            button.setObjectName(f"step_{step.value}")
            button.clicked.connect(lambda _c=False, s=step: self.steps.ask(s))
            button.hide()
            self.step_buttons[step] = button
            actions.addWidget(button)
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("sign_document")
        self.sign_button.clicked.connect(self.ask_to_sign)
        self.sign_button.hide()
        actions.addWidget(self.sign_button)
        actions.addStretch(1)
        self.message = MessageLabel()
        self.pdf = PdfPagesView()
        self.pdf.failed.connect(lambda exc: self.message.show_message(error_text(exc), "error"))
        self.pdf.zoomed.connect(lambda _zoom: self._update_zoom_label())
        self.zoom_out_button, self.zoom_in_button = QToolButton(), QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_in_button.setText("+")
        self.zoom_label, self.version_label = QLabel(), QLabel()
        self.zoom_out_button.clicked.connect(lambda: self._zoom(self.pdf.zoom_out))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(self.pdf.zoom_in))
        pdf_bar = QHBoxLayout()
        pdf_bar.addWidget(self.version_label, 1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            pdf_bar.addWidget(widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(pdf_bar)
        left_layout.addWidget(self.pdf, 1)
        self.tabs = QTabWidget()
        self._build_tabs()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def _build_tabs(self) -> None:
        self.metadata = panels.MetadataPanel()
        self.versions = panels.make_tree(["#", "", "", "", "", ""])
        self.versions.itemActivated.connect(self._on_version_activated)
        self.versions.itemClicked.connect(self._on_version_activated)
        self.attachments = panels.make_tree(["", "", "", ""])
        self.recipients = panels.make_tree(["", "", "", ""])
        self.assignments = panels.make_tree(["", "", "", "", "", ""])
        self.comments = panels.make_tree(["", "", ""])
        self.history_tree = panels.make_tree(["", "", "", "", ""])
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setMaximumHeight(80)
        self.comment_on_version = QCheckBox()
        self.comment_button = QPushButton()
        self.comment_button.clicked.connect(self.send_comment)
        comments = QWidget()
        column = QVBoxLayout(comments)
        column.addWidget(self.comments, 1)
        column.addWidget(self.comment_edit)
        row = QHBoxLayout()
        row.addWidget(self.comment_on_version, 1)
        row.addWidget(self.comment_button)
        column.addLayout(row)
        self.section_titles = [QLabel() for _ in range(4)]
        files = self._stacked([(self.section_titles[0], self.versions),
                               (self.section_titles[1], self.attachments)],
                              self.files.button_row())
        handling = self._stacked([(self.section_titles[2], self.assignments),
                                  (self.section_titles[3], self.recipients)])
        self.signatures = SignaturePanel()
        self.pages = [self.metadata, files, handling, comments, self.history_tree,
                      self.signatures]
        for page in self.pages:
            self.tabs.addTab(page, "")

    @staticmethod
    def _stacked(parts: list[tuple[QLabel, QWidget]], footer: QHBoxLayout | None = None
                 ) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for title, widget in parts:
            title.setStyleSheet("font-weight: bold;")
            column.addWidget(title)
            column.addWidget(widget, 1)
        if footer is not None:
            column.addLayout(footer)
        return page

    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the list"))
        self.sign_button.setText(self.tr("Sign…"))
        for step, button in self.step_buttons.items():
            button.setText(step_label(step))
        titles = (self.tr("Information"), self.tr("Files"), self.tr("Handling"),
                  self.tr("Comments"), self.tr("History"), self.tr("Signatures"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for label, text in zip(self.section_titles, (
                self.tr("Versions (click one to show it)"), self.tr("Attachments"),
                self.tr("Assignments"), self.tr("Recipients and delivery")), strict=True):
            label.setText(text)
        self.versions.setHeaderLabels(["#", self.tr("Time"), self.tr("By"), self.tr("Reason"),
                                       self.tr("Signature"), self.tr("File")])
        self.attachments.setHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Added by"),
                                          self.tr("Time")])
        self.recipients.setHeaderLabels([self.tr("Recipient"), self.tr("Organ id"),
                                         self.tr("Delivery"), self.tr("Since")])
        self.assignments.setHeaderLabels([self.tr("Role"), self.tr("Unit or person"),
                                          self.tr("Deadline"), self.tr("Status"),
                                          self.tr("Assigned by"), self.tr("Note")])
        self.comments.setHeaderLabels([self.tr("Time"), self.tr("Author"), self.tr("Comment")])
        self.history_tree.setHeaderLabels([self.tr("Time"), self.tr("Step"), self.tr("By"),
                                           self.tr("State"), self.tr("Note")])
        self.comment_edit.setPlaceholderText(self.tr("Write a comment…"))
        self.comment_on_version.setText(self.tr("About the version shown"))
        self.comment_button.setText(self.tr("Send comment"))
        self.files.retranslate()
        self.signatures.retranslate()
        self._update_zoom_label()
        if self.detail is not None:
            self._show(self.detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "comment_button"):
            self._retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        """The shown document's id."""
        return self.detail.document.id if self.detail else None

    def load(self, document_id: int) -> None:
        """Fetch and show a document (its latest version when it is another document)."""
        api, reference = self.context.api, self.reference
        run_in_background(lambda: load_document(api, document_id, reference),
                          on_done=self._on_loaded, on_error=self.show_error)

    def reload(self) -> None:
        """Fetch the shown document again."""
        if self.document_id is not None:
            self.load(self.document_id)

    def _on_loaded(self, loaded: Loaded) -> None:
        detail, self.history, self.reference = loaded
        same = self.detail is not None and self.detail.document.id == detail.document.id
        old = self.detail.latest_version if same and self.detail is not None else None
        self._show(detail)
        latest = detail.latest_version
        if latest is None:
            return
        if not same or self.shown_loaded is None or old is None \
                or latest.version_no != old.version_no:
            self.show_version(latest.version_no)

    def _show(self, detail: DocumentDetail) -> None:
        self.detail = detail
        reference = self.reference or Reference()
        names, document = reference.names, detail.document
        self.title.setText(document.subject)
        self.state_chip.setText(document_state_label(document.state))
        self.metadata.show_detail(detail, names, reference.type_name(document.type_code))
        panels.fill_versions(self.versions, detail, names, self.shown_version)
        panels.fill_attachments(self.attachments, detail, names)
        panels.fill_recipients(self.recipients, detail, names)
        load_reports(self.context.api, self.recipients, detail, on_error=self.show_error)
        has_recipients = bool(detail.recipients) or document.direction != "incoming"
        self.recipients.setVisible(has_recipients)
        self.section_titles[3].setVisible(has_recipients)
        has_assignments = bool(detail.assignments) or document.direction == "incoming"
        self.assignments.setVisible(has_assignments)
        self.section_titles[2].setVisible(has_assignments)
        panels.fill_assignments(self.assignments, detail, names)
        panels.fill_history(self.history_tree, self.history, names)
        self.comments.clear()
        for comment in detail.comments:
            version = next((v.version_no for v in detail.versions if v.id == comment.version_id),
                           None)
            body = comment.body if version is None else f"[v{version}] {comment.body}"
            item = QTreeWidgetItem([format_time(comment.created_at),
                                    names.person_name(comment.author_id), body])
            item.setToolTip(2, comment.body)
            self.comments.addTopLevelItem(item)
        allowed = available_steps(self.person, detail)
        for step, button in self.step_buttons.items():
            button.setVisible(step in allowed)
        self.sign_button.setVisible(self.person.has("leader") and document.state == "to_sign"
                                    and document.presented_to == self.person.user_id)
        self.files.update_buttons()

    def ask_to_sign(self) -> QDialog | None:
        """Open the sign dialog for this document (its leader, while it awaits signature)."""
        return self.signing.ask([self.document_id]) if self.document_id is not None else None

    def _on_signed(self, results: list[DocumentResult]) -> None:
        result = results[0]
        if result.ok:
            self.message.show_message(self.tr("Signed; the server accepted the signature."),
                                      "success")
            self.changed.emit(result.document_id)
        else:
            self.message.show_message(signing_error_text(result.error or Exception()), "error")
        self.reload()

    def show_error(self, exc: Exception) -> None:
        """Show why something failed (the server's own message when it refused)."""
        self.message.show_message(error_text(exc), "error")

    # -- PDF ------------------------------------------------------------------------------------

    def show_version(self, version_no: int) -> None:
        """Download and show the pages of one version."""
        if self.detail is None:
            return
        api, document_id = self.context.api, self.detail.document.id
        self.shown_version = version_no
        self.version_label.setText(self.tr("Version {n} — loading…").format(n=version_no))
        run_in_background(lambda: api.version_file(document_id, version_no),
                          on_done=lambda data: self._on_pdf(version_no, data),
                          on_error=self.show_error)

    def _on_pdf(self, version_no: int, data: bytes) -> None:
        if version_no != self.shown_version:
            return
        try:
            self.pdf.set_pdf(data, fit_width=self.shown_loaded is None)
        except PdfError:  # the page area says why (set_pdf left it cleared)
            self.version_label.setText(self.tr("Version {n}: this file cannot be shown as a PDF.")
                                       .format(n=version_no))
            return
        self.shown_loaded = version_no
        self.check_signatures(version_no, data)
        self._update_zoom_label()
        self.version_label.setText(self.tr("Version {n} — %n page(s)", "", self.pdf.page_count)
                                   .format(n=version_no))
        if self.detail is not None:
            panels.fill_versions(self.versions, self.detail,
                                 (self.reference or Reference()).names, version_no)

    def check_signatures(self, version_no: int, data: bytes) -> None:
        """Validate the shown PDF's signatures on the server (the signature panel)."""
        api = self.context.api
        self.signatures.show_loading()

        def shown(report: object) -> None:
            if version_no == self.shown_loaded and isinstance(report, SignaturesReport):
                self.signatures.show_report(report)

        run_in_background(lambda: api.verify_signatures(data), on_done=shown,
                          on_error=self.signatures.show_failure)

    def _on_version_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        version_no = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(version_no, int) and version_no != self.shown_loaded:
            self.show_version(version_no)

    def _zoom(self, change: object) -> None:
        if callable(change):
            change()
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{round(self.pdf.zoom * 100)} %")

    # -- comments and live updates --------------------------------------------------------------

    def send_comment(self) -> None:
        """Post the typed comment (on the shown version if ticked)."""
        body = self.comment_edit.toPlainText().strip()
        if not body or self.detail is None:
            return
        version_id = None
        if self.comment_on_version.isChecked():
            version_id = next((v.id for v in self.detail.versions
                               if v.version_no == self.shown_loaded), None)
        api, document_id = self.context.api, self.detail.document.id
        self.comment_button.setEnabled(False)

        def done(_comment: object) -> None:
            self.comment_button.setEnabled(True)
            self.comment_edit.clear()
            self.reload()

        def failed(exc: Exception) -> None:
            self.comment_button.setEnabled(True)
            self.show_error(exc)

        run_in_background(lambda: api.add_comment(document_id, body, version_id=version_id),
                          on_done=done, on_error=failed)

    def on_live_event(self, event: LiveEvent) -> None:
        """Someone changed this document: show the new state."""
        if event.kind.startswith("document.") and \
                event.payload.get("document_id") == self.document_id:
            self.reload()

    def shown_steps(self) -> list[Step]:
        """The workflow buttons offered now (tests)."""
        return [step for step, button in self.step_buttons.items() if not button.isHidden()]
