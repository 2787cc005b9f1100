"""Bad packages are reported precisely, and nothing in them is changed or deleted."""

from __future__ import annotations

import os
from pathlib import Path

import bagit
import pytest

from archive.errors import BagUnreadable
from archive.package import pack, package_fingerprint
from archive.signatures import SignatureCheck
from archive.verify import ProblemKind, verify_bag

from .conftest import MemoryDocuments, YearOfDocuments, closed_dossier


def _first(bag: Path, folder: str) -> Path:
    return sorted((bag / "data" / folder).glob("*.*"))[0]


def _snapshot(bag: Path) -> dict[str, bytes]:
    return {p.relative_to(bag).as_posix(): p.read_bytes() for p in bag.rglob("*") if p.is_file()}


def test_a_tampered_document_is_caught(bag: Path, check: SignatureCheck) -> None:
    pdf = _first(bag, "documents")
    data = bytearray(pdf.read_bytes())
    data[400] ^= 0x01
    pdf.write_bytes(bytes(data))
    before = _snapshot(bag)
    report = verify_bag(bag, check=check)
    rel = pdf.relative_to(bag).as_posix()
    assert [p.path for p in report.problems if p.kind is ProblemKind.TAMPERED_FILE] == [rel]
    assert ProblemKind.METADATA_MISMATCH in report.kinds()  # dossier.xml hash disagrees too
    assert _snapshot(bag) == before


def test_an_appended_revision_breaks_fixity_not_only_the_signature(
    bag: Path, check: SignatureCheck
) -> None:
    pdf = _first(bag, "documents")
    pdf.write_bytes(pdf.read_bytes() + b"\n% appended\n")
    report = verify_bag(bag, check=check)
    assert ProblemKind.TAMPERED_FILE in report.kinds()


def test_changed_metadata_is_caught(bag: Path, check: SignatureCheck) -> None:
    xml = bag / "data/metadata/dossier.xml"
    xml.write_bytes(xml.read_bytes().replace("Hồ sơ về".encode(), "Hồ sơ sửa".encode()))
    report = verify_bag(bag, check=check)
    assert [(p.kind, p.path) for p in report.problems] == [
        (ProblemKind.METADATA_CHANGED, "data/metadata/dossier.xml")
    ]


def test_metadata_changed_with_rebuilt_manifests_is_still_caught(
    bag: Path, check: SignatureCheck
) -> None:
    xml = _first(bag, "metadata/documents")
    xml.write_bytes(xml.read_bytes().replace(b"<PageAmount>1<", b"<PageAmount>9<"))
    bagit.Bag(str(bag)).save(manifests=True)  # a careful forger also fixes the manifests
    report = verify_bag(bag, check=check)
    details = [p.detail for p in report.problems if p.kind is ProblemKind.METADATA_MISMATCH]
    assert any("PageAmount 9, the PDF has 1" in d for d in details)
    assert any("PageTotal" in d for d in details)


def test_changed_bag_with_rebuilt_manifests_fails_the_recorded_fingerprint(
    bag: Path, check: SignatureCheck
) -> None:
    recorded = package_fingerprint(bag)
    (bag / "data/audit/audit.jsonl").write_bytes(b"{}\n")
    bagit.Bag(str(bag)).save(manifests=True)
    report = verify_bag(bag, check=check, expected_fingerprint=recorded)
    assert report.kinds() == {ProblemKind.FINGERPRINT_MISMATCH}


def test_a_missing_payload_is_caught(bag: Path, check: SignatureCheck) -> None:
    pdf = _first(bag, "documents")
    pdf.unlink()
    report = verify_bag(bag, check=check)
    rel = pdf.relative_to(bag).as_posix()
    assert (ProblemKind.MISSING_PAYLOAD, rel) in {(p.kind, p.path) for p in report.problems}


def test_an_unlisted_file_is_caught(bag: Path, check: SignatureCheck) -> None:
    (bag / "data/documents/9999-extra.pdf").write_bytes(b"%PDF-1.7\n")
    report = verify_bag(bag, check=check)
    assert (ProblemKind.UNLISTED_FILE, "data/documents/9999-extra.pdf") in {
        (p.kind, p.path) for p in report.problems
    }


@pytest.mark.parametrize("evil", ["data/../../outside.txt", "/etc/passwd", "data/a/../../../x"])
def test_a_traversal_path_in_the_manifest_is_reported_and_not_opened(
    bag: Path, check: SignatureCheck, evil: str
) -> None:
    outside = bag.parent / "outside.txt"
    outside.write_text("secret")
    with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as handle:
        handle.write(f"{'0' * 64}  {evil}\n")
    report = verify_bag(bag, check=check)
    traversal = [p for p in report.problems if p.kind is ProblemKind.PATH_TRAVERSAL]
    assert [p.path for p in traversal] == [evil]
    assert outside.read_text() == "secret"


