"""Roles and the permissions they grant. Checked in the service layer, never in routes."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    """The roles a person can hold in an agency (glossary: clerk = văn thư, …)."""

    ADMIN = "admin"
    CLERK = "clerk"
    OFFICER = "officer"
    UNIT_HEAD = "unit_head"
    LEADER = "leader"
    CABINET_MEMBER = "cabinet_member"
    MEETING_SECRETARY = "meeting_secretary"


class Permission(StrEnum):
    """What a use case requires; roles map onto these below."""

    USER_MANAGE = "user.manage"
    USER_READ = "user.read"
    AGENCY_MANAGE = "agency.manage"
    AUDIT_READ = "audit.read"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CLERK: frozenset({Permission.USER_READ}),
    Role.OFFICER: frozenset({Permission.USER_READ}),
    Role.UNIT_HEAD: frozenset({Permission.USER_READ}),
    Role.LEADER: frozenset({Permission.USER_READ, Permission.AUDIT_READ}),
    Role.CABINET_MEMBER: frozenset({Permission.USER_READ}),
    Role.MEETING_SECRETARY: frozenset({Permission.USER_READ}),
}


def permissions_of(roles: Iterable[Role | str]) -> frozenset[Permission]:
    """Every permission granted by a set of roles."""
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS.get(Role(role), frozenset())
    return frozenset(granted)
