"""A cabinet meeting with 500 participants on the live event stream: vote result fan-out latency.

Run on demand (not in CI):

    .venv/bin/python bench/bench_meetings.py [--members 500] [--voters 100] [--rounds 5]
        [--postgres-admin-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
        [--database-url postgresql+psycopg://...] [--workers 2] [--client-procs 2]

What it does, all on 127.0.0.1:

1. Initialises a fresh agency (SQLite in a temporary data dir by default; with
   ``--postgres-admin-url`` a fresh PostgreSQL database, dropped on exit) and creates the
   members through the service layer in-process, with cheap argon2 settings (benchmark only).
2. Starts ``phigiay-server run`` (``--workers N`` on PostgreSQL exercises the NOTIFY fan-out),
   logs every member in, and over HTTP creates a meeting with all of them as members, publishes
   it, checks everyone in and starts the session.
3. Connects one SSE stream (``GET /api/v1/events/stream``) per member from ``--client-procs``
   client processes. The clients are raw asyncio sockets (uvloop when installed) that de-chunk
   and split frames and stamp each frame with ``time.monotonic()`` (system-wide on Linux) the
   moment its bytes arrive; their own cost per received frame is measured and printed.
4. Per round: the close of an empty vote (0 ballots; small event, the "trivial" phigiay
   baseline), the close of an open vote with ``--voters`` ballots, and (unless ``--no-named``)
   the close of a named vote with ``--voters`` signed ballots (the result event then carries
   every ballot, so it is large). For each, the time from sending the close request to each
   client holding ``meetings.vote_closed``: p50/p99/max over all clients and rounds.
5. Baselines in the same run: the loopback round trip of ``GET /api/v1/health``, and the same
   fan-out through a bare uvicorn + Starlette app (an asyncio queue per stream, a pre-encoded
   frame, no auth, no database) with the same clients, so the table shows phigiay's own cost.

Server CPU (utime+stime of the server process tree) and RSS (sampled every 50 ms; plus the
kernel's VmHWM) come from /proc. PostgreSQL's own backends are not counted. Everything is
cleaned up on exit, Ctrl-C included: client processes, the server (its process group), the
temporary directory and the database. Target: p99 < 250 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing as mp
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, cast

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.process import free_port, run_cli, server_env  # noqa: E402

HOST = "127.0.0.1"
PASSWORD = "Hop-khong-giay-2026"
TARGET_P99_MS = 250.0
CLOSED = "meetings.vote_closed"


# -- client processes: raw asyncio SSE readers ---------------------------------------------


class _Stream(asyncio.Protocol):
    """One SSE connection: HTTP/1.1 response, chunked body, frames stamped on arrival."""

    def __init__(self, owner: _ClientWorker, request: bytes) -> None:
        self.owner, self.request = owner, request
        self.transport: asyncio.Transport | None = None
        self.status = 0
        self.ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self.raw = b""
        self.headers_done = False
        self.chunked = False
        self.need = 0
        self.skip = 0
        self.body = b""
        self.counts: dict[str, int] = {}
        self.times: dict[str, list[float]] = {}

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.transport.write(self.request)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.ready.done():
            self.ready.set_result(self.status or -1)

    def data_received(self, data: bytes) -> None:
        now = time.monotonic()
        started = time.perf_counter()
        self.raw += data
        if not self.headers_done:
            end = self.raw.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.raw = self.raw[:end].decode("latin-1"), self.raw[end + 4:]
            self.headers_done = True
            self.status = int(head.split(" ", 2)[1])
            self.chunked = "transfer-encoding: chunked" in head.lower()
            if not self.ready.done():
                self.ready.set_result(self.status)
        self._dechunk()
        self._frames(now)
        self.owner.busy += time.perf_counter() - started
        self.owner.calls += 1

    def _dechunk(self) -> None:
        if not self.chunked:
            self.body += self.raw
            self.raw = b""
            return
        raw = self.raw
        while True:
            if self.need:
                take = raw[: self.need]
                self.body += take
                raw = raw[len(take):]
                self.need -= len(take)
                if self.need:
                    break
                self.skip = 2
            if self.skip:
                n = min(self.skip, len(raw))
                raw, self.skip = raw[n:], self.skip - n
                if self.skip:
                    break
            line_end = raw.find(b"\r\n")
            if line_end < 0:
                break
            size = int(raw[:line_end].split(b";")[0], 16)
            raw = raw[line_end + 2:]
            if size == 0:
                break
            self.need = size
        self.raw = raw

    def _frames(self, now: float) -> None:
        while (end := self.body.find(b"\n\n")) >= 0:
            frame, self.body = self.body[:end], self.body[end + 2:]
            kind = ""
            for line in frame.split(b"\n"):
                if line.startswith(b"event:"):
                    kind = line[6:].strip().decode()
                    break
            if not kind:
                continue  # retry: / keep-alive comments
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.times.setdefault(kind, []).append(now)
            self.owner.frames += 1
            self.owner.check()


@dataclass
class _Waiting:
    kind: str
    n: int
    deadline: float


class _ClientWorker:
    """The streams of one client process, driven over a pipe by the main process."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.streams: list[_Stream] = []
        self.waiting: _Waiting | None = None
        self.busy = 0.0
        self.calls = 0
        self.frames = 0
        self.done = asyncio.Event()

    def check(self) -> None:
        w = self.waiting
        if w is None:
            return
        if time.monotonic() < w.deadline and any(
            s.counts.get(w.kind, 0) < w.n for s in self.streams if s.status == 200
        ):
            return
        self.waiting = None
        self.conn.send([
            (s.times[w.kind][w.n - 1] if s.counts.get(w.kind, 0) >= w.n else None)
            for s in self.streams
        ])

    async def connect(self, port: int, path: str, tokens: list[str]) -> list[int]:
        loop = asyncio.get_running_loop()
        gate = asyncio.Semaphore(32)

        async def one(token: str) -> _Stream:
            request = (f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
                       f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n")
            async with gate:
                _, stream = await loop.create_connection(
                    lambda: _Stream(self, request.encode()), HOST, port)
                await asyncio.wait_for(stream.ready, 30)
            return stream

        self.streams = list(await asyncio.gather(*(one(t) for t in tokens)))
        return [s.status for s in self.streams]

    def on_command(self) -> None:
        message = self.conn.recv()
        op = message[0]
        if op == "connect":
            task = asyncio.ensure_future(self.connect(*message[1:]))
            task.add_done_callback(lambda t: self.conn.send(
                t.result() if t.exception() is None else repr(t.exception())))
        elif op == "wait":
            _, kind, n, timeout = message
            self.waiting = _Waiting(kind, n, time.monotonic() + timeout)
            self.check()
            asyncio.get_running_loop().call_later(timeout + 0.01, self.check)
        elif op == "stats":
            self.conn.send({"cpu": time.process_time(), "busy": self.busy, "calls": self.calls,
                            "frames": self.frames})
        elif op == "reset":
            for s in self.streams:
                if s.transport is not None:
                    s.transport.close()
            self.streams = []
            self.conn.send("ok")
        elif op == "quit":
            for s in self.streams:
                if s.transport is not None:
                    s.transport.close()
            self.done.set()

    async def run(self) -> None:
        asyncio.get_running_loop().add_reader(self.conn.fileno(), self.on_command)
        await self.done.wait()


def _client_main(conn: Connection) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(ImportError):
        import uvloop

        uvloop.install()
    asyncio.run(_ClientWorker(conn).run())


class Clients:
    """The client processes, seen from the main process."""

    def __init__(self, procs: int) -> None:
        ctx = mp.get_context("spawn")
        self.pipes: list[Connection] = []
        self.procs: list[Any] = []
        for _ in range(procs):
            ours, theirs = ctx.Pipe()
            proc = ctx.Process(target=_client_main, args=(theirs,), daemon=True)
            proc.start()
            self.pipes.append(ours)
            self.procs.append(proc)

    def connect(self, port: int, path: str, tokens: list[str]) -> None:
        shares = [tokens[i::len(self.pipes)] for i in range(len(self.pipes))]
        for pipe, share in zip(self.pipes, shares, strict=True):
            pipe.send(("connect", port, path, share))
        for pipe in self.pipes:
            if not pipe.poll(120):
                raise TimeoutError("clients did not connect in time")
            statuses = pipe.recv()
            if not isinstance(statuses, list) or any(s != 200 for s in statuses):
                raise RuntimeError(f"stream connect failed: {str(statuses)[:300]}")

    def arm(self, kind: str, n: int, timeout: float = 30.0) -> None:
        """Ask every client to report when all its streams hold ``n`` events of ``kind``."""
        for pipe in self.pipes:
            pipe.send(("wait", kind, n, timeout))

    def collect(self, timeout: float = 40.0) -> list[float | None]:
        """Arrival time of the awaited event on every stream (None: never came)."""
        times: list[float | None] = []
        for pipe in self.pipes:
            if not pipe.poll(timeout):
                raise TimeoutError("a client process did not answer")
            times.extend(pipe.recv())
        return times

    def stats(self) -> dict[str, float]:
        total = {"cpu": 0.0, "busy": 0.0, "calls": 0.0, "frames": 0.0}
        for pipe in self.pipes:
            pipe.send(("stats",))
        for pipe in self.pipes:
            for key, value in pipe.recv().items():
                total[key] += value
        return total

    def reset(self) -> None:
        for pipe in self.pipes:
            pipe.send(("reset",))
        for pipe in self.pipes:
            if pipe.poll(10):
                pipe.recv()

    def close(self) -> None:
        for pipe in self.pipes:
            with contextlib.suppress(OSError, BrokenPipeError):
                pipe.send(("quit",))
        for proc in self.procs:
            proc.join(3)
            if proc.is_alive():
                proc.terminate()
                proc.join(3)


# -- server processes and /proc sampling ------------------------------------------------------


TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _tree(pid: int) -> list[int]:
    pids, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{parent}/task"):
                text = Path(f"/proc/{parent}/task/{task}/children").read_text().split()
                for child in map(int, text):
                    pids.append(child)
                    frontier.append(child)
    return pids


def _cpu_seconds(pid: int) -> float:
    total = 0.0
    for p in _tree(pid):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / TICK
    return total


def _rss_bytes(pid: int) -> int:
    total = 0
    for p in _tree(pid):
        with contextlib.suppress(OSError):
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE
    return total


def _hwm_bytes(pid: int) -> int:
    total = 0
    for p in _tree(pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) * 1024
    return total


class Sampler:
    """Samples a process tree's RSS every 50 ms in a thread; keeps the peak."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.idle = pid, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, _rss_bytes(self.pid))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)


def _start(argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as out:
        return subprocess.Popen([sys.executable, *argv], env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)


def _wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(url, timeout=1).status_code < 500:
                return
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer in time")


def _stop(process: subprocess.Popen[bytes] | None, how: int = signal.SIGTERM) -> None:
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, how)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


# -- the bare uvicorn + Starlette baseline server -----------------------------------------------


def _baseline_server(port: int) -> None:
    """Serve /stream and /ping: the framework's floor for the same fan-out."""
    import itertools

    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    queues: set[asyncio.Queue[str]] = set()
    ids = itertools.count(1)

    async def stream(request: Request) -> StreamingResponse:
        queue: asyncio.Queue[str] = asyncio.Queue()
        queues.add(queue)

        async def frames() -> Any:
            try:
                yield "retry: 3000\n\n"
                while True:
                    yield await queue.get()
            finally:
                queues.discard(queue)

        return StreamingResponse(frames(), media_type="text/event-stream")

    async def ping(request: Request) -> Response:
        frame = f'id: {next(ids)}\nevent: bench.ping\ndata: {{"n":1}}\n\n'
        for queue in list(queues):
            queue.put_nowait(frame)
        return Response(status_code=204)

    async def health(request: Request) -> Response:
        return Response(status_code=200)

    app = Starlette(routes=[Route("/stream", stream), Route("/ping", ping, methods=["POST"]),
                            Route("/health", health)])
    uvicorn.run(app, host=HOST, port=port, log_level="warning")


# -- measurements -------------------------------------------------------------------------------


@dataclass
class Row:
    """Fan-out latencies of one kind of event, over all clients and rounds."""

    name: str
    latencies: list[float] = field(default_factory=list)
    spread: list[float] = field(default_factory=list)
    """Each client's arrival minus the round's first arrival: the fan-out itself."""
    request: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    missing: int = 0
    verbose: bool = False

    def add(self, sent: float, answered: float, times: list[float | None], cpu: float) -> None:
        self.request.append(answered - sent)
        self.cpu.append(cpu)
        got = [t for t in times if t is not None]
        self.missing += len(times) - len(got)
        self.latencies.extend(t - sent for t in got)
        self.spread.extend(t - min(got) for t in got)
        if self.verbose and got:
            lat = [t - sent for t in got]
            print(f"    {self.name[:40]:<40} req {_ms(answered - sent)} first {_ms(min(lat))} "
                  f"p50 {_ms(_pct(lat, 0.5))} p99 {_ms(_pct(lat, 0.99))} max {_ms(max(lat))} "
                  f"cpu {cpu * 1000:.0f}", flush=True)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ms(value: float) -> str:
    return f"{value * 1000:8.1f}"


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    print(f"{'event':<46}{'n':>6}{'req p50':>9}{'p50':>9}{'p99':>9}{'max':>9}"
          f"{'p99-req':>9}{'fan p99':>9}{'CPU ms':>8}{'miss':>6}")
    for row in rows:
        req = statistics.median(row.request) if row.request else float("nan")
        p99 = _pct(row.latencies, 0.99)
        cpu = statistics.median(row.cpu) if row.cpu else float("nan")
        print(f"{row.name:<46}{len(row.latencies):>6}{_ms(req):>9}"
              f"{_ms(_pct(row.latencies, 0.5)):>9}{_ms(p99):>9}{_ms(max(row.latencies or [0])):>9}"
              f"{_ms(p99 - req):>9}{_ms(_pct(row.spread, 0.99)):>9}{cpu * 1000:8.0f}"
              f"{row.missing:>6}")
    print("(ms; latency = close/ping request sent -> client holds the event; 'req' = the request's"
          " own round trip; 'p99-req' ~ latency counted from the response; 'fan p99' = arrival"
          " minus the round's first arrival (the fan-out alone); CPU = server tree CPU during the"
          " request + fan-out, median per round; miss = clients that never got it)")


def timed_fanout(clients: Clients, kind: str, expected: int, fire: Callable[[], Any],
                 cpu_of: Callable[[], float]) -> tuple[float, float, list[float | None], float]:
    """Arm the clients, fire the request, collect per-client arrival times."""
    clients.arm(kind, expected)
    time.sleep(0.05)  # let every client process take the command before the clock starts
    cpu0 = cpu_of()
    sent = time.monotonic()
    fire()
    answered = time.monotonic()
    times = clients.collect()
    return sent, answered, times, cpu_of() - cpu0


# -- phigiay setup ---------------------------------------------------------------------------------


def _create_users(env: dict[str, str], members: int) -> None:
    from server.core.context import passwords_from
    from server.core.db import Database
    from server.core.permissions import Role
    from server.core.settings import Settings
    from server.users import service as user_service

    settings = Settings(data_dir=Path(env["PHIGIAY_DATA_DIR"]),
                        database_url=env.get("PHIGIAY_DATABASE_URL"),
                        argon2_time_cost=1, argon2_memory_kib=1024)
    database = Database.from_settings(settings)
    passwords = passwords_from(settings)
    people = [("thuky", "Thư ký phiên họp", Role.MEETING_SECRETARY)] + [
        (f"m{i:03d}", f"Thành viên {i:03d}", Role.CABINET_MEMBER) for i in range(1, members + 1)]
    try:
        with database.writing() as session:
            for username, full_name, role in people:
                user_service.create_user(session, passwords=passwords, actor=None,
                                         new=user_service.NewUser(
                                             username=username, full_name=full_name,
                                             password=PASSWORD, roles=frozenset({role})))
    finally:
        database.dispose()


@dataclass
class Meeting:
    http: httpx.Client
    tokens: dict[str, str]
    ids: dict[str, int]
    meeting_id: str = ""

    def call(self, who: str, method: str, path: str, expect: int = 200, **kw: Any) -> Any:
        response = self.http.request(method, f"/api/v1{path}",
                                     headers={"Authorization": f"Bearer {self.tokens[who]}"},
                                     **kw)
        if response.status_code != expect:
            raise RuntimeError(f"{method} {path} as {who}: {response.status_code} "
                               f"{response.text[:300]}")
        return response.json() if response.content else None


def _pool_map(fn: Callable[[Any], Any], items: list[Any], threads: int) -> list[Any]:
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(fn, items))


