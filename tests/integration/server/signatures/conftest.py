"""Fixtures for the server's signature tests: the loopback test PKI as the agency's trust and
revocation source, the agency seal on a SoftHSM token, rendered documents waiting for signature,
and leaders' certificates bound to the seeded people."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from pathlib import Path

import pytest

import signing
from server.auth.service import principal_of
from server.core.context import AppContext
from server.core.files import store_file
from server.core.settings import Settings
from server.documents.access import add_participant
from server.documents.tables import Document, DocumentVersion
from server.rendering import render_draft
from server.rendering.examples import example_draft
from server.users.certificates import bind_certificate
from server.users.tables import User
from signing import outgoing
from signing.demo_images import seal_png
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.pki import ServedPki, Tokens
from tests.fixtures.server import Seed, fast_settings

SEAL_KEY_ID = "0a"  # tests.fixtures.pki imports seal-vpcp into the "agency-hsm" token with this id


@functools.cache
def rendered_letter() -> bytes:
    """An official letter from the renderer: IssueNumber, IssueDate, LeaderSignature, AgencySeal."""
    return render_draft(example_draft("official_letter")).pdf


@pytest.fixture
def settings(tmp_path: Path, database_url: str, served_pki: ServedPki,
             tokens: Tokens) -> Settings:
    """The agency trusts the test root, may fetch revocation data from the loopback PKI, and
    seals with the key on the SoftHSM "agency HSM" at B-LT with the loopback TSA."""
    roots = tmp_path / "trust-roots.pem"
    roots.write_bytes(served_pki.pki.root_pem)
    image = tmp_path / "seal.png"
    image.write_bytes(seal_png())
    return fast_settings(
        tmp_path / "data", database_url, trust_roots=roots, revocation="soft",
        revocation_fetch=True, seal_required=True, seal_pkcs11_module=Path(tokens.module),
        seal_token_label=tokens.hsm, seal_key_id=SEAL_KEY_ID, seal_pin=tokens.pin,
        seal_image=image, tsa_url=served_pki.tsa_url())


MakeToSign = Callable[..., int]


@pytest.fixture
def make_to_sign(context: AppContext, seed: Seed) -> MakeToSign:
    """A document waiting for the seeded leader's signature, its one version ``pdf`` (by default
    a rendered official letter)."""

    def _make(pdf: bytes | None = None, *, state: str = "to_sign") -> int:
        with context.database.writing() as session:
            document = Document(agency_id=1, direction="outgoing", state=state,
                                type_code="official_letter", subject="Về việc thử chữ ký số",
                                drafting_unit_id=seed.units["TH"], confidentiality="normal",
                                created_by=seed.users["officer"],
                                presented_to=seed.users["leader"])
            session.add(document)
            session.flush()
            stored = store_file(session, store=context.store,
                                source=io.BytesIO(pdf or rendered_letter()),
                                media_type="application/pdf")
            session.add(DocumentVersion(document_id=document.id, version_no=1,
                                        file_sha256=stored.sha256, filename="cong-van.pdf",
                                        media_type="application/pdf", reason="draft",
                                        created_by=seed.users["officer"]))
            for name, reason in (("officer", "creator"), ("leader", "presented"),
                                 ("clerk", "assignee")):
                add_participant(session, document_id=document.id, user_id=seed.users[name],
                                reason=reason)
            session.commit()
            return document.id

    return _make


Bind = Callable[[str | bytes, str], None]


@pytest.fixture
def bind(context: AppContext, seed: Seed, served_pki: ServedPki) -> Bind:
    """Bind a certificate (a test-PKI label, or DER) to a seeded user (by user name)."""

    def _bind(certificate: str | bytes, username: str) -> None:
        der = served_pki.pki.cert_der(certificate) if isinstance(certificate, str) else certificate
        with context.database.writing() as session:
            user = session.get(User, seed.users[username])
            assert user is not None
            bind_certificate(session, actor=principal_of(user), user_id=user.id,
                             data=der)

    return _bind


def leader_sign(served_pki: ServedPki, pdf: bytes, label: str = "leader-an") -> bytes:
    """What the desktop uploads: the leader's certification signature, B-B, issuance fields
    left open."""
    return signing.sign_as_leader(pdf, served_pki.pki.key(label))


def leader_sign_locking_everything(served_pki: ServedPki, pdf: bytes) -> bytes:
    """A leader's certification signature that leaves no field open, not even the seal's."""
    options = outgoing.leader_options(open_fields=(), level=signing.PadesLevel.B_B)
    return signing.sign_pdf(pdf, served_pki.pki.key("leader-an"), options)


def plain_pdf(text: str = "Công văn không theo mẫu") -> bytes:
    """A PDF not made by the renderer (no issuance fields)."""
    return make_pdf([text])
