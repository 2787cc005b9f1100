"""The durable record of every scan a watched folder has seen, keyed by the file's SHA-256.

An append-only JSON-lines file, flushed and fsynced after every line: a line, once written,
survives a crash, and a crash in the middle of a line loses only that line (it is skipped when
read back). The last line of a hash is its state; restarts read the file and continue where
the previous run stopped, so a scan is never received twice.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)


class ScanState(StrEnum):
    """Where a scan is in its life."""

    WAITING = "waiting"
    """A readable PDF, waiting for the clerk to receive it."""
    UPLOADING = "uploading"
    """Sent (or about to be) to the server; the request is repeated after a crash."""
    RECEIVED = "received"
    """The server has it as an incoming document; the file still has to move to processed/."""
    DONE = "done"
    """Received and moved aside."""
    REJECTED = "rejected"
    """Not a PDF that can be read; moved to rejected/ with the reason."""


@dataclass(frozen=True)
class ScanRecord:
    """The latest known state of one scan."""

    sha256: str
    """SHA-256 of the file's bytes (the key: a renamed copy is the same scan)."""
    filename: str
    """Its name when last seen in the folder."""
    state: ScanState
    document_id: int | None = None
    """The incoming document made from it (received and done)."""
    fields_json: str | None = None
    """The metadata sent with it (uploading: to repeat exactly the same request)."""
    reason: str | None = None
    """Why it was rejected (a ``RejectReason`` code)."""
    at: str = ""
    """When the state was written (UTC, ISO 8601)."""

    @classmethod
    def from_line(cls, line: str) -> ScanRecord:
        """Read one journal line (``ValueError`` if it is not one)."""
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return cls(sha256=str(data["sha256"]), filename=str(data["filename"]),
                   state=ScanState(data["state"]), document_id=data.get("document_id"),
                   fields_json=data.get("fields_json"), reason=data.get("reason"),
                   at=str(data.get("at", "")))

    def to_line(self) -> str:
        """One JSON line, without the newline."""
        data = {key: value for key, value in asdict(self).items() if value is not None}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


class ScanJournal:
    """The journal file of one folder, and the latest record of each hash read from it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._latest: dict[str, ScanRecord] = {}
        self._load()

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = ScanRecord.from_line(line)
            except (ValueError, KeyError, TypeError) as exc:
                # a crash while writing leaves a torn last line; anything else is worth a word
                log.warning("%s:%d: skipping unreadable journal line (%s)", self.path, number,
                            exc)
                continue
            self._latest[record.sha256] = record

    def get(self, sha256: str) -> ScanRecord | None:
        """The latest record of a hash, if the folder has seen it."""
        return self._latest.get(sha256)

    def records(self, state: ScanState | None = None) -> list[ScanRecord]:
        """Latest records, optionally only those in one state, in the order first seen."""
        return [r for r in self._latest.values() if state is None or r.state is state]

    def write(self, record: ScanRecord) -> ScanRecord:
        """Append a record and make it durable before returning it (stamped with the time)."""
        stamped = replace(record, at=datetime.now(UTC).isoformat(timespec="seconds"))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = stamped.to_line() + "\n"
        with open(self.path, "ab") as stream:
            if stream.tell() and not self._ends_with_newline():
                line = "\n" + line  # after a torn line, start on a fresh one
            stream.write(line.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        self._latest[stamped.sha256] = stamped
        return stamped

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as stream:
            stream.seek(-1, os.SEEK_END)
            return stream.read(1) == b"\n"
