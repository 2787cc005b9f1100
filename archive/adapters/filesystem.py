"""A :class:`~archive.ports.DossierRepository` and :class:`~archive.ports.DocumentSource` on a
folder, for the CLI and tests::

    ROOT/dossiers/<file code>/dossier.json
    ROOT/catalogues/<organ id>.<year>.json
    ROOT/disposals.jsonl             append-only, one disposal record a line
    ROOT/documents/<id>.pdf          the PDF as issued
    ROOT/documents/<id>.json         its ArchiveRecord

Every JSON file is replaced atomically (temp file, fsync, rename).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from archive._fs import fsync_dir
from archive.adapters import codec
from archive.errors import DocumentMismatch, DocumentNotFound, DossierNotFound
from archive.model import ArchiveRecord, DisposalRecord, Dossier, DossierCatalogue, FileCode

__all__ = ["FolderDocuments", "FolderRepository", "write_json_atomic"]

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,120}$")


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON to ``path`` so readers see the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


class FolderRepository:
    """Dossiers, catalogues and disposal records as JSON files under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _dossier_file(self, file_code: FileCode) -> Path:
        return self.root / "dossiers" / str(file_code) / "dossier.json"

    def get(self, file_code: FileCode) -> Dossier:
        """The dossier; raises :class:`DossierNotFound`."""
        path = self._dossier_file(file_code)
        if not path.is_file():
            raise DossierNotFound(f"no dossier {file_code}")
        return codec.dossier_from_json(json.loads(path.read_text("utf-8")))

    def save(self, dossier: Dossier) -> None:
        """Insert or replace a dossier."""
        write_json_atomic(self._dossier_file(dossier.file_code), codec.dossier_to_json(dossier))

    def list(self, *, year: int | None = None) -> Sequence[Dossier]:
        """Every dossier, by file code."""
        found = []
        for path in sorted((self.root / "dossiers").glob("*/dossier.json")):
            dossier = codec.dossier_from_json(json.loads(path.read_text("utf-8")))
            if year is None or dossier.file_code.year == year:
                found.append(dossier)
        return found

    def catalogue(self, organ_id: str, year: int) -> DossierCatalogue | None:
        """The catalogue of a year, if any."""
        path = self.root / "catalogues" / f"{organ_id}.{year}.json"
        if not path.is_file():
            return None
        return codec.catalogue_from_json(json.loads(path.read_text("utf-8")))

    def save_catalogue(self, catalogue: DossierCatalogue) -> None:
        """Insert or replace a catalogue."""
        path = self.root / "catalogues" / f"{catalogue.organ_id}.{catalogue.year}.json"
        write_json_atomic(path, codec.catalogue_to_json(catalogue))

    def add_disposal_record(self, record: DisposalRecord) -> None:
        """Append one line to ``disposals.jsonl`` and fsync it."""
        self.root.mkdir(parents=True, exist_ok=True)
        line = json.dumps(codec.disposal_to_json(record), ensure_ascii=False) + "\n"
        with open(self.root / "disposals.jsonl", "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def disposal_records(self) -> Sequence[DisposalRecord]:
        """Every disposal record, oldest first."""
        path = self.root / "disposals.jsonl"
        if not path.is_file():
            return []
        lines = path.read_text("utf-8").splitlines()
        return [codec.disposal_from_json(json.loads(line)) for line in lines if line.strip()]


class FolderDocuments:
    """Issued documents as ``<id>.pdf`` + ``<id>.json`` in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, document_id: str, suffix: str) -> Path:
        if not _SAFE_ID.match(document_id):
            raise DocumentNotFound(f"{document_id!r} is not a valid document id")
        return self.folder / f"{document_id}{suffix}"

    def record(self, document_id: str) -> ArchiveRecord:
        """Metadata; raises :class:`DocumentNotFound`."""
        path = self._path(document_id, ".json")
        if not path.is_file():
            raise DocumentNotFound(f"no document {document_id}")
        return codec.record_from_json(json.loads(path.read_text("utf-8")))

    def content(self, document_id: str) -> bytes:
        """The PDF as issued; raises :class:`DocumentNotFound`."""
        path = self._path(document_id, ".pdf")
        if not path.is_file():
            raise DocumentNotFound(f"no document {document_id}")
        return path.read_bytes()

    def add(self, record: ArchiveRecord, data: bytes) -> None:
        """Store a document (the PDF first, then its record).

        Raises:
            DocumentMismatch: ``data`` does not hash to ``record.sha256``.
        """
        if hashlib.sha256(data).hexdigest() != record.sha256:
            raise DocumentMismatch(f"{record.document_id}: bytes do not match the record")
        self.folder.mkdir(parents=True, exist_ok=True)
        pdf = self._path(record.document_id, ".pdf")
        tmp = pdf.with_name(f".{pdf.name}.tmp")
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, pdf)
        write_json_atomic(self._path(record.document_id, ".json"), codec.record_to_json(record))