def _login_all(http: httpx.Client, names: list[str]) -> tuple[dict[str, str], dict[str, int]]:
    def login(name: str) -> tuple[str, str, int]:
        response = http.post("/api/v1/auth/login", json={"username": name, "password": PASSWORD})
        if response.status_code != 200:
            raise RuntimeError(f"login {name}: {response.status_code} {response.text[:200]}")
        body = response.json()
        return name, body["access_token"], int(body["user_id"])

    tokens: dict[str, str] = {}
    ids: dict[str, int] = {}
    for name, token, user_id in _pool_map(login, names, 8):
        tokens[name], ids[name] = token, user_id
    return tokens, ids


def _phase(label: str) -> Iterator[None]:
    started = time.monotonic()
    print(f"  {label} …", end="", flush=True)
    yield
    print(f" {time.monotonic() - started:.1f} s", flush=True)


phase = contextlib.contextmanager(_phase)


def _setup_meeting(m: Meeting, members: list[str]) -> None:
    with phase("create meeting, invite members"):
        body = {"title": "Phiên họp Chính phủ (benchmark)", "chair_id": m.ids[members[0]],
                "scheduled_at": (datetime.now(UTC) + timedelta(days=1)).isoformat()}
        m.meeting_id = m.call("thuky", "POST", "/meetings", expect=201, json=body)["meeting_id"]
        mid = m.meeting_id
        m.call("thuky", "POST", f"/meetings/{mid}/items", expect=201,
               json={"title": "Biểu quyết các nội dung"})
        _pool_map(lambda name: m.call("thuky", "POST", f"/meetings/{mid}/participants",
                                      json={"user_id": m.ids[name], "role": "member"}),
                  members[1:], 4)
    with phase("publish, check everyone in, start"):
        m.call("thuky", "POST", f"/meetings/{mid}/publish")
        _pool_map(lambda name: m.call(name, "POST", f"/meetings/{mid}/check-in", json={}),
                  members, 4)
        m.call(members[0], "POST", f"/meetings/{mid}/start")


