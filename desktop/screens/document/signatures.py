"""The signature panel of the document view: the validation report of the PDF shown — per
signature the signer, signing time, time stamp, level, indication, what changed afterwards, and
the plain status (hợp lệ / hợp lệ có cảnh báo / không hợp lệ / không xác định)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.api.signatures import SignatureCheck, SignaturesReport
from desktop.labels import format_time
from desktop.messages import error_text

translate = QCoreApplication.translate

STATUS_COLOURS = {"valid": "#1d5e2c", "warnings": "#8a5a00", "invalid": "#8a1c1c",
                  "unknown": "#555555"}
_STATUS_KEYS = {"hợp lệ": "valid", "hợp lệ có cảnh báo": "warnings",
                "không hợp lệ": "invalid", "không xác định": "unknown"}
"""The library's Vietnamese plain status → a key this panel translates."""



def status_key(check: SignatureCheck) -> str:
    """``valid``, ``warnings``, ``invalid`` or ``unknown`` (from the plain status, else the
    indication)."""
    if check.status in _STATUS_KEYS:
        return _STATUS_KEYS[check.status]
    return {"TOTAL-PASSED": "valid", "TOTAL-FAILED": "invalid"}.get(check.indication, "unknown")


def status_label(check: SignatureCheck) -> str:
    """The plain status in the interface language."""
    labels = {
        "valid": translate("Signatures", "Valid"),
        "warnings": translate("Signatures", "Valid with warnings"),
        "invalid": translate("Signatures", "Invalid"),
        "unknown": translate("Signatures", "Unknown"),
    }
    return labels[status_key(check)]


def modification_label(value: str) -> str:
    """What happened to the document after the signature."""
    labels = {
        "none": translate("Signatures", "No change"),
        "permitted": translate("Signatures", "Permitted changes only"),
        "not-permitted": translate("Signatures", "Changed in a way not permitted"),
    }
    return labels.get(value, value)


def verdict_label(report: SignaturesReport) -> str:
    """One line about the whole file."""
    labels = {
        "valid": translate("Signatures", "Every signature of this file is valid."),
        "invalid": translate("Signatures", "At least one signature of this file is invalid."),
        "indeterminate": translate("Signatures",
                                   "At least one signature of this file cannot be confirmed."),
        "no-signature": translate("Signatures", "This file carries no signature."),
    }
    return labels.get(report.verdict, report.verdict)


def _kind_label(check: SignatureCheck) -> str:
    if check.kind == "document-timestamp":
        return translate("Signatures", "Document time stamp")
    labels = {"LeaderSignature": translate("Signatures", "Leader's signature"),
              "AgencySeal": translate("Signatures", "Agency seal")}
    return labels.get(check.field, check.field)


class SignaturePanel(QWidget):
    """Shows a :class:`SignaturesReport`; a row per signature, details as the tooltip."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setColumnCount(self.COLUMNS)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_details(item))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        self.report: SignaturesReport | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Headers and rows in the current language."""
        self.tree.setHeaderLabels([self.tr("Signature"), self.tr("Signer"), self.tr("Status"),
                                   self.tr("Level"), self.tr("Signing time"),
                                   self.tr("Time stamp"), self.tr("After signing")])
        if self.report is not None:
            self.show_report(self.report)

    def show_loading(self) -> None:
        """The file is being validated."""
        self.report = None
        self.tree.clear()
        self.details.clear()
        self.summary.setText(self.tr("Checking the signatures…"))

    def show_failure(self, exc: Exception) -> None:
        """Validation could not be done (network, unreadable file)."""
        self.report = None
        self.tree.clear()
        self.details.clear()
        self.summary.setText(self.tr("The signatures could not be checked: {error}")
                             .format(error=error_text(exc)))

    def show_report(self, report: SignaturesReport) -> None:
        """Fill the panel."""
        self.report = report
        checked = self.tr("Checked at {time} with the agency's trust list.")
        self.summary.setText(f"{verdict_label(report)} "
                             f"{checked.format(time=format_time(report.validation_time))}")
        self.tree.clear()
        for check in report.signatures:
            self.tree.addTopLevelItem(self._row(check))
        for column in range(self.COLUMNS):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.details.clear()

    def _row(self, check: SignatureCheck) -> QTreeWidgetItem:
        signer = check.signer.name if check.signer else self.tr("unreadable certificate")
        item = QTreeWidgetItem([
            _kind_label(check), signer, status_label(check), check.level or "",
            format_time(check.signing_time, seconds=True) if check.signing_time else "",
            format_time(check.timestamp_time, seconds=True) if check.timestamp_time
            else self.tr("none"),
            modification_label(check.modification)])
        item.setForeground(2, QBrush(QColor(STATUS_COLOURS[status_key(check)])))
        item.setData(0, Qt.ItemDataRole.UserRole, check)
        return item

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        check = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(check, SignatureCheck):
            self.details.clear()
            return
        lines = [self.tr("Indication: {indication}").format(
            indication=" / ".join(p for p in (check.indication, check.sub_indication) if p))]
        if check.signer is not None:
            lines.append(self.tr("Certificate: {organisation} — serial {serial}, issued by "
                                 "{issuer}").format(organisation=check.signer.organisation or "—",
                                                serial=check.signer.serial,
                                                issuer=check.signer.issuer))
        if check.certification is not None:
            lines.append(self.tr("Certification signature (level {level} of changes "
                                 "allowed).").format(level=check.certification))
        lines.extend(f"⚠ {warning}" for warning in check.warnings)
        self.details.setText("\n".join(lines))
