"""``ApiClient``: the typed HTTP client of the agency server (``/api/v1``).

Blocking by design: screens call it through ``desktop.tasks.run_in_background``, never on the GUI
thread. It is safe to share between worker threads (httpx's pool is thread-safe).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx

from desktop.api import errors
from desktop.api.models import (
    Agency,
    AuditEntry,
    AuditVerification,
    Certificate,
    Health,
    LoginResult,
    Me,
    NewUser,
    Unit,
    UserChanges,
    UserSummary,
)
from desktop.api.office import OfficeRoutes

API_PREFIX = "/api/v1"
CLIENT_NAME = "phigiay-desktop"
T = TypeVar("T")


@dataclass(frozen=True)
class Timeouts:
    """How long to wait for the server, in seconds."""

    connect: float = 5.0
    """Opening the connection."""
    read: float = 20.0
    """Waiting for an answer."""
    write: float = 30.0
    """Sending a request body (uploads)."""

    def as_httpx(self) -> httpx.Timeout:
        """The httpx form."""
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=5.0)


def normalize_server_url(url: str) -> str:
    """``host:port`` or a full URL → ``http(s)://host:port`` without trailing slash or prefix."""
    url = url.strip().rstrip("/")
    if url and "://" not in url:
        url = f"http://{url}"
    if url.endswith(API_PREFIX):
        url = url[: -len(API_PREFIX)]
    return url


