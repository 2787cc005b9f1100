"""Where things sit inside a phigiay preservation bag (paths relative to the bag's ``data/``)."""

from __future__ import annotations

import re

__all__ = [
    "ALGORITHMS",
    "AUDIT_DIR",
    "DOCUMENTS_DIR",
    "DOSSIER_XML",
    "METADATA_DIR",
    "REPORTS_DIR",
    "document_stem",
]

ALGORITHMS = ("sha256", "sha512")
"""Manifest algorithms every phigiay bag carries."""

DOCUMENTS_DIR = "documents"
"""The PDFs exactly as issued."""
METADATA_DIR = "metadata"
"""``dossier.xml`` and ``documents/NNNN-<id>.xml``."""
DOSSIER_XML = f"{METADATA_DIR}/dossier.xml"
REPORTS_DIR = "signatures"
"""One JSON validation report per document (``signing.verify_pdf``)."""
AUDIT_DIR = "audit"
"""The caller's audit extract and the renewal log."""

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def document_stem(ordinal: int, document_id: str) -> str:
    """File stem shared by a document's PDF, XML and report: ``0007-VB-2026-12``."""
    return f"{ordinal:04d}-{_UNSAFE.sub('_', document_id)[:80]}"
