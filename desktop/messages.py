"""What to tell the user when something failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.api import errors
from desktop.labels import localize_times


def error_text(exc: BaseException) -> str:
    """A sentence for the user: the server's own localized message, or ours for the network."""
    if isinstance(exc, errors.RequestTimedOut):
        return QCoreApplication.translate(
            "Errors", "The server did not answer in time. Try again in a moment.")
    if isinstance(exc, errors.ConnectionFailed):
        return QCoreApplication.translate(
            "Errors", "The server cannot be reached. Check its address and the network.")
    if isinstance(exc, errors.ProtocolError):
        return QCoreApplication.translate(
            "Errors", "The server's answer was not understood. Is this a phigiay server?")
    if isinstance(exc, errors.ApiError) and exc.message:
        return localize_times(exc.message)
    if isinstance(exc, errors.ApiError):
        return QCoreApplication.translate("Errors", "The server refused the request ({code}).") \
            .format(code=exc.code)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "The file could not be read: {error}") \
            .format(error=exc.strerror or str(exc))
    return QCoreApplication.translate("Errors", "Unexpected error: {error}").format(error=exc)
