"""Fixity sweeps over a content-addressed store and a folder of bags; results recorded."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from archive.fixity import record_run, sweep


def _put(root: Path, data: bytes) -> Path:
    digest = hashlib.sha256(data).hexdigest()
    path = root / digest[:2] / digest[2:4] / digest
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_store_sweep_alerts_on_a_changed_blob(tmp_path: Path) -> None:
    store = tmp_path / "store"
    good = [_put(store, f"tài liệu {i}".encode()) for i in range(5)]
    good[2].write_bytes(b"bit rot")
    (store / "tmp").mkdir()
    (store / "tmp" / "upload.part").write_bytes(b"ignored")
    run = sweep(store, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert len(run.results) == 5
    assert [a.path for a in run.alerts] == [str(good[2])]
    assert "not to its name" in run.alerts[0].detail


def test_bag_folder_sweep_and_ledger(packed_bag: Path, tmp_path: Path) -> None:
    folder = tmp_path / "packages"
    for name in ("a", "b"):
        shutil.copytree(packed_bag, folder / name)
    xml = folder / "b/data/metadata/dossier.xml"
    xml.write_bytes(xml.read_bytes() + b"<!-- x -->")
    ledger = tmp_path / "fixity.jsonl"
    first = sweep(folder)
    record_run(first, ledger)
    record_run(sweep(folder / "a"), ledger)
    assert [a.path for a in first.alerts] == [str(folder / "b")]
    assert "metadata-changed" in first.alerts[0].detail
    lines = [json.loads(line) for line in ledger.read_text().splitlines()]
    assert [len(line["alerts"]) for line in lines] == [1, 0]
    assert lines[0]["checked"] == 2 and lines[0]["bytes_hashed"] > 0
