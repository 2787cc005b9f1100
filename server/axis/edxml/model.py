"""Frozen value objects for edXML document and status messages (QCVN 102:2016).

Field names follow the glossary; each maps one-to-one onto an edXML element named in its docstring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum
from pathlib import Path


class BusinessDocType(IntEnum):
    """``Bussiness/BussinessDocType``: what the message does to the document."""

    NEW = 0
    REVOKE = 1
    UPDATE = 2
    REPLACE = 3


class StatusCode(StrEnum):
    """``StatusCode`` of a status message (spec §1.7)."""

    ARRIVED = "01"
    REJECTED = "02"
    REGISTERED = "03"
    ASSIGNED = "04"
    PROCESSING = "05"
    COMPLETED = "06"
    REVOKE_REQUESTED = "13"
    AGREED = "15"
    REFUSED = "16"


class Priority(IntEnum):
    """``OtherInfo/Priority``: urgency (0 normal … 4 flash_timed)."""

    NORMAL = 0
    URGENT = 1
    VERY_URGENT = 2
    FLASH = 3
    FLASH_TIMED = 4


class SteeringType(IntEnum):
    """``SteeringType``: 0 not a directive, 1 directive, 2 report on a directive."""

    NONE = 0
    DIRECTIVE = 1
    DIRECTIVE_REPORT = 2


@dataclass(frozen=True)
class UnknownElement:
    """An element the standard does not define, kept verbatim (serialised XML) on receipt."""

    tag: str
    """Local name of the element."""
    xml: str
    """The element serialised as XML."""


@dataclass(frozen=True)
class Organization:
    """``From`` / ``To``: an agency on the axis."""

    organ_id: str
    """``OrganId``: the organ id, e.g. ``000.00.00.G22``."""
    organ_name: str = ""
    """``OrganName``."""
    organization_in_charge: str = ""
    """``OrganizationInCharge``: the managing body."""
    address: str = ""
    """``OrganAdd``."""
    email: str = ""
    """``Email``."""
    telephone: str = ""
    """``Telephone``."""
    fax: str = ""
    """``Fax``."""
    website: str = ""
    """``Website``."""


@dataclass(frozen=True)
class Code:
    """``Code``: number and notation (``12/QĐ-VPCP``)."""

    number: str
    """``CodeNumber`` (not always numeric in the field)."""
    notation: str = ""
    """``CodeNotation``."""

    def __str__(self) -> str:
        return f"{self.number}/{self.notation}" if self.notation else self.number


@dataclass(frozen=True)
class PromulgationInfo:
    """``PromulgationInfo``: place and date of issue."""

    place: str
    """``Place``."""
    date: date
    """``PromulgationDate``."""


@dataclass(frozen=True)
class DocumentType:
    """``DocumentType``: type code and the Decree 30 name."""

    type_name: str
    """``TypeName``, e.g. "Công văn"."""
    type: int = 1
    """``Type`` (uncertain code list, spec §1.7)."""
    type_detail: int | None = None
    """``TypeDetail``, sent by some newer builders."""


@dataclass(frozen=True)
class SignerInfo:
    """``SignerInfo``: who signed the document."""

    full_name: str
    """``FullName``."""
    position: str = ""
    """``Position``."""
    competence: str = ""
    """``Competence``: signing authority (KT., TL., …)."""


@dataclass(frozen=True)
class OtherInfo:
    """``OtherInfo``: priority, circulation scope and counts."""

    priority: Priority = Priority.NORMAL
    """``Priority``."""
    sphere_of_promulgation: str = ""
    """``SphereOfPromulgation``."""
    typer_notation: str = ""
    """``TyperNotation``: drafter's initials."""
    promulgation_amount: int | None = None
    """``PromulgationAmount``: copies issued."""
    page_amount: int | None = None
    """``PageAmount``."""
    appendixes: tuple[str, ...] = ()
    """``Appendixes/Appendix``."""
    extra: tuple[UnknownElement, ...] = ()
    """Non-standard children (``Direction``…) kept on receipt; never emitted."""


@dataclass(frozen=True)
class ResponseFor:
    """``ResponseFor``: the document a message answers."""

    organ_id: str
    """``OrganId`` of the agency that issued the referenced document."""
    code: str
    """``Code``: ``number/notation`` in one string."""
    promulgation_date: date | None
    """``PromulgationDate``."""
    document_id: str
    """``DocumentId`` of the referenced document."""


@dataclass(frozen=True)
class StaffInfo:
    """``StaffInfo``: the clerk responsible."""

    department: str = ""
    """``Department``."""
    staff: str = ""
    """``Staff``."""
    mobile: str = ""
    """``Mobile``."""
    email: str = ""
    """``Email``."""


@dataclass(frozen=True)
class MessageHeader:
    """``MessageHeader`` of a document message (spec §1.4)."""

    from_: Organization
    """``From``."""
    to: tuple[Organization, ...]
    """``To`` (one or more)."""
    code: Code
    """``Code``."""
    promulgation_info: PromulgationInfo
    """``PromulgationInfo``."""
    document_type: DocumentType
    """``DocumentType``."""
    subject: str
    """``Subject``: the trích yếu."""
    document_id: str
    """``DocumentId``: ``<OrganId>,<yyyy/MM/dd>,<Number>/<Notation>``."""
    content: str = ""
    """``Content``."""
    signer_info: SignerInfo | None = None
    """``SignerInfo``."""
    due_date: date | None = None
    """``DueDate``."""
    to_places: tuple[str, ...] = ()
    """``ToPlaces/Place``: free-text recipients."""
    other_info: OtherInfo = field(default_factory=OtherInfo)
    """``OtherInfo``."""
    response_for: tuple[ResponseFor, ...] = ()
    """``ResponseFor`` (repeatable)."""
    steering_type: SteeringType = SteeringType.NONE
    """``SteeringType``."""
    extra: tuple[UnknownElement, ...] = ()
    """Non-standard children kept on receipt; never emitted."""


