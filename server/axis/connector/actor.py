"""The connector's own account: incoming documents from the axis are received in its name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core import audit
from server.core.permissions import Role
from server.users.service import get_agency
from server.users.tables import User, UserRole

USERNAME = "truc-lien-thong"
FULL_NAME = "Trục liên thông văn bản quốc gia"


def axis_principal(db_session: Session) -> Principal:
    """The connector as a clerk; its account is created (disabled, no usable password) once."""
    user = db_session.scalars(select(User).where(User.username == USERNAME)).first()
    if user is None:
        agency = get_agency(db_session)
        # "!" is no argon2 hash: no password ever matches it, and the account is disabled.
        user = User(agency_id=agency.id, username=USERNAME, full_name=FULL_NAME,
                    password_hash="!", is_active=False, handles_confidential=True,
                    roles=[UserRole(role=Role.CLERK.value)])
        db_session.add(user)
        db_session.flush()
        audit.record(db_session, actor_id=None, action="user.created", object_type="user",
                     object_id=user.id, after={"username": USERNAME, "system": True})
    return Principal(user_id=user.id, username=user.username, full_name=user.full_name,
                     agency_id=user.agency_id, unit_id=None, roles=frozenset({Role.CLERK}),
                     handles_confidential=True)
