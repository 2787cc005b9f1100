"""Use cases of the agency, its units and its people. Each public function is one transaction.

``actor=None`` means the administrator at the server's console (``phigiay-server`` commands):
whoever can run them already holds the data directory and the database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.auth.passwords import Passwords
from server.auth.principal import Principal
from server.auth.service import revoke_all_tokens
from server.core import audit
from server.core.errors import Conflict, NotFound, ValidationFailed
from server.core.events import Audience, publish
from server.core.permissions import Permission, Role
from server.users.tables import Agency, Unit, User, UserRole

ORGAN_ID = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def _require(actor: Principal | None, permission: Permission) -> None:
    if actor is not None:
        actor.require(permission)


def _actor_id(actor: Principal | None) -> int | None:
    return None if actor is None else actor.user_id


def validate_organ_id(organ_id: str) -> str:
    """Check the QCVN 102 shape of an organ id, e.g. ``000.00.00.G22``."""
    if not ORGAN_ID.fullmatch(organ_id):
        raise ValidationFailed(f"organ id {organ_id!r} is not in the form 000.00.00.G22")
    return organ_id


@dataclass(frozen=True)
class AgencyFields:
    """What describes an agency."""

    organ_id: str
    name: str
    short_name: str
    parent_name: str | None = None
    address: str | None = None
    place_name: str | None = None
    email: str | None = None
    phone: str | None = None


def _agency_snapshot(agency: Agency) -> dict[str, str | None]:
    return {"organ_id": agency.organ_id, "name": agency.name, "short_name": agency.short_name,
            "parent_name": agency.parent_name, "address": agency.address,
            "place_name": agency.place_name, "email": agency.email, "phone": agency.phone}


def create_agency(db_session: Session, *, fields: AgencyFields) -> Agency:
    """Create the agency this server serves (once, at ``init``)."""
    if db_session.scalars(select(Agency)).first() is not None:
        raise Conflict("this server already has its agency")
    agency = Agency(**{**fields.__dict__, "organ_id": validate_organ_id(fields.organ_id)})
    db_session.add(agency)
    db_session.flush()
    audit.record(db_session, actor_id=None, action="agency.created", object_type="agency",
                 object_id=agency.id, after=_agency_snapshot(agency))
    db_session.commit()
    return agency


def get_agency(db_session: Session) -> Agency:
    """The agency of this server."""
    agency = db_session.scalars(select(Agency).order_by(Agency.id)).first()
    if agency is None:
        raise NotFound("the server has not been initialised (phigiay-server init)")
    return agency


def update_agency(db_session: Session, *, actor: Principal, fields: AgencyFields) -> Agency:
    """Change the agency's description (administrators)."""
    actor.require(Permission.AGENCY_MANAGE)
    agency = get_agency(db_session)
    before = _agency_snapshot(agency)
    validate_organ_id(fields.organ_id)
    for name, value in fields.__dict__.items():
        setattr(agency, name, value)
    audit.record(db_session, actor_id=actor.user_id, action="agency.updated",
                 object_type="agency", object_id=agency.id, before=before,
                 after=_agency_snapshot(agency))
    db_session.commit()
    return agency


def create_unit(
    db_session: Session, *, actor: Principal | None, code: str, name: str,
    parent_id: int | None = None,
) -> Unit:
    """Add a unit to the agency's tree."""
    _require(actor, Permission.USER_MANAGE)
    agency = get_agency(db_session)
    if parent_id is not None and db_session.get(Unit, parent_id) is None:
        raise ValidationFailed(f"parent unit {parent_id} does not exist")
    if db_session.scalars(select(Unit).where(Unit.code == code)).first() is not None:
        raise Conflict(f"unit code {code!r} is taken")
    unit = Unit(agency_id=agency.id, code=code, name=name, parent_id=parent_id)
    db_session.add(unit)
    db_session.flush()
    audit.record(db_session, actor_id=_actor_id(actor), action="unit.created",
                 object_type="unit", object_id=unit.id,
                 after={"code": code, "name": name, "parent_id": parent_id})
    db_session.commit()
    return unit


def list_units(db_session: Session, *, actor: Principal) -> Sequence[Unit]:
    """Every unit of the agency, parents before children by id."""
    actor.require(Permission.USER_READ)
    return list_units_all(db_session)


def list_units_all(db_session: Session) -> Sequence[Unit]:
    """Every unit, for the console and for services that already checked access."""
    return db_session.scalars(select(Unit).order_by(Unit.id)).all()


@dataclass(frozen=True)
class NewUser:
    """What an administrator gives to create a user."""

    username: str
    full_name: str
    password: str
    roles: frozenset[Role]
    unit_id: int | None = None
    position: str | None = None
    email: str | None = None


