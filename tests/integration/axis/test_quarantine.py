"""An operator deals with quarantined axis messages through the routes: reprocessing runs the
intake again (once, idempotently), dismissing keeps the message on record; both are audited."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.axis import edxml
from server.axis.connector import inbound
from server.axis.connector.tables import OutboxMessage, QuarantinedMessage, ReceivedMessage
from server.core.context import AppContext
from server.core.db import Base
from server.core.tables import AuditEntry
from server.documents.tables import Document
from tests.fixtures.server import Seed
from tests.unit.axis import samples

MALFORMED = b"<edXML xmlns='" + edxml.NAMESPACE.encode() + b"'><unclosed></edXML>"


def _intake(context: AppContext) -> inbound.Intake:
    return inbound.Intake(context.database, context.store, samples.VPCP.organ_id)


def _quarantine(context: AppContext, message_id: str, data: bytes, document_id: str, *,
                code: str = "unacceptable") -> int:
    """Keep bytes aside the way the worker does when intake fails."""
    envelope = inbound.Envelope(message_id, samples.HA_TINH.organ_id, document_id)
    outcome = inbound.quarantine(_intake(context), envelope, data, code=code,
                                 reason="kho lưu trữ tạm thời không ghi được")
    assert outcome.value == "quarantined"
    with context.database.reading() as session:
        query = select(QuarantinedMessage.id).where(QuarantinedMessage.message_id == message_id)
        return int(session.scalars(query).one())


def _letter(number: str) -> tuple[bytes, str]:
    letter = samples.document(number=number, sender=samples.HA_TINH, recipients=(samples.VPCP,))
    return edxml.build_document(letter, signer=samples.seal()), letter.document_id


def _count(context: AppContext, model: type[Base], *where: object) -> int:
    with context.database.reading() as session:
        query = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
        return int(session.scalar(query) or 0)


def _status(client: TestClient, headers: dict[str, str]) -> int:
    response = client.get("/api/v1/axis/status", headers=headers)
    assert response.status_code == 200, response.text
    return int(response.json()["quarantined"])


def test_reprocessing_takes_the_message_in_once(
        client: TestClient, login: Callable[..., dict[str, str]], context: AppContext,
        seed: Seed) -> None:
    data, document_id = _letter("501")
    quarantine_id = _quarantine(context, "held-501", data, document_id)
    clerk = login("clerk")
    assert _status(client, clerk) == 1

    response = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/reprocess", headers=clerk)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["resolution"] == "reprocessed" and body["resolved_at"] is not None
    with context.database.reading() as session:
        document = session.scalars(select(Document)).one()
        assert (document.direction, document.state) == ("incoming", "received")
        assert document.issuing_organ_id == samples.HA_TINH.organ_id
        receipt = session.scalars(select(ReceivedMessage).where(
            ReceivedMessage.message_id == "held-501")).one()
        assert (receipt.outcome, receipt.document_id) == ("accepted", document.id)
    # The sender hears the document arrived (01), after the 02 of the quarantine.
    assert _count(context, OutboxMessage, OutboxMessage.status_code == "01") == 1
    assert _status(client, clerk) == 0

    # Again through the route, and the hub delivering the same message id again: no copy.
    again = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/reprocess", headers=clerk)
    assert again.status_code == 200 and again.json()["resolution"] == "reprocessed"
    envelope = inbound.Envelope("held-501", samples.HA_TINH.organ_id, document_id)
    assert inbound.receive(_intake(context), envelope, data).value == "duplicate"
    assert _count(context, Document) == 1
    assert _count(context, AuditEntry, AuditEntry.action == "axis.quarantine_reprocessed") == 1
    refused = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/dismiss", headers=clerk)
    assert refused.status_code == 409


def test_a_message_still_unreadable_stays_quarantined_unchanged(
        client: TestClient, login: Callable[..., dict[str, str]], context: AppContext,
        seed: Seed) -> None:
    document_id = f"{samples.HA_TINH.organ_id},2026/11/20,502/UBND"
    quarantine_id = _quarantine(context, "broken-502", MALFORMED, document_id,
                                code="malformed_xml")
    admin = login("admin")
    response = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/reprocess",
                           headers={**admin, "Accept-Language": "en"})
    assert response.status_code == 409
    problem = response.json()
    assert problem["code"] == "axis_still_refused"
    assert problem["message"].startswith("The message still cannot be taken in: malformed_xml")
    listed = client.get("/api/v1/axis/quarantine", headers=admin).json()
    assert [(q["id"], q["resolution"], q["size"]) for q in listed] == [
        (quarantine_id, None, len(MALFORMED))]
    assert _count(context, ReceivedMessage, ReceivedMessage.outcome == "quarantined") == 1
    assert _count(context, Document) == 0 and _status(client, admin) == 1


def test_dismissing_keeps_the_message_and_is_audited(
        client: TestClient, login: Callable[..., dict[str, str]], context: AppContext,
        seed: Seed) -> None:
    data, document_id = _letter("503")
    quarantine_id = _quarantine(context, "held-503", data, document_id)
    officer = login("officer")
    denied = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/dismiss", headers=officer)
    assert denied.status_code == 403

    clerk = login("clerk")
    for _ in range(2):
        response = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/dismiss",
                               headers=clerk)
        assert response.status_code == 200, response.text
        assert response.json()["resolution"] == "dismissed"
    assert _count(context, AuditEntry, AuditEntry.action == "axis.quarantine_dismissed") == 1
    assert _count(context, QuarantinedMessage) == 1 and _status(client, clerk) == 0
    refused = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/reprocess", headers=clerk)
    assert refused.status_code == 409 and refused.json()["code"] == "illegal_transition"
    assert _count(context, Document) == 0
    missing = client.post("/api/v1/axis/quarantine/999999/dismiss", headers=clerk)
    assert missing.status_code == 404


@pytest.mark.parametrize("action", ["reprocess", "dismiss"])
def test_only_operators_may_act(client: TestClient, login: Callable[..., dict[str, str]],
                                context: AppContext, seed: Seed, action: str) -> None:
    data, document_id = _letter("504")
    quarantine_id = _quarantine(context, f"held-504-{action}", data, document_id)
    response = client.post(f"/api/v1/axis/quarantine/{quarantine_id}/{action}",
                           headers=login("leader"))
    assert response.status_code == 403
    assert _count(context, QuarantinedMessage, QuarantinedMessage.resolution.is_(None)) == 1
