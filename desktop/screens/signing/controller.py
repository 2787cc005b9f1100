"""Signing documents from any screen: open the sign dialog for some documents, then sign them
off the GUI thread with the opened key, reporting progress and a result per document. The
"To sign" list and the document view both use it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from desktop.context import ScreenContext
from desktop.screens.document.pdfpages import PdfRenderer
from desktop.screens.signing.dialog import PREVIEW_WIDTH, SignDialog
from desktop.signing import DocumentResult, LeaderSigner, OpenedKey, SigningProfile
from desktop.signing.preview import preview_pdf
from desktop.signing.profile import signature_block
from desktop.tasks import run_in_background


def appearance_preview(signer: LeaderSigner, document_id: int) -> QImage:
    """The page of ``document_id`` that carries the leader's signature, drawn with the
    appearance (off the GUI thread; QImage is safe there)."""
    detail = signer.api.document(document_id)
    latest = detail.latest_version
    if latest is None:
        raise ValueError(f"document {document_id} has no file")
    pdf = signer.api.version_file(document_id, latest.version_no)
    block = signature_block(detail.document, signer.me.user.full_name, signer.signature_image())
    data, page = preview_pdf(pdf, block)
    renderer = PdfRenderer(data)
    try:
        return renderer.render(page, 2 * PREVIEW_WIDTH / renderer.sizes[page][0])
    finally:
        renderer.close()


class SigningController(QObject):
    """Asks for the key once and signs a list of documents with it."""

    started = Signal(int)
    """The key is open; signing ``count`` documents begins."""
    progressed = Signal(int, int, object)
    """(done, total, :class:`DocumentResult`) after each document (queued to the GUI thread)."""
    finished = Signal(object)
    """The list of :class:`DocumentResult`, in the order asked."""
    failed = Signal(object)
    """The batch itself could not run (an exception; documents' own failures are results)."""

    def __init__(self, context: ScreenContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self.dialog: SignDialog | None = None
        """The open sign dialog (tests reach it here)."""
        self.busy = False

    def signer(self) -> LeaderSigner:
        """The signing flow with this computer's level and TSA."""
        return LeaderSigner(self.context.api, self.context.me,
                            SigningProfile.from_settings(self.context.settings))

    def ask(self, document_ids: list[int]) -> SignDialog | None:
        """Open the sign dialog for ``document_ids`` (the first one is previewed)."""
        if not document_ids or self.busy:
            return None
        signer, first = self.signer(), document_ids[0]
        dialog = SignDialog(self.context, count=len(document_ids), check=signer.check_key,
                            preview=lambda: appearance_preview(signer, first),
                            parent=self.parent_widget)
        dialog.opened.connect(lambda key: self.sign_with(signer, list(document_ids), key))
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    def sign_with(self, signer: LeaderSigner, document_ids: list[int],
                  opened: OpenedKey) -> None:
        """Sign with the opened key off the GUI thread, then close the key."""
        self.busy = True
        self.started.emit(len(document_ids))
        progressed = self.progressed

        def work() -> list[DocumentResult]:
            with opened:
                return signer.sign_batch(document_ids, opened.key,
                                         progress=lambda *step: progressed.emit(*step))

        run_in_background(work, on_done=self._done, on_error=self._failed)

    def _done(self, results: list[DocumentResult]) -> None:
        self.busy = False
        self.finished.emit(results)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.failed.emit(exc)
