"""Content-addressed message files: temp file, fsync, rename, then the database row."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from pathlib import Path


class MessageStore:
    """Message bytes under ``<root>/objects/ab/abcdef…`` named by their SHA-256."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.incoming = root / "incoming"
        self.objects.mkdir(parents=True, exist_ok=True)
        self.incoming.mkdir(parents=True, exist_ok=True)
        self._sweep()

    def _sweep(self, older_than: float = 3600.0) -> None:
        """Remove uploads left by a killed process (old enough not to be in flight elsewhere)."""
        limit = time.time() - older_than
        for leftover in self.incoming.glob("*.part"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()

    def temp_file(self) -> tuple[int, Path]:
        """A new temporary file for an upload (descriptor and path)."""
        fd, name = tempfile.mkstemp(dir=self.incoming, suffix=".part")
        return fd, Path(name)

    def path(self, sha256: str) -> Path:
        """Where the message with this digest lives."""
        return self.objects / sha256[:2] / sha256

    def commit(self, temporary: Path, sha256: str) -> Path:
        """Move an fsynced upload into place (idempotent: same digest, same bytes)."""
        target = self.path(sha256)
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            temporary.unlink(missing_ok=True)
            return target
        os.replace(temporary, target)
        directory = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        return target


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
