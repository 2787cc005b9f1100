"""Tolerant reading of edXML messages (spec §6), with safe parsing and signature checking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from lxml import etree

from server.axis.edxml import _xml as x
from server.axis.edxml import ids
from server.axis.edxml.errors import EdxmlError, InvalidValue, MissingField, WrongNamespace
from server.axis.edxml.model import (
    Business,
    BusinessDocType,
    BusinessDocumentInfo,
    Code,
    DocumentMessage,
    DocumentType,
    MessageHeader,
    Organization,
    OtherInfo,
    Parsed,
    Priority,
    PromulgationInfo,
    Receiver,
    ReplacementInfo,
    ResponseFor,
    SignatureReport,
    SignerInfo,
    StaffInfo,
    StatusCode,
    StatusMessage,
    SteeringType,
    TraceHeader,
    UnknownElement,
)
from server.axis.edxml.payloads import read_attachments
from server.axis.edxml.safexml import DEFAULT_LIMITS, Limits, Source, read_tree
from server.axis.edxml.signature import verify_envelope

T = TypeVar("T")
_HEADER_FIELDS = {"From", "To", "Code", "PromulgationInfo", "DocumentType", "Subject", "Content",
                  "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "ResponseFor",
                  "SteeringType", "DocumentId"}
_OTHER_FIELDS = {"Priority", "SphereOfPromulgation", "TyperNotation", "PromulgationAmount",
                 "PageAmount", "Appendixes"}


class _Context:
    """Collects warnings while reading one message."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


def parse(source: Source, *, limits: Limits = DEFAULT_LIMITS, attachments_dir: Path | None = None,
          verify: bool = True, decode_attachments: bool = True) -> Parsed:
    """Parse an edXML document or status message.

    Args:
        source: the bytes, a binary stream or a file path.
        limits: size limits.
        attachments_dir: stream decoded attachments to files there instead of memory.
        verify: check the envelope signature (a failing signature raises).
        decode_attachments: decode payloads; when false only names and sizes are read
            (a router such as the hub does not need the bytes).

    Raises:
        EdxmlError: one of its subclasses, naming the problem.
    """
    tree = read_tree(source, limits=limits)
    root = tree.getroot()
    context = _Context()
    _check_root(root, context)
    signature = verify_envelope(root) if verify else SignatureReport("absent", reason="not checked")
    if signature.state == "unverifiable":
        context.warn(signature.reason)
    header = x.child(x.child(root, "edXMLEnvelope"), "edXMLHeader")
    if header is None:
        raise MissingField("edXMLEnvelope/edXMLHeader is missing")
    message_header = x.child(header, "MessageHeader")
    status = x.child(header, "Status")
    trace = _trace(x.child(header, "TraceHeaderList"), context)
    if status is None and x.child(message_header, "StatusCode") is not None:
        context.warn("status fields inside MessageHeader instead of a Status element")
        status = message_header
    if status is not None:
        message: DocumentMessage | StatusMessage = _status(status, trace, context)
    elif message_header is not None:
        attachments = read_attachments(root, limits=limits, target=attachments_dir,
                                       warn=context.warn, decode=decode_attachments)
        message = DocumentMessage(
            header=_header(message_header, context), trace=trace,
            business=_business(x.child(x.child(header, "TraceHeaderList"), "Bussiness"), context),
            attachments=attachments,
        )
    else:
        raise MissingField("edXMLHeader has neither MessageHeader nor Status")
    return Parsed(message=message, signature=signature, warnings=tuple(context.warnings))


def _check_root(root: etree._Element, context: _Context) -> None:
    name, uri = x.local(root), x.namespace(root)
    if name != "edXML":
        raise WrongNamespace(f"root element is {name!r}, not edXML")
    if uri in ids.LEGACY_NAMESPACES:
        context.warn(f"legacy namespace {uri}")
    elif uri != ids.NAMESPACE:
        raise WrongNamespace(f"root namespace is {uri or 'missing'!r}, not {ids.NAMESPACE}")


def _required(node: etree._Element | None, name: str, where: str) -> str:
    value = x.text(node, name)
    if not value:
        raise MissingField(f"{where}/{name} is missing")
    return value


def _organ_id(value: str, context: _Context) -> str:
    ids.check_organ_id(value, strict=False)
    if not ids.is_canonical_organ_id(value):
        context.warn(f"organ id {value} is not of the form NNN.NN.NN.XNN")
    return value