def _bind_keys(m: Meeting, voters: list[str]) -> dict[str, Any]:
    from tests.integration.server.meetings.kit import Key

    keys = {name: Key(name) for name in voters}

    def bind(name: str) -> None:
        files = {"file": ("cert.pem", keys[name].certificate_pem(), "application/x-pem-file")}
        m.call(name, "POST", f"/users/{m.ids[name]}/certificates", expect=201, files=files)

    _pool_map(bind, voters, 4)
    return keys


@dataclass
class Counts:
    """How many events of each kind every client has received so far (all are in every audience)."""

    opened: int = 0
    cast: int = 0
    closed: int = 0


def run_phigiay(args: argparse.Namespace, env: dict[str, str], workdir: Path,
                clients: Clients) -> tuple[list[Row], dict[str, Any]]:
    with phase(f"create {args.members} members in-process"):
        _create_users(env, args.members)
    port = free_port()
    base = f"http://{HOST}:{port}"
    profile = ["-m", "cProfile", "-o", str(args.profile_server)] if args.profile_server else []
    server = _start([*profile, "-m", "server.cli", "run", "--port", str(port), "--workers",
                     str(args.workers), "--log-level", "warning"], env, workdir / "server.log")
    try:
        _wait_ready(server, f"{base}/api/v1/health")
        sampler = Sampler(server.pid)
        try:
            return _drive_phigiay(args, base, port, server, clients, sampler)
        finally:
            sampler.stop()
    finally:
        # Open streams would hold up uvicorn's graceful shutdown: close them first.
        with contextlib.suppress(Exception):
            clients.reset()
        # uvicorn re-raises SIGTERM after shutting down, which would lose cProfile's output;
        # SIGINT ends in KeyboardInterrupt, and cProfile writes its file on the way out.
        _stop(server, signal.SIGINT if args.profile_server else signal.SIGTERM)


