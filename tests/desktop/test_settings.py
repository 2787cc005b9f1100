"""The settings dialog: values checked then kept in QSettings; the language switch reaches Qt's
own standard buttons too (Vietnamese from our qtbase_vi, French from Qt's)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget

from desktop.context import ScreenContext
from desktop.i18n import install_language
from desktop.screens.settings.dialog import SettingsDialog, server_problem
from desktop.screens.shell.view import MainWindow
from desktop.settings import LANGUAGE, SCAN_FOLDER, SERVER_URL, TOKEN_MODULE, Settings
from desktop.tasks import InlineRunner

from .conftest import screenshot

Button = QDialogButtonBox.StandardButton


def _texts(dialog: SettingsDialog) -> tuple[str, str, str]:
    return (dialog.buttons.button(Button.Ok).text(), dialog.buttons.button(Button.Cancel).text(),
            dialog.windowTitle())


def test_server_addresses() -> None:
    assert server_problem("https://vanban.bo.gov.vn") is None
    assert server_problem("10.0.0.5:8400") is None
    assert server_problem("ftp://x") == "server" and server_problem("http://:80") == "server"
    assert server_problem("http://host:port") == "server"


def test_values_are_checked_then_kept(settings: Settings, tmp_path: Path, qtbot: QtBot,
                                      ui_app: QApplication) -> None:
    module = tmp_path / "libsofthsm2.so"
    module.write_bytes(b"\x7fELF")
    dialog = SettingsDialog(settings, pick_folder=lambda *_: str(tmp_path),
                            pick_file=lambda *_: str(module))
    qtbot.addWidget(dialog)
    assert dialog.server.placeholderText() == SERVER_URL.default
    label = dialog.form.labelForField(dialog.server)
    assert isinstance(label, QLabel) and label.text() == "Địa chỉ máy chủ"
    dialog.server.setText("vanban.vpcp.gov.vn:8443")
    dialog.scan_folder.setText(str(tmp_path / "missing"))
    dialog.token_module.setText("/nowhere/pkcs11.so")
    dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    assert "không tồn tại" in dialog.message.text() and str(tmp_path / "missing") in \
        dialog.message.text()
    assert settings.source(SCAN_FOLDER) == "default"  # nothing was stored
    assert settings.source(SERVER_URL) == "default"

    dialog.scan_browse.click()
    dialog.token_browse.click()
    dialog.show()
    screenshot(dialog, "86-settings-vi")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.buttons.button(Button.Ok).click()
    assert settings.get(SERVER_URL) == "http://vanban.vpcp.gov.vn:8443"
    assert settings.get(SCAN_FOLDER) == str(tmp_path)
    assert settings.get(TOKEN_MODULE) == str(module)

    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.scan_folder.text() == str(tmp_path)
    again.restore_defaults()
    again.save()
    assert settings.source(SCAN_FOLDER) == "default" and settings.get(TOKEN_MODULE) == ""


def test_language_switch_changes_texts_and_standard_buttons(
        context_for: Callable[..., ScreenContext], qtbot: QtBot,
        inline_tasks: InlineRunner) -> None:
    window = MainWindow(context_for("maint"))
    qtbot.addWidget(window)
    dialog = window.open_settings()
    assert _texts(dialog) == ("Đồng ý", "Hủy", "Cài đặt")
    assert dialog.buttons.button(Button.RestoreDefaults).text() == "Khôi phục mặc định"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        with qtbot.waitSignal(window.language_requested, timeout=1000) as chosen:
            dialog.buttons.button(Button.Ok).click()
        assert chosen.args == ["fr"]
        # What the application does on that signal (PhigiayApp.set_language):
        window.context.settings.set(LANGUAGE, "fr")
        _switch("fr")
        assert window.settings_action.text() == "&Paramètres…"
        french = window.open_settings()
        assert _texts(french) == ("OK", "Annuler", "Paramètres")
        assert french.language.currentData() == "fr"
        _switch("en")  # an open dialog follows the switch
        assert _texts(french) == ("OK", "Cancel", "Settings")
        assert window.nav.item(0).text() == "Dashboard"
    finally:
        _switch("vi")
    assert window.nav.item(0).text() == "Tổng quan"
    assert french.buttons.button(Button.Cancel).text() == "Hủy"
    _close_all(window)


def _switch(language: str) -> None:
    """Install a language and deliver the LanguageChange events Qt posts for it."""
    install_language(language)
    for _round in range(3):  # the application, then each window, then their children
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _close_all(window: QWidget) -> None:
    for child in window.findChildren(SettingsDialog):
        child.close()
