"""Who is making a request, as the service layer sees it."""

from __future__ import annotations

from dataclasses import dataclass

from server.core.errors import PermissionDenied
from server.core.permissions import Permission, Role, permissions_of


@dataclass(frozen=True)
class Principal:
    """The authenticated user behind a request."""

    user_id: int
    username: str
    full_name: str
    agency_id: int
    unit_id: int | None
    roles: frozenset[Role]
    token_id: int | None = None
    handles_confidential: bool = False
    """A clerk entrusted with the confidential register."""

    def has_role(self, role: Role) -> bool:
        """Whether the user holds a role."""
        return role in self.roles

    def can(self, permission: Permission) -> bool:
        """Whether any of the user's roles grants a permission."""
        return permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the user has the permission."""
        if not self.can(permission):
            raise PermissionDenied(f"requires {permission.value}")