def _drive_phigiay(args: argparse.Namespace, base: str, port: int,
                   server: subprocess.Popen[bytes], clients: Clients,
                   sampler: Sampler) -> tuple[list[Row], dict[str, Any]]:
    members = [f"m{i:03d}" for i in range(1, args.members + 1)]
    voters = members[: args.voters]
    info: dict[str, Any] = {}
    limits = httpx.Limits(max_connections=16, max_keepalive_connections=16)
    with httpx.Client(base_url=base, timeout=60, limits=limits) as http:
        with phase(f"log in {len(members) + 1} users"):
            tokens, ids = _login_all(http, ["thuky", *members])
        m = Meeting(http, tokens, ids)
        _setup_meeting(m, members)
        keys = {}
        if args.named:
            with phase(f"bind signing certificates of {len(voters)} voters"):
                keys = _bind_keys(m, voters)
        info["health"] = _health_rtt(http, "/api/v1/health")
        info["rss_before_streams"] = _rss_bytes(server.pid)
        with phase(f"connect {len(members)} event streams"):
            clients.connect(port, "/api/v1/events/stream", [tokens[n] for n in members])
            time.sleep(1.0)
        info["rss_streams_idle"] = _rss_bytes(server.pid)
        info["health_loaded"] = _health_rtt(http, "/api/v1/health")
        rows = [Row("phigiay: close of an empty vote (0 ballots)", verbose=args.verbose),
                Row(f"phigiay: close of an open vote ({len(voters)} ballots)",
                    verbose=args.verbose)]
        if args.named:
            rows.append(Row(f"phigiay: close of a named vote ({len(voters)} signed)",
                            verbose=args.verbose))
        counts = Counts()
        cpu0, t0 = _cpu_seconds(server.pid), time.monotonic()
        stats0 = clients.stats()
        with phase(f"{args.rounds} rounds of votes"):
            for _ in range(args.rounds):
                _vote_round(m, clients, server.pid, rows[0], counts, [], "open", {})
                _vote_round(m, clients, server.pid, rows[1], counts, voters, "open", {})
                if args.named:
                    _vote_round(m, clients, server.pid, rows[2], counts, voters, "named", keys)
        info["cpu_rounds"] = (_cpu_seconds(server.pid) - cpu0, time.monotonic() - t0)
        stats1 = clients.stats()
        info["client"] = {k: stats1[k] - stats0[k] for k in stats1}
        info["rss_peak"] = sampler.peak
        info["hwm"] = _hwm_bytes(server.pid)
        info["subscribers"] = len(members)
    return rows, info


