"""Words the interface shows for server values: roles, live-event kinds, connection states."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop.api.models import LiveEvent
from desktop.api.sse import StreamState
from desktop.archivelabels import archive_event_title
from desktop.doclabels import document_event_title, format_date

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

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


def _when(value: Any) -> str:
    """A payload time (ISO 8601) as people read it; '?' when it is missing or malformed."""
    try:
        return format_time(datetime.fromisoformat(str(value).replace("Z", "+00:00")))
    except ValueError:
        return "?"


def _day(value: Any) -> str:
    """A payload date (``2026-11-26``) as Vietnamese offices write it."""
    try:
        return format_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return "?"


def meeting_role_label(role: str) -> str:
    """A participant's role in one meeting, in words."""
    labels = {
        "chair": translate("Notifications", "chair"),
        "secretary": translate("Notifications", "secretary"),
        "member": translate("Notifications", "member"),
        "substitute": translate("Notifications", "substitute"),
        "guest": translate("Notifications", "guest"),
    }
    return labels.get(role, role)


NOTIFIED_DOCUMENT_ACTIONS = frozenset({
    "received", "presented", "directed", "assigned", "completed", "submitted_for_review",
    "returned", "revised", "initialed", "submitted_for_signature", "signed", "issued", "revoked",
    "replaced", "rejected", "withdrawn", "updated_by_sender", "update_taken_as_new",
})
"""Document steps that bring someone work or news. ``drafted`` and ``registered`` are silent:
the person who drafts or registers is the only one concerned, and already knows."""


def _document_title(event: LiveEvent) -> str | None:
    payload = event.payload
    action = event.kind.removeprefix("document.")
    subject = payload.get("subject", "?")
    if action == "due_soon":
        return translate("Notifications", "Deadline {deadline} approaching: {subject}").format(
            deadline=_day(payload.get("deadline")), subject=subject)
    if action == "overdue":
        return translate("Notifications", "Overdue since {deadline}: {subject}").format(
            deadline=_day(payload.get("deadline")), subject=subject)
    if action == "commented":
        return translate("Notifications", "New comment on a document by {author}").format(
            author=payload.get("author", "?"))
    if action in NOTIFIED_DOCUMENT_ACTIONS:
        return document_event_title(event)
    return None


Payload = dict[str, Any]


def _vote_closed(payload: Payload, _me: int | None) -> str:
    result = payload.get("result") or {}
    if result.get("adopted"):
        text = translate("Notifications", "Vote closed, adopted: {motion} "
                         "(for {yes}, against {no}, abstaining {abstain})")
    else:
        text = translate("Notifications", "Vote closed, not adopted: {motion} "
                         "(for {yes}, against {no}, abstaining {abstain})")
    return text.format(motion=result.get("motion", "?"), yes=result.get("yes", "?"),
                       no=result.get("no", "?"), abstain=result.get("abstain", "?"))


def _meeting_starting(payload: Payload, _me: int | None) -> str:
    location = str(payload.get("location") or "")
    if location:
        text = translate("Notifications", "Meeting starting at {time}: {title} ({location})")
    else:
        text = translate("Notifications", "Meeting starting at {time}: {title}")
    return text.format(time=_when(payload.get("scheduled_at")), title=payload.get("title", "?"),
                       location=location)


def _meeting_updated(payload: Payload, _me: int | None) -> str:
    location = str(payload.get("location") or "")
    if location:
        text = translate("Notifications", "Meeting details changed: {title}, {time} ({location})")
    else:
        text = translate("Notifications", "Meeting details changed: {title}, {time}")
    return text.format(title=payload.get("title", "?"), time=_when(payload.get("scheduled_at")),
                       location=location)


def _invited(payload: Payload, me: int | None) -> str | None:
    # The secretary and the chair hear of every invitation: only the invited person is told.
    if me is not None and payload.get("user_id") != me:
        return None
    return translate("Notifications", "You were added to a meeting as {role}").format(
        role=meeting_role_label(str(payload.get("role", "?"))))


def _removed(payload: Payload, me: int | None) -> str | None:
    # Only the person taken off hears of it; the secretary did it and the chair sees the list.
    if me is None or payload.get("user_id") != me:
        return None
    return translate("Notifications", "You were taken off a meeting's participants")


def _chair_changed(payload: Payload, me: int | None) -> str:
    if me is not None and payload.get("user_id") == me:
        return translate("Notifications", "You will chair a meeting")
    return translate("Notifications", "A meeting has a new chair")


def _published(payload: Payload, _me: int | None) -> str:
    return translate("Notifications", "Meeting invitation: a meeting on {time}").format(
        time=_when(payload.get("scheduled_at")))


def _document_replaced(payload: Payload, _me: int | None) -> str:
    reason = str(payload.get("reason") or "")
    if reason:
        return translate("Notifications", "A meeting document was replaced: {reason}").format(
            reason=reason)
    return translate("Notifications", "A meeting document was replaced")


