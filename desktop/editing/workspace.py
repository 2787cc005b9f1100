"""Working copies of attachments opened for editing (no Qt): where they live, what they are
based on, and whether they hold edits the server has not got yet.

One folder per server and document; beside the files, ``.phigiay-edit.json`` records for each
file the server attachment it was last in step with (id and SHA-256). That record is written
atomically and only after the server has the bytes, so after a crash or a restart a working copy
whose hash differs from its base is known to hold unsent edits — and is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

EDITABLE_SUFFIXES = frozenset({".docx", ".doc", ".odt", ".rtf", ".xlsx", ".xls", ".ods",
                               ".pptx", ".odp"})
"""Attachments an office suite edits (PDFs are versions of the document, not edited here)."""
STATE_FILE = ".phigiay-edit.json"


def is_editable(filename: str) -> bool:
    """Whether an attachment can be opened for editing."""
    return Path(filename).suffix.lower() in EDITABLE_SUFFIXES


def sha256_file(path: Path) -> str:
    """The hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    """Replace a file's content all at once (temp file, fsync, rename)."""
    temporary = path.with_name(f".{path.name}.phigiay-tmp")
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


@dataclass(frozen=True)
class EditBase:
    """The server's attachment a working copy was last in step with."""

    attachment_id: int
    sha256: str


@dataclass(frozen=True)
class WorkingCopy:
    """A file being edited: where, of which document, and its base on the server."""

    document_id: int
    path: Path
    base: EditBase

    @property
    def filename(self) -> str:
        """The attachment's name (the same on the server and here)."""
        return self.path.name

    def has_unsent_edits(self) -> bool:
        """Whether the file differs from what the server has (``False`` if it is missing)."""
        try:
            return sha256_file(self.path) != self.base.sha256
        except FileNotFoundError:
            return False


class Workspace:
    """The root folder of working copies, one subfolder per server and document."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, server_url: str, document_id: int) -> Path:
        """The document's folder (a file-system-safe name of the server, then the id)."""
        server = re.sub(r"[^A-Za-z0-9.-]+", "_", server_url.split("://")[-1]).strip("_")
        return self.root / (server or "server") / str(document_id)

    def checkout(self, server_url: str, document_id: int, filename: str, base: EditBase,
                 data: bytes) -> tuple[WorkingCopy, bool]:
        """The working copy of an attachment: written from ``data`` unless it holds unsent
        edits, in which case it is kept as it is (second value ``True``)."""
        folder = self.folder(server_url, document_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / Path(filename).name
        known = self.base_of(path)
        if known is not None and path.exists():
            kept = WorkingCopy(document_id, path, known)
            if kept.has_unsent_edits():
                return kept, True
        write_atomically(path, data)
        copy = WorkingCopy(document_id, path, base)
        self.record(copy)
        return copy, False

    def record(self, copy: WorkingCopy) -> None:
        """Remember, durably, the base of a working copy (after the server has it)."""
        states = self._states(copy.path.parent)
        states[copy.filename] = asdict(copy.base)
        text = json.dumps(states, ensure_ascii=False, indent=1, sort_keys=True)
        write_atomically(copy.path.parent / STATE_FILE, text.encode("utf-8"))

    def base_of(self, path: Path) -> EditBase | None:
        """The recorded base of a working copy, if any."""
        found = self._states(path.parent).get(path.name)
        if not isinstance(found, dict):
            return None
        try:
            return EditBase(int(found["attachment_id"]), str(found["sha256"]))
        except (KeyError, TypeError, ValueError):
            return None

    @staticmethod
    def _states(folder: Path) -> dict[str, object]:
        try:
            states = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return states if isinstance(states, dict) else {}

    @staticmethod
    def side_copy(copy: WorkingCopy, label: str, data: bytes | None = None,
                  now: datetime | None = None) -> Path:
        """A sibling file ``name (label YYYY-MM-DD HH.MM).ext`` holding ``data`` (default: the
        working copy's bytes) — how an edit is set aside instead of being lost."""
        stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M")
        target = copy.path.with_name(f"{copy.path.stem} ({label} {stamp}){copy.path.suffix}")
        number = 2
        while target.exists():
            target = copy.path.with_name(
                f"{copy.path.stem} ({label} {stamp} {number}){copy.path.suffix}")
            number += 1
        write_atomically(target, copy.path.read_bytes() if data is None else data)
        return target
