"""Text and page count of a PDF, extracted in a child process with time and memory limits.

A damaged or hostile PDF can make a parser loop or balloon; running pdfium in a separate process
under ``RLIMIT_AS`` and a timeout means the worst it can do is fail, and the document is then
marked ``failed`` instead of taking the server down.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PDF_MAGIC = b"%PDF-"
MAX_PAGES = 2000
MAX_CHARS = 2_000_000
TIMEOUT_SECONDS = 30
MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class PdfText:
    """What extraction found: ``status`` is ok, failed or not_pdf."""

    status: str
    text: str = ""
    page_count: int | None = None


def looks_like_pdf(head: bytes) -> bool:
    """Whether bytes start like a PDF (the header may follow up to 1 KiB of junk)."""
    return PDF_MAGIC in head[:1024]


def extract(path: Path) -> PdfText:
    """Extract text and page count of a stored PDF, never raising."""
    with path.open("rb") as handle:
        if not looks_like_pdf(handle.read(1024)):
            return PdfText(status="not_pdf")
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "server.documents.pdftext", str(path)],
            capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
        )
    except subprocess.TimeoutExpired:
        return PdfText(status="failed")
    if completed.returncode != 0:
        return PdfText(status="failed")
    try:
        result = json.loads(completed.stdout)
    except ValueError:
        return PdfText(status="failed")
    return PdfText(status="ok", text=str(result["text"]), page_count=int(result["pages"]))


def _child(path: str) -> None:
    import resource

    import pypdfium2

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
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
        json.dump({"pages": pages, "text": "\n".join(parts)[:MAX_CHARS]}, sys.stdout)
    finally:
        pdf.close()


if __name__ == "__main__":
    _child(sys.argv[1])
