"""Administration — audit log: newest entries first, more on demand, verify the hash chain."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import AuditEntry, AuditVerification, UserSummary
from desktop.context import ScreenContext
from desktop.itemmodels.audit import AuditModel
from desktop.messages import error_text
from desktop.screens.common import MessageLabel, fit_columns
from desktop.tasks import run_in_background

PAGE = 100


class AuditTab(QWidget):
    """The audit log viewer."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._names: dict[int, str] = {}
        self.model = AuditModel(self._actor_name)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.refresh_button = QPushButton(self.tr("Newest"))
        self.more_button = QPushButton(self.tr("Older entries"))
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button.clicked.connect(self.refresh)
        self.more_button.clicked.connect(self.load_more)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = MessageLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.verify_button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._load_names()
        self.refresh()

    def _actor_name(self, actor_id: int | None) -> str:
        return self._names.get(actor_id, f"#{actor_id}") if actor_id is not None else ""

    def _load_names(self) -> None:
        api = self.context.api

        def done(people: list[UserSummary]) -> None:
            self._names = {p.id: f"{p.full_name} ({p.username})" for p in people}
            self.model.layoutChanged.emit()

        run_in_background(api.users, on_done=done, on_error=lambda exc: None)

    def refresh(self) -> None:
        """Show the newest entries."""
        api = self.context.api

        def done(entries: list[AuditEntry]) -> None:
            self.model.clear()
            self._add(entries)

        run_in_background(lambda: api.audit(limit=PAGE), on_done=done,
                          on_error=self._show_error)

    def load_more(self) -> None:
        """Append the page of entries before the last one shown."""
        oldest, api = self.model.oldest_seq, self.context.api
        if oldest is None:
            return self.refresh()
        run_in_background(lambda: api.audit(limit=PAGE, before_seq=oldest), on_done=self._add,
                          on_error=self._show_error)
        return None

    def _add(self, entries: list[AuditEntry]) -> None:
        self.model.append(entries)
        self.more_button.setEnabled(len(entries) == PAGE)
        fit_columns(self.table, widest=420)

    def verify(self) -> None:
        """Ask the server to verify the whole chain."""
        self.verify_button.setEnabled(False)
        run_in_background(self.context.api.verify_audit, on_done=self._on_verified,
                          on_error=self._show_error)

    def _on_verified(self, report: AuditVerification) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.message.show_message(self.tr(
                "The audit chain is intact: %n entries checked.", "", report.entries_checked),
                "success")
        else:
            problems = "\n".join(report.problems[:10])
            self.message.show_message(self.tr(
                "The audit chain is BROKEN ({count} problem(s)):").format(
                    count=len(report.problems)) + "\n" + problems, "error")

    def _show_error(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.message.show_message(error_text(exc), "error")
