"""The connector of one agency (in process, real database) against a real hub process:
idempotent receipt, statuses back to the sender, back-off, and hostile input quarantined."""

from __future__ import annotations

import base64
import dataclasses
import io
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server.auth.principal import Principal
from server.axis import edxml
from server.axis.connector import hooks, inbound
from server.axis.connector import service as connector_service
from server.axis.connector.tables import OutboxMessage, QuarantinedMessage, ReceivedMessage
from server.axis.connector.vocabulary import OutboxKind
from server.axis.connector.worker import Connector
from server.axis.hub.client import HubClient
from server.core.context import AppContext
from server.core.db import Base, utcnow
from server.core.files import store_file
from server.core.permissions import Role
from server.documents import incoming
from server.documents.tables import Attachment, Document, DocumentVersion, Recipient
from server.users.tables import User
from tests.fixtures.process import free_port, run_cli, server_env
from tests.fixtures.server import fast_settings, seed_agency
from tests.integration.axis.hubproc import ADMIN_TOKEN, HubProcess
from tests.unit.axis import samples

_numbers = itertools.count(1)
SECRET = "secret-of-the-agency-0123456789"


@dataclass
class Exchange:
    """Agency B (this server, in process) and a sender agency S, both on the hub."""

    context: AppContext
    connector: Connector
    sender: HubClient
    sender_organ: edxml.Organization
    organ: edxml.Organization

    def letter(self, number: str, *,
               attachments: tuple[edxml.Attachment, ...] | None = None
               ) -> edxml.DocumentMessage:
        return samples.document(number=number, recipients=(self.organ,),
                                sender=self.sender_organ, attachments=attachments)

    def statuses_at_sender(self) -> list[edxml.StatusMessage]:
        found = []
        for item in self.sender.pending():
            parsed = edxml.parse(self.sender.download(item["message_id"]))
            self.sender.acknowledge(item["message_id"])
            assert isinstance(parsed.message, edxml.StatusMessage)
            found.append(parsed.message)
        return found

    def count(self, model: type[Base]) -> int:
        with self.context.database.reading() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def exchange(hub: HubProcess, tmp_path: Path, database_url: str) -> Iterator[Exchange]:
    group = next(_numbers)
    organ = edxml.Organization(f"000.{group:02d}.31.H41", organ_name="UBND tỉnh Nghệ An")
    sender_organ = edxml.Organization(f"000.{group:02d}.32.G22", organ_name="Văn phòng Chính phủ")
    with HubClient(hub.base_url, token=ADMIN_TOKEN) as admin:
        admin.register(organ.organ_id, name=organ.organ_name, secret=SECRET)
        sender_secret = admin.register(sender_organ.organ_id, name=sender_organ.organ_name)
    settings = fast_settings(tmp_path / "data", database_url, axis_enabled=True,
                             axis_hub_url=hub.base_url, axis_secret=SECRET,
                             axis_organ_id=organ.organ_id, axis_retry_base_seconds=30.0)
    context = AppContext.build(settings)
    seed_agency(context)
    connector = Connector(context)
    sender = HubClient(hub.base_url, organ_id=sender_organ.organ_id, secret=sender_secret)
    yield Exchange(context, connector, sender, sender_organ, organ)
    sender.close()
    connector.close()
    context.database.dispose()


def _clerk(context: AppContext) -> Principal:
    with context.database.reading() as session:
        clerk = session.scalars(select(User).where(User.username == "clerk")).one()
        return Principal(user_id=clerk.id, username=clerk.username, full_name=clerk.full_name,
                         agency_id=clerk.agency_id, unit_id=clerk.unit_id,
                         roles=frozenset({Role.CLERK}))


