"""SQLAlchemy implementations of the meetings core's ports, over the request's session.

The unit of work does not commit on its own: ``commit()`` only flushes and marks the work as
done, and ``service.py`` then writes the audit entries and the events and commits the session
once, so the change, its history and its live events become durable together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meetings.errors import DuplicateId, MeetingNotFound, OpinionBallotNotFound
from meetings.ids import DocumentId, MeetingId, NoteId, OpinionBallotId, UserId
from meetings.model.meeting import Meeting
from meetings.model.notes import PrivateNote
from meetings.model.opinion_ballots import OpinionBallot
from meetings.ports import (
    DocumentInfo,
    MeetingRepository,
    NoteRepository,
    OpinionBallotRepository,
)
from server.auth.principal import Principal
from server.core.db import utcnow
from server.core.errors import Conflict, PhigiayError
from server.meetings import codec
from server.meetings.tables import (
    MeetingNoteRow,
    MeetingParticipantRow,
    MeetingRow,
    OpinionBallotRecipientRow,
    OpinionBallotRow,
)
from server.users.tables import UserCertificate


def user_key(user: UserId) -> int | None:
    """The ``users.id`` behind a core user id (None for the scheduler)."""
    return int(user) if str(user).isdigit() else None


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        """Return the current time."""
        return utcnow()


@dataclass
class Saved:
    """An aggregate stored in this unit of work, for the service to audit."""

    object_type: str
    aggregate: Meeting | OpinionBallot


class SqlMeetingRepository:
    """Meetings as snapshot rows plus the participant index."""

    def __init__(self, uow: SqlUnitOfWork) -> None:
        self._uow = uow

    def get(self, meeting_id: MeetingId) -> Meeting:
        """Load a meeting (row-locked when the unit of work writes)."""
        row = self._uow.session.get(
            MeetingRow, meeting_id, with_for_update=self._uow.for_update,
            populate_existing=self._uow.for_update,
        )
        if row is None:
            raise MeetingNotFound(f"no meeting {meeting_id}")
        return codec.load(row.snapshot, Meeting)

    def add(self, meeting: Meeting) -> None:
        """Insert a new meeting."""
        if self._uow.session.get(MeetingRow, meeting.meeting_id) is not None:
            raise DuplicateId(f"meeting {meeting.meeting_id} exists")
        row = MeetingRow(id=meeting.meeting_id, created_by=self._uow.actor_key)
        self._uow.session.add(row)
        self._fill(row, meeting)

    def save(self, meeting: Meeting) -> None:
        """Rewrite the snapshot of a loaded meeting."""
        row = self._uow.session.get(MeetingRow, meeting.meeting_id)
        if row is None:
            raise MeetingNotFound(f"no meeting {meeting.meeting_id}")
        self._fill(row, meeting)

    def _fill(self, row: MeetingRow, meeting: Meeting) -> None:
        row.title, row.kind, row.state = meeting.title, meeting.kind.value, meeting.state.value
        row.scheduled_at = meeting.scheduled_at
        row.snapshot = codec.encode(meeting, Meeting)
        self._index(meeting)
        self._uow.saved.append(Saved("meeting", meeting))

    def _index(self, meeting: Meeting) -> None:
        session = self._uow.session
        wanted = {(int(u), p.role.value) for u, p in meeting.participants.items()}
        rows = session.scalars(
            select(MeetingParticipantRow).where(
                MeetingParticipantRow.meeting_id == meeting.meeting_id
            )
        ).all()
        if {(r.user_id, r.role) for r in rows} == wanted:
            return
        session.execute(
            delete(MeetingParticipantRow).where(
                MeetingParticipantRow.meeting_id == meeting.meeting_id
            )
        )
        session.flush()
        session.add_all(
            MeetingParticipantRow(meeting_id=meeting.meeting_id, user_id=u, role=r)
            for u, r in sorted(wanted)
        )


class SqlOpinionBallotRepository:
    """Opinion ballots as snapshot rows plus the recipient index."""

    def __init__(self, uow: SqlUnitOfWork) -> None:
        self._uow = uow

    def get(self, ballot_id: OpinionBallotId) -> OpinionBallot:
        """Load a ballot (row-locked when the unit of work writes)."""
        row = self._uow.session.get(
            OpinionBallotRow, ballot_id, with_for_update=self._uow.for_update,
            populate_existing=self._uow.for_update,
        )
        if row is None:
            raise OpinionBallotNotFound(f"no opinion ballot {ballot_id}")
        return codec.load(row.snapshot, OpinionBallot)

    def add(self, ballot: OpinionBallot) -> None:
        """Insert a new ballot and its recipients."""
        if self._uow.session.get(OpinionBallotRow, ballot.ballot_id) is not None:
            raise DuplicateId(f"opinion ballot {ballot.ballot_id} exists")
        row = OpinionBallotRow(id=ballot.ballot_id, secretary_id=int(ballot.secretary))
        self._uow.session.add(row)
        self._fill(row, ballot)
        self._uow.session.flush()
        self._uow.session.add_all(
            OpinionBallotRecipientRow(ballot_id=ballot.ballot_id, user_id=int(u))
            for u in sorted(ballot.recipients, key=int)
        )

    def save(self, ballot: OpinionBallot) -> None:
        """Rewrite the snapshot of a loaded ballot."""
        row = self._uow.session.get(OpinionBallotRow, ballot.ballot_id)
        if row is None:
            raise OpinionBallotNotFound(f"no opinion ballot {ballot.ballot_id}")
        self._fill(row, ballot)

    def _fill(self, row: OpinionBallotRow, ballot: OpinionBallot) -> None:
        row.title, row.state, row.deadline = ballot.title, ballot.state.value, ballot.deadline
        row.snapshot = codec.encode(ballot, OpinionBallot)
        self._uow.saved.append(Saved("opinion_ballot", ballot))


class SqlNoteRepository:
    """Private notes, one row each."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _note(row: MeetingNoteRow) -> PrivateNote:
        return PrivateNote(
            NoteId(row.id), MeetingId(row.meeting_id), DocumentId(row.document_id),
            UserId(str(row.author_id)), row.text, row.updated_at,
        )

    def get(self, note_id: NoteId) -> PrivateNote | None:
        """Return the note or None."""
        row = self._session.get(MeetingNoteRow, note_id)
        return None if row is None else self._note(row)

    def save(self, note: PrivateNote) -> None:
        """Insert or replace a note."""
        row = self._session.get(MeetingNoteRow, note.note_id) or MeetingNoteRow(id=note.note_id)
        row.meeting_id, row.document_id = note.meeting_id, note.document_id
        row.author_id, row.text, row.updated_at = int(note.author), note.text, note.updated_at
        self._session.add(row)

    def for_author(self, meeting_id: MeetingId, author: UserId) -> Sequence[PrivateNote]:
        """Return the author's notes on a meeting, oldest change first."""
        rows = self._session.scalars(
            select(MeetingNoteRow)
            .where(MeetingNoteRow.meeting_id == meeting_id, MeetingNoteRow.author_id == int(author))
            .order_by(MeetingNoteRow.updated_at, MeetingNoteRow.id)
        )
        return [self._note(row) for row in rows]