def test_a_symlink_in_the_payload_is_not_followed(bag: Path, check: SignatureCheck) -> None:
    secret = bag.parent / "secret.pdf"
    secret.write_bytes(b"not yours")
    pdf = _first(bag, "documents")
    pdf.unlink()
    os.symlink(secret, pdf)
    report = verify_bag(bag, check=check)
    assert (ProblemKind.PATH_TRAVERSAL, pdf.relative_to(bag).as_posix()) in {
        (p.kind, p.path) for p in report.problems
    }


def test_a_named_pipe_in_the_payload_is_not_opened(bag: Path, check: SignatureCheck) -> None:
    fifo = bag / "data/audit/pipe"
    os.mkfifo(fifo)  # opening it for reading would block for ever
    report = verify_bag(bag, check=check)
    assert (ProblemKind.BAG_STRUCTURE, "data/audit/pipe") in {
        (p.kind, p.path) for p in report.problems
    }


def test_a_changed_tag_file_is_caught(bag: Path, check: SignatureCheck) -> None:
    info = bag / "bag-info.txt"
    info.write_text(info.read_text().replace("Hồ sơ về", "Hồ sơ sửa"))
    report = verify_bag(bag, check=check)
    assert (ProblemKind.TAG_FILE_CHANGED, "bag-info.txt") in {
        (p.kind, p.path) for p in report.problems
    }


def test_a_revoked_signature_in_a_package_is_reported(
    year: YearOfDocuments, check: SignatureCheck, tmp_path: Path
) -> None:
    ids = ["VB-2025-001", year.revoked_id]
    out = tmp_path / "bag"
    result = pack(closed_dossier(year, ids), MemoryDocuments(year), out=out, check=check)
    assert dict(result.signature_verdicts)[year.revoked_id].value == "invalid"
    report = verify_bag(out, check=check)
    [problem] = report.problems
    assert problem.kind is ProblemKind.SIGNATURE_REVOKED
    assert problem.path.endswith(f"{year.revoked_id}.pdf")
    assert "Lê Văn Cường" in problem.detail


def test_worker_processes_give_the_same_report(bag: Path, check: SignatureCheck) -> None:
    pdf = _first(bag, "documents")
    pdf.write_bytes(pdf.read_bytes()[:-20])
    serial, parallel = verify_bag(bag, check=check), verify_bag(bag, check=check, workers=2)
    assert serial.problems == parallel.problems
    assert [p for p, _ in serial.signatures] == [p for p, _ in parallel.signatures]
    assert ProblemKind.TAMPERED_FILE in parallel.kinds()


def test_untrusted_signatures_are_indeterminate(bag: Path) -> None:
    report = verify_bag(bag, check=SignatureCheck())
    assert report.kinds() == {ProblemKind.SIGNATURE_INDETERMINATE}


def test_fixity_only_skips_signatures(bag: Path) -> None:
    report = verify_bag(bag, signatures=False)
    assert report.valid and report.signatures == ()


@pytest.mark.parametrize("damage", ["no-bagit", "no-manifest", "not-a-folder"])
def test_an_unreadable_bag_raises(bag: Path, damage: str) -> None:
    target = bag
    if damage == "no-bagit":
        (bag / "bagit.txt").unlink()
    elif damage == "no-manifest":
        for manifest in bag.glob("manifest-*.txt"):
            manifest.unlink()
    else:
        target = bag / "bagit.txt"
    with pytest.raises(BagUnreadable):
        verify_bag(target)


def test_an_exported_zip_verifies_and_a_traversal_entry_is_refused(
    bag: Path, check: SignatureCheck, tmp_path: Path
) -> None:
    import zipfile

    from archive.export import export_bag

    archive = export_bag(bag, tmp_path / "out" / "transfer.zip")
    assert verify_bag(archive, check=check).valid
    with zipfile.ZipFile(archive, "a") as handle:
        handle.writestr("../../escaped.txt", b"x")
        handle.writestr("bag/data/../../../escaped2.txt", b"x")
    report = verify_bag(archive, check=check)
    assert [(p.kind, p.path) for p in report.problems] == [
        (ProblemKind.PATH_TRAVERSAL, "../../escaped.txt"),
        (ProblemKind.PATH_TRAVERSAL, "bag/data/../../../escaped2.txt"),
    ]
    assert not list(tmp_path.rglob("escaped*"))
    assert report.path == str(archive)
