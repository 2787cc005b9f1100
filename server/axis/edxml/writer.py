"""Strict building of edXML messages in canonical form, validated against our XSD."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from lxml import etree

from server.axis.edxml import ids
from server.axis.edxml.attachments import encode_base64, new_content_id
from server.axis.edxml.errors import InvalidValue, MissingField
from server.axis.edxml.model import (
    Attachment,
    Business,
    DocumentMessage,
    MessageHeader,
    Organization,
    OtherInfo,
    ResponseFor,
    StaffInfo,
    StatusCode,
    StatusMessage,
    TraceHeader,
)
from server.axis.edxml.schema import validate_tree
from server.axis.edxml.signature import EnvelopeSigner, sign_envelope

NS = ids.NAMESPACE


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _add(parent: etree._Element, tag: str, value: object = None) -> etree._Element:
    node = etree.SubElement(parent, _q(tag))
    if value is not None:
        node.text = _format(value)
    return node


def _format(value: object) -> str:
    if isinstance(value, datetime):
        return ids.format_timestamp(value)
    if isinstance(value, date):
        return ids.format_date(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(int(value)) if isinstance(value, int) else str(value)


def _optional(parent: etree._Element, tag: str, value: object) -> None:
    if value not in (None, ""):
        _add(parent, tag, value)


def _organization(parent: etree._Element, tag: str, organ: Organization) -> None:
    ids.check_organ_id(organ.organ_id)
    node = _add(parent, tag)
    _add(node, "OrganId", organ.organ_id)
    for name, value in (("OrganizationInCharge", organ.organization_in_charge),
                        ("OrganName", organ.organ_name), ("OrganAdd", organ.address),
                        ("Email", organ.email), ("Telephone", organ.telephone),
                        ("Fax", organ.fax), ("Website", organ.website)):
        _optional(node, name, value)


def _skeleton() -> tuple[etree._Element, etree._Element]:
    root = etree.Element(_q("edXML"), nsmap={None: NS})
    header = _add(_add(root, "edXMLEnvelope"), "edXMLHeader")
    return root, header


def _finish(root: etree._Element, header: etree._Element, signer: EnvelopeSigner | None,
            payloads: Sequence[tuple[etree._Element, bytes]] = ()) -> bytes:
    # Validate the structure before the payloads go in: they come from our own encoder, and
    # XSD-checking megabytes of base64 would cost more than building the whole message.
    validate_tree(root)
    for node, data in payloads:
        node.text = encode_base64(data)
    if signer is not None:
        sign_envelope(root, header, signer)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def build_document(message: DocumentMessage, *, signer: EnvelopeSigner | None = None) -> bytes:
    """Serialise a document message in canonical form, signed when ``signer`` is given.

    Raises:
        MissingField, InvalidValue, SchemaInvalid: the message is not fit to send.
    """
    message = with_content_ids(message)
    root, header = _skeleton()
    _message_header(header, message.header)
    trace_list = _add(header, "TraceHeaderList")
    _traces(trace_list, message.trace)
    _business(trace_list, message.business)
    manifest = _add(_add(root[0], "edXMLBody"), "edXMLManifest")
    encoded = _add(root, "AttachmentEncoded")
    payloads = [_attachment(manifest, encoded, a) for a in message.attachments]
    return _finish(root, header, signer, payloads)


def with_content_ids(message: DocumentMessage) -> DocumentMessage:
    """The message with a fresh ``cid:`` for every attachment that has none."""
    attachments = tuple(a if a.content_id else replace(a, content_id=new_content_id())
                        for a in message.attachments)
    return replace(message, attachments=attachments)


def _message_header(parent: etree._Element, header: MessageHeader) -> None:
    node = _add(parent, "MessageHeader")
    _organization(node, "From", header.from_)
    if not header.to:
        raise MissingField("MessageHeader/To: at least one recipient is required")
    for recipient in header.to:
        _organization(node, "To", recipient)
    if not header.code.number or not header.subject.strip():
        raise MissingField("MessageHeader: Code/CodeNumber and Subject are required")
    code = _add(node, "Code")
    _add(code, "CodeNumber", header.code.number)
    _add(code, "CodeNotation", header.code.notation)
    info = _add(node, "PromulgationInfo")
    _add(info, "Place", header.promulgation_info.place)
    _add(info, "PromulgationDate", header.promulgation_info.date)
    kind = _add(node, "DocumentType")
    _add(kind, "Type", header.document_type.type)
    _add(kind, "TypeName", header.document_type.type_name)
    _optional(kind, "TypeDetail", header.document_type.type_detail)
    _add(node, "Subject", header.subject)
    _optional(node, "Content", header.content)
    _header_tail(node, header)


def _header_tail(node: etree._Element, header: MessageHeader) -> None:
    if header.signer_info is not None:
        signer = _add(node, "SignerInfo")
        _optional(signer, "Competence", header.signer_info.competence)
        _optional(signer, "Position", header.signer_info.position)
        _add(signer, "FullName", header.signer_info.full_name)
    _optional(node, "DueDate", header.due_date)
    if header.to_places:
        places = _add(node, "ToPlaces")
        for place in header.to_places:
            _add(places, "Place", place)
    _other_info(node, header.other_info)
    for response in header.response_for:
        _response_for(node, response)
    _add(node, "SteeringType", header.steering_type)
    ids.DocumentId.parse(header.document_id, strict=True)
    if not header.document_id.startswith(header.from_.organ_id + ","):
        raise InvalidValue("DocumentId must start with the sender's organ id")
    _add(node, "DocumentId", header.document_id)


def _other_info(parent: etree._Element, info: OtherInfo) -> None:
    node = _add(parent, "OtherInfo")
    _add(node, "Priority", info.priority)
    _optional(node, "SphereOfPromulgation", info.sphere_of_promulgation)
    _optional(node, "TyperNotation", info.typer_notation)
    _optional(node, "PromulgationAmount", info.promulgation_amount)
    _optional(node, "PageAmount", info.page_amount)
    if info.appendixes:
        appendixes = _add(node, "Appendixes")
        for appendix in info.appendixes:
            _add(appendixes, "Appendix", appendix)


def _response_for(parent: etree._Element, response: ResponseFor) -> None:
    ids.check_organ_id(response.organ_id)
    node = _add(parent, "ResponseFor")
    _add(node, "OrganId", response.organ_id)
    _add(node, "Code", response.code)
    _optional(node, "PromulgationDate", response.promulgation_date)
    _add(node, "DocumentId", response.document_id)


def _traces(parent: etree._Element, traces: Iterable[TraceHeader]) -> None:
    for trace in traces:
        node = _add(parent, "TraceHeader")
        _add(node, "OrganId", ids.check_organ_id(trace.organ_id))
        _add(node, "Timestamp", trace.timestamp)


def _business(parent: etree._Element, business: Business) -> None:
    node = _add(parent, "Bussiness")
    _add(node, "BussinessDocType", business.doc_type)
    _optional(node, "BussinessDocReason", business.reason)
    if business.document_info is not None:
        info = _add(node, "BussinessDocumentInfo")
        _add(info, "DocumentInfo", business.document_info.document_info)
        _add(info, "DocumentReceiver", business.document_info.document_receiver)
        receivers = _add(info, "ReceiverList")
        for receiver in business.document_info.receivers:
            item = _add(receivers, "Receiver")
            _add(item, "ReceiverType", receiver.receiver_type)
            _add(item, "OrganId", ids.check_organ_id(receiver.organ_id))
    _optional(node, "DocumentId", business.document_id)
    _staff(node, business.staff_info)
    _add(node, "Paper", business.paper)
    if business.replacements:
        replacements = _add(node, "ReplacementInfoList")
        for item in business.replacements:
            info_node = _add(replacements, "ReplacementInfo")
            _add(info_node, "DocumentId", item.document_id)
            organs = _add(info_node, "OrganIdList")
            for organ_id in item.organ_ids:
                _add(organs, "OrganId", ids.check_organ_id(organ_id))


def _staff(parent: etree._Element, staff: StaffInfo | None) -> None:
    if staff is None:
        return
    node = _add(parent, "StaffInfo")
    for name, value in (("Department", staff.department), ("Staff", staff.staff),
                        ("Mobile", staff.mobile), ("Email", staff.email)):
        _optional(node, name, value)


def _attachment(manifest: etree._Element, encoded: etree._Element,
                item: Attachment) -> tuple[etree._Element, bytes]:
    if item.data is None and item.path is None:
        raise MissingField(f"attachment {item.name!r} has neither data nor path")
    data = item.data if item.data is not None else item.path.read_bytes()  # type: ignore[union-attr]
    reference = _add(manifest, "Reference")
    _add(reference, "ContentId", item.content_id)
    _add(reference, "ContentType", item.content_type)
    _add(reference, "AttachmentName", item.name)
    _optional(reference, "Description", item.description)
    payload = _add(encoded, "Attachment")
    _add(payload, "ContentId", item.content_id)
    return _add(payload, "ContentTransferEncoded", ""), data


def build_status(message: StatusMessage, *, signer: EnvelopeSigner | None = None) -> bytes:
    """Serialise a status message in canonical form (``Status`` element, no body).

    Raises:
        MissingField, InvalidValue, SchemaInvalid.
    """
    if message.status_code in (StatusCode.REJECTED, StatusCode.REFUSED) and \
            not message.description.strip():
        raise MissingField(f"status {message.status_code.value} needs its reason in Description")
    root, header = _skeleton()
    if message.trace:
        _traces(_add(header, "TraceHeaderList"), message.trace)
    node = _add(header, "Status")
    _response_for(node, message.response_for)
    _organization(node, "From", message.from_)
    _add(node, "StatusCode", message.status_code.value)
    _optional(node, "Description", message.description)
    _add(node, "Timestamp", message.timestamp)
    _staff(node, message.staff_info)
    return _finish(root, header, signer)


def build(message: DocumentMessage | StatusMessage, *,
          signer: EnvelopeSigner | None = None) -> bytes:
    """Build either kind of message."""
    if isinstance(message, StatusMessage):
        return build_status(message, signer=signer)
    return build_document(message, signer=signer)
