"""The archive screen's lists: the dossier tree (years, planned dossiers, dossiers), the fixity
report and the transfer deadlines. Plain functions filling Qt trees from the API's values."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem

from desktop.api.archive import (
    Catalogue,
    DossierSummary,
    FixityRun,
    RetentionRule,
    TransferWarning,
)

CODE_ROLE = Qt.ItemDataRole.UserRole
"""File code of a dossier item; document id in document lists."""
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 1
"""(year, notation) of a planned catalogue entry not opened yet."""


def state_name(state: str) -> str:
    """The translated name of a dossier state."""
    names = {
        "open": QCoreApplication.translate("ArchiveView", "Open"),
        "closed": QCoreApplication.translate("ArchiveView", "Closed"),
        "transferred": QCoreApplication.translate("ArchiveView", "Transferred"),
        "disposed": QCoreApplication.translate("ArchiveView", "Disposed"),
    }
    return names.get(state, state)


def fill_dossier_tree(tree: QTreeWidget, dossiers: Sequence[DossierSummary],
                      catalogues: Sequence[Catalogue]) -> None:
    """Years, newest first; under each, the dossiers and the planned ones still to open."""
    tree.clear()
    years: dict[int, QTreeWidgetItem] = {}

    def year_item(year: int) -> QTreeWidgetItem:
        if year not in years:
            years[year] = QTreeWidgetItem([str(year), ""])
        return years[year]

    opened = {(d.year, d.notation) for d in dossiers}
    for dossier in dossiers:
        item = QTreeWidgetItem(year_item(dossier.year), [
            f"{dossier.notation} — {dossier.title}", state_name(dossier.state)])
        item.setData(0, CODE_ROLE, dossier.file_code)
        item.setToolTip(0, dossier.file_code)
    italic = QFont()
    italic.setItalic(True)
    for catalogue in catalogues:
        for entry in catalogue.entries:
            if (catalogue.year, entry.notation) in opened:
                continue
            state = (QCoreApplication.translate("ArchiveView", "Planned") if catalogue.approved
                     else QCoreApplication.translate("ArchiveView", "Planned, not approved"))
            item = QTreeWidgetItem(year_item(catalogue.year),
                                   [f"{entry.notation} — {entry.title}", state])
            item.setData(0, PLANNED_ROLE, (catalogue.year, entry.notation))
            item.setFont(0, italic)
    for year in sorted(years, reverse=True):
        tree.addTopLevelItem(years[year])
    tree.expandAll()


def fill_fixity(tree: QTreeWidget, runs: Sequence[FixityRun]) -> None:
    """One row per sweep; alerts in red."""
    tree.clear()
    for run in runs:
        alerts = "\n".join(f"{path}: {detail}" for path, detail in run.alerts)
        fine = QCoreApplication.translate("ArchiveView", "No problem found")
        item = QTreeWidgetItem(tree, [
            run.started_at.astimezone().strftime("%d/%m/%Y %H:%M"), str(run.checked),
            f"{run.bytes_hashed / 1e6:.1f}", alerts or fine])
        if run.alerts:
            item.setForeground(3, Qt.GlobalColor.red)


def fill_warnings(tree: QTreeWidget, warnings: Sequence[TransferWarning],
                  on_count: Callable[[int], None]) -> None:
    """Dossiers to transfer soon, overdue ones in red."""
    tree.clear()
    for warning in warnings:
        if warning.days_left < 0:
            left = QCoreApplication.translate("ArchiveView", "%1 days overdue")
        else:
            left = QCoreApplication.translate("ArchiveView", "%1 days left")
        left = left.replace("%1", str(abs(warning.days_left)))
        item = QTreeWidgetItem(tree, [warning.file_code, warning.title,
                                      warning.deadline.strftime("%d/%m/%Y"), left])
        item.setData(0, CODE_ROLE, warning.file_code)
        if warning.days_left < 0:
            item.setForeground(3, Qt.GlobalColor.red)
    on_count(len(warnings))


def fill_retention_choices(combo: QComboBox, schedule: Sequence[RetentionRule]) -> None:
    """The schedule's record categories (each with its retention) to pick from; a typed
    retention (``Vĩnh viễn``, ``10``) stays possible. What was typed is kept."""
    typed = combo.currentText()
    combo.clear()
    for rule in schedule:
        combo.addItem(f"{rule.category} — {rule.retention}", rule.category)
    combo.setCurrentIndex(-1)
    combo.setCurrentText(typed)


def chosen_retention(combo: QComboBox) -> tuple[str | None, str | None]:
    """(record category, retention text) as chosen: a listed category, or a typed value."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if text and index >= 0 and combo.itemData(index):
        return str(combo.itemData(index)), None
    return None, text or None
