"""Metadata against payload: does what the XML says match the files in the bag?"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pikepdf

from archive import _bagread, layout
from archive.errors import InvalidMetadata
from archive.metadata import DocumentEntry, DossierMetadata, read_document_xml, read_dossier_xml

Finding = tuple[str, str, str]
"""(problem kind value, bag-relative path, detail)."""

_MISMATCH = "metadata-mismatch"


def page_count(data: bytes) -> int:
    """Pages of a PDF.

    Raises:
        InvalidMetadata: not a readable PDF.
    """
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except (pikepdf.PdfError, ValueError) as e:
        raise InvalidMetadata(f"not a readable PDF: {e}") from e


def _readable(bag: Path, rel: str) -> bool:
    target = bag / rel
    return _bagread.safe_relative(rel) and not target.is_symlink() and target.is_file()


def _sha256(bag: Path, rel: str, digests: dict[str, dict[str, str]]) -> str:
    known = digests.get(rel, {}).get("sha256")
    return known or hashlib.sha256((bag / rel).read_bytes()).hexdigest()


def check_consistency(
    bag: Path, listed: set[str], digests: dict[str, dict[str, str]]
) -> list[Finding]:
    """Cross-check ``dossier.xml``, each document XML and the PDFs.

    Args:
        listed: payload files that are present (already fixity-checked).
        digests: digests computed during the fixity pass, by bag-relative path.
    """
    rel = f"data/{layout.DOSSIER_XML}"
    if not _readable(bag, rel):
        return [(_MISMATCH, rel, "dossier.xml is absent: the package has no metadata")]
    try:
        meta = read_dossier_xml((bag / rel).read_bytes())
    except InvalidMetadata as e:
        return [(_MISMATCH, rel, str(e))]
    findings: list[Finding] = []
    pages = 0
    for entry in meta.documents:
        found, entry_pages = _check_entry(bag, entry, digests)
        findings += found
        pages += entry_pages
    findings += _check_totals(rel, meta, pages)
    named = {f"data/{e.path}" for e in meta.documents}
    prefix = f"data/{layout.DOCUMENTS_DIR}/"
    for path in sorted(p for p in listed if p.startswith(prefix) and p not in named):
        findings.append((_MISMATCH, path, "document in the payload but not in dossier.xml"))
    return findings


def _check_totals(rel: str, meta: DossierMetadata, pages: int) -> list[Finding]:
    findings: list[Finding] = []
    if meta.doc_total != len(meta.documents):
        findings.append(
            (
                _MISMATCH,
                rel,
                f"DocTotal {meta.doc_total} but {len(meta.documents)} documents listed",
            )
        )
    if meta.page_total != pages:
        findings.append(
            (
                _MISMATCH,
                rel,
                f"PageTotal {meta.page_total} but the documents' PageAmount sum to {pages}",
            )
        )
    return findings


def _check_entry(
    bag: Path, entry: DocumentEntry, digests: dict[str, dict[str, str]]
) -> tuple[list[Finding], int]:
    pdf, xml = f"data/{entry.path}", f"data/{entry.metadata_path}"
    for path in (pdf, xml, f"data/{entry.report_path}"):
        if not _bagread.safe_relative(path):
            return [("path-traversal", path, "named in dossier.xml; not opened")], 0
    if not _readable(bag, pdf) or not _readable(bag, xml):
        # also a missing-payload problem when a manifest lists it; here: the metadata is wrong too
        return [(_MISMATCH, pdf, f"{entry.document_id}: document or its XML absent")], 0
    actual = _sha256(bag, pdf, digests)
    findings: list[Finding] = []
    if actual != entry.sha256:
        findings.append(
            (
                _MISMATCH,
                pdf,
                f"dossier.xml says sha256 {entry.sha256[:16]}…, the file is {actual[:16]}…",
            )
        )
    try:
        doc = read_document_xml((bag / xml).read_bytes())
    except InvalidMetadata as e:
        return findings + [(_MISMATCH, xml, str(e))], 0
    expected = (entry.document_id, entry.ordinal, actual, entry.path, (bag / pdf).stat().st_size)
    for label, said, real in zip(
        ("Identifier", "DocOrdinal", "File/Sha256", "File/Path", "File/Size"),
        (doc.document_id, doc.ordinal, doc.sha256, doc.path, doc.size),
        expected,
        strict=True,
    ):
        if said != real:
            findings.append((_MISMATCH, xml, f"{label} is {said!r}, expected {real!r}"))
    try:
        pages = page_count((bag / pdf).read_bytes())
    except InvalidMetadata as e:
        return findings + [("unreadable-document", pdf, str(e))], doc.page_amount
    if pages != doc.page_amount:
        findings.append((_MISMATCH, xml, f"PageAmount {doc.page_amount}, the PDF has {pages}"))
    return findings, doc.page_amount
