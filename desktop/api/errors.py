"""One error tree for everything the server (or the network) can answer with.

The server speaks RFC 9457 problem details with a stable ``code`` and a ``message`` already
localized to the language the client asked for; that message is what the user reads. Network
failures carry no message: the interface words them (it knows the user's language).
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A request that did not succeed."""

    status: int = 0
    code: str = "api_error"

    def __init__(self, message: str = "", *, status: int | None = None, code: str | None = None,
                 detail: str | None = None, body: dict[str, Any] | None = None) -> None:
        super().__init__(message or code or self.code)
        self.message = message
        """The server's localized message ('' when the server gave none)."""
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code
        self.detail = detail
        self.body: dict[str, Any] = body or {}


class ConnectionFailed(ApiError):
    """The server could not be reached (refused, DNS, TLS)."""

    code = "server_unreachable"


class RequestTimedOut(ConnectionFailed):
    """The server did not answer in time."""

    code = "timeout"


class ProtocolError(ApiError):
    """The server answered something this client does not understand."""

    code = "bad_response"


class NotAuthenticated(ApiError):
    """No valid session: not signed in, expired or revoked token."""

    status, code = 401, "not_authenticated"


class InvalidCredentials(NotAuthenticated):
    """Wrong user name or password."""

    code = "invalid_credentials"


class AccountLocked(ApiError):
    """Too many failed logins; the message says until when."""

    status, code = 423, "account_locked"


class PermissionDenied(ApiError):
    """The signed-in person may not do this."""

    status, code = 403, "permission_denied"


class AccountDisabled(PermissionDenied):
    """The account has been disabled by an administrator."""

    code = "account_disabled"


class NotFound(ApiError):
    """No such object."""

    status, code = 404, "not_found"


class Conflict(ApiError):
    """Clashes with existing data (e.g. a user name already taken)."""

    status, code = 409, "conflict"


class StaleVersion(Conflict):
    """The file was replaced on the server since it was opened for editing."""

    code = "stale_version"


class ValidationFailed(ApiError):
    """The server refused the data."""

    status, code = 422, "validation_failed"


class WeakPassword(ValidationFailed):
    """The new password is too short or too simple."""

    code = "weak_password"


class PayloadTooLarge(ApiError):
    """The upload is over the server's limit."""

    status, code = 413, "payload_too_large"


class UnsupportedMediaType(ApiError):
    """The file's format is not accepted."""

    status, code = 415, "unsupported_media_type"


class ServerError(ApiError):
    """The server failed (5xx)."""

    status, code = 500, "internal_error"


_BY_CODE: dict[str, type[ApiError]] = {
    cls.code: cls
    for cls in (NotAuthenticated, InvalidCredentials, AccountLocked, PermissionDenied,
                AccountDisabled, NotFound, Conflict, StaleVersion, ValidationFailed, WeakPassword,
                PayloadTooLarge, UnsupportedMediaType, ServerError)
}
_BY_STATUS: dict[int, type[ApiError]] = {
    401: NotAuthenticated, 403: PermissionDenied, 404: NotFound, 409: Conflict,
    413: PayloadTooLarge, 415: UnsupportedMediaType, 422: ValidationFailed, 423: AccountLocked,
}


def error_for(status: int, body: dict[str, Any] | None) -> ApiError:
    """The error for a failed response: by the problem's ``code``, else by HTTP status."""
    body = body or {}
    code = str(body.get("code") or "")
    cls = _BY_CODE.get(code) or _BY_STATUS.get(status)
    if cls is None:
        cls = ServerError if status >= 500 else ApiError
    message = body.get("message") or body.get("title") or ""
    detail = body.get("detail")
    return cls(str(message), status=status, code=code or None,
               detail=str(detail) if detail is not None else None, body=body)
