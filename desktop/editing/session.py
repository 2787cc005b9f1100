"""One attachment being edited in the system's application: watch its working copy, send each
save to the server as a new version of that attachment, based on the version it was edited from.

Editors rarely write a file in place: LibreOffice and Word write a temporary file and rename it
over the original, sometimes deleting the original first. So the whole folder is watched, any
event naming the file (as source or destination) restarts a quiet-period timer, and only when
the file has been left alone for ``debounce_ms`` is it read, hashed and — if it changed — sent.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from functools import partial
from pathlib import Path
from typing import Protocol

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.api.documents import Attachment
from desktop.api.errors import StaleVersion
from desktop.api.requests import FileUpload
from desktop.editing.workspace import EditBase, WorkingCopy, Workspace
from desktop.tasks import run_in_background

log = logging.getLogger(__name__)


MISSING_RETRIES = 5


class AttachmentApi(Protocol):
    """The server calls editing needs (``ApiClient``)."""

    def add_attachment(self, document_id: int, file: FileUpload, *,
                       based_on: str | None = None) -> Attachment:
        """Attach a file (a new version of the one ``based_on``)."""


class _Bridge(QObject):
    touched = Signal()


class _Handler(FileSystemEventHandler):
    def __init__(self, filename: str, bridge: _Bridge) -> None:
        self._filename, self._bridge = filename, bridge

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return  # reading the file (our own hashing too) is not saving it
        names = (Path(str(event.src_path)).name, Path(str(getattr(event, "dest_path", ""))).name)
        if self._filename in names:
            self._bridge.touched.emit()


def _stop_observers(observers: list[BaseObserver], *_args: object) -> None:
    for observer in observers:
        observer.stop()
        observer.join(timeout=5)
    observers.clear()


class EditSession(QObject):
    """Watches one working copy and uploads its saves; stops sending on a conflict."""

    uploaded = Signal(object)
    """The new ``Attachment`` the server made from a save."""
    conflict = Signal()
    """The server refused a save: someone replaced the file meanwhile (``paused`` is True)."""
    failed = Signal(object)
    """A save could not be sent (the exception); it is sent again at the next save."""

    def __init__(self, api: AttachmentApi, workspace: Workspace, copy: WorkingCopy, *,
                 debounce_ms: int = 1500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api, self.workspace, self.copy = api, workspace, copy
        self.paused = False
        """True after a conflict, until the person decides (nothing is sent meanwhile)."""
        self.sending = False
        self._again = False
        self._missing = 0
        """Consecutive looks that found no file (an editor between delete and rename)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.send_if_changed)
        self._bridge = _Bridge(self)
        self._bridge.touched.connect(self._timer.start)
        self._observers: list[BaseObserver] = []
        self.destroyed.connect(partial(_stop_observers, self._observers))

    def start(self) -> None:
        """Watch the working copy's folder."""
        observer = Observer()
        observer.schedule(_Handler(self.copy.filename, self._bridge), str(self.copy.path.parent),
                          recursive=False)
        observer.start()
        self._observers.append(observer)

    def stop(self) -> None:
        """Stop watching (safe to call twice)."""
        self._timer.stop()
        _stop_observers(self._observers)

    def rebase(self, base: EditBase) -> None:
        """From now on, saves are based on this server version (after a conflict is settled)."""
        self.copy = WorkingCopy(self.copy.document_id, self.copy.path, base)
        self.workspace.record(self.copy)
        self.paused = False

    def send_if_changed(self) -> None:
        """Send the working copy if it differs from its base (one upload at a time)."""
        if self.paused:
            return
        if self.sending:
            self._again = True
            return
        copy, api = self.copy, self.api
        self.sending = True
        run_in_background(lambda: _send(api, copy), on_done=self._on_sent,
                          on_error=self._on_failed)

    def _on_sent(self, result: Attachment | None) -> None:
        self.sending, self._missing = False, 0
        if result is not None:
            self.copy = WorkingCopy(self.copy.document_id, self.copy.path,
                                    EditBase(result.id, result.file_sha256))
            self.workspace.record(self.copy)
            self.uploaded.emit(result)
        if self._again:
            self._again = False
            self.send_if_changed()

    def _on_failed(self, exc: Exception) -> None:
        self.sending, self._again = False, False
        if isinstance(exc, StaleVersion):
            self.paused = True
            self.conflict.emit()
        elif isinstance(exc, FileNotFoundError) and self._missing < MISSING_RETRIES:
            self._missing += 1
            self._timer.start()  # caught between the editor's delete and rename: look again
        else:
            log.warning("could not send %s: %s", self.copy.path, exc)
            self.failed.emit(exc)


def _send(api: AttachmentApi, copy: WorkingCopy) -> Attachment | None:
    """Upload the working copy as a new version, unless unchanged (off the GUI thread).

    An empty file is an editor caught halfway through writing; its next event sends it.
    """
    data = copy.path.read_bytes()
    if not data or hashlib.sha256(data).hexdigest() == copy.base.sha256:
        return None
    media_type = mimetypes.guess_type(copy.filename)[0] or "application/octet-stream"
    return api.add_attachment(copy.document_id, FileUpload(copy.filename, data, media_type),
                              based_on=copy.base.sha256)