def _health_rtt(http: httpx.Client, path: str, n: int = 50) -> tuple[float, float]:
    samples = []
    for _ in range(n):
        started = time.monotonic()
        http.get(path)
        samples.append(time.monotonic() - started)
    return statistics.median(samples), _pct(samples, 0.99)


def _vote_round(m: Meeting, clients: Clients, pid: int, row: Row, counts: Counts,
                voters: list[str], mode: str, keys: dict[str, Any]) -> None:
    mid, chair = m.meeting_id, "m001"
    motion = f"Biểu quyết {uuid.uuid4().hex[:8]}"
    clients.arm("meetings.vote_opened", counts.opened + 1)
    vote = m.call(chair, "POST", f"/meetings/{mid}/votes", expect=201,
                  json={"motion": motion, "mode": mode})["vote_id"]
    counts.opened += 1
    _require_all(clients.collect(), "vote_opened")

    def cast(name: str) -> None:
        choice = random.choice(("yes", "yes", "no", "abstain"))
        body: dict[str, Any] = {"choice": choice}
        if mode == "named":
            from tests.integration.server.meetings.kit import named_signature

            body["signature"] = named_signature(keys[name], meeting_id=mid, vote_id=vote,
                                                motion=motion, user_id=m.ids[name],
                                                choice=choice)
        m.call(name, "POST", f"/meetings/{mid}/votes/{vote}/ballots", expect=204, json=body)

    if voters:
        clients.arm("meetings.vote_cast", counts.cast + len(voters), timeout=120)
        _pool_map(cast, voters, 4)
        counts.cast += len(voters)
        _require_all(clients.collect(timeout=130), "vote_cast")
    time.sleep(0.2)
    sent, answered, times, cpu = timed_fanout(
        clients, CLOSED, counts.closed + 1,
        lambda: m.call(chair, "POST", f"/meetings/{mid}/votes/{vote}/close"),
        lambda: _cpu_seconds(pid))
    counts.closed += 1
    row.add(sent, answered, times, cpu)


