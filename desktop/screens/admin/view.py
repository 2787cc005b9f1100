"""Quản trị: accounts (administrators) and the audit log (administrators and leaders)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.screens.admin.audit import AuditTab
from desktop.screens.admin.users import UsersTab


class AdminView(QWidget):
    """The administration screen; shows only the tabs the person may use."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Administration"))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.tabs = QTabWidget()
        self.users_tab: UsersTab | None = None
        self.audit_tab: AuditTab | None = None
        if context.me.can("user.manage"):
            self.users_tab = UsersTab(context)
            self.tabs.addTab(self.users_tab, self.tr("Accounts"))
        if context.me.can("audit.read"):
            self.audit_tab = AuditTab(context)
            self.tabs.addTab(self.audit_tab, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

    def on_live_event(self, event: LiveEvent) -> None:
        """Accounts changed elsewhere: refresh the list."""
        if self.users_tab is not None and event.kind.startswith("user."):
            self.users_tab.reload()
