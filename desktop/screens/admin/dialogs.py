"""Dialogs of the administration screen: a person's account, a new password."""

from __future__ import annotations

import secrets
import string
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import NewUser, Unit, UserChanges, UserSummary
from desktop.labels import ROLE_ORDER, role_label
from desktop.screens.common import MessageLabel

T = TypeVar("T")


def generate_password(length: int = 14) -> str:
    """A password that passes the server's rules (letters and digits)."""
    alphabet = string.ascii_letters + string.digits
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in candidate) and any(c.isalpha() for c in candidate):
            return candidate


def _if_changed(new: T, old: T) -> T | None:
    return None if new == old else new


class _Buttons(QHBoxLayout):
    def __init__(self, dialog: QDialog, ok_text: str, cancel_text: str) -> None:
        super().__init__()
        self.ok, self.cancel = QPushButton(ok_text), QPushButton(cancel_text)
        self.ok.setDefault(True)
        self.cancel.clicked.connect(dialog.reject)
        self.addStretch(1)
        self.addWidget(self.cancel)
        self.addWidget(self.ok)


class UserDialog(QDialog):
    """Create a person (``person is None``) or edit one: roles, unit, active flag, description."""

    def __init__(self, units: list[Unit], person: UserSummary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = person
        creating = person is None
        self.setWindowTitle(self.tr("New account") if creating else self.tr("Edit account"))
        self.setMinimumWidth(480)
        self.username_edit, self.full_name_edit = QLineEdit(), QLineEdit()
        self.position_edit, self.email_edit = QLineEdit(), QLineEdit()
        self.password_edit = QLineEdit()
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("(no unit)"), None)
        for unit in units:
            self.unit_combo.addItem(f"{unit.name} ({unit.code})", unit.id)
        self.active_check = QCheckBox(self.tr("Account active"))
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Full name:"), self.full_name_edit)
        form.addRow(self.tr("Position:"), self.position_edit)
        form.addRow(self.tr("E-mail:"), self.email_edit)
        form.addRow(self.tr("Unit:"), self.unit_combo)
        if creating:
            generate = QPushButton(self.tr("Generate"))
            generate.clicked.connect(lambda: self.password_edit.setText(generate_password()))
            row = QHBoxLayout()
            row.addWidget(self.password_edit, 1)
            row.addWidget(generate)
            form.addRow(self.tr("Password:"), row)
        else:
            form.addRow("", self.active_check)
        self.role_checks = {role: QCheckBox(role_label(role)) for role in ROLE_ORDER}
        roles_box = QGroupBox(self.tr("Roles"))
        grid = QGridLayout(roles_box)
        for n, check in enumerate(self.role_checks.values()):
            grid.addWidget(check, n // 2, n % 2)
        self.message = MessageLabel()
        self.buttons = _Buttons(self, self.tr("Create") if creating else self.tr("Save"),
                                self.tr("Cancel"))
        self.buttons.ok.clicked.connect(self._check_and_accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles_box)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        if person is not None:
            self._fill(person)

    def _fill(self, person: UserSummary) -> None:
        self.username_edit.setText(person.username)
        self.username_edit.setReadOnly(True)
        self.full_name_edit.setText(person.full_name)
        self.position_edit.setText(person.position or "")
        self.email_edit.setText(person.email or "")
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(person.unit_id)))
        self.active_check.setChecked(person.is_active)
        for role, check in self.role_checks.items():
            check.setChecked(role in person.roles)

    def roles(self) -> tuple[str, ...]:
        """The ticked roles."""
        return tuple(role for role, check in self.role_checks.items() if check.isChecked())

    def _check_and_accept(self) -> None:
        if not self.username_edit.text().strip() or not self.full_name_edit.text().strip():
            self.message.show_message(self.tr("Enter a user name and a full name."), "error")
        elif not self.roles():
            self.message.show_message(self.tr("Tick at least one role."), "error")
        elif self.person is None and not self.password_edit.text():
            self.message.show_message(self.tr("Enter or generate a password."), "error")
        else:
            self.accept()

    def _optional(self, edit: QLineEdit) -> str | None:
        return edit.text().strip() or None

    def new_user(self) -> NewUser:
        """What to create."""
        return NewUser(username=self.username_edit.text().strip(),
                       full_name=self.full_name_edit.text().strip(),
                       password=self.password_edit.text(), roles=self.roles(),
                       unit_id=self.unit_combo.currentData(),
                       position=self._optional(self.position_edit),
                       email=self._optional(self.email_edit))

    def changes(self) -> UserChanges:
        """What changed (unchanged fields stay ``None``, so the server leaves them alone)."""
        before = self.person
        if before is None:
            raise ValueError("changes() is for editing an existing account")
        old_roles = tuple(r for r in ROLE_ORDER if r in before.roles)
        return UserChanges(
            full_name=_if_changed(self.full_name_edit.text().strip(), before.full_name),
            position=_if_changed(self.position_edit.text().strip(), before.position or ""),
            email=_if_changed(self.email_edit.text().strip(), before.email or ""),
            unit_id=_if_changed(self.unit_combo.currentData(), before.unit_id),
            roles=_if_changed(self.roles(), old_roles),
            is_active=_if_changed(self.active_check.isChecked(), before.is_active),
        )


class PasswordDialog(QDialog):
    """A new password for a person, typed or generated."""

    def __init__(self, person: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(420)
        self.password_edit = QLineEdit(generate_password())
        generate = QPushButton(self.tr("Generate"))
        generate.clicked.connect(lambda: self.password_edit.setText(generate_password()))
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(generate)
        form = QFormLayout()
        form.addRow(self.tr("Person:"), QLineEdit(f"{person.full_name} ({person.username})",
                                                   readOnly=True))
        form.addRow(self.tr("New password:"), row)
        self.buttons = _Buttons(self, self.tr("Set password"), self.tr("Cancel"))
        self.buttons.ok.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.buttons)

    def password(self) -> str:
        """The new password."""
        return self.password_edit.text()
