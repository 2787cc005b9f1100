"""Several server workers on one agency database, against one real hub process.

``phigiay-server run --workers N`` starts a connector in every worker process. Here two
connectors share one agency database, each with its own engine and sessions as two processes
have, and run rounds at the same time in threads: every outgoing message reaches the hub
exactly once and every incoming message is taken in exactly once, with no round failing.
"""

from __future__ import annotations

import io
import itertools
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server.axis import edxml
from server.axis.connector import hooks
from server.axis.connector.tables import OutboxMessage, ReceivedMessage
from server.axis.connector.worker import Connector, RoundReport
from server.axis.hub.client import HubClient
from server.core.context import AppContext
from server.core.db import Base
from server.core.files import store_file
from server.documents.tables import Document, DocumentVersion, Recipient
from server.users.tables import User
from tests.fixtures.server import fast_settings, seed_agency
from tests.integration.axis.hubproc import ADMIN_TOKEN, HubProcess, HubProxy
from tests.unit.axis import samples

_numbers = itertools.count(1)
SECRET = "secret-of-the-agency-0123456789"
MESSAGES = 32
WORKERS = 2


@dataclass
class Workers:
    """Agency A with two connectors (two "processes") and a peer agency P on the hub."""

    contexts: list[AppContext]
    connectors: list[Connector]
    peer: HubClient
    organ: edxml.Organization
    peer_organ: edxml.Organization
    reports: list[RoundReport] = field(default_factory=list)

    def count(self, model: type[Base]) -> int:
        with self.contexts[0].database.reading() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    def run_concurrently(self, done: Callable[[Connector], bool], *, rounds: int = 6) -> None:
        """Every connector runs rounds in its own thread, all starting together, until
        ``done`` says its work is over; any exception a round raised fails the test."""
        start = threading.Barrier(len(self.connectors))
        errors: list[BaseException] = []
        lock = threading.Lock()

        def work(connector: Connector) -> None:
            try:
                start.wait(timeout=30)
                for _ in range(rounds):
                    report = connector.run_once()
                    with lock:
                        self.reports.append(report)
                    if done(connector):
                        return
            except BaseException as exc:  # reported to the test below, with its traceback
                with lock:
                    errors.append(exc)
                raise

        threads = [threading.Thread(target=work, args=(c,)) for c in self.connectors]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not any(t.is_alive() for t in threads), "a worker is stuck"
        if errors:
            raise errors[0]
        assert [r.error for r in self.reports if r.error] == []

    def total(self, name: str) -> int:
        return sum(int(getattr(r, name)) for r in self.reports)

    def received(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for report in self.reports:
            counts.update(report.received)
        return counts


@pytest.fixture
def workers(hub: HubProcess, tmp_path: Path, database_url: str,
            request: pytest.FixtureRequest) -> Iterator[Workers]:
    """The agency's workers; ``indirect`` parametrization sets the claim lease in seconds."""
    group = next(_numbers)
    organ = edxml.Organization(f"000.{group:02d}.41.H51", organ_name="UBND tỉnh Hà Tĩnh")
    peer_organ = edxml.Organization(f"000.{group:02d}.42.G23", organ_name="Bộ Nội vụ")
    with HubClient(hub.base_url, token=ADMIN_TOKEN) as admin:
        admin.register(organ.organ_id, name=organ.organ_name, secret=SECRET)
        peer_secret = admin.register(peer_organ.organ_id, name=peer_organ.organ_name)
    settings = fast_settings(tmp_path / "data", database_url, axis_enabled=True,
                             axis_hub_url=hub.base_url, axis_secret=SECRET,
                             axis_organ_id=organ.organ_id, axis_retry_base_seconds=30.0,
                             axis_claim_seconds=getattr(request, "param", 120.0))
    first = AppContext.build(settings)
    seed_agency(first)
    # Each worker process opens the database on its own: its own engine, pool and sessions.
    contexts = [first] + [AppContext.build(settings) for _ in range(WORKERS - 1)]
    connectors = [Connector(context) for context in contexts]
    peer = HubClient(hub.base_url, organ_id=peer_organ.organ_id, secret=peer_secret)
    yield Workers(contexts, connectors, peer, organ, peer_organ)
    peer.close()
    for connector, context in zip(connectors, contexts, strict=True):
        connector.close()
        context.database.dispose()


def _issue(workers: Workers, count: int) -> None:
    """Issue ``count`` outgoing documents to the peer agency (each queues one message)."""
    context = workers.contexts[0]
    with context.database.writing() as session:
        clerk = session.scalars(select(User).where(User.username == "clerk")).one()
        stored = store_file(session, store=context.store, source=io.BytesIO(samples.PDF),
                            media_type="application/pdf")
        for number in range(1, count + 1):
            document = Document(
                agency_id=clerk.agency_id, direction="outgoing", state="issued",
                type_code="official_letter", subject=f"Công văn số {number}", number=number,
                notation="UBND-VP", issue_date=samples.ISSUED,
                issuing_organ_id=workers.organ.organ_id, created_by=clerk.id)
            session.add(document)
            session.flush()
            session.add(DocumentVersion(document_id=document.id, version_no=1,
                                        file_sha256=stored.sha256, filename="cv.pdf",
                                        media_type="application/pdf", reason="issued",
                                        created_by=clerk.id))
            session.add(Recipient(document_id=document.id, organ_id=workers.peer_organ.organ_id,
                                  organ_name=workers.peer_organ.organ_name))
            session.flush()
            hooks.document_moved(session, document, action="issued", note=None)
        session.commit()


def _nothing_due(workers: Workers) -> Callable[[Connector], bool]:
    def done(_: Connector) -> bool:
        with workers.contexts[0].database.reading() as session:
            return session.scalars(select(OutboxMessage.id).where(
                OutboxMessage.state == "pending")).first() is None
    return done


def test_two_workers_send_each_message_exactly_once(workers: Workers,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    _issue(workers, MESSAGES)
    assert workers.count(OutboxMessage) == MESSAGES
    with caplog.at_level(logging.INFO, logger="server.axis"):
        workers.run_concurrently(_nothing_due(workers))

    # Exactly one successful send per message across both workers, none refused or retried.
    assert (workers.total("sent"), workers.total("retried"), workers.total("failed")) == \
        (MESSAGES, 0, 0)
    with workers.contexts[0].database.reading() as session:
        rows = list(session.scalars(select(OutboxMessage)))
        assert {(r.state, r.attempts) for r in rows} == {("sent", 1)}
        built = {r.message_id: r.file_sha256 for r in rows}
        states = set(session.scalars(select(Recipient.delivery_status)))
        assert states == {"sent"} and workers.count(Recipient) == MESSAGES
    # The hub holds each message once, with the bytes the outbox recorded, queued for the peer.
    waiting = workers.peer.pending(limit=1000)
    assert Counter(item["message_id"] for item in waiting) == Counter(dict.fromkeys(built, 1))
    assert {item["message_id"]: item["sha256"] for item in waiting} == built
    assert [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING] == []


def test_two_workers_take_each_message_in_exactly_once(workers: Workers,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    sent: dict[str, str] = {}
    for number in range(1, MESSAGES + 1):
        letter = samples.document(number=str(number), recipients=(workers.organ,),
                                  sender=workers.peer_organ)
        message_id = f"letter-{number}"
        workers.peer.send(edxml.build_document(letter), message_id=message_id)
        sent[message_id] = letter.document_id

    def done(connector: Connector) -> bool:
        return connector.client.pending(limit=1) == [] and _nothing_due(workers)(connector)

    with caplog.at_level(logging.INFO, logger="server.axis"):
        workers.run_concurrently(done)

    received = workers.received()
    assert received["accepted"] == MESSAGES and received["quarantined"] == 0
    with workers.contexts[0].database.reading() as session:
        numbers = sorted(n or 0 for n in session.scalars(select(Document.number)))
        assert numbers == list(range(1, MESSAGES + 1))  # one document each
        taken = list(session.scalars(select(ReceivedMessage)))
        assert sorted(r.message_id for r in taken) == sorted(sent)
        assert {r.outcome for r in taken} == {"accepted"}
        # One "arrived" (01) per document, nothing more: no document was taken in twice.
        answers = list(session.scalars(select(OutboxMessage)))
        assert sorted(a.edxml_document_id for a in answers) == sorted(sent.values())
        assert {(a.status_code, a.state) for a in answers} == {("01", "sent")}
    # Every message acknowledged at the hub.
    assert workers.connectors[0].client.pending(limit=1000) == []
    for message_id in sent:
        assert workers.peer.deliveries(message_id) == {workers.organ.organ_id: "acknowledged"}
    # A lost race is a quiet line, never a traceback or a warning.
    assert [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING] == []
    lost = [r for r in caplog.records if "another worker" in r.getMessage()]
    print(f"receipt races lost and settled quietly: {len(lost)}; "
          f"duplicates counted: {received['duplicate']}")


@pytest.mark.parametrize("workers", [1.0], indirect=True)
def test_a_send_outliving_its_lease_is_sent_again_and_the_hub_keeps_it_once(
        workers: Workers, hub: HubProcess) -> None:
    """Worker A's send reaches the hub but its answer is held past the claim lease; worker B
    claims the row again and sends the same stored bytes (the hub answers "duplicate"); A's
    send then fails, which must not undo B's "sent"."""
    _issue(workers, 1)
    slow, quick = workers.connectors
    proxy = HubProxy(hub.base_url, min_trapped_bytes=1)
    direct = slow.client
    slow.client = HubClient(proxy.base_url, organ_id=workers.organ.organ_id, secret=SECRET)
    try:
        proxy.trap_next_upload()
        reports: list[RoundReport] = []
        thread = threading.Thread(target=lambda: reports.append(slow.run_once()))
        thread.start()
        assert proxy.trapped.wait(30), "the first send never reached the hub"
        time.sleep(1.2)  # the lease (1 s) runs out while A still waits for its answer
        again = quick.run_once()
        assert (again.sent, again.error) == (1, None)
        proxy.release()
        thread.join(timeout=60)
        assert not thread.is_alive()
        (first,) = reports
        assert (first.sent, first.retried, first.failed, first.error) == (0, 0, 0, None)
    finally:
        proxy.close()
        slow.client.close()
        slow.client = direct
    with workers.contexts[0].database.reading() as session:
        row = session.scalars(select(OutboxMessage)).one()
        assert (row.state, row.attempts, row.last_error) == ("sent", 1, None)
        assert session.scalars(select(Recipient.delivery_status)).one() == "sent"
    (held,) = workers.peer.pending(limit=1000)
    assert (held["message_id"], held["sha256"]) == (row.message_id, row.file_sha256)
    assert quick.client.deliveries(row.message_id) == {workers.peer_organ.organ_id: "pending"}
