"""Backup and restore of an agency: one archive with a consistent database dump, the file store,
the archive's preservation packages and a manifest of SHA-256 hashes.

SQLite is copied with the online backup API (a consistent snapshot while the server runs);
PostgreSQL with ``pg_dump --format=custom`` inside a snapshot exported by a repeatable-read
transaction, which also lists the live packages — so the packages taken are exactly those the
dump knows, with the fingerprints it records. A package only changes as a whole (a renewal
rebuilds it aside and swaps it in, then updates its fingerprint); each copy is verified against
its fingerprint, and a package that changed while it was copied makes the backup start over.
Exports (ZIPs of packages) are not taken: they are made again from a verified package on demand.

The archive is written to a temporary file and renamed into place. Restore checks every hash
and every package's fixity before it touches the target, and refuses a target that already
holds an agency.
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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from archive.errors import ArchiveError
from archive.verify import verify_bag
from server import __version__
from server.core import migrate
from server.core.db import Database
from server.core.settings import Settings

FORMAT = 1
CHUNK = 1024 * 1024
PACKAGES = "archive/packages"
"""Where preservation packages live, under the data directory and inside a backup."""
ATTEMPTS = 3
"""Backups started over when a package changes while it is copied (a renewal, a disposal)."""
_LIVE_PACKAGES = ("SELECT name, fingerprint FROM archive_packages "
                  "WHERE destroyed_at IS NULL ORDER BY name")


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why."""


class _PackageChanged(BackupError):
    """A package no longer matched the dumped database when it was copied."""


@dataclass(frozen=True)
class BackupSummary:
    """What an archive holds."""

    path: Path
    database_kind: str
    files: int
    """Files of the content-addressed store."""
    bytes: int
    packages: int = 0
    """Preservation packages of the archive."""


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


def _sqlite_packages(dump: Path) -> dict[str, str]:
    copy = sqlite3.connect(dump)
    try:
        has_table = copy.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'archive_packages'").fetchone()
        return dict(copy.execute(_LIVE_PACKAGES).fetchall()) if has_table else {}
    finally:
        copy.close()


