"""Opening untrusted PDF bytes with pyHanko, mapping every parser failure to a typed error."""

from __future__ import annotations

from io import BytesIO

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from signing.errors import EncryptedPdf, UnreadablePdf

MAX_PDF_BYTES = 512 * 1024 * 1024
"""Refuse anything larger outright; official documents are far smaller."""

# Parsing hostile input can fail anywhere in the parser; these are the failures it raises
# besides its own PdfError (index and type errors on malformed structures, recursion on loops).
_PARSER_FAILURES = (
    PdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    RecursionError,
    AssertionError,
    OverflowError,
    UnicodeError,
)


def _check(data: bytes) -> None:
    if len(data) > MAX_PDF_BYTES:
        raise UnreadablePdf("file too large")
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise UnreadablePdf("not a PDF (no %PDF- header)")


def _check_encryption(reader: PdfFileReader) -> None:
    if reader.encrypted or "/Encrypt" in reader.trailer:
        raise EncryptedPdf("the PDF is encrypted")


def open_reader(data: bytes) -> PdfFileReader:
    """A strict reader over ``data``; raises :class:`UnreadablePdf` for anything malformed."""
    _check(data)
    try:
        reader = PdfFileReader(BytesIO(data), strict=True)
        _check_encryption(reader)
        reader.root  # noqa: B018 — resolve the catalog now so a broken xref fails here
        return reader
    except UnreadablePdf:
        raise
    except _PARSER_FAILURES as e:
        raise UnreadablePdf(f"malformed PDF: {e}") from e


def open_writer(data: bytes) -> IncrementalPdfFileWriter:
    """An incremental writer over ``data`` (signing never rewrites existing bytes)."""
    _check(data)
    try:
        writer = IncrementalPdfFileWriter(BytesIO(data), strict=True)
        _check_encryption(writer.prev)
        writer.root  # noqa: B018
        return writer
    except UnreadablePdf:
        raise
    except _PARSER_FAILURES as e:
        raise UnreadablePdf(f"malformed PDF: {e}") from e


PARSER_FAILURES = _PARSER_FAILURES
