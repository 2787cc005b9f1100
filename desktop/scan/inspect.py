"""Is a scanned file a PDF that can be read? Checked by its first bytes, then by opening it."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pikepdf

PDF_MAGIC = b"%PDF-"
HEAD_BYTES = 1024
"""PDF readers accept the header anywhere in the first kilobyte."""


class RejectReason(StrEnum):
    """Why a file in the scan folder is not taken in."""

    EMPTY = "empty"
    NOT_PDF = "not_pdf"
    DAMAGED = "damaged"
    NO_PAGES = "no_pages"
    ENCRYPTED = "encrypted"


@dataclass(frozen=True)
class Inspection:
    """What a file turned out to be."""

    sha256: str
    size: int
    page_count: int = 0
    """Pages of a good PDF."""
    problem: RejectReason | None = None
    """Why it cannot be received (``None`` for a good PDF)."""
    detail: str = ""
    """The reader's own words about the problem (for the reason file and the log)."""


def sha256_of(data: bytes) -> str:
    """The hex SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def inspect_bytes(data: bytes) -> Inspection:
    """Check a file's bytes: a PDF header, then a full parse and a page count (pikepdf)."""
    digest, size = sha256_of(data), len(data)
    if not data:
        return Inspection(digest, size, problem=RejectReason.EMPTY)
    if PDF_MAGIC not in data[:HEAD_BYTES]:
        head = data[:8].hex(" ")
        return Inspection(digest, size, problem=RejectReason.NOT_PDF,
                          detail=f"no %PDF- header (starts with {head})")
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError as exc:
        return Inspection(digest, size, problem=RejectReason.ENCRYPTED, detail=str(exc))
    except (pikepdf.PdfError, ValueError, RuntimeError) as exc:
        return Inspection(digest, size, problem=RejectReason.DAMAGED, detail=str(exc))
    if pages == 0:
        return Inspection(digest, size, problem=RejectReason.NO_PAGES)
    return Inspection(digest, size, page_count=pages)


def inspect_file(path: Path) -> tuple[Inspection, bytes]:
    """Read and check a file (its bytes come back too, so they are read once)."""
    data = path.read_bytes()
    return inspect_bytes(data), data

