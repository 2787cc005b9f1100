"""A person's handwritten-signature image, shown in the visible signature stamp."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.core import audit
from server.core.errors import NotFound, UnsupportedMediaType, ValidationFailed
from server.core.files import store_file
from server.core.store import FileStore
from server.users.service import get_user
from server.users.tables import User

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIDE = 2000


def _check_png(data: bytes) -> None:
    if not data.startswith(PNG_MAGIC):
        raise UnsupportedMediaType("the signature image must be a PNG")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            width, height, mode = image.width, image.height, image.mode
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise UnsupportedMediaType("the PNG file is damaged") from exc
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ValidationFailed(f"the image is larger than {MAX_SIDE}×{MAX_SIDE} pixels")
    if mode not in ("RGBA", "LA", "P"):
        raise ValidationFailed("the signature image needs a transparent background")


def set_signature_image(
    db_session: Session, *, store: FileStore, actor: Principal, data: bytes
) -> str:
    """Store the caller's signature image and bind it to them; returns its SHA-256."""
    _check_png(data)
    user = db_session.get(User, actor.user_id)
    if user is None:
        raise NotFound("user")
    stored = store_file(db_session, store=store, source=io.BytesIO(data), media_type="image/png")
    before = user.signature_image_sha256
    user.signature_image_sha256 = stored.sha256
    audit.record(db_session, actor_id=actor.user_id, action="user.signature_image_set",
                 object_type="user", object_id=user.id,
                 before={"sha256": before}, after={"sha256": stored.sha256})
    db_session.commit()
    return stored.sha256


def get_signature_image(
    db_session: Session, *, store: FileStore, actor: Principal, user_id: int
) -> bytes:
    """A user's signature image (the user themself, or anyone who may read users)."""
    user = get_user(db_session, actor=actor, user_id=user_id)
    if user.signature_image_sha256 is None:
        raise NotFound("no signature image")
    return store.read(user.signature_image_sha256)