def _require_all(times: list[float | None], what: str) -> None:
    missing = sum(t is None for t in times)
    if missing:
        raise RuntimeError(f"{missing} clients never received {what}")


def run_baseline(args: argparse.Namespace, env: dict[str, str], workdir: Path,
                 clients: Clients) -> tuple[Row, tuple[float, float], int]:
    port = free_port()
    server = _start([str(Path(__file__).resolve()), "--_baseline-server", str(port)], env,
                    workdir / "baseline.log")
    try:
        _wait_ready(server, f"http://{HOST}:{port}/health")
        with httpx.Client(base_url=f"http://{HOST}:{port}", timeout=30) as http:
            rtt = _health_rtt(http, "/health")
            clients.connect(port, "/stream", ["-"] * args.members)
            time.sleep(1.0)
            row = Row("bare uvicorn+Starlette fan-out (no DB/auth)", verbose=args.verbose)
            for i in range(args.rounds * 3):
                sent, answered, times, cpu = timed_fanout(
                    clients, "bench.ping", i + 1, lambda: http.post("/ping"),
                    lambda: _cpu_seconds(server.pid))
                row.add(sent, answered, times, cpu)
                time.sleep(0.2)
            rss = _rss_bytes(server.pid)
        return row, rtt, rss
    finally:
        with contextlib.suppress(Exception):
            clients.reset()
        _stop(server)


