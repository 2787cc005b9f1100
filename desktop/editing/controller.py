"""Edit in the desktop application: fetch an attachment into its working copy, open it in the
system's editor, keep one ``EditSession`` per file, and settle conflicts with the person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from desktop.api.client import ApiClient
from desktop.api.documents import Attachment
from desktop.editing.conflict import ConflictDialog, Resolution
from desktop.editing.session import EditSession
from desktop.editing.workspace import EditBase, WorkingCopy, Workspace, write_atomically
from desktop.tasks import run_in_background

Opener = Callable[[Path], None]


def default_workspace_root() -> Path:
    """Where working copies live: the user's application data folder."""
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location or Path.home() / ".phigiay") / "editing"


def current_attachment(attachments: tuple[Attachment, ...], filename: str) -> Attachment | None:
    """The newest attachment of a name (the server's current version of that file)."""
    return max((a for a in attachments if a.filename == filename), key=lambda a: a.id,
               default=None)


class EditController(QObject):
    """The files a person is editing, for one signed-in session."""

    opened = Signal(object, bool)
    """A ``WorkingCopy`` was opened; ``True`` when it still held edits from before (kept)."""
    uploaded = Signal(object)
    """A save became a new attachment version (the ``Attachment``)."""
    conflict_settled = Signal(object, object)
    """A conflict was settled (the ``Resolution``, the side file made or ``None``)."""
    failed = Signal(object)
    """Something could not be done (the exception)."""

    def __init__(self, api: ApiClient, *, opener: Opener, root: Path | None = None,
                 debounce_ms: int = 1500, dialog_parent: QWidget | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api, self.opener, self.debounce_ms = api, opener, debounce_ms
        self.workspace = Workspace(root or default_workspace_root())
        self.dialog_parent = dialog_parent
        self.sessions: dict[Path, EditSession] = {}
        self.dialog: ConflictDialog | None = None
        """The conflict question on screen, if any (tests answer it)."""

    def edit(self, document_id: int, attachment: Attachment) -> None:
        """Fetch the attachment (unless the working copy holds unsent edits) and open it."""
        api, workspace = self.api, self.workspace
        base = EditBase(attachment.id, attachment.file_sha256)

        def fetch() -> tuple[WorkingCopy, bool]:
            data = api.attachment_file(document_id, attachment.id)
            return workspace.checkout(api.server_url, document_id, attachment.filename, base,
                                      data)

        run_in_background(fetch, on_done=lambda result: self._on_checked_out(*result),
                          on_error=self.failed.emit)

    def _on_checked_out(self, copy: WorkingCopy, kept_edits: bool) -> None:
        session = self.sessions.get(copy.path)
        if session is None:
            session = EditSession(self.api, self.workspace, copy, debounce_ms=self.debounce_ms,
                                  parent=self)
            session.uploaded.connect(self.uploaded.emit)
            session.failed.connect(self.failed.emit)
            session.conflict.connect(lambda s=session: self._ask(s))
            session.start()
            self.sessions[copy.path] = session
        self.opener(copy.path)
        self.opened.emit(copy, kept_edits)
        if kept_edits:
            session.send_if_changed()  # edits a previous run could not send: send them now

    def stop(self) -> None:
        """Stop watching every file (sign-out, shutdown)."""
        for session in self.sessions.values():
            session.stop()
        self.sessions.clear()

    # -- conflicts ------------------------------------------------------------------------------

    def _ask(self, session: EditSession) -> None:
        dialog = ConflictDialog(session.copy.filename, self.dialog_parent)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._settle(session, dialog.resolution))
        dialog.open()

    def _settle(self, session: EditSession, resolution: Resolution | None) -> None:
        self.dialog = None
        if resolution is None:
            session.paused = False  # not decided: asked again at the next save
            return
        api, workspace, copy = self.api, self.workspace, session.copy

        def settle() -> tuple[EditBase, Path | None]:
            detail = api.document(copy.document_id)
            theirs = current_attachment(detail.attachments, copy.filename)
            if theirs is None:
                raise FileNotFoundError(copy.filename)
            base = EditBase(theirs.id, theirs.file_sha256)
            if resolution is Resolution.KEEP_MINE:
                return base, None
            data = api.attachment_file(copy.document_id, theirs.id)
            if resolution is Resolution.DISCARD_MINE:
                set_aside = workspace.side_copy(copy, "my edit")
                workspace.record(WorkingCopy(copy.document_id, copy.path, base))
                write_atomically(copy.path, data)
                return base, set_aside
            return base, workspace.side_copy(copy, "server version", data)

        def settled(result: tuple[EditBase, Path | None]) -> None:
            base, side = result
            session.rebase(base)
            if resolution is Resolution.KEEP_MINE:
                session.send_if_changed()
            elif resolution is Resolution.DISCARD_MINE:
                self.opener(copy.path)  # the editor shows their version from now on
            elif side is not None:
                self.opener(side)
            self.conflict_settled.emit(resolution, side)

        run_in_background(settle, on_done=settled, on_error=self.failed.emit)
