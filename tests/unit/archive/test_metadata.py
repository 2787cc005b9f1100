"""Circular 02 metadata XML: every field written, read back, hostile XML refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from archive.errors import InvalidMetadata
from archive.metadata import NAMESPACE, read_document_xml, read_dossier_xml

DOSSIER_FIELDS = (
    "FileCode/OrganId",
    "FileCode/FileCatalog",
    "FileCode/FileNotation",
    "ArchivesFileCode",
    "Title",
    "Maintenance",
    "Rights",
    "Creator",
    "Language",
    "StartDate",
    "EndDate",
    "DocTotal",
    "PageTotal",
    "Description",
    "InforSign",
    "SheetTotal",
    "PhysicalState",
    "KeywordList",
)
DOCUMENT_FIELDS = (
    "Identifier",
    "ArchivesCode",
    "DocOrdinal",
    "TypeName",
    "CodeNumber",
    "CodeNotation",
    "IssuedDate",
    "OrganName",
    "Subject",
    "Language",
    "PageAmount",
    "Description",
    "InforSign",
    "Mode",
    "ConfidenceLevel",
    "Autograph",
    "PhysicalState",
    "Process",
    "BackupMode",
    "BackupStatus",
    "SignerInfo/Position",
    "SignerInfo/FullName",
    "KeywordList/Keyword",
    "File/Path",
    "File/Format",
    "File/Size",
    "File/Sha256",
    "File/Sha512",
)


def _find(root: etree._Element, path: str) -> etree._Element | None:
    return root.find("/".join(f"{{{NAMESPACE}}}{p}" for p in path.split("/")))


def test_dossier_xml_has_every_field(packed_bag: Path) -> None:
    root = etree.fromstring((packed_bag / "data/metadata/dossier.xml").read_bytes())
    missing = [f for f in DOSSIER_FIELDS if _find(root, f) is None]
    assert missing == []
    assert _find(root, "Maintenance").text == "10 năm"  # type: ignore[union-attr]
    assert _find(root, "Rights").get("code") == "02"  # type: ignore[union-attr]
    meta = read_dossier_xml((packed_bag / "data/metadata/dossier.xml").read_bytes())
    assert meta.file_code == "000.00.00.G22.2025.01.TCCB" and meta.doc_total == 8


def test_document_xml_has_every_field(packed_bag: Path) -> None:
    path = sorted((packed_bag / "data/metadata/documents").glob("*.xml"))[0]
    root = etree.fromstring(path.read_bytes())
    assert [f for f in DOCUMENT_FIELDS if _find(root, f) is None] == []
    assert _find(root, "ArchivesCode").text == "000.00.00.G22.2025.01.TCCB.1"  # type: ignore[union-attr]
    assert _find(root, "File/Format").text == "PDF"  # type: ignore[union-attr]
    entry = read_document_xml(path.read_bytes())
    assert entry.document_id == "VB-2025-001" and entry.ordinal == 1


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    evil = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<Dossier xmlns="{NAMESPACE}"><ArchivesFileCode>&x;</ArchivesFileCode>'
        "<Title>t</Title><DocTotal>0</DocTotal><PageTotal>0</PageTotal></Dossier>"
    )
    meta = read_dossier_xml(evil.encode())
    assert "top secret" not in meta.file_code


@pytest.mark.parametrize("data", [b"<not-xml", b'<Other xmlns="x"/>'])
def test_malformed_metadata_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidMetadata):
        read_dossier_xml(data)
