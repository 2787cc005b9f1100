"""Signing documents of the server as their leader: fetch the version under signature, sign it
here with the official appearance, upload the signed file (an incremental update the server
checks byte for byte). A batch uses one opened key — one PIN entry, one token session — and one
document's failure never stops the others."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import signing
from desktop.api import errors as api_errors
from desktop.api.client import ApiClient
from desktop.api.documents import DocumentSummary
from desktop.api.models import Me
from desktop.api.requests import FileUpload
from desktop.signing.errors import (
    CertificateNotBound,
    CertificateOutOfValidity,
    SigningSetupError,
)
from desktop.signing.profile import SigningProfile, signature_block
from signing.outgoing import ensure_seal_field

DOCUMENT_FAILURES = (signing.SigningError, api_errors.ApiError, SigningSetupError, OSError)
"""What makes one document of a batch fail without stopping the batch."""


@dataclass(frozen=True)
class DocumentResult:
    """The outcome of signing one document."""

    document_id: int
    """The document."""
    signed: DocumentSummary | None
    """The document after the server accepted the signature; ``None`` on failure."""
    error: Exception | None = field(default=None, compare=False)
    """Why it failed."""
    seconds: float = 0.0
    """Time spent (download, signature, upload)."""

    @property
    def ok(self) -> bool:
        """Whether the server accepted the signed file."""
        return self.signed is not None


Progress = Callable[[int, int, DocumentResult], None]
"""Called after each document with (done, total, result)."""


class LeaderSigner:
    """Signs documents presented to the signed-in leader (blocking calls: run them off the GUI
    thread)."""

    def __init__(self, api: ApiClient, me: Me, profile: SigningProfile) -> None:
        self.api, self.me, self.profile = api, me, profile
        self._image: bytes | None = None
        self._image_loaded = False

    def check_key(self, key: signing.SigningKey, *, at: datetime | None = None) -> None:
        """Refuse a certificate that cannot give an acceptable signature, before signing.

        Raises:
            CertificateOutOfValidity: expired or not yet valid.
            CertificateNotBound: not a certificate the server attributes to this leader.
            NoTimestampAuthority: the level needs a TSA and none is configured.
        """
        self.profile.check()
        cert, moment = key.certificate, at or datetime.now(UTC)
        if not cert.not_before <= moment <= cert.not_after:
            raise CertificateOutOfValidity(cert.subject_name, cert.not_before, cert.not_after,
                                           expired=moment > cert.not_after)
        bound = {c.fingerprint_sha256.lower() for c in self.api.certificates(self.me.user.id)}
        if cert.sha256.lower() not in bound:
            raise CertificateNotBound(cert.subject_name, cert.serial)

    def signature_image(self) -> bytes | None:
        """The leader's handwritten signature from the server (``None`` if none is stored)."""
        if not self._image_loaded:
            try:
                self._image = self.api.signature_image(self.me.user.id)
            except api_errors.NotFound:
                self._image = None
            self._image_loaded = True
        return self._image

    def signed_pdf(self, document: DocumentSummary, pdf: bytes,
                   key: signing.SigningKey) -> bytes:
        """``pdf`` signed as the leader of ``document``: certification signature with the
        official appearance, issuance fields left open (a seal field is added if missing)."""
        pdf = ensure_seal_field(pdf)
        block = signature_block(document, self.me.user.full_name, self.signature_image())
        return signing.sign_as_leader(pdf, key, self.profile.leader_options(pdf, block))

    def sign_one(self, document_id: int, key: signing.SigningKey) -> DocumentSummary:
        """Sign the current version of one document and upload it.

        Raises:
            signing.SigningError, ApiError (the server's refusal: wrong signer, not
            incremental…), SigningSetupError.
        """
        detail = self.api.document(document_id)
        latest = detail.latest_version
        if latest is None:
            raise api_errors.NotFound(detail=f"document {document_id} has no file to sign")
        pdf = self.api.version_file(document_id, latest.version_no)
        signed = self.signed_pdf(detail.document, pdf, key)
        return self.api.upload_signed(document_id, FileUpload(latest.filename, signed))

    def sign_batch(self, document_ids: Sequence[int], key: signing.SigningKey, *,
                   progress: Progress | None = None) -> list[DocumentResult]:
        """Sign several documents with one key; every document gets a result."""
        results: list[DocumentResult] = []
        for index, document_id in enumerate(document_ids, start=1):
            started = time.perf_counter()
            try:
                summary = self.sign_one(document_id, key)
                result = DocumentResult(document_id, summary,
                                        seconds=time.perf_counter() - started)
            except DOCUMENT_FAILURES as exc:
                result = DocumentResult(document_id, None, exc, time.perf_counter() - started)
            results.append(result)
            if progress is not None:
                progress(index, len(document_ids), result)
        return results
