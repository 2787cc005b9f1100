"""Trục liên thông: the connector's status, the outbox (retry a failed message) and the
quarantine (take a refused message in again, or dismiss it), refreshed on live events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.api.axis import AxisApi, ConnectorStatus
from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.labels import format_time
from desktop.messages import error_text
from desktop.screens.axis.lists import ID_ROLE, OPEN_ROLE, fill_outbox, fill_quarantine
from desktop.screens.common import MessageLabel
from desktop.screens.document.panels import make_tree
from desktop.tasks import run_in_background

_WARNING = "color: #c5221f;"


class AxisView(QWidget):
    """The connector screen for clerks and administrators."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = AxisApi(context.api)
        self.status: ConnectorStatus | None = None
        self.message = MessageLabel()
        self.confirm: Callable[[str], bool] = self._ask
        """Asks before an irreversible step; replaced in tests."""
        self._build()
        self._retranslate()
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.status_labels = [QLabel() for _ in range(6)]
        self.status_values = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, value in zip(self.status_labels, self.status_values, strict=True):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        self.tabs = QTabWidget()
        self.outbox_tree = make_tree([""] * 7)
        self.outbox_tree.itemSelectionChanged.connect(self._update_buttons)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry)
        self.tabs.addTab(self._tab(self.outbox_tree, self.retry_button), "")
        self.quarantine_tree = make_tree([""] * 6)
        self.quarantine_tree.itemSelectionChanged.connect(self._update_buttons)
        self.reprocess_button, self.dismiss_button = QPushButton(), QPushButton()
        self.reprocess_button.clicked.connect(self.reprocess)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.tabs.addTab(self._tab(self.quarantine_tree, self.reprocess_button,
                                   self.dismiss_button), "")
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    @staticmethod
    def _tab(tree: QTreeWidget, *buttons: QPushButton) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        column = QVBoxLayout(tab)
        column.addWidget(tree, 1)
        column.addLayout(row)
        return tab

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("National document axis"))
        for label, text in zip(self.status_labels, (
                self.tr("Connector:"), self.tr("Hub:"), self.tr("Last round:"),
                self.tr("Last error:"), self.tr("Outbox:"), self.tr("Quarantine:")),
                strict=True):
            label.setText(text)
        self.refresh_button.setText(self.tr("Refresh"))
        self.outbox_tree.setHeaderLabels([
            self.tr("Created"), self.tr("Message"), self.tr("Recipients"), self.tr("State"),
            self.tr("Attempts"), self.tr("Next attempt"), self.tr("Last error")])
        self.quarantine_tree.setHeaderLabels([
            self.tr("Received"), self.tr("Sender"), self.tr("Document"), self.tr("Reason"),
            self.tr("Size"), self.tr("Decision")])
        self.retry_button.setText(self.tr("Send again now"))
        self.reprocess_button.setText(self.tr("Take in again"))
        self.dismiss_button.setText(self.tr("Dismiss…"))
        self._show_status()

    def reload(self) -> None:
        """Fetch the status, the outbox and the quarantine."""
        axis = self.axis

        def load() -> tuple[Any, ...]:
            return axis.status(), axis.outbox(), axis.quarantine()

        run_in_background(load, on_done=self._loaded, on_error=self._fail)

    def _loaded(self, result: tuple[Any, ...]) -> None:
        self.status, outbox, quarantine = result
        self._show_status()
        fill_outbox(self.outbox_tree, outbox)
        fill_quarantine(self.quarantine_tree, quarantine)
        self._update_buttons()

    def _show_status(self) -> None:
        status = self.status
        if status is None:
            return
        round_ = status.last_round
        received = ", ".join(f"{k}: {v}" for k, v in sorted(round_.received.items())) \
            if round_ else ""
        values = (
            self.tr("Enabled, organ {organ}").format(organ=status.organ_id or "?")
            if status.enabled else self.tr("Disabled (messages wait in the outbox)"),
            status.hub_url or self.tr("Not configured"),
            self.tr("{time}: {sent} sent, {retried} retried, {failed} failed; received {received}")
            .format(time=format_time(round_.finished_at, seconds=True)
                    if round_.finished_at else "…", sent=round_.sent, retried=round_.retried,
                    failed=round_.failed, received=received or "0")
            if round_ else self.tr("No round yet"),
            (round_.error if round_ else None) or self.tr("None"),
            self.tr("{pending} waiting, {failed} failed, {sent} sent").format(
                pending=status.outbox.get("pending", 0), failed=status.outbox.get("failed", 0),
                sent=status.outbox.get("sent", 0)),
            self.tr("%n message(s) waiting for a decision", "", status.quarantined),
        )
        for label, text in zip(self.status_values, values, strict=True):
            label.setText(text)
        self.status_values[3].setStyleSheet(_WARNING if round_ and round_.error else "")
        self.status_values[5].setStyleSheet(_WARNING if status.quarantined else "")
        self.tabs.setTabText(0, self.tr("Outbox ({count})").format(
            count=status.outbox.get("failed", 0) + status.outbox.get("pending", 0)))
        self.tabs.setTabText(1, self.tr("Quarantine ({count})").format(
            count=status.quarantined))

    @staticmethod
    def _chosen(tree: QTreeWidget) -> int | None:
        items = tree.selectedItems()
        if not items or not items[0].data(0, OPEN_ROLE):
            return None
        return int(items[0].data(0, ID_ROLE))

    def _update_buttons(self) -> None:
        self.retry_button.setEnabled(self._chosen(self.outbox_tree) is not None)
        can_act = self._chosen(self.quarantine_tree) is not None
        self.reprocess_button.setEnabled(can_act)
        self.dismiss_button.setEnabled(can_act)

    def retry(self) -> None:
        """Send the chosen failed or waiting message again now."""
        chosen = self._chosen(self.outbox_tree)
        if chosen is not None:
            self._act(lambda: self.axis.retry(chosen),
                      self.tr("The message will be sent again in a moment."))

    def reprocess(self) -> None:
        """Take the chosen quarantined message in again."""
        chosen = self._chosen(self.quarantine_tree)
        if chosen is not None:
            self._act(lambda: self.axis.reprocess(chosen),
                      self.tr("The message was taken in; it waits for registration."))

    def dismiss(self) -> None:
        """Close the chosen quarantined message without taking it in (after confirmation)."""
        chosen = self._chosen(self.quarantine_tree)
        if chosen is None or not self.confirm(self.tr(
                "Dismiss this message for good? It stays on record; the sender was already "
                "told it was refused.")):
            return
        self._act(lambda: self.axis.dismiss(chosen), self.tr("The message was dismissed."))

    def _act(self, call: Callable[[], object], done_text: str) -> None:
        for button in (self.retry_button, self.reprocess_button, self.dismiss_button):
            button.setEnabled(False)

        def done(_result: object) -> None:
            self.message.show_message(done_text, "success")
            self.reload()

        run_in_background(call, on_done=done, on_error=self._fail)

    def _fail(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc), "error")
        self._update_buttons()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Dismiss message"), question)
        return answer == QMessageBox.StandardButton.Yes

    def on_live_event(self, event: LiveEvent) -> None:
        """Issuance queues messages, statuses arrive, another operator acts: refresh."""
        if event.kind.startswith(("axis.", "document.issued", "document.rejected")):
            self.reload()
