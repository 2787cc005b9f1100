"""Who may do what in the archive, from the agency roles (there is no separate archivist role:
the clerk, văn thư, keeps the agency archive as Decree 30/2020 art. 28–31 describe).

- the catalogue is drafted by the clerk or a unit head and approved by the leader (the head);
- handlers (officers), unit heads and clerks open dossiers and file documents; an officer changes
  only the dossiers they opened;
- the clerk packs, transfers, exports, verifies and disposes of dossiers and runs fixity;
- the clerk or the administrator configures the retention schedule;
- only the leader approves a disposal; the leader or the clerk places and releases legal holds.
"""

from __future__ import annotations

from enum import StrEnum

from server.auth.principal import Principal
from server.core.errors import PermissionDenied
from server.core.permissions import Role


class ArchiveAction(StrEnum):
    """An archive use case's permission."""

    READ = "archive.read"
    PLAN_CATALOGUE = "archive.catalogue.plan"
    APPROVE_CATALOGUE = "archive.catalogue.approve"
    FILE = "archive.file"
    """Open a dossier, add and remove documents, close it."""
    PRESERVE = "archive.preserve"
    """Pack, transfer, export, verify, fixity sweeps, signature renewal."""
    HOLD = "archive.hold"
    SCHEDULE = "archive.schedule"
    """Configure the retention schedule."""
    APPROVE_DISPOSAL = "archive.disposal.approve"
    DISPOSE = "archive.dispose"


ACTION_ROLES: dict[ArchiveAction, frozenset[Role]] = {
    ArchiveAction.READ: frozenset(
        {Role.CLERK, Role.OFFICER, Role.UNIT_HEAD, Role.LEADER, Role.ADMIN}),
    ArchiveAction.PLAN_CATALOGUE: frozenset({Role.CLERK, Role.UNIT_HEAD}),
    ArchiveAction.APPROVE_CATALOGUE: frozenset({Role.LEADER}),
    ArchiveAction.FILE: frozenset({Role.OFFICER, Role.UNIT_HEAD, Role.CLERK}),
    ArchiveAction.PRESERVE: frozenset({Role.CLERK}),
    ArchiveAction.HOLD: frozenset({Role.LEADER, Role.CLERK}),
    ArchiveAction.SCHEDULE: frozenset({Role.CLERK, Role.ADMIN}),
    ArchiveAction.APPROVE_DISPOSAL: frozenset({Role.LEADER}),
    ArchiveAction.DISPOSE: frozenset({Role.CLERK}),
}
"""The roles allowed each action; the access-matrix test reads this table."""


def can(principal: Principal, action: ArchiveAction) -> bool:
    """Whether the principal holds a role allowed the action."""
    return bool(principal.roles & ACTION_ROLES[action])


def require(principal: Principal, action: ArchiveAction) -> None:
    """Raise PermissionDenied unless allowed."""
    if not can(principal, action):
        raise PermissionDenied(f"requires {action.value}")


def require_dossier_editor(principal: Principal, *, opened_by: int) -> None:
    """Filing in a dossier: officers only in their own, unit heads and clerks in any."""
    require(principal, ArchiveAction.FILE)
    if principal.roles & {Role.UNIT_HEAD, Role.CLERK}:
        return
    if principal.user_id != opened_by:
        raise PermissionDenied("an officer files only in the dossiers they opened")


def actor_name(principal: Principal) -> str:
    """How the archive core records a person (metadata, disposal records)."""
    return f"{principal.full_name} ({principal.username})"
