"""The signing sequence of an outgoing document (Decree 30, art. 14 and 32–33).

1. The leader signs ``LeaderSignature`` with a *certification* signature (DocMDP level 2:
   form filling and signing allowed) and a FieldMDP lock on every field except the issuance
   fields ``IssueNumber``, ``IssueDate`` and ``AgencySeal``. Content and the leader's block are
   frozen from here on.
2. The clerk fills the number and the date (:func:`fill_issue`), an incremental update that the
   leader's lock permits.
3. The clerk applies the agency seal signature on ``AgencySeal``, locking every field and setting
   ``/P 1`` in its lock: no further change is permitted, except PAdES upkeep (DSS, document time
   stamps) which validators do not count as changes.

Afterwards every signature validates and the modification analysis reports only permitted
changes. The field names are shared with the renderer (``server/rendering``).

Reviewers' initials (ký nháy) are recorded as **signed approvals**, not as approval signatures in
the PDF (see :mod:`signing.approvals`). Reasons: (a) the leader's signature must be the first in
the file to be a certification signature, which is what lets the document lock itself against
everything but the issuance steps; reviewer signatures in the PDF would come first and make that
impossible. (b) Initials are an internal control on the draft; Decree 30 shows recipients only
the signer and the seal, and an issued file carrying reviewers' signatures would show them.
(c) Drafts change between review and signature; a detached signature over the exact bytes
reviewed proves what each reviewer saw, and stays verifiable even if the draft is superseded.
"""

from __future__ import annotations

from datetime import date

from signing.errors import FieldError
from signing.keys import SigningKey
from signing.profiles import DocMdp, FieldLock, LockAction, PadesLevel, SignOptions
from signing.sign import add_signature_field, fill_fields, sign_pdf
from signing.sources import TimestampSource, ValidationSources
from signing.stamp import SealBlock, SignatureBlock

__all__ = [
    "AGENCY_SEAL_FIELD",
    "ensure_seal_field",
    "ISSUANCE_FIELDS",
    "ISSUE_DATE_FIELD",
    "ISSUE_NUMBER_FIELD",
    "LEADER_SIGNATURE_FIELD",
    "SEAL_LOCK",
    "REFERENCE_FIELD",
    "apply_seal",
    "fill_issue",
    "issuance_fields",
    "issue_date_text",
    "leader_options",
    "seal_options",
    "sign_as_leader",
]

ISSUE_NUMBER_FIELD = "IssueNumber"
"""Text field for the number (``12/QĐ-VPCP`` or just ``12``, as the template lays it out)."""
ISSUE_DATE_FIELD = "IssueDate"
"""Text field for the place and date line."""
LEADER_SIGNATURE_FIELD = "LeaderSignature"
"""Signature field of the competent signer."""
AGENCY_SEAL_FIELD = "AgencySeal"
"""Signature field of the agency seal."""
REFERENCE_FIELD = "MainDocumentReference"
"""Top-right text field of an appendix issued as a separate file (number, notation, time)."""
ISSUANCE_FIELDS = (ISSUE_NUMBER_FIELD, ISSUE_DATE_FIELD, AGENCY_SEAL_FIELD)
"""Fields the leader's lock leaves open in the simplest document; see :func:`issuance_fields`."""
SEAL_LOCK = FieldLock(LockAction.ALL, (), doc_mdp=DocMdp.NO_CHANGES)
"""The seal's lock: every field, and no change to the document afterwards."""


def _is_issuance_text_field(name: str) -> bool:
    # IssueNumber_A1 / IssueDate_A1 … repeat the number and date in same-file appendices
    return name.startswith((ISSUE_NUMBER_FIELD, ISSUE_DATE_FIELD)) or name == REFERENCE_FIELD


def issuance_fields(data: bytes) -> tuple[str, ...]:
    """The fields of ``data`` the leader's lock must leave open.

    Every text field for number, date or appendix reference (``IssueNumber``, ``IssueDate``,
    ``IssueNumber_A1``…, ``MainDocumentReference``) and every other empty signature field
    (``AgencySeal``, a co-signer's ``CoSignerSignature``).
    """
    from signing import _sign

    def is_open(name: str, ftype: str, filled: bool) -> bool:
        if ftype == "/Tx":
            return _is_issuance_text_field(name)
        return ftype == "/Sig" and not filled and name != LEADER_SIGNATURE_FIELD

    return tuple(
        name for name, ftype, filled in _sign.form_fields(data) if is_open(name, ftype, filled)
    )


