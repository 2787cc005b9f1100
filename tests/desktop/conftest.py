"""Desktop tests: a real agency server on loopback (demo data), headless Qt, inline tasks.

The server runs as a subprocess (``python -m server.cli``, through ``desktop.demo.DemoServer``)
once per session; the desktop code under test talks to it over HTTP only.
"""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api import ApiClient
from desktop.app import PhigiayApp
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.fonts import apply_interface_font
from desktop.i18n import install_language
from desktop.settings import SERVER_URL, Settings, TokenStore
from desktop.tasks import InlineRunner, use_runner

SCREENSHOTS = Path(os.environ.get("PHIGIAY_SCREENSHOTS", "/tmp/phigiay-screens"))
LOCKOUT_THRESHOLD = 3


class MemoryKeyring(KeyringBackend):
    """A keyring backend in memory (tests only)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(scope="package", autouse=True)
def gui_thread_garbage_collection() -> Iterator[None]:
    """Collect cycles only on the GUI thread, as the client does (``desktop.collector``).

    Package scope: the rest of the repository's suite runs with automatic collection again.
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    """Free the test's widgets here, on the GUI thread."""
    yield
    gc.collect(0)  # the test's objects are all young: collection is never automatic here


def signing_env(folder: Path) -> dict[str, str]:
    """Server settings that trust the shared test PKI and seal with its agency certificate."""
    from signing.demo_images import seal_png
    from signing.testpki import PFX_PASSPHRASE, PhigiayPki

    PhigiayPki().write(folder)
    (folder / "seal.png").write_bytes(seal_png(size=160))
    return {"PHIGIAY_TRUST_ROOTS": str(folder / "root.cert.pem"),
            "PHIGIAY_SEAL_IMAGE": str(folder / "seal.png"),
            "PHIGIAY_REVOCATION": "off",
            "PHIGIAY_SEAL_PKCS12": str(folder / "seal-vpcp.pfx"),
            "PHIGIAY_SEAL_PKCS12_PASSPHRASE": PFX_PASSPHRASE.decode()}


@pytest.fixture(scope="package")
def test_pki_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shared test PKI's certificates and PKCS#12 files, written once."""
    return tmp_path_factory.mktemp("test-pki")


@contextmanager
def served_demo(**extra_env: str) -> Iterator[DemoServer]:
    """A demo agency on its own server process, live events with a short heartbeat."""
    server = DemoServer(extra_env={"PHIGIAY_SSE_HEARTBEAT_SECONDS": "0.5", **extra_env})
    try:
        server.prepare()
        server.start()
        yield server
    finally:
        server.stop()


@contextmanager
def signed_in(server: DemoServer, people: Iterable[str]) -> Iterator[dict[str, ApiClient]]:
    """A Vietnamese-speaking API client for each of these demo people, closed afterwards."""
    clients: dict[str, ApiClient] = {}
    try:
        for name in people:
            client = ApiClient(server.url, language="vi")
            clients[name] = client
            client.login(name, server.password)
        yield clients
    finally:
        for client in clients.values():
            client.close()


def user_ids(clients: dict[str, ApiClient]) -> dict[str, int]:
    """The user id of each signed-in client's person."""
    return {name: client.me().user.id for name, client in clients.items()}


@contextmanager
def whole_client(settings: Settings, server_url: str) -> Iterator[PhigiayApp]:
    """The whole client with its live connection, pointed at ``server_url``; shut down after."""
    settings.set(SERVER_URL, server_url)
    app = PhigiayApp(settings, TokenStore())
    try:
        yield app
    finally:
        app.shutdown()
        if app.window is not None:
            app.window.close()
        if app.login is not None:
            app.login.close()


@pytest.fixture(scope="package")
def live_server(test_pki_folder: Path) -> Iterator[DemoServer]:
    """The demo agency on a real server process (46 people, one shared password); it trusts
    the test PKI and seals issued documents with its agency certificate."""
    with served_demo(PHIGIAY_LOCKOUT_THRESHOLD=str(LOCKOUT_THRESHOLD),
                     **signing_env(test_pki_folder)) as server:
        yield server


@pytest.fixture
def api_for(live_server: DemoServer) -> Iterator[Callable[..., ApiClient]]:
    """Log a demo person in; returns their client (closed after the test)."""
    clients: list[ApiClient] = []

    def login(username: str, *, language: str = "vi") -> ApiClient:
        client = ApiClient(live_server.url, language=language)
        client.login(username, live_server.password)
        clients.append(client)
        return client

    yield login
    for client in clients:
        client.close()


@pytest.fixture
def unique() -> Callable[[str], str]:
    """A fresh user name with a prefix (the session's server is shared)."""
    return lambda prefix: f"{prefix}{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def ui_app(qapp: QApplication) -> QApplication:
    """The QApplication with the shipped fonts and the Vietnamese translation."""
    apply_interface_font(qapp)
    install_language("vi")
    return qapp


@pytest.fixture
def inline_tasks(ui_app: QApplication) -> Iterator[InlineRunner]:
    """Background tasks run inline: a screen's round trip completes before the call returns."""
    with use_runner(InlineRunner()) as runner:
        yield runner  # type: ignore[misc]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a throw-away INI file."""
    return Settings(QSettings(str(tmp_path / "phigiay.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def context_for(api_for: Callable[..., ApiClient],
                settings: Settings) -> Callable[..., ScreenContext]:
    """A screen context for a signed-in demo person."""

    def make(username: str, **kwargs: object) -> ScreenContext:
        api = api_for(username)
        return ScreenContext(api, api.me(), settings, **kwargs)  # type: ignore[arg-type]

    return make


def screenshot(widget: QWidget, name: str) -> Path:
    """Save a picture of a widget under the screenshot folder."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    QApplication.processEvents()
    assert widget.grab().save(str(path)), path
    return path
