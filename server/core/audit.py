"""The append-only, hash-chained audit log.

Each entry commits to its predecessor: ``hash = SHA-256(prev_hash || canonical JSON of the
entry)``. An entry is written in the same transaction as the change it records. Writers are
serialised by updating the single ``audit_head`` row first (a row lock on PostgreSQL, the write
lock on SQLite), so concurrent transactions always extend the chain linearly.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server.core.db import utcnow
from server.core.tables import AuditEntry, AuditHead

GENESIS_HASH = "0" * 64


def _canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def entry_hash(
    *,
    prev_hash: str,
    seq: int,
    at: datetime,
    actor_id: int | None,
    action: str,
    object_type: str,
    object_id: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    details: dict[str, Any] | None,
) -> str:
    """The hash an entry must carry, given its predecessor's hash."""
    body = {
        "seq": seq,
        "at": at.isoformat(timespec="microseconds"),
        "actor_id": actor_id,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "before": before,
        "after": after,
        "details": details,
    }
    return hashlib.sha256(prev_hash.encode("ascii") + _canonical(body)).hexdigest()


def _normalise(value: dict[str, Any] | None) -> dict[str, Any] | None:
    # Round-trip through JSON so what is hashed is exactly what the database returns later.
    return None if value is None else json.loads(_canonical(value))


def record(
    db_session: Session,
    *,
    actor_id: int | None,
    action: str,
    object_type: str,
    object_id: str | int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append an entry in the caller's transaction (committed with the change it records)."""
    db_session.flush()
    locked = db_session.execute(
        update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1)
    )
    if locked.rowcount != 1:  # type: ignore[attr-defined]
        raise RuntimeError("audit_head row missing: the database was not migrated")
    head = db_session.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)
    ).one()
    fields: dict[str, Any] = {
        "seq": head.seq,
        "at": utcnow(),
        "actor_id": actor_id,
        "action": action,
        "object_type": object_type,
        "object_id": None if object_id is None else str(object_id),
        "before": _normalise(before),
        "after": _normalise(after),
        "details": _normalise(details),
    }
    digest = entry_hash(prev_hash=head.hash, **fields)
    entry = AuditEntry(prev_hash=head.hash, hash=digest, **fields)
    db_session.add(entry)
    db_session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=digest))
    return entry


@dataclass(frozen=True)
class AuditProblem:
    """One break in the chain found by :func:`verify`."""

    seq: int
    kind: str
    """``edited``, ``deleted``, ``reordered`` or ``head_mismatch``."""
    explanation: str


@dataclass(frozen=True)
class AuditReport:
    """The outcome of verifying the whole chain."""

    entries_checked: int
    problems: tuple[AuditProblem, ...]

    @property
    def ok(self) -> bool:
        """True when the chain is intact end to end."""
        return not self.problems


def _walk(db_session: Session) -> Iterator[AuditEntry]:
    stream = db_session.execute(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=1000)
    )
    for (entry,) in stream:
        yield entry


def _recompute(entry: AuditEntry, *, seq: int) -> str:
    return entry_hash(
        prev_hash=entry.prev_hash, seq=seq, at=entry.at, actor_id=entry.actor_id,
        action=entry.action, object_type=entry.object_type, object_id=entry.object_id,
        before=entry.before, after=entry.after, details=entry.details,
    )


def _original_seq(entry: AuditEntry, seq_of_hash: dict[str, int]) -> int | None:
    """Where an entry stood when written, judged by the predecessor it names."""
    if entry.prev_hash == GENESIS_HASH:
        return 1
    previous = seq_of_hash.get(entry.prev_hash)
    return None if previous is None else previous + 1


def _check_entry(
    entry: AuditEntry, *, expected_seq: int, prev_hash: str, seq_of_hash: dict[str, int]
) -> list[AuditProblem]:
    problems: list[AuditProblem] = []
    if entry.seq != expected_seq:
        problems.append(AuditProblem(
            expected_seq, "deleted", f"entries {expected_seq}..{entry.seq - 1} are missing"
        ))
    if _recompute(entry, seq=entry.seq) != entry.hash:
        original = _original_seq(entry, seq_of_hash)
        if original not in (None, entry.seq) and _recompute(entry, seq=original) == entry.hash:
            problems.append(AuditProblem(
                entry.seq, "reordered",
                f"entry {entry.seq} ({entry.action}) was written as entry {original}",
            ))
        else:
            problems.append(AuditProblem(
                entry.seq, "edited",
                f"entry {entry.seq} ({entry.action}) does not match its hash",
            ))
    elif entry.prev_hash != prev_hash and entry.seq == expected_seq:
        problems.append(AuditProblem(
            entry.seq, "deleted", f"the entry before entry {entry.seq} was removed or replaced"
        ))
    return problems


def verify(db_session: Session) -> AuditReport:
    """Check every entry against its content and its predecessor, and the head against the end."""
    seq_of_hash: dict[str, int] = {
        row.hash: row.seq for row in db_session.execute(select(AuditEntry.hash, AuditEntry.seq))
    }
    problems: list[AuditProblem] = []
    expected_seq, prev_hash, checked = 1, GENESIS_HASH, 0
    for entry in _walk(db_session):
        checked += 1
        problems += _check_entry(
            entry, expected_seq=expected_seq, prev_hash=prev_hash, seq_of_hash=seq_of_hash
        )
        prev_hash, expected_seq = entry.hash, entry.seq + 1
    head = db_session.get(AuditHead, 1)
    if head is not None and (head.seq != expected_seq - 1 or head.hash != prev_hash):
        problems.append(AuditProblem(
            head.seq, "head_mismatch",
            f"the chain ends at entry {expected_seq - 1} but the head names entry {head.seq}",
        ))
    return AuditReport(entries_checked=checked, problems=tuple(problems))
