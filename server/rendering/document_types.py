"""Document types of Decree 30/2020/NĐ-CP, Phụ lục III, as data.

The workflow (numbering, registers) reuses this table, so it lives on its own and has no
rendering code. ``code`` is the stable English identifier stored in drafts and the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "COPY_FORMS",
    "DOCUMENT_TYPES",
    "DocumentType",
    "LayoutKind",
    "document_type",
    "notation_for",
]


class LayoutKind(StrEnum):
    """Which layout variant of Phụ lục I a type uses."""

    STANDARD = "standard"
    """Type name and subject centred below the header (Mẫu 1.1–1.4, 1.6–1.10)."""
    OFFICIAL_LETTER = "official_letter"
    """Công văn: no type name; "V/v" subject under the number (Mẫu 1.5)."""
    MINUTES = "minutes"
    """Biên bản: two signature blocks (secretary left, chair right)."""


@dataclass(frozen=True, slots=True)
class DocumentType:
    """One row of Phụ lục III."""

    code: str
    """Stable identifier, e.g. ``"decision"``."""
    name: str
    """Vietnamese name as printed (upper-cased by the renderer), e.g. ``"Quyết định"``."""
    abbreviation: str | None
    """Abbreviation used in the notation, ``None`` for the công văn."""
    layout: LayoutKind = LayoutKind.STANDARD
    """Layout variant."""
    in_decree: bool = True
    """False for the few internal forms phigiay adds (e.g. the cabinet opinion ballot)."""


def _t(
    code: str, name: str, abbr: str | None, layout: LayoutKind = LayoutKind.STANDARD
) -> DocumentType:
    return DocumentType(code=code, name=name, abbreviation=abbr, layout=layout)


DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    _t("resolution", "Nghị quyết", "NQ"),
    _t("decision", "Quyết định", "QĐ"),
    _t("directive", "Chỉ thị", "CT"),
    _t("regulation", "Quy chế", "QC"),
    _t("rule", "Quy định", "QyĐ"),
    _t("communique", "Thông cáo", "TC"),
    _t("notice", "Thông báo", "TB"),
    _t("guideline", "Hướng dẫn", "HD"),
    _t("programme", "Chương trình", "CTr"),
    _t("plan", "Kế hoạch", "KH"),
    _t("scheme", "Phương án", "PA"),
    _t("proposal", "Đề án", "ĐA"),
    _t("project", "Dự án", "DA"),
    _t("report", "Báo cáo", "BC"),
    _t("minutes", "Biên bản", "BB", LayoutKind.MINUTES),
    _t("submission", "Tờ trình", "TTr"),
    _t("contract", "Hợp đồng", "HĐ"),
    _t("telegram", "Công điện", "CĐ"),
    _t("memorandum", "Bản ghi nhớ", "BGN"),
    _t("agreement", "Bản thỏa thuận", "BTT"),
    _t("power_of_attorney", "Giấy ủy quyền", "GUQ"),
    _t("invitation", "Giấy mời", "GM"),
    _t("introduction_letter", "Giấy giới thiệu", "GGT"),
    _t("leave_permit", "Giấy nghỉ phép", "GNP"),
    _t("dispatch_slip", "Phiếu gửi", "PG"),
    _t("transfer_slip", "Phiếu chuyển", "PC"),
    _t("notification_slip", "Phiếu báo", "PB"),
    _t("official_letter", "Công văn", None, LayoutKind.OFFICIAL_LETTER),
    DocumentType(
        code="opinion_ballot",
        name="Phiếu lấy ý kiến",
        abbreviation="PLYK",
        in_decree=False,
    ),
)
"""Every type phigiay can render: Phụ lục III, the công văn, and the cabinet opinion ballot."""

COPY_FORMS: dict[str, str] = {"SY": "Bản sao y", "TrS": "Bản trích sao", "SL": "Bản sao lục"}
"""Copy forms of Phụ lục III (abbreviation → name)."""

_BY_CODE = {t.code: t for t in DOCUMENT_TYPES}
_BY_ABBR = {t.abbreviation: t for t in DOCUMENT_TYPES if t.abbreviation}


def document_type(key: str) -> DocumentType:
    """Look a type up by code (``"decision"``) or abbreviation (``"QĐ"``).

    Raises:
        KeyError: no such type.
    """
    found = _BY_CODE.get(key) or _BY_ABBR.get(key)
    if found is None:
        raise KeyError(key)
    return found


def notation_for(doc_type: DocumentType, agency_abbreviation: str, unit: str | None = None) -> str:
    """Build the notation after the number: ``QĐ-VPCP``, or ``VPCP-TCCV`` for a công văn.

    Args:
        doc_type: the document's type.
        agency_abbreviation: the issuing agency's abbreviation, e.g. ``"VPCP"``.
        unit: the drafting unit's abbreviation; a công văn appends it (``VPCP-TCCV``).
    """
    if doc_type.abbreviation is None:
        return f"{agency_abbreviation}-{unit}" if unit else agency_abbreviation
    return f"{doc_type.abbreviation}-{agency_abbreviation}"
