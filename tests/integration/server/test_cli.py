"""``phigiay-server`` commands, run as an administrator would, in subprocesses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.fixtures.databases import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)
from tests.fixtures.process import run_cli, server_env

COMMANDS = [["init"], ["migrate"], ["create-user"], ["demo-data"], ["run"], ["audit", "verify"],
            ["store", "verify"], ["audit"], ["store"], []]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_every_command_has_help(tmp_path: Path, command: list[str]) -> None:
    result = run_cli([*command, "--help"], server_env(tmp_path))
    assert result.returncode == 0 and "usage: phigiay-server" in result.stdout


@pytest.fixture
def env(tmp_path: Path):
    admin_url = postgres_admin_url()
    url = create_postgres_database(admin_url) if admin_url else None
    yield server_env(tmp_path / "data", url)
    if admin_url and url:
        drop_postgres_database(admin_url, url)


def test_commands_refuse_an_uninitialised_server(env: dict[str, str]) -> None:
    result = run_cli(["audit", "verify"], env)
    assert result.returncode != 0 and "phigiay-server init" in result.stderr


def test_init_create_user_and_verify(env: dict[str, str]) -> None:
    first = run_cli(["init", "--organ-id", "000.00.00.H26", "--agency-name", "Sở Nội vụ",
                     "--agency-short-name", "SNV"], env)
    assert first.returncode == 0, first.stderr
    assert "Password (shown once" in first.stdout
    again = run_cli(["init"], env)
    assert again.returncode == 0 and "Already initialised: Sở Nội vụ" in again.stdout
    env = {**env, "NEW_PW": "Mat-khau-2026"}
    created = run_cli(["create-user", "vanthu1", "--full-name", "Nguyễn Thị Lan", "--role", "clerk",
                       "--role", "officer", "--password-env", "NEW_PW"], env)
    assert created.returncode == 0, created.stderr
    assert "Password" not in created.stdout
    taken = run_cli(["create-user", "vanthu1", "--full-name", "X", "--role", "clerk"], env)
    assert taken.returncode == 2 and "taken" in taken.stderr
    bad_unit = run_cli(["create-user", "x2", "--full-name", "X", "--role", "clerk",
                        "--unit", "NOPE"], env)
    assert bad_unit.returncode != 0
    audit = run_cli(["audit", "verify"], env)
    assert audit.returncode == 0 and "intact" in audit.stdout
    store = run_cli(["store", "verify"], env)
    assert store.returncode == 0 and "intact" in store.stdout


def test_init_rejects_a_malformed_organ_id(env: dict[str, str]) -> None:
    result = run_cli(["init", "--organ-id", "G22", "--agency-name", "X",
                      "--agency-short-name", "X"], env)
    assert result.returncode == 2 and "000.00.00.G22" in result.stderr


def test_audit_verify_reports_a_hand_edited_row(tmp_path: Path) -> None:
    env = server_env(tmp_path / "data")
    assert run_cli(["init"], env).returncode == 0
    database = sqlite3.connect(tmp_path / "data" / "phigiay.db")
    database.execute("DROP TRIGGER audit_entries_no_update")
    database.execute("UPDATE audit_entries SET details = '{\"client\": \"forged\"}' WHERE seq = 2")
    database.commit()
    database.close()
    result = run_cli(["audit", "verify"], env)
    assert result.returncode == 1
    assert "entry 2: edited" in result.stdout and "BROKEN" in result.stdout


def test_store_verify_reports_a_damaged_file(tmp_path: Path) -> None:
    env = server_env(tmp_path / "data")
    assert run_cli(["init"], env).returncode == 0
    blob_dir = tmp_path / "data" / "store" / "ab" / "cd"
    blob_dir.mkdir(parents=True)
    (blob_dir / ("abcd" + "0" * 60)).write_bytes(b"not what the name says")
    result = run_cli(["store", "verify"], env)
    assert result.returncode == 1 and "does not match its hash" in result.stdout
