"""The scan folder in the running client: watchdog events → the GUI thread → waiting scans.

watchdog calls back on its own thread; ``_Bridge`` re-emits each path as a Qt signal, which Qt
queues to the GUI thread. There a timer polls the touched files until they settle; reading,
hashing and checking a settled file runs in the background; its outcome comes back as signals.
"""

from __future__ import annotations

import logging
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.scan.folder import AlreadyReceived, Outcome, RejectedScan, ScanFolder, WaitingScan
from desktop.scan.intake import ReceivingApi, Resumed, resume
from desktop.tasks import run_in_background

log = logging.getLogger(__name__)


class _Bridge(QObject):
    touched = Signal(str)


CHANGES = frozenset({"created", "modified", "moved", "deleted", "closed"})
"""Events that may change what a file is; opening and reading (ours too) are not among them."""


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


class _Handler(FileSystemEventHandler):
    def __init__(self, bridge: _Bridge) -> None:
        self._bridge = bridge

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in CHANGES:
            return
        for path in (event.src_path, getattr(event, "dest_path", "")):
            if path:
                self._bridge.touched.emit(str(path))


class ScanWatcher(QObject):
    """Keeps ``waiting`` up to date with the folder; says what it moved aside and why."""

    changed = Signal()
    """The list of waiting scans changed."""
    rejected = Signal(object)
    """A ``RejectedScan``: moved to rejected/."""
    duplicate = Signal(object)
    """An ``AlreadyReceived``: dropped again, moved to processed/."""
    resumed = Signal(object)
    """A ``Resumed``: an upload a previous run left half done, finished now."""
    failed = Signal(object)
    """An exception (the folder cannot be read or written)."""

    def __init__(self, folder: ScanFolder, api: ReceivingApi, *, poll_ms: int = 300,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder, self.api = folder, api
        self.waiting: dict[Path, WaitingScan] = {}
        self._stamps: dict[Path, tuple[int, int] | None] = {}
        """Size and modification time of each waiting scan when it was judged."""
        self._pending: set[Path] = set()
        self._busy: set[Path] = set()
        self._bridge = _Bridge(self)
        self._bridge.touched.connect(self._on_touched)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)
        self._observer: BaseObserver | None = None
        self.resuming = False

    # -- life -------------------------------------------------------------------------------

    def start(self) -> None:
        """Prepare the folder, finish interrupted uploads, then watch (errors → ``failed``)."""
        try:
            self.folder.prepare()
            observer = Observer()
            observer.schedule(_Handler(self._bridge), str(self.folder.root), recursive=False)
            observer.start()
        except OSError as exc:
            self.failed.emit(exc)
            return
        self._observer = observer
        self.resuming = True
        folder, api = self.folder, self.api
        run_in_background(lambda: resume(folder, api), on_done=self._on_resumed,
                          on_error=self._on_resume_failed)

    def stop(self) -> None:
        """Stop watching (safe to call twice)."""
        self._timer.stop()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None

    def _on_resumed(self, results: list[Resumed]) -> None:
        self.resuming = False
        for result in results:
            self.resumed.emit(result)
        self.rescan()

    def _on_resume_failed(self, exc: Exception) -> None:
        self.resuming = False
        self.failed.emit(exc)
        self.rescan()

    def rescan(self) -> None:
        """Look at every file in the folder again (start, and after a failure)."""
        for path in self.folder.candidates():
            self._on_touched(str(path))
        for path in list(self.waiting):
            if not path.exists():
                self.waiting.pop(path)
                self.changed.emit()

    # -- events -----------------------------------------------------------------------------

    def _on_touched(self, raw: str) -> None:
        path = Path(raw)
        if path.parent != self.folder.root:
            return
        if not path.exists() and self.waiting.pop(path, None) is not None:
            self.folder.forget(path)
            self.changed.emit()  # taken away (or renamed) by someone else
            return
        if path in self.waiting and _stamp(path) == self._stamps.get(path):
            return  # touched but not changed (metadata, or a reader)
        if self.folder.is_candidate(path) and path not in self._busy:
            if self.waiting.pop(path, None) is not None:
                self.changed.emit()  # rewritten: judge it again once it settles
            self._pending.add(path)
            if not self._timer.isActive():
                self._timer.start()

    def _poll(self) -> None:
        for path in list(self._pending):
            if not path.exists():
                self._pending.discard(path)
                self.folder.forget(path)
            elif self.folder.settled(path):
                self._pending.discard(path)
                self._examine(path)
        if not self._pending:
            self._timer.stop()

    def _examine(self, path: Path) -> None:
        self._busy.add(path)
        folder = self.folder
        run_in_background(lambda: folder.examine(path),
                          on_done=lambda outcome: self._on_outcome(path, outcome),
                          on_error=lambda exc: self._on_examine_failed(path, exc))

    def _on_outcome(self, path: Path, outcome: Outcome) -> None:
        self._busy.discard(path)
        if isinstance(outcome, WaitingScan):
            self.waiting[path] = outcome
            self._stamps[path] = _stamp(path)
            self.changed.emit()
        elif isinstance(outcome, RejectedScan):
            self.rejected.emit(outcome)
        elif isinstance(outcome, AlreadyReceived):
            self.duplicate.emit(outcome)

    def _on_examine_failed(self, path: Path, exc: Exception) -> None:
        self._busy.discard(path)
        if isinstance(exc, FileNotFoundError):
            return  # gone before it could be read
        log.warning("scan %s could not be examined: %s", path, exc)
        self.failed.emit(exc)

    def received(self, path: Path) -> None:
        """A waiting scan was received (and moved): drop it from the list."""
        if self.waiting.pop(path, None) is not None:
            self.changed.emit()

    def waiting_scans(self) -> list[WaitingScan]:
        """The scans waiting, in the order they arrived."""
        return list(self.waiting.values())
