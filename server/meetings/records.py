"""The meeting's records after it closes: the signed minutes and the conclusion notice.

Minutes: the chair or the secretary freezes the official renderer's draft as version 1 (a draft
rendered again later would differ by its timestamps, and a signature must cover fixed bytes).
Each of them then signs it on their own client (PAdES) and uploads the result; the server checks
it the way it checks a leader's signature on an outgoing document: the upload extends the stored
version byte for byte, adds a signature, every signature validates against the agency's trust
roots, and the newest is made with a certificate bound to the uploader. The minutes are final
once both have signed.

Conclusion notice: the secretary turns the notice drafted from the decisions into an outgoing
document draft (type "notice", Thông báo) in the office workflow, linked to the meeting; from
there the ordinary review, signature and issuance steps apply.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetings.errors import IllegalTransition as MeetingIllegalTransition
from meetings.ids import MeetingId, UserId
from meetings.minutes import build_conclusion_notice, build_minutes
from meetings.model.base import MeetingState
from meetings.model.meeting import Meeting
from meetings.model.participants import SEAT_ROLES, Role
from meetings.permissions import Permission, meeting_permissions, require
from server.auth.principal import Principal
from server.core import audit
from server.core.errors import Conflict, NotFound, PermissionDenied
from server.core.events import Audience, publish
from server.core.files import store_file
from server.core.store import FileStore
from server.documents import outgoing
from server.documents import service as documents
from server.documents.tables import Document
from server.documents.vocabulary import Direction
from server.meetings import outputs
from server.meetings.adapters import SqlUnitOfWork
from server.meetings.service import actor_of
from server.meetings.tables import ConclusionNoticeRow, MinutesVersionRow
from server.signatures.checks import first_problem, newest_signature, signature_count
from server.signatures.config import SignatureSetup
from server.signatures.errors import NoNewSignature, NotIncremental, SignatureBroken, WrongSigner
from server.users.certificates import holder_of
from signing import UnreadablePdf, VerificationReport, is_incremental_update

SIGNING_ROLES = (Role.CHAIR, Role.SECRETARY)
NOTICE_TYPE = "notice"


class MinutesNotDrafted(NotFound):
    """Nothing to sign yet: the minutes draft has not been frozen."""

    code = "minutes_not_drafted"


class MinutesAlreadySigned(Conflict):
    """The chair (or the secretary) signs the minutes once."""

    code = "minutes_already_signed"


class MinutesSignerNotAllowed(PermissionDenied):
    """Only the meeting's chair and secretary sign its minutes."""

    code = "minutes_signer_not_allowed"


class ConclusionNoticeExists(Conflict):
    """A meeting has one conclusion notice; it is corrected in the workflow, not redrafted."""

    code = "conclusion_notice_exists"


@dataclass(frozen=True)
class MinutesVersionView:
    """One stored version of the minutes."""

    version_no: int
    sha256: str
    signer_role: str | None
    signed_by: int | None
    created_at: datetime


@dataclass(frozen=True)
class RecordsView:
    """Where the meeting's records stand."""

    meeting_id: str
    versions: tuple[MinutesVersionView, ...]
    signed_roles: tuple[str, ...]
    final: bool
    notice_document_id: int | None


def _meeting(db_session: Session, meeting_id: str, *, lock: bool = False) -> Meeting:
    # Changes lock the meeting row, so two signers uploading at once queue: the second then
    # finds a newer version than the one it signed and is refused as not incremental.
    return SqlUnitOfWork(db_session, for_update=lock).meetings.get(MeetingId(meeting_id))


def _require_closed(meeting: Meeting) -> None:
    if meeting.state not in (MeetingState.CLOSED, MeetingState.ARCHIVED):
        raise MeetingIllegalTransition(f"meeting {meeting.meeting_id} is not closed yet")


def _viewable(db_session: Session, principal: Principal, meeting_id: str) -> Meeting:
    meeting = _meeting(db_session, meeting_id)
    actor = actor_of(principal)
    require(meeting_permissions(meeting, actor), Permission.MINUTES_VIEW, actor=actor,
            where="Meeting")
    return meeting


def _signing_role(meeting: Meeting, principal: Principal) -> Role:
    role = meeting.role_of(UserId(str(principal.user_id)))
    if role not in SIGNING_ROLES:
        raise MinutesSignerNotAllowed("only the chair and the secretary sign the minutes")
    assert role is not None
    return role


