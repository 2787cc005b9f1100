"""What the server returns, as frozen dataclasses (never raw dicts past ``desktop/api``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop.api.errors import ProtocolError


class Role(StrEnum):
    """The roles a person can hold (the server's names; the interface shows Vietnamese)."""

    ADMIN = "admin"
    CLERK = "clerk"
    OFFICER = "officer"
    UNIT_HEAD = "unit_head"
    LEADER = "leader"
    CABINET_MEMBER = "cabinet_member"
    MEETING_SECRETARY = "meeting_secretary"


def parse_time(value: Any) -> datetime:
    """An ISO 8601 time from the server."""
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ProtocolError(f"not a time: {value!r}") from exc


def _opt(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return None if value is None else str(value)


@dataclass(frozen=True)
class Health:
    """The server's liveness answer."""

    status: str
    database: str
    version: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Health:
        """Read the API shape."""
        return cls(str(data["status"]), str(data["database"]), str(data["version"]))


@dataclass(frozen=True)
class LoginResult:
    """A fresh session."""

    access_token: str
    expires_at: datetime
    user_id: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LoginResult:
        """Read the API shape."""
        return cls(str(data["access_token"]), parse_time(data["expires_at"]),
                   int(data["user_id"]))


@dataclass(frozen=True)
class Agency:
    """The agency the server serves."""

    organ_id: str
    name: str
    short_name: str
    parent_name: str | None = None
    address: str | None = None
    place_name: str | None = None
    email: str | None = None
    phone: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Agency:
        """Read the API shape."""
        return cls(str(data["organ_id"]), str(data["name"]), str(data["short_name"]),
                   *(_opt(data, k) for k in ("parent_name", "address", "place_name", "email",
                                             "phone")))


@dataclass(frozen=True)
class Unit:
    """A unit of the agency (vụ, cục, phòng)."""

    id: int
    code: str
    name: str
    parent_id: int | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Unit:
        """Read the API shape."""
        parent = data.get("parent_id")
        return cls(int(data["id"]), str(data["code"]), str(data["name"]),
                   None if parent is None else int(parent))


@dataclass(frozen=True)
class UserSummary:
    """A person of the agency as others see them."""

    id: int
    username: str
    full_name: str
    position: str | None
    email: str | None
    unit_id: int | None
    is_active: bool
    roles: tuple[str, ...]
    has_signature_image: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UserSummary:
        """Read the API shape."""
        unit = data.get("unit_id")
        return cls(
            id=int(data["id"]), username=str(data["username"]), full_name=str(data["full_name"]),
            position=_opt(data, "position"), email=_opt(data, "email"),
            unit_id=None if unit is None else int(unit), is_active=bool(data["is_active"]),
            roles=tuple(str(r) for r in data.get("roles", ())),
            has_signature_image=bool(data.get("has_signature_image", False)),
        )

    def has_role(self, role: Role | str) -> bool:
        """Whether the person holds a role."""
        return str(role) in self.roles


@dataclass(frozen=True)
class Me:
    """The signed-in person, their agency and what they may do."""

    user: UserSummary
    agency: Agency
    permissions: frozenset[str]
    password_changed_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Me:
        """Read the API shape."""
        return cls(UserSummary.from_json(data), Agency.from_json(data["agency"]),
                   frozenset(str(p) for p in data.get("permissions", ())),
                   parse_time(data["password_changed_at"]))

    @property
    def is_admin(self) -> bool:
        """Holds the administrator role."""
        return self.user.has_role(Role.ADMIN)

    def can(self, permission: str) -> bool:
        """Whether the server granted a permission (e.g. ``audit.read``)."""
        return permission in self.permissions


@dataclass(frozen=True)
class NewUser:
    """A person to create."""

    username: str
    full_name: str
    password: str
    roles: tuple[str, ...]
    unit_id: int | None = None
    position: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class UserChanges:
    """Changes to a person; ``None`` leaves a field as it is."""

    full_name: str | None = None
    position: str | None = None
    email: str | None = None
    unit_id: int | None = None
    roles: tuple[str, ...] | None = None
    is_active: bool | None = None


@dataclass(frozen=True)
class Certificate:
    """A signing certificate bound to a person."""

    id: int
    fingerprint_sha256: str
    subject: str
    issuer: str
    serial_number: str
    not_before: datetime
    not_after: datetime
    added_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Certificate:
        """Read the API shape."""
        return cls(int(data["id"]), str(data["fingerprint_sha256"]), str(data["subject"]),
                   str(data["issuer"]), str(data["serial_number"]),
                   parse_time(data["not_before"]), parse_time(data["not_after"]),
                   parse_time(data["added_at"]))


@dataclass(frozen=True)
class AuditEntry:
    """One entry of the hash-chained audit log."""

    seq: int
    at: datetime
    actor_id: int | None
    action: str
    object_type: str
    object_id: str | None
    hash: str
    before: dict[str, Any] | None = field(default=None, compare=False)
    after: dict[str, Any] | None = field(default=None, compare=False)
    details: dict[str, Any] | None = field(default=None, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuditEntry:
        """Read the API shape."""
        actor = data.get("actor_id")
        return cls(int(data["seq"]), parse_time(data["at"]), None if actor is None else int(actor),
                   str(data["action"]), str(data["object_type"]), _opt(data, "object_id"),
                   str(data["hash"]), data.get("before"), data.get("after"), data.get("details"))


@dataclass(frozen=True)
class AuditVerification:
    """The outcome of verifying the audit chain end to end."""

    ok: bool
    entries_checked: int
    problems: tuple[str, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuditVerification:
        """Read the API shape."""
        problems = tuple(
            f"{p.get('seq')}: {p.get('kind')}: {p.get('explanation')}"
            for p in data.get("problems", ())
        )
        return cls(bool(data["ok"]), int(data["entries_checked"]), problems)


@dataclass(frozen=True)
class LiveEvent:
    """An event from the server's live stream."""

    id: int
    at: datetime
    kind: str
    payload: dict[str, Any] = field(compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LiveEvent:
        """Read the ``data:`` JSON of an event."""
        payload = data.get("payload")
        return cls(int(data["id"]), parse_time(data["at"]), str(data["kind"]),
                   dict(payload) if isinstance(payload, dict) else {})
