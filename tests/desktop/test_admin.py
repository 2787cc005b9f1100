"""Quản trị: an administrator creates and edits accounts, resets a password, verifies the log."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialog

from desktop.api import ApiClient
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.screens.admin.dialogs import PasswordDialog, UserDialog
from desktop.screens.admin.view import AdminView
from desktop.tasks import InlineRunner

from .conftest import screenshot


def _fill_new_user(username: str) -> Callable[[QDialog], bool]:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, UserDialog)
        dialog.username_edit.setText(username)
        dialog.full_name_edit.setText("Nguyễn Thị Thử Nghiệm")
        dialog.position_edit.setText("Chuyên viên")
        office = dialog.unit_combo.findText("Phòng Văn thư - Lưu trữ (VTLT)")
        dialog.unit_combo.setCurrentIndex(office)
        dialog.password_edit.setText("Mat-khau-2026")
        dialog.role_checks["officer"].setChecked(True)
        dialog.role_checks["clerk"].setChecked(True)
        dialog.show()
        screenshot(dialog, "21-admin-new-user-dialog")
        dialog._check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return fill


def test_admin_creates_edits_and_resets_a_user(
        context_for: Callable[..., ScreenContext], inline_tasks: InlineRunner,
        unique: Callable[[str], str], api_for: Callable[..., ApiClient],
        live_server: DemoServer) -> None:
    view = AdminView(context_for("baotq"))
    users = view.users_tab
    assert users is not None and view.tabs.count() == 2
    view.resize(1100, 650)
    view.show()
    username = unique("thu")
    users.open_dialog = _fill_new_user(username)
    users.create_user()
    assert users.message.kind == "success" and username in users.message.text()
    assert users.select_username(username)
    created = users.selected()
    assert created is not None and set(created.roles) == {"officer", "clerk"}
    server_copy = api_for("baotq").user(created.id)
    assert server_copy.full_name == "Nguyễn Thị Thử Nghiệm" and server_copy.unit_id is not None

    def untick_clerk_and_disable(dialog: QDialog) -> bool:
        assert isinstance(dialog, UserDialog) and dialog.username_edit.isReadOnly()
        dialog.role_checks["clerk"].setChecked(False)
        dialog.active_check.setChecked(False)
        return True

    users.open_dialog = untick_clerk_and_disable
    users.edit_selected()
    edited = api_for("baotq").user(created.id)
    assert edited.roles == ("officer",) and not edited.is_active

    def new_password(dialog: QDialog) -> bool:
        assert isinstance(dialog, PasswordDialog)
        dialog.password_edit.setText("Mat-khau-moi-2027")
        return True

    users.select_username(username)
    users.open_dialog = new_password
    users.reset_selected_password()
    assert "Mat-khau-moi-2027" in users.message.text()
    users.search_edit.setText("thu nghiem")
    screenshot(view, "20-admin-accounts")


def test_dialog_refuses_missing_roles(ui_app: object, qtbot: QtBot) -> None:
    dialog = UserDialog([])
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("x1")
    dialog.full_name_edit.setText("X")
    dialog._check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "Hãy chọn ít nhất một vai trò."


def test_audit_log_and_chain_verification(context_for: Callable[..., ScreenContext],
                                          inline_tasks: InlineRunner) -> None:
    view = AdminView(context_for("baotq"))
    audit = view.audit_tab
    assert audit is not None
    view.tabs.setCurrentWidget(audit)
    view.resize(1100, 650)
    view.show()
    assert audit.model.rowCount() > 50
    first = audit.model.rowCount()
    audit.load_more()
    assert audit.model.rowCount() >= first
    audit.verify()
    assert audit.message.kind == "success"
    assert audit.message.text().startswith("Chuỗi nhật ký toàn vẹn: đã kiểm tra ")
    screenshot(view, "22-admin-audit-verified")


def test_leader_sees_only_the_audit_log(context_for: Callable[..., ScreenContext],
                                        inline_tasks: InlineRunner) -> None:
    view = AdminView(context_for("khanglm"))
    assert view.users_tab is None and view.audit_tab is not None