def _versions(db_session: Session, meeting_id: str) -> list[MinutesVersionRow]:
    return list(db_session.scalars(
        select(MinutesVersionRow).where(MinutesVersionRow.meeting_id == meeting_id)
        .order_by(MinutesVersionRow.version_no)))


def _view(db_session: Session, meeting_id: str) -> RecordsView:
    rows = _versions(db_session, meeting_id)
    signed = tuple(r.signer_role for r in rows if r.signer_role is not None)
    notice = db_session.get(ConclusionNoticeRow, meeting_id)
    return RecordsView(
        meeting_id=meeting_id,
        versions=tuple(MinutesVersionView(r.version_no, r.file_sha256, r.signer_role,
                                          r.signed_by, r.created_at) for r in rows),
        signed_roles=signed,
        final={r.value for r in SIGNING_ROLES} <= set(signed),
        notice_document_id=None if notice is None else notice.document_id,
    )


def records(db_session: Session, *, principal: Principal, meeting_id: str) -> RecordsView:
    """The minutes' versions and signatures and the notice's document (minutes readers)."""
    _viewable(db_session, principal, meeting_id)
    return _view(db_session, meeting_id)


def minutes_version(db_session: Session, *, principal: Principal, meeting_id: str,
                    version_no: int | None = None) -> MinutesVersionRow:
    """One stored version of the minutes, the newest when ``version_no`` is None."""
    _viewable(db_session, principal, meeting_id)
    rows = _versions(db_session, meeting_id)
    if not rows:
        raise MinutesNotDrafted(f"the minutes of {meeting_id} are not drawn up yet")
    if version_no is None:
        return rows[-1]
    found = next((r for r in rows if r.version_no == version_no), None)
    if found is None:
        raise NotFound(f"minutes version {version_no}")
    return found


def _audience(meeting: Meeting) -> Audience:
    readers = {p.user_id for p in meeting.participants.values()
               if p.role in SEAT_ROLES or p.role is Role.SECRETARY}
    return Audience(users=frozenset(int(u) for u in readers if str(u).isdigit()))


def freeze_minutes(db_session: Session, *, store: FileStore, principal: Principal,
                   meeting_id: str) -> RecordsView:
    """Keep the rendered minutes draft as version 1 (chair or secretary; once)."""
    meeting = _meeting(db_session, meeting_id, lock=True)
    _signing_role(meeting, principal)
    _require_closed(meeting)
    if _versions(db_session, meeting_id):
        return _view(db_session, meeting_id)
    pdf = outputs.minutes_pdf(db_session, build_minutes(meeting))
    stored = store_file(db_session, store=store, source=io.BytesIO(pdf),
                        media_type="application/pdf")
    db_session.add(MinutesVersionRow(meeting_id=meeting_id, version_no=1,
                                     file_sha256=stored.sha256, created_by=principal.user_id))
    audit.record(db_session, actor_id=principal.user_id, action="meetings.minutes_drawn_up",
                 object_type="meeting", object_id=meeting_id, after={"sha256": stored.sha256})
    publish(db_session, kind="meetings.minutes_drawn_up", payload={"meeting_id": meeting_id},
            audience=_audience(meeting))
    db_session.commit()
    return _view(db_session, meeting_id)


def _verify(setup: SignatureSetup, data: bytes) -> VerificationReport:
    try:
        return setup.trust.verify(data)
    except UnreadablePdf as exc:
        raise SignatureBroken(f"the signed file cannot be read: {exc}") from exc


def _check_upload(db_session: Session, *, store: FileStore, setup: SignatureSetup,
                  current: MinutesVersionRow, signed: bytes,
                  principal: Principal) -> VerificationReport:
    if not is_incremental_update(store.read(current.file_sha256), signed):
        raise NotIncremental("the signed minutes must extend the stored version byte for byte "
                             "(an incremental update)")
    report = _verify(setup, signed)
    before = 0 if current.report is None else sum(
        1 for s in current.report["signatures"] if s["kind"] == "signature")
    if signature_count(report) <= before:
        raise NoNewSignature("the uploaded minutes carry no new signature")
    problem = first_problem(report)
    if problem is not None:
        raise problem
    newest = newest_signature(report)
    signer = newest.signer if newest else None
    holder = holder_of(db_session, fingerprint_sha256=signer.sha256) if signer else None
    if holder != principal.user_id:
        name = signer.subject_name if signer else "?"
        raise WrongSigner(f"signed with the certificate of {name}, which is not bound to "
                          f"{principal.full_name}", expected=principal.full_name, signer=name)
    return report