def _dump_postgresql(url: str, target: Path) -> dict[str, str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            # The transaction stays open while pg_dump reads the exported snapshot: the dump
            # and the package list below see the very same database state.
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            has_table = conn.execute(text("SELECT to_regclass('archive_packages')")).scalar()
            packages = ({str(name): str(fingerprint) for name, fingerprint
                         in conn.execute(text(_LIVE_PACKAGES))} if has_table else {})
            args, env = _libpq_env(url)
            result = subprocess.run(["pg_dump", "--format=custom", "--no-owner",
                                     f"--snapshot={snapshot}", "--file", str(target), *args],
                                    env=env, capture_output=True, text=True, check=False)
            conn.rollback()
    finally:
        engine.dispose()
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return packages


def _dump_database(settings: Settings, target: Path) -> tuple[str, dict[str, str]]:
    """Dump the database; returns its kind and the live packages it records (name →
    fingerprint)."""
    url = settings.effective_database_url
    if url.startswith("sqlite"):
        source = sqlite3.connect(make_url(url).database or "")
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        return "sqlite", _sqlite_packages(target)
    return "postgresql", _dump_postgresql(url, target)


def _bag_report_problem(bag: Path, fingerprint: str) -> str | None:
    """Why a bag fails its fixity and fingerprint check, or None when it passes."""
    try:
        report = verify_bag(bag, signatures=False, expected_fingerprint=fingerprint)
    except (ArchiveError, OSError) as exc:
        return str(exc)
    return None if report.valid else str(report.problems[0])


def _copy_packages(settings: Settings, packages: dict[str, str], into: Path) -> None:
    """Copy each package the dump records and check the copy against its fingerprint."""
    source = settings.data_dir / PACKAGES
    for name, fingerprint in packages.items():
        copy = into / PACKAGES / name
        try:
            shutil.copytree(source / name, copy)
        except (OSError, shutil.Error) as exc:
            raise _PackageChanged(f"package {name} cannot be copied: {exc}") from exc
        problem = _bag_report_problem(copy, fingerprint)
        if problem is not None:
            raise _PackageChanged(f"package {name} does not match the database: {problem}")


def _members(settings: Settings, scratch: Path) -> dict[str, Path]:
    members = {"database.dump": scratch / "database.dump"}
    store = settings.store_dir
    for path in sorted(store.glob("??/??/*")) if store.exists() else []:
        members[f"store/{path.relative_to(store)}"] = path
    for path in sorted((scratch / PACKAGES).rglob("*")):
        if path.is_file():
            members[path.relative_to(scratch).as_posix()] = path
    return members


def _backup_once(settings: Settings, out: Path) -> BackupSummary:
    with tempfile.TemporaryDirectory(dir=out.parent) as scratch_name:
        scratch = Path(scratch_name)
        kind, packages = _dump_database(settings, scratch / "database.dump")
        _copy_packages(settings, packages, scratch)
        members = _members(settings, scratch)
        manifest: dict[str, Any] = {
            "format": FORMAT, "phigiay": __version__, "database": kind,
            "created_at": datetime.now(UTC).isoformat(), "packages": packages,
            "files": {name: {"sha256": _sha256(path), "size": path.stat().st_size}
                      for name, path in members.items()},
        }
        manifest_path = scratch / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        partial = scratch / "backup.tar"
        with tarfile.open(partial, "w") as archive:
            archive.add(manifest_path, arcname="manifest.json")
            for name, path in members.items():
                archive.add(path, arcname=name)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    total = sum(entry["size"] for entry in manifest["files"].values())
    stored = sum(1 for name in members if name.startswith("store/"))
    return BackupSummary(path=out, database_kind=kind, files=stored, bytes=total,
                         packages=len(packages))


def backup(settings: Settings, *, out: Path) -> BackupSummary:
    """Write one archive of the database, the file store and the preservation packages to
    ``out`` (atomically)."""
    out = out.resolve()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _backup_once(settings, out)
        except _PackageChanged as exc:
            # A renewal or a disposal between the dump and the copy: a new dump sees it. A
            # package still wrong after that is damaged: the fixity sweep reports it too.
            if attempt == ATTEMPTS:
                raise BackupError(f"{exc} (run 'phigiay-server archive sweep')") from exc
    raise AssertionError("unreachable")


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
    for name, fingerprint in _packages_of(manifest).items():
        problem = _bag_report_problem(into / PACKAGES / name, fingerprint)
        if problem is not None:
            raise BackupError(f"package {name} fails verification: {problem}")
    return manifest


def _packages_of(manifest: dict[str, object]) -> dict[str, str]:
    packages = manifest.get("packages", {})  # absent from backups made before the archive
    assert isinstance(packages, dict)
    return {str(name): str(fingerprint) for name, fingerprint in packages.items()}


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


@contextmanager
def _durable_folder(folder: Path) -> Iterator[Path]:
    """A folder whose new entries are fsynced once the block has moved them in."""
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _move_packages(settings: Settings, extracted: Path, names: list[str]) -> None:
    with _durable_folder(settings.data_dir / PACKAGES) as packages:
        for name in names:
            target = packages / name
            if target.exists():  # left by an earlier restore that stopped; same content
                shutil.rmtree(target)
            os.replace(extracted / PACKAGES / name, target)


def restore(settings: Settings, *, archive: Path) -> BackupSummary:
    """Bring an archive back onto an installation that holds no agency yet."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if not _target_is_empty(settings):
        raise BackupError("the target already holds an agency; restore onto an empty one")
    with tempfile.TemporaryDirectory(dir=settings.data_dir) as scratch_name:
        scratch = Path(scratch_name)
        manifest = _extract_checked(archive, scratch)
        kind = str(manifest["database"])
        _restore_database(settings, kind, scratch / "database.dump")
        extracted_store = scratch / "store"
        count = 0
        if extracted_store.exists():
            for path in sorted(extracted_store.glob("??/??/*")):
                target = settings.store_dir / path.relative_to(extracted_store)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
                count += 1
        packages = sorted(_packages_of(manifest))
        _move_packages(settings, scratch, packages)
    database = Database.from_settings(settings)
    try:
        migrate.upgrade(database.engine)  # an older backup comes back up to date
    finally:
        database.dispose()
    files = manifest["files"]
    assert isinstance(files, dict)
    return BackupSummary(path=archive, database_kind=kind, files=count,
                         bytes=sum(int(e["size"]) for e in files.values()),
                         packages=len(packages))
