"""Dossier rules: catalogue, filing by reference, closing completes metadata, state errors."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from archive.errors import (
    CatalogueError,
    DocumentNotFound,
    DossierStateError,
    InvalidMetadata,
    TransferExtensionRefused,
)
from archive.model import (
    CatalogueEntry,
    Dossier,
    DossierCatalogue,
    DossierState,
    FileCode,
    Retention,
    RetentionRule,
    RetentionSchedule,
    add_years,
)

from .conftest import ORGAN, YEAR, YearOfDocuments, closed_dossier

AT = datetime(YEAR, 1, 2, tzinfo=UTC)


def test_file_code_round_trips_and_rejects_bad_parts() -> None:
    code = FileCode(ORGAN, YEAR, "01.TCCB")
    assert str(code) == "000.00.00.G22.2025.01.TCCB"
    assert FileCode.parse(str(code)) == code
    for bad in (
        ("x" * 14, YEAR, "01"),
        (ORGAN, 25, "01"),
        (ORGAN, YEAR, "a b"),
        (ORGAN, YEAR, "x" * 21),
    ):
        with pytest.raises(InvalidMetadata):
            FileCode(*bad)


def test_retention_labels_and_ends() -> None:
    assert Retention().label() == "Vĩnh viễn" and Retention().ends(date(2025, 5, 1)) is None
    assert Retention.parse("10 năm") == Retention(10)
    assert Retention(10).ends(date(2025, 5, 1)) == date(2035, 5, 1)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    with pytest.raises(InvalidMetadata):
        Retention.parse("mãi mãi")


def test_retention_schedule_is_configurable() -> None:
    schedule = RetentionSchedule(
        (RetentionRule("to-chuc", Retention()), RetentionRule("cong-van-thuong", Retention(10)))
    )
    assert schedule.retention_for("cong-van-thuong") == Retention(10)
    with pytest.raises(Exception, match="no retention rule"):
        schedule.retention_for("khac")


def test_catalogue_is_approved_once_and_then_frozen() -> None:
    catalogue = DossierCatalogue(ORGAN, YEAR)
    with pytest.raises(CatalogueError):
        catalogue.approve(by="chanh-van-phong", at=AT)
    catalogue.add(CatalogueEntry("01.TCCB", "Tổ chức cán bộ", Retention(), "Vụ TCCB"))
    with pytest.raises(CatalogueError):
        catalogue.add(CatalogueEntry("01.TCCB", "trùng", Retention(), "Vụ TCCB"))
    catalogue.approve(by="chanh-van-phong", at=AT)
    with pytest.raises(CatalogueError):
        catalogue.add(CatalogueEntry("02.KH", "Kế hoạch", Retention(20), "Vụ KH"))
    inside = Dossier.open(
        FileCode(ORGAN, YEAR, "01.TCCB"),
        title="Tổ chức cán bộ",
        retention=Retention(),
        creator="Vụ TCCB",
        by="a",
        at=AT,
        catalogue=catalogue,
    )
    outside = Dossier.open(
        FileCode(ORGAN, YEAR, "09.X"),
        title="Việc phát sinh",
        retention=Retention(5),
        creator="Vụ TCCB",
        by="a",
        at=AT,
        catalogue=catalogue,
    )
    assert inside.in_catalogue and not outside.in_catalogue
    with pytest.raises(CatalogueError):
        Dossier.open(
            FileCode(ORGAN, YEAR + 1, "01.TCCB"),
            title="t",
            retention=Retention(),
            creator="c",
            by="a",
            at=AT,
            catalogue=catalogue,
        )


def test_filing_is_by_reference_and_closing_completes_metadata(year: YearOfDocuments) -> None:
    ids = ["VB-2025-005", "VB-2025-001", "VB-2025-003"]
    dossier = closed_dossier(year, ids)
    assert [r.document_id for r in dossier.entries] == [
        "VB-2025-001",
        "VB-2025-003",
        "VB-2025-005",
    ]  # by issue date
    assert all(r.sha256 == year.records[r.document_id].sha256 for r in dossier.entries)
    assert (dossier.start_date, dossier.end_date) == (date(2025, 1, 3), date(2025, 3, 3))
    assert dossier.doc_total == 3
    assert dossier.page_total == sum(year.records[i].page_amount for i in ids)
    assert dossier.state is DossierState.CLOSED


def test_a_document_sits_in_two_dossiers_without_a_copy(year: YearOfDocuments) -> None:
    a = closed_dossier(year, ["VB-2025-001", "VB-2025-002"], notation="01.A")
    b = closed_dossier(year, ["VB-2025-001"], notation="02.B")
    assert a.entries[0] == b.entries[0]


def test_open_dossier_rules(year: YearOfDocuments) -> None:
    dossier = Dossier.open(
        FileCode(ORGAN, YEAR, "01.X"), title="t", retention=Retention(5), creator="c", by="a", at=AT
    )
    with pytest.raises(DossierStateError):
        dossier.close([], by="a", at=AT)  # empty
    dossier.add_document(year.records["VB-2025-001"])
    dossier.add_document(year.records["VB-2025-001"])
    assert len(dossier.entries) == 1
    with pytest.raises(DocumentNotFound):
        dossier.remove_document("VB-2025-404")
    with pytest.raises(DocumentNotFound):
        dossier.close([], by="a", at=AT)  # record missing
    dossier.remove_document("VB-2025-001")
    assert dossier.entries == []
    with pytest.raises(InvalidMetadata):
        Dossier.open(
            FileCode(ORGAN, YEAR, "01.Y"),
            title="",
            retention=Retention(5),
            creator="c",
            by="a",
            at=AT,
        )


def test_closed_dossier_refuses_changes(year: YearOfDocuments) -> None:
    dossier = closed_dossier(year, ["VB-2025-001"])
    with pytest.raises(DossierStateError):
        dossier.add_document(year.records["VB-2025-002"])
    with pytest.raises(DossierStateError):
        dossier.remove_document("VB-2025-001")
    with pytest.raises(DossierStateError):
        dossier.close([year.records["VB-2025-001"]], by="a", at=AT)


def test_transfer_deadline_and_extension(year: YearOfDocuments) -> None:
    dossier = closed_dossier(year, ["VB-2025-001", "VB-2025-007"])
    assert dossier.transfer_deadline() == date(2026, 4, 3)
    dossier.keep_longer(2, approved_by="Chánh Văn phòng")
    assert dossier.transfer_deadline() == date(2028, 4, 3)
    with pytest.raises(TransferExtensionRefused):
        dossier.keep_longer(1, approved_by="Chánh Văn phòng")
    dossier.transfer(by="luutru", at=AT, package_fingerprint="ab" * 32)
    assert dossier.state is DossierState.TRANSFERRED
    with pytest.raises(DossierStateError):
        dossier.transfer(by="luutru", at=AT, package_fingerprint="ab" * 32)
