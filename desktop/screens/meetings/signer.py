"""Signing in the meeting room: named ballots, opinion-ballot answers and the minutes.

The key stays on this computer: the signing identity chosen in the client's sign dialog
(``desktop.signing``: a token or a PKCS#12 file), or a PKCS#12 file picked here when none is
chosen yet. ``KeyProvider`` is all the screens know, so tests and other key sources plug in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop.context import ScreenContext
from desktop.signing.errors import SigningSetupError
from desktop.signing.identity import KeySource, OpenedKey, SigningIdentity, open_identity
from signing import PadesLevel, SigningError, SignOptions, approve, sign_pdf
from signing.keys import SigningKey

KeyProvider = Callable[[], SigningKey | None]
"""Returns the signer's key, or None when they cancel."""

MINUTES_FIELDS = {"chair": "ChairSignature", "secretary": "SecretarySignature"}
"""The signature field each signer of the minutes fills."""


def ask_key(context: ScreenContext, parent: QWidget) -> KeyProvider:
    """A key provider that opens the chosen identity (asking for the PIN or passphrase once).

    The opened key is kept while ``parent`` lives, so a token's PIN is entered once for all the
    votes of a session; its token session is closed when ``parent`` is destroyed.
    """
    opened: list[OpenedKey] = []

    def close_all(*_args: object) -> None:
        for key in opened:
            key.close()

    parent.destroyed.connect(close_all)

    def provide() -> SigningKey | None:
        if opened:
            return opened[0].key
        identity = SigningIdentity.from_settings(context.settings)
        if not identity.complete:
            path = context.pick_file(
                QCoreApplication.translate("MeetingSigner", "Choose your signing certificate"),
                "PKCS#12 (*.p12 *.pfx)")
            if path is None:
                return None
            identity = SigningIdentity(KeySource.PKCS12, pkcs12_path=str(path))
        prompt = (QCoreApplication.translate("MeetingSigner", "Token PIN:")
                  if identity.source is KeySource.TOKEN
                  else QCoreApplication.translate("MeetingSigner", "Passphrase:"))
        secret, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("MeetingSigner", "Sign"), prompt,
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        opened.append(open_identity(identity, secret))
        return opened[0].key

    return provide


KEY_FAILURES = (SigningError, SigningSetupError, OSError)
"""Why opening a key fails: wrong PIN or passphrase, missing token or file."""


def sign_payload(key: SigningKey, payload: bytes) -> bytes:
    """A detached CMS signature over a canonical payload (named ballot, ballot answer)."""
    return approve(payload, key).cms


def sign_minutes(key: SigningKey, pdf: bytes, role: str) -> bytes:
    """Add my PAdES signature to the minutes as an incremental update."""
    return sign_pdf(pdf, key, SignOptions(level=PadesLevel.B_B, field_name=MINUTES_FIELDS[role]))
