"""The document view's side panels: metadata, versions, files, recipients, assignments, timeline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.api.documents import DocumentDetail, HistoryEntry
from desktop.doclabels import (
    DUE_COLOURS,
    URGENCY_COLOURS,
    assignment_role_label,
    confidentiality_label,
    delivery_status_label,
    direction_label,
    document_state_label,
    due_status_label,
    format_date,
    history_action_label,
    urgency_label,
)
from desktop.labels import format_time
from desktop.namebook import NameBook

DATA_ROLE = Qt.ItemDataRole.UserRole


class MetadataPanel(QWidget):
    """The registration data of a document, as a form of labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def _rows(self, detail: DocumentDetail, names: NameBook,
              type_name: str) -> list[tuple[str, str, str]]:
        d = detail.document
        arrival = "" if d.arrival_number is None else self.tr("{n} on {date}").format(
            n=d.arrival_number, date=format_time(d.arrival_date) if d.arrival_date else "")
        signer = " ".join(p for p in (d.signer_authority, d.signer_position, d.signer_name) if p)
        due = format_date(d.due_date)
        if d.due_date is not None:
            due = f"{due} — {due_status_label(detail.due_status)}"
        return [
            ("type", self.tr("Type:"), type_name),
            ("subject", self.tr("Subject:"), d.subject),
            ("direction", self.tr("Direction:"), direction_label(d.direction)),
            ("state", self.tr("State:"), document_state_label(d.state)),
            ("number", self.tr("Number, notation:"), d.number_notation),
            ("issue_date", self.tr("Document date:"), format_date(d.issue_date)),
            ("organ", self.tr("Issuing organ:"), d.issuing_organ_name or ""),
            ("arrival", self.tr("Arrival number:"), arrival),
            ("urgency", self.tr("Urgency:"), urgency_label(d.urgency)),
            ("confidentiality", self.tr("Confidentiality:"),
             confidentiality_label(d.confidentiality)),
            ("due", self.tr("Deadline:"), due),
            ("signer", self.tr("Signer:"), signer),
            ("unit", self.tr("Drafting unit:"), names.unit_name(d.drafting_unit_id)),
            ("presented", self.tr("Presented to:"), names.person_name(d.presented_to)),
            ("direction_text", self.tr("Direction given:"), d.direction_text or ""),
            ("summary", self.tr("Summary:"), d.summary or ""),
            ("created", self.tr("Created:"), self.tr("{time} by {name}").format(
                time=format_time(d.created_at), name=names.person_name(d.created_by))),
        ]

    def show_detail(self, detail: DocumentDetail, names: NameBook, type_name: str) -> None:
        """Fill the form (rows without a value are left out)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values.clear()
        for key, title, value in self._rows(detail, names, type_name):
            if not value:
                continue
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "urgency" and detail.document.urgency in URGENCY_COLOURS:
                label.setStyleSheet(
                    f"color: {URGENCY_COLOURS[detail.document.urgency]}; font-weight: bold;")
            if key == "due" and detail.due_status in DUE_COLOURS:
                label.setStyleSheet(f"color: {DUE_COLOURS[detail.due_status]};"
                                    + (" font-weight: bold;" if detail.due_status == "overdue"
                                       else ""))
            if key == "subject":
                label.setStyleSheet("font-weight: bold;")
            self.values[key] = label
            self.form.addRow(title, label)


def make_tree(headers: Sequence[str]) -> QTreeWidget:
    """A flat, read-only list with columns."""
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(list(headers))
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setWordWrap(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def fill_versions(tree: QTreeWidget, detail: DocumentDetail, names: NameBook,
                  shown_no: int | None) -> None:
    """One row per version, newest first; the shown one in bold."""
    tree.clear()
    for version in sorted(detail.versions, key=lambda v: -v.version_no):
        signed = QCoreApplication.translate("DocumentPanels", "signed") if version.signed else ""
        item = QTreeWidgetItem([str(version.version_no), format_time(version.created_at),
                                names.person_name(version.created_by), version.reason,
                                signed, version.filename])
        item.setData(0, DATA_ROLE, version.version_no)
        if version.version_no == shown_no:
            font = item.font(0)
            font.setBold(True)
            for column in range(tree.columnCount()):
                item.setFont(column, font)
        tree.addTopLevelItem(item)


def fill_attachments(tree: QTreeWidget, detail: DocumentDetail, names: NameBook) -> None:
    """One row per attachment."""
    tree.clear()
    for attachment in detail.attachments:
        item = QTreeWidgetItem([attachment.filename, attachment.media_type,
                                names.person_name(attachment.added_by),
                                format_time(attachment.added_at)])
        item.setData(0, DATA_ROLE, attachment.id)
        tree.addTopLevelItem(item)


def fill_recipients(tree: QTreeWidget, detail: DocumentDetail, names: NameBook) -> None:
    """One row per recipient with its delivery status."""
    tree.clear()
    for recipient in detail.recipients:
        who = recipient.organ_name or names.handler_name(recipient.unit_id, recipient.user_id)
        when = format_time(recipient.status_at) if recipient.status_at else ""
        tree.addTopLevelItem(QTreeWidgetItem(
            [who, recipient.organ_id or "", delivery_status_label(recipient.delivery_status),
             when]))


def fill_assignments(tree: QTreeWidget, detail: DocumentDetail, names: NameBook) -> None:
    """Assignments as a tree (an officer under the unit that handed it on), with due status."""
    tree.clear()
    tree.setRootIsDecorated(True)
    items: dict[int, QTreeWidgetItem] = {}
    for assignment in detail.assignments:
        status = due_status_label(assignment.due_status)
        item = QTreeWidgetItem([
            assignment_role_label(assignment.role),
            names.handler_name(assignment.unit_id, assignment.user_id),
            format_date(assignment.deadline), status if assignment.deadline else "",
            names.person_name(assignment.assigned_by), assignment.note or ""])
        if assignment.due_status in DUE_COLOURS and assignment.deadline is not None:
            item.setForeground(3, QBrush(QColor(DUE_COLOURS[assignment.due_status])))
        parent = items.get(assignment.parent_id) if assignment.parent_id else None
        if parent is not None:
            parent.addChild(item)
        else:
            tree.addTopLevelItem(item)
        items[assignment.id] = item
    tree.expandAll()


def fill_history(tree: QTreeWidget, entries: Sequence[HistoryEntry], names: NameBook) -> None:
    """The timeline, oldest first."""
    tree.clear()
    for entry in entries:
        change = ""
        if entry.from_state != entry.to_state and entry.to_state:
            change = f"{document_state_label(entry.from_state)} → " \
                     f"{document_state_label(entry.to_state)}"
        tree.addTopLevelItem(QTreeWidgetItem([
            format_time(entry.at), history_action_label(entry.action),
            names.person_name(entry.actor_id), change, entry.note or ""]))
