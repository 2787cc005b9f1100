"""The machine-wide client configuration IT deploys (``client.toml``) under the user's settings."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from desktop.settings import (
    CONFIG_VARIABLE,
    LANGUAGE,
    LAST_USERNAME,
    SERVER_URL,
    TOKEN_MODULE,
    MachineConfig,
    Settings,
    machine_config_path,
)

CLIENT_TOML = """\
# Bộ Nội vụ — cấu hình chung cho mọi máy trạm
[connection]
server_url = "https://vanban.noivu.gov.vn"

[signing]
token_module = "C:\\\\Windows\\\\System32\\\\token-pkcs11.dll"

[interface]
language = "en"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "client.toml"
    path.write_text(text, encoding="utf-8")
    return path


def user_store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)


def test_where_the_file_is_on_each_platform() -> None:
    assert machine_config_path({}, "linux") == Path("/etc/phigiay/client.toml")
    assert machine_config_path({"PROGRAMDATA": "D:\\ProgramData"}, "win32") == \
        Path("D:\\ProgramData") / "phigiay" / "client.toml"
    assert machine_config_path({}, "win32") == Path("C:\\ProgramData") / "phigiay" / "client.toml"
    assert machine_config_path({CONFIG_VARIABLE: "/srv/it/phigiay.toml"}, "linux") == \
        Path("/srv/it/phigiay.toml")
    assert machine_config_path({CONFIG_VARIABLE: "X:\\it\\client.toml"}, "win32") == \
        Path("X:\\it\\client.toml")


def test_machine_values_apply_until_the_user_chooses_otherwise(tmp_path: Path) -> None:
    settings = Settings(user_store(tmp_path), MachineConfig.load(write(tmp_path, CLIENT_TOML)))
    assert settings.get(SERVER_URL) == "https://vanban.noivu.gov.vn"
    assert settings.get(TOKEN_MODULE) == "C:\\Windows\\System32\\token-pkcs11.dll"
    assert settings.get(LANGUAGE) == "en"
    assert settings.source(SERVER_URL) == "machine" and settings.source(LAST_USERNAME) == "default"

    settings.set(LANGUAGE, "vi")  # the user's own choice wins
    settings.set(SERVER_URL, "https://thu-nghiem.noivu.gov.vn")
    settings.sync()
    again = Settings(user_store(tmp_path), MachineConfig.load(tmp_path / "client.toml"))
    assert again.get(LANGUAGE) == "vi" and again.source(LANGUAGE) == "user"
    assert again.get(SERVER_URL) == "https://thu-nghiem.noivu.gov.vn"
    assert again.get(TOKEN_MODULE) == "C:\\Windows\\System32\\token-pkcs11.dll"

    again.reset(LANGUAGE)
    assert again.get(LANGUAGE) == "en" and again.source(LANGUAGE) == "machine"


def test_choosing_the_machine_value_follows_it_afterwards(tmp_path: Path) -> None:
    """Signing in to IT's server stores no copy: a later change of the file reaches the user."""
    store = user_store(tmp_path)
    settings = Settings(store, MachineConfig.load(write(tmp_path, CLIENT_TOML)))
    settings.set(SERVER_URL, "https://vanban.noivu.gov.vn")  # what the client does on sign-in
    assert settings.source(SERVER_URL) == "machine" and not store.contains(SERVER_URL.key)

    moved = CLIENT_TOML.replace("vanban.noivu", "vanban2.noivu")
    settings = Settings(store, MachineConfig.load(write(tmp_path, moved)))
    assert settings.get(SERVER_URL) == "https://vanban2.noivu.gov.vn"


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Notepad (and Inno Setup's UTF-8 writer) put one before the text."""
    path = tmp_path / "client.toml"
    path.write_bytes(b"\xef\xbb\xbf" + CLIENT_TOML.encode("utf-8"))
    config = MachineConfig.load(path)
    assert config.problems == () and config.values[SERVER_URL.key] == "https://vanban.noivu.gov.vn"


def test_without_a_file_the_defaults_apply(tmp_path: Path) -> None:
    config = MachineConfig.load(tmp_path / "missing.toml")
    assert config.values == {} and config.problems == ()
    settings = Settings(user_store(tmp_path), config)
    assert settings.get(SERVER_URL) == SERVER_URL.default and settings.get(LANGUAGE) == "vi"
    assert settings.get(TOKEN_MODULE) == ""


def test_an_unusable_user_value_falls_back_to_the_machine_value(tmp_path: Path) -> None:
    store = user_store(tmp_path)
    store.setValue(LANGUAGE.key, "de")  # e.g. written by a newer or older client
    settings = Settings(store, MachineConfig.load(write(tmp_path, CLIENT_TOML)))
    assert settings.get(LANGUAGE) == "en"


def test_bad_entries_are_ignored_with_a_warning(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path, """\
title = "not a table"
[connection]
server_url = 8400
[interface]
language = "de"
[login]
last_username = "admin"
[signing]
token_module = "/usr/lib/x86_64-linux-gnu/libvnpt-ca.so"
colour = "blue"
""")
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        config = MachineConfig.load(path)
    assert config.values == {TOKEN_MODULE.key: "/usr/lib/x86_64-linux-gnu/libvnpt-ca.so"}
    assert len(config.problems) == 5 and len(caplog.records) == 5
    text = "\n".join(config.problems)
    for expected in ("'title' is not a table", "server_url must be a str",
                     "language = 'de' is not one of vi, en, fr",
                     "unknown setting [login] last_username",  # a user's own, not IT's
                     "unknown setting [signing] colour"):
        assert expected in text


@pytest.mark.parametrize("content", [b"[connection\nserver_url = 'x'", b"\xff\xfe bad bytes"])
def test_a_broken_file_never_stops_the_client(tmp_path: Path, content: bytes,
                                              caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "client.toml"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        config = MachineConfig.load(path)
    assert config.values == {} and config.path == path and len(config.problems) == 1
    assert "ignoring the machine configuration" in caplog.text


def test_the_real_settings_read_the_file_named_by_the_environment(tmp_path: Path) -> None:
    """``Settings()`` — what ``phigiay`` uses — reads ``$PHIGIAY_CLIENT_CONFIG``."""
    config = write(tmp_path, CLIENT_TOML)
    code = ("from PySide6.QtCore import QCoreApplication, QSettings\n"
            "from desktop.settings import Settings, SERVER_URL, LANGUAGE\n"
            "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
            f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "
            f"{str(tmp_path / 'home')!r})\n"
            "app = QCoreApplication([]); app.setOrganizationName('phigiay')\n"
            "app.setApplicationName('phigiay')\n"
            "s = Settings(); print(s.get(SERVER_URL), s.get(LANGUAGE), s.source(SERVER_URL))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={CONFIG_VARIABLE: str(config),
                                           "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.split() == ["https://vanban.noivu.gov.vn", "en", "machine"]


def test_the_shipped_example_is_valid() -> None:
    """``installers/linux/client.toml.example`` (shipped to IT in both packages) is clean."""
    example = Path(__file__).parents[2] / "installers" / "linux" / "client.toml.example"
    config = MachineConfig.load(example)
    assert config.problems == ()
    assert set(config.values) == {SERVER_URL.key, LANGUAGE.key, TOKEN_MODULE.key}
