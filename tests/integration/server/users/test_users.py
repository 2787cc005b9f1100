"""Agency, units, users, certificates and signature images over HTTP, with role checks."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PIL import Image

from tests.fixtures.server import SEED_PEOPLE, Seed

Login = Callable[..., dict[str, str]]
NON_ADMINS = [name for name, *_ in SEED_PEOPLE if name != "admin"]


def _certificate(common_name: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Văn phòng Chính phủ")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def _png(mode: str = "RGBA", size: tuple[int, int] = (300, 120)) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (0, 0, 200, 0) if mode == "RGBA" else (0, 0, 200)).save(buffer, "PNG")
    return buffer.getvalue()


NEW_USER = {"username": "chuyenvien2", "full_name": "Đặng Quang Huy", "password": "Mat-khau-2026",
            "roles": ["officer"], "position": "Chuyên viên"}


def test_admin_creates_a_user_who_can_log_in(client, login: Login, seed: Seed) -> None:
    admin = login("admin")
    response = client.post("/api/v1/users", headers=admin,
                           json={**NEW_USER, "unit_id": seed.units["TH"]})
    assert response.status_code == 201, response.text
    assert response.json()["full_name"] == "Đặng Quang Huy"
    assert login("chuyenvien2")
    duplicate = client.post("/api/v1/users", headers=admin, json=NEW_USER)
    assert duplicate.status_code == 409 and duplicate.json()["code"] == "conflict"


@pytest.mark.parametrize("username", NON_ADMINS)
def test_only_administrators_manage_people(client, login: Login, seed: Seed,
                                           username: str) -> None:
    headers = login(username)
    target = seed.users["officer"] if username != "officer" else seed.users["clerk"]
    attempts = [
        client.post("/api/v1/users", headers=headers, json=NEW_USER),
        client.patch(f"/api/v1/users/{target}", headers=headers, json={"roles": ["admin"]}),
        client.post(f"/api/v1/users/{target}/password", headers=headers,
                    json={"new_password": "Mat-khau-moi-9"}),
        client.post("/api/v1/units", headers=headers, json={"code": "X", "name": "X"}),
        client.put("/api/v1/agency", headers=headers,
                   json={"organ_id": "000.00.00.G22", "name": "X", "short_name": "X"}),
    ]
    assert [a.status_code for a in attempts] == [403] * len(attempts)
    assert {a.json()["code"] for a in attempts} == {"permission_denied"}
    # Everyone may read the directory of people and units.
    assert client.get("/api/v1/users", headers=headers).status_code == 200
    assert client.get("/api/v1/units", headers=headers).status_code == 200


@pytest.mark.parametrize(
    "changes",
    [{"username": "A B"}, {"username": "../etc"}, {"roles": ["emperor"]}, {"roles": []},
     {"password": "short"}, {"unit_id": 9999}, {"extra": 1}],
)
def test_bad_user_input_is_refused_and_changes_nothing(client, login: Login,
                                                       changes: dict[str, object]) -> None:
    admin = login("admin")
    before = client.get("/api/v1/users", headers=admin).json()
    response = client.post("/api/v1/users", headers=admin, json={**NEW_USER, **changes})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/api/v1/users", headers=admin).json() == before


def test_directory_filters_by_unit_and_role(client, login: Login, seed: Seed) -> None:
    headers = login("officer")
    in_unit = client.get("/api/v1/users", headers=headers, params={"unit_id": seed.units["TH"]})
    assert {u["username"] for u in in_unit.json()} == {"officer", "unithead", "secretary"}
    leaders = client.get("/api/v1/users", headers=headers, params={"role": "leader"})
    assert [u["username"] for u in leaders.json()] == ["leader"]


def test_units_form_a_tree(client, login: Login, seed: Seed) -> None:
    admin = login("admin")
    child = client.post("/api/v1/units", headers=admin,
                        json={"code": "TH1", "name": "Phòng Tổng hợp 1",
                              "parent_id": seed.units["TH"]})
    assert child.status_code == 201 and child.json()["parent_id"] == seed.units["TH"]
    orphan = client.post("/api/v1/units", headers=admin,
                         json={"code": "X1", "name": "X", "parent_id": 424242})
    assert orphan.status_code == 422


def test_agency_update_validates_the_organ_id(client, login: Login) -> None:
    admin = login("admin")
    bad = client.put("/api/v1/agency", headers=admin,
                     json={"organ_id": "G22", "name": "Văn phòng Chính phủ", "short_name": "VPCP"})
    assert bad.status_code == 422
    good = client.put("/api/v1/agency", headers=admin,
                      json={"organ_id": "000.00.00.G22", "name": "Văn phòng Chính phủ",
                            "short_name": "VPCP", "place_name": "Hà Nội"})
    assert good.status_code == 200 and good.json()["place_name"] == "Hà Nội"


def test_certificates_bind_to_their_holder(client, login: Login, seed: Seed) -> None:
    leader, officer = login("leader"), login("officer")
    pem = _certificate("Lê Minh Khang")
    bound = client.post(f"/api/v1/users/{seed.users['leader']}/certificates", headers=leader,
                        files={"file": ("khang.pem", pem, "application/x-pem-file")})
    assert bound.status_code == 201, bound.text
    assert "Lê Minh Khang" in bound.json()["subject"]
    again = client.post(f"/api/v1/users/{seed.users['leader']}/certificates", headers=leader,
                        files={"file": ("khang.pem", pem, "application/x-pem-file")})
    assert again.status_code == 409
    other = client.post(f"/api/v1/users/{seed.users['leader']}/certificates", headers=officer,
                        files={"file": ("x.pem", _certificate("X"), "application/x-pem-file")})
    assert other.status_code == 403
    garbage = client.post(f"/api/v1/users/{seed.users['leader']}/certificates", headers=leader,
                          files={"file": ("x.pem", b"-----BEGIN nonsense", "text/plain")})
    assert garbage.status_code == 415
    listed = client.get(f"/api/v1/users/{seed.users['leader']}/certificates", headers=officer)
    assert len(listed.json()) == 1
    cert_id = listed.json()[0]["id"]
    removed = client.delete(f"/api/v1/users/{seed.users['leader']}/certificates/{cert_id}",
                            headers=leader)
    assert removed.status_code == 204
    assert client.get(f"/api/v1/users/{seed.users['leader']}/certificates",
                      headers=leader).json() == []


def test_signature_image_upload(client, login: Login, seed: Seed, context) -> None:
    leader = login("leader")
    png = _png()
    stored = client.put("/api/v1/me/signature-image", headers=leader,
                        files={"file": ("chu-ky.png", png, "image/png")})
    assert stored.status_code == 200
    assert context.store.read(stored.json()["sha256"]) == png
    fetched = client.get(f"/api/v1/users/{seed.users['leader']}/signature-image",
                         headers=login("clerk"))
    assert fetched.status_code == 200 and fetched.content == png
    assert client.get("/api/v1/me", headers=leader).json()["has_signature_image"] is True


@pytest.mark.parametrize(
    ("name", "payload", "status"),
    [("a.png", b"GIF89a not a png", 415), ("../../etc/passwd", b"\x89PNG\r\n\x1a\nbroken", 415),
     ("opaque.png", _png("RGB"), 422), ("huge.png", b"\x89PNG\r\n\x1a\n" + b"0" * 3_000_000, 413)],
)
def test_bad_signature_images_are_refused(client, login: Login, context, name: str,
                                          payload: bytes, status: int) -> None:
    leader = login("leader")
    response = client.put("/api/v1/me/signature-image", headers=leader,
                          files={"file": (name, payload, "image/png")})
    assert response.status_code == status, response.text
    assert client.get("/api/v1/me", headers=leader).json()["has_signature_image"] is False
    assert list(context.store.blobs()) == []
