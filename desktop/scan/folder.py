"""A watched scan folder without Qt: which files are ready, what they are, where they go.

The scanner writes PDFs into the folder. A file is looked at only once it has *settled* (same
size and modification time for ``settle_seconds``, and readable — Windows refuses to open a file
the scanner still holds). A good PDF waits for the clerk; anything else moves to ``rejected/``
with a ``.reason.txt`` beside it; a received scan moves to ``processed/``. The journal is written
*before* each move, so a crash between the two is finished on the next start, never repeated.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.scan.inspect import Inspection, RejectReason, inspect_file
from desktop.scan.journal import ScanJournal, ScanRecord, ScanState

PROCESSED, REJECTED, STATE_DIR = "processed", "rejected", ".phigiay"
PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".filepart")
"""Names scanners and copy tools give a file while they are still writing it."""


@dataclass(frozen=True)
class WaitingScan:
    """A readable PDF in the folder, waiting to be received."""

    path: Path
    sha256: str
    page_count: int


@dataclass(frozen=True)
class RejectedScan:
    """A file moved to ``rejected/`` (``moved_to``) and why."""

    filename: str
    moved_to: Path
    reason: RejectReason
    detail: str


@dataclass(frozen=True)
class AlreadyReceived:
    """A file whose bytes were received before (dropped again): moved to ``processed/``."""

    filename: str
    moved_to: Path
    document_id: int | None


Outcome = WaitingScan | RejectedScan | AlreadyReceived


def free_name(folder: Path, filename: str) -> Path:
    """``folder/filename``, or ``name (2).pdf``… when taken: a move never overwrites."""
    target = folder / filename
    stem, suffix = Path(filename).stem, Path(filename).suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS logs renames
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class ScanFolder:
    """One watched folder: its journal, its ``processed/`` and ``rejected/`` subfolders."""

    def __init__(self, root: Path, *, settle_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic,
                 reason_text: Callable[[RejectReason], str] = str) -> None:
        self.root = root
        self.settle_seconds = settle_seconds
        self._clock = clock
        self._reason_text = reason_text
        self.processed = root / PROCESSED
        self.rejected = root / REJECTED
        self.journal = ScanJournal(root / STATE_DIR / "journal.jsonl")
        self._seen: dict[Path, tuple[int, int, float]] = {}
        """Path → (size, mtime_ns, since when unchanged)."""

    def prepare(self) -> None:
        """Create the subfolders (``OSError`` if the folder cannot be used)."""
        for folder in (self.root, self.processed, self.rejected, self.journal.path.parent):
            folder.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def is_candidate(path: Path) -> bool:
        """Whether a path names a file the scanner may have finished (not a helper file)."""
        name = path.name
        return (not name.startswith((".", "~")) and not name.lower().endswith(PARTIAL_SUFFIXES)
                and path.is_file())

    def candidates(self) -> list[Path]:
        """Files directly in the folder, oldest first."""
        try:
            found = [p for p in self.root.iterdir() if self.is_candidate(p)]
        except FileNotFoundError:
            return []
        return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))

    # -- settling -----------------------------------------------------------------------------

    def settled(self, path: Path) -> bool:
        """True once the file has not changed for ``settle_seconds`` and can be opened."""
        try:
            stat = path.stat()
            with open(path, "rb"):
                pass
        except OSError:
            self._seen.pop(path, None)
            return False
        now, key = self._clock(), (stat.st_size, stat.st_mtime_ns)
        previous = self._seen.get(path)
        if previous is None or previous[:2] != key:
            self._seen[path] = (*key, now)
            return self.settle_seconds <= 0
        return now - previous[2] >= self.settle_seconds

    def forget(self, path: Path) -> None:
        """Stop following a path (it was handled or it went away)."""
        self._seen.pop(path, None)

    # -- judging ------------------------------------------------------------------------------

    def examine(self, path: Path) -> Outcome:
        """Look at a settled file: waiting, rejected (moved) or already received (moved)."""
        inspection, _data = inspect_file(path)
        self.forget(path)
        known = self.journal.get(inspection.sha256)
        if known is not None and known.state in (ScanState.RECEIVED, ScanState.DONE):
            moved = self._move(path, self.processed)
            self.journal.write(replace(known, state=ScanState.DONE))
            return AlreadyReceived(path.name, moved, known.document_id)
        if inspection.problem is not None:
            return self.reject(path, inspection)
        # an UPLOADING record keeps its metadata: ``intake.resume`` repeats that very request
        if known is None or known.state is ScanState.REJECTED or (
                known.state is ScanState.WAITING and known.filename != path.name):
            self.journal.write(ScanRecord(inspection.sha256, path.name, ScanState.WAITING))
        return WaitingScan(path, inspection.sha256, inspection.page_count)

    def reject(self, path: Path, inspection: Inspection) -> RejectedScan:
        """Move a file that cannot be received to ``rejected/`` with a reason file."""
        assert inspection.problem is not None
        self.journal.write(ScanRecord(inspection.sha256, path.name, ScanState.REJECTED,
                                      reason=inspection.problem.value))
        moved = self._move(path, self.rejected)
        text = self._reason_text(inspection.problem)
        if inspection.detail:
            text = f"{text}\n{inspection.detail}"
        self._write_atomically(moved.with_name(moved.name + ".reason.txt"), text + "\n")
        return RejectedScan(path.name, moved, inspection.problem, inspection.detail)

    def mark_uploading(self, scan: WaitingScan, fields_json: str) -> None:
        """Note, durably, that this scan is being sent with this metadata."""
        self.journal.write(ScanRecord(scan.sha256, scan.path.name, ScanState.UPLOADING,
                                      fields_json=fields_json))

    def finish(self, scan: WaitingScan, document_id: int) -> Path:
        """The server has it: journal it, then move it to ``processed/``."""
        record = ScanRecord(scan.sha256, scan.path.name, ScanState.RECEIVED,
                            document_id=document_id)
        self.journal.write(record)
        moved = self._move(scan.path, self.processed)
        self.journal.write(replace(record, state=ScanState.DONE))
        return moved

    def _move(self, path: Path, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = free_name(folder, path.name)
        os.replace(path, target)
        _fsync_dir(folder)
        self.forget(path)
        return target

    @staticmethod
    def _write_atomically(path: Path, text: str) -> None:
        temporary = path.with_name(path.name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