def _organization(node: etree._Element | None, where: str, context: _Context) -> Organization:
    if node is None:
        raise MissingField(f"{where} is missing")
    return Organization(
        organ_id=_organ_id(_required(node, "OrganId", where), context),
        organ_name=x.text(node, "OrganName"),
        organization_in_charge=x.text(node, "OrganizationInCharge"),
        address=x.text(node, "OrganAdd"), email=x.text(node, "Email"),
        telephone=x.text(node, "Telephone"), fax=x.text(node, "Fax"),
        website=x.text(node, "Website"),
    )


def _optional(value: str, convert: Callable[[str], T]) -> T | None:
    return convert(value) if value else None


def _integer(value: str, where: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise InvalidValue(f"{where} {value!r} is not a number") from None


def _header(node: etree._Element, context: _Context) -> MessageHeader:
    code = x.child(node, "Code")
    number = _required(code, "CodeNumber", "MessageHeader/Code")
    if not number.isdigit():
        context.warn(f"CodeNumber {number!r} is not numeric")
    info = x.child(node, "PromulgationInfo")
    issued = ids.parse_date(_required(info, "PromulgationDate", "MessageHeader/PromulgationInfo"))
    sender = _organization(x.child(node, "From"), "MessageHeader/From", context)
    recipients = tuple(_organization(t, "MessageHeader/To", context)
                       for t in x.children(node, "To"))
    if not recipients:
        raise MissingField("MessageHeader/To is missing")
    subject = _required(node, "Subject", "MessageHeader")
    parsed_code = Code(number, x.text(code, "CodeNotation"))
    document_id = x.text(node, "DocumentId")
    if not document_id:
        context.warn("DocumentId is missing; derived from From, date and Code")
        document_id = ids.make_document_id(sender.organ_id, issued, number, parsed_code.notation)
    extra = tuple(UnknownElement(x.local(c), x.serialise(c)) for c in x.children(node)
                  if x.local(c) not in _HEADER_FIELDS)
    if extra:
        context.warn("MessageHeader has non-standard elements: " + ", ".join(e.tag for e in extra))
    return MessageHeader(
        from_=sender, to=recipients, code=parsed_code,
        promulgation_info=PromulgationInfo(x.text(info, "Place"), issued),
        document_type=_document_type(x.child(node, "DocumentType")), subject=subject,
        document_id=document_id, content=x.text(node, "Content"),
        signer_info=_signer(x.child(node, "SignerInfo")),
        due_date=_optional(x.text(node, "DueDate"), ids.parse_date),
        to_places=tuple(x.text(p) for p in x.children(x.child(node, "ToPlaces"), "Place")),
        other_info=_other_info(x.child(node, "OtherInfo"), context),
        response_for=tuple(_response_for(r, context) for r in x.children(node, "ResponseFor")),
        steering_type=SteeringType(_enum_int(x.text(node, "SteeringType"), 0, 2, "SteeringType")),
        extra=extra,
    )


def _enum_int(value: str, low: int, high: int, where: str) -> int:
    number = _integer(value, where) if value else low
    if not low <= number <= high:
        raise InvalidValue(f"{where} {number} is not between {low} and {high}")
    return number


def _document_type(node: etree._Element | None) -> DocumentType:
    type_text = x.text(node, "Type")
    return DocumentType(
        type_name=x.text(node, "TypeName"),
        type=_integer(type_text, "DocumentType/Type") if type_text else 1,
        type_detail=_optional(x.text(node, "TypeDetail"), lambda v: _integer(v, "TypeDetail")),
    )


def _signer(node: etree._Element | None) -> SignerInfo | None:
    if node is None:
        return None
    return SignerInfo(full_name=x.text(node, "FullName"), position=x.text(node, "Position"),
                      competence=x.text(node, "Competence"))


def _other_info(node: etree._Element | None, context: _Context) -> OtherInfo:
    if node is None:
        return OtherInfo()
    extra = tuple(UnknownElement(x.local(c), x.serialise(c)) for c in x.children(node)
                  if x.local(c) not in _OTHER_FIELDS)
    if extra:
        context.warn("OtherInfo has non-standard elements: " + ", ".join(e.tag for e in extra))
    return OtherInfo(
        priority=Priority(_enum_int(x.text(node, "Priority"), 0, 4, "Priority")),
        sphere_of_promulgation=x.text(node, "SphereOfPromulgation"),
        typer_notation=x.text(node, "TyperNotation"),
        promulgation_amount=_optional(x.text(node, "PromulgationAmount"),
                                      lambda v: _integer(v, "PromulgationAmount")),
        page_amount=_optional(x.text(node, "PageAmount"), lambda v: _integer(v, "PageAmount")),
        appendixes=tuple(x.text(a) for a in x.children(x.child(node, "Appendixes"), "Appendix")),
        extra=extra,
    )


def _response_for(node: etree._Element, context: _Context) -> ResponseFor:
    code = x.child(node, "Code")
    if code is not None and x.children(code):
        number, notation = x.text(code, "CodeNumber"), x.text(code, "CodeNotation")
        code_text = f"{number}/{notation}" if notation else number
    else:
        code_text = x.text(code)
    return ResponseFor(
        organ_id=_organ_id(_required(node, "OrganId", "ResponseFor"), context), code=code_text,
        promulgation_date=_optional(x.text(node, "PromulgationDate"), ids.parse_date),
        document_id=_required(node, "DocumentId", "ResponseFor"),
    )


def _trace(node: etree._Element | None, context: _Context) -> tuple[TraceHeader, ...]:
    return tuple(
        TraceHeader(_organ_id(_required(t, "OrganId", "TraceHeader"), context),
                    ids.parse_timestamp(_required(t, "Timestamp", "TraceHeader")))
        for t in x.children(node, "TraceHeader")
    )


def _flag(value: str, where: str) -> bool:
    return bool(_enum_int(value, 0, 1, where))


def _business(node: etree._Element | None, context: _Context) -> Business:
    if node is None:
        return Business()
    info = x.child(node, "BussinessDocumentInfo")
    document_info = None
    if info is not None:
        receivers = tuple(
            Receiver(_organ_id(_required(r, "OrganId", "Receiver"), context),
                     _enum_int(x.text(r, "ReceiverType"), 0, 1, "ReceiverType"))
            for r in x.children(x.child(info, "ReceiverList"), "Receiver"))
        document_info = BusinessDocumentInfo(
            _flag(x.text(info, "DocumentInfo"), "DocumentInfo"),
            _flag(x.text(info, "DocumentReceiver"), "DocumentReceiver"), receivers)
    replacements = tuple(
        ReplacementInfo(_required(r, "DocumentId", "ReplacementInfo"),
                        tuple(x.text(o) for o in x.children(x.child(r, "OrganIdList"), "OrganId")))
        for r in x.children(x.child(node, "ReplacementInfoList"), "ReplacementInfo"))
    return Business(
        doc_type=BusinessDocType(_enum_int(x.text(node, "BussinessDocType"), 0, 3,
                                           "BussinessDocType")),
        reason=x.text(node, "BussinessDocReason"), document_info=document_info,
        document_id=x.text(node, "DocumentId"), staff_info=_staff(x.child(node, "StaffInfo")),
        paper=_flag(x.text(node, "Paper"), "Paper"), replacements=replacements,
    )


def _staff(node: etree._Element | None) -> StaffInfo | None:
    if node is None:
        return None
    return StaffInfo(x.text(node, "Department"), x.text(node, "Staff"), x.text(node, "Mobile"),
                     x.text(node, "Email"))


def _status(node: etree._Element, trace: tuple[TraceHeader, ...],
            context: _Context) -> StatusMessage:
    raw = _required(node, "StatusCode", "Status")
    try:
        code = StatusCode(raw.zfill(2))
    except ValueError:
        raise InvalidValue(f"StatusCode {raw!r} is not one of 01–06, 13, 15, 16") from None
    response = x.child(node, "ResponseFor")
    if response is None:
        raise MissingField("Status/ResponseFor is missing")
    return StatusMessage(
        from_=_organization(x.child(node, "From"), "Status/From", context),
        response_for=_response_for(response, context), status_code=code,
        timestamp=ids.parse_timestamp(_required(node, "Timestamp", "Status")),
        description=x.text(node, "Description"), staff_info=_staff(x.child(node, "StaffInfo")),
        trace=trace,
    )


__all__ = ["parse", "EdxmlError"]
