"""edXML (QCVN 102:2016) messages: build strictly, parse tolerantly and safely, sign and verify.

Framework-free: lxml, cryptography and the standard library only.
"""

from server.axis.edxml.errors import (
    BadAttachment,
    BadBase64,
    BadSignature,
    EdxmlError,
    ForbiddenXml,
    InvalidValue,
    MalformedXml,
    MissingField,
    SchemaInvalid,
    TooLarge,
    UnknownOrganId,
    UnsafeZipPath,
    WrongNamespace,
    ZipBomb,
)
from server.axis.edxml.ids import (
    NAMESPACE,
    DocumentId,
    check_organ_id,
    is_canonical_organ_id,
    make_document_id,
)
from server.axis.edxml.model import (
    Attachment,
    Business,
    BusinessDocType,
    BusinessDocumentInfo,
    Code,
    DocumentMessage,
    DocumentType,
    Message,
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
    ZipMember,
)
from server.axis.edxml.reader import parse
from server.axis.edxml.safexml import DEFAULT_LIMITS, Limits
from server.axis.edxml.schema import validate
from server.axis.edxml.signature import EnvelopeSigner
from server.axis.edxml.writer import build, build_document, build_status

__all__ = [
    "DEFAULT_LIMITS", "NAMESPACE", "Attachment", "BadAttachment", "BadBase64", "BadSignature",
    "Business", "BusinessDocType", "BusinessDocumentInfo", "Code", "DocumentId",
    "DocumentMessage", "DocumentType", "EdxmlError", "EnvelopeSigner", "ForbiddenXml",
    "InvalidValue", "Limits", "MalformedXml", "Message", "MessageHeader", "MissingField",
    "Organization", "OtherInfo", "Parsed", "Priority", "PromulgationInfo", "Receiver",
    "ReplacementInfo", "ResponseFor", "SchemaInvalid", "SignatureReport", "SignerInfo",
    "StaffInfo", "StatusCode", "StatusMessage", "SteeringType", "TooLarge", "TraceHeader",
    "UnknownElement", "UnknownOrganId", "UnsafeZipPath", "WrongNamespace", "ZipBomb",
    "ZipMember", "build", "build_document", "build_status", "check_organ_id",
    "is_canonical_organ_id", "make_document_id", "parse", "validate",
]
