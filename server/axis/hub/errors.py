"""Hub failures: each maps to one HTTP status and a stable problem code."""

from __future__ import annotations


class HubError(Exception):
    """Root of the hub's refusals."""

    status = 400
    code = "bad_request"

    def __init__(self, detail: str, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotAuthenticated(HubError):
    """Missing or wrong credentials."""

    status, code = 401, "not_authenticated"


class Forbidden(HubError):
    """Authenticated, but not allowed (e.g. sending as another organ)."""

    status, code = 403, "permission_denied"


class NotFound(HubError):
    """No such message for this agency."""

    status, code = 404, "not_found"


class Conflict(HubError):
    """Already registered, or a message id reused for different bytes."""

    status, code = 409, "conflict"


class UnknownRecipients(HubError):
    """Some addressees are not registered; nothing was stored."""

    status, code = 422, "unknown_organ_id"


class PayloadTooLarge(HubError):
    """The message is over the hub's size limit."""

    status, code = 413, "payload_too_large"
