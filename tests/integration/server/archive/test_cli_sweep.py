"""``phigiay-server archive sweep``: what the scheduler does, run by an administrator (cron),
in a subprocess on the test's database; a damaged stored file makes it exit 1 and name it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from server.core.context import AppContext
from server.core.settings import Settings
from tests.fixtures.process import run_cli, server_env

from .conftest import MakeDocument


def test_sweep_reports_a_damaged_store_file(settings: Settings, context: AppContext,
                                            make_document: MakeDocument) -> None:
    make_document("Công văn lưu kho", date(2026, 4, 4))
    env = server_env(Path(settings.data_dir), settings.database_url)
    blob = next(context.store.blobs())
    blob.write_bytes(blob.read_bytes() + b"x")
    damaged = run_cli(["archive", "sweep"], env)
    assert damaged.returncode == 1, damaged.stderr
    assert blob.name in damaged.stdout and "1 alert(s)" in damaged.stdout