def sign_minutes(db_session: Session, *, store: FileStore, setup: SignatureSetup,
                 principal: Principal, meeting_id: str,
                 upload: documents.Upload) -> RecordsView:
    """Accept the chair's or the secretary's signed minutes and store them as a new version.

    Raises:
        MinutesSignerNotAllowed: the uploader is neither the chair nor the secretary.
        MinutesNotDrafted: there is no draft to sign.
        MinutesAlreadySigned: the uploader's role has signed already.
        SignatureRejected: not incremental, no new signature, a signature that does not
            validate, or a newest signature not made with the uploader's bound certificate.
    """
    meeting = _meeting(db_session, meeting_id, lock=True)
    role = _signing_role(meeting, principal)
    rows = _versions(db_session, meeting_id)
    if not rows:
        raise MinutesNotDrafted(f"the minutes of {meeting_id} are not drawn up yet")
    if any(r.signer_role == role.value for r in rows):
        raise MinutesAlreadySigned(f"the {role.value} has signed the minutes already")
    signed = upload.stream.read()
    report = _check_upload(db_session, store=store, setup=setup, current=rows[-1],
                           signed=signed, principal=principal)
    stored = store_file(db_session, store=store, source=io.BytesIO(signed),
                        media_type="application/pdf")
    version_no = (db_session.scalar(select(func.max(MinutesVersionRow.version_no)).where(
        MinutesVersionRow.meeting_id == meeting_id)) or 0) + 1
    db_session.add(MinutesVersionRow(
        meeting_id=meeting_id, version_no=version_no, file_sha256=stored.sha256,
        signer_role=role.value, signed_by=principal.user_id, report=report.to_json(),
        created_by=principal.user_id))
    audit.record(db_session, actor_id=principal.user_id, action="meetings.minutes_signed",
                 object_type="meeting", object_id=meeting_id,
                 after={"version_no": version_no, "sha256": stored.sha256, "role": role.value,
                        "verdict": report.verdict.value})
    view = _view(db_session, meeting_id)
    publish(db_session, kind="meetings.minutes_signed",
            payload={"meeting_id": meeting_id, "role": role.value, "final": view.final},
            audience=_audience(meeting))
    db_session.commit()
    return view


def draft_conclusion_notice(db_session: Session, *, store: FileStore, principal: Principal,
                            meeting_id: str) -> Document:
    """Start the outgoing document of the conclusion notice (the meeting's secretary).

    The draft carries the rendered notice, the subject "Thông báo kết luận …", the chair as the
    signer, and the meeting's members as recipients; its drafter is the secretary.
    """
    meeting = _meeting(db_session, meeting_id, lock=True)
    if meeting.role_of(UserId(str(principal.user_id))) is not Role.SECRETARY:
        raise PermissionDenied("only the meeting's secretary drafts the conclusion notice")
    _require_closed(meeting)
    existing = db_session.get(ConclusionNoticeRow, meeting_id)
    if existing is not None:
        raise ConclusionNoticeExists(f"notice of {meeting_id} is document {existing.document_id}",
                                     document_id=existing.document_id)
    notice = build_conclusion_notice(meeting)
    pdf = outputs.conclusion_notice_pdf(db_session, notice)
    members = sorted(int(p.user_id) for p in meeting.participants.values()
                     if p.role in SEAT_ROLES and str(p.user_id).isdigit())
    fields = outgoing.DraftFields(
        type_code=NOTICE_TYPE, direction=Direction.OUTGOING,
        subject=f"Kết luận của {notice.chair} tại {meeting.title}",
        signer_name=notice.chair,
        recipients=[outgoing.RecipientSpec(user_id=m) for m in members],
    )
    upload = documents.Upload(filename="thong-bao-ket-luan.pdf", media_type="application/pdf",
                              stream=io.BytesIO(pdf))
    document = outgoing.create_draft(db_session, store=store, actor=principal, fields=fields,
                                     upload=upload, commit=False)
    db_session.add(ConclusionNoticeRow(meeting_id=meeting_id, document_id=document.id,
                                       created_by=principal.user_id))
    audit.record(db_session, actor_id=principal.user_id,
                 action="meetings.conclusion_notice_drafted", object_type="meeting",
                 object_id=meeting_id, after={"document_id": document.id})
    db_session.commit()
    return document
