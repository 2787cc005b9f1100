"""A small pool of long-lived PDF text extraction processes.

Starting a Python interpreter and importing pdfium for every PDF cost more than the
extraction itself. A worker here serves many files over a pipe, one JSON line per file, and
keeps the isolation of a child per file: its address space is capped with ``RLIMIT_AS``, a
file that takes longer than the timeout gets the worker killed (and replaced on next use), a
crash only ends that worker, and each worker is recycled after ``max_files`` files so that
whatever pdfium leaks does not pile up. Workers start on first use; a worker whose parent
disappears reads end-of-file on its stdin and exits.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

MAX_PAGES = 2000
MAX_CHARS = 2_000_000
MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024
WORKER_COMMAND = (sys.executable, "-m", "server.documents.pdfworkers")

Reply = dict[str, Any]
"""What a worker answers for one file: ``{"pages": int, "text": str}`` or ``{"error": str}``."""


class _Worker:
    """One extraction process and the pipe ends that talk to it."""

    def __init__(self, command: Sequence[str]) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, close_fds=True)
        self.served = 0

    def ask(self, path: Path, timeout: float) -> Reply | None:
        """Send one path and wait for its reply; ``None`` if the worker died or took too long
        (the worker is then killed: it must not be used again)."""
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        try:
            stdin.write(os.fsencode(str(path)) + b"\n")
            stdin.flush()
        except OSError:
            self.kill()
            return None
        self.served += 1
        line = _read_line(stdout, deadline=time.monotonic() + timeout)
        if line is None:
            self.kill()
            return None
        try:
            reply = json.loads(line)
        except ValueError:
            self.kill()
            return None
        return reply if isinstance(reply, dict) else None

    @property
    def alive(self) -> bool:
        """Whether the process still runs."""
        return self.process.poll() is None

    def stop(self) -> None:
        """Ask the worker to finish (end of its input), kill it if it lingers."""
        with contextlib.suppress(OSError):
            assert self.process.stdin is not None
            self.process.stdin.close()
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """End the process now and reap it."""
        with contextlib.suppress(OSError):
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        for pipe in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()


def _read_line(stdout: IO[bytes], *, deadline: float) -> bytes | None:
    # Raw reads under select: a blocking readline would wait forever on a looping worker.
    fd, chunks = stdout.fileno(), bytearray()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return None
        chunks += chunk
        if chunks.endswith(b"\n"):
            return bytes(chunks)


class ExtractorPool:
    """Up to ``size`` extraction workers shared by the server's threads."""

    def __init__(self, *, size: int = 2, timeout: float = 30.0, max_files: int = 200,
                 command: Sequence[str] = WORKER_COMMAND) -> None:
        if size < 1 or max_files < 1 or timeout <= 0:
            raise ValueError("the pool needs a size, a timeout and max_files above zero")
        self.timeout, self.max_files, self.command = timeout, max_files, tuple(command)
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._closed = False

    def extract(self, path: Path) -> Reply | None:
        """Text and page count of one PDF; ``None`` if its worker crashed or timed out."""
        with self._slots:
            worker = self._take()
            try:
                reply = worker.ask(path, self.timeout)
            except BaseException:
                worker.kill()
                raise
            self._give_back(worker)
            return reply

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise RuntimeError("the PDF extraction pool is shut down")
            while self._idle:
                worker = self._idle.pop()
                if worker.alive:
                    return worker
                worker.kill()
        return _Worker(self.command)

    def _give_back(self, worker: _Worker) -> None:
        if not worker.alive:
            worker.kill()
            return
        with self._lock:
            if not self._closed and worker.served < self.max_files:
                self._idle.append(worker)
                return
        worker.stop()

    @property
    def idle_pids(self) -> list[int]:
        """Process ids of the idle workers (for tests and diagnostics)."""
        with self._lock:
            return [worker.process.pid for worker in self._idle]

    def shutdown(self) -> None:
        """Stop the idle workers; busy ones stop when their file is done."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


# --- the worker process -------------------------------------------------------------------

def extract_text(path: str) -> Reply:
    """Extract in this process (the worker side): pages and text, bounded in size."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        pages = len(pdf)
        parts: list[str] = []
        size = 0
        for index in range(min(pages, MAX_PAGES)):
            page = pdf[index]
            text = page.get_textpage().get_text_range()
            parts.append(text)
            size += len(text)
            if size > MAX_CHARS:
                break
        return {"pages": pages, "text": "\n".join(parts)[:MAX_CHARS]}
    finally:
        pdf.close()


def serve(handle: Callable[[str], Reply] = extract_text) -> None:
    """Answer one JSON line per path read from stdin until it closes.

    A document pdfium rejects gets an error reply and the worker goes on; running out of
    memory ends the worker, since the heap may be left in a state not worth trusting.
    """
    import resource

    import pypdfium2  # noqa: F401 - loaded before the cap, once for every file

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    out = sys.stdout.buffer
    for raw in sys.stdin.buffer:
        path = os.fsdecode(raw.rstrip(b"\n"))
        try:
            reply = handle(path)
        except MemoryError:
            sys.exit(3)
        except Exception as exc:  # noqa: BLE001 - any parser failure is this file's failure
            reply = {"error": type(exc).__name__}
        out.write(json.dumps(reply).encode() + b"\n")
        out.flush()


if __name__ == "__main__":
    serve()
