"""The main window: navigation by role, status bar, live notifications, the session's life."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, NewUser
from desktop.app import PhigiayApp
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.screens.shell.view import MainWindow
from desktop.settings import LAST_USERNAME, Settings, TokenStore
from desktop.tasks import InlineRunner

from .conftest import MemoryKeyring, screenshot, whole_client


def _window(context: ScreenContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    return window


@pytest.mark.parametrize(("username", "keys"), [
    ("maint", ["dashboard", "inbox", "drafting", "outgoing", "archive", "meetings", "search",
               "directory", "account"]),
    ("lannt", ["dashboard", "inbox", "receive", "outgoing", "issue", "registers", "axis",
               "archive", "meetings", "search", "directory", "account"]),
    ("khanglm", ["dashboard", "inbox", "outgoing", "to_sign", "registers", "archive", "meetings",
                 "search", "directory", "administration", "account"]),
    ("baotq", ["axis", "directory", "administration", "account"]),
])
def test_navigation_follows_the_role(username: str, keys: list[str], qtbot: QtBot,
                                     context_for: Callable[..., ScreenContext],
                                     inline_tasks: InlineRunner) -> None:
    window = _window(context_for(username), qtbot)
    assert window.nav_keys() == keys
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels[-1] == "Tài khoản của tôi"
    assert labels[0] == ("Tổng quan" if "dashboard" in keys else "Trục liên thông")


def test_status_bar_and_screens(qtbot: QtBot, context_for: Callable[..., ScreenContext],
                                inline_tasks: InlineRunner) -> None:
    window = _window(context_for("lannt"), qtbot)
    assert window.person_label.text() == "Nguyễn Thị Lan — Văn thư"
    assert window.agency_label.text() == "Văn phòng Chính phủ"
    window.set_connection_state("connected")
    assert "Trực tuyến" in window.connection_label.text()
    assert window.stack.currentWidget() is window.screens["dashboard"]
    window.show_screen("inbox")
    screenshot(window, "69-main-clerk-my-work")
    window.show_screen("directory")
    screenshot(window, "30-main-clerk-directory")
    window.show_screen("account")
    assert window.nav.currentRow() == window.nav_keys().index("account")


@pytest.fixture
def desktop_app(settings: Settings, live_server: DemoServer, inline_tasks: InlineRunner,
                memory_keyring: MemoryKeyring, qtbot: QtBot) -> Iterator[PhigiayApp]:
    """The whole client, with its live connection, pointed at the test server."""
    with whole_client(settings, live_server.url) as app:
        yield app


def _sign_in(app: PhigiayApp, username: str, password: str) -> MainWindow:
    app.start()
    assert app.login is not None
    app.login.username_edit.setText(username)
    app.login.password_edit.setText(password)
    app.login.submit()
    assert app.window is not None
    return app.window


def test_live_user_created_event_shows_a_notification(
        desktop_app: PhigiayApp, live_server: DemoServer, qtbot: QtBot,
        api_for: Callable[..., ApiClient], unique: Callable[[str], str]) -> None:
    window = _sign_in(desktop_app, "baotq", live_server.password)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window._state == "connected", timeout=5000)
    assert "Trực tuyến" in window.connection_label.text()
    username = unique("moi")
    api_for("baotq").create_user(NewUser(username, "Trịnh Thị Ngọc Ánh", "Mat-khau-2026",
                                         ("officer",)))
    qtbot.waitUntil(lambda: window.notifications.list.count() == 1, timeout=5000)
    text = window.notifications.texts()[0]
    assert text.startswith(f"Tài khoản mới: Trịnh Thị Ngọc Ánh ({username})")
    assert window.toast.isVisible() and window.bell.text() == "1"
    screenshot(window, "31-main-admin-toast")
    window.toggle_notifications()
    assert window.bell.text() == ""
    screenshot(window, "32-main-admin-notifications")


def test_session_is_remembered_and_sign_out_forgets_it(
        desktop_app: PhigiayApp, live_server: DemoServer, settings: Settings,
        memory_keyring: MemoryKeyring, qtbot: QtBot) -> None:
    _sign_in(desktop_app, "maint", live_server.password)
    assert settings.get(LAST_USERNAME) == "maint"
    assert TokenStore().load(live_server.url, "maint")  # in the keyring
    desktop_app.shutdown()
    assert desktop_app.window is not None
    desktop_app.window.close()

    again = PhigiayApp(settings, TokenStore(), live_events=False)
    again.start()  # no login dialog: the remembered token still works
    assert again.login is None and again.window is not None
    assert again.window.context.me.user.username == "maint"
    again.sign_out()
    assert again.window is None and again.login is not None
    assert again.login.username_edit.text() == "maint"
    assert TokenStore().load(live_server.url, "maint") is None
    again.login.close()


def test_expired_session_asks_again_in_the_window(desktop_app: PhigiayApp,
                                                  live_server: DemoServer, qtbot: QtBot) -> None:
    window = _sign_in(desktop_app, "duchv", live_server.password)
    qtbot.waitUntil(lambda: window._state == "connected", timeout=5000)
    assert desktop_app.session is not None
    ApiClient(live_server.url, token=desktop_app.session.api.token).logout()  # revoked elsewhere
    guard = desktop_app.guard
    assert guard is not None
    qtbot.waitUntil(lambda: guard.dialog is not None, timeout=5000)
    assert desktop_app.window is window and desktop_app.login is None  # the screens stay
    assert guard.dialog is not None and "hết hạn" in guard.dialog.explanation.text()
    guard.dialog.reject()  # "Sign out" instead of the password: back to the login dialog
    assert desktop_app.window is None and desktop_app.login is not None


def test_switching_language_rebuilds_the_window_on_the_same_session(
        desktop_app: PhigiayApp, live_server: DemoServer, qtbot: QtBot) -> None:
    window = _sign_in(desktop_app, "maint", live_server.password)
    session = desktop_app.session
    try:
        window.language_requested.emit("en")
        english = desktop_app.window
        assert english is not None and english is not window
        assert desktop_app.session is session and session is not None
        assert session.api.language == "en"
        assert [english.nav.item(r).text() for r in range(english.nav.count())] == [
            "Dashboard", "My work", "New draft", "Drafts and outgoing", "Archive", "Meeting room",
            "Search", "Directory", "My account"]
        assert english.person_label.text() == "Ngô Thị Mai — Officer"
        english.resize(1280, 760)
        screenshot(english, "33-main-officer-english")
    finally:
        desktop_app.set_language("vi")
    assert desktop_app.window is not None
    assert desktop_app.window.nav.item(0).text() == "Tổng quan"
