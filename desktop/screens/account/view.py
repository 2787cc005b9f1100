"""Tài khoản của tôi: profile, password, signature image, certificates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import Certificate
from desktop.context import ScreenContext
from desktop.labels import format_time, roles_text
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.tasks import run_in_background

PREVIEW_SIZE = (320, 120)


def common_name(distinguished_name: str) -> str:
    """The CN of an RFC 4514 name ("O=…,CN=Lê Minh Khang" → "Lê Minh Khang"), else the name."""
    for part in distinguished_name.split(","):
        key, _, value = part.strip().partition("=")
        if key.upper() == "CN" and value:
            return value
    return distinguished_name


class AccountView(QScrollArea):
    """The signed-in person's own account."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        body = QWidget()
        self.heading = QLabel(self.tr("My account"))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.message = MessageLabel()
        grid = QGridLayout()
        grid.addWidget(self._profile_box(), 0, 0)
        grid.addWidget(self._password_box(), 0, 1)
        grid.addWidget(self._signature_box(), 1, 0)
        grid.addWidget(self._certificate_box(), 1, 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)
        self.load_signature()
        self.load_certificates()

    # -- building -----------------------------------------------------------------------------

    def _profile_box(self) -> QGroupBox:
        me = self.context.me
        box = QGroupBox(self.tr("Profile"))
        form = QFormLayout(box)
        rows = (
            (self.tr("Full name:"), me.user.full_name),
            (self.tr("User name:"), me.user.username),
            (self.tr("Position:"), me.user.position or "—"),
            (self.tr("Roles:"), roles_text(me.user.roles)),
            (self.tr("E-mail:"), me.user.email or "—"),
            (self.tr("Agency:"), f"{me.agency.name} ({me.agency.short_name})"),
            (self.tr("Password changed:"), format_time(me.password_changed_at)),
        )
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        return box

    def _password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change password"))
        self.current_edit, self.new_edit, self.confirm_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.current_edit, self.new_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_button = QPushButton(self.tr("Change password"))
        self.change_button.clicked.connect(self.change_password)
        form = QFormLayout(box)
        form.addRow(self.tr("Current password:"), self.current_edit)
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow(self.tr("Repeat new password:"), self.confirm_edit)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        form.addRow("", row)
        return box

    def _signature_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signature image"))
        self.signature_preview = QLabel(self.tr("No signature image yet."))
        self.signature_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature_preview.setMinimumSize(*PREVIEW_SIZE)
        self.signature_preview.setStyleSheet(
            "QLabel { background: white; border: 1px dashed #9aa0a6; }")
        self.upload_button = QPushButton(self.tr("Upload PNG…"))
        self.upload_button.clicked.connect(self.choose_signature)
        hint = QLabel(self.tr("A transparent PNG of your handwritten signature."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.signature_preview)
        layout.addWidget(hint)
        layout.addWidget(self.upload_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _certificate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signing certificates"))
        self.certificate_list = QListWidget()
        self.certificate_list.setWordWrap(True)
        self.bind_button = QPushButton(self.tr("Add certificate…"))
        self.unbind_button = QPushButton(self.tr("Remove"))
        self.bind_button.clicked.connect(self.choose_certificate)
        self.unbind_button.clicked.connect(self.unbind_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bind_button)
        buttons.addWidget(self.unbind_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.certificate_list)
        layout.addLayout(buttons)
        return box

    # -- password ----------------------------------------------------------------------------

    def change_password(self) -> None:
        """Send the password change."""
        current, new = self.current_edit.text(), self.new_edit.text()
        if not current or not new:
            self.message.show_message(self.tr("Enter your current and new password."), "error")
            return
        if new != self.confirm_edit.text():
            self.message.show_message(self.tr("The new passwords do not match."), "error")
            return
        api = self.context.api
        run_in_background(lambda: api.change_password(current, new),
                          on_done=self._on_password_changed, on_error=self._show_error)

    def _on_password_changed(self, _result: object) -> None:
        for edit in (self.current_edit, self.new_edit, self.confirm_edit):
            edit.clear()
        self.message.show_message(self.tr(
            "Password changed. Your other sessions have been signed out."), "success")

    # -- signature image ---------------------------------------------------------------------

    def load_signature(self) -> None:
        """Show the stored signature image, if any."""
        if not self.context.me.user.has_signature_image:
            return
        api, user_id = self.context.api, self.context.me.user.id
        run_in_background(lambda: api.signature_image(user_id), on_done=self._show_png,
                          on_error=self._show_error)

    def _show_png(self, data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.signature_preview.setText(self.tr("The image cannot be shown."))
            return
        self.signature_preview.setPixmap(pixmap.scaled(
            *PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def choose_signature(self) -> None:
        """Pick a PNG and upload it."""
        path = self.context.pick_file(self.tr("Signature image"), self.tr("PNG images (*.png)"))
        if path is not None:
            self.upload_signature(path)

    def upload_signature(self, path: Path) -> None:
        """Upload a PNG as one's signature image."""
        api = self.context.api

        def upload() -> bytes:
            data = path.read_bytes()
            api.set_signature_image(data)
            return data

        def done(data: bytes) -> None:
            self._show_png(data)
            self.message.show_message(self.tr("Signature image saved."), "success")

        run_in_background(upload, on_done=done, on_error=self._show_error)

    # -- certificates ------------------------------------------------------------------------

    def load_certificates(self) -> None:
        """List the bound certificates."""
        api, user_id = self.context.api, self.context.me.user.id
        run_in_background(lambda: api.certificates(user_id), on_done=self._show_certificates,
                          on_error=self._show_error)

    def _show_certificates(self, certificates: list[Certificate]) -> None:
        self.certificate_list.clear()
        for cert in certificates:
            text = self.tr("{subject}\nIssued by {issuer}; valid {start} – {end}").format(
                subject=common_name(cert.subject), issuer=common_name(cert.issuer),
                start=format_time(cert.not_before), end=format_time(cert.not_after))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, cert.id)
            item.setToolTip(f"{cert.subject}\n{cert.issuer}\nSHA-256 {cert.fingerprint_sha256}")
            self.certificate_list.addItem(item)
        if not certificates:
            self.certificate_list.addItem(self.tr("No certificate bound yet."))
        self.unbind_button.setEnabled(bool(certificates))

    def choose_certificate(self) -> None:
        """Pick a certificate file and bind it."""
        path = self.context.pick_file(self.tr("Signing certificate"),
                                      self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        if path is not None:
            self.bind_certificate(path)

    def bind_certificate(self, path: Path) -> None:
        """Bind a certificate file (PEM or DER) to oneself."""
        api, user_id = self.context.api, self.context.me.user.id

        def done(cert: Certificate) -> None:
            self.message.show_message(self.tr("Certificate added."), "success")
            self.load_certificates()

        run_in_background(lambda: api.bind_certificate(user_id, path), on_done=done,
                          on_error=self._show_error)

    def unbind_selected(self) -> None:
        """Remove the selected certificate."""
        item = self.certificate_list.currentItem()
        cert_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if cert_id is None:
            return
        api, user_id = self.context.api, self.context.me.user.id
        run_in_background(lambda: api.unbind_certificate(user_id, int(cert_id)),
                          on_done=lambda _r: self.load_certificates(), on_error=self._show_error)

    def _show_error(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc), "error")