def test_a_document_is_taken_in_once_and_its_sender_hears_of_it(exchange: Exchange) -> None:
    letter = exchange.letter("101")
    data = edxml.build_document(letter, signer=samples.seal())
    exchange.sender.send(data, message_id="first-copy")
    report = exchange.connector.run_once()
    assert report.received == {"accepted": 1} and report.error is None
    with exchange.context.database.reading() as session:
        document = session.scalars(select(Document)).one()
        assert (document.state, document.direction) == ("received", "incoming")
        assert document.issuing_organ_id == exchange.sender_organ.organ_id
        assert (document.number, document.notation) == (101, "VPCP-TTĐT")
        assert document.urgency == "urgent" and document.subject == letter.header.subject
        names = sorted(a.filename for a in session.scalars(select(Attachment)))
        assert names == ["phu-luc.zip"]

    # The same document again under another message id, then a copy processed but not yet
    # acknowledged (a crash between commit and acknowledgement): still one document.
    exchange.sender.send(data, message_id="second-copy")
    assert exchange.connector.run_once().received == {"duplicate": 1}
    exchange.sender.send(data, message_id="third-copy")
    envelope = inbound.Envelope("third-copy", exchange.sender_organ.organ_id,
                                letter.document_id)
    assert inbound.receive(exchange.connector.intake, envelope,
                           exchange.connector.client.download("third-copy")).value == "duplicate"
    assert exchange.connector.run_once().received == {}
    assert exchange.connector.client.pending() == []
    assert exchange.count(Document) == 1
    assert exchange.count(ReceivedMessage) == 3

    with exchange.context.database.writing() as session:
        incoming.register(session, actor=_clerk(exchange.context), document_id=document.id)
    exchange.connector.run_once()
    codes = [(s.status_code.value, s.document_id) for s in exchange.statuses_at_sender()]
    assert codes == [("01", letter.document_id), ("03", letter.document_id)]


def test_a_rejection_sends_02_with_its_reason(exchange: Exchange) -> None:
    exchange.sender.send(edxml.build_document(exchange.letter("102")))
    exchange.connector.run_once()
    with exchange.context.database.reading() as session:
        document_id = session.scalars(select(Document.id)).one()
    with exchange.context.database.writing() as session:
        rejected = incoming.reject(session, actor=_clerk(exchange.context),
                                   document_id=document_id, reason="Gửi nhầm cơ quan")
        assert rejected.state == "rejected"
    exchange.connector.run_once()
    (arrived, refused) = exchange.statuses_at_sender()
    assert arrived.status_code.value == "01"
    assert (refused.status_code.value, refused.description) == ("02", "Gửi nhầm cơ quan")


def _zip_b64(entries: dict[str, bytes]) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return base64.b64encode(buffer.getvalue()).decode()


def _with_payload(exchange: Exchange, number: str, payload: str, content_type: str) -> bytes:
    """An unsigned letter whose second attachment carries ``payload`` verbatim."""
    placeholder = b"placeholder-bytes"
    message = exchange.letter(number, attachments=(
        edxml.Attachment("cong-van.pdf", data=samples.PDF),
        edxml.Attachment("phu-luc", content_type, data=placeholder)))
    data = edxml.build_document(message)
    return data.replace(base64.b64encode(placeholder), payload.encode())


PASSED_BY_THE_HUB = {
    "bad_base64": lambda x: _with_payload(x, "201", "@@@not-base64@@@", "application/pdf"),
    "zip_bomb": lambda x: _with_payload(x, "202", _zip_b64({"a.pdf": b"\0" * (30 << 20)}),
                                        "application/zip"),
    "zip_path_traversal": lambda x: _with_payload(x, "203", _zip_b64({"../../etc/x": b"x"}),
                                                  "application/zip"),
    "unacceptable": lambda x: edxml.build_document(x.letter("204", attachments=(
        edxml.Attachment("note.txt", "text/plain", data=b"no PDF here"),))),
}


@pytest.mark.parametrize("expected", sorted(PASSED_BY_THE_HUB))
def test_hostile_messages_through_the_hub_are_quarantined_and_refused_with_02(
        exchange: Exchange, expected: str) -> None:
    exchange.sender.send(PASSED_BY_THE_HUB[expected](exchange))
    assert exchange.connector.run_once().received == {"quarantined": 1}
    exchange.connector.run_once()
    (refusal,) = exchange.statuses_at_sender()
    assert refusal.status_code.value == "02" and refusal.description.startswith(expected)
    with exchange.context.database.reading() as session:
        (kept,) = session.scalars(select(QuarantinedMessage))
        assert kept.error_code == expected and kept.rejection_sent
    assert exchange.count(Document) == 0 and exchange.connector.client.pending() == []


NS = edxml.NAMESPACE
NEVER_PAST_THE_HUB = {
    "malformed_xml": b"<edXML xmlns='" + NS.encode() + b"'><unclosed></edXML>",
    "forbidden_xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                     b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><edXML>&b;</edXML>',
    "wrong_namespace": b"<edXML xmlns='urn:not-edxml'><x/></edXML>",
    "missing_field": b"<edXML xmlns='" + NS.encode() + b"'><edXMLEnvelope/></edXML>",
}


