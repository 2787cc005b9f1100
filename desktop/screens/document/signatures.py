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

NO_TIMESTAMP_WARNING = "no time stamp: the signing time is only the signer's claim"
"""The one warning signing.verify words itself (the others are the validator's own words)."""


def sub_indication_text(code: str | None) -> str | None:
    """What an ETSI EN 319 102-1 sub-indication means for the reader, or None if unknown."""
    texts = {
        "FORMAT_FAILURE": translate(
            "Signatures", "The signature is malformed, does not cover the whole document, or "
                          "the document was changed in a way the signer did not allow."),
        "HASH_FAILURE": translate(
            "Signatures", "The signed content was changed after signing."),
        "SIG_CRYPTO_FAILURE": translate(
            "Signatures", "The signature value does not match the signer's certificate."),
        "REVOKED": translate(
            "Signatures", "The signer's certificate was revoked before the document was signed."),
        "REVOKED_NO_POE": translate(
            "Signatures", "The signer's certificate has been revoked and no time stamp proves "
                          "the document was signed before that."),
        "NO_CERTIFICATE_CHAIN_FOUND": translate(
            "Signatures", "The signer's certificate does not lead to a trusted certification "
                          "authority."),
        "CERTIFICATE_CHAIN_GENERAL_FAILURE": translate(
            "Signatures", "The signer's certificate chain could not be checked."),
        "OUT_OF_BOUNDS_NO_POE": translate(
            "Signatures", "The signer's certificate was expired or not yet valid at the signing "
                          "time, and no time stamp proves otherwise."),
        "OUT_OF_BOUNDS_NOT_REVOKED": translate(
            "Signatures", "The signer's certificate has expired since signing; it was not "
                          "revoked."),
        "TRY_LATER": translate(
            "Signatures", "The revocation status of the certificate is not available yet; "
                          "check again later."),
        "CHAIN_CONSTRAINTS_FAILURE": translate(
            "Signatures", "The certificate chain breaks the rules its authorities set."),
        "CRYPTO_CONSTRAINTS_FAILURE": translate(
            "Signatures", "The signature uses an algorithm or key size that is no longer "
                          "accepted."),
        "TIMESTAMP_ORDER_FAILURE": translate(
            "Signatures", "The time stamps of this signature are not in a possible order."),
        "NOT_YET_VALID": translate(
            "Signatures", "The signer's certificate was not yet valid at the signing time."),
        "EXPIRED": translate(
            "Signatures", "The signer's certificate had expired at the signing time."),
        "SIG_CONSTRAINTS_FAILURE": translate(
            "Signatures", "The signature lacks attributes the validation policy requires."),
        "POLICY_PROCESSING_ERROR": translate(
            "Signatures", "The signature policy could not be processed."),
        "SIGNATURE_POLICY_NOT_AVAILABLE": translate(
            "Signatures", "The signature policy the signature names is not available."),
        "NO_SIGNING_CERTIFICATE_FOUND": translate(
            "Signatures", "The signer's certificate is missing from the signature."),
        "REVOKED_CA_NO_POE": translate(
            "Signatures", "A certification authority in the chain has been revoked and no time "
                          "stamp proves the document was signed before that."),
        "REVOCATION_OUT_OF_BOUNDS_NO_POE": translate(
            "Signatures", "The revocation information is outside its validity period and no "
                          "time stamp bridges the gap."),
        "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": translate(
            "Signatures", "The signature uses an algorithm no longer accepted, and no time "
                          "stamp proves it was made while it still was."),
        "NO_POE": translate(
            "Signatures", "No proof of existence at the needed time (a time stamp) was found."),
        "SIGNED_DATA_NOT_FOUND": translate(
            "Signatures", "The signed content could not be found."),
        "GENERIC": translate(
            "Signatures", "The signature could not be confirmed."),
    }
    return texts.get(code or "")


def warning_text(warning: str) -> str:
    """A warning in the interface language where it is ours; the validator's words otherwise."""
    if warning == NO_TIMESTAMP_WARNING:
        return translate("Signatures", "No time stamp: the signing time is only what the "
                                       "signer's computer claimed.")
    return translate("Signatures", "Technical detail: {detail}").format(detail=warning)



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
        explanation = sub_indication_text(check.sub_indication)
        if explanation:
            lines.append(explanation)
        if check.signer is not None:
            lines.append(self.tr("Certificate: {organisation} — serial {serial}, issued by "
                                 "{issuer}").format(organisation=check.signer.organisation or "—",
                                                serial=check.signer.serial,
                                                issuer=check.signer.issuer))
        if check.certification is not None:
            lines.append(self.tr("Certification signature (level {level} of changes "
                                 "allowed).").format(level=check.certification))
        lines.extend(f"⚠ {warning_text(warning)}" for warning in check.warnings)
        self.details.setText("\n".join(lines))
