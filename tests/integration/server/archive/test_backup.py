"""Backups hold the archive: a transferred dossier's preservation package survives backup →
restore onto an empty installation → ``phigiay-archive verify``, on SQLite and PostgreSQL; a
package that fails its bag fixity is refused, before and after the archive is written."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from archive.model import AccessRegime
from server.archive import preservation as preserving
from server.archive import service as archive
from server.archive.preservation import Preservation
from server.archive.tables import PackageRow
from server.auth.principal import Principal
from server.core.context import AppContext
from server.core.permissions import Role
from server.core.settings import Settings
from server.operations import backup
from tests.fixtures.databases import (
    create_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)
from tests.fixtures.process import run_cli, server_env
from tests.fixtures.server import Seed

from .conftest import FixedClock, MakeDocument


def _principal(seed: Seed, username: str, role: Role) -> Principal:
    return Principal(user_id=seed.users[username], username=username, full_name=username,
                     agency_id=1, unit_id=seed.units["TH"], roles=frozenset({role}))


@pytest.fixture
def transferred(context: AppContext, seed: Seed, make_document: MakeDocument,
                clock: FixedClock) -> PackageRow:
    """A closed dossier of two documents, transferred with its preservation package."""
    officer = _principal(seed, "officer", Role.OFFICER)
    fields = archive.DossierFields(year=2025, notation="21.SL", title="Hồ sơ sao lưu",
                                   retention="Vĩnh viễn", access=AccessRegime.RESTRICTED)
    with context.database.writing() as session:
        code = str(archive.open_dossier(session, principal=officer, fields=fields,
                                        clock=clock).file_code)
    for subject, day in (("Quyết định lưu trữ", date(2025, 5, 2)),
                         ("Công văn đề nghị", date(2025, 6, 3))):
        document_id = make_document(subject, day)
        with context.database.writing() as session:
            archive.add_document(session, principal=officer, store=context.store,
                                 file_code=code, document_id=document_id)
    with context.database.writing() as session:
        archive.close_dossier(session, principal=officer, store=context.store, file_code=code,
                              clock=clock)
    kept = Preservation.build(context.settings, context.store, context.signatures.trust)
    return preserving.pack_dossier(context.database, principal=_principal(seed, "clerk",
                                                                          Role.CLERK),
                                   preservation=kept, file_code=code, transfer=True,
                                   clock=clock)


@pytest.fixture
def target_url() -> Iterator[str | None]:
    """An empty PostgreSQL database to restore onto, or None for a SQLite file."""
    admin = postgres_admin_url()
    if admin is None:
        yield None
        return
    url = create_postgres_database(admin)
    yield url
    drop_postgres_database(admin, url)


def _verify_bag(bag: Path, fingerprint: str, trust: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "archive.cli", "verify", str(bag),
                           "--fingerprint", fingerprint, "--trust", str(trust)],
                          capture_output=True, text=True, timeout=120, check=False)


def test_a_package_survives_backup_and_restore(
    tmp_path: Path, settings: Settings, transferred: PackageRow, target_url: str | None
) -> None:
    source = server_env(settings.data_dir, settings.database_url)
    saved = tmp_path / "sao-luu.tar"
    made = run_cli(["backup", "--out", str(saved)], source)
    assert made.returncode == 0, made.stderr
    assert "1 archive packages" in made.stdout
    with tarfile.open(saved) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
        names = tar.getnames()
    assert manifest["packages"] == {transferred.name: transferred.fingerprint}
    prefix = f"archive/packages/{transferred.name}/"
    assert f"{prefix}tagmanifest-sha256.txt" in names
    assert sum(name.startswith(f"{prefix}data/") for name in names) >= 2

    target_dir = tmp_path / "dich"
    target = server_env(target_dir, target_url)
    restored = run_cli(["restore", str(saved)], target)
    assert restored.returncode == 0, restored.stderr
    assert "1 verified archive packages" in restored.stdout
    bag = target_dir / "archive" / "packages" / transferred.name
    trust = settings.data_dir.parent / "roots.pem"
    checked = _verify_bag(bag, transferred.fingerprint, trust)
    assert checked.returncode == 0 and ": valid;" in checked.stdout, checked.stdout
    # The restored rows find their packages and stored files (audit and store verification
    # after a restore: tests/integration/server/test_backup_upgrade.py).
    swept = run_cli(["archive", "sweep"], target)
    assert swept.returncode == 0 and "0 alert(s)" in swept.stdout, swept.stdout + swept.stderr


def _rewrite(original: Path, copy: Path, member_name: str) -> None:
    """Copy a backup with one package file changed and the manifest made to agree with it:
    only the bag's own fixity can tell."""
    with tarfile.open(original) as tar:
        contents = {m.name: (m, tar.extractfile(m).read())  # type: ignore[union-attr]
                    for m in tar.getmembers()}
    _member, data = contents[member_name]
    changed = data + b"%% altered\n"
    manifest = json.loads(contents["manifest.json"][1])
    manifest["files"][member_name] = {"sha256": hashlib.sha256(changed).hexdigest(),
                                      "size": len(changed)}
    contents[member_name] = (contents[member_name][0], changed)
    contents["manifest.json"] = (contents["manifest.json"][0],
                                 json.dumps(manifest).encode())
    with tarfile.open(copy, "w") as tar:
        for member, payload in contents.values():
            member.size = len(payload)
            tar.addfile(member, io.BytesIO(payload))


def test_a_package_failing_its_fixity_is_refused(
    tmp_path: Path, settings: Settings, transferred: PackageRow
) -> None:
    saved = backup.backup(settings, out=tmp_path / "b.tar").path
    with tarfile.open(saved) as tar:
        pdf = next(name for name in tar.getnames()
                   if name.startswith("archive/packages/") and name.endswith(".pdf"))
    damaged = tmp_path / "damaged.tar"
    _rewrite(saved, damaged, pdf)
    target_dir = tmp_path / "dich"
    result = run_cli(["restore", str(damaged)], server_env(target_dir))
    assert result.returncode == 2 and "fails verification" in result.stderr, result.stderr
    assert not (target_dir / "archive" / "packages").exists()
    assert not (target_dir / "store").exists() or not any((target_dir / "store").iterdir())

    live = settings.data_dir / "archive" / "packages" / transferred.name / pdf.split(
        f"{transferred.name}/", 1)[1]
    live.write_bytes(live.read_bytes() + b"%% altered\n")
    with pytest.raises(backup.BackupError, match=f"package {transferred.name}"):
        backup.backup(settings, out=tmp_path / "c.tar")
    assert not (tmp_path / "c.tar").exists()


def test_a_package_changing_during_the_backup_makes_it_start_over(
    tmp_path: Path, settings: Settings, transferred: PackageRow,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    bag = settings.data_dir / "archive" / "packages" / transferred.name
    aside = tmp_path / "aside"
    dump = backup._dump_database
    dumps: list[str] = []

    def racing_dump(settings: Settings, target: Path) -> tuple[str, dict[str, str]]:
        # First attempt: the package is swapped out right after the dump (as a renewal
        # does); by the second, it is back whole.
        if aside.exists():
            aside.rename(bag)
        result = dump(settings, target)
        if not dumps:
            bag.rename(aside)
        dumps.append(result[0])
        return result

    monkeypatch.setattr(backup, "_dump_database", racing_dump)
    summary = backup.backup(settings, out=tmp_path / "b.tar")
    assert len(dumps) == 2 and summary.packages == 1
    with tarfile.open(summary.path) as tar:
        assert f"archive/packages/{transferred.name}/bagit.txt" in tar.getnames()
