"""Words the interface shows for server values: roles, live-event kinds, connection states."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.api.models import LiveEvent
from desktop.api.sse import StreamState
from desktop.archivelabels import archive_event_title
from desktop.doclabels import document_event_title

_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})")


def role_label(role: str) -> str:
    """A role's name in the interface language."""
    labels = {
        "admin": QCoreApplication.translate("Labels", "Administrator"),
        "clerk": QCoreApplication.translate("Labels", "Clerk"),
        "officer": QCoreApplication.translate("Labels", "Officer"),
        "unit_head": QCoreApplication.translate("Labels", "Unit head"),
        "leader": QCoreApplication.translate("Labels", "Agency leader"),
        "cabinet_member": QCoreApplication.translate("Labels", "Cabinet member"),
        "meeting_secretary": QCoreApplication.translate("Labels", "Meeting secretary"),
    }
    return labels.get(role, role)


ROLE_ORDER = ("admin", "clerk", "officer", "unit_head", "leader", "cabinet_member",
              "meeting_secretary")


def roles_text(roles: tuple[str, ...] | list[str]) -> str:
    """Several roles, in the usual order, comma-separated."""
    ordered = sorted(roles, key=lambda r: ROLE_ORDER.index(r) if r in ROLE_ORDER else 99)
    return ", ".join(role_label(r) for r in ordered)


def state_label(state: StreamState | str) -> str:
    """The live connection's state in words."""
    labels = {
        "connecting": QCoreApplication.translate("Labels", "Connecting…"),
        "connected": QCoreApplication.translate("Labels", "Online"),
        "reconnecting": QCoreApplication.translate("Labels", "Reconnecting…"),
        "unauthorized": QCoreApplication.translate("Labels", "Session expired"),
        "stopped": QCoreApplication.translate("Labels", "Offline"),
    }
    return labels.get(str(state), str(state))


def format_time(value: datetime, *, seconds: bool = False) -> str:
    """A server time in local time, as Vietnamese offices write it (``14:05 26/11/2026``)."""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return QLocale().toString(local, "HH:mm:ss dd/MM/yyyy" if seconds else "HH:mm dd/MM/yyyy")


def action_label(action: str) -> str:
    """An audit action in words (the code itself when it is not known yet)."""
    labels = {
        "agency.created": QCoreApplication.translate("Labels", "Agency created"),
        "agency.updated": QCoreApplication.translate("Labels", "Agency changed"),
        "auth.login": QCoreApplication.translate("Labels", "Signed in"),
        "auth.logout": QCoreApplication.translate("Labels", "Signed out"),
        "auth.login_failed": QCoreApplication.translate("Labels", "Failed sign-in"),
        "auth.login_refused_locked": QCoreApplication.translate(
            "Labels", "Sign-in refused (locked)"),
        "auth.login_refused_disabled": QCoreApplication.translate(
            "Labels", "Sign-in refused (disabled)"),
        "auth.account_locked": QCoreApplication.translate("Labels", "Account locked"),
        "auth.password_changed": QCoreApplication.translate("Labels", "Password changed"),
        "axis.outbox_retried": QCoreApplication.translate("Labels", "Axis message sent again"),
        "axis.quarantine_reprocessed": QCoreApplication.translate(
            "Labels", "Quarantined axis message taken in again"),
        "axis.quarantine_dismissed": QCoreApplication.translate(
            "Labels", "Quarantined axis message dismissed"),
        "calendar.holidays_added": QCoreApplication.translate("Labels", "Holidays added"),
        "document.attachment_added": QCoreApplication.translate("Labels", "Attachment added"),
        "document.commented": QCoreApplication.translate("Labels", "Comment added"),
        "document.version_added": QCoreApplication.translate("Labels", "Document version added"),
        "meetings.minutes_drawn_up": QCoreApplication.translate("Labels", "Minutes drawn up"),
        "meetings.minutes_signed": QCoreApplication.translate("Labels", "Minutes signed"),
        "meetings.conclusion_notice_drafted": QCoreApplication.translate(
            "Labels", "Conclusion notice drafted"),
        "archive.catalogue.plan": QCoreApplication.translate(
            "Labels", "Dossier catalogue planned"),
        "archive.catalogue.approve": QCoreApplication.translate(
            "Labels", "Dossier catalogue approved"),
        "archive.fixity_swept": QCoreApplication.translate("Labels", "Fixity check run"),
        "archive.package_exported": QCoreApplication.translate(
            "Labels", "Preservation package exported"),
        "archive.package_verified": QCoreApplication.translate(
            "Labels", "Preservation package verified"),
        "archive.retention_rule_set": QCoreApplication.translate(
            "Labels", "Retention rule set"),
        "archive.signatures_renewed": QCoreApplication.translate(
            "Labels", "Archived signatures renewed"),
        "certificate.bound": QCoreApplication.translate("Labels", "Certificate added"),
        "certificate.unbound": QCoreApplication.translate("Labels", "Certificate removed"),
        "unit.created": QCoreApplication.translate("Labels", "Unit created"),
        "user.created": QCoreApplication.translate("Labels", "Account created"),
        "user.updated": QCoreApplication.translate("Labels", "Account changed"),
        "user.password_reset": QCoreApplication.translate("Labels", "Password reset"),
        "user.signature_image_set": QCoreApplication.translate(
            "Labels", "Signature image set"),
    }
    return labels.get(action, action)


def localize_times(text: str) -> str:
    """Replace ISO 8601 times in a server message by local, readable ones."""

    def replace(match: re.Match[str]) -> str:
        try:
            return format_time(datetime.fromisoformat(match.group(0).replace("Z", "+00:00")))
        except ValueError:
            return match.group(0)

    return _ISO_TIME.sub(replace, text)


def event_title(event: LiveEvent) -> str:
    """A one-line notification for a live event."""
    payload = event.payload
    if event.kind == "user.created":
        return QCoreApplication.translate("Labels", "New account: {name} ({username})").format(
            name=payload.get("full_name", "?"), username=payload.get("username", "?"))
    if event.kind == "auth.account_locked":
        until = localize_times(str(payload.get("locked_until", "")))
        return QCoreApplication.translate(
            "Labels", "Account {username} locked after failed logins, until {until}"
        ).format(username=payload.get("username", "?"), until=until)
    if event.kind.startswith("document."):
        return document_event_title(event)
    if event.kind.startswith("archive."):
        return archive_event_title(event)
    if event.kind == "meetings.minutes_drawn_up":
        return QCoreApplication.translate("Labels", "The minutes of a meeting were drawn up")
    if event.kind == "meetings.minutes_signed":
        if payload.get("final"):
            return QCoreApplication.translate("Labels", "The minutes of a meeting are fully signed")
        return QCoreApplication.translate("Labels", "The minutes of a meeting were signed")
    if event.kind == "axis.quarantine":
        return QCoreApplication.translate("Labels", "A quarantined axis message was dealt with")
    return QCoreApplication.translate("Labels", "Event: {kind}").format(kind=event.kind)
