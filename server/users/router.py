"""Routes of the agency, its units, its users and their certificates and signature images."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Response, UploadFile, status

from server.core.deps import Context, CurrentUser, DbSession
from server.core.errors import PayloadTooLarge
from server.core.permissions import Role, permissions_of
from server.users import certificates as certificate_service
from server.users import service as user_service
from server.users import signature_images
from server.users.schemas import (
    AgencyIn,
    AgencyOut,
    CertificateOut,
    MeOut,
    PasswordReset,
    StoredImageOut,
    UnitIn,
    UnitOut,
    UserIn,
    UserOut,
    UserPatch,
)
from server.users.tables import User

router = APIRouter(tags=["users"])

MAX_SMALL_UPLOAD = 2 * 1024 * 1024


def _user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id, username=user.username, full_name=user.full_name, position=user.position,
        email=user.email, unit_id=user.unit_id, is_active=user.is_active,
        roles=sorted(Role(name) for name in user.role_names),
        has_signature_image=user.signature_image_sha256 is not None,
    )


def _read_small(upload: UploadFile) -> bytes:
    data = upload.file.read(MAX_SMALL_UPLOAD + 1)
    if len(data) > MAX_SMALL_UPLOAD:
        raise PayloadTooLarge(limit=MAX_SMALL_UPLOAD)
    return data


@router.get("/me", response_model=MeOut)
def me(db_session: DbSession, principal: CurrentUser) -> MeOut:
    """The signed-in user, their agency, roles and permissions."""
    user = user_service.get_user(db_session, actor=principal, user_id=principal.user_id)
    agency = user_service.get_agency(db_session)
    return MeOut(
        **_user_out(user).model_dump(),
        agency=AgencyOut.model_validate(agency),
        permissions=sorted(p.value for p in permissions_of(principal.roles)),
        password_changed_at=user.password_changed_at,
    )


@router.get("/agency", response_model=AgencyOut)
def get_agency(db_session: DbSession) -> AgencyOut:
    """The agency this server serves."""
    return AgencyOut.model_validate(user_service.get_agency(db_session))


@router.put("/agency", response_model=AgencyOut)
def update_agency(body: AgencyIn, db_session: DbSession, principal: CurrentUser) -> AgencyOut:
    """Change the agency's description (administrators)."""
    fields = user_service.AgencyFields(**body.model_dump())
    agency = user_service.update_agency(db_session, actor=principal, fields=fields)
    return AgencyOut.model_validate(agency)


@router.get("/units", response_model=list[UnitOut])
def list_units(db_session: DbSession, principal: CurrentUser) -> list[UnitOut]:
    """Every unit of the agency."""
    units = user_service.list_units(db_session, actor=principal)
    return [UnitOut.model_validate(unit) for unit in units]


@router.post("/units", response_model=UnitOut, status_code=status.HTTP_201_CREATED)
def create_unit(body: UnitIn, db_session: DbSession, principal: CurrentUser) -> UnitOut:
    """Add a unit (administrators)."""
    unit = user_service.create_unit(db_session, actor=principal, code=body.code, name=body.name,
                                    parent_id=body.parent_id)
    return UnitOut.model_validate(unit)


@router.get("/users", response_model=list[UserOut])
def list_users(db_session: DbSession, principal: CurrentUser, unit_id: int | None = None,
               role: Role | None = None) -> list[UserOut]:
    """The agency's users, optionally of one unit or role."""
    users = user_service.list_users(db_session, actor=principal, unit_id=unit_id, role=role)
    return [_user_out(user) for user in users]


@router.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED)
def create_user(body: UserIn, db_session: DbSession, principal: CurrentUser,
                context: Context) -> UserOut:
    """Create a user (administrators)."""
    new = user_service.NewUser(
        username=body.username, full_name=body.full_name, password=body.password,
        roles=frozenset(body.roles), unit_id=body.unit_id, position=body.position,
        email=body.email,
    )
    user = user_service.create_user(db_session, passwords=context.passwords, actor=principal,
                                    new=new)
    return _user_out(user)


@router.get("/users/{user_id}", response_model=UserOut)
def get_user(user_id: int, db_session: DbSession, principal: CurrentUser) -> UserOut:
    """One user."""
    return _user_out(user_service.get_user(db_session, actor=principal, user_id=user_id))


@router.patch("/users/{user_id}", response_model=UserOut)
def update_user(user_id: int, body: UserPatch, db_session: DbSession,
                principal: CurrentUser) -> UserOut:
    """Change a user's description, unit, roles or active flag (administrators)."""
    values = body.model_dump(exclude_unset=True)
    if "roles" in values and values["roles"] is not None:
        values["roles"] = frozenset(values["roles"])
    user = user_service.update_user(db_session, actor=principal, user_id=user_id,
                                    changes=user_service.UserChanges(**values))
    return _user_out(user)


@router.post("/users/{user_id}/password", status_code=status.HTTP_204_NO_CONTENT)
def reset_password(user_id: int, body: PasswordReset, db_session: DbSession,
                   principal: CurrentUser, context: Context) -> None:
    """Set a user's password and unlock the account (administrators)."""
    user_service.reset_password(db_session, passwords=context.passwords, actor=principal,
                                user_id=user_id, new_password=body.new_password)


@router.get("/users/{user_id}/certificates", response_model=list[CertificateOut])
def list_certificates(user_id: int, db_session: DbSession,
                      principal: CurrentUser) -> list[CertificateOut]:
    """Certificates bound to a user."""
    rows = certificate_service.list_certificates(db_session, actor=principal, user_id=user_id)
    return [CertificateOut.model_validate(row) for row in rows]


@router.post("/users/{user_id}/certificates", response_model=CertificateOut,
             status_code=status.HTTP_201_CREATED)
def bind_certificate(user_id: int, db_session: DbSession, principal: CurrentUser,
                     file: Annotated[UploadFile, File()]) -> CertificateOut:
    """Bind a certificate (PEM or DER) to a user: the user themself or an administrator."""
    row = certificate_service.bind_certificate(db_session, actor=principal, user_id=user_id,
                                               data=_read_small(file))
    return CertificateOut.model_validate(row)


@router.delete("/users/{user_id}/certificates/{certificate_id}",
               status_code=status.HTTP_204_NO_CONTENT)
def unbind_certificate(user_id: int, certificate_id: int, db_session: DbSession,
                       principal: CurrentUser) -> None:
    """Stop attributing a certificate to a user."""
    certificate_service.unbind_certificate(db_session, actor=principal, user_id=user_id,
                                           certificate_id=certificate_id)


@router.put("/me/signature-image", response_model=StoredImageOut)
def set_signature_image(db_session: DbSession, principal: CurrentUser, context: Context,
                        file: Annotated[UploadFile, File()]) -> StoredImageOut:
    """Upload one's handwritten-signature image (transparent PNG)."""
    sha256 = signature_images.set_signature_image(
        db_session, store=context.store, actor=principal, data=_read_small(file)
    )
    return StoredImageOut(sha256=sha256)


@router.get("/users/{user_id}/signature-image", response_class=Response,
            responses={200: {"content": {"image/png": {}}}})
def get_signature_image(user_id: int, db_session: DbSession, principal: CurrentUser,
                        context: Context) -> Response:
    """A user's signature image."""
    data = signature_images.get_signature_image(db_session, store=context.store,
                                                actor=principal, user_id=user_id)
    return Response(content=data, media_type="image/png")
