"""The client's settings, declared once (Picard-style registry) and kept in ``QSettings``.

Each ``Option`` names its key, type and default; screens read and write through ``Settings`` so a
typo is an ``AttributeError``, not a silently new key. The session token is *not* a setting: it
lives in the operating system's keyring (``TokenStore``), or only in memory when there is none.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)
T = TypeVar("T")

LANGUAGES = ("vi", "en", "fr")
"""Languages of the interface, the default first."""


@dataclass(frozen=True)
class Option(Generic[T]):
    """One declared setting."""

    key: str
    """Key in QSettings (``group/name``)."""
    default: T
    """Value when nothing is stored (or the stored value is unusable)."""
    choices: tuple[T, ...] = ()
    """Allowed values; empty for any."""

    def convert(self, raw: Any) -> T:
        """The stored value as this option's type, or the default."""
        kind: Any = type(self.default)
        try:
            if kind is bytes:
                value: Any = bytes(raw.data() if isinstance(raw, QByteArray) else raw)
            elif kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")
            else:
                value = kind(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value  # type: ignore[no-any-return]


SERVER_URL = Option("connection/server_url", "http://127.0.0.1:8400")
LANGUAGE = Option("interface/language", "vi", choices=LANGUAGES)
LAST_USERNAME = Option("login/last_username", "")
WINDOW_GEOMETRY = Option("window/main_geometry", b"")
WINDOW_STATE = Option("window/main_state", b"")

OPTIONS: tuple[Option[Any], ...] = (SERVER_URL, LANGUAGE, LAST_USERNAME, WINDOW_GEOMETRY,
                                    WINDOW_STATE)
"""Every declared setting; later features add theirs here."""


class Settings:
    """Typed access to the declared options over a ``QSettings`` store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def get(self, option: Option[T]) -> T:
        """The option's value."""
        if option not in OPTIONS:
            raise KeyError(f"undeclared setting {option.key!r}")
        raw = self._store.value(option.key)
        return option.default if raw is None else option.convert(raw)

    def set(self, option: Option[T], value: T) -> None:
        """Store a value (refused if not among the option's choices)."""
        if option not in OPTIONS:
            raise KeyError(f"undeclared setting {option.key!r}")
        if option.choices and value not in option.choices:
            raise ValueError(f"{option.key}: {value!r} is not one of {option.choices}")
        self._store.setValue(option.key, QByteArray(value) if isinstance(value, bytes) else value)

    def sync(self) -> None:
        """Write to disk now."""
        self._store.sync()


class TokenStore:
    """The session token in the OS keyring; in memory only when no keyring backend exists.

    Never falls back to a file: a token on disk in plain text would be a session anyone with
    the file could use.
    """

    SERVICE = "phigiay"

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self.persistent = True
        """False once the keyring proved unusable; the login screen says so."""
        self.problem = ""
        """Why the keyring is unusable (for the log and the tooltip)."""

    @staticmethod
    def account(server_url: str, username: str) -> str:
        """The keyring account name of a person on a server."""
        return f"{username}@{server_url}"

    def _fallback(self, exc: Exception) -> None:
        if self.persistent:
            log.warning("no usable keyring (%s); the session is kept in memory only", exc)
        self.persistent, self.problem = False, str(exc) or type(exc).__name__

    def save(self, server_url: str, username: str, token: str) -> None:
        """Remember a token."""
        account = self.account(server_url, username)
        self._memory[account] = token
        if self.persistent:
            try:
                keyring.set_password(self.SERVICE, account, token)
            except (NoKeyringError, KeyringError, RuntimeError) as exc:
                self._fallback(exc)

    def load(self, server_url: str, username: str) -> str | None:
        """The remembered token, if any."""
        account = self.account(server_url, username)
        if account in self._memory or not self.persistent:
            return self._memory.get(account)
        try:
            return keyring.get_password(self.SERVICE, account)
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            self._fallback(exc)
            return None

    def forget(self, server_url: str, username: str) -> None:
        """Drop a token (logout, expired session)."""
        account = self.account(server_url, username)
        self._memory.pop(account, None)
        if self.persistent:
            try:
                keyring.delete_password(self.SERVICE, account)
            except PasswordDeleteError:
                pass
            except (NoKeyringError, KeyringError, RuntimeError) as exc:
                self._fallback(exc)