@dataclass(frozen=True)
class TraceHeader:
    """``TraceHeader``: one hop that handled the message."""

    organ_id: str
    """``OrganId``."""
    timestamp: datetime
    """``Timestamp``."""


@dataclass(frozen=True)
class Receiver:
    """``ReceiverList/Receiver``."""

    organ_id: str
    """``OrganId``."""
    receiver_type: int = 0
    """``ReceiverType`` (0/1)."""


@dataclass(frozen=True)
class BusinessDocumentInfo:
    """``BussinessDocumentInfo``: what an update changes."""

    document_info: bool = False
    """``DocumentInfo``: metadata updated."""
    document_receiver: bool = False
    """``DocumentReceiver``: receiver list updated."""
    receivers: tuple[Receiver, ...] = ()
    """``ReceiverList/Receiver``."""


@dataclass(frozen=True)
class ReplacementInfo:
    """``ReplacementInfoList/ReplacementInfo``: a document replaced and whose copies."""

    document_id: str
    """``DocumentId`` of the replaced document."""
    organ_ids: tuple[str, ...] = ()
    """``OrganIdList/OrganId``."""


@dataclass(frozen=True)
class Business:
    """``TraceHeaderList/Bussiness`` (double *s* in the standard)."""

    doc_type: BusinessDocType = BusinessDocType.NEW
    """``BussinessDocType``."""
    reason: str = ""
    """``BussinessDocReason``."""
    document_info: BusinessDocumentInfo | None = None
    """``BussinessDocumentInfo``."""
    document_id: str = ""
    """``DocumentId`` the business applies to."""
    staff_info: StaffInfo | None = None
    """``StaffInfo``."""
    paper: bool = False
    """``Paper``: a paper copy is also sent."""
    replacements: tuple[ReplacementInfo, ...] = ()
    """``ReplacementInfoList``."""


@dataclass(frozen=True)
class ZipMember:
    """A file inside a zipped attachment."""

    name: str
    """Member name (checked: relative, no ``..``)."""
    size: int
    """Uncompressed size in bytes."""


@dataclass(frozen=True)
class Attachment:
    """A manifest ``Reference`` and its ``Attachment`` payload.

    To send, give ``data`` or ``path``. On receipt, ``data`` holds the decoded bytes, or ``path``
    the file they were streamed to when an attachments folder was given.
    """

    name: str
    """``AttachmentName``."""
    content_type: str = "application/pdf"
    """``ContentType``; ``application/zip`` means a zip archive of the file(s)."""
    content_id: str = ""
    """``ContentId`` (``cid:<uuid>``); generated when empty."""
    description: str = ""
    """``Description``."""
    data: bytes | None = None
    """The decoded bytes, when held in memory."""
    path: Path | None = None
    """The file holding the decoded bytes."""
    size: int = 0
    """Decoded size in bytes (filled on receipt)."""
    zip_members: tuple[ZipMember, ...] = ()
    """For ``application/zip``: its members (filled on receipt)."""

    @property
    def is_zip(self) -> bool:
        """Whether the payload is a zip archive."""
        return self.content_type.lower() in ("application/zip", "application/x-zip-compressed")


@dataclass(frozen=True)
class DocumentMessage:
    """A document message ("eDoc")."""

    header: MessageHeader
    """``MessageHeader``."""
    trace: tuple[TraceHeader, ...] = ()
    """``TraceHeaderList/TraceHeader``."""
    business: Business = field(default_factory=Business)
    """``TraceHeaderList/Bussiness``."""
    attachments: tuple[Attachment, ...] = ()
    """Manifest references with their payloads."""

    @property
    def document_id(self) -> str:
        """The message's ``DocumentId``."""
        return self.header.document_id


@dataclass(frozen=True)
class StatusMessage:
    """A status message (``Status``)."""

    from_: Organization
    """``From``: the agency reporting the status."""
    response_for: ResponseFor
    """``ResponseFor``: the document the status is about (its issuer receives the status)."""
    status_code: StatusCode
    """``StatusCode``."""
    timestamp: datetime
    """``Timestamp``."""
    description: str = ""
    """``Description`` (the reason for 02, 16 …)."""
    staff_info: StaffInfo | None = None
    """``StaffInfo``."""
    trace: tuple[TraceHeader, ...] = ()
    """``TraceHeaderList/TraceHeader`` when present."""

    @property
    def document_id(self) -> str:
        """The ``DocumentId`` the status is about."""
        return self.response_for.document_id


Message = DocumentMessage | StatusMessage


@dataclass(frozen=True)
class SignatureReport:
    """What the envelope signature check found."""

    state: str
    """``"valid"``, ``"absent"`` or ``"unverifiable"`` (invalid signatures raise)."""
    algorithm: str = ""
    """``SignatureMethod`` URI."""
    signer_subject: str = ""
    """Subject of the signing certificate, when present."""
    reason: str = ""
    """Why it could not be verified."""
    certificate_der: bytes | None = None
    """The signing certificate (DER), for a trust decision by the caller."""
    chain_der: tuple[bytes, ...] = ()
    """Further certificates the sender sent (DER; its CA chain), untrusted path-building help."""


@dataclass(frozen=True)
class Parsed:
    """The result of parsing: the message, the signature check and what deviated from canon."""

    message: Message
    """The message."""
    signature: SignatureReport
    """The envelope signature check."""
    warnings: tuple[str, ...] = ()
    """Deviations from the canonical form that were accepted (spec §6)."""
