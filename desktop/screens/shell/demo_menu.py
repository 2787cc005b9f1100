"""The "Demo: switch person" menu of ``phigiay demo``: every demo person by role, one click to
continue as them on the same local server."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.demo import DemoAccount, accounts_by_role
from desktop.labels import role_label


class DemoMenu(QMenu):
    """Submenus by role; the signed-in person is checked and disabled."""

    person_chosen = Signal(str)
    """The user name of the demo person to continue as."""

    def __init__(self, accounts: tuple[DemoAccount, ...], current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_by_username: dict[str, QAction] = {}
        self._role_menus: list[tuple[str, QMenu]] = []
        for role, people in accounts_by_role(accounts):
            submenu = self.addMenu("")
            self._role_menus.append((role, submenu))
            for account in people:
                text = f"{account.full_name} ({account.username})"
                if account.position:
                    text += f" — {account.position}"
                action = submenu.addAction(text)
                action.setCheckable(True)
                is_current = account.username == current
                action.setChecked(is_current)
                action.setEnabled(not is_current)
                action.triggered.connect(
                    lambda _checked=False, u=account.username: self.person_chosen.emit(u))
                self.actions_by_username[account.username] = action
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Demo: switch person"))
        for role, submenu in self._role_menus:
            submenu.setTitle(role_label(role))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_role_menus"):
            self._retranslate()
        super().changeEvent(event)

    def role_titles(self) -> list[str]:
        """The submenus' titles, in order (tests)."""
        return [submenu.title() for _role, submenu in self._role_menus]
