"""One dossier on the archive screen: its Circular 02 metadata, its documents, and what may be
done with it — filing from the document search, closing, packaging with export progress,
transfer, legal holds, disposal on approval.

Buttons follow the server's rules (``server/archive/access.py``) so a person only sees what
they may do; the server still decides, and its refusal is shown as it words it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api.archive import ArchiveApi, DossierDetail
from desktop.api.requests import DocumentQuery
from desktop.context import ScreenContext
from desktop.messages import error_text
from desktop.screens.archive.dialogs import CloseDossierDialog
from desktop.screens.archive.lists import CODE_ROLE, state_name
from desktop.screens.common import MessageLabel
from desktop.screens.document.panels import make_tree
from desktop.tasks import run_in_background

FILERS = frozenset({"officer", "unit_head", "clerk"})
KEEPERS = frozenset({"clerk"})
HOLDERS = frozenset({"leader", "clerk"})
APPROVERS = frozenset({"leader"})


class _Progress(QObject):
    """Carries download progress from the worker to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class DossierPanel(QWidget):
    """The shown dossier and its actions; ``changed`` runs after a change the list shows."""

    def __init__(self, context: ScreenContext, message: MessageLabel,
                 changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.archive = ArchiveApi(context.api)
        self.roles = frozenset(context.me.user.roles)
        self.message = message
        self.changed = changed
        self.dossier: DossierDetail | None = None
        self.exported: Path | None = None
        self.progress_relay = _Progress(self)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.documents = make_tree(["", "", "", ""])
        self.find_box, self.found = QLineEdit(), make_tree(["", "", ""])
        self.find_box.returnPressed.connect(self.find_documents)
        self.found.setMaximumHeight(120)
        actions: dict[str, Callable[[], Any]] = {
            "add": self.add_document, "remove": self.remove_document, "close": self.ask_close,
            "pack": lambda: self.pack(transfer=False),
            "transfer": lambda: self.pack(transfer=True), "hold": self.place_hold,
            "release": self.release_hold, "approve": self.approve_disposal,
            "dispose": self.dispose}
        self.buttons: dict[str, QPushButton] = {}
        for key, action in actions.items():
            self.buttons[key] = QPushButton()
            self.buttons[key].clicked.connect(action)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_relay.moved.connect(self._moved)
        self.reason, self.decision = QLineEdit(), QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(self.documents, 1)
        b = self.buttons
        rows: list[tuple[frozenset[str], tuple[QWidget, ...]]] = [
            (FILERS, (self.find_box, b["add"], b["remove"], b["close"])),
            (KEEPERS, (b["pack"], b["transfer"], self.progress)),
            (HOLDERS, (self.reason, b["hold"], b["release"])),
            (APPROVERS, (self.decision, b["approve"])),
            (KEEPERS, (b["dispose"],)),
        ]
        for allowed, widgets in rows:
            row = QHBoxLayout()
            if widgets == (b["dispose"],):
                row.addStretch(1)
            for widget in widgets:
                row.addWidget(widget, 1 if isinstance(widget, QLineEdit | QProgressBar) else 0)
                widget.setVisible(bool(self.roles & allowed) and widget is not self.progress)
            layout.addLayout(row)
            if widgets[0] is self.find_box:
                layout.addWidget(self.found)
                self.found.setVisible(bool(self.roles & FILERS))

    def retranslate(self) -> None:
        """Every text, in the installed language."""
        self.documents.setHeaderLabels([self.tr("No."), self.tr("Type"), self.tr("Date"),
                                        self.tr("Subject")])
        self.find_box.setPlaceholderText(self.tr("Find a document to file…"))
        self.found.setHeaderLabels([self.tr("Number"), self.tr("Date"), self.tr("Subject")])
        texts = {"add": self.tr("Add to dossier"), "remove": self.tr("Remove from dossier"),
                 "close": self.tr("Close dossier…"), "pack": self.tr("Package and export…"),
                 "transfer": self.tr("Transfer to the archive"),
                 "hold": self.tr("Place legal hold"), "release": self.tr("Release hold"),
                 "approve": self.tr("Approve disposal"),
                 "dispose": self.tr("Dispose of dossier")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.reason.setPlaceholderText(self.tr("Reason for the legal hold"))
        self.decision.setPlaceholderText(self.tr("Approving decision (number and notation)"))
        self.show_dossier()

    # -- showing --------------------------------------------------------------------------

    def fail(self, exc: Exception) -> None:
        """Show a failure as the server or the network words it."""
        self.progress.setVisible(False)
        self.message.show_message(error_text(exc), "error")

    def load(self, file_code: str) -> None:
        """Fetch and show a dossier."""
        self.run(lambda: self.archive.dossier(file_code))

    def run(self, call: Callable[[], DossierDetail], *, list_changed: bool = False,
            done_text: str | None = None) -> None:
        """Run a call returning the dossier off the GUI thread, then show it."""
        def done(detail: DossierDetail) -> None:
            self.dossier = detail
            self.show_dossier()
            if done_text:
                self.message.show_message(done_text, "success")
            if list_changed:
                self.changed()

        run_in_background(call, on_done=done, on_error=self.fail)

    def show_dossier(self) -> None:
        """Show the current dossier (or a hint) and enable what its state allows."""
        dossier = self.dossier
        self.documents.clear()
        state = dossier.summary.state if dossier else None
        kept = state in ("closed", "transferred")
        enabled = {"add": state == "open", "remove": state == "open", "close": state == "open",
                   "pack": kept, "transfer": state == "closed",
                   "hold": kept or state == "open",
                   "release": bool(dossier and any(h.active for h in dossier.holds)),
                   "approve": kept, "dispose": kept}
        for key, on in enabled.items():
            self.buttons[key].setEnabled(on)
        if dossier is None:
            self.details.setText(self.tr("Choose a dossier on the left, or open a new one."))
            return
        self.details.setText("<br>".join(self._describe(dossier)))
        for position, document in enumerate(dossier.documents, start=1):
            when = document.issue_date.strftime("%d/%m/%Y") if document.issue_date else ""
            item = QTreeWidgetItem(self.documents, [str(position), document.type_name, when,
                                                    document.subject])
            item.setData(0, CODE_ROLE, document.document_id)

    def _describe(self, dossier: DossierDetail) -> list[str]:
        summary = dossier.summary
        lines = [f"<b>{summary.file_code}</b> — {summary.title}",
                 self.tr("State: %1 · Retention: %2 · Creator: %3")
                 .replace("%1", state_name(summary.state)).replace("%2", summary.retention)
                 .replace("%3", dossier.creator)]
        if dossier.start_date is not None and dossier.end_date is not None:
            deadline = summary.transfer_deadline
            lines.append(self.tr("From %1 to %2 · %3 documents, %4 pages · transfer by %5")
                         .replace("%1", dossier.start_date.strftime("%d/%m/%Y"))
                         .replace("%2", dossier.end_date.strftime("%d/%m/%Y"))
                         .replace("%3", str(dossier.doc_total))
                         .replace("%4", str(dossier.page_total))
                         .replace("%5", deadline.strftime("%d/%m/%Y") if deadline else ""))
        if dossier.keywords:
            lines.append(self.tr("Keywords: %1").replace("%1", ", ".join(dossier.keywords)))
        lines += [self.tr("Under legal hold: %1").replace("%1", h.reason)
                  for h in dossier.holds if h.active]
        if dossier.disposal_decision:
            lines.append(self.tr("Disposal approved by decision %1")
                         .replace("%1", dossier.disposal_decision))
        lines += [self.tr("Package %1: %2 documents, fingerprint %3…")
                  .replace("%1", p.name).replace("%2", str(p.documents))
                  .replace("%3", p.fingerprint[:16]) for p in dossier.packages]
        return lines

    # -- actions --------------------------------------------------------------------------

    def _code(self) -> str | None:
        return self.dossier.summary.file_code if self.dossier else None

    def find_documents(self) -> None:
        """Search the documents one may see (the workflow's search), to file one."""
        text = self.find_box.text().strip()

        def show(page: Any) -> None:
            self.found.clear()
            for document in page.items:
                number = "/".join(str(p) for p in (document.number, document.notation) if p)
                when = document.issue_date.strftime("%d/%m/%Y") if document.issue_date else ""
                item = QTreeWidgetItem(self.found, [number, when, document.subject])
                item.setData(0, CODE_ROLE, document.id)

        run_in_background(lambda: self.context.api.documents(DocumentQuery(q=text)),
                          on_done=show, on_error=self.fail)

    def add_document(self) -> None:
        """File the document chosen in the search results."""
        code, items = self._code(), self.found.selectedItems()
        if code and items:
            document_id = int(items[0].data(0, CODE_ROLE))
            self.run(lambda: self.archive.add_document(code, document_id))

    def remove_document(self) -> None:
        """Take the selected document out of the dossier."""
        code, items = self._code(), self.documents.selectedItems()
        if code and items:
            document_id = int(items[0].data(0, CODE_ROLE))
            self.run(lambda: self.archive.remove_document(code, document_id))

    def ask_close(self) -> CloseDossierDialog | None:
        """Ask for the closing fields; closing happens when the dialog is accepted."""
        dossier = self.dossier
        if dossier is None:
            return None
        dialog = CloseDossierDialog(dossier, self)
        code = dossier.summary.file_code

        def accepted() -> None:
            v = dialog.value()
            self.run(lambda: self.archive.close_dossier(
                code, title=v.title, retention=v.retention, keywords=v.keywords,
                description=v.description), list_changed=True,
                done_text=self.tr("The dossier is closed; its metadata is complete."))

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def pack(self, *, transfer: bool) -> None:
        """Build the package (transferring the dossier if asked); save its ZIP on export."""
        code = self._code()
        if code is None:
            return
        target = None
        if not transfer:
            target = self.context.pick_save_file(self.tr("Save the package"), f"{code}.zip",
                                                 self.tr("ZIP files (*.zip)"))
            if target is None:
                return
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        relay, archive = self.progress_relay, self.archive

        def work() -> DossierDetail:
            package = archive.pack(code, transfer=transfer)
            if target is not None:
                self.exported = archive.export(package.id, target, relay.moved.emit)
            return archive.dossier(code)

        def done(detail: DossierDetail) -> None:
            self.progress.setVisible(False)
            self.dossier = detail
            self.show_dossier()
            text = (self.tr("The dossier was transferred to the agency archive.") if transfer
                    else self.tr("The package was built, checked and saved."))
            self.message.show_message(text, "success")
            self.changed()

        run_in_background(work, on_done=done, on_error=self.fail)

    def _moved(self, received: int, expected: int) -> None:
        if expected:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * received / expected))

    def place_hold(self) -> None:
        """Put the dossier under legal hold."""
        code, reason = self._code(), self.reason.text().strip()
        if code and reason:
            self.run(lambda: self.archive.place_hold(code, reason), list_changed=True)

    def release_hold(self) -> None:
        """Release the dossier's active holds."""
        dossier = self.dossier
        if dossier is None:
            return
        code = dossier.summary.file_code
        active = [h.hold_id for h in dossier.holds if h.active]

        def release() -> DossierDetail:
            for hold_id in active:
                self.archive.release_hold(code, hold_id)
            return self.archive.dossier(code)

        self.run(release, list_changed=True)

    def approve_disposal(self) -> None:
        """Approve the disposal (the head)."""
        code, decision = self._code(), self.decision.text().strip()
        if code and decision:
            self.run(lambda: self.archive.approve_disposal(code, decision))

    def dispose(self) -> None:
        """Dispose of the dossier; a refusal (hold, retention, approval) is shown as is."""
        code = self._code()
        if code:
            def work() -> DossierDetail:
                self.archive.dispose(code)
                return self.archive.dossier(code)

            self.run(work, list_changed=True,
                      done_text=self.tr("The dossier was disposed of; its record is kept."))
