"""The audit log: hash-chained, linear under concurrent writers, tampering found and named."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from server.core import audit
from server.core.context import AppContext
from server.core.tables import AuditEntry


def _append(context: AppContext, count: int, tag: str) -> None:
    for i in range(count):
        with context.database.writing() as session:
            audit.record(session, actor_id=None, action="test.write", object_type="probe",
                         object_id=f"{tag}-{i}", after={"tag": tag, "i": i, "text": "Công văn"})
            session.commit()


def _disable_protection(context: AppContext) -> None:
    """What an attacker with database owner rights would do first."""
    with context.database.writing() as session:
        if context.database.is_postgresql:
            session.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER USER"))
        else:
            session.execute(text("DROP TRIGGER audit_entries_no_update"))
            session.execute(text("DROP TRIGGER audit_entries_no_delete"))
        session.commit()


def _verify(context: AppContext) -> audit.AuditReport:
    with context.database.reading() as session:
        return audit.verify(session)


def test_concurrent_writers_keep_the_chain_linear(context: AppContext) -> None:
    threads = [threading.Thread(target=_append, args=(context, 25, tag)) for tag in "abcd"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = _verify(context)
    assert report.ok, report.problems
    assert report.entries_checked == 100
    with context.database.reading() as session:
        seqs = list(session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
    assert seqs == list(range(1, 101))


def test_the_database_refuses_updates_and_deletes(context: AppContext) -> None:
    _append(context, 2, "x")
    for statement in ("UPDATE audit_entries SET action = 'forged'", "DELETE FROM audit_entries"):
        with context.database.writing() as session, pytest.raises(DBAPIError):
            session.execute(text(statement))
    assert _verify(context).entries_checked == 2


def test_an_edited_entry_is_named(context: AppContext) -> None:
    _append(context, 5, "x")
    _disable_protection(context)
    with context.database.writing() as session:
        session.execute(text("UPDATE audit_entries SET object_id = 'forged' WHERE seq = 3"))
        session.commit()
    report = _verify(context)
    assert [(p.seq, p.kind) for p in report.problems] == [(3, "edited")]


def test_a_deleted_entry_is_named(context: AppContext) -> None:
    _append(context, 5, "x")
    _disable_protection(context)
    with context.database.writing() as session:
        session.execute(text("DELETE FROM audit_entries WHERE seq = 2"))
        session.commit()
    report = _verify(context)
    assert (2, "deleted") in [(p.seq, p.kind) for p in report.problems]


def test_a_deleted_tail_is_caught_by_the_head(context: AppContext) -> None:
    _append(context, 5, "x")
    _disable_protection(context)
    with context.database.writing() as session:
        session.execute(text("DELETE FROM audit_entries WHERE seq = 5"))
        session.commit()
    assert [p.kind for p in _verify(context).problems] == ["head_mismatch"]


def test_reordered_entries_are_named(context: AppContext) -> None:
    _append(context, 5, "x")
    _disable_protection(context)
    with context.database.writing() as session:
        session.execute(text("UPDATE audit_entries SET seq = 1000 WHERE seq = 2"))
        session.execute(text("UPDATE audit_entries SET seq = 2 WHERE seq = 4"))
        session.execute(text("UPDATE audit_entries SET seq = 4 WHERE seq = 1000"))
        session.commit()
    kinds = {(p.seq, p.kind) for p in _verify(context).problems}
    assert {(2, "reordered"), (4, "reordered")} <= kinds


def test_an_entry_rewritten_with_a_fresh_hash_breaks_the_next_link(context: AppContext) -> None:
    _append(context, 4, "x")
    _disable_protection(context)
    with context.database.reading() as session:
        entry = session.get(AuditEntry, 2)
        assert entry is not None
        forged_hash = audit.entry_hash(
            prev_hash=entry.prev_hash, seq=2, at=entry.at, actor_id=None, action="forged",
            object_type=entry.object_type, object_id=entry.object_id, before=entry.before,
            after=entry.after, details=entry.details,
        )
    with context.database.writing() as session:
        session.execute(text("UPDATE audit_entries SET action = 'forged', hash = :h WHERE seq = 2"),
                        {"h": forged_hash})
        session.commit()
    problems = _verify(context).problems
    assert [(p.seq, p.kind) for p in problems] == [(3, "deleted")]
    assert "entry 3" in problems[0].explanation
