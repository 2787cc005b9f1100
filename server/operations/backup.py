"""Backup and restore of an agency: one archive with a consistent database dump, the file store
and a manifest of SHA-256 hashes.

SQLite is copied with the online backup API (a consistent snapshot while the server runs);
PostgreSQL with ``pg_dump --format=custom`` (one transaction, consistent). The archive is written
to a temporary file and renamed into place. Restore checks every hash before it touches the
target, and refuses a target that already holds an agency.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from server import __version__
from server.core import migrate
from server.core.db import Database
from server.core.settings import Settings

FORMAT = 1
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why."""


@dataclass(frozen=True)
class BackupSummary:
    """What an archive holds."""

    path: Path
    database_kind: str
    files: int
    bytes: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _libpq_env(url: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(url)
    args = ["--host", parsed.host or "127.0.0.1", "--port", str(parsed.port or 5432),
            "--username", parsed.username or "postgres", "--dbname", parsed.database or ""]
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = parsed.password
    return args, env


def _dump_database(settings: Settings, target: Path) -> str:
    url = settings.effective_database_url
    if url.startswith("sqlite"):
        source = sqlite3.connect(make_url(url).database or "")
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        return "sqlite"
    args, env = _libpq_env(url)
    result = subprocess.run(["pg_dump", "--format=custom", "--no-owner", "--file", str(target),
                             *args], env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return "postgresql"


def backup(settings: Settings, *, out: Path) -> BackupSummary:
    """Write one archive of the database and the file store to ``out`` (atomically)."""
    out = out.resolve()
    with tempfile.TemporaryDirectory(dir=out.parent) as scratch:
        dump = Path(scratch) / "database.dump"
        kind = _dump_database(settings, dump)
        members = {"database.dump": dump}
        store = settings.store_dir
        for path in sorted(store.glob("??/??/*")) if store.exists() else []:
            members[f"store/{path.relative_to(store)}"] = path
        manifest: dict[str, Any] = {
            "format": FORMAT, "phigiay": __version__, "database": kind,
            "created_at": datetime.now(UTC).isoformat(),
            "files": {name: {"sha256": _sha256(path), "size": path.stat().st_size}
                      for name, path in members.items()},
        }
        manifest_path = Path(scratch) / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        partial = Path(scratch) / "backup.tar"
        with tarfile.open(partial, "w") as archive:
            archive.add(manifest_path, arcname="manifest.json")
            for name, path in members.items():
                archive.add(path, arcname=name)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    total = sum(entry["size"] for entry in manifest["files"].values())
    return BackupSummary(path=out, database_kind=kind, files=len(members) - 1, bytes=total)


def _extract_checked(archive_path: Path, into: Path) -> dict[str, object]:
    with tarfile.open(archive_path, "r") as archive:
        try:
            archive.extractall(into, filter="data")
        except (tarfile.TarError, OSError) as exc:
            raise BackupError(f"the archive cannot be read: {exc}") from exc
    manifest_path = into / "manifest.json"
    if not manifest_path.exists():
        raise BackupError("the archive has no manifest.json")
    manifest: dict[str, object] = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    files = manifest.get("files")
    assert isinstance(files, dict)
    for name, entry in files.items():
        path = into / name
        if not path.is_file() or _sha256(path) != entry["sha256"]:
            raise BackupError(f"{name} is missing or does not match the manifest")
    return manifest


def _target_is_empty(settings: Settings) -> bool:
    database = Database.from_settings(settings)
    try:
        if "agencies" not in inspect(database.engine).get_table_names():
            return True
        with database.reading() as session:
            return bool(session.execute(text("SELECT count(*) FROM agencies")).scalar_one() == 0)
    finally:
        database.dispose()


def _restore_database(settings: Settings, kind: str, dump: Path) -> None:
    url = settings.effective_database_url
    if kind == "sqlite":
        if not url.startswith("sqlite"):
            raise BackupError("this archive holds a SQLite database; restore it onto SQLite")
        target = Path(make_url(url).database or "")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(dump, target)
        return
    if url.startswith("sqlite"):
        raise BackupError("this archive holds a PostgreSQL dump; restore it onto PostgreSQL")
    args, env = _libpq_env(url)
    result = subprocess.run(["pg_restore", "--no-owner", "--clean", "--if-exists",
                             "--single-transaction", *args, str(dump)],
                            env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")


def restore(settings: Settings, *, archive: Path) -> BackupSummary:
    """Bring an archive back onto an installation that holds no agency yet."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if not _target_is_empty(settings):
        raise BackupError("the target already holds an agency; restore onto an empty one")
    with tempfile.TemporaryDirectory(dir=settings.data_dir) as scratch:
        manifest = _extract_checked(archive, Path(scratch))
        kind = str(manifest["database"])
        _restore_database(settings, kind, Path(scratch) / "database.dump")
        extracted_store = Path(scratch) / "store"
        count = 0
        if extracted_store.exists():
            for path in sorted(extracted_store.glob("??/??/*")):
                target = settings.store_dir / path.relative_to(extracted_store)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
                count += 1
    database = Database.from_settings(settings)
    try:
        migrate.upgrade(database.engine)  # an older backup comes back up to date
    finally:
        database.dispose()
    files = manifest["files"]
    assert isinstance(files, dict)
    return BackupSummary(path=archive, database_kind=kind, files=count,
                         bytes=sum(int(e["size"]) for e in files.values()))
