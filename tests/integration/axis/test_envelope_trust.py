"""Envelope signatures on receipt: the signer's certificate must chain to the agency's trust
roots at the message's time (offline), and a seal on a PKCS#11 token signs envelopes too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pydantic import SecretStr
from sqlalchemy import select

from server.axis import edxml
from server.axis.connector import inbound, intake
from server.axis.connector.envelope import envelope_signer
from server.axis.connector.tables import OutboxMessage, QuarantinedMessage
from server.axis.connector.vocabulary import Outcome
from server.core.context import AppContext
from server.core.settings import Settings
from server.documents.tables import Document
from server.signatures.seal import seal_from_settings
from server.signatures.trust import TrustConfig
from tests.fixtures.pki import ServedPki, Tokens
from tests.fixtures.server import Seed
from tests.unit.axis import samples

NOW = dt.datetime.now(dt.UTC)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])


def _root() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = _name("Cơ quan chứng thực thử nghiệm")
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=400))
        .not_valid_after(NOW + dt.timedelta(days=400))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=True, crl_sign=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256()))
    return key, certificate


ROOT_KEY, ROOT = _root()
ROOTS = (ROOT.public_bytes(serialization.Encoding.PEM),)


def _seal(*, not_before: dt.datetime, not_after: dt.datetime) -> edxml.EnvelopeSigner:
    """A Hà Tĩnh seal issued by the home-made root."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    certificate = (
        x509.CertificateBuilder().subject_name(_name("UBND tỉnh Hà Tĩnh"))
        .issuer_name(ROOT.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before).not_valid_after(not_after)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            ROOT_KEY.public_key()), critical=False)
        .sign(ROOT_KEY, hashes.SHA256()))
    return edxml.EnvelopeSigner.from_key(key, certificate)


def _receive(context: AppContext, roots: tuple[bytes, ...], number: str,
             signer: edxml.EnvelopeSigner) -> Outcome:
    letter = samples.document(number=number, sender=samples.HA_TINH, recipients=(samples.VPCP,))
    data = edxml.build_document(letter, signer=signer)
    intake_ = inbound.Intake(context.database, context.store, samples.VPCP.organ_id,
                             trust_roots=roots)
    envelope = inbound.Envelope(f"trust-{number}", samples.HA_TINH.organ_id, letter.document_id)
    return inbound.receive(intake_, envelope, data)


def _quarantined(context: AppContext, number: str) -> QuarantinedMessage:
    with context.database.reading() as session:
        return session.scalars(select(QuarantinedMessage).where(
            QuarantinedMessage.message_id == f"trust-{number}")).one()


def test_a_seal_from_a_trusted_root_is_taken_in(context: AppContext, seed: Seed) -> None:
    seal = _seal(not_before=NOW - dt.timedelta(days=30), not_after=NOW + dt.timedelta(days=30))
    assert _receive(context, ROOTS, "701", seal) is Outcome.ACCEPTED
    with context.database.reading() as session:
        assert session.scalars(select(Document)).one().issuing_organ_id == \
            samples.HA_TINH.organ_id


@pytest.mark.parametrize(("number", "signer", "reason"), [
    ("702", samples.seal(), "does not chain to a trusted root"),
    ("703", _seal(not_before=NOW - dt.timedelta(days=60), not_after=NOW - dt.timedelta(days=10)),
     "expired"),
    ("704", _seal(not_before=NOW + dt.timedelta(days=2), not_after=NOW + dt.timedelta(days=60)),
     "not yet valid"),
])
def test_an_untrusted_seal_is_quarantined_with_its_reason(
        context: AppContext, seed: Seed, number: str, signer: edxml.EnvelopeSigner,
        reason: str) -> None:
    assert _receive(context, ROOTS, number, signer) is Outcome.QUARANTINED
    held = _quarantined(context, number)
    assert held.error_code == "untrusted_signature"
    subject = signer.certificate.subject.rfc4514_string()
    assert reason in held.reason and subject in held.reason and held.rejection_sent
    with context.database.reading() as session:
        assert session.scalars(select(Document)).first() is None
        refusal = session.scalars(select(OutboxMessage)).one()
    assert refusal.status_code == "02" and reason in (refusal.description or "")


def test_without_trust_roots_the_signature_is_not_judged(context: AppContext,
                                                         seed: Seed) -> None:
    assert _receive(context, (), "705", samples.seal()) is Outcome.ACCEPTED


def test_the_senders_time_is_believed_within_the_transit_window() -> None:
    letter = samples.document(number="706", sender=samples.HA_TINH, recipients=(samples.VPCP,))
    sent = min(hop.timestamp for hop in letter.trace).replace(tzinfo=intake.VIETNAM)
    now = sent + dt.timedelta(hours=1)
    assert intake.signed_at(letter, now=now) == sent
    assert intake.signed_at(letter, now=sent - dt.timedelta(hours=1)) == \
        sent - dt.timedelta(hours=1)  # a sender's clock ahead of ours is not believed
    much_later = now + dt.timedelta(days=365)
    assert intake.signed_at(letter, now=much_later) == much_later - intake.MAX_TRANSIT


def test_an_envelope_sealed_on_the_hsm_verifies_and_is_trusted(
        tokens: Tokens, served_pki: ServedPki, settings: Settings, context: AppContext, seed: Seed,
        tmp_path: Path) -> None:
    hsm = settings.model_copy(update={
        "seal_pkcs11_module": Path(tokens.module), "seal_token_label": tokens.hsm,
        "seal_key_label": "Van phong Chinh phu", "seal_pin": SecretStr(tokens.pin)})
    seal = seal_from_settings(hsm, TrustConfig())
    assert seal is not None
    try:
        signer = envelope_signer(hsm, seal)
        assert signer is not None
        pki = served_pki.pki  # the PKI the token was filled from
        assert signer.certificate.public_bytes(serialization.Encoding.DER) == \
            pki.cert_der("seal-vpcp")
        letter = samples.document(number="707", sender=samples.HA_TINH,
                                  recipients=(samples.VPCP,))
        parsed = edxml.parse(edxml.build_document(letter, signer=signer))
        assert parsed.signature.state == "valid"
        assert parsed.signature.algorithm.endswith("rsa-sha256")
        intake.check_signer(parsed, trust_roots=(pki.root_pem,))
        with pytest.raises(intake.UntrustedSignature, match="trusted root"):
            intake.check_signer(parsed, trust_roots=ROOTS)
        assert _receive(context, (pki.root_pem,), "708", signer) is Outcome.ACCEPTED
    finally:
        seal.close()


def test_an_unreachable_hsm_leaves_envelopes_unsigned(
        tokens: Tokens, settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    hsm = settings.model_copy(update={
        "seal_pkcs11_module": Path(tokens.module), "seal_token_label": "no-such-token",
        "seal_key_label": "Van phong Chinh phu", "seal_pin": SecretStr(tokens.pin)})
    seal = seal_from_settings(hsm, TrustConfig())
    assert seal is not None
    assert envelope_signer(hsm, seal) is None
    assert "envelopes go unsigned" in caplog.text and "no-such-token" in caplog.text
