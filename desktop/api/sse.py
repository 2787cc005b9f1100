"""The server's live event stream (text/event-stream), read with reconnection and resumption.

Qt-free: ``EventStream.run()`` blocks, so run it on a worker thread (``start()`` does) and hand
events to the interface through callbacks (``desktop.live`` adapts them to Qt signals). After a
dropped connection it reconnects with growing pauses and sends ``Last-Event-ID`` so the server
replays what was missed.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

import httpx

from desktop.api.client import API_PREFIX, normalize_server_url
from desktop.api.errors import ProtocolError
from desktop.api.models import LiveEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SseMessage:
    """One dispatched message of the stream."""

    event: str
    data: str
    id: str | None


class SseParser:
    """Incremental parser of text/event-stream lines (the WHATWG rules the server uses)."""

    def __init__(self) -> None:
        self.last_id: str | None = None
        """The last ``id:`` seen; what to send as ``Last-Event-ID`` when reconnecting."""
        self.retry_ms: int | None = None
        """The server's suggested reconnection delay."""
        self._event = ""
        self._data: list[str] = []

    def feed(self, line: str) -> SseMessage | None:
        """Take one line (without its end-of-line); return a message when one is complete."""
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None

    def _dispatch(self) -> SseMessage | None:
        data, event = self._data, self._event or "message"
        self._data, self._event = [], ""
        if not data:
            return None
        return SseMessage(event=event, data="\n".join(data), id=self.last_id)

    def messages(self, lines: Iterable[str]) -> Iterator[SseMessage]:
        """Every message in a sequence of lines."""
        for line in lines:
            message = self.feed(line)
            if message is not None:
                yield message


def to_live_event(message: SseMessage) -> LiveEvent:
    """The ``LiveEvent`` carried by a message's JSON data."""
    try:
        return LiveEvent.from_json(json.loads(message.data))
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError(detail=f"bad event data: {message.data[:200]!r}") from exc


class StreamState(StrEnum):
    """Where the live connection stands."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    UNAUTHORIZED = "unauthorized"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Backoff:
    """Pauses between reconnection attempts, in seconds."""

    first: float = 0.5
    """Pause after the first failure."""
    factor: float = 2.0
    """Growth of the pause after each further failure."""
    longest: float = 30.0
    """Cap of the pause."""

    def delay(self, failures: int) -> float:
        """The pause after ``failures`` consecutive failures (1 = first)."""
        return min(self.longest, self.first * self.factor ** max(0, failures - 1))


class EventStream:
    """Reads ``GET /events/stream`` until stopped, reconnecting and resuming as needed."""

    def __init__(
        self,
        server_url: str,
        *,
        token: Callable[[], str | None],
        on_event: Callable[[LiveEvent], None],
        on_state: Callable[[StreamState], None] = lambda state: None,
        last_event_id: int | None = None,
        language: str = "vi",
        backoff: Backoff | None = None,
        read_timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._url = normalize_server_url(server_url) + API_PREFIX + "/events/stream"
        self._token, self._on_event, self._on_state = token, on_event, on_state
        self.last_event_id = last_event_id
        """Id of the last event handed on; sent as ``Last-Event-ID`` on reconnection."""
        self._language = language
        self._backoff = backoff or Backoff()
        timeout = httpx.Timeout(connect=5.0, read=read_timeout, write=5.0, pool=5.0)
        self._http = httpx.Client(timeout=timeout, transport=transport)
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._response: httpx.Response | None = None
        self.state = StreamState.STOPPED
        self.connections = 0
        """How many times a connection was opened (for status and tests)."""

    def start(self) -> threading.Thread:
        """Run on a daemon thread; returns it."""
        thread = threading.Thread(target=self.run, name="phigiay-events", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        """Ask the loop to end and cut the current connection (callable from any thread)."""
        self._stopping.set()
        with self._lock:
            response = self._response
        if response is not None:
            _shutdown_socket(response)

    def run(self) -> None:
        """Connect, read, reconnect on failure, until ``stop()`` or the session is refused."""
        failures = 0
        self._set_state(StreamState.CONNECTING)
        while not self._stopping.is_set():
            outcome = self._connect_once()
            if outcome is StreamState.UNAUTHORIZED:
                self._set_state(StreamState.UNAUTHORIZED)
                break
            if self._stopping.is_set():
                break
            failures = 0 if outcome is StreamState.CONNECTED else failures + 1
            self._set_state(StreamState.RECONNECTING)
            self._stopping.wait(self._pause(max(1, failures)))
        self._http.close()
        if self.state is not StreamState.UNAUTHORIZED:
            self._set_state(StreamState.STOPPED)

    def _pause(self, failures: int) -> float:
        return self._backoff.delay(failures)

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "text/event-stream", "Accept-Language": self._language,
                   "Cache-Control": "no-cache"}
        token = self._token()
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if self.last_event_id is not None:
            headers["Last-Event-ID"] = str(self.last_event_id)
        return headers

    def _connect_once(self) -> StreamState:
        """One connection; returns CONNECTED if it was established, else the failure kind."""
        try:
            request = self._http.build_request("GET", self._url, headers=self._headers())
            response = self._http.send(request, stream=True)
        except httpx.HTTPError as exc:
            log.info("event stream: cannot connect: %s", exc)
            return StreamState.RECONNECTING
        with self._lock:
            self._response = response
        try:
            if response.status_code == 401:
                return StreamState.UNAUTHORIZED
            if response.status_code != 200:
                log.info("event stream: HTTP %s", response.status_code)
                return StreamState.RECONNECTING
            self.connections += 1
            self._set_state(StreamState.CONNECTED)
            self._read(response)
            return StreamState.CONNECTED
        except (httpx.HTTPError, OSError, RuntimeError) as exc:
            if not self._stopping.is_set():
                log.info("event stream: connection lost: %s", exc)
            return StreamState.CONNECTED
        finally:
            with self._lock:
                self._response = None
            _close_quietly(response)

    def _read(self, response: httpx.Response) -> None:
        parser = SseParser()
        for message in parser.messages(response.iter_lines()):
            if self._stopping.is_set():
                return
            try:
                event = to_live_event(message)
            except ProtocolError as exc:
                log.warning("event stream: %s", exc.detail)
                continue
            self.last_event_id = event.id
            self._on_event(event)

    def _set_state(self, state: StreamState) -> None:
        if state is not self.state:
            self.state = state
            self._on_state(state)


def _shutdown_socket(response: httpx.Response) -> None:
    """Wake a read blocked in another thread: closing alone does not interrupt ``recv``."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is None:
        _close_quietly(response)
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        log.debug("event stream: socket already closed", exc_info=True)


def _close_quietly(response: httpx.Response) -> None:
    try:
        response.close()
    except Exception:  # noqa: BLE001 - closing from another thread may race; nothing to do
        log.debug("event stream: close raced", exc_info=True)
