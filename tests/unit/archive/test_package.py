"""A year of documents filed into dossiers, closed, packed and verified; packing is all or
nothing."""

from __future__ import annotations

from pathlib import Path

import bagit
import pytest

import signing as s
from archive import services
from archive.adapters.filesystem import FolderDocuments, FolderRepository
from archive.errors import DocumentMismatch, DossierStateError, PackageExists
from archive.metadata import read_dossier_xml
from archive.model import FileCode, Retention
from archive.package import pack
from archive.signatures import SignatureCheck
from archive.verify import ProblemKind, verify_bag

from .conftest import ORGAN, YEAR, FixedClock, MemoryDocuments, YearOfDocuments, closed_dossier


def test_a_year_is_filed_closed_packed_and_verified(
    store: tuple[FolderRepository, FolderDocuments],
    year: YearOfDocuments,
    clock: FixedClock,
    check: SignatureCheck,
    tmp_path: Path,
) -> None:
    repo, documents = store
    plans = {"01.TCCB": (Retention(10), range(0, 12)), "02.VP": (Retention(), range(12, 22))}
    for notation, (retention, indexes) in plans.items():
        code = FileCode(ORGAN, YEAR, notation)
        services.open_dossier(
            repo,
            clock,
            code,
            title=f"Hồ sơ {notation} năm {YEAR}",
            retention=retention,
            creator="Văn phòng",
            by="chuyenvien",
        )
        for index in indexes:
            services.add_document(repo, documents, code, f"VB-{YEAR}-{index + 1:03d}")
    # one document in two dossiers, by reference only
    services.add_document(repo, documents, FileCode(ORGAN, YEAR, "02.VP"), f"VB-{YEAR}-001")
    clock.moment = clock.moment.replace(month=12, day=31)
    for notation in plans:
        dossier = services.close_dossier(
            repo, documents, clock, FileCode(ORGAN, YEAR, notation), by="chuyenvien"
        )
        assert dossier.start_date is not None and dossier.start_date.year == YEAR
        out = tmp_path / "bags" / notation
        result = pack(dossier, documents, out=out, check=check)
        assert result.documents == dossier.doc_total
        assert {v for _, v in result.signature_verdicts} == {s.Verdict.VALID}
        report = verify_bag(out, check=check, expected_fingerprint=result.fingerprint)
        assert report.problems == ()
        assert len(report.signatures) == dossier.doc_total
        assert bagit.Bag(str(out)).is_valid()  # the reference implementation agrees
        meta = read_dossier_xml((out / "data/metadata/dossier.xml").read_bytes())
        assert (
            meta.page_total
            == dossier.page_total
            == sum(year.records[r.document_id].page_amount for r in dossier.entries)
        )
    assert len(list(documents.folder.glob("*.pdf"))) == 24  # nothing copied for sharing


def test_bag_layout_and_manifests(packed_bag: Path) -> None:
    names = {p.name for p in packed_bag.iterdir()}
    assert {
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
        "data",
    } <= names
    data = packed_bag / "data"
    assert len(list((data / "documents").glob("*.pdf"))) == 8
    assert len(list((data / "metadata/documents").glob("*.xml"))) == 8
    assert len(list((data / "signatures").glob("*.json"))) == 8
    assert (data / "audit/audit.jsonl").is_file()
    assert (
        "External-Identifier: 000.00.00.G22.2025.01.TCCB"
        in (packed_bag / "bag-info.txt").read_text()
    )


def test_documents_are_packed_byte_for_byte(packed_bag: Path, year: YearOfDocuments) -> None:
    first = sorted((packed_bag / "data/documents").glob("*.pdf"))[0]
    assert first.read_bytes() == year.content["VB-2025-001"]


def test_an_open_dossier_is_not_packed(year: YearOfDocuments, tmp_path: Path) -> None:
    dossier = closed_dossier(year, ["VB-2025-001"])
    dossier.state = type(dossier.state).OPEN
    with pytest.raises(DossierStateError):
        pack(dossier, MemoryDocuments(year), out=tmp_path / "bag")


def test_existing_destination_is_never_overwritten(packed_bag: Path, year: YearOfDocuments) -> None:
    before = sorted(p.name for p in packed_bag.rglob("*"))
    with pytest.raises(PackageExists):
        pack(closed_dossier(year, ["VB-2025-001"]), MemoryDocuments(year), out=packed_bag)
    assert sorted(p.name for p in packed_bag.rglob("*")) == before


def test_a_failure_midway_leaves_nothing_half_written(
    year: YearOfDocuments, tmp_path: Path
) -> None:
    class ChangedOnDisk(MemoryDocuments):
        def content(self, document_id: str) -> bytes:
            data = super().content(document_id)
            return data + b"\n%tampered" if document_id == "VB-2025-003" else data

    ids = ["VB-2025-001", "VB-2025-002", "VB-2025-003", "VB-2025-004"]
    with pytest.raises(DocumentMismatch):
        pack(closed_dossier(year, ids), ChangedOnDisk(year), out=tmp_path / "bag")
    assert list(tmp_path.iterdir()) == []


def test_verify_reports_no_problem_kinds_on_a_good_bag(bag: Path, check: SignatureCheck) -> None:
    report = verify_bag(bag, check=check)
    assert report.valid and report.kinds() == set()
    assert report.to_json()["valid"] is True
    assert ProblemKind.TAMPERED_FILE not in report.kinds()
