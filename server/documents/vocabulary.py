"""The workflow's vocabulary: directions, states, urgency, confidentiality, document types."""

from __future__ import annotations

from enum import StrEnum

from server.rendering.document_types import DOCUMENT_TYPES, DocumentType


class Direction(StrEnum):
    """Văn bản đến / đi / nội bộ."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"


class State(StrEnum):
    """Every state a document passes through (incoming and outgoing flows)."""

    # incoming
    RECEIVED = "received"
    REGISTERED = "registered"
    PRESENTED = "presented"
    DIRECTED = "directed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REJECTED = "rejected"
    """Returned to its sender at intake (art. 21.2)."""
    # outgoing and internal
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    TO_SIGN = "to_sign"
    SIGNED = "signed"
    ISSUED = "issued"
    REVOKED = "revoked"
    REPLACED = "replaced"


class Urgency(StrEnum):
    """Độ khẩn (edXML Priority 0–4)."""

    NORMAL = "normal"
    URGENT = "urgent"
    VERY_URGENT = "very_urgent"
    FLASH = "flash"
    FLASH_TIMED = "flash_timed"


class Confidentiality(StrEnum):
    """Độ mật; anything but NORMAL goes to the confidential register."""

    NORMAL = "normal"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"
    TOP_SECRET = "top_secret"


class AssignmentRole(StrEnum):
    """Phân công: chủ trì / phối hợp / để biết."""

    LEAD = "lead"
    SUPPORT = "support"
    INFO = "info"


class Series(StrEnum):
    """Separate number series the decree requires within a register year."""

    GENERAL = "general"
    CONFIDENTIAL = "confidential"
    NORMATIVE = "normative"


NORMATIVE_ONLY_TYPES: tuple[DocumentType, ...] = (
    DocumentType(code="decree", name="Nghị định", abbreviation="NĐ", in_decree=False),
    DocumentType(code="circular", name="Thông tư", abbreviation="TT", in_decree=False),
    DocumentType(code="law", name="Luật", abbreviation="L", in_decree=False),
)
"""Legal normative types an agency receives and (some) issues; each has its own series."""

WORKFLOW_TYPES: dict[str, DocumentType] = {
    t.code: t for t in (*DOCUMENT_TYPES, *NORMATIVE_ONLY_TYPES)
}
"""Every document type the workflow knows, by code."""
