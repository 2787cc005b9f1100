"""The hub as a real ``phigiay-axis hub`` process on a free loopback port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from tests.fixtures.process import free_port

ADMIN_TOKEN = "admin-token-for-tests-0123456789"


class HubProcess:
    """Start, stop, kill and restart a hub on the same port, data dir and database."""

    def __init__(self, data_dir: Path, database_url: str | None, *,
                 max_message_bytes: int = 8 * 1024 * 1024) -> None:
        self.data_dir, self.database_url = data_dir, database_url
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.max_message_bytes = max_message_bytes
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self, timeout: float = 20.0) -> None:
        """Start the process and wait until /health answers."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PHIGIAY_")}
        env["PHIGIAY_HUB_ADMIN_TOKEN"] = ADMIN_TOKEN
        args = [sys.executable, "-m", "server.axis.cli", "hub", "--data-dir", str(self.data_dir),
                "--port", str(self.port), "--log-level", "warning",
                "--max-message-bytes", str(self.max_message_bytes)]
        if self.database_url:
            args += ["--database-url", self.database_url]
        self.starts += 1
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / f"hub-{self.starts}.log", "wb")  # noqa: SIM115
        self.process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"hub exited with {self.process.returncode}: {self.log()}")
            try:
                if httpx.get(f"{self.base_url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("hub did not answer /health in time")
            time.sleep(0.05)

    def log(self) -> str:
        """The latest run's output."""
        return (self.data_dir / f"hub-{self.starts}.log").read_text(errors="replace")[-2000:]

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no flush."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """Terminate gracefully (kill if it hangs)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()


class HubProxy:
    """A forwarding proxy in front of the hub that can swallow one answer on request.

    With :meth:`trap_next_upload` set, the next large send is forwarded to the hub (which
    stores it) but its answer is held back until :meth:`release`, then the connection is
    dropped: exactly the moment where the sender cannot know whether the hub has the message.
    """

    def __init__(self, hub_url: str, *, min_trapped_bytes: int = 1 << 20) -> None:
        self.hub_url, self.min_trapped_bytes = hub_url, min_trapped_bytes
        self.trap = threading.Event()
        self.trapped = threading.Event()
        self.released = threading.Event()
        self.forward = httpx.Client(base_url=hub_url, timeout=60)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def trap_next_upload(self) -> None:
        """Hold back the answer to the next send larger than ``min_trapped_bytes``."""
        self.released.clear()
        self.trapped.clear()
        self.trap.set()

    def release(self) -> None:
        """Let the held connection go (it is dropped without an answer)."""
        self.released.set()

    def close(self) -> None:
        """Stop serving."""
        self.release()
        self.server.shutdown()
        self.server.server_close()
        self.forward.close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: object) -> None:
                return

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("authorization", "content-type", "idempotency-key")}
                try:
                    answer = proxy.forward.request(self.command, self.path, content=body,
                                                   headers=headers)
                except httpx.TransportError:
                    self.send_error(502, "hub unreachable")
                    return
                if proxy.trap.is_set() and self.command == "POST" and \
                        len(body) >= proxy.min_trapped_bytes:
                    proxy.trap.clear()
                    proxy.trapped.set()
                    proxy.released.wait(60)
                    self.close_connection = True
                    return
                self.send_response(answer.status_code)
                for name in ("content-type", "x-content-sha256"):
                    if name in answer.headers:
                        self.send_header(name, answer.headers[name])
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = _relay

        return Handler
