"""API shapes of the agency, units, users and certificates."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from server.core.permissions import Role


class AgencyOut(BaseModel):
    """The agency this server serves."""

    model_config = ConfigDict(from_attributes=True)
    organ_id: str
    name: str
    short_name: str
    parent_name: str | None
    address: str | None
    place_name: str | None
    email: str | None
    phone: str | None


class AgencyIn(BaseModel):
    """A new description of the agency."""

    model_config = ConfigDict(extra="forbid")
    organ_id: str = Field(pattern=r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")
    name: str = Field(min_length=1, max_length=200)
    short_name: str = Field(min_length=1, max_length=20)
    parent_name: str | None = Field(default=None, max_length=200)
    address: str | None = Field(default=None, max_length=300)
    place_name: str | None = Field(default=None, max_length=100)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=50)


class UnitOut(BaseModel):
    """A unit of the agency."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    code: str
    name: str
    parent_id: int | None


class UnitIn(BaseModel):
    """A unit to create."""

    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1, max_length=30)
    name: str = Field(min_length=1, max_length=200)
    parent_id: int | None = None


class UserOut(BaseModel):
    """A user as others see them."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    username: str
    full_name: str
    position: str | None
    email: str | None
    unit_id: int | None
    is_active: bool
    roles: list[Role]
    has_signature_image: bool


class MeOut(UserOut):
    """The signed-in user, with what they may do."""

    agency: AgencyOut
    permissions: list[str]
    password_changed_at: datetime


class UserIn(BaseModel):
    """A user to create."""

    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=2, max_length=64)
    full_name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=256)
    roles: list[Role] = Field(min_length=1)
    unit_id: int | None = None
    position: str | None = Field(default=None, max_length=100)
    email: str | None = Field(default=None, max_length=200)


class UserPatch(BaseModel):
    """Changes to a user; absent fields stay as they are."""

    model_config = ConfigDict(extra="forbid")
    full_name: str | None = Field(default=None, min_length=1, max_length=100)
    position: str | None = Field(default=None, max_length=100)
    email: str | None = Field(default=None, max_length=200)
    unit_id: int | None = None
    roles: list[Role] | None = Field(default=None, min_length=1)
    is_active: bool | None = None


class PasswordReset(BaseModel):
    """A new password set by an administrator."""

    model_config = ConfigDict(extra="forbid")
    new_password: str = Field(min_length=1, max_length=256)


class CertificateOut(BaseModel):
    """A certificate bound to a user."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    fingerprint_sha256: str
    subject: str
    issuer: str
    serial_number: str
    not_before: datetime
    not_after: datetime
    added_at: datetime


class StoredImageOut(BaseModel):
    """A stored image's hash."""

    sha256: str
