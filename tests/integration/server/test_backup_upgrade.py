"""Backup and restore onto an empty installation, and upgrades that keep data — both databases."""

from __future__ import annotations

import io
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from server.core import migrate
from tests.fixtures.databases import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.process import run_cli, server_env


@pytest.fixture
def database_urls() -> Iterator[tuple[str | None, str | None]]:
    """Two empty databases (source and target) on PostgreSQL, or None for SQLite files."""
    admin = postgres_admin_url()
    if admin is None:
        yield None, None
        return
    source, target = create_postgres_database(admin), create_postgres_database(admin)
    yield source, target
    drop_postgres_database(admin, source)
    drop_postgres_database(admin, target)


def _fill(env: dict[str, str], data_dir: Path) -> None:
    assert run_cli(["init", "--admin-password-env", "PW"], env).returncode == 0
    assert run_cli(["demo-data", "--password-env", "PW"], env).returncode == 0
    from server.core.context import AppContext
    from server.core.files import store_file
    from server.core.settings import Settings

    settings = Settings(data_dir=data_dir, database_url=env.get("PHIGIAY_DATABASE_URL"))
    context = AppContext.build(settings)
    with context.database.writing() as session:
        store_file(session, store=context.store, source=io.BytesIO(make_pdf(["Lưu trữ"])),
                   media_type="application/pdf")
        session.commit()
    context.database.dispose()


def test_backup_then_restore_onto_an_empty_installation(
    tmp_path: Path, database_urls: tuple[str | None, str | None]
) -> None:
    source_url, target_url = database_urls
    source = {**server_env(tmp_path / "a", source_url), "PW": "Mat-khau-2026"}
    _fill(source, tmp_path / "a")
    archive = tmp_path / "sao-luu.tar"
    made = run_cli(["backup", "--out", str(archive)], source)
    assert made.returncode == 0, made.stderr
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names and "database.dump" in names
    assert any(name.startswith("store/") for name in names)

    target = server_env(tmp_path / "b", target_url)
    restored = run_cli(["restore", str(archive)], target)
    assert restored.returncode == 0, restored.stderr
    for check in (["audit", "verify"], ["store", "verify"]):
        result = run_cli(check, target)
        assert result.returncode == 0 and "intact" in result.stdout, result.stdout
    again = run_cli(["restore", str(archive)], target)
    assert again.returncode == 2 and "already holds an agency" in again.stderr


def test_a_damaged_archive_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    source = {**server_env(tmp_path / "a"), "PW": "Mat-khau-2026"}
    _fill(source, tmp_path / "a")
    archive = tmp_path / "b.tar"
    assert run_cli(["backup", "--out", str(archive)], source).returncode == 0
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as original, tarfile.open(damaged, "w") as copy:
        for member in original.getmembers():
            data = original.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.startswith("store/"):
                data = b"tampered" + data
                member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    target = server_env(tmp_path / "c")
    result = run_cli(["restore", str(damaged)], target)
    assert result.returncode == 2 and "does not match the manifest" in result.stderr
    assert not (tmp_path / "c" / "store").exists() or not any((tmp_path / "c" / "store").iterdir())


def test_upgrade_from_the_first_revision_keeps_data(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url, poolclass=NullPool)
    try:
        migrate.upgrade(engine, "0001_foundation")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO agencies (id, organ_id, name, short_name, created_at) "
                              "VALUES (1, '000.00.00.G22', 'Văn phòng Chính phủ', 'VPCP', "
                              "CURRENT_TIMESTAMP)"))
            conn.execute(text(
                "INSERT INTO users (id, agency_id, username, full_name, password_hash, is_active,"
                " failed_logins, password_changed_at, created_at) VALUES (1, 1, 'lannt', "
                "'Nguyễn Thị Lan', 'x', true, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            conn.execute(text("INSERT INTO user_roles (user_id, role) VALUES (1, 'clerk')"))
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as conn:
            row = conn.execute(text("SELECT full_name, handles_confidential FROM users")).one()
            assert row.full_name == "Nguyễn Thị Lan" and not row.handles_confidential
            assert conn.execute(text("SELECT name FROM agencies")).scalar_one() == (
                "Văn phòng Chính phủ")
    finally:
        engine.dispose()
