"""Bad input and bad conditions: a clear message in the window, the rest keeps working, nothing
is lost. (A scan that is not a PDF: ``test_scan_folder.py``.)

The network cases put a real TCP line between the client and the real server, which the test
cuts (connection refused), chokes (accepts and never answers) and restores.
"""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, FileUpload, IncomingFields, Timeouts
from desktop.app import PhigiayApp
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.screens.document.view import DocumentView
from desktop.screens.receive.view import ReceiveView
from desktop.settings import SERVER_URL, Settings, TokenStore
from desktop.tasks import InlineRunner
from tests.fixtures.process import free_port

from .conftest import MemoryKeyring, screenshot
from .samples import receive_letter

CLERK = "lannt"


class Line:
    """A TCP line to the server that can be cut, choked and restored."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream, self.port = upstream, free_port()
        self.choked = False
        self._listener: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.restore()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def restore(self) -> None:
        """Answer again."""
        self.cut()
        self.choked = False
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def choke(self) -> None:
        """Accept connections and never answer (a server that hangs)."""
        self._drop_connections()
        self.choked = True

    def cut(self) -> None:
        """Refuse connections and drop open ones (a server that is down)."""
        if self._listener is not None:
            with suppress(OSError):  # wakes the blocked accept(); close() alone does not
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        self._drop_connections()

    def _drop_connections(self) -> None:
        with self._lock:
            for sock in self._sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            with self._lock:
                self._sockets.append(client)
            if self.choked:
                continue
            server = socket.create_connection(self.upstream)
            with self._lock:
                self._sockets.append(server)
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=_pump, args=(source, target), daemon=True).start()


def _pump(source: socket.socket, target: socket.socket) -> None:
    with suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    with suppress(OSError):
        target.shutdown(socket.SHUT_WR)


@pytest.fixture
def line(live_server: DemoServer) -> Iterator[Line]:
    parts = urlsplit(live_server.url)
    line = Line((parts.hostname or "127.0.0.1", parts.port or 80))
    yield line
    line.cut()


def test_a_server_down_or_hanging_leaves_the_document_usable(
        line: Line, live_server: DemoServer, api_for: Callable[..., ApiClient],
        settings: Settings, qtbot: QtBot, inline_tasks: InlineRunner) -> None:
    clerk = api_for(CLERK)
    document = receive_letter(clerk, subject=f"Về việc kiểm tra mạng ({uuid.uuid4().hex[:8]})")
    api = ApiClient(line.url, token=clerk.token, timeouts=Timeouts(connect=1, read=1, write=1))
    view = DocumentView(ScreenContext(api, clerk.me(), settings))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.load(document.id)
    assert view.detail is not None and view.pdf.page_count == 1

    line.cut()
    view.comment_edit.setPlainText("Đề nghị bổ sung số liệu quý IV.")
    view.send_comment()
    assert view.message.kind == "error" and "không kết nối được" in view.message.text().lower()
    assert view.comment_edit.toPlainText() == "Đề nghị bổ sung số liệu quý IV."  # kept
    assert view.comment_button.isEnabled() and view.pdf.page_count == 1
    assert view.title.text() == document.subject
    screenshot(view, "72-server-unreachable")

    line.restore()
    line.choke()
    view.reload()
    assert view.message.kind == "error" and "không trả lời kịp" in view.message.text()
    assert view.detail is not None and view.pdf.page_count == 1  # still shown

    line.restore()
    view.send_comment()  # the retry: the kept text goes
    assert [c.body for c in clerk.document(document.id).comments] == [
        "Đề nghị bổ sung số liệu quý IV."]
    assert view.comment_edit.toPlainText() == ""
    api.close()


def test_the_status_bar_follows_the_server_going_away_and_coming_back(
        line: Line, live_server: DemoServer, settings: Settings, memory_keyring: MemoryKeyring,
        inline_tasks: InlineRunner, qtbot: QtBot) -> None:
    settings.set(SERVER_URL, line.url)
    app = PhigiayApp(settings, TokenStore())
    app.start()
    assert app.login is not None
    app.login.username_edit.setText(CLERK)
    app.login.password_edit.setText(live_server.password)
    app.login.submit()
    window = app.window
    assert window is not None
    try:
        qtbot.waitUntil(lambda: window._state == "connected", timeout=10_000)
        line.cut()
        qtbot.waitUntil(lambda: window._state == "reconnecting", timeout=10_000)
        assert "Đang kết nối lại" in window.connection_label.text()
        assert window.show_screen("account").isVisible()  # the window goes on working
        line.restore()
        qtbot.waitUntil(lambda: window._state == "connected", timeout=15_000)
        assert app.window is window and app.login is None
    finally:
        app.shutdown()
        if app.window is not None:
            app.window.close()


def test_a_pdf_that_will_not_render_is_said_in_the_page_area(
        context_for: Callable[..., ScreenContext], qtbot: QtBot,
        inline_tasks: InlineRunner) -> None:
    context = context_for(CLERK)
    subject = f"Về việc văn bản có tệp hỏng ({uuid.uuid4().hex[:8]})"
    fields = IncomingFields(type_code="official_letter", subject=subject,
                            issuing_organ_name="Bộ Tài chính")
    damaged = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage\n"
    document = context.api.receive(fields, FileUpload("hong.pdf", damaged))
    view = DocumentView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.load(document.id)
    assert view.pdf.problem.isVisible() and "Không hiển thị được" in view.pdf.problem.text()
    assert view.pdf.page_count == 0 and view.title.text() == subject
    screenshot(view, "73-pdf-will-not-render")
    view.comment_edit.setPlainText("Tệp gửi đến bị hỏng, đề nghị gửi lại.")
    view.send_comment()  # the rest of the view works
    assert [c.body for c in context.api.document(document.id).comments] == [
        "Tệp gửi đến bị hỏng, đề nghị gửi lại."]


def test_an_expired_session_is_renewed_in_place_and_the_form_kept(
        settings: Settings, live_server: DemoServer, memory_keyring: MemoryKeyring,
        inline_tasks: InlineRunner, qtbot: QtBot, tmp_path: Path) -> None:
    settings.set(SERVER_URL, live_server.url)
    app = PhigiayApp(settings, TokenStore(), live_events=False)
    app.start()
    assert app.login is not None
    app.login.username_edit.setText(CLERK)
    app.login.password_edit.setText(live_server.password)
    app.login.submit()
    window, session = app.window, app.session
    assert window is not None and session is not None and app.guard is not None
    try:
        receive = window.show_screen("receive")
        assert isinstance(receive, ReceiveView)
        subject = f"Về việc phiên làm việc hết hạn ({uuid.uuid4().hex[:8]})"
        receive.set_file(Path("cong-van.pdf"), _pdf(subject))
        receive.subject.setPlainText(subject)
        receive.organ_name.setText("Bộ Nội vụ")
        ApiClient(live_server.url, token=session.api.token).logout()  # ended elsewhere

        receive.receive()  # refused: the token is no longer valid
        qtbot.waitUntil(lambda: app.guard is not None and app.guard.dialog is not None,
                        timeout=5_000)
        dialog = app.guard.dialog
        assert dialog is not None and receive.received is None
        assert app.window is window and receive.subject.toPlainText() == subject
        dialog.password.setText("not the password")
        dialog.submit()
        assert dialog.isVisible() and dialog.message.kind == "error"
        screenshot(dialog, "74-session-expired")
        dialog.password.setText(live_server.password)
        dialog.submit()
        assert app.guard.dialog is None and app.window is window

        receive.receive()  # the same form, sent again
        assert receive.received is not None and receive.received.subject == subject
        assert TokenStore().load(live_server.url, CLERK) == session.api.token
    finally:
        app.shutdown()
        if app.window is not None:
            app.window.close()


def _pdf(text: str) -> bytes:
    from tests.fixtures.pdfs import make_pdf

    return make_pdf([text])
