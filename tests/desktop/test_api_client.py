"""The typed API client against a real server: dataclasses out, one error tree for failures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.api import (
    AccountLocked,
    ApiClient,
    ConnectionFailed,
    InvalidCredentials,
    Me,
    NewUser,
    NotAuthenticated,
    PermissionDenied,
    ProtocolError,
    RequestTimedOut,
    Role,
    UserChanges,
    WeakPassword,
    normalize_server_url,
)
from desktop.demo import DemoServer, free_port
from signing.demo_images import signature_png

from .conftest import LOCKOUT_THRESHOLD

Login = Callable[..., ApiClient]


def test_health_and_url_forms(live_server: DemoServer) -> None:
    host_port = live_server.url.removeprefix("http://")
    client = ApiClient(host_port + "/api/v1/")
    assert client.server_url == live_server.url
    assert client.health().status == "ok"
    assert normalize_server_url(" https://x.gov.vn/ ") == "https://x.gov.vn"


def test_login_returns_me_with_agency_and_permissions(api_for: Login) -> None:
    me = api_for("baotq").me()
    assert isinstance(me, Me)
    assert me.user.full_name == "Trần Quốc Bảo" and me.is_admin
    assert me.agency.short_name == "VPCP" and me.agency.name == "Văn phòng Chính phủ"
    assert me.can("user.manage") and me.can("audit.read")
    assert me.password_changed_at.tzinfo is not None


def test_wrong_password_is_invalid_credentials_in_the_asked_language(
        live_server: DemoServer) -> None:
    for language, words in (("vi", "mật khẩu"), ("en", "password"), ("fr", "mot de passe")):
        client = ApiClient(live_server.url, language=language)
        with pytest.raises(InvalidCredentials) as caught:
            client.login("nobody-here", "not-the-password-1")
        assert caught.value.status == 401 and caught.value.code == "invalid_credentials"
        assert words in caught.value.message.lower()
        assert isinstance(caught.value, NotAuthenticated)


def test_repeated_failures_lock_the_account(live_server: DemoServer) -> None:
    client = ApiClient(live_server.url, language="en")
    for _ in range(LOCKOUT_THRESHOLD - 1):
        with pytest.raises(InvalidCredentials):
            client.login("hanhkt", "wrong-password-1")
    with pytest.raises(AccountLocked) as caught:
        client.login("hanhkt", "wrong-password-1")
    assert caught.value.status == 423 and "until" in caught.value.message
    with pytest.raises(AccountLocked):  # even the right password, while locked
        client.login("hanhkt", live_server.password)


def test_units_and_people(api_for: Login) -> None:
    client = api_for("maint")
    units = client.units()
    by_code = {unit.code: unit for unit in units}
    assert by_code["VTLT"].parent_id == by_code["HCQT"].id
    people = client.users()
    assert len(people) >= 47
    clerks = client.users(role=Role.CLERK)
    assert {p.username for p in clerks} >= {"lannt", "duchv"}
    assert all(p.has_role("clerk") for p in clerks)
    in_unit = client.users(unit_id=by_code["TH"].id)
    assert "Ngô Thị Mai" in {p.full_name for p in in_unit}
    assert client.user(in_unit[0].id) == in_unit[0]


def test_admin_creates_edits_and_resets(api_for: Login, unique: Callable[[str], str],
                                        live_server: DemoServer) -> None:
    admin = api_for("baotq")
    username = unique("test")
    created = admin.create_user(NewUser(username, "Phạm Thị Thử", "Mat-khau-2026",
                                        ("officer",), position="Chuyên viên"))
    assert created.username == username and created.roles == ("officer",)
    changed = admin.update_user(created.id, UserChanges(roles=("officer", "clerk"),
                                                        is_active=False))
    assert set(changed.roles) == {"officer", "clerk"} and not changed.is_active
    admin.update_user(created.id, UserChanges(is_active=True))
    admin.reset_password(created.id, "Mat-khau-moi-2027")
    person = ApiClient(live_server.url)
    person.login(username, "Mat-khau-moi-2027")
    with pytest.raises(WeakPassword) as caught:
        person.change_password("Mat-khau-moi-2027", "short")
    assert caught.value.status == 422
    person.change_password("Mat-khau-moi-2027", "Mat-khau-moi-2028")
    person.logout()
    assert person.token is None


def test_officer_may_not_create_users(api_for: Login) -> None:
    with pytest.raises(PermissionDenied) as caught:
        api_for("maint").create_user(NewUser("nobody1", "X", "Mat-khau-2026", ("officer",)))
    assert caught.value.status == 403 and caught.value.message


def test_revoked_token_is_not_authenticated(api_for: Login) -> None:
    client = api_for("maint")
    token = client.token
    client.logout()
    client.token = token
    with pytest.raises(NotAuthenticated):
        client.me()


def test_audit_log_pages_and_verifies(api_for: Login) -> None:
    admin = api_for("baotq")
    newest = admin.audit(limit=5)
    assert len(newest) == 5 and newest[0].seq > newest[-1].seq
    older = admin.audit(limit=5, before_seq=newest[-1].seq)
    assert older[0].seq < newest[-1].seq
    report = admin.verify_audit()
    assert report.ok and report.entries_checked >= 50 and report.problems == ()


def _certificate_pem(common_name: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=365))
            .sign(key, hashes.SHA256()))
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.PEM)


def test_certificates_and_signature_image(api_for: Login, tmp_path: object) -> None:
    from pathlib import Path

    client = api_for("khanglm")
    me = client.me()
    path = Path(str(tmp_path)) / "khang.pem"
    path.write_bytes(_certificate_pem("Lê Minh Khang"))
    cert = client.bind_certificate(me.user.id, path)
    assert "Lê Minh Khang" in cert.subject
    assert cert in client.certificates(me.user.id)
    client.unbind_certificate(me.user.id, cert.id)
    assert cert not in client.certificates(me.user.id)
    png = signature_png("Lê Minh Khang")
    assert len(client.set_signature_image(png)) == 64
    assert client.signature_image(me.user.id) == png


def test_unreachable_server_is_connection_failed() -> None:
    client = ApiClient(f"127.0.0.1:{free_port()}")
    with pytest.raises(ConnectionFailed) as caught:
        client.health()
    assert caught.value.code == "server_unreachable" and caught.value.message == ""


def test_timeouts_and_garbage_are_mapped() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(RequestTimedOut):
        ApiClient("http://x", transport=httpx.MockTransport(slow)).health()
    garbage = httpx.MockTransport(lambda request: httpx.Response(200, text="<html>"))
    with pytest.raises(ProtocolError):
        ApiClient("http://x", transport=garbage).health()
    teapot = httpx.MockTransport(lambda request: httpx.Response(503, text="down"))
    with pytest.raises(Exception) as caught:
        ApiClient("http://x", transport=teapot).health()
    assert getattr(caught.value, "status", None) == 503
