"""A leader's signed upload is accepted only if it extends the stored version byte for byte,
every signature validates, and the newest one was made with the leader's bound certificate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

import signing
from server.core.context import AppContext
from server.signatures.tables import VersionSignatureReport
from tests.fixtures.pdfs import incremental_update
from tests.fixtures.pki import ServedPki

from .conftest import Bind, MakeToSign, leader_sign, plain_pdf, rendered_letter

Login = Callable[..., dict[str, str]]


def _upload(client, login: Login, doc: int, data: bytes):  # noqa: ANN001, ANN202
    return client.post(f"/api/v1/documents/{doc}/sign", headers=login("leader"),
                       files={"file": ("ky.pdf", data, "application/pdf")})


def test_the_right_leader_is_accepted_and_the_report_stored(
    client, login: Login, make_to_sign: MakeToSign, bind: Bind, served_pki: ServedPki
) -> None:
    bind("leader-an", "leader")
    doc = make_to_sign()
    response = _upload(client, login, doc, leader_sign(served_pki, rendered_letter()))
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "signed"
    report = client.get(f"/api/v1/documents/{doc}/versions/2/signatures",
                        headers=login("officer"))
    assert report.status_code == 200, report.text
    body = report.json()
    assert body["verdict"] == "valid" and body["step"] == "leader_signature"
    assert body["signer_user_id"] is not None
    (signature,) = body["signatures"]
    assert signature["field"] == "LeaderSignature" and signature["certification"] == 2
    assert signature["signer"]["name"] == served_pki.pki.key("leader-an").certificate.subject_name
    assert signature["indication"] == "TOTAL-PASSED" and signature["modification"] == "none"
    unsigned = client.get(f"/api/v1/documents/{doc}/versions/1/signatures",
                          headers=login("officer"))
    assert unsigned.status_code == 404


def _untrusted_key() -> signing.SigningKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Lê Minh Khang (tự cấp)")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(
        b"self", key, cert, None, serialization.BestAvailableEncryption(b"pw"))
    return signing.load_pkcs12(data, "pw")


def _tamper(signed: bytes) -> bytes:
    """Change one letter of the signature's appearance: inside the signed bytes, same length."""
    at = signed.index(b"(Timestamp", len(rendered_letter())) + 1
    return signed[:at] + b"t" + signed[at + 1:]


REFUSALS = {
    "wrong_leader": "signature_wrong_signer",
    "revoked": "signature_revoked",
    "expired": "signature_expired",
    "untrusted": "signature_untrusted",
    "rewritten": "signature_not_incremental",
    "tampered": "signature_broken",
    "unsigned_update": "signature_missing",
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refused_uploads_name_their_reason_and_store_nothing(
    client, login: Login, context: AppContext, make_to_sign: MakeToSign, bind: Bind,
    served_pki: ServedPki, case: str,
) -> None:
    letter = rendered_letter()
    bind("leader-an", "leader")
    if case == "wrong_leader":
        bind("leader-binh", "member")
        data = leader_sign(served_pki, letter, "leader-binh")
    elif case == "revoked":
        bind("leader-cuong", "leader")
        data = leader_sign(served_pki, letter, "leader-cuong")
    elif case == "expired":
        bind("leader-dung", "leader")
        data = leader_sign(served_pki, letter, "leader-dung")
    elif case == "untrusted":
        key = _untrusted_key()
        bind(key.certificate.der, "leader")
        data = signing.sign_as_leader(letter, key)
    elif case == "rewritten":
        data = leader_sign(served_pki, plain_pdf())
    elif case == "tampered":
        data = _tamper(leader_sign(served_pki, letter))
    else:
        data = incremental_update(letter, note="ký")
    doc = make_to_sign(letter)
    response = _upload(client, login, doc, data)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == REFUSALS[case], problem
    assert problem["message"] and problem["detail"]
    detail = client.get(f"/api/v1/documents/{doc}", headers=login("leader")).json()
    assert detail["state"] == "to_sign" and len(detail["versions"]) == 1
    with context.database.reading() as session:
        assert session.query(VersionSignatureReport).count() == 0


def test_the_refusal_speaks_the_clients_language(
    client, login: Login, make_to_sign: MakeToSign, bind: Bind, served_pki: ServedPki
) -> None:
    bind("leader-binh", "member")
    doc = make_to_sign()
    response = client.post(
        f"/api/v1/documents/{doc}/sign", headers={**login("leader"), "Accept-Language": "en"},
        files={"file": ("ky.pdf", leader_sign(served_pki, rendered_letter(), "leader-binh"),
                        "application/pdf")})
    assert response.status_code == 422
    assert response.json()["message"] == "The document is not signed with Lê Minh Khang's " \
                                          "certificate."
