"""Keeping signatures verifiable: renew B-LTA documents before their last TSA certificate ends.

A document is due when its newest document time stamp was made by a TSA whose certificate
expires within the window (one year by default) of the clock's now. Renewal appends validation
data and a fresh document time stamp (:func:`signing.extend_pdf`) as an incremental update; the
earlier bytes are kept exactly. In a bag, the renewed PDF, its metadata, its report and the
manifests are rebuilt in a copy that replaces the bag only when complete.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import bagit

import signing
from archive import layout
from archive._fs import replace_dir
from archive.errors import RenewalError
from archive.metadata import (
    FileFacts,
    read_dossier_xml,
    with_document_hash,
    with_file_facts,
)
from archive.package import _pdf_format
from archive.ports import Clock, TimestampRenewer
from archive.signatures import SignatureCheck
from archive.verify import verify_bag

__all__ = [
    "DEFAULT_WINDOW",
    "RenewalCandidate",
    "RenewalOutcome",
    "SigningRenewer",
    "due_for_renewal",
    "renew_bag",
    "renew_document",
]

DEFAULT_WINDOW = timedelta(days=365)


@dataclass(frozen=True)
class RenewalCandidate:
    """A B-LTA document whose newest time stamp's TSA certificate ends soon."""

    tsa: str
    """Common name of the TSA that made the newest document time stamp."""
    timestamp_time: datetime | None
    tsa_expires: datetime


@dataclass(frozen=True)
class RenewalOutcome:
    """What :func:`renew_bag` did."""

    bag: Path
    renewed: tuple[str, ...]
    """Bag-relative paths of renewed PDFs."""
    checked: int


class SigningRenewer:
    """:class:`~archive.ports.TimestampRenewer` on :func:`signing.extend_pdf`."""

    def __init__(
        self,
        timestamp: signing.TimestampSource,
        validation: signing.ValidationSources | None = None,
        *,
        at: datetime | None = None,
    ) -> None:
        self.timestamp = timestamp
        self.validation = validation
        self.at = at
        """Validation time (default: now); a controlled clock for scheduled runs and tests."""

    def renew(self, data: bytes) -> bytes:
        """Validation data and a fresh document time stamp, appended."""
        return signing.extend_pdf(data, self.timestamp, validation=self.validation, at=self.at)


def due_for_renewal(
    data: bytes, *, now: datetime, window: timedelta = DEFAULT_WINDOW
) -> RenewalCandidate | None:
    """The renewal need of one PDF; ``None`` when it has no document time stamp or its newest
    TSA certificate outlives ``now + window``.

    Raises:
        signing.UnreadablePdf: not a readable PDF.
    """
    report = signing.verify_pdf(data, revocation=signing.RevocationMode.OFF, at=now)
    stamps = [s for s in report.signatures if s.kind == "document-timestamp" and s.signer]
    if not stamps:
        return None
    newest = stamps[-1]  # file order: the last one covers all the others
    assert newest.signer is not None
    if newest.signer.not_after - now > window:
        return None
    return RenewalCandidate(
        newest.signer.subject_name, newest.timestamp_time, newest.signer.not_after
    )


def renew_document(data: bytes, renewer: TimestampRenewer) -> bytes:
    """Renew one PDF and prove the earlier bytes are untouched.

    Raises:
        RenewalError: the renewer failed or rewrote the file.
    """
    try:
        renewed = renewer.renew(data)
    except signing.SigningError as e:
        raise RenewalError(f"time stamp renewal failed: {e}") from e
    if not signing.is_incremental_update(data, renewed):
        raise RenewalError("the renewed file is not an incremental update of the original")
    return renewed


def renew_bag(
    bag: Path,
    renewer: TimestampRenewer,
    *,
    clock: Clock,
    window: timedelta = DEFAULT_WINDOW,
    check: SignatureCheck | None = None,
) -> RenewalOutcome:
    """Renew every due document of a bag, replacing the bag only once the copy is complete.

    Raises:
        RenewalError: the bag has fixity problems (renewal would hide them), or a renewal failed.
        BagUnreadable: not a bag.
    """
    before = verify_bag(bag, signatures=False)
    if not before.valid:
        raise RenewalError(f"{bag} is not intact: {before.problems[0]}")
    now = clock.now()
    data_dir = bag / "data"
    pdfs = sorted((data_dir / layout.DOCUMENTS_DIR).glob("*.pdf"))
    due = [p for p in pdfs if due_for_renewal(p.read_bytes(), now=now, window=window)]
    if not due:
        return RenewalOutcome(bag, (), len(pdfs))
    build = Path(tempfile.mkdtemp(prefix=f".{bag.name}.", suffix=".renewing", dir=bag.parent))
    try:
        shutil.rmtree(build)
        shutil.copytree(bag, build, symlinks=True)
        renewed = [
            _renew_in(build, p.relative_to(bag).as_posix(), renewer, check, now) for p in due
        ]
        bagit.Bag(str(build)).save(manifests=True)
        after = verify_bag(build, signatures=False)
        if not after.valid:
            raise RenewalError(f"renewed copy of {bag} does not verify: {after.problems[0]}")
        replace_dir(bag, build)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    return RenewalOutcome(bag, tuple(renewed), len(pdfs))


def _renew_in(
    build: Path,
    rel: str,
    renewer: TimestampRenewer,
    check: SignatureCheck | None,
    now: datetime,
) -> str:
    pdf = build / rel
    old = pdf.read_bytes()
    new = renew_document(old, renewer)
    pdf.write_bytes(new)
    inner = rel.removeprefix("data/")
    dossier_path = build / "data" / layout.DOSSIER_XML
    meta = read_dossier_xml(dossier_path.read_bytes())
    entry = next((e for e in meta.documents if e.path == inner), None)
    if entry is None:
        raise RenewalError(f"{rel} is not listed in dossier.xml")
    sha256 = hashlib.sha256(new).hexdigest()
    facts = FileFacts(
        inner,
        len(new),
        sha256,
        hashlib.sha512(new).hexdigest(),
        _pdf_format(new, entry.document_id),
    )
    xml = build / "data" / entry.metadata_path
    xml.write_bytes(with_file_facts(xml.read_bytes(), facts))
    dossier_path.write_bytes(
        with_document_hash(dossier_path.read_bytes(), entry.document_id, sha256)
    )
    report = (check or SignatureCheck()).verify(new)
    (build / "data" / entry.report_path).write_text(
        json.dumps(report.to_json(), ensure_ascii=False, indent=2), "utf-8"
    )
    log = build / "data" / layout.AUDIT_DIR / "renewals.jsonl"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(
            json.dumps(
                {
                    "at": now.isoformat(),
                    "document": entry.document_id,
                    "old_sha256": hashlib.sha256(old).hexdigest(),
                    "new_sha256": sha256,
                }
            )
            + "\n"
        )
    return rel
