"""The connector screen's lists: the outbox and the quarantine, one row per message."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.api.axis import OutboxMessage, QuarantinedMessage
from desktop.labels import format_time

ID_ROLE = Qt.ItemDataRole.UserRole
"""The row's outbox or quarantine id."""
OPEN_ROLE = Qt.ItemDataRole.UserRole + 1
"""Whether an operator can still act on the row (retry; reprocess or dismiss)."""

translate = QCoreApplication.translate
_ALERT = QColor("#c5221f")
_DONE = QColor("#5f6368")


def outbox_state_label(state: str) -> str:
    """An outbox message's state in words."""
    labels = {
        "pending": translate("AxisLabels", "Waiting to be sent"),
        "sent": translate("AxisLabels", "Sent"),
        "failed": translate("AxisLabels", "Failed"),
    }
    return labels.get(state, state)


def message_kind_label(message: OutboxMessage) -> str:
    """A document, or the status code it reports."""
    if message.kind == "status":
        return translate("AxisLabels", "Status {code}").format(code=message.status_code or "?")
    return translate("AxisLabels", "Document")


def resolution_label(resolution: str | None) -> str:
    """What became of a quarantined message."""
    labels = {
        None: translate("AxisLabels", "Waiting for a decision"),
        "reprocessed": translate("AxisLabels", "Taken in again"),
        "dismissed": translate("AxisLabels", "Dismissed"),
    }
    return labels.get(resolution, resolution or "")


def size_text(size: int | None) -> str:
    """``12,5 KB`` in the interface language's number format ('' when unknown)."""
    if size is None:
        return ""
    if size < 1024:
        return translate("AxisLabels", "{n} B").format(n=size)
    unit, value = (("MB", size / 1024 / 1024) if size >= 1024 * 1024 else ("KB", size / 1024))
    return f"{QLocale().toString(value, 'f', 1)} {unit}"


def fill_outbox(tree: QTreeWidget, messages: Sequence[OutboxMessage]) -> None:
    """One row per outgoing message, failed ones in red."""
    tree.clear()
    for message in messages:
        item = QTreeWidgetItem([
            format_time(message.created_at), message_kind_label(message),
            ", ".join(message.recipients), outbox_state_label(message.state),
            str(message.attempts),
            format_time(message.next_attempt_at) if message.state == "pending" else "",
            message.last_error or ""])
        item.setData(0, ID_ROLE, message.id)
        item.setData(0, OPEN_ROLE, message.state != "sent")
        item.setToolTip(2, message.edxml_document_id)
        item.setToolTip(6, message.last_error or "")
        if message.state == "failed":
            for column in (3, 6):
                item.setForeground(column, QBrush(_ALERT))
        tree.addTopLevelItem(item)


def fill_quarantine(tree: QTreeWidget, messages: Sequence[QuarantinedMessage]) -> None:
    """One row per refused message; the ones already dealt with greyed."""
    tree.clear()
    for message in messages:
        item = QTreeWidgetItem([
            format_time(message.quarantined_at), message.sender,
            message.edxml_document_id or "", f"{message.error_code}: {message.reason}",
            size_text(message.size), resolution_label(message.resolution)])
        item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, ID_ROLE, message.id)
        item.setData(0, OPEN_ROLE, message.resolution is None)
        item.setToolTip(3, message.reason)
        if message.resolution is not None:
            for column in range(tree.columnCount()):
                item.setForeground(column, QBrush(_DONE))
        tree.addTopLevelItem(item)
