"""The server's error tree. Each error has a stable code, an HTTP status and a message key.

Services raise these; ``server.core.problems`` maps them (and the domain cores' roots) to RFC 9457
problem details in one place. Routers never build HTTP errors for domain failures.
"""

from __future__ import annotations

from typing import Any


class PhigiayError(Exception):
    """Root of every error the server reports to a client."""

    status: int = 400
    code: str = "bad_request"

    def __init__(self, detail: str | None = None, **params: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


class NotAuthenticated(PhigiayError):
    """No valid credentials: missing, unknown, expired or revoked token."""

    status, code = 401, "not_authenticated"


class InvalidCredentials(PhigiayError):
    """The user name or the password is wrong (never says which)."""

    status, code = 401, "invalid_credentials"


class AccountLocked(PhigiayError):
    """Too many failed logins; the account is locked until a time."""

    status, code = 423, "account_locked"


class AccountDisabled(PhigiayError):
    """The account was disabled by an administrator."""

    status, code = 403, "account_disabled"


class PermissionDenied(PhigiayError):
    """The user is authenticated but may not do this."""

    status, code = 403, "permission_denied"


class NotFound(PhigiayError):
    """The object does not exist, or the user may not know it exists."""

    status, code = 404, "not_found"


class Conflict(PhigiayError):
    """The request clashes with the current state (duplicate name, already done…)."""

    status, code = 409, "conflict"


class ValidationFailed(PhigiayError):
    """The request is well-formed but its content breaks a rule."""

    status, code = 422, "validation_failed"


class WeakPassword(ValidationFailed):
    """The new password does not meet the policy."""

    code = "weak_password"


class PayloadTooLarge(PhigiayError):
    """The body or the file exceeds the configured limit."""

    status, code = 413, "payload_too_large"


class UnsupportedMediaType(PhigiayError):
    """The uploaded content is not of an accepted kind."""

    status, code = 415, "unsupported_media_type"


class StoreCorrupted(PhigiayError):
    """A stored file no longer matches its hash."""

    status, code = 500, "store_corrupted"


class IllegalTransition(Conflict):
    """The document (or other object) is not in a state that allows this step."""

    code = "illegal_transition"


class StaleVersion(Conflict):
    """An upload was based on a file that someone else has replaced meanwhile."""

    code = "stale_version"


class IdempotencyKeyMismatch(Conflict):
    """An ``Idempotency-Key`` already named a document made from a different file."""

    code = "idempotency_key_mismatch"


class AlreadyReceived(Conflict):
    """The file was already received as a document this user may not see (confidential)."""

    code = "already_received"
