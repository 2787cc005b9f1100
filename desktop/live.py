"""The thin Qt adapter of ``EventStream``: its callbacks become signals on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from desktop.api.client import ApiClient
from desktop.api.models import LiveEvent
from desktop.api.sse import Backoff, EventStream, StreamState


class LiveConnection(QObject):
    """Runs the event stream on a worker thread; emits ``event_received`` and ``state_changed``.

    The signals are emitted from the worker; Qt queues them to receivers on the GUI thread.
    """

    event_received = Signal(object)
    """A ``LiveEvent``."""
    state_changed = Signal(str)
    """A ``StreamState`` value."""

    def __init__(self, api: ApiClient, *, backoff: Backoff | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._backoff = backoff
        self._stream: EventStream | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self.state = StreamState.STOPPED

    def start(self, last_event_id: int | None = None) -> None:
        """Open the stream (no-op if already running)."""
        if self._stream is not None:
            return
        self._stream = EventStream(
            self._api.server_url, token=lambda: self._api.token, language=self._api.language,
            on_event=self._emit_event, on_state=self._emit_state,
            last_event_id=last_event_id, backoff=self._backoff,
        )
        self._closed = False
        self._thread = self._stream.start()

    def stop(self, *, wait_s: float = 2.0) -> None:
        """Close the stream and wait for its thread (callable twice).

        Waiting means no callback can reach this object after it is gone; stopping cuts the
        connection at once, so the wait is only long while a connection attempt hangs.
        """
        stream, self._stream = self._stream, None
        self._closed = True
        if stream is not None:
            stream.stop()
        if self._thread is not None:
            self._thread.join(wait_s)
            self._thread = None

    def _emit_event(self, event: LiveEvent) -> None:
        if not self._closed:
            self.event_received.emit(event)

    def _emit_state(self, state: StreamState) -> None:
        self.state = state
        if not self._closed:
            self.state_changed.emit(state.value)
