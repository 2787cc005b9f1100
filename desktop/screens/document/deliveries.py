"""The full delivery history of a document's external recipients, under each recipient's row
in the recipients panel: every status the recipient reported over the axis (01 arrived, 03
registered… 02 refused), oldest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.api.axis import AxisApi, DeliveryReport
from desktop.api.client import ApiClient
from desktop.api.documents import DocumentDetail
from desktop.labels import format_time
from desktop.tasks import run_in_background

_REFUSED = QColor("#c5221f")


def add_reports(tree: QTreeWidget, detail: DocumentDetail,
                reports: Sequence[DeliveryReport]) -> None:
    """Put each recipient's reports under its row (rows are in ``detail.recipients`` order)."""
    if tree.topLevelItemCount() != len(detail.recipients):
        return  # the panel was refilled for another document meanwhile
    tree.setRootIsDecorated(any(reports))
    for index, recipient in enumerate(detail.recipients):
        row = tree.topLevelItem(index)
        if row is None:
            continue
        for report in (r for r in reports if r.recipient_id == recipient.id):
            status = f"{report.status_code} — {report.status_label}"
            if report.description:
                status += f": {report.description}"
            # Under the recipient's status column, so that the history reads as its past.
            child = QTreeWidgetItem(["", "", status, format_time(report.reported_at)])
            child.setToolTip(2, status)
            if report.status_code == "02":
                child.setForeground(2, QBrush(_REFUSED))
            row.addChild(child)
        row.setExpanded(True)


def load_reports(api: ApiClient, tree: QTreeWidget, detail: DocumentDetail, *,
                 on_error: Callable[[Exception], None]) -> None:
    """Fetch the history off the GUI thread when the document has external recipients."""
    if not any(r.organ_id for r in detail.recipients):
        tree.setRootIsDecorated(False)
        return
    axis = AxisApi(api)
    run_in_background(lambda: axis.deliveries(detail.document.id),
                      on_done=lambda reports: add_reports(tree, detail, reports),
                      on_error=on_error)