# -- main ------------------------------------------------------------------------------------------


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--voters", type=int, default=100, help="ballots cast per vote")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--client-procs", type=int, default=2)
    parser.add_argument("--heartbeat", type=float, default=15.0,
                        help="PHIGIAY_SSE_HEARTBEAT_SECONDS for the server (production default)")
    parser.add_argument("--no-named", dest="named", action="store_false",
                        help="skip the named (signed) votes")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false")
    parser.add_argument("--verbose", action="store_true", help="print every round")
    parser.add_argument("--profile-server", type=Path, metavar="FILE",
                        help="run the server under cProfile (event-loop thread only; 1 worker)"
                             " and write its stats to FILE on exit")
    db = parser.add_mutually_exclusive_group()
    db.add_argument("--database-url", help="an existing, empty PostgreSQL database to use")
    db.add_argument("--postgres-admin-url",
                    help="create a fresh database on this server (dropped on exit)")
    parser.add_argument("--_baseline-server", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._baseline_server:
        _baseline_server(args._baseline_server)
        return 0
    if not 1 <= args.voters <= args.members or args.members < 2:
        parser.error("need 2+ members and 1..members voters")
    if args.workers > 1 and not (args.database_url or args.postgres_admin_url):
        parser.error("--workers > 1 needs PostgreSQL (SQLite events stay in one process)")
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)

    created_db: str | None = None
    clients: Clients | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="phigiay-bench-meetings-") as tmp:
            workdir = Path(tmp)
            database_url = args.database_url
            if args.postgres_admin_url:
                from tests.fixtures.databases import create_postgres_database

                database_url = created_db = create_postgres_database(args.postgres_admin_url)
            env = server_env(workdir / "data", database_url)
            env["PHIGIAY_SSE_HEARTBEAT_SECONDS"] = str(args.heartbeat)
            env["BENCH_ADMIN_PW"] = "Quan-tri-2026"
            backend = "PostgreSQL" if database_url else "SQLite"
            print(f"phigiay meeting fan-out benchmark: {args.members} streams, {args.voters} "
                  f"voters, {args.rounds} rounds, {backend}, {args.workers} worker(s), "
                  f"{args.client_procs} client processes, {os.cpu_count()} CPUs")
            init = run_cli(["init", "--admin-password-env", "BENCH_ADMIN_PW"], env)
            if init.returncode != 0:
                raise RuntimeError(init.stderr)
            clients = Clients(args.client_procs)
            rows, info = run_phigiay(args, env, workdir, clients)
            baseline = run_baseline(args, env, workdir, clients) if args.baseline else None
            _report(args, backend, rows, info, baseline)
    except KeyboardInterrupt:
        print("\ninterrupted; cleaning up", file=sys.stderr)
        return 130
    finally:
        if clients is not None:
            clients.close()
        if created_db and args.postgres_admin_url:
            from tests.fixtures.databases import drop_postgres_database

            drop_postgres_database(args.postgres_admin_url, created_db)
    return 0


