"""The composition root of the client: the application object, settings, session and windows.

Settings are read here once and passed down. ``PhigiayApp`` walks the session's life: resume a
remembered session or ask to sign in, open the main window with its live connection, sign out
(back to the login dialog), and shut down.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

import desktop.startup  # noqa: F401 - first of ours: keeps httpx's command-line tool out
from desktop.api import errors
from desktop.api.client import ApiClient
from desktop.api.sse import StreamState
from desktop.context import ScreenContext
from desktop.demo import DemoInfo
from desktop.fonts import apply_interface_font
from desktop.i18n import install_language
from desktop.live import LiveConnection
from desktop.messages import error_text
from desktop.reauth import SessionGuard
from desktop.screens.login.view import LoginDialog, SignedIn, sign_in
from desktop.screens.shell.view import MainWindow
from desktop.settings import LANGUAGE, LAST_USERNAME, SERVER_URL, Settings, TokenStore
from desktop.tasks import run_in_background

log = logging.getLogger(__name__)


def _open_path(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def create_qapplication(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with our names and fonts (reused if one exists, as in tests)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv or ["phigiay"]))
    app.setOrganizationName("phigiay")
    app.setApplicationName("phigiay")
    app.setApplicationDisplayName("phigiay")
    apply_interface_font(app)
    return app


class PhigiayApp(QObject):
    """The running client."""

    def __init__(self, settings: Settings, tokens: TokenStore, *, demo: DemoInfo | None = None,
                 demo_user: str | None = None, live_events: bool = True) -> None:
        super().__init__()
        self.settings, self.tokens, self.demo = settings, tokens, demo
        self.demo_user = demo_user
        self.live_events = live_events
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.live: LiveConnection | None = None
        self.session: SignedIn | None = None
        self.guard: SessionGuard | None = None
        install_language(settings.get(LANGUAGE))

    # -- start -------------------------------------------------------------------------------

    def start(self) -> None:
        """Resume the remembered session if it is still valid, else ask to sign in."""
        server, username = self.settings.get(SERVER_URL), self.settings.get(LAST_USERNAME)
        token = None if self.demo else self.tokens.load(server, username)
        if not token:
            self.show_login()
            return
        api = ApiClient(server, language=self.settings.get(LANGUAGE), token=token)
        run_in_background(api.me, on_done=lambda me: self.open_main(SignedIn(api, me)),
                          on_error=lambda exc: self._resume_failed(exc, server, username))

    def _resume_failed(self, exc: Exception, server: str, username: str) -> None:
        if isinstance(exc, errors.NotAuthenticated):
            self.tokens.forget(server, username)
            self.show_login()
        else:
            self.show_login(error_text(exc))

    def show_login(self, message: str = "") -> LoginDialog:
        """Show the login dialog (pre-filled from settings or the demo)."""
        server = self.demo.server_url if self.demo else self.settings.get(SERVER_URL)
        username = self.demo_user or self.settings.get(LAST_USERNAME)
        note = "" if self.tokens.persistent else (self.tokens.problem or "no keyring")
        self.login = LoginDialog(server_url=server, username=username,
                                 language=self.settings.get(LANGUAGE), demo=self.demo,
                                 keyring_note=note)
        if self.demo and username:
            self.login.select_demo_account(username)
        self.login.signed_in.connect(self._on_signed_in)
        self.login.language_changed.connect(self.set_language)
        self.login.rejected.connect(self._on_login_cancelled)
        if message:
            self.login.show_error(message)
        self.login.show()
        return self.login

    def _on_login_cancelled(self) -> None:
        if self.window is None:
            QCoreApplication.quit()

    def _on_signed_in(self, result: SignedIn) -> None:
        me, api = result.me, result.api
        self.settings.set(SERVER_URL, api.server_url)
        self.settings.set(LAST_USERNAME, me.user.username)
        if api.token and not self.demo:
            self.tokens.save(api.server_url, me.user.username, api.token)
        self.open_main(result)

    # -- session -----------------------------------------------------------------------------

    def open_main(self, session: SignedIn) -> MainWindow:
        """Open the main window for a signed-in person, with its live connection."""
        self.session = session
        self.login = None
        context = ScreenContext(session.api, session.me, self.settings, pick_file=self._pick_file,
                                pick_save_file=self._pick_save_file, open_path=_open_path)
        self.window = MainWindow(context)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.language_requested.connect(self.set_language)
        if self.demo is not None:
            self.window.add_demo_menu(self.demo.accounts)
            self.window.demo_person_requested.connect(self.switch_demo_person)
        if self.live_events:
            self.live = LiveConnection(session.api)
            self.live.event_received.connect(self.window.on_live_event)
            self.live.state_changed.connect(self.window.set_connection_state)
            self.live.state_changed.connect(self._on_live_state)
            self.live.start()
        self.guard = SessionGuard(session.api, session.me, self.window)
        self.guard.restored.connect(self._on_session_restored)
        self.guard.abandoned.connect(self.sign_out)
        self.window.show()
        return self.window

    def _pick_file(self, title: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), filters)
        return Path(chosen) if chosen else None

    def _pick_save_file(self, title: str, suggested: str, filters: str) -> Path | None:
        start = str(Path.home() / suggested)
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, start, filters)
        return Path(chosen) if chosen else None

    def _on_live_state(self, state: str) -> None:
        if state == StreamState.UNAUTHORIZED.value and self.guard is not None:
            self.guard.ask()  # the window and its screens stay as they are

    def _on_session_restored(self) -> None:
        session = self.session
        if session is None:
            return
        if session.api.token and not self.demo:
            self.tokens.save(session.api.server_url, session.me.user.username, session.api.token)
        if self.live is not None:  # the stream gave up on the old token: reopen it
            self.live.stop()
            self.live.start()

    def sign_out(self) -> None:
        """Revoke the token, close the window, back to the login dialog."""
        session = self.session
        if session is not None:
            run_in_background(session.api.logout, on_error=lambda exc: None)
        self._end_session("")

    def _close_main(self) -> None:
        """Close the main window, its live connection and session guard (not the session)."""
        if self.guard is not None:
            self.guard.detach()
            self.guard = None
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _end_session(self, message: str) -> None:
        session, self.session = self.session, None
        self._close_main()
        if session is not None:
            self.tokens.forget(session.api.server_url, session.me.user.username)
        self.show_login(message)

    def switch_demo_person(self, username: str) -> None:
        """``phigiay demo``: continue as another demo person on the same local server."""
        demo = self.demo
        if demo is None:
            return
        language = self.settings.get(LANGUAGE)
        run_in_background(lambda: sign_in(demo.server_url, username, demo.password, language),
                          on_done=self._continue_as, on_error=self._switch_failed)

    def _continue_as(self, session: SignedIn) -> None:
        previous = self.session
        if previous is not None:
            run_in_background(previous.api.logout, on_error=lambda exc: None)
        self._close_main()
        self.demo_user = session.me.user.username
        self.open_main(session)

    def _switch_failed(self, exc: Exception) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(error_text(exc), 10_000)

    def set_language(self, language: str) -> None:
        """Switch the interface language (and the server's messages).

        The login dialog retranslates itself; the main window is rebuilt on the same session,
        which is simpler and surer than retranslating every screen in place.
        """
        self.settings.set(LANGUAGE, language)
        install_language(language)
        if self.session is None:
            return
        self.session.api.language = language
        if self.window is not None:
            session = self.session
            self._close_main()
            self.open_main(session)

    def shutdown(self) -> None:
        """Stop the live connection and save settings."""
        if self.live is not None:
            self.live.stop()
        if self.window is not None:
            self.window.save_geometry()
        self.settings.sync()

