"""Files of the document view: open, edit or save an attachment, add one, save the shown
version."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from desktop.api.documents import Attachment
from desktop.api.requests import FileUpload
from desktop.editing.controller import EditController, current_attachment
from desktop.editing.workspace import WorkingCopy, is_editable
from desktop.tasks import run_in_background

if TYPE_CHECKING:
    from desktop.screens.document.view import DocumentView


class FileActions(QObject):
    """The buttons under the attachment list and what they do."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self.open_button = QPushButton()
        self.edit_button = QPushButton()
        self.save_button = QPushButton()
        self.add_button = QPushButton()
        self.save_version_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.add_button.clicked.connect(self.add_attachment)
        self.save_version_button.clicked.connect(self.save_version)
        self.last_opened: Path | None = None
        self.editing: EditController | None = None
        """The files opened for editing (made at the first edit, see ``use_editing``)."""

    def button_row(self) -> QHBoxLayout:
        """The buttons, in a row (made once the attachment list exists)."""
        self.view.attachments.currentItemChanged.connect(lambda *_args: self.update_buttons())
        row = QHBoxLayout()
        for button in (self.open_button, self.edit_button, self.save_button, self.add_button,
                       self.save_version_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.open_button.setText(self.tr("Open"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr(
            "Open in the office application; every save is sent as a new version"))
        self.save_button.setText(self.tr("Save as…"))
        self.add_button.setText(self.tr("Add attachment…"))
        self.save_version_button.setText(self.tr("Save the shown version…"))

    def update_buttons(self) -> None:
        """Enable what makes sense for the selection."""
        has = self.view.attachments.topLevelItemCount() > 0
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)
        selected = self._selected_attachment()
        self.edit_button.setEnabled(selected is not None and is_editable(selected.filename))
        self.save_version_button.setEnabled(self.view.shown_loaded is not None
                                            or bool(self.view.detail and self.view.detail.versions))

    def _selected_attachment(self) -> Attachment | None:
        detail = self.view.detail
        item = self.view.attachments.currentItem() or self.view.attachments.topLevelItem(0)
        if detail is None or item is None:
            return None
        attachment_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in detail.attachments if a.id == attachment_id), None)

    def _selected(self) -> tuple[int, str] | None:
        found = self._selected_attachment()
        return (found.id, found.filename) if found else None

    def _download(self, attachment_id: int) -> bytes:
        detail = self.view.detail
        assert detail is not None
        return self.view.context.api.attachment_file(detail.document.id, attachment_id)

    def open_selected(self) -> None:
        """Download the selected attachment to a temporary file and open it."""
        selected = self._selected()
        if selected is None:
            return
        attachment_id, filename = selected
        folder = Path(tempfile.mkdtemp(prefix="phigiay-"))

        def fetch() -> Path:
            target = folder / Path(filename).name
            target.write_bytes(self._download(attachment_id))
            return target

        def opened(path: Path) -> None:
            self.last_opened = path
            self.view.context.open_path(path)

        run_in_background(fetch, on_done=opened, on_error=self.view.show_error)

    def edit_selected(self) -> None:
        """Open the selected attachment for editing; each save goes to the server."""
        attachment, detail = self._selected_attachment(), self.view.detail
        if attachment is None or detail is None or not is_editable(attachment.filename):
            return
        if self.editing is None:
            self.use_editing(EditController(self.view.context.api,
                                            opener=self.view.context.open_path,
                                            dialog_parent=self.view, parent=self))
        assert self.editing is not None
        # an older row of the same file is edited from the newest one: that is what a save
        # replaces, and basing it on an older one would be a conflict with oneself
        newest = current_attachment(detail.attachments, attachment.filename) or attachment
        self.editing.edit(detail.document.id, newest)

    def use_editing(self, controller: EditController) -> None:
        """Edit through this controller (tests give one whose opener stands in for the editor)."""
        self.editing = controller
        controller.opened.connect(self._on_editing)
        controller.uploaded.connect(self._on_edit_uploaded)
        controller.conflict_settled.connect(lambda *_args: self.view.reload())
        controller.failed.connect(self.view.show_error)

    def _on_editing(self, copy: WorkingCopy, kept_edits: bool) -> None:
        text = self.tr("{name} is open for editing: each time you save it, it is sent as a new "
                       "version.").format(name=copy.filename)
        if kept_edits:
            text = self.tr("{name} still had changes that were not sent; they were kept and "
                           "are being sent now.").format(name=copy.filename)
        self.view.message.show_message(text, "info")

    def _on_edit_uploaded(self, attachment: Attachment) -> None:
        self.view.message.show_message(self.tr("{name}: your changes were saved on the server "
                                               "as a new version.").format(
            name=attachment.filename), "success")
        self.view.reload()

    def save_selected(self) -> None:
        """Save the selected attachment where the user says."""
        selected = self._selected()
        if selected is None:
            return
        attachment_id, filename = selected
        target = self.view.context.pick_save_file(self.tr("Save attachment"), filename, "")
        if target is None:
            return
        run_in_background(lambda: target.write_bytes(self._download(attachment_id)),
                          on_done=lambda _n: self._saved(target), on_error=self.view.show_error)

    def save_version(self) -> None:
        """Save the PDF of the shown version."""
        detail, version_no = self.view.detail, self.view.shown_loaded
        if detail is None or version_no is None:
            return
        version = next(v for v in detail.versions if v.version_no == version_no)
        target = self.view.context.pick_save_file(self.tr("Save PDF"), version.filename,
                                                  "PDF (*.pdf)")
        if target is None:
            return
        api, document_id = self.view.context.api, detail.document.id
        run_in_background(
            lambda: target.write_bytes(api.version_file(document_id, version_no)),
            on_done=lambda _n: self._saved(target), on_error=self.view.show_error)

    def _saved(self, target: Path) -> None:
        self.view.message.show_message(self.tr("Saved to {path}.").format(path=target),
                                       "success")

    def add_attachment(self) -> None:
        """Upload a file as an attachment of the document."""
        detail = self.view.detail
        path = self.view.context.pick_file(self.tr("Add attachment"), "")
        if detail is None or path is None:
            return
        api, document_id = self.view.context.api, detail.document.id
        run_in_background(lambda: api.add_attachment(document_id, FileUpload.from_path(path)),
                          on_done=lambda _a: self.view.reload(), on_error=self.view.show_error)
