"""Update orders (edXML business type 2) against a real hub: the recipient's copy changes in
place (a new version, the sender's metadata, a history entry, status 15), once however often the
order arrives; an update no copy can take is taken in as a new document, linked and explained."""
# ruff: noqa: F811 (the two agencies and the hub are test_connector's ``exchange`` fixture)

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from sqlalchemy import select

from server.axis import edxml
from server.axis.connector import inbound
from server.axis.connector.tables import ReceivedMessage
from server.core.tables import Event
from server.documents import incoming
from server.documents.tables import Attachment, Document, DocumentVersion, HistoryEntry
from tests.integration.axis.test_connector import (  # noqa: F401
    Exchange,
    _clerk,
    exchange,
)
from tests.unit.axis import samples

CORRECTED_PDF = samples.PDF.replace(b"%%EOF", b"% corrected\n%%EOF")
NEW_SUBJECT = "Về việc triển khai văn bản điện tử (sửa đổi thời hạn)"


def _update(exchange: Exchange, number: str, *, reason: str = "Sửa thời hạn thực hiện",
            metadata: bool = True) -> edxml.DocumentMessage:
    """The sender's update of its letter ``number``: a corrected PDF, a new subject and dates."""
    original = exchange.letter(number)
    header = dataclasses.replace(
        original.header, subject=NEW_SUBJECT, content="Tóm tắt đã sửa",
        due_date=dt.date(2026, 12, 15),
        signer_info=edxml.SignerInfo("Nguyễn Văn D", "Chủ nhiệm", ""))
    business = edxml.Business(
        doc_type=edxml.BusinessDocType.UPDATE, reason=reason,
        document_id=original.document_id,
        document_info=edxml.BusinessDocumentInfo(
            metadata, False, (edxml.Receiver(exchange.organ.organ_id, 1),)))
    attachments = (edxml.Attachment("cong-van.pdf", "application/pdf", data=CORRECTED_PDF),
                   edxml.Attachment("phu-luc.zip", "application/zip",
                                    data=samples.zipped({"phu-luc/1.pdf": CORRECTED_PDF})))
    return dataclasses.replace(original, header=header, business=business,
                               attachments=attachments)


def _history(exchange: Exchange, document_id: int) -> list[tuple[str, str | None]]:
    with exchange.context.database.reading() as session:
        return [(h.action, h.note) for h in session.scalars(
            select(HistoryEntry).where(HistoryEntry.document_id == document_id)
            .order_by(HistoryEntry.id))]


def test_an_update_changes_the_copy_in_place(exchange: Exchange) -> None:
    letter = exchange.letter("701")
    exchange.sender.send(edxml.build_document(letter))
    assert exchange.connector.run_once().received == {"accepted": 1}
    with exchange.context.database.writing() as session:
        copy_id = session.scalars(select(Document.id)).one()
        registered = incoming.register(session, actor=_clerk(exchange.context),
                                       document_id=copy_id).document
        arrival = (registered.arrival_number, registered.arrival_date)

    exchange.sender.send(edxml.build_document(_update(exchange, "701")), message_id="upd-701")
    assert exchange.connector.run_once().received == {"applied": 1}

    assert exchange.count(Document) == 1  # no second record for the clerk and the officers
    with exchange.context.database.reading() as session:
        copy = session.scalars(select(Document)).one()
        assert copy.id == copy_id and copy.state == "registered"
        assert (copy.arrival_number, copy.arrival_date) == arrival
        assert (copy.subject, copy.summary) == (NEW_SUBJECT, "Tóm tắt đã sửa")
        assert (copy.signer_name, copy.signer_position) == ("Nguyễn Văn D", "Chủ nhiệm")
        assert copy.due_date == dt.date(2026, 12, 15) and copy.direction == "incoming"
        versions = list(session.scalars(select(DocumentVersion).where(
            DocumentVersion.document_id == copy_id).order_by(DocumentVersion.version_no)))
        assert [v.version_no for v in versions] == [1, 2]
        assert versions[1].file_sha256 == hashlib.sha256(CORRECTED_PDF).hexdigest()
        assert versions[1].reason == "Cập nhật từ nơi gửi: Sửa thời hạn thực hiện"
        annexes = list(session.scalars(select(Attachment.filename).where(
            Attachment.document_id == copy_id)))
        assert annexes == ["phu-luc.zip", "phu-luc.zip"]  # the annex's second version
        received = session.scalars(select(ReceivedMessage).where(
            ReceivedMessage.message_id == "upd-701")).one()
        assert (received.outcome, received.document_id, received.business_type) == \
            ("applied", copy_id, 2)
        told = [e.payload for e in session.scalars(select(Event).where(
            Event.kind == "document.updated_by_sender"))]
        assert told == [{"document_id": copy_id, "state": "registered", "subject": NEW_SUBJECT,
                         "actor": "Trục liên thông văn bản quốc gia"}]
    assert ("updated_by_sender", "Sửa thời hạn thực hiện") in _history(exchange, copy_id)

    exchange.connector.run_once()
    reported = [(s.status_code.value, s.document_id, s.description)
                for s in exchange.statuses_at_sender()]
    assert [r[:2] for r in reported] == [("01", letter.document_id), ("03", letter.document_id),
                                         ("15", letter.document_id)]
    assert reported[2][2] == "Sửa thời hạn thực hiện"