def user_snapshot(user: User) -> dict[str, object]:
    """The audited view of a user (never the password hash)."""
    return {"username": user.username, "full_name": user.full_name, "position": user.position,
            "unit_id": user.unit_id, "email": user.email, "is_active": user.is_active,
            "roles": sorted(user.role_names)}


def create_user(
    db_session: Session, *, passwords: Passwords, actor: Principal | None, new: NewUser
) -> User:
    """Create a user with roles and an initial password."""
    _require(actor, Permission.USER_MANAGE)
    agency = get_agency(db_session)
    username = new.username.strip().lower()
    if not USERNAME.fullmatch(username):
        raise ValidationFailed("user names are 2–64 of a-z, 0-9, '.', '_' and '-'")
    if new.unit_id is not None and db_session.get(Unit, new.unit_id) is None:
        raise ValidationFailed(f"unit {new.unit_id} does not exist")
    if db_session.scalars(select(User).where(User.username == username)).first() is not None:
        raise Conflict(f"user name {username!r} is taken")
    user = User(
        agency_id=agency.id, unit_id=new.unit_id, username=username,
        full_name=new.full_name.strip(), position=new.position, email=new.email,
        password_hash=passwords.hash(new.password),
        roles=[UserRole(role=role.value) for role in sorted(new.roles)],
    )
    db_session.add(user)
    try:
        db_session.flush()
    except IntegrityError as exc:
        raise Conflict(f"user name {username!r} is taken") from exc
    audit.record(db_session, actor_id=_actor_id(actor), action="user.created",
                 object_type="user", object_id=user.id, after=user_snapshot(user))
    publish(db_session, kind="user.created",
            payload={"user_id": user.id, "username": user.username, "full_name": user.full_name},
            audience=Audience(roles=frozenset({Role.ADMIN.value})))
    db_session.commit()
    return user


def get_user(db_session: Session, *, actor: Principal, user_id: int) -> User:
    """One user of the agency."""
    if actor.user_id != user_id:
        actor.require(Permission.USER_READ)
    user = db_session.get(User, user_id)
    if user is None or user.agency_id != actor.agency_id:
        raise NotFound(f"user {user_id}")
    return user


def list_users(
    db_session: Session, *, actor: Principal, unit_id: int | None = None,
    role: Role | None = None,
) -> Sequence[User]:
    """The agency's users, optionally of one unit or role, by full name."""
    actor.require(Permission.USER_READ)
    query = select(User).where(User.agency_id == actor.agency_id)
    if unit_id is not None:
        query = query.where(User.unit_id == unit_id)
    if role is not None:
        query = query.join(UserRole).where(UserRole.role == role.value)
    return db_session.scalars(query.order_by(User.full_name, User.id)).all()


@dataclass(frozen=True)
class UserChanges:
    """Fields an administrator may change; ``None`` leaves a field as it is."""

    full_name: str | None = None
    position: str | None = None
    email: str | None = None
    unit_id: int | None = None
    roles: frozenset[Role] | None = None
    is_active: bool | None = None


def update_user(
    db_session: Session, *, actor: Principal, user_id: int, changes: UserChanges
) -> User:
    """Change a user's description, unit, roles or active flag (administrators)."""
    actor.require(Permission.USER_MANAGE)
    user = get_user(db_session, actor=actor, user_id=user_id)
    before = user_snapshot(user)
    if changes.unit_id is not None and db_session.get(Unit, changes.unit_id) is None:
        raise ValidationFailed(f"unit {changes.unit_id} does not exist")
    if changes.roles is not None and user.id == actor.user_id and Role.ADMIN not in changes.roles:
        raise ValidationFailed("administrators cannot remove their own admin role")
    for name in ("full_name", "position", "email", "unit_id", "is_active"):
        value = getattr(changes, name)
        if value is not None:
            setattr(user, name, value)
    if changes.roles is not None:
        user.roles = [UserRole(role=role.value) for role in sorted(changes.roles)]
    if changes.is_active is False:
        revoke_all_tokens(db_session, user_id=user.id)
    db_session.flush()
    audit.record(db_session, actor_id=actor.user_id, action="user.updated", object_type="user",
                 object_id=user.id, before=before, after=user_snapshot(user))
    db_session.commit()
    return user


def reset_password(
    db_session: Session, *, passwords: Passwords, actor: Principal | None, user_id: int,
    new_password: str,
) -> None:
    """Set a user's password, unlock the account and sign out every session."""
    _require(actor, Permission.USER_MANAGE)
    user = db_session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id}")
    user.password_hash = passwords.hash(new_password)
    user.failed_logins, user.locked_until = 0, None
    revoked = revoke_all_tokens(db_session, user_id=user.id)
    audit.record(db_session, actor_id=_actor_id(actor), action="user.password_reset",
                 object_type="user", object_id=user.id, details={"tokens_revoked": revoked})
    db_session.commit()
