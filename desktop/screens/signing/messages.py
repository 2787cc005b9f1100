"""What to tell the leader when signing failed: one clear sentence naming the problem."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import signing
from desktop.doclabels import format_date
from desktop.messages import error_text
from desktop.signing import errors as setup

translate = QCoreApplication.translate


def _pin_text(exc: signing.PinIncorrect) -> str:
    if exc.retries_hint == "final-try":
        return translate("Signing", "Wrong PIN. One more wrong PIN will lock the token.")
    if exc.retries_hint == "low":
        return translate("Signing", "Wrong PIN. Few tries are left before the token locks.")
    return translate("Signing", "Wrong PIN. Check it and try again.")


def _validity_text(exc: setup.CertificateOutOfValidity) -> str:
    if exc.expired:
        text = translate("Signing",
                         "The certificate of {name} expired on {date}; it can no longer sign.")
        return text.format(name=exc.subject, date=format_date(exc.not_after.date()))
    text = translate("Signing", "The certificate of {name} is only valid from {date}.")
    return text.format(name=exc.subject, date=format_date(exc.not_before.date()))


def _setup_text(exc: setup.SigningSetupError) -> str:
    if isinstance(exc, setup.CertificateOutOfValidity):
        return _validity_text(exc)
    if isinstance(exc, setup.CertificateNotBound):
        text = translate("Signing", "The certificate of {name} (serial {serial}) is not "
                                    "registered to your account. Choose your own certificate, "
                                    "or ask the administrator to bind it.")
        return text.format(name=exc.subject, serial=exc.serial)
    if isinstance(exc, setup.NoTimestampAuthority):
        text = translate("Signing", "Signatures at level {level} need a time-stamping "
                                    "authority, and none is configured on this computer.")
        return text.format(level=exc.level)
    return translate("Signing", "Choose a certificate on a token or a certificate file first.")


def _library_texts() -> list[tuple[type[signing.SigningError], str]]:
    return [
        (signing.PinLocked, translate("Signing", "The token's PIN is locked. Only its security "
                                                 "officer can unlock it.")),
        (signing.TokenNotFound, translate("Signing", "The token is not plugged in. Plug it in "
                                                     "and try again.")),
        (signing.CertificateNotFound, translate("Signing", "The chosen certificate is no longer "
                                                           "on the token.")),
        (signing.KeyNotFound, translate("Signing", "The token holds the certificate but not "
                                                   "its private key.")),
        (signing.TokenError, translate("Signing", "The token did not work: {detail}")),
        (signing.SignerLoadError, translate("Signing", "The certificate file cannot be opened: "
                                                       "wrong passphrase or damaged file.")),
        (signing.TimestampError, translate("Signing", "The time-stamping authority did not "
                                                      "answer; nothing was signed. Try again "
                                                      "later.")),
        (signing.ValidationDataError, translate("Signing", "The certificate's revocation status "
                                                           "could not be confirmed: it may be "
                                                           "revoked, or its authority cannot be "
                                                           "reached.")),
        (signing.UnreadablePdf, translate("Signing", "The document's file is not a PDF that "
                                                     "can be signed.")),
    ]


def _library_text(exc: signing.SigningError) -> str:
    for kind, text in _library_texts():
        if isinstance(exc, kind):
            return text.format(detail=exc)
    return translate("Signing", "Signing failed: {detail}").format(detail=exc)


def signing_error_text(exc: BaseException) -> str:
    """A sentence naming the problem: PIN, token, certificate, time stamp, or the server's own
    localized refusal (wrong signer, revoked or expired certificate)."""
    if isinstance(exc, signing.PinIncorrect):
        return _pin_text(exc)
    if isinstance(exc, setup.SigningSetupError):
        return _setup_text(exc)
    if isinstance(exc, signing.SigningError):
        return _library_text(exc)
    return error_text(exc)


def pin_status_text(status: signing.PinStatus) -> str:
    """What the token says about its PIN, for the line under the certificate."""
    return {
        signing.PinStatus.OK: translate("Signing", "PIN: no wrong attempt recorded."),
        signing.PinStatus.COUNT_LOW: translate("Signing", "A wrong PIN was entered recently: "
                                                          "few tries are left."),
        signing.PinStatus.FINAL_TRY: translate("Signing", "Last try: one more wrong PIN locks "
                                                          "the token."),
        signing.PinStatus.LOCKED: translate("Signing", "The PIN is locked: this token cannot "
                                                       "sign."),
    }[status]
