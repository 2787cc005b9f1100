"""Notification texts for the archive's live events (``archive.*``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.api.models import LiveEvent

translate = QCoreApplication.translate


def _actions() -> dict[str, str]:
    return {
        "dossier_opened": translate("ArchiveLabels", "Dossier opened"),
        "document_filed": translate("ArchiveLabels", "Document filed"),
        "document_removed": translate("ArchiveLabels", "Document taken out"),
        "dossier_closed": translate("ArchiveLabels", "Dossier closed"),
        "package_built": translate("ArchiveLabels", "Package built"),
        "dossier_transferred": translate("ArchiveLabels", "Dossier transferred"),
        "hold_placed": translate("ArchiveLabels", "Legal hold placed"),
        "hold_released": translate("ArchiveLabels", "Legal hold released"),
        "disposal_approved": translate("ArchiveLabels", "Disposal approved"),
        "dossier_disposed": translate("ArchiveLabels", "Dossier disposed of"),
    }


def archive_event_title(event: LiveEvent) -> str:
    """A one-line notification for an ``archive.*`` event."""
    payload = event.payload
    action = event.kind.removeprefix("archive.")
    code, title = payload.get("file_code", "?"), payload.get("title", "")
    if action == "transfer_due_soon":
        return translate("ArchiveLabels", "Transfer {code} to the archive within {days} days: "
                         "{title}").format(code=code, days=payload.get("days_left", "?"),
                                           title=title)
    if action == "transfer_overdue":
        return translate("ArchiveLabels", "Transfer of {code} is overdue since {deadline}: "
                         "{title}").format(code=code, deadline=payload.get("deadline", "?"),
                                           title=title)
    if action == "fixity_alert":
        return translate("ArchiveLabels", "Fixity check: {count} damaged or missing file(s)"
                         ).format(count=payload.get("count", "?"))
    if action == "catalogue_approved":
        return translate("ArchiveLabels", "Dossier catalogue {year} approved").format(
            year=payload.get("year", "?"))
    label = _actions().get(action, action)
    return translate("ArchiveLabels", "{action}: {code} {title}").format(
        action=label, code=code, title=title)
