"""An expired session is renewed in place: a small sign-in dialog over the main window, so the
screens — a half-filled form, the open document — stay as they are.

Any request answered 401 (a revoked or expired token) calls ``ApiClient.on_session_expired`` on
the worker thread; the guard turns that into a queued signal and asks for the password once,
however many requests failed. The new token goes into the same ``ApiClient`` every screen holds;
the person then repeats what failed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.models import Me
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.tasks import run_in_background


class SessionChanged(Exception):
    """The password given belongs to someone else (the session would change hands)."""


def renew(api: ApiClient, username: str, password: str, user_id: int) -> str:
    """Sign in again as the same person; the new token (off the GUI thread)."""
    fresh = ApiClient(api.server_url, language=api.language, timeouts=api.timeouts)
    try:
        fresh.login(username, password)
        if fresh.me().user.id != user_id:
            raise SessionChanged(username)
        assert fresh.token is not None
        return fresh.token
    finally:
        fresh.close()


class ReloginDialog(QDialog):
    """"Your session has expired": the password again, or sign out."""

    def __init__(self, api: ApiClient, me: Me, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api, self.me = api, me
        self.renewed = False
        self.setWindowTitle(self.tr("Session expired"))
        self.explanation = QLabel(self.tr(
            "Your session has expired or was ended on the server. Enter your password to go on "
            "where you left off; nothing on screen is lost."))
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(460)
        # a top-level layout ignores height-for-width: reserve the wrapped text's height
        self.explanation.setMinimumHeight(self.explanation.heightForWidth(460))
        self.username = QLabel(me.user.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        self.message = MessageLabel()
        self.sign_in_button = QPushButton(self.tr("Sign in again"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # word-wrapped labels need a known width to report their height; grow with messages
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)

    def submit(self) -> None:
        """Sign in again with the typed password."""
        password = self.password.text()
        if not password:
            self.message.show_message(self.tr("Enter your password."), "error")
            return
        api, me = self.api, self.me
        self.sign_in_button.setEnabled(False)
        run_in_background(lambda: renew(api, me.user.username, password, me.user.id),
                          on_done=self._on_renewed, on_error=self._on_failed)

    def _on_renewed(self, token: str) -> None:
        self.api.token = token
        self.renewed = True
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        if isinstance(exc, SessionChanged):
            self.message.show_message(self.tr("This is not the account that was signed in."),
                                      "error")
        else:
            self.message.show_message(error_text(exc), "error")


class SessionGuard(QObject):
    """Watches one session's API client for 401s and asks to sign in again."""

    restored = Signal()
    """Signed in again: the same screens go on with a new token."""
    abandoned = Signal()
    """The person chose to sign out instead."""
    _expired = Signal()

    def __init__(self, api: ApiClient, me: Me, window: QWidget) -> None:
        super().__init__(window)
        self.api, self.me, self.window = api, me, window
        self.dialog: ReloginDialog | None = None
        self._expired.connect(self.ask)
        api.on_session_expired = self._expired.emit  # emitted from workers: queued to us

    def ask(self) -> None:
        """Show the dialog (once, however many requests were refused)."""
        if self.dialog is not None:
            return
        self.dialog = ReloginDialog(self.api, self.me, self.window)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.open()

    def _on_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and dialog.renewed:
            self.restored.emit()
        else:
            self.detach()  # signing out revokes the dead token: that 401 must not ask again
            self.abandoned.emit()

    def detach(self) -> None:
        """Stop watching (the session ended)."""
        if self.api.on_session_expired == self._expired.emit:
            self.api.on_session_expired = None
