"""The background-task runner, the settings registry and the token store."""

from __future__ import annotations

import threading
import time

import keyring
import pytest
from keyring.backends import fail

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.settings import LANGUAGE, LAST_USERNAME, WINDOW_GEOMETRY, Option, Settings, TokenStore
from desktop.tasks import InlineRunner, ThreadPoolRunner, run_in_background, use_runner

from .conftest import MemoryKeyring


def test_results_come_back_on_the_gui_thread_while_the_loop_keeps_turning(
        ui_app: QApplication, qtbot: object) -> None:
    runner = ThreadPoolRunner(QThreadPool())
    gui_thread = threading.get_ident()
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    results: list[tuple[str, int]] = []
    worker_threads: list[int] = []

    def slow() -> str:
        worker_threads.append(threading.get_ident())
        time.sleep(0.3)
        return "xong"

    with use_runner(runner):
        run_in_background(slow, on_done=lambda r: results.append((r, threading.get_ident())))
        run_in_background(lambda: 1 / 0, on_error=lambda e: results.append(
            (type(e).__name__, threading.get_ident())))
    qtbot.waitUntil(lambda: len(results) == 2, timeout=3000)  # type: ignore[attr-defined]
    timer.stop()
    assert sorted(results) == [("ZeroDivisionError", gui_thread), ("xong", gui_thread)]
    assert worker_threads[0] != gui_thread
    assert len(ticks) >= 10  # the event loop kept turning during the 0.3 s request
    assert runner.wait(1000)


def test_inline_runner_calls_back_before_returning() -> None:
    runner = InlineRunner()
    got: list[object] = []
    with use_runner(runner):
        run_in_background(lambda: 42, on_done=got.append)
        run_in_background(lambda: int("x"), on_error=got.append)
    assert got[0] == 42 and isinstance(got[1], ValueError) and runner.submitted == 2


def test_settings_registry(settings: Settings) -> None:
    assert settings.get(LANGUAGE) == "vi" and settings.get(LAST_USERNAME) == ""
    settings.set(LANGUAGE, "fr")
    settings.set(WINDOW_GEOMETRY, b"\x01\x02")
    settings.set(LAST_USERNAME, "lannt")
    assert settings.get(LANGUAGE) == "fr" and settings.get(WINDOW_GEOMETRY) == b"\x01\x02"
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "de")
    with pytest.raises(KeyError):
        settings.get(Option("not/declared", 1))


def test_token_store_uses_the_keyring(memory_keyring: MemoryKeyring) -> None:
    tokens = TokenStore()
    tokens.save("http://s", "lannt", "pgy_secret")
    assert TokenStore().load("http://s", "lannt") == "pgy_secret"  # a new process would see it
    assert tokens.persistent
    tokens.forget("http://s", "lannt")
    assert memory_keyring.store == {}


def test_token_store_without_keyring_keeps_memory_only(tmp_path: object) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        tokens = TokenStore()
        tokens.save("http://s", "lannt", "pgy_secret")
        assert not tokens.persistent and tokens.problem
        assert tokens.load("http://s", "lannt") == "pgy_secret"
        assert TokenStore().load("http://s", "lannt") is None
    finally:
        keyring.set_keyring(previous)
