"""Use cases on the folder repository: transfer warnings, legal hold, disposal with a record."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from archive import services
from archive.adapters.filesystem import FolderDocuments, FolderRepository
from archive.errors import (
    DisposalNotApproved,
    PermanentRetention,
    RetentionNotExpired,
    UnderLegalHold,
)
from archive.model import DisposalApproval, DossierState, FileCode, Retention

from .conftest import ORGAN, YEAR, FixedClock

CODE = FileCode(ORGAN, YEAR, "01.TCCB")
FIVE_YEARS = Retention(5)
Store = tuple[FolderRepository, FolderDocuments]


def _closed(
    store: Store,
    clock: FixedClock,
    ids: list[str],
    *,
    code: FileCode = CODE,
    retention: Retention = FIVE_YEARS,
) -> None:
    repo, documents = store
    services.open_dossier(
        repo,
        clock,
        code,
        title="Hồ sơ tổ chức cán bộ",
        retention=retention,
        creator="Vụ TCCB",
        by="chuyenvien",
    )
    for doc_id in ids:
        services.add_document(repo, documents, code, doc_id)
    services.close_dossier(repo, documents, clock, code, by="chuyenvien")


def test_transfer_warning_starts_30_days_before_the_deadline(
    store: Store, clock: FixedClock
) -> None:
    repo, _ = store
    _closed(store, clock, ["VB-2025-001", "VB-2025-024"])  # work ends 2025-12-15
    deadline = date(2026, 12, 15)
    clock.moment = datetime(2026, 11, 14, 23, 0, tzinfo=UTC)  # 31 days before
    assert services.transfer_warnings(repo, clock) == []
    clock.advance(hours=2)  # 30 days before
    [warning] = services.transfer_warnings(repo, clock)
    assert (warning.file_code, warning.deadline, warning.days_left) == (str(CODE), deadline, 30)
    clock.moment = datetime(2026, 12, 20, tzinfo=UTC)
    [late] = services.transfer_warnings(repo, clock)
    assert late.overdue and late.days_left == -5
    services.transfer(repo, clock, CODE, by="luutru", package_fingerprint="0" * 64)
    assert services.transfer_warnings(repo, clock) == []
    assert repo.get(CODE).state is DossierState.TRANSFERRED


def test_disposal_under_legal_hold_is_refused_and_nothing_changes(
    store: Store, clock: FixedClock
) -> None:
    repo, documents = store
    _closed(store, clock, ["VB-2025-001"])
    services.place_hold(repo, clock, CODE, hold_id="TT-2031-07", reason="thanh tra", by="pc")
    clock.moment = datetime(2031, 6, 1, tzinfo=UTC)
    approval = DisposalApproval("Chánh Văn phòng", clock.moment - timedelta(days=3), "15/QĐ-VP")
    [candidate] = services.disposal_candidates(repo, clock)
    assert candidate.under_hold
    with pytest.raises(UnderLegalHold, match="TT-2031-07"):
        services.dispose(repo, documents, clock, CODE, approval=approval, by="luutru")
    assert repo.get(CODE).state is DossierState.CLOSED
    assert repo.disposal_records() == []
    assert (documents.folder / "VB-2025-001.pdf").is_file()


def test_disposal_with_approval_is_recorded_forever(store: Store, clock: FixedClock) -> None:
    repo, documents = store
    _closed(store, clock, ["VB-2025-001", "VB-2025-002"])
    services.place_hold(repo, clock, CODE, hold_id="H1", reason="kiểm toán", by="pc")
    services.release_hold(repo, clock, CODE, hold_id="H1", by="pc")
    clock.moment = datetime(2030, 1, 1, tzinfo=UTC)
    with pytest.raises(RetentionNotExpired):
        services.dispose(repo, documents, clock, CODE, approval=None, by="luutru")
    clock.moment = datetime(2031, 6, 1, tzinfo=UTC)
    with pytest.raises(DisposalNotApproved):
        services.dispose(repo, documents, clock, CODE, approval=None, by="luutru")
    approval = DisposalApproval("Chánh Văn phòng", clock.moment - timedelta(days=3), "15/QĐ-VP")
    record = services.dispose(repo, documents, clock, CODE, approval=approval, by="luutru")
    assert repo.get(CODE).state is DossierState.DISPOSED
    assert repo.disposal_records() == [record]
    assert record.decision_ref == "15/QĐ-VP" and record.approved_by == "Chánh Văn phòng"
    assert [r.document_id for r in record.documents] == ["VB-2025-001", "VB-2025-002"]
    assert record.documents[0].sha256 == documents.record("VB-2025-001").sha256
    assert services.live_references(repo, "VB-2025-001") == []


def test_permanent_dossiers_are_never_disposed(store: Store, clock: FixedClock) -> None:
    repo, documents = store
    _closed(store, clock, ["VB-2025-001"], retention=Retention())
    clock.moment = datetime(2199, 1, 1, tzinfo=UTC)
    assert services.disposal_candidates(repo, clock) == []
    approval = DisposalApproval("Chánh Văn phòng", clock.moment, "1/QĐ")
    with pytest.raises(PermanentRetention):
        services.dispose(repo, documents, clock, CODE, approval=approval, by="luutru")


def test_repository_round_trips_catalogue_and_dossier(tmp_path: Path, clock: FixedClock) -> None:
    from archive.model import CatalogueEntry, DossierCatalogue

    repo = FolderRepository(tmp_path)
    catalogue = DossierCatalogue(ORGAN, YEAR)
    catalogue.add(CatalogueEntry("01.TCCB", "Tổ chức", Retention(), "Vụ TCCB"))
    catalogue.approve(by="cvp", at=clock.now())
    repo.save_catalogue(catalogue)
    assert repo.catalogue(ORGAN, YEAR) == catalogue
    dossier = services.open_dossier(
        repo, clock, CODE, title="Tổ chức", retention=Retention(), creator="Vụ TCCB", by="a"
    )
    assert dossier.in_catalogue and repo.get(CODE) == dossier
    assert repo.list(year=YEAR + 1) == []


def test_transfer_builds_the_package_then_records_its_fingerprint(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    from archive.errors import DocumentNotFound
    from archive.package import package_fingerprint

    repo, documents = store
    _closed(store, clock, ["VB-2025-001", "VB-2025-002"])
    (documents.folder / "VB-2025-002.json").unlink()  # a broken source: nothing may change
    with pytest.raises(DocumentNotFound):
        services.pack_and_transfer(repo, documents, clock, CODE, by="lt", out=tmp_path / "x")
    assert repo.get(CODE).state is DossierState.CLOSED and not (tmp_path / "x").exists()
    _closed(store, clock, ["VB-2025-001"], code=FileCode(ORGAN, YEAR, "02.B"))
    code = FileCode(ORGAN, YEAR, "02.B")
    result = services.pack_and_transfer(repo, documents, clock, code, by="lt", out=tmp_path / "b")
    dossier = repo.get(code)
    assert dossier.state is DossierState.TRANSFERRED
    assert dossier.package_fingerprint == result.fingerprint == package_fingerprint(result.path)
