"""The one way to work off the GUI thread: ``run_in_background(fn, on_done=..., on_error=...)``.

``fn`` runs on Qt's global thread pool; its result (or exception) comes back to the GUI thread by
a queued signal, so callbacks may touch widgets and ``fn`` never does. Tests swap in
``InlineRunner`` (``use_runner``) so a screen's whole round trip happens synchronously.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], object]
Failed = Callable[[Exception], object]


class TaskRunner(Protocol):
    """Something that runs ``fn`` and reports back on the GUI thread."""

    def submit(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        """Run ``fn``; call ``on_done(result)`` or ``on_error(exception)`` afterwards."""


def _report_unhandled(exc: Exception) -> None:
    log.error("background task failed", exc_info=exc)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the slot call to the GUI thread.

    The slots are methods of this object (not lambdas) so that the connection's receiver is a
    QObject of the GUI thread and Qt queues the call there.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Done | None, on_error: Failed | None,
                 release: Callable[[_Relay], None]) -> None:
        super().__init__()
        self._on_done, self._on_error, self._release = on_done, on_error, release
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._release(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc: Exception) -> None:
        self._release(self)
        (self._on_error or _report_unhandled)(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure is handed to on_error
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class ThreadPoolRunner:
    """Runs tasks on a ``QThreadPool`` (the global one by default)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        """Queue ``fn`` on the pool."""
        relay = _Relay(on_done, on_error, self._release)
        self._relays.add(relay)  # kept alive until the result is delivered
        self._pool.start(_Job(fn, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until the pool is idle (shutdown and tests)."""
        return bool(self._pool.waitForDone(msecs))


class InlineRunner:
    """Runs each task at once on the calling thread (tests)."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        """Run ``fn`` now and call back before returning."""
        self.submitted += 1
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - mirrors ThreadPoolRunner
            (on_error or _report_unhandled)(exc)
        else:
            if on_done is not None:
                on_done(result)


_runner: TaskRunner | None = None


def current_runner() -> TaskRunner:
    """The runner in use (a thread-pool runner unless replaced)."""
    global _runner
    if _runner is None:
        _runner = ThreadPoolRunner()
    return _runner


def set_runner(runner: TaskRunner | None) -> TaskRunner | None:
    """Replace the runner; returns the previous one (``None`` restores the default)."""
    global _runner
    previous, _runner = _runner, runner
    return previous


@contextmanager
def use_runner(runner: TaskRunner) -> Iterator[TaskRunner]:
    """Use ``runner`` inside the block."""
    previous = set_runner(runner)
    try:
        yield runner
    finally:
        set_runner(previous)


def run_in_background(fn: Callable[[], Any], *, on_done: Done | None = None,
                      on_error: Failed | None = None) -> None:
    """Run ``fn`` off the GUI thread; results and errors come back on the GUI thread."""
    current_runner().submit(fn, on_done, on_error)