def test_an_update_without_new_metadata_keeps_the_copy_s_metadata(exchange: Exchange) -> None:
    letter = exchange.letter("702")
    exchange.sender.send(edxml.build_document(letter))
    exchange.connector.run_once()
    exchange.sender.send(edxml.build_document(_update(exchange, "702", metadata=False)))
    assert exchange.connector.run_once().received == {"applied": 1}
    with exchange.context.database.reading() as session:
        copy = session.scalars(select(Document)).one()
        assert copy.subject == letter.header.subject and copy.signer_name == "Trần Văn B"
        assert session.scalar(select(DocumentVersion.file_sha256).where(
            DocumentVersion.version_no == 2)) == hashlib.sha256(CORRECTED_PDF).hexdigest()


def test_an_update_received_twice_applies_once(exchange: Exchange) -> None:
    exchange.sender.send(edxml.build_document(exchange.letter("711")))
    exchange.connector.run_once()
    data = edxml.build_document(_update(exchange, "711"))
    exchange.sender.send(data, message_id="upd-711-a")
    exchange.sender.send(data, message_id="upd-711-b")  # the sender sent it again
    assert exchange.connector.run_once().received == {"applied": 1, "duplicate": 1}
    # The same message once more, processed but never acknowledged (a crash in between).
    envelope = inbound.Envelope("upd-711-a", exchange.sender_organ.organ_id,
                                exchange.letter("711").document_id)
    assert inbound.receive(exchange.connector.intake, envelope, data).value == "duplicate"

    assert exchange.count(Document) == 1 and exchange.count(DocumentVersion) == 2
    with exchange.context.database.reading() as session:
        copy_id = session.scalars(select(Document.id)).one()
    assert [a for a, _ in _history(exchange, copy_id)].count("updated_by_sender") == 1
    exchange.connector.run_once()
    assert [s.status_code.value for s in exchange.statuses_at_sender()] == ["01", "15"]


def test_an_update_no_copy_can_take_becomes_a_new_linked_document(exchange: Exchange) -> None:
    # Unknown: the original never arrived here.
    exchange.sender.send(edxml.build_document(_update(exchange, "721")), message_id="upd-721")
    assert exchange.connector.run_once().received == {"accepted": 1}
    with exchange.context.database.reading() as session:
        orphan = session.scalars(select(Document)).one()
        assert (orphan.subject, orphan.replaces_id, orphan.business_type) == \
            (NEW_SUBJECT, None, 2)
    (action, note) = _history(exchange, orphan.id)[-1]
    assert action == "update_taken_as_new"
    assert note is not None and note.startswith("Không có bản đã nhận")

    # Closed: the copy was withdrawn by a revocation before the update came.
    first = exchange.letter("722")
    exchange.sender.send(edxml.build_document(first))
    exchange.connector.run_once()
    revoke = dataclasses.replace(exchange.letter("723"), business=edxml.Business(
        doc_type=edxml.BusinessDocType.REVOKE, reason="Thu hồi", document_id=first.document_id))
    exchange.sender.send(edxml.build_document(revoke))
    exchange.connector.run_once()
    exchange.sender.send(edxml.build_document(_update(exchange, "722")), message_id="upd-722")
    assert exchange.connector.run_once().received == {"accepted": 1}
    with exchange.context.database.reading() as session:
        by_subject = {(d.subject, d.state): d for d in session.scalars(
            select(Document).where(Document.id != orphan.id))}
        old = by_subject[(first.header.subject, "revoked")]
        new = by_subject[(NEW_SUBJECT, "received")]
        assert (new.replaces_id, new.business_type) == (old.id, 2)
        assert session.scalars(select(DocumentVersion.id).where(
            DocumentVersion.document_id == old.id)).all().__len__() == 1
    (action, note) = _history(exchange, new.id)[-1]
    assert action == "update_taken_as_new" and note is not None and "revoked" in note

    exchange.connector.run_once()
    reported = [(s.status_code.value, s.document_id) for s in exchange.statuses_at_sender()]
    assert ("01", first.document_id) in reported and ("15", first.document_id) in reported
    assert reported.count(("01", first.document_id)) == 2  # the copy, then the update's

    # A revocation now reaches the live copy: the one the update became.
    revoke_again = dataclasses.replace(exchange.letter("724"), business=edxml.Business(
        doc_type=edxml.BusinessDocType.REVOKE, reason="Thu hồi bản cập nhật",
        document_id=first.document_id))
    exchange.sender.send(edxml.build_document(revoke_again))
    exchange.connector.run_once()
    with exchange.context.database.reading() as session:
        assert session.get(Document, new.id).state == "revoked"  # type: ignore[union-attr]
