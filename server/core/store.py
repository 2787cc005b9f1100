"""The content-addressed file store.

Files are kept under ``<root>/<aa>/<bb>/<sha256>``. Writing goes to a temporary file in the same
filesystem, is fsynced, renamed into place and the folder fsynced; only then may the caller
commit the database row that refers to it. A crash at any point leaves either nothing or an
unreferenced, complete file that a later sweep can remove — never a half-written one.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from server.core.errors import NotFound, PayloadTooLarge, StoreCorrupted

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredBlob:
    """What the store knows of a file it holds."""

    sha256: str
    size: int
    path: Path


@dataclass(frozen=True)
class StoreProblem:
    """A file whose bytes no longer hash to its name, or that cannot be read."""

    sha256: str
    path: Path
    explanation: str


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _valid_digest(sha256: str) -> bool:
    return len(sha256) == 64 and all(c in "0123456789abcdef" for c in sha256)


class FileStore:
    """Durable, verifiable, content-addressed storage of file bytes on local disk."""

    def __init__(self, root: Path, *, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self._tmp = root / "tmp"

    def path_of(self, sha256: str) -> Path:
        """Where a file of this hash lives (whether or not it exists)."""
        if not _valid_digest(sha256):
            raise NotFound("not a SHA-256 digest")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, source: BinaryIO) -> StoredBlob:
        """Store a stream durably and return its hash; refuses streams over the size limit."""
        self._tmp.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp, prefix="incoming-")
        try:
            with os.fdopen(fd, "wb") as tmp:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise PayloadTooLarge(limit=self.max_bytes)
                    digest.update(chunk)
                    tmp.write(chunk)
                tmp.flush()
                os.fsync(tmp.fileno())
            sha256 = digest.hexdigest()
            target = self.path_of(sha256)
            if target.exists():
                os.unlink(tmp_name)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp_name, target)
                _fsync_dir(target.parent)
            return StoredBlob(sha256=sha256, size=size, path=target)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def put_bytes(self, data: bytes) -> StoredBlob:
        """Store bytes already in memory."""
        return self.put(io.BytesIO(data))

    def read(self, sha256: str) -> bytes:
        """Return a file's bytes after checking they still hash to its name."""
        path = self.path_of(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise NotFound("file not in store") from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StoreCorrupted(f"stored file {sha256} does not match its hash")
        return data

    def open_verified(self, sha256: str) -> Iterator[bytes]:
        """Stream a file in chunks, raising at the end if the bytes do not match the hash.

        For large files sent to clients; the caller must treat the stream as failed on error.
        """
        path = self.path_of(sha256)
        if not path.exists():
            raise NotFound("file not in store")
        return self._stream(path, sha256)

    @staticmethod
    def _stream(path: Path, sha256: str) -> Iterator[bytes]:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                yield chunk
        if digest.hexdigest() != sha256:
            raise StoreCorrupted(f"stored file {sha256} does not match its hash")

    def blobs(self) -> Iterator[Path]:
        """Every file in the store (temporary files excluded)."""
        for path in sorted(self.root.glob("??/??/*")):
            if path.is_file():
                yield path

    def verify_all(self) -> tuple[int, list[StoreProblem]]:
        """Re-hash every stored file; return the count checked and the problems found."""
        checked, problems = 0, []
        for path in self.blobs():
            checked += 1
            digest = hashlib.sha256()
            try:
                with path.open("rb") as handle:
                    while chunk := handle.read(CHUNK):
                        digest.update(chunk)
            except OSError as exc:
                problems.append(StoreProblem(path.name, path, f"unreadable: {exc}"))
                continue
            if digest.hexdigest() != path.name:
                problems.append(StoreProblem(path.name, path, "content does not match its hash"))
        return checked, problems
