"""The login dialog against the real server: success, wrong password, lockout, no server."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.demo import DemoServer, free_port
from desktop.i18n import install_language
from desktop.screens.login.view import LoginDialog, SignedIn
from desktop.tasks import InlineRunner

from .conftest import LOCKOUT_THRESHOLD, screenshot


def _dialog(server_url: str, username: str = "", demo: object = None) -> LoginDialog:
    dialog = LoginDialog(server_url=server_url, username=username, language="vi",
                         demo=demo)  # type: ignore[arg-type]
    dialog.show()
    return dialog


def test_sign_in_emits_the_person(live_server: DemoServer, inline_tasks: InlineRunner,
                                  qtbot: object) -> None:
    dialog = _dialog(live_server.url, "lannt", demo=live_server.info)
    screenshot(dialog, "01-login-demo")
    assert dialog.password_edit.text() == live_server.password
    received: list[SignedIn] = []
    dialog.signed_in.connect(received.append)
    dialog.submit()
    assert received and received[0].me.user.full_name == "Nguyễn Thị Lan"
    assert received[0].api.token and not dialog.isVisible()


def test_demo_picker_fills_another_person(live_server: DemoServer, ui_app: QApplication) -> None:
    dialog = _dialog(live_server.url, "lannt", demo=live_server.info)
    dialog.select_demo_account("khanglm")
    assert dialog.username_edit.text() == "khanglm"
    assert "Lãnh đạo cơ quan" in dialog.demo_combo.currentText()


def test_wrong_password_shows_the_servers_message(live_server: DemoServer,
                                                  inline_tasks: InlineRunner) -> None:
    dialog = _dialog(live_server.url, "nobody-at-all")
    dialog.password_edit.setText("sai-mat-khau-1")
    dialog.submit()
    assert dialog.isVisible() and dialog.message.kind == "error"
    assert dialog.message.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert dialog.sign_in_button.isEnabled()
    screenshot(dialog, "02-login-wrong-password")


def test_lockout_message_says_until_when_in_local_time(live_server: DemoServer,
                                                       inline_tasks: InlineRunner) -> None:
    dialog = _dialog(live_server.url, "hieulv")
    for _ in range(LOCKOUT_THRESHOLD):
        dialog.password_edit.setText("sai-mat-khau-1")
        dialog.submit()
    text = dialog.message.text()
    assert text.startswith("Tài khoản tạm khóa do đăng nhập sai nhiều lần, đến ")
    assert "+00:00" not in text and "/20" in text  # "HH:mm dd/MM/yyyy", not ISO
    screenshot(dialog, "03-login-locked")


def test_unreachable_server(inline_tasks: InlineRunner) -> None:
    dialog = _dialog(f"http://127.0.0.1:{free_port()}", "lannt")
    dialog.password_edit.setText("x")
    dialog.submit()
    assert "Không kết nối được máy chủ" in dialog.message.text()


def test_missing_fields_are_asked_for(inline_tasks: InlineRunner) -> None:
    dialog = _dialog("", "")
    dialog.submit()
    assert inline_tasks.submitted == 0 and "Hãy nhập" in dialog.message.text()


def test_language_switch_retranslates_the_dialog(live_server: DemoServer,
                                                 ui_app: QApplication) -> None:
    dialog = _dialog(live_server.url)
    dialog.language_changed.connect(install_language)
    try:
        dialog.language_combo.setCurrentIndex(1)
        ui_app.processEvents()
        assert dialog.sign_in_button.text() == "Sign in" and dialog.language == "en"
        dialog.language_combo.setCurrentIndex(2)
        ui_app.processEvents()
        assert dialog.sign_in_button.text() == "Se connecter"
        screenshot(dialog, "04-login-french")
    finally:
        install_language("vi")
    ui_app.processEvents()
    assert dialog.sign_in_button.text() == "Đăng nhập"
