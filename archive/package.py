"""``pack``: a closed dossier as a BagIt preservation package (RFC 8493).

Layout (under the bag's ``data/``, see :mod:`archive.layout`)::

    documents/NNNN-<id>.pdf           the PDFs exactly as issued (PDF/A, signed), byte for byte
    metadata/dossier.xml              Circular 02 metadata of the dossier + the document list
    metadata/documents/NNNN-<id>.xml  Circular 02 / Phụ lục VI metadata of each document
    signatures/NNNN-<id>.json         signing.verify_pdf report at packing time
    audit/<name>                      the caller's audit extract

The bag carries SHA-256 and SHA-512 manifests and tag manifests. It is built in a hidden
sibling folder, fsynced and renamed into place: a package either exists whole or not at all.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pikepdf

import signing
from archive import layout
from archive._fs import staged_dir, write_file
from archive._parallel import verify_files
from archive.errors import DocumentMismatch, DossierStateError, UnreadableDocument
from archive.metadata import FiledDocument, FileFacts, document_xml, dossier_xml
from archive.model import Dossier, DossierState
from archive.ports import DocumentSource
from archive.signatures import SignatureCheck

__all__ = ["AuditExtract", "PackResult", "pack", "package_fingerprint"]


@dataclass(frozen=True)
class AuditExtract:
    """The audit-log lines about this dossier and its documents, as the caller exported them."""

    name: str
    """File name inside ``data/audit/`` (e.g. ``audit.jsonl``)."""
    data: bytes


@dataclass(frozen=True)
class PackResult:
    """What ``pack`` wrote."""

    path: Path
    fingerprint: str
    """SHA-256 of ``tagmanifest-sha256.txt``: pins the whole bag (record it on transfer)."""
    documents: int
    payload_bytes: int
    signature_verdicts: tuple[tuple[str, signing.Verdict], ...]
    """(document id, verdict at packing time); packing records, it does not refuse."""


def package_fingerprint(bag: Path) -> str:
    """SHA-256 of a bag's ``tagmanifest-sha256.txt``."""
    return hashlib.sha256((bag / "tagmanifest-sha256.txt").read_bytes()).hexdigest()


def _pdf_format(data: bytes, document_id: str) -> str:
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            part = pdf.open_metadata().pdfa_status
    except (pikepdf.PdfError, ValueError) as e:
        raise UnreadableDocument(f"{document_id} is not a readable PDF: {e}") from e
    return f"PDF/A-{part}" if part else "PDF"


def _file_doc(
    dossier: Dossier, ordinal: int, documents: DocumentSource, data_dir: Path
) -> FiledDocument:
    """Write one document and its metadata XML into the staging folder."""
    ref = dossier.entries[ordinal - 1]
    record, data = documents.record(ref.document_id), documents.content(ref.document_id)
    sha256 = hashlib.sha256(data).hexdigest()
    if not sha256 == ref.sha256 == record.sha256:
        raise DocumentMismatch(f"{ref.document_id}: bytes do not match the hash filed")
    stem = layout.document_stem(ordinal, ref.document_id)
    path = f"{layout.DOCUMENTS_DIR}/{stem}.pdf"
    sha512 = hashlib.sha512(data).hexdigest()
    facts = FileFacts(path, len(data), sha256, sha512, _pdf_format(data, ref.document_id))
    filed = FiledDocument(
        ordinal,
        record,
        facts,
        f"{layout.METADATA_DIR}/documents/{stem}.xml",
        f"{layout.REPORTS_DIR}/{stem}.json",
    )
    write_file(data_dir / path, data)
    write_file(data_dir / filed.metadata_path, document_xml(dossier, filed))
    return filed


def _write_reports(
    filed: list[FiledDocument], data_dir: Path, check: SignatureCheck, workers: int
) -> list[tuple[str, signing.Verdict]]:
    """Validate every written PDF and store its report beside it."""
    verdicts = []
    paths = [data_dir / doc.file.path for doc in filed]
    for doc, (_, report) in zip(filed, verify_files(check, paths, workers=workers), strict=True):
        if isinstance(report, signing.UnreadablePdf):
            raise UnreadableDocument(f"{doc.record.document_id}: {report}") from report
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=2)
        write_file(data_dir / doc.report_path, text.encode())
        verdicts.append((doc.record.document_id, report.verdict))
    return verdicts


def pack(
    dossier: Dossier,
    documents: DocumentSource,
    *,
    out: Path,
    audit: AuditExtract | None = None,
    check: SignatureCheck | None = None,
    organisation: str = "",
    at: datetime | None = None,
    workers: int = 1,
) -> PackResult:
    """Build the preservation package of a closed (or transferred) dossier at ``out``.

    Args:
        dossier: the dossier; its documents are read by id from ``documents``.
        out: the bag folder to create; must not exist.
        audit: the audit extract to include.
        check: how the signature reports are made (trust roots, revocation data).
        organisation: ``Source-Organization`` in ``bag-info.txt``.
        at: packing time written into ``bag-info.txt``.
        workers: processes validating signatures in parallel (1: in this process).

    Raises:
        DossierStateError: the dossier is still open (its metadata is not complete).
        DocumentMismatch: a document's bytes no longer match the hash the dossier filed.
        UnreadableDocument: a document is not a readable PDF.
        PackageExists: ``out`` exists.
    """
    if dossier.state not in (DossierState.CLOSED, DossierState.TRANSFERRED):
        raise DossierStateError(f"dossier {dossier.file_code} must be closed to be packed")
    check = check or SignatureCheck()
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    with staged_dir(out) as staging:
        count = len(dossier.entries)
        filed = [_file_doc(dossier, i, documents, staging) for i in range(1, count + 1)]
        verdicts = _write_reports(filed, staging, check, workers)
        write_file(staging / layout.DOSSIER_XML, dossier_xml(dossier, filed))
        if audit is not None:
            write_file(staging / layout.AUDIT_DIR / Path(audit.name).name, audit.data)
        bagit.make_bag(
            str(staging),
            _bag_info(dossier, organisation, moment),
            checksums=list(layout.ALGORITHMS),
        )
    return PackResult(
        out, package_fingerprint(out), len(filed), sum(d.file.size for d in filed), tuple(verdicts)
    )


def _bag_info(dossier: Dossier, organisation: str, moment: datetime) -> dict[str, str]:
    return {
        "Source-Organization": organisation or dossier.creator,
        "Organ-Identifier": dossier.file_code.organ_id,
        "External-Identifier": str(dossier.file_code),
        "External-Description": dossier.title,
        "Bagging-Date": moment.date().isoformat(),
        "Bagging-Time": moment.isoformat(timespec="seconds"),
        "Bag-Software-Agent": "phigiay-archive",
    }
