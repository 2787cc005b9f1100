"""Fixity sweeps: re-hash a folder of packages or a content-addressed store, record, alert.

A content-addressed store keeps each file at ``<root>/<aa>/<bb>/<sha256>`` (the server's file
store); a package folder holds bags (folders with ``bagit.txt``). Each sweep yields one
:class:`FixityRun`; :func:`record_run` appends it to a JSON-lines ledger.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive import _bagread
from archive.errors import BagUnreadable
from archive.verify import verify_bag

__all__ = ["FixityResult", "FixityRun", "record_run", "sweep"]

_DIGEST = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class FixityResult:
    """One checked item: a stored file or a bag."""

    path: str
    ok: bool
    detail: str = ""
    """Why not ok (one line per problem)."""


@dataclass(frozen=True)
class FixityRun:
    """The outcome of one sweep."""

    root: str
    started_at: datetime
    finished_at: datetime
    results: tuple[FixityResult, ...]
    bytes_hashed: int

    @property
    def alerts(self) -> tuple[FixityResult, ...]:
        """Items that failed."""
        return tuple(r for r in self.results if not r.ok)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict (one ledger line)."""
        return {
            "root": self.root,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "checked": len(self.results),
            "bytes_hashed": self.bytes_hashed,
            "alerts": [{"path": r.path, "detail": r.detail} for r in self.alerts],
        }


def _store_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("??/??/*") if _DIGEST.match(p.name))


def _check_blob(path: Path) -> tuple[FixityResult, int]:
    if path.is_symlink():
        return FixityResult(str(path), False, "symbolic link in the store"), 0
    digest = _bagread.hash_file(path, ["sha256"])["sha256"]
    ok = digest == path.name
    detail = "" if ok else f"content hashes to {digest}, not to its name"
    return FixityResult(str(path), ok, detail), path.stat().st_size


def _check_bag(path: Path) -> tuple[FixityResult, int]:
    try:
        report = verify_bag(path, signatures=False)
    except BagUnreadable as e:
        return FixityResult(str(path), False, str(e)), 0
    detail = "\n".join(str(p) for p in report.problems)
    return FixityResult(str(path), report.valid, detail), report.bytes_hashed


def sweep(root: Path, *, now: datetime | None = None) -> FixityRun:
    """Re-hash every bag (a folder with ``bagit.txt``, ``root`` itself included) and every
    content-addressed file under ``root``.

    Args:
        root: a bag, a folder of bags, or a content-addressed store.
        now: start time to record (the clock's now).
    """
    started = now or datetime.now(UTC)
    results: list[FixityResult] = []
    total = 0
    bags = (
        [root]
        if (root / "bagit.txt").is_file()
        else sorted(p for p in root.iterdir() if p.is_dir() and (p / "bagit.txt").is_file())
    )
    for bag in bags:
        result, size = _check_bag(bag)
        results.append(result)
        total += size
    if not bags:
        for blob in _store_files(root):
            result, size = _check_blob(blob)
            results.append(result)
            total += size
    finished = started if now is not None else datetime.now(UTC)
    return FixityRun(str(root), started, finished, tuple(results), total)


def record_run(run: FixityRun, ledger: Path) -> None:
    """Append a run to a JSON-lines ledger (fsynced); earlier lines are never rewritten."""
    ledger.parent.mkdir(parents=True, exist_ok=True)
    with open(ledger, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(run.to_json(), ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
