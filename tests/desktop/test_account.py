"""Tài khoản của tôi: profile, password change, signature image, certificates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, NewUser
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.screens.account.view import AccountView
from desktop.settings import Settings
from desktop.tasks import InlineRunner
from signing.demo_images import signature_png

from .conftest import screenshot


def _certificate(path: Path, common_name: str) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Văn phòng Chính phủ")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=730))
            .sign(key, hashes.SHA256()))
    path.write_bytes(cert.public_bytes(Encoding.DER))
    return path


def test_account_screen(live_server: DemoServer, api_for: Callable[..., ApiClient],
                        settings: Settings, inline_tasks: InlineRunner, qtbot: QtBot,
                        tmp_path: Path, unique: Callable[[str], str]) -> None:
    username = unique("acc")
    api_for("baotq").create_user(NewUser(username, "Võ Thị Thu Hường", "Mat-khau-2026",
                                         ("leader",), position="Phó Chủ nhiệm"))
    api = ApiClient(live_server.url)
    api.login(username, "Mat-khau-2026")
    picks: list[Path] = []
    context = ScreenContext(api, api.me(), settings, pick_file=lambda title, filters: picks.pop())
    view = AccountView(context)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()

    picks.append(tmp_path / "missing.png")
    view.choose_signature()
    assert view.message.kind == "error"  # an unreadable file is a message, not a crash
    png = tmp_path / "chu-ky.png"
    png.write_bytes(signature_png("Võ Thị Thu Hường"))
    picks.append(png)
    view.choose_signature()
    assert view.message.kind == "success"
    assert view.signature_preview.pixmap() is not None
    assert not view.signature_preview.pixmap().isNull()
    assert api.signature_image(context.me.user.id) == png.read_bytes()

    picks.append(_certificate(tmp_path / "cert.cer", "Võ Thị Thu Hường"))
    view.choose_certificate()
    assert view.certificate_list.count() == 1
    assert "Võ Thị Thu Hường" in view.certificate_list.item(0).text()

    view.current_edit.setText("Mat-khau-2026")
    view.new_edit.setText("Mat-khau-2027")
    view.confirm_edit.setText("Mat-khau-2028")
    view.change_password()
    assert view.message.text() == "Hai lần nhập mật khẩu mới không khớp."
    view.confirm_edit.setText("Mat-khau-2027")
    view.current_edit.setText("sai-roi-2026")
    view.change_password()
    assert view.message.kind == "error"
    view.current_edit.setText("Mat-khau-2026")
    view.change_password()
    assert view.message.kind == "success" and view.current_edit.text() == ""
    screenshot(view, "40-my-account")
    view.certificate_list.setCurrentRow(0)
    view.unbind_selected()
    assert "Chưa gắn" in view.certificate_list.item(0).text()
