"""Words the interface shows for the office workflow's values: states, urgency, steps, lists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.api.models import LiveEvent

translate = QCoreApplication.translate


def _lookup(table: Callable[[], dict[str, str]], value: str | None) -> str:
    if value is None:
        return ""
    return table().get(value, value)



def _states() -> dict[str, str]:
    return {
        "received": translate("DocumentLabels", "Received"),
        "registered": translate("DocumentLabels", "Registered"),
        "presented": translate("DocumentLabels", "Presented"),
        "directed": translate("DocumentLabels", "Directed"),
        "in_progress": translate("DocumentLabels", "In progress"),
        "completed": translate("DocumentLabels", "Completed"),
        "rejected": translate("DocumentLabels", "Returned to sender"),
        "draft": translate("DocumentLabels", "Draft"),
        "in_review": translate("DocumentLabels", "In review"),
        "returned": translate("DocumentLabels", "Returned"),
        "to_sign": translate("DocumentLabels", "Awaiting signature"),
        "signed": translate("DocumentLabels", "Signed"),
        "issued": translate("DocumentLabels", "Issued"),
        "revoked": translate("DocumentLabels", "Revoked"),
        "replaced": translate("DocumentLabels", "Replaced"),
    }


def _urgencies() -> dict[str, str]:
    return {
        "normal": translate("DocumentLabels", "Normal"),
        "urgent": translate("DocumentLabels", "Urgent"),
        "very_urgent": translate("DocumentLabels", "Very urgent"),
        "flash": translate("DocumentLabels", "Flash"),
        "flash_timed": translate("DocumentLabels", "Flash (timed)"),
    }


def _confidentialities() -> dict[str, str]:
    return {
        "normal": translate("DocumentLabels", "Normal"),
        "confidential": translate("DocumentLabels", "Confidential"),
        "secret": translate("DocumentLabels", "Secret"),
        "top_secret": translate("DocumentLabels", "Top secret"),
    }


def _directions() -> dict[str, str]:
    return {
        "incoming": translate("DocumentLabels", "Incoming"),
        "outgoing": translate("DocumentLabels", "Outgoing"),
        "internal": translate("DocumentLabels", "Internal"),
    }


def _due_statuses() -> dict[str, str]:
    return {
        "none": translate("DocumentLabels", "No deadline"),
        "done": translate("DocumentLabels", "Done"),
        "on_track": translate("DocumentLabels", "On track"),
        "due_soon": translate("DocumentLabels", "Due soon"),
        "overdue": translate("DocumentLabels", "Overdue"),
    }


def _assignment_roles() -> dict[str, str]:
    return {
        "lead": translate("DocumentLabels", "Lead"),
        "support": translate("DocumentLabels", "Support"),
        "info": translate("DocumentLabels", "For information"),
    }


def _delivery_statuses() -> dict[str, str]:
    return {
        "draft": translate("DocumentLabels", "Not sent yet"),
        "": translate("DocumentLabels", "Not sent yet"),
        "pending": translate("DocumentLabels", "Sending"),
        "sent": translate("DocumentLabels", "Sent"),
        "delivered": translate("DocumentLabels", "Delivered"),
        "received": translate("DocumentLabels", "Received"),
        "failed": translate("DocumentLabels", "Failed"),
    }


def _actions() -> dict[str, str]:
    return {
        "received": translate("DocumentLabels", "Received"),
        "registered": translate("DocumentLabels", "Registered"),
        "presented": translate("DocumentLabels", "Presented to a leader"),
        "directed": translate("DocumentLabels", "Directed"),
        "assigned": translate("DocumentLabels", "Assigned to an officer"),
        "completed": translate("DocumentLabels", "Completed"),
        "drafted": translate("DocumentLabels", "Draft created"),
        "submitted_for_review": translate("DocumentLabels", "Submitted for review"),
        "returned": translate("DocumentLabels", "Returned for changes"),
        "revised": translate("DocumentLabels", "New version"),
        "initialed": translate("DocumentLabels", "Initialed"),
        "submitted_for_signature": translate("DocumentLabels", "Submitted for signature"),
        "signed": translate("DocumentLabels", "Signed"),
        "issued": translate("DocumentLabels", "Issued"),
        "revoked": translate("DocumentLabels", "Revoked"),
        "replaced": translate("DocumentLabels", "Replaced"),
        "rejected": translate("DocumentLabels", "Returned to sender"),
        "withdrawn": translate("DocumentLabels", "Withdrawn by the sender"),
        "updated_by_sender": translate("DocumentLabels", "Updated by the sender"),
        "update_taken_as_new": translate("DocumentLabels", "Sender's update taken in as new"),
        "commented": translate("DocumentLabels", "Comment"),
        "due_soon": translate("DocumentLabels", "Deadline approaching"),
        "overdue": translate("DocumentLabels", "Overdue"),
    }


def _my_work_lists() -> dict[str, str]:
    return {
        "to_register": translate("DocumentLabels", "To register"),
        "to_direct": translate("DocumentLabels", "To direct"),
        "to_process": translate("DocumentLabels", "To process"),
        "to_review": translate("DocumentLabels", "To review"),
        "to_sign": translate("DocumentLabels", "To sign"),
        "to_issue": translate("DocumentLabels", "To issue"),
        "overdue": translate("DocumentLabels", "Overdue"),
        "my_drafts": translate("DocumentLabels", "My drafts"),
    }


def _steps() -> dict[str, str]:
    return {
        "register": translate("DocumentLabels", "Register"),
        "present": translate("DocumentLabels", "Present to leader…"),
        "direct": translate("DocumentLabels", "Direct…"),
        "assign": translate("DocumentLabels", "Assign officer…"),
        "complete": translate("DocumentLabels", "Complete…"),
        "new_version": translate("DocumentLabels", "New version…"),
        "submit_review": translate("DocumentLabels", "Submit for review"),
        "return": translate("DocumentLabels", "Return…"),
        "initial": translate("DocumentLabels", "Initial"),
        "submit_signature": translate("DocumentLabels", "Submit for signature…"),
        "issue": translate("DocumentLabels", "Issue"),
        "revoke": translate("DocumentLabels", "Revoke…"),
        "reject": translate("DocumentLabels", "Reject (return to sender)…"),
    }


DOCUMENT_STATES = ("received", "registered", "presented", "directed", "in_progress", "completed",
                   "rejected", "draft", "in_review", "returned", "to_sign", "signed", "issued",
                   "revoked", "replaced")
URGENCIES = ("normal", "urgent", "very_urgent", "flash", "flash_timed")
CONFIDENTIALITIES = ("normal", "confidential", "secret", "top_secret")
DIRECTIONS = ("incoming", "outgoing", "internal")
URGENCY_COLOURS = {"urgent": "#b06000", "very_urgent": "#c5221f", "flash": "#a50e0e",
                   "flash_timed": "#a50e0e"}
"""Text colour of each urgency above normal (the interface makes them bold too)."""
DUE_COLOURS = {"overdue": "#c5221f", "due_soon": "#b06000", "on_track": "#1e8e3e",
               "done": "#5f6368"}


def document_state_label(state: str | None) -> str:
    """A document state in words."""
    return _lookup(_states, state)


def urgency_label(urgency: str | None) -> str:
    """Độ khẩn in words."""
    return _lookup(_urgencies, urgency)


def confidentiality_label(value: str | None) -> str:
    """Độ mật in words."""
    return _lookup(_confidentialities, value)


def direction_label(direction: str | None) -> str:
    """Đến / đi / nội bộ."""
    return _lookup(_directions, direction)


def due_status_label(status: str | None) -> str:
    """A deadline's status in words."""
    return _lookup(_due_statuses, status)


def assignment_role_label(role: str | None) -> str:
    """Chủ trì / phối hợp / để biết."""
    return _lookup(_assignment_roles, role)


def delivery_status_label(status: str | None) -> str:
    """A recipient's delivery status in words."""
    return _lookup(_delivery_statuses, status)


def history_action_label(action: str) -> str:
    """A timeline step in words."""
    return _lookup(_actions, action)


def my_work_label(key: str) -> str:
    """The name of a "my work" list."""
    return _lookup(_my_work_lists, key)


def step_label(step: str) -> str:
    """The button text of a workflow step."""
    return _lookup(_steps, step)


def format_date(value: date | None) -> str:
    """``26/11/2026`` as Vietnamese offices write dates ('' for none)."""
    return value.strftime("%d/%m/%Y") if value is not None else ""


def document_event_title(event: LiveEvent) -> str:
    """A one-line notification for a ``document.*`` event."""
    payload = event.payload
    action = event.kind.removeprefix("document.")
    return translate("DocumentLabels", "{action}: {subject} ({actor})").format(
        action=history_action_label(action), subject=payload.get("subject", "?"),
        actor=payload.get("actor", "?"))
