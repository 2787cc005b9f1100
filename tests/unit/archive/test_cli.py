"""``phigiay-archive``: pack (folder and manifest), verify exit codes, export, fixity, renew."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from archive import services
from archive.adapters.filesystem import FolderDocuments, FolderRepository
from archive.cli import main
from archive.model import FileCode, Retention
from signing.testpki import PhigiayPki

from .conftest import ORGAN, YEAR, FixedClock, YearOfDocuments


@pytest.fixture
def trust(pki: PhigiayPki, tmp_path: Path) -> list[str]:
    root = tmp_path / "root.pem"
    root.write_bytes(pki.root_pem)
    args = ["--trust", str(root)]
    for index, crl in enumerate(pki.crls()):
        path = tmp_path / f"{index}.crl"
        path.write_bytes(crl)
        args += ["--crl", str(path)]
    return args


def test_pack_a_dossier_folder_then_verify(
    store: tuple[FolderRepository, FolderDocuments],
    clock: FixedClock,
    trust: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo, documents = store
    code = FileCode(ORGAN, YEAR, "03.KH")
    services.open_dossier(
        repo,
        clock,
        code,
        title="Kế hoạch công tác năm 2025",
        retention=Retention(20),
        creator="Vụ Tổng hợp",
        by="cv",
    )
    for doc_id in ("VB-2025-001", "VB-2025-002", "VB-2025-003"):
        services.add_document(repo, documents, code, doc_id)
    services.close_dossier(repo, documents, clock, code, by="cv")
    bag = tmp_path / "out" / "bag"
    audit = tmp_path / "audit.jsonl"
    audit.write_text('{"action": "close"}\n')
    dossier_dir = repo.root / "dossiers" / str(code)
    assert main(["pack", str(dossier_dir), "--out", str(bag), "--audit", str(audit), *trust]) == 0
    assert main(["verify", str(bag), "--workers", "2", *trust]) == 0
    assert "valid" in capsys.readouterr().out
    assert main(["pack", str(dossier_dir), "--out", str(bag)]) == 2  # never overwritten
    assert "PackageExists" in capsys.readouterr().err


def test_pack_from_a_manifest(year: YearOfDocuments, trust: list[str], tmp_path: Path) -> None:
    docs = []
    for doc_id in ("VB-2025-004", "VB-2025-005"):
        (tmp_path / f"{doc_id}.pdf").write_bytes(year.content[doc_id])
        record = {
            k: v
            for k, v in json.loads(json.dumps(year.records[doc_id].__dict__, default=str)).items()
            if k not in ("sha256", "size")
        }
        record["keywords"] = list(year.records[doc_id].keywords)
        docs.append({"path": f"{doc_id}.pdf", **record})
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "organ_id": ORGAN,
                "year": YEAR,
                "notation": "04.TH",
                "title": "Tổng hợp",
                "retention": "Vĩnh viễn",
                "creator": "Vụ Tổng hợp",
                "documents": docs,
            },
            ensure_ascii=False,
        )
    )
    bag = tmp_path / "bag"
    assert main(["pack", "--manifest", str(manifest), "--out", str(bag), *trust]) == 0
    assert main(["verify", str(bag), *trust]) == 0


def test_verify_exit_codes_and_json(
    bag: Path, trust: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = sorted((bag / "data/documents").glob("*.pdf"))[1]
    pdf.write_bytes(pdf.read_bytes().replace(b"/Producer", b"/Pxoducer"))
    assert main(["verify", str(bag), "--json", *trust]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False
    assert {
        "kind": "tampered-file",
        "path": pdf.relative_to(bag).as_posix(),
        "detail": "content differs from the manifest digests",
    } in report["problems"]
    assert main(["verify", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "BagUnreadable" in err


def test_export_to_zip_and_folder(
    bag: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(bag), "--to", str(tmp_path / "t" / "bag.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "t" / "bag.zip") as archive:
        assert "bag/manifest-sha512.txt" in archive.namelist()
    assert main(["export", str(bag), "--to", str(tmp_path / "transfer")]) == 0
    assert main(["verify", str(tmp_path / "transfer" / "bag"), "--revocation", "off"]) in (0, 1)
    (bag / "data/audit/audit.jsonl").write_text("changed")
    capsys.readouterr()
    assert main(["export", str(bag), "--to", str(tmp_path / "again.zip")]) == 2
    assert "ExportRefused" in capsys.readouterr().err
    assert not (tmp_path / "again.zip").exists()


def test_fixity_command(packed_bag: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.jsonl"
    assert main(["fixity", str(packed_bag), "--record", str(ledger)]) == 0
    assert json.loads(ledger.read_text())["alerts"] == []


def test_renew_with_nothing_due_contacts_no_tsa(
    bag: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "renew",
            str(bag.parent),
            "--tsa",
            "http://127.0.0.1:9/tsa",
            "--window-days",
            "1",
            "--offline",
        ]
    )
    assert code == 0
    assert "0 of 8 documents renewed" in capsys.readouterr().out
