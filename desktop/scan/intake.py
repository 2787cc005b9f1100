"""Receiving a waiting scan through the server, safely against crashes (no Qt; blocking).

The order makes every crash recoverable without a second document: (1) the journal notes
*uploading* with the exact metadata; (2) the upload goes with the file's SHA-256 as
``Idempotency-Key``; (3) the journal notes *received*, the file moves to ``processed/``, the
journal notes *done*. A crash after (1) or (2) leaves an *uploading* record: ``resume`` repeats
the same request and the server answers with the document it already made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop.api.documents import DocumentSummary
from desktop.api.errors import ApiError
from desktop.api.requests import FileUpload, IncomingFields
from desktop.scan.folder import ScanFolder, WaitingScan
from desktop.scan.inspect import sha256_of
from desktop.scan.journal import ScanState

log = logging.getLogger(__name__)


class ReceivingApi(Protocol):
    """The one server call intake needs (``ApiClient.receive``)."""

    def receive(self, fields: IncomingFields, file: FileUpload, *,
                idempotent: bool = False) -> DocumentSummary:
        """Take in a received document with its PDF."""


class ScanChanged(Exception):
    """The file's bytes are no longer those that were previewed (it was replaced)."""


@dataclass(frozen=True)
class Intake:
    """A scan received: the document made and where the file went."""

    document: DocumentSummary
    moved_to: Path


def receive_scan(folder: ScanFolder, api: ReceivingApi, scan: WaitingScan,
                 fields: IncomingFields) -> Intake:
    """Send a waiting scan with the clerk's metadata; move it to ``processed/``."""
    data = scan.path.read_bytes()
    if sha256_of(data) != scan.sha256:
        raise ScanChanged(scan.path.name)
    folder.mark_uploading(scan, fields.to_json())
    document = api.receive(fields, FileUpload(scan.path.name, data), idempotent=True)
    return Intake(document, folder.finish(scan, document.id))


@dataclass(frozen=True)
class Resumed:
    """What ``resume`` did with one interrupted upload."""

    filename: str
    intake: Intake | None = None
    error: Exception | None = None


def resume(folder: ScanFolder, api: ReceivingApi) -> list[Resumed]:
    """Finish what a previous run left half done (call once at start, off the GUI thread).

    *Uploading* scans are sent again with their journaled metadata (the server recognises a
    repeat); *received* ones that did not move yet are moved. A scan whose file is gone from
    the folder cannot be sent again and is left for the clerk to see in the log.
    """
    results: list[Resumed] = []
    for record in folder.journal.records(ScanState.RECEIVED):
        path = folder.root / record.filename
        if path.is_file() and sha256_of(path.read_bytes()) == record.sha256 and \
                record.document_id is not None:
            scan = WaitingScan(path, record.sha256, 0)
            folder.finish(scan, record.document_id)
    for record in folder.journal.records(ScanState.UPLOADING):
        path = folder.root / record.filename
        if not path.is_file() or record.fields_json is None:
            log.warning("interrupted upload of %s cannot be repeated: the file is gone",
                        record.filename)
            continue
        scan = WaitingScan(path, record.sha256, 0)
        try:
            intake = receive_scan(folder, api, scan, IncomingFields.from_json(record.fields_json))
        except (ApiError, OSError, ScanChanged) as exc:
            results.append(Resumed(record.filename, error=exc))
        else:
            results.append(Resumed(record.filename, intake=intake))
    return results
