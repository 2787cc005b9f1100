"""The event stream reader: parsing, reconnection with Last-Event-ID, and the real server."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from desktop.api import ApiClient, Backoff, EventStream, LiveEvent, NewUser, SseParser, StreamState
from desktop.demo import DemoServer

FAST = Backoff(first=0.01, factor=2.0, longest=0.05)


def _frame(event_id: int, kind: str = "user.created") -> str:
    data = {"id": event_id, "at": "2026-11-26T08:00:00+00:00", "kind": kind,
            "payload": {"username": f"u{event_id}", "full_name": "Nguyễn Văn Đức"}}
    return f"id: {event_id}\nevent: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _wait(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_parser_follows_the_event_stream_rules() -> None:
    parser = SseParser()
    lines = ["retry: 3000", "", ": keep-alive", "", "id: 7", "event: user.created",
             "data: {\"a\":", "data: 1}", "", "data:no-space", ""]
    messages = list(parser.messages(lines))
    assert [(m.event, m.data, m.id) for m in messages] == [
        ("user.created", "{\"a\":\n1}", "7"), ("message", "no-space", "7")]
    assert parser.retry_ms == 3000 and parser.last_id == "7"


def test_reconnects_and_resumes_after_the_last_event() -> None:
    seen_headers: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen_headers.append(request.headers.get("last-event-id"))
        if len(seen_headers) == 1:
            return httpx.Response(200, text=_frame(1) + _frame(2))  # then the connection ends
        if len(seen_headers) == 2:
            return httpx.Response(502, text="bad gateway")
        return httpx.Response(200, text=": keep-alive\n\n" + _frame(3))

    got: list[LiveEvent] = []
    states: list[StreamState] = []
    stream = EventStream("http://server", token=lambda: "tok", on_event=got.append,
                         on_state=states.append, backoff=FAST,
                         transport=httpx.MockTransport(handler))
    thread = stream.start()
    _wait(lambda: len(got) == 3)
    stream.stop()
    thread.join(2)
    assert [e.id for e in got] == [1, 2, 3]
    assert got[0].payload["full_name"] == "Nguyễn Văn Đức"
    assert seen_headers[:3] == [None, "2", "2"]
    assert StreamState.RECONNECTING in states and states[-1] is StreamState.STOPPED


def test_refused_session_stops_without_retrying() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(401, json={"code": "not_authenticated"})

    states: list[StreamState] = []
    stream = EventStream("http://server", token=lambda: None, on_event=lambda e: None,
                         on_state=states.append, backoff=FAST,
                         transport=httpx.MockTransport(handler))
    stream.run()
    assert len(calls) == 1 and states[-1] is StreamState.UNAUTHORIZED


def test_bad_event_data_is_skipped() -> None:
    body = "id: 1\ndata: not json\n\n" + _frame(2)
    got: list[LiveEvent] = []
    stream = EventStream("http://server", token=lambda: "t", on_event=got.append, backoff=FAST,
                         transport=httpx.MockTransport(lambda r: httpx.Response(200, text=body)))
    thread = stream.start()
    _wait(lambda: bool(got))
    stream.stop()
    thread.join(2)
    assert got[0].id == 2


@contextmanager
def _stream(server: DemoServer, admin: ApiClient, got: list[LiveEvent],
            last_event_id: int | None = None) -> Iterator[EventStream]:
    stream = EventStream(server.url, token=lambda: admin.token, on_event=got.append,
                         last_event_id=last_event_id, backoff=FAST)
    thread = stream.start()
    _wait(lambda: stream.state is StreamState.CONNECTED)
    yield stream
    stream.stop()
    thread.join(2)
    assert not thread.is_alive()


def test_real_server_delivers_and_replays_missed_events(
        live_server: DemoServer, api_for: Callable[..., ApiClient],
        unique: Callable[[str], str]) -> None:
    admin = api_for("baotq")
    got: list[LiveEvent] = []
    with _stream(live_server, admin, got):
        first = unique("sse")
        admin.create_user(NewUser(first, "Đặng Văn Sự Kiện", "Mat-khau-2026", ("officer",)))
        _wait(lambda: any(e.payload.get("username") == first for e in got))
    last_id = got[-1].id
    missed = unique("sse")  # created while nobody listens
    admin.create_user(NewUser(missed, "Lỡ Mất", "Mat-khau-2026", ("officer",)))
    resumed: list[LiveEvent] = []
    with _stream(live_server, admin, resumed, last_event_id=last_id):
        _wait(lambda: any(e.payload.get("username") == missed for e in resumed))
    assert all(e.id > last_id for e in resumed)
    assert resumed[0].kind == "user.created"


def test_stop_interrupts_a_blocked_read_at_once(live_server: DemoServer,
                                                api_for: Callable[..., ApiClient]) -> None:
    admin = api_for("baotq")
    stream = EventStream(live_server.url, token=lambda: admin.token, on_event=lambda e: None)
    thread = stream.start()
    _wait(lambda: stream.state is StreamState.CONNECTED)
    started = time.monotonic()
    stream.stop()
    thread.join(2)
    assert not thread.is_alive() and time.monotonic() - started < 0.4