class ApiClient(OfficeRoutes):
    """The agency server's API, one method per route (the office workflow's in ``OfficeRoutes``)."""

    def __init__(self, server_url: str, *, language: str = "vi", token: str | None = None,
                 timeouts: Timeouts | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.server_url = normalize_server_url(server_url)
        self.language = language
        self.token = token
        self.timeouts = timeouts or Timeouts()
        self.on_session_expired: Callable[[], object] | None = None
        """Called (on the calling thread) when the server no longer accepts the token."""
        self._http = httpx.Client(base_url=self.server_url + API_PREFIX,
                                  timeout=self.timeouts.as_httpx(), transport=transport)

    def close(self) -> None:
        """Release the connections."""
        self._http.close()

    def headers(self) -> dict[str, str]:
        """Language and authorization headers of every request."""
        headers = {"Accept-Language": self.language}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    # -- plumbing -------------------------------------------------------------------------

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send a request; raise the ``ApiError`` matching a failure."""
        headers = {**self.headers(), **kwargs.pop("headers", {})}
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TimeoutException as exc:
            raise errors.RequestTimedOut(detail=str(exc)) from exc
        except httpx.TransportError as exc:
            raise errors.ConnectionFailed(detail=str(exc)) from exc
        if response.is_error:
            raise self._failure(response, headers)
        return response

    @contextmanager
    def stream(self, method: str, path: str, **kwargs: Any) -> Iterator[httpx.Response]:
        """Send a request whose answer is read piece by piece (``iter_bytes``: large
        downloads); raise the ``ApiError`` matching a failure, as ``request`` does."""
        headers = {**self.headers(), **kwargs.pop("headers", {})}
        try:
            with self._http.stream(method, path, headers=headers, **kwargs) as response:
                if response.is_error:
                    response.read()
                    raise self._failure(response, headers)
                yield response
        except httpx.TimeoutException as exc:
            raise errors.RequestTimedOut(detail=str(exc)) from exc
        except httpx.TransportError as exc:
            raise errors.ConnectionFailed(detail=str(exc)) from exc

    def _failure(self, response: httpx.Response, headers: dict[str, str]) -> errors.ApiError:
        """The error of a failed answer, once the app is told of an expired session."""
        error = errors.error_for(response.status_code, _json_or_none(response))
        if isinstance(error, errors.NotAuthenticated) and \
                not isinstance(error, errors.InvalidCredentials) and \
                "Authorization" in headers and self.on_session_expired is not None:
            self.on_session_expired()
        return error

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError as exc:
            raise errors.ProtocolError(detail=f"{method} {path}: not JSON") from exc

    def _one(self, parse: Callable[[dict[str, Any]], T], method: str, path: str,
             **kwargs: Any) -> T:
        try:
            return parse(self._json(method, path, **kwargs))
        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ProtocolError(detail=f"{method} {path}: {exc!r}") from exc

    def _many(self, parse: Callable[[dict[str, Any]], T], path: str, **kwargs: Any) -> list[T]:
        try:
            return [parse(item) for item in self._json("GET", path, **kwargs)]
        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ProtocolError(detail=f"GET {path}: {exc!r}") from exc

    # -- session --------------------------------------------------------------------------

    def health(self) -> Health:
        """Whether the server and its database answer."""
        return self._one(Health.from_json, "GET", "/health")

    def login(self, username: str, password: str) -> LoginResult:
        """Sign in; the client keeps the token for later calls."""
        body = {"username": username, "password": password, "client": CLIENT_NAME}
        result = self._one(LoginResult.from_json, "POST", "/auth/login", json=body)
        self.token = result.access_token
        return result

    def logout(self) -> None:
        """Revoke the session's token on the server and forget it."""
        try:
            if self.token:
                self.request("POST", "/auth/logout")
        finally:
            self.token = None

    def change_password(self, current_password: str, new_password: str) -> None:
        """Change one's own password (other sessions are signed out)."""
        self.request("POST", "/auth/password", json={"current_password": current_password,
                                                     "new_password": new_password})

    def me(self) -> Me:
        """The signed-in person."""
        return self._one(Me.from_json, "GET", "/me")

    # -- agency, units, people -------------------------------------------------------------

    def agency(self) -> Agency:
        """The agency the server serves."""
        return self._one(Agency.from_json, "GET", "/agency")

    def units(self) -> list[Unit]:
        """Every unit of the agency."""
        return self._many(Unit.from_json, "/units")

    def users(self, *, unit_id: int | None = None, role: str | None = None) -> list[UserSummary]:
        """The agency's people, optionally of one unit or role."""
        params = {k: v for k, v in (("unit_id", unit_id), ("role", role)) if v is not None}
        return self._many(UserSummary.from_json, "/users", params=params)

    def user(self, user_id: int) -> UserSummary:
        """One person."""
        return self._one(UserSummary.from_json, "GET", f"/users/{user_id}")

    def create_user(self, new: NewUser) -> UserSummary:
        """Create a person (administrators)."""
        body = {"username": new.username, "full_name": new.full_name, "password": new.password,
                "roles": list(new.roles), "unit_id": new.unit_id, "position": new.position,
                "email": new.email}
        return self._one(UserSummary.from_json, "POST", "/users", json=body)

    def update_user(self, user_id: int, changes: UserChanges) -> UserSummary:
        """Change a person's description, unit, roles or active flag (administrators)."""
        body: dict[str, Any] = {}
        for name in ("full_name", "position", "email", "unit_id", "is_active"):
            value = getattr(changes, name)
            if value is not None:
                body[name] = value
        if changes.roles is not None:
            body["roles"] = list(changes.roles)
        return self._one(UserSummary.from_json, "PATCH", f"/users/{user_id}", json=body)

    def reset_password(self, user_id: int, new_password: str) -> None:
        """Set a person's password and unlock the account (administrators)."""
        self.request("POST", f"/users/{user_id}/password", json={"new_password": new_password})

    # -- certificates and signature images -------------------------------------------------

    def certificates(self, user_id: int) -> list[Certificate]:
        """Certificates bound to a person."""
        return self._many(Certificate.from_json, f"/users/{user_id}/certificates")

    def bind_certificate(self, user_id: int, path: Path) -> Certificate:
        """Bind a certificate file (PEM or DER) to a person."""
        files = {"file": (path.name, path.read_bytes(), "application/octet-stream")}
        return self._one(Certificate.from_json, "POST", f"/users/{user_id}/certificates",
                         files=files)

    def unbind_certificate(self, user_id: int, certificate_id: int) -> None:
        """Stop attributing a certificate to a person."""
        self.request("DELETE", f"/users/{user_id}/certificates/{certificate_id}")

    def set_signature_image(self, png: bytes) -> str:
        """Upload one's handwritten-signature image (transparent PNG); returns its SHA-256."""
        files = {"file": ("signature.png", png, "image/png")}
        return str(self._json("PUT", "/me/signature-image", files=files)["sha256"])

    def signature_image(self, user_id: int) -> bytes:
        """A person's signature image (PNG bytes)."""
        return self.request("GET", f"/users/{user_id}/signature-image").content

    # -- audit ----------------------------------------------------------------------------

    def audit(self, *, limit: int = 100, before_seq: int | None = None) -> list[AuditEntry]:
        """Audit entries, newest first (administrators and leaders)."""
        params: dict[str, int] = {"limit": limit}
        if before_seq is not None:
            params["before_seq"] = before_seq
        return self._many(AuditEntry.from_json, "/audit", params=params)

    def verify_audit(self) -> AuditVerification:
        """Verify the audit chain end to end."""
        return self._one(AuditVerification.from_json, "GET", "/audit/verify")


def _json_or_none(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None
