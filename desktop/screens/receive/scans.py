"""The clerk's queue of scanned documents waiting to be received (the watched scan folder)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.messages import error_text
from desktop.scan.folder import AlreadyReceived, RejectedScan, ScanFolder
from desktop.scan.inspect import RejectReason
from desktop.scan.intake import ReceivingApi, Resumed
from desktop.scan.watcher import ScanWatcher
from desktop.screens.common import MessageLabel


def reason_text(reason: RejectReason) -> str:
    """Why a scan was set aside, in the interface language."""
    texts = {
        RejectReason.EMPTY: QCoreApplication.translate("ScanQueue", "The file is empty."),
        RejectReason.NOT_PDF: QCoreApplication.translate(
            "ScanQueue", "The file is not a PDF. Set the scanner to save PDF files."),
        RejectReason.DAMAGED: QCoreApplication.translate(
            "ScanQueue", "The PDF is damaged and cannot be read. Scan the document again."),
        RejectReason.NO_PAGES: QCoreApplication.translate("ScanQueue", "The PDF has no pages."),
        RejectReason.ENCRYPTED: QCoreApplication.translate(
            "ScanQueue", "The PDF is protected by a password."),
    }
    return texts[reason]


def _stop(watchers: list[ScanWatcher], *_args: object) -> None:
    for watcher in watchers:
        watcher.stop()


class ScanQueue(QWidget):
    """Lists the waiting scans; choosing one hands it to the intake form."""

    chosen = Signal(object)
    """A ``WaitingScan`` the clerk picked."""

    def __init__(self, folder: Path, api: ReceivingApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = ScanFolder(folder, reason_text=reason_text)
        self.watcher = ScanWatcher(self.folder, api, parent=self)
        self.destroyed.connect(partial(_stop, [self.watcher]))
        self.title, self.location, self.empty = QLabel(), QLabel(), QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.location.setWordWrap(True)
        self.location.setStyleSheet("color: #5f6368;")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6368; font-style: italic;")
        self.list = QListWidget()
        self.list.setObjectName("scans")
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.location, self.message, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        self.watcher.changed.connect(self._refill)
        self.watcher.rejected.connect(self._on_rejected)
        self.watcher.duplicate.connect(self._on_duplicate)
        self.watcher.resumed.connect(self._on_resumed)
        self.watcher.failed.connect(lambda exc: self.message.show_message(error_text(exc),
                                                                          "error"))
        self.retranslate()
        self.watcher.start()

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.title.setText(self.tr("Scanned documents"))
        self.location.setText(self.tr("From the scan folder {folder}").format(
            folder=self.folder.root))
        self.empty.setText(self.tr("No scanned document is waiting. PDFs the scanner saves "
                                   "in the folder appear here."))
        self._refill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "list"):
            self.retranslate()
        super().changeEvent(event)

    def _refill(self) -> None:
        current = self.list.currentItem()
        selected = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.clear()
        for scan in self.watcher.waiting_scans():
            item = QListWidgetItem(self.tr("{name} — %n page(s)", "", scan.page_count)
                                   .format(name=scan.path.name))
            item.setData(Qt.ItemDataRole.UserRole, str(scan.path))
            item.setToolTip(str(scan.path))
            self.list.addItem(item)
            if str(scan.path) == selected:
                self.list.setCurrentItem(item)
        self.empty.setVisible(self.list.count() == 0)

    def _on_item(self, item: QListWidgetItem) -> None:
        scan = self.watcher.waiting.get(Path(str(item.data(Qt.ItemDataRole.UserRole))))
        if scan is not None:
            self.chosen.emit(scan)

    def scan_names(self) -> list[str]:
        """The names listed (tests)."""
        return [scan.path.name for scan in self.watcher.waiting_scans()]

    def _on_rejected(self, rejected: RejectedScan) -> None:
        self.message.show_message(self.tr(
            "{name} was not taken in: {reason} It was moved to {folder}.").format(
            name=rejected.filename, reason=reason_text(rejected.reason),
            folder=rejected.moved_to.parent), "error")

    def _on_duplicate(self, duplicate: AlreadyReceived) -> None:
        self.message.show_message(self.tr(
            "{name} was already received as document #{id}; it was moved to {folder}.").format(
            name=duplicate.filename, id=duplicate.document_id,
            folder=duplicate.moved_to.parent), "info")

    def _on_resumed(self, resumed: Resumed) -> None:
        if resumed.intake is not None:
            self.message.show_message(self.tr(
                "{name}, interrupted last time, is received as document #{id}.").format(
                name=resumed.filename, id=resumed.intake.document.id), "info")
        elif resumed.error is not None:
            self.message.show_message(self.tr(
                "{name} could not be sent yet: {error} It stays in the folder.").format(
                name=resumed.filename, error=error_text(resumed.error)), "error")
