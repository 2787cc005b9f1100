"""Signing PDFs: one document, a batch on one token session, form filling, renewal."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from signing import _sign
from signing.errors import SigningError
from signing.keys import SigningKey
from signing.profiles import SignOptions
from signing.sources import TimestampSource, ValidationSources

__all__ = [
    "BatchItem",
    "add_signature_field",
    "BatchResult",
    "extend_pdf",
    "fill_fields",
    "sign_batch",
    "sign_pdf",
    "signature_field_page",
]


def sign_pdf(data: bytes, key: SigningKey, options: SignOptions | None = None) -> bytes:
    """Sign a PDF and return the signed bytes: the input followed by one incremental update.

    Args:
        data: the PDF to sign; never modified in place.
        key: from :func:`signing.load_pkcs12` or :meth:`signing.TokenSession.key`.
        options: level, field, appearance, locks, TSA; defaults to an invisible B-B signature.

    Raises:
        UnreadablePdf: the input is malformed or encrypted.
        TimestampError: the TSA failed (B-T and above).
        ValidationDataError: B-LT data could not be gathered, e.g. revoked or untrusted signer.
        TokenError: the token failed while signing.
        SigningFailed: pyHanko refused, e.g. a certification signature that is not the first.
    """
    return _sign.sign(data, key._backend, options or SignOptions())


def signature_field_page(data: bytes, name: str) -> int | None:
    """The 0-based page showing signature field ``name``; ``None`` if it has no widget on a page.

    Raises:
        UnreadablePdf: the input is malformed.
    """
    return _sign.signature_field_page(data, name)


def add_signature_field(
    data: bytes, name: str, *, page: int = 0, box: tuple[float, float, float, float] | None = None
) -> bytes:
    """Add an empty signature field in an incremental update (invisible without ``box``).

    Raises:
        SigningFailed: a field with that name exists already.
        UnreadablePdf: the input is malformed.
    """
    return _sign.add_signature_field(data, name, page, box)


def fill_fields(data: bytes, values: Mapping[str, str], *, font_size: int | None = None) -> bytes:
    """Fill empty text fields (e.g. ``IssueNumber``, ``IssueDate``) in one incremental update.

    The values are drawn in Liberation Serif (Times New Roman metrics) in the size, slant and
    alignment of each field's own default appearance (``font_size`` overrides the size), and the
    fields become read-only, so signatures made before stay valid as permitted form filling.

    Raises:
        FieldError: a field is missing or already filled.
        UnreadablePdf: the input is malformed.
    """
    return _sign.fill_text_fields(data, values, font_size)


def extend_pdf(
    data: bytes,
    timestamp: TimestampSource,
    *,
    validation: ValidationSources | None = None,
    at: datetime | None = None,
) -> bytes:
    """Add validation data and a fresh document time stamp (renewing a B-LTA document).

    On a document whose last signature is a document time stamp, the chain is extended: its
    validation data goes into the DSS and a new time stamp covers everything.

    Args:
        at: the moment certificates are validated as of (default: now); archives renewing on
            a schedule and tests with a controlled clock pass it.
    """
    return _sign.add_document_timestamp(
        data, timestamp, validation or ValidationSources(), moment=at
    )


@dataclass(frozen=True)
class BatchItem:
    """One document of a batch."""

    name: str
    """Caller's identifier (file name, document id)."""

    data: bytes
    """The PDF to sign."""

    options: SignOptions | None = None
    """Per-document options; the batch's options when ``None``."""


@dataclass(frozen=True)
class BatchResult:
    """Outcome of one document of a batch."""

    name: str
    """The item's identifier."""

    signed: bytes | None
    """Signed bytes, or ``None`` on failure."""

    error: SigningError | None = field(default=None, compare=False)
    """Why it failed."""

    seconds: float = 0.0
    """Time spent on this document."""

    @property
    def ok(self) -> bool:
        """Whether the document was signed."""
        return self.signed is not None


ProgressCallback = Callable[[int, int, BatchResult], None]
"""Called after each document with (done, total, result)."""


def sign_batch(
    items: Sequence[BatchItem],
    key: SigningKey,
    options: SignOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> list[BatchResult]:
    """Sign several documents with one key (one token session, one PIN entry).

    A failing document is recorded in its result and the batch goes on; only errors that are
    not :class:`SigningError` (programming errors) stop it.
    """
    results: list[BatchResult] = []
    for index, item in enumerate(items, start=1):
        started = time.perf_counter()
        try:
            signed = sign_pdf(item.data, key, item.options or options)
            result = BatchResult(item.name, signed, None, time.perf_counter() - started)
        except SigningError as e:
            result = BatchResult(item.name, None, e, time.perf_counter() - started)
        results.append(result)
        if progress is not None:
            progress(index, len(items), result)
    return results
