"""The login dialog: server, user name, password, language; the server's message on failure."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.models import Me
from desktop.demo import DemoInfo
from desktop.i18n import LANGUAGE_NAMES
from desktop.labels import roles_text
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.settings import LANGUAGES
from desktop.tasks import run_in_background


@dataclass(frozen=True)
class SignedIn:
    """A successful login."""

    api: ApiClient
    me: Me


def sign_in(server_url: str, username: str, password: str, language: str) -> SignedIn:
    """Log in and fetch the person (runs off the GUI thread)."""
    api = ApiClient(server_url, language=language)
    try:
        api.login(username, password)
        return SignedIn(api, api.me())
    except Exception:
        api.close()
        raise


class LoginDialog(QDialog):
    """Asks who is signing in, to which server; emits ``signed_in`` on success."""

    signed_in = Signal(object)
    """A ``SignedIn``."""
    language_changed = Signal(str)
    """The language chosen in the combo box (``vi``, ``en``, ``fr``)."""

    def __init__(self, *, server_url: str, username: str, language: str,
                 demo: DemoInfo | None = None, keyring_note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._demo = demo
        self._keyring_note = keyring_note
        self.setMinimumWidth(460)
        self._build()
        self.server_edit.setText(server_url)
        self.username_edit.setText(username)
        self.language_combo.setCurrentIndex(LANGUAGES.index(language))
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self._retranslate()
        if demo is not None:
            self.password_edit.setText(demo.password)
            self.select_demo_account(username)
        (self.password_edit if username else self.username_edit).setFocus()

    def _build(self) -> None:
        self.title_label = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSize(title_font.pointSize() + 6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.server_edit, self.username_edit = QLineEdit(), QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.form_labels, (self.server_edit, self.username_edit,
                                                    self.password_edit, self.language_combo),
                                 strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.message = MessageLabel()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #6b5900;")
        self.sign_in_button, self.quit_button = QPushButton(), QPushButton()
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addLayout(self.form)
        self.demo_box = self._build_demo_box()
        if self.demo_box is not None:
            layout.addWidget(self.demo_box)
        layout.addWidget(self.message)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)

    def _build_demo_box(self) -> QGroupBox | None:
        if self._demo is None:
            return None
        box = QGroupBox()
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_combo = QComboBox()
        for account in self._demo.accounts:
            self.demo_combo.addItem(account.username, account.username)
        self.demo_combo.currentIndexChanged.connect(self._on_demo_account)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.demo_label)
        box_layout.addWidget(self.demo_combo)
        return box

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — phigiay"))
        self.title_label.setText(self.tr("phigiay"))
        self.subtitle_label.setText(self.tr("Paperless office: documents, signing and meetings"))
        labels = (self.tr("Server:"), self.tr("User name:"), self.tr("Password:"),
                  self.tr("Language:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.server_edit.setPlaceholderText(self.tr("e.g. https://vanban.example.gov.vn"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))
        if self._keyring_note:
            self.note_label.setText(self.tr(
                "No system keyring is available: your session is kept only until you quit."))
            self.note_label.setToolTip(self._keyring_note)
        self.note_label.setVisible(bool(self._keyring_note))
        if self._demo is not None and self.demo_box is not None:
            self.demo_box.setTitle(self.tr("Demo server"))
            self.demo_label.setText(self.tr(
                "Every demo person has the password {password}. Choose whom to sign in as:"
            ).format(password=self._demo.password))
            for index, account in enumerate(self._demo.accounts):
                self.demo_combo.setItemText(index, f"{account.full_name} ({account.username})"
                                            f" — {roles_text(account.roles)}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_language(self, index: int) -> None:
        self.language_changed.emit(self.language)

    def _on_demo_account(self, index: int) -> None:
        if self._demo is not None and index >= 0:
            self.username_edit.setText(self._demo.accounts[index].username)
            self.password_edit.setText(self._demo.password)

    def select_demo_account(self, username: str) -> None:
        """Pre-select a demo person."""
        if self._demo is not None:
            index = self.demo_combo.findData(username)
            if index >= 0:
                self.demo_combo.setCurrentIndex(index)
                self._on_demo_account(index)

    @property
    def language(self) -> str:
        """The chosen interface language."""
        return str(self.language_combo.currentData())

    def show_error(self, text: str) -> None:
        """Show a message above the buttons."""
        self.message.show_message(text, "error")

    def submit(self) -> None:
        """Try to sign in with what was typed."""
        server, username = self.server_edit.text().strip(), self.username_edit.text().strip()
        password = self.password_edit.text()
        if not server or not username or not password:
            self.show_error(self.tr("Enter the server address, your user name and password."))
            return
        self.message.clear_message()
        self._set_busy(True)
        language = self.language
        run_in_background(lambda: sign_in(server, username, password, language),
                          on_done=self._on_signed_in, on_error=self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def _on_signed_in(self, result: SignedIn) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.signed_in.emit(result)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.show_error(error_text(exc))
        self.password_edit.selectAll()
        self.password_edit.setFocus()