@pytest.mark.parametrize("expected", sorted(NEVER_PAST_THE_HUB))
def test_hostile_bytes_are_quarantined_without_crashing(exchange: Exchange,
                                                        expected: str) -> None:
    """The hub refuses these itself; a connector must still survive them (another hub)."""
    document_id = f"{exchange.sender_organ.organ_id},2026/11/20,301/VPCP"
    envelope = inbound.Envelope(f"hostile-{expected}", exchange.sender_organ.organ_id,
                                document_id)
    outcome = inbound.receive(exchange.connector.intake, envelope, NEVER_PAST_THE_HUB[expected])
    assert outcome.value == "quarantined"
    exchange.connector.run_once()
    (refusal,) = exchange.statuses_at_sender()
    assert refusal.status_code.value == "02" and refusal.document_id == document_id
    assert refusal.description.startswith(expected)
    assert exchange.count(Document) == 0


def test_a_forged_signature_is_quarantined(exchange: Exchange) -> None:
    signed = edxml.build_document(exchange.letter("302"), signer=samples.seal())
    forged = signed.replace("Về việc triển khai".encode(), "Về việc hủy bỏ".encode())
    envelope = inbound.Envelope("forged", exchange.sender_organ.organ_id,
                                exchange.letter("302").document_id)
    assert inbound.receive(exchange.connector.intake, envelope, forged).value == "quarantined"
    with exchange.context.database.reading() as session:
        assert session.scalars(select(QuarantinedMessage.error_code)).one() == "bad_signature"


def test_sending_backs_off_then_gives_up_on_a_refusal(exchange: Exchange) -> None:
    exchange.sender.send(edxml.build_document(exchange.letter("401")))
    exchange.connector.run_once()  # takes the letter in and queues 01
    real_client = exchange.connector.client
    exchange.connector.client = HubClient(f"http://127.0.0.1:{free_port()}",
                                          organ_id="x", secret="y", timeout=2)
    report = exchange.connector.run_once()
    assert report.retried == 1 and report.error is not None
    with exchange.context.database.reading() as session:
        row = session.scalars(select(OutboxMessage)).one()
        wait = (row.next_attempt_at - utcnow()).total_seconds()
        assert row.attempts == 1 and 14 <= wait <= 30
        assert "ConnectError" in (row.last_error or "")
    assert exchange.connector.run_once().retried == 0  # not due yet: nothing attempted
    exchange.connector.client.close()
    exchange.connector.client = real_client
    with exchange.context.database.writing() as session:
        due = session.get(OutboxMessage, row.id)
        assert due is not None
        due.next_attempt_at = utcnow() - timedelta(seconds=1)
        session.commit()
    assert exchange.connector.run_once().sent == 1
    assert [s.status_code.value for s in exchange.statuses_at_sender()] == ["01"]

    # A status about a document of an agency the hub does not know: refused for good.
    with exchange.context.database.writing() as session:
        hooks.enqueue(session, kind=OutboxKind.STATUS, document_id=None,
                      edxml_id="000.99.99.H99,2026/11/20,1/X", recipients=["000.99.99.H99"],
                      status_code="02", description="không rõ")
        session.commit()
    assert exchange.connector.run_once().failed == 1
    with exchange.context.database.writing() as session:
        failed = session.scalars(select(OutboxMessage).where(
            OutboxMessage.state == "failed")).one()
        assert "unknown_organ_id" in (failed.last_error or "")
        admin = Principal(user_id=1, username="admin", full_name="admin", agency_id=1,
                          unit_id=None, roles=frozenset({Role.ADMIN}))
        assert connector_service.retry(session, actor=admin, outbox_id=failed.id).state == \
            "pending"


def test_axis_sync_command_runs_one_round(exchange: Exchange) -> None:
    settings = exchange.context.settings
    exchange.sender.send(edxml.build_document(exchange.letter("501")))
    env = server_env(settings.data_dir, settings.database_url)
    assert settings.axis_hub_url is not None and settings.axis_organ_id is not None
    env.update({"PHIGIAY_AXIS_HUB_URL": settings.axis_hub_url,
                "PHIGIAY_AXIS_SECRET": SECRET, "PHIGIAY_AXIS_ORGAN_ID": settings.axis_organ_id})
    done = run_cli(["axis-sync"], env)
    assert done.returncode == 0, done.stderr
    assert f"Axis {settings.axis_organ_id}: sent 0" in done.stdout
    assert "received accepted 1" in done.stdout
    assert exchange.count(Document) == 1
    env["PHIGIAY_AXIS_HUB_URL"] = f"http://127.0.0.1:{free_port()}"
    unreachable = run_cli(["axis-sync"], env)
    assert unreachable.returncode == 1 and "could not be reached" in unreachable.stderr


