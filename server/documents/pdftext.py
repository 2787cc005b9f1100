"""Text and page count of a PDF, extracted in a worker process with time and memory limits.

A damaged or hostile PDF can make a parser loop or balloon; running pdfium in a separate process
under ``RLIMIT_AS`` and a timeout means the worst it can do is fail, and the document is then
marked ``failed`` instead of taking the server down. The processes are long-lived and shared
(:mod:`server.documents.pdfworkers`): interpreter start-up is paid once per worker, not per file.
"""

from __future__ import annotations

import atexit
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from server.documents.pdfworkers import ExtractorPool

PDF_MAGIC = b"%PDF-"
TIMEOUT_SECONDS = 30
POOL_SIZE = 2
FILES_PER_WORKER = 200


@dataclass(frozen=True)
class PdfText:
    """What extraction found: ``status`` is ok, failed or not_pdf."""

    status: str
    text: str = ""
    page_count: int | None = None


def looks_like_pdf(head: bytes) -> bool:
    """Whether bytes start like a PDF (the header may follow up to 1 KiB of junk)."""
    return PDF_MAGIC in head[:1024]


_pool: ExtractorPool | None = None
_pool_pid = 0
_pool_lock = threading.Lock()


def _shared_pool() -> ExtractorPool:
    global _pool, _pool_pid
    with _pool_lock:
        # A forked server process must not share its parent's pipes: it starts its own pool.
        if _pool is None or _pool_pid != os.getpid():
            _pool_pid = os.getpid()
            _pool = ExtractorPool(size=POOL_SIZE, timeout=TIMEOUT_SECONDS,
                                  max_files=FILES_PER_WORKER)
        return _pool


def shutdown() -> None:
    """Stop the extraction workers (at application shutdown; the next extract starts anew)."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown()


atexit.register(shutdown)


def extract(path: Path) -> PdfText:
    """Extract text and page count of a stored PDF, never raising."""
    with path.open("rb") as handle:
        if not looks_like_pdf(handle.read(1024)):
            return PdfText(status="not_pdf")
    try:
        reply = _shared_pool().extract(path)
    except (OSError, RuntimeError):
        # Cannot start a worker (out of processes) or shutting down: the file stays unread.
        return PdfText(status="failed")
    if reply is None or "error" in reply:
        return PdfText(status="failed")
    try:
        return PdfText(status="ok", text=str(reply["text"]), page_count=int(reply["pages"]))
    except (KeyError, TypeError, ValueError):
        return PdfText(status="failed")
