"""The sign dialog: a certificate on a token or a PKCS#12 file, the PIN (with the tries the
token says are left), the appearance preview and the level. Accepting opens the key — off the
GUI thread — and checks the certificate; a wrong PIN or an unbound certificate is shown here
and the leader may try again. The caller receives the opened key in ``opened``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import signing
from desktop.context import ScreenContext
from desktop.screens.common import MessageLabel, set_form_labels
from desktop.screens.signing.messages import pin_status_text, signing_error_text
from desktop.settings import TOKEN_MODULE
from desktop.signing import KeySource, OpenedKey, SigningIdentity, SigningProfile, open_identity
from desktop.signing.identity import TokenChoice, discover
from desktop.tasks import run_in_background

PFX_FILTER = "PKCS#12 (*.p12 *.pfx)"
PREVIEW_WIDTH = 380
PREVIEW_HEIGHT = 537
"""The preview shows the whole page carrying the signature (A4 proportions)."""

CheckKey = Callable[[signing.SigningKey], None]
"""Raises when the opened key must not sign (expired, not bound to the leader)."""
MakePreview = Callable[[], QImage]
"""Renders the first document with the appearance (runs off the GUI thread)."""


class SignDialog(QDialog):
    """Choose the key, enter the PIN, see the appearance; ``opened`` carries the ready key."""

    opened = Signal(object)
    """An :class:`OpenedKey`, emitted once before the dialog closes; the receiver closes it."""

    def __init__(self, context: ScreenContext, *, count: int, check: CheckKey,
                 preview: MakePreview | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.count, self._check = context, count, check
        self.identity = SigningIdentity.from_settings(context.settings)
        self.profile = SigningProfile.from_settings(context.settings)
        self.choices: list[TokenChoice] = []
        self._build()
        self._retranslate()
        self._restore()
        if preview is not None:
            self.preview.setText(self.tr("Preparing the preview…"))
            run_in_background(preview, on_done=self._show_preview,
                              on_error=self._preview_failed)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.token_radio, self.file_radio = QRadioButton(), QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.token_radio)
        group.addButton(self.file_radio)
        self.token_radio.toggled.connect(self._on_source_changed)
        self.file_radio.toggled.connect(self._on_source_changed)
        self.module_edit = QLineEdit(self.context.settings.get(TOKEN_MODULE))
        self.find_button = QPushButton()
        self.find_button.clicked.connect(self.find_tokens)
        self.certificate_combo = QComboBox()
        self.certificate_combo.currentIndexChanged.connect(self._on_certificate_changed)
        self.pin_state = QLabel()
        self.pin_state.setWordWrap(True)
        token_page = QWidget()
        token_form = QFormLayout(token_page)
        module_row = QHBoxLayout()
        module_row.addWidget(self.module_edit, 1)
        module_row.addWidget(self.find_button)
        token_form.addRow(QLabel(), module_row)
        token_form.addRow(QLabel(), self.certificate_combo)
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        file_page = QWidget()
        file_form = QFormLayout(file_page)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        file_form.addRow(QLabel(), file_row)
        self.pages = QStackedWidget()
        self.pages.addWidget(token_page)
        self.pages.addWidget(file_page)
        self.token_form, self.file_form = token_form, file_form
        self.secret_label, self.secret_edit = QLabel(), QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.level_label, self.summary = QLabel(), QLabel()
        self.level_label.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFixedSize(PREVIEW_WIDTH + 2, PREVIEW_HEIGHT + 2)
        self.preview.setStyleSheet("QLabel { background: #f3f3f3; border: 1px solid #ccc; }")
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self._layout()

    def _layout(self) -> None:
        left = QVBoxLayout()
        sources = QHBoxLayout()
        sources.addWidget(self.token_radio)
        sources.addWidget(self.file_radio)
        sources.addStretch(1)
        left.addWidget(self.summary)
        left.addLayout(sources)
        left.addWidget(self.pages)
        left.addWidget(self.pin_state)
        secret = QHBoxLayout()
        secret.addWidget(self.secret_label)
        secret.addWidget(self.secret_edit, 1)
        left.addLayout(secret)
        left.addWidget(self.level_label)
        left.addWidget(self.message)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.preview)
        column = QVBoxLayout(self)
        column.addLayout(row, 1)
        column.addWidget(self.buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign"))
        self.summary.setText(self.tr("Sign %n document(s) with one PIN entry.", "", self.count))
        self.token_radio.setText(self.tr("Token (USB key)"))
        self.file_radio.setText(self.tr("Certificate file (PKCS#12)"))
        self.find_button.setText(self.tr("Find tokens"))
        self.browse_button.setText(self.tr("Browse…"))
        set_form_labels(self.token_form, (self.tr("Token library:"), self.tr("Certificate:")))
        set_form_labels(self.file_form, (self.tr("File:"),))
        tsa = self.profile.tsa_url or self.tr("none")
        self.level_label.setText(self.tr("Level {level}; time-stamping authority: {tsa}.")
                                 .format(level=self.profile.level.value, tsa=tsa))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._on_source_changed()

    def _restore(self) -> None:
        by_file = self.identity.source is KeySource.PKCS12
        self.file_radio.setChecked(by_file)
        self.token_radio.setChecked(not by_file)
        self.file_edit.setText(self.identity.pkcs12_path)
        self._on_source_changed()
        if not by_file and self.module_edit.text().strip():
            self.find_tokens()

    # -- choosing -------------------------------------------------------------------------------

    @property
    def source(self) -> KeySource:
        """Token or file, as chosen."""
        return KeySource.PKCS12 if self.file_radio.isChecked() else KeySource.TOKEN

    def _on_source_changed(self) -> None:
        by_file = self.source is KeySource.PKCS12
        self.pages.setCurrentIndex(1 if by_file else 0)
        self.pin_state.setVisible(not by_file)
        self.secret_label.setText(self.tr("Passphrase:") if by_file else self.tr("PIN:"))

    def _browse(self) -> None:
        path = self.context.pick_file(self.tr("Certificate file"), PFX_FILTER)
        if path is not None:
            self.file_edit.setText(str(path))

    def find_tokens(self) -> None:
        """List the tokens and certificates of the token library (off the GUI thread)."""
        module = self.module_edit.text().strip()
        if not module:
            self.message.show_message(self.tr("Enter the token library (PKCS#11 module) "
                                              "first."), "error")
            return
        self.find_button.setEnabled(False)
        run_in_background(lambda: discover(module), on_done=self._on_tokens,
                          on_error=self._on_tokens_failed)

    def _on_tokens(self, choices: list[TokenChoice]) -> None:
        self.find_button.setEnabled(True)
        chosen = self.chosen_identity()
        if not chosen.complete:  # nothing chosen yet in this dialog: the remembered choice
            chosen = self.identity
        self.choices = choices
        self.certificate_combo.clear()
        for choice in choices:
            cert = choice.certificate.certificate
            self.certificate_combo.addItem(
                f"{cert.subject_name} — {choice.token.label} ({cert.serial[-8:]})")
        remembered = next((i for i, c in enumerate(choices)
                           if c.token.label == chosen.token_label
                           and c.certificate.key_id == chosen.key_id), 0)
        if choices:
            self.certificate_combo.setCurrentIndex(remembered)
        else:
            self.pin_state.setText(self.tr("No token with a certificate is plugged in."))

    def _on_tokens_failed(self, exc: Exception) -> None:
        self.find_button.setEnabled(True)
        self.message.show_message(signing_error_text(exc), "error")

    def _on_certificate_changed(self, index: int) -> None:
        if 0 <= index < len(self.choices):
            self.pin_state.setText(pin_status_text(self.choices[index].token.pin_status))

    def chosen_identity(self) -> SigningIdentity:
        """The identity the fields designate now."""
        if self.source is KeySource.PKCS12:
            return SigningIdentity(KeySource.PKCS12, pkcs12_path=self.file_edit.text().strip())
        index = self.certificate_combo.currentIndex()
        if not 0 <= index < len(self.choices):
            return SigningIdentity(KeySource.TOKEN, module=self.module_edit.text().strip())
        choice = self.choices[index]
        return SigningIdentity(KeySource.TOKEN, module=self.module_edit.text().strip(),
                               token_label=choice.token.label, key_id=choice.certificate.key_id)

    # -- preview --------------------------------------------------------------------------------

    def _show_preview(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        self.preview.setPixmap(pixmap.scaled(PREVIEW_WIDTH, PREVIEW_HEIGHT,
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def _preview_failed(self, exc: Exception) -> None:
        self.preview.setText(signing_error_text(exc))

    # -- signing --------------------------------------------------------------------------------

    def sign(self) -> None:
        """Open the key with the PIN and check the certificate; close on success."""
        identity, secret = self.chosen_identity(), self.secret_edit.text()
        check = self._check
        self.buttons.setEnabled(False)
        self.message.show_message(self.tr("Opening the key…"), "info")

        def open_and_check() -> OpenedKey:
            opened = open_identity(identity, secret)
            try:
                check(opened.key)
            except BaseException:
                opened.close()
                raise
            return opened

        run_in_background(open_and_check, on_done=lambda key: self._on_opened(identity, key),
                          on_error=self._on_open_failed)

    def _on_opened(self, identity: SigningIdentity, key: OpenedKey) -> None:
        self.buttons.setEnabled(True)
        identity.save(self.context.settings)
        self.secret_edit.clear()
        self.opened.emit(key)
        self.accept()

    def _on_open_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.secret_edit.selectAll()
        self.message.show_message(signing_error_text(exc), "error")
        if isinstance(exc, (signing.PinIncorrect, signing.PinLocked)) and \
                self.source is KeySource.TOKEN:
            self.find_tokens()  # the token's PIN state changed: show the tries left