def test_replace_and_revoke_orders_close_the_copies(exchange: Exchange) -> None:
    first = exchange.letter("601")
    exchange.sender.send(edxml.build_document(first))
    exchange.connector.run_once()
    replacement = samples.document(
        number="602", recipients=(exchange.organ,), sender=exchange.sender_organ,
        doc_type=edxml.BusinessDocType.NEW)
    replacement = dataclasses.replace(replacement, business=edxml.Business(
        doc_type=edxml.BusinessDocType.REPLACE, reason="Thay thế do sai sót",
        document_id=first.document_id,
        replacements=(edxml.ReplacementInfo(first.document_id, (exchange.organ.organ_id,)),)))
    exchange.sender.send(edxml.build_document(replacement))
    exchange.connector.run_once()
    revoke = dataclasses.replace(exchange.letter("603"), business=edxml.Business(
        doc_type=edxml.BusinessDocType.REVOKE, reason="Thu hồi văn bản thay thế",
        document_id=replacement.document_id))
    exchange.sender.send(edxml.build_document(revoke))
    exchange.connector.run_once()
    exchange.connector.run_once()
    with exchange.context.database.reading() as session:
        states = {d.number: (d.state, d.replaces_id, d.business_type, d.id)
                  for d in session.scalars(select(Document))}
    assert set(states) == {601, 602}  # the revocation order is no document of its own
    assert states[601][0] == "replaced"
    assert states[602][:3] == ("revoked", states[601][3], 3)
    reported = [(s.status_code.value, s.document_id) for s in exchange.statuses_at_sender()]
    assert reported == [("01", first.document_id), ("01", replacement.document_id),
                        ("15", replacement.document_id)]


def test_a_document_for_an_organ_unknown_to_the_hub_is_marked_failed(
        exchange: Exchange) -> None:
    context = exchange.context
    with context.database.writing() as session:
        clerk = _clerk(context)
        stored = store_file(session, store=context.store, source=io.BytesIO(samples.PDF),
                            media_type="application/pdf")
        document = Document(
            agency_id=clerk.agency_id, direction="outgoing", state="issued",
            type_code="official_letter", subject="Gửi cơ quan chưa kết nối trục", number=7,
            notation="VPCP-TH", issue_date=samples.ISSUED,
            issuing_organ_id=exchange.organ.organ_id, created_by=clerk.user_id)
        session.add(document)
        session.flush()
        session.add(DocumentVersion(document_id=document.id, version_no=1,
                                    file_sha256=stored.sha256, filename="cv.pdf",
                                    media_type="application/pdf", reason="issued",
                                    created_by=clerk.user_id))
        session.add(Recipient(document_id=document.id, organ_id="000.99.98.H97",
                              organ_name="Cơ quan chưa đăng ký"))
        session.flush()
        hooks.document_moved(session, document, action="issued", note=None)
        session.commit()
    assert exchange.connector.run_once().failed == 1
    with context.database.reading() as session:
        recipient = session.scalars(select(Recipient)).one()
        assert recipient.delivery_status == "failed"
        assert "unknown_organ_id" in (recipient.axis_status_note or "")
    # Its revocation waits for the document: a 13 never overtakes what it revokes.
    with context.database.writing() as session:
        revoked = session.get(Document, document.id)
        assert revoked is not None
        hooks.document_moved(session, revoked, action="revoked", note="Ban hành nhầm")
        session.commit()
    report = exchange.connector.run_once()
    assert (report.sent, report.failed, report.retried) == (0, 0, 0)
    with context.database.reading() as session:
        waiting = session.scalars(select(OutboxMessage).where(
            OutboxMessage.status_code == "13")).one()
        assert waiting.state == "pending" and waiting.attempts == 0


def test_a_broken_status_about_our_own_document_is_kept_without_a_reply(
        exchange: Exchange) -> None:
    ours = f"{exchange.organ.organ_id},2026/11/20,12/UBND-VP"
    envelope = inbound.Envelope("broken-status", exchange.sender_organ.organ_id, ours)
    assert inbound.receive(exchange.connector.intake, envelope,
                           NEVER_PAST_THE_HUB["malformed_xml"]).value == "quarantined"
    with exchange.context.database.reading() as session:
        kept = session.scalars(select(QuarantinedMessage)).one()
        assert kept.error_code == "malformed_xml" and not kept.rejection_sent
    assert exchange.count(OutboxMessage) == 0