@dataclass
class SqlUnitOfWork:
    """The core's unit of work over one request's session (see the module docstring)."""

    session: Session
    for_update: bool = False
    actor_key: int | None = None
    saved: list[Saved] = field(default_factory=list)
    committed: bool = False

    def __post_init__(self) -> None:
        self.meetings: MeetingRepository = SqlMeetingRepository(self)
        self.ballots: OpinionBallotRepository = SqlOpinionBallotRepository(self)
        self.notes: NoteRepository = SqlNoteRepository(self.session)

    def __enter__(self) -> SqlUnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.committed:
            self.session.rollback()

    def commit(self) -> None:
        """Flush; the service commits once audit entries and events are added."""
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise Conflict("the meeting changed meanwhile; reload and retry") from exc
        self.committed = True


class SqlDocumentStore:
    """Documents the acting user may see, from the documents feature."""

    def __init__(self, session: Session, principal: Principal) -> None:
        self._session = session
        self._principal = principal

    def describe(self, document_id: DocumentId) -> DocumentInfo | None:
        """Return the document's subject as its title, or None if unknown or not visible."""
        from server.documents.access import get_visible

        if not str(document_id).isdigit():
            return None
        try:
            document = get_visible(
                self._session, principal=self._principal, document_id=int(document_id)
            )
        except PhigiayError:
            return None
        return DocumentInfo(document_id=document_id, title=document.subject)