def leader_options(
    *,
    open_fields: tuple[str, ...] = ISSUANCE_FIELDS,
    appearance: SignatureBlock | None = None,
    level: PadesLevel = PadesLevel.B_T,
    timestamp: TimestampSource | None = None,
    validation: ValidationSources | None = None,
    reason: str | None = None,
) -> SignOptions:
    """Options for step 1: certification signature locking all but ``open_fields`` (pass
    :func:`issuance_fields` of the document)."""
    pre_locks = ((AGENCY_SEAL_FIELD, SEAL_LOCK),) if AGENCY_SEAL_FIELD in open_fields else ()
    return SignOptions(
        level=level,
        field_name=LEADER_SIGNATURE_FIELD,
        appearance=appearance,
        reason=reason,
        certify=DocMdp.FILL_FORMS,
        lock=FieldLock(LockAction.EXCLUDE, open_fields),
        pre_locks=pre_locks,
        timestamp=timestamp,
        validation=validation or ValidationSources(),
    )


def seal_options(
    *,
    appearance: SealBlock | None = None,
    level: PadesLevel = PadesLevel.B_LT,
    timestamp: TimestampSource | None = None,
    validation: ValidationSources | None = None,
    reason: str | None = None,
) -> SignOptions:
    """Options for step 3: the seal locks every field and forbids further changes."""
    return SignOptions(
        level=level,
        field_name=AGENCY_SEAL_FIELD,
        appearance=appearance,
        reason=reason,
        lock=SEAL_LOCK,
        timestamp=timestamp,
        validation=validation or ValidationSources(),
    )


def ensure_seal_field(data: bytes) -> bytes:
    """Add an invisible ``AgencySeal`` field to a PDF that has none (not made by the renderer).

    The leader's lock covers every field that exists when they sign; without a seal field the
    agency could never seal the document afterwards.
    """
    from signing import _sign

    if any(name == AGENCY_SEAL_FIELD for name, _type, _filled in _sign.form_fields(data)):
        return data
    return add_signature_field(data, AGENCY_SEAL_FIELD)


def sign_as_leader(data: bytes, key: SigningKey, options: SignOptions | None = None) -> bytes:
    """Step 1; ``options`` default to :func:`leader_options` at B-B with the document's own
    :func:`issuance_fields` left open. A document without a seal field gets an invisible one
    first (:func:`ensure_seal_field`)."""
    data = ensure_seal_field(data)
    default = leader_options(open_fields=issuance_fields(data), level=PadesLevel.B_B)
    return sign_pdf(data, key, options or default)


def fill_issue(data: bytes, *, number: str, date_line: str, font_size: int | None = None) -> bytes:
    """Step 2: the clerk writes number and date into every number and date field (the main one
    and the ``_A1``, ``_A2``… copies in same-file appendices), in one incremental update.

    Raises:
        FieldError: the document has no empty ``IssueNumber``/``IssueDate`` field.
    """
    from signing import _sign

    values = {}
    for name, ftype, filled in _sign.form_fields(data):
        if ftype != "/Tx" or filled:
            continue
        if name.startswith(ISSUE_NUMBER_FIELD):
            values[name] = number
        elif name.startswith(ISSUE_DATE_FIELD):
            values[name] = date_line
    if ISSUE_NUMBER_FIELD not in values or ISSUE_DATE_FIELD not in values:
        raise FieldError("no empty IssueNumber/IssueDate field: already issued, or not a template")
    return fill_fields(data, values, font_size=font_size)


def apply_seal(data: bytes, key: SigningKey, options: SignOptions | None = None) -> bytes:
    """Step 3; ``options`` default to :func:`seal_options` at B-B."""
    return sign_pdf(data, key, options or seal_options(level=PadesLevel.B_B))


def issue_date_text(place: str, day: date) -> str:
    """The place-and-date line of Decree 30: days below 10 and months 1–2 get a leading zero.

    >>> issue_date_text("Hà Nội", date(2026, 2, 5))
    'Hà Nội, ngày 05 tháng 02 năm 2026'
    >>> issue_date_text("Hà Nội", date(2026, 11, 26))
    'Hà Nội, ngày 26 tháng 11 năm 2026'
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
