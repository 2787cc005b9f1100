"""The workflow steps of the document view: ask (a dialog where input is needed), then send.

``ask(step)`` opens the step's dialog and returns it (tests fill it and accept it); steps that need
no input are sent at once. ``perform(step, value)`` calls the server off the GUI thread and shows
its answer — its own localized message when it refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from desktop.api.axis import AxisApi
from desktop.api.client import ApiClient
from desktop.api.documents import Registered
from desktop.api.requests import FileUpload
from desktop.doclabels import step_label
from desktop.namebook import Reference
from desktop.screens.document.dialogs import (
    AssignDialog,
    DirectionDialog,
    PersonDialog,
    TextDialog,
    VersionDialog,
)
from desktop.tasks import run_in_background
from desktop.workflow import Step

if TYPE_CHECKING:
    from desktop.screens.document.view import DocumentView

PDF_FILTER = "PDF (*.pdf)"




class StepController(QObject):
    """Runs the workflow steps of one document view."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self.dialog: QDialog | None = None
        """The dialog of the step being asked (tests reach it here)."""

    @property
    def _reference(self) -> Reference:
        return self.view.reference or Reference()

    def ask(self, step: Step) -> QDialog | None:
        """Ask for what ``step`` needs; steps without input are sent directly."""
        askers: dict[Step, Callable[[], QDialog | None]] = {
            Step.PRESENT: lambda: self._leader_dialog(
                self.tr("Present to a leader"),
                self.tr("Leader who will give the direction:")),
            Step.SUBMIT_SIGNATURE: lambda: self._leader_dialog(
                self.tr("Submit for signature"), self.tr("Leader who will sign:")),
            Step.DIRECT: lambda: DirectionDialog(self._reference.names, self.view),
            Step.ASSIGN: self._assign_dialog,
            Step.COMPLETE: lambda: self._text_dialog(
                self.tr("Complete"), self.tr("Note on the result (optional):"),
                required=False),
            Step.RETURN: lambda: self._text_dialog(
                self.tr("Return for changes"), self.tr("What must change:"),
                required=True),
            Step.REVOKE: lambda: self._text_dialog(
                self.tr("Revoke"), self.tr("Reason for revoking:"), required=True),
            Step.REJECT: lambda: self._text_dialog(
                self.tr("Return to sender"),
                self.tr("Why the document is returned (the sender receives this reason):"),
                required=True),
            Step.NEW_VERSION: self._new_version_dialog,
        }
        if step not in askers:
            self.perform(step, None)
            return None
        dialog = askers[step]()
        if dialog is None:
            return None
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self.perform(step, self._value(dialog)))
        self.dialog = dialog
        dialog.open()
        return dialog

    @staticmethod
    def _value(dialog: QDialog) -> Any:
        if isinstance(dialog, VersionDialog):
            return dialog.version()
        value = getattr(dialog, "value", None)
        return value() if callable(value) else None

    def _text_dialog(self, title: str, prompt: str, *, required: bool) -> QDialog:
        return TextDialog(title, prompt, required=required, parent=self.view)

    def _leader_dialog(self, title: str, prompt: str) -> QDialog:
        leaders = self._reference.names.people_with_role("leader")
        return PersonDialog(title, prompt, leaders, self.view)

    def _assign_dialog(self) -> QDialog:
        me = self.view.context.me.user
        officers = [p for p in self._reference.names.people_with_role("officer",
                                                                       unit_id=me.unit_id)]
        detail = self.view.detail
        latest = next((a.deadline for a in detail.assignments
                       if a.role == "lead" and a.parent_id is None and a.unit_id == me.unit_id),
                      None) if detail else None
        return AssignDialog(officers, latest=latest, parent=self.view)

    def _new_version_dialog(self) -> QDialog | None:
        title = self.tr("New version (PDF)")
        path = self.view.context.pick_file(title, PDF_FILTER)
        if path is None:
            return None
        return VersionDialog(path, self.view)

    def perform(self, step: Step, value: Any) -> None:
        """Send a step to the server; refresh on success, show the server's message if not."""
        detail = self.view.detail
        if detail is None:
            return
        api, document_id = self.view.context.api, detail.document.id
        call = self._call(api, step, document_id, value)
        for button in self.view.step_buttons.values():
            button.setEnabled(False)
        run_in_background(call, on_done=lambda result: self._done(step, result),
                          on_error=self._failed)

    @staticmethod
    def _call(api: ApiClient, step: Step, document_id: int, value: Any) -> Callable[[], Any]:
        calls: dict[Step, Callable[[], Any]] = {
            Step.REGISTER: lambda: api.register(document_id),
            Step.PRESENT: lambda: api.present(document_id, value),
            Step.DIRECT: lambda: api.direct(document_id, value),
            Step.ASSIGN: lambda: api.assign(document_id, value[0], deadline=value[1],
                                            note=value[2]),
            Step.COMPLETE: lambda: api.complete(document_id, value or None),
            Step.NEW_VERSION: lambda: api.add_version(
                document_id, FileUpload.from_path(value[0]), value[1]),
            Step.SUBMIT_REVIEW: lambda: api.submit_review(document_id),
            Step.RETURN: lambda: api.return_document(document_id, value),
            Step.INITIAL: lambda: api.initial(document_id),
            Step.SUBMIT_SIGNATURE: lambda: api.submit_signature(document_id, value),
            Step.ISSUE: lambda: api.issue(document_id),
            Step.REVOKE: lambda: api.revoke(document_id, value),
            Step.REJECT: lambda: AxisApi(api).reject(document_id, value),
        }
        return calls[step]

    def _done(self, step: Step, result: Any) -> None:
        for button in self.view.step_buttons.values():
            button.setEnabled(True)
        text = self.tr("Done: {step}.").format(
            step=step_label(step).rstrip("…"))
        kind = "success"
        if isinstance(result, Registered):
            text = self.tr("Registered with arrival number {n}.").format(
                n=result.document.arrival_number)
            if result.duplicate_ids:
                kind = "error"
                ids = ", ".join(f"#{i}" for i in result.duplicate_ids)
                text += " " + self.tr(
                    "Possible duplicate of document(s) {ids}: same number, "
                    "notation and issuing organ.").format(ids=ids)
        self.view.message.show_message(text, kind)
        self.view.reload()
        if self.view.document_id is not None:
            self.view.changed.emit(self.view.document_id)

    def _failed(self, exc: Exception) -> None:
        for button in self.view.step_buttons.values():
            button.setEnabled(True)
        self.view.show_error(exc)