def _session_started(payload: Payload, _me: int | None) -> str:
    return translate("Notifications", "The meeting session has started ({time})").format(
        time=_when(payload.get("at")))


def _vote_opened(payload: Payload, _me: int | None) -> str:
    return translate("Notifications", "Vote opened: {motion}").format(
        motion=payload.get("motion", "?"))


def _meeting_closed(payload: Payload, _me: int | None) -> str:
    return translate("Notifications", "The meeting has closed ({time})").format(
        time=_when(payload.get("at")))


def _ballot_sent(payload: Payload, _me: int | None) -> str:
    return translate("Notifications", "New opinion ballot: please answer by {deadline}").format(
        deadline=_when(payload.get("deadline")))


def _ballot_reminder(payload: Payload, me: int | None) -> str | None:
    if me is not None and payload.get("member") != me:
        return None
    return translate("Notifications",
                     "Reminder: please answer the opinion ballot by {deadline}").format(
        deadline=_when(payload.get("deadline")))


def _ballot_overdue(payload: Payload, me: int | None) -> str:
    members = payload.get("members") or []
    if me is not None and me in members:
        return translate("Notifications",
                         "The opinion ballot's deadline has passed without your answer")
    return translate("Notifications",
                     "Opinion ballot overdue: {count} member(s) have not answered").format(
        count=len(members))


def _ballot_closed(payload: Payload, _me: int | None) -> str:
    return translate("Notifications", "Opinion ballot closed: {title}").format(
        title=(payload.get("tally") or {}).get("title", "?"))


def _minutes_drawn_up(_payload: Payload, _me: int | None) -> str:
    return QCoreApplication.translate("Labels", "The minutes of a meeting were drawn up")


def _minutes_signed(payload: Payload, _me: int | None) -> str:
    if payload.get("final"):
        return QCoreApplication.translate("Labels", "The minutes of a meeting are fully signed")
    return QCoreApplication.translate("Labels", "The minutes of a meeting were signed")


def _with_subject(notice: str, payload: Payload) -> str:
    """The notice followed by the meeting's or ballot's title, when the server gave it and the
    notice does not already name it."""
    subject = payload.get("meeting_title") or payload.get("ballot_title")
    if not subject or str(subject) in notice:
        return notice
    return translate("Notifications", "{notice} — {subject}").format(notice=notice,
                                                                      subject=subject)


MeetingTitle = Callable[[Payload, int | None], str | None]

MEETING_NOTIFICATIONS: dict[str, MeetingTitle] = {
    "participant_invited": _invited,
    "participant_removed": _removed,
    "chair_changed": _chair_changed,
    "meeting_published": _published,
    "meeting_updated": _meeting_updated,
    "document_replaced": _document_replaced,
    "meeting_starting": _meeting_starting,
    "session_started": _session_started,
    "vote_opened": _vote_opened,
    "vote_closed": _vote_closed,
    "meeting_closed": _meeting_closed,
    "opinion_ballot_sent": _ballot_sent,
    "opinion_ballot_reminder": _ballot_reminder,
    "opinion_ballot_overdue": _ballot_overdue,
    "opinion_ballot_closed": _ballot_closed,
    "minutes_drawn_up": _minutes_drawn_up,
    "minutes_signed": _minutes_signed,
}
"""The ``meetings.*`` events a person hears about. The others (speaker queue, speakers,
positions, attendance, ballots cast, current item, notes, agenda edits…) only refresh screens."""


def event_title(event: LiveEvent, *, me: int | None = None) -> str | None:
    """A one-line notification for a live event, or None when it is not one.

    Many events only say that some state changed (a speaker queue, a ballot cast, a position):
    screens refresh from them, but they are no news to a person. ``me`` is the signed-in user's
    id, for events that concern one of their audience (an invitation, a reminder); without it
    such events are described in general.
    """
    payload = event.payload
    kind = event.kind
    if kind == "user.created":
        return QCoreApplication.translate("Labels", "New account: {name} ({username})").format(
            name=payload.get("full_name", "?"), username=payload.get("username", "?"))
    if kind == "auth.account_locked":
        until = localize_times(str(payload.get("locked_until", "")))
        return QCoreApplication.translate(
            "Labels", "Account {username} locked after failed logins, until {until}"
        ).format(username=payload.get("username", "?"), until=until)
    if kind.startswith("document."):
        return _document_title(event)
    if kind.startswith("archive."):
        return archive_event_title(event)
    if kind.startswith("meetings."):
        describe = MEETING_NOTIFICATIONS.get(kind.removeprefix("meetings."))
        notice = None if describe is None else describe(payload, me)
        return None if notice is None else _with_subject(notice, payload)
    if kind == "axis.quarantine":
        return QCoreApplication.translate("Labels", "A quarantined axis message was dealt with")
    log.debug("live event %s is not a notification", kind)
    return None
