"""Administration — accounts: create, edit roles/unit/active, reset a password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.models import Unit, UserSummary
from desktop.context import ScreenContext
from desktop.itemmodels.people import USER_ROLE, PeopleFilter, PeopleModel
from desktop.messages import error_text
from desktop.screens.admin.dialogs import PasswordDialog, UserDialog
from desktop.screens.common import MessageLabel, fit_columns
from desktop.tasks import run_in_background


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True if accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class UsersTab(QWidget):
    """The agency's accounts with the administrator's actions."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.open_dialog: Callable[[QDialog], bool] = run_dialog
        """Shows a dialog and says if it was accepted (tests fill and accept instead)."""
        self.unit_list: list[Unit] = []
        self.people = PeopleModel(self._unit_name)
        self.filter = PeopleFilter()
        self.filter.setSourceModel(self.people)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search accounts…"))
        self.search_edit.textChanged.connect(self.filter.set_query)
        self.new_button = QPushButton(self.tr("New account…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.new_button.clicked.connect(self.create_user)
        self.edit_button.clicked.connect(self.edit_selected)
        self.password_button.clicked.connect(self.reset_selected_password)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.message = MessageLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        for button in (self.new_button, self.edit_button, self.password_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def reload(self) -> None:
        """Fetch units and accounts."""
        api = self.context.api
        run_in_background(lambda: (api.units(), api.users()), on_done=self._on_loaded,
                          on_error=self._show_error)

    def _on_loaded(self, result: tuple[list[Unit], list[UserSummary]]) -> None:
        self.unit_list = sorted(result[0], key=lambda u: u.name)
        self.people.set_people(result[1])
        fit_columns(self.table)

    def _unit_name(self, unit_id: int | None) -> str:
        return next((u.name for u in self.unit_list if u.id == unit_id), "")

    def _show_error(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc), "error")

    def selected(self) -> UserSummary | None:
        """The selected account."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(USER_ROLE) if rows else None

    def select_username(self, username: str) -> bool:
        """Select an account's row."""
        for row in range(self.filter.rowCount()):
            person = self.filter.index(row, 0).data(USER_ROLE)
            if person.username == username:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.password_button.setEnabled(chosen)

    def _apply(self, call: Callable[[ApiClient], UserSummary | None], success: str) -> None:
        api = self.context.api

        def done(person: UserSummary | None) -> None:
            if person is not None:
                self.people.upsert(person)
            self.message.show_message(success, "success")

        run_in_background(lambda: call(api), on_done=done, on_error=self._show_error)

    def create_user(self) -> None:
        """Ask for a new account and create it."""
        dialog = UserDialog(self.unit_list, parent=self)
        if self.open_dialog(dialog):
            new = dialog.new_user()
            self._apply(lambda api: api.create_user(new),
                        self.tr("Account {username} created.").format(username=new.username))

    def edit_selected(self) -> None:
        """Edit the selected account's roles, unit, active flag and description."""
        person = self.selected()
        if person is None:
            return
        dialog = UserDialog(self.unit_list, person, parent=self)
        if self.open_dialog(dialog):
            changes = dialog.changes()
            self._apply(lambda api: api.update_user(person.id, changes),
                        self.tr("Account {username} saved.").format(username=person.username))

    def reset_selected_password(self) -> None:
        """Set a new password for the selected account."""
        person = self.selected()
        if person is None:
            return
        dialog = PasswordDialog(person, parent=self)
        if self.open_dialog(dialog):
            password = dialog.password()
            message = self.tr("New password of {username}: {password}").format(
                username=person.username, password=password)
            self._apply(lambda api: api.reset_password(person.id, password), message)
