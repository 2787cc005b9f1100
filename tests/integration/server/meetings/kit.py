"""Helpers shared by the meeting tests: signing keys as the desktop holds them, an API wrapper.

Works with the in-process ``TestClient`` and with ``httpx.Client`` on a real server process.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

import signing
from meetings.ids import MeetingId, OpinionBallotId, QuestionId, UserId, VoteId
from meetings.model import (
    Answer,
    AnswerKind,
    VoteChoice,
    named_vote_payload,
    opinion_answer_payload,
)

Json = dict[str, Any]


@dataclass
class Key:
    """A member's private key and self-signed certificate (the desktop's PKCS#12, in memory)."""

    name: str
    cms: bool = False
    """Sign as the desktop does through ``signing/`` (detached CMS) instead of raw ECDSA."""
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    _pem: bytes = b""

    def certificate_pem(self) -> bytes:
        """A self-signed certificate for the key, valid for a year (made once)."""
        if not self._pem:
            self._pem = self._make_certificate()
        return self._pem

    def _make_certificate(self) -> bytes:
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.name)])
        now = datetime.now(UTC)
        cert = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(self.private_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
            .sign(self.private_key, hashes.SHA256())
        )
        return cert.public_bytes(serialization.Encoding.PEM)

    def sign(self, payload: bytes) -> str:
        """A raw ECDSA P-256/SHA-256 signature over ``payload``, in base64."""
        if self.cms:
            return self.sign_cms(payload)
        signature = self.private_key.sign(payload, ec.ECDSA(hashes.SHA256()))
        return base64.b64encode(signature).decode()

    def sign_cms(self, payload: bytes) -> str:
        """A detached CMS signature made through ``signing/`` from a PKCS#12, in base64."""
        certificate = x509.load_pem_x509_certificate(self.certificate_pem())
        p12 = pkcs12.serialize_key_and_certificates(
            b"key", self.private_key, certificate, None,
            serialization.BestAvailableEncryption(b"pw"),
        )
        approval = signing.approve(payload, signing.load_pkcs12(p12, b"pw"))
        return base64.b64encode(approval.cms).decode()


def named_signature(key: Key, *, meeting_id: str, vote_id: str, motion: str, user_id: int,
                    choice: str, seat: int | None = None) -> str:
    """Sign a named ballot's canonical payload as the desktop does."""
    payload = named_vote_payload(
        meeting_id=MeetingId(meeting_id), vote_id=VoteId(vote_id), motion=motion,
        seat=UserId(str(seat or user_id)), cast_by=UserId(str(user_id)),
        choice=VoteChoice(choice),
    )
    return key.sign(payload)


def answer_signature(key: Key, *, ballot_id: str, title: str, user_id: int,
                     answers: Sequence[Json]) -> str:
    """Sign an opinion-ballot answer's canonical payload as the desktop does."""
    payload = opinion_answer_payload(
        ballot_id=OpinionBallotId(ballot_id), title=title, member=UserId(str(user_id)),
        answers=[Answer(QuestionId(a["question_id"]), AnswerKind(a["kind"]), a.get("text", ""))
                 for a in answers],
    )
    return key.sign(payload)


class Api:
    """The meetings API as each test user calls it."""

    def __init__(self, http: Any, headers: dict[str, dict[str, str]]) -> None:
        """``http`` is a ``TestClient`` or an ``httpx.Client`` with the server's base URL."""
        self.http = http
        self.headers = headers

    def call(self, who: str, method: str, path: str, *, expect: int | None = 200,
             **kwargs: Any) -> Any:
        """Call ``/api/v1{path}`` as ``who``; check the status when ``expect`` is given."""
        response = self.http.request(method, f"/api/v1{path}", headers=self.headers[who],
                                     **kwargs)
        if expect is not None:
            assert response.status_code == expect, (method, path, response.text)
        if response.headers.get("content-type", "").startswith("application/pdf"):
            return response.content
        return response.json() if response.content else None

    def status(self, who: str, method: str, path: str, **kwargs: Any) -> int:
        """Only the status code of a call."""
        response = self.http.request(method, f"/api/v1{path}", headers=self.headers[who],
                                     **kwargs)
        return int(response.status_code)

    def bind_key(self, who: str, user_id: int, key: Key) -> None:
        """Bind the key's certificate to the user, as the user."""
        files = {"file": ("cert.pem", key.certificate_pem(), "application/x-pem-file")}
        self.call(who, "POST", f"/users/{user_id}/certificates", files=files, expect=201)

    def create_meeting(self, who: str, *, chair: int, title: str = "Phiên họp Chính phủ",
                       **fields: Any) -> Json:
        """A draft meeting scheduled for tomorrow."""
        body = {"title": title, "chair_id": chair,
                "scheduled_at": (datetime.now(UTC) + timedelta(days=1)).isoformat(), **fields}
        return dict(self.call(who, "POST", "/meetings", json=body, expect=201))

    def add_item(self, who: str, meeting_id: str, title: str, **fields: Any) -> str:
        """Append an agenda item; returns its id."""
        created = self.call(who, "POST", f"/meetings/{meeting_id}/items",
                            json={"title": title, **fields}, expect=201)
        return str(created["item_id"])

    def invite(self, who: str, meeting_id: str, user_id: int, role: str, **fields: Any) -> Json:
        """Invite someone."""
        return dict(self.call(who, "POST", f"/meetings/{meeting_id}/participants",
                              json={"user_id": user_id, "role": role, **fields}))