def _report(args: argparse.Namespace, backend: str, rows: list[Row], info: dict[str, Any],
            baseline: tuple[Row, tuple[float, float], int] | None) -> None:
    all_rows = list(rows)
    if baseline is not None:
        all_rows.insert(0, baseline[0])
    print_table(f"Fan-out to {args.members} SSE clients — {backend}, {args.workers} worker(s)",
                all_rows)
    mib = 1024 * 1024
    cpu, wall = info["cpu_rounds"]
    client = info["client"]
    per_frame = client["busy"] / max(client["frames"], 1)
    print(f"\nloopback RTT GET /api/v1/health: p50 {info['health'][0] * 1000:.2f} ms, p99 "
          f"{info['health'][1] * 1000:.2f} ms idle; p50 {info['health_loaded'][0] * 1000:.2f} ms "
          f"with {info['subscribers']} streams open")
    if baseline is not None:
        print(f"loopback RTT bare Starlette /health: p50 {baseline[1][0] * 1000:.2f} ms; "
              f"bare server RSS with {args.members} streams {baseline[2] / mib:.0f} MiB")
    print(f"server RSS: {info['rss_before_streams'] / mib:.0f} MiB before streams, "
          f"{info['rss_streams_idle'] / mib:.0f} MiB with {info['subscribers']} idle streams, "
          f"peak sampled {info['rss_peak'] / mib:.0f} MiB, VmHWM (sum over processes) "
          f"{info['hwm'] / mib:.0f} MiB")
    print(f"server CPU during the vote rounds: {cpu:.1f} s over {wall:.1f} s wall "
          f"({100 * cpu / wall:.0f}% of one core; PostgreSQL backends not counted)")
    print(f"client processes: {client['frames']:.0f} frames in {client['calls']:.0f} reads, "
          f"{per_frame * 1e6:.1f} µs of parsing per frame (so <= "
          f"{per_frame * args.members / args.client_procs * 1000:.1f} ms of a fan-out's tail is "
          f"the clients' own parsing), client CPU {client['cpu']:.1f} s")
    worst = max(_pct(r.latencies, 0.99) for r in rows)
    verdict = "meets" if worst * 1000 < TARGET_P99_MS else "MISSES"
    print(f"worst phigiay p99 {worst * 1000:.1f} ms: {verdict} the target p99 < "
          f"{TARGET_P99_MS:.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