def verify_raw(certificate: x509.Certificate, payload: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is a raw ECDSA/RSA/Ed25519 signature (SHA-256) over ``payload``."""
    key = certificate.public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, payload, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey):
            return _verify_rsa(key, payload, signature)
        elif isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, payload)
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def _verify_rsa(key: rsa.RSAPublicKey, payload: bytes, signature: bytes) -> bool:
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.AUTO)
    for pad in (padding.PKCS1v15(), pss):
        try:
            key.verify(signature, payload, pad, hashes.SHA256())
            return True
        except (InvalidSignature, ValueError):
            continue
    return False


class CertificateVerifier:
    """Verifies a user's detached raw signature against the certificates bound to them.

    When casting or answering, only certificates bound now and valid now count; when re-checking
    later (``include_unbound``), every certificate ever bound to the user does, since a ballot
    signed before a certificate was unbound or expired stays valid.
    """

    def __init__(
        self, session: Session, *, at: datetime | None = None, include_unbound: bool = False
    ) -> None:
        self._session = session
        self._at = at
        self._include_unbound = include_unbound

    def _certificates(self, user_id: int) -> list[x509.Certificate]:
        query = select(UserCertificate).where(UserCertificate.user_id == user_id)
        if not self._include_unbound:
            query = query.where(UserCertificate.unbound_at.is_(None))
        certificates = []
        for row in self._session.scalars(query):
            if self._at is not None and not row.not_before <= self._at <= row.not_after:
                continue
            certificates.append(x509.load_der_x509_certificate(row.der))
        return certificates

    def verify(self, payload: bytes, signature: bytes, *, signer: UserId) -> bool:
        """Return whether ``signature`` is ``signer``'s valid signature over ``payload``.

        Accepts a raw signature (ECDSA, RSA, Ed25519 over SHA-256) or a detached CMS/CAdES one
        as ``signing.approve`` makes it with a token or a PKCS#12 file.
        """
        key = user_key(signer)
        if key is None or not signature:
            return False
        certificates = self._certificates(key)
        if any(verify_raw(c, payload, signature) for c in certificates):
            return True
        # A CMS ContentInfo is a DER SEQUENCE carrying at least the signer's certificate.
        is_cms = signature[:1] == b"\x30" and len(signature) > _MAX_ECDSA_SIGNATURE
        return is_cms and verify_cms(certificates, payload, signature)


_MAX_ECDSA_SIGNATURE = 150
"""A DER ECDSA signature is at most 139 bytes (P-521); anything longer may be CMS."""


def verify_cms(
    certificates: Sequence[x509.Certificate], payload: bytes, signature: bytes
) -> bool:
    """Whether ``signature`` is a detached CMS signature over ``payload`` by one of them.

    The user's bound certificates are the trust anchors: binding a certificate to a person is
    what makes the server attribute its signatures to them (``server/users/certificates.py``).
    """
    from signing import verify_approval

    if not certificates:
        return False
    anchors = tuple(c.public_bytes(Encoding.DER) for c in certificates)
    check = verify_approval(payload, signature, trust_roots=anchors)
    bound = {c.fingerprint(hashes.SHA256()).hex() for c in certificates}
    return check.ok and check.reviewer is not None and check.reviewer.sha256 in bound
