"""The client's settings, declared once (Picard-style registry) and kept in ``QSettings``.

Each ``Option`` names its key, type and default; screens read and write through ``Settings`` so a
typo is an ``AttributeError``, not a silently new key. The session token is *not* a setting: it
lives in the operating system's keyring (``TokenStore``), or only in memory when there is none.

A value comes from, first found wins: the user's own settings (``QSettings``), the machine-wide
file IT deploys (``MachineConfig``: ``$PHIGIAY_CLIENT_CONFIG``, else
``%ProgramData%\\phigiay\\client.toml`` on Windows, ``/etc/phigiay/client.toml`` elsewhere), the
option's default. Only options declared ``machine=True`` may be set machine-wide; the file's
tables are the key's group, e.g. ``[connection] server_url = "https://vanban.bo.gov.vn"``.
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
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
    machine: bool = False
    """Whether the machine-wide configuration file may set it (IT's defaults)."""

    def parse(self, raw: Any) -> T:
        """The stored value as this option's type; ``ValueError`` if it is unusable."""
        kind: Any = type(self.default)
        try:
            if kind is bytes:
                value: Any = bytes(raw.data() if isinstance(raw, QByteArray) else raw)
            elif kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")
            else:
                value = kind(raw)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{self.key}: unusable value {raw!r}") from exc
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        return value  # type: ignore[no-any-return]

    def convert(self, raw: Any) -> T:
        """The stored value as this option's type, or the default."""
        try:
            return self.parse(raw)
        except ValueError:
            return self.default


SERVER_URL = Option("connection/server_url", "http://127.0.0.1:8400", machine=True)
LANGUAGE = Option("interface/language", "vi", choices=LANGUAGES, machine=True)
TOKEN_MODULE = Option("signing/token_module", "", machine=True)
"""The PKCS#11 library of the signing tokens (a path to a .dll, .so or .dylib)."""
TSA_URL = Option("signing/tsa_url", "", machine=True)
"""The agency's time-stamping authority for leaders' signatures ('' for none)."""
SIGNING_LEVEL = Option("signing/level", "", choices=("", "B-B", "B-T", "B-LT", "B-LTA"),
                       machine=True)
"""PAdES level of leaders' signatures; '' means B-LT with a TSA, else B-B."""
SIGNING_SOURCE = Option("signing/source", "token", choices=("token", "pkcs12"))
"""Where the leader's key is: a PKCS#11 token or a PKCS#12 file."""
SIGNING_PKCS12 = Option("signing/pkcs12_path", "")
"""The leader's PKCS#12 file (its passphrase is never stored)."""
SIGNING_TOKEN = Option("signing/token_label", "")
"""Label of the leader's token."""
SIGNING_KEY_ID = Option("signing/key_id", "")
"""CKA_ID (hex) of the chosen certificate on the token."""
SCAN_FOLDER = Option("scan/folder", "", machine=True)
"""The folder the office scanner saves PDFs into ('' for none); the clerk receives them."""
LAST_USERNAME = Option("login/last_username", "")
WINDOW_GEOMETRY = Option("window/main_geometry", b"")
WINDOW_STATE = Option("window/main_state", b"")

OPTIONS: tuple[Option[Any], ...] = (SERVER_URL, LANGUAGE, TOKEN_MODULE, SCAN_FOLDER,
                                    LAST_USERNAME, WINDOW_GEOMETRY, WINDOW_STATE, TSA_URL,
                                    SIGNING_LEVEL, SIGNING_SOURCE, SIGNING_PKCS12, SIGNING_TOKEN,
                                    SIGNING_KEY_ID)
"""Every declared setting; later features add theirs here."""

CONFIG_VARIABLE = "PHIGIAY_CLIENT_CONFIG"
"""Environment variable naming the machine-wide file (overrides the standard place)."""


def machine_config_path(environ: Mapping[str, str] | None = None,
                        platform: str | None = None) -> Path:
    """Where this machine's configuration file is (it need not exist)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if environ.get(CONFIG_VARIABLE):
        return Path(environ[CONFIG_VARIABLE])
    if platform == "win32":
        program_data = environ.get("PROGRAMDATA") or environ.get("ALLUSERSPROFILE")
        return Path(program_data or "C:\\ProgramData") / "phigiay" / "client.toml"
    return Path("/etc/phigiay/client.toml")


@dataclass(frozen=True)
class MachineConfig:
    """The values IT set for every user of this machine (``client.toml``)."""

    values: Mapping[str, Any] = field(default_factory=dict)
    """Option key → value, only for declared ``machine`` options with a usable value."""
    path: Path | None = None
    """The file read (``None`` when none was)."""
    problems: tuple[str, ...] = ()
    """What in the file was ignored, and why (logged; the client starts regardless)."""

    @classmethod
    def load(cls, path: Path | None = None) -> MachineConfig:
        """Read the file (by default at ``machine_config_path()``); empty if there is none.

        A broken file never stops the client: it is ignored, or its bad entries are, with a
        warning in the log.
        """
        path = machine_config_path() if path is None else path
        try:  # utf-8-sig: Notepad and the Windows installer may write a byte-order mark
            document = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
        except FileNotFoundError:
            return cls()
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            log.warning("ignoring the machine configuration %s: %s", path, exc)
            return cls(path=path, problems=(f"{path}: {exc}",))
        config = cls.from_mapping(document, path=path)
        for problem in config.problems:
            log.warning("machine configuration %s: %s", path, problem)
        return config

    @classmethod
    def from_mapping(cls, document: Mapping[str, Any], *, path: Path | None = None,
                     ) -> MachineConfig:
        """Check a parsed file against the declared options."""
        allowed = {option.key: option for option in OPTIONS if option.machine}
        values: dict[str, Any] = {}
        problems: list[str] = []
        for group, table in document.items():
            if not isinstance(table, dict):
                problems.append(f"{group!r} is not a table ([{group}]); ignored")
                continue
            for name, raw in table.items():
                key = f"{group}/{name}"
                option = allowed.get(key)
                if option is None:
                    problems.append(f"unknown setting [{group}] {name}; ignored")
                elif not isinstance(raw, type(option.default)) or isinstance(raw, bool) != \
                        isinstance(option.default, bool):
                    problems.append(f"[{group}] {name} must be a "
                                    f"{type(option.default).__name__}; ignored")
                elif option.choices and raw not in option.choices:
                    problems.append(f"[{group}] {name} = {raw!r} is not one of "
                                    f"{', '.join(map(str, option.choices))}; ignored")
                else:
                    values[key] = raw
        return cls(values=values, path=path, problems=tuple(problems))


class Settings:
    """Typed access to the declared options: the user's ``QSettings`` over the machine's file.

    ``Settings()`` is the real thing: the user's ``QSettings`` and this machine's configuration
    file. Given a ``store`` (tests, tools), the machine file is read only if passed as
    ``machine``.
    """

    def __init__(self, store: QSettings | None = None,
                 machine: MachineConfig | None = None) -> None:
        if store is None:
            store = QSettings()
            machine = MachineConfig.load() if machine is None else machine
        self._store = store
        self.machine = machine if machine is not None else MachineConfig()

    def inherited(self, option: Option[T]) -> T:
        """The value without the user's own: the machine-wide one, else the default."""
        value = self.machine.values.get(option.key)
        return option.default if value is None else value

    def source(self, option: Option[Any]) -> str:
        """Where the value comes from: ``"user"``, ``"machine"`` or ``"default"``."""
        if option not in OPTIONS:
            raise KeyError(f"undeclared setting {option.key!r}")
        if self._store.value(option.key) is not None:
            return "user"
        return "machine" if option.key in self.machine.values else "default"

    def get(self, option: Option[T]) -> T:
        """The option's value: the user's, else the machine's, else the default."""
        if option not in OPTIONS:
            raise KeyError(f"undeclared setting {option.key!r}")
        raw = self._store.value(option.key)
        if raw is None:
            return self.inherited(option)
        try:
            return option.parse(raw)
        except ValueError:
            return self.inherited(option)

    def set(self, option: Option[T], value: T) -> None:
        """Store a value (refused if not among the option's choices).

        Setting a machine-wide option to the machine's value drops the user's own instead, so
        the user follows IT's later changes until they choose something else.
        """
        if option not in OPTIONS:
            raise KeyError(f"undeclared setting {option.key!r}")
        if option.choices and value not in option.choices:
            raise ValueError(f"{option.key}: {value!r} is not one of {option.choices}")
        if option.key in self.machine.values and value == self.machine.values[option.key]:
            self._store.remove(option.key)
            return
        self._store.setValue(option.key, QByteArray(value) if isinstance(value, bytes) else value)

    def reset(self, option: Option[Any]) -> None:
        """Forget the user's own value (back to the machine's or the default)."""
        if option not in OPTIONS:
            raise KeyError(f"undeclared setting {option.key!r}")
        self._store.remove(option.key)

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
