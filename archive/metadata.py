"""Circular 02/2019 metadata XML for a dossier and each of its documents (lxml).

Elements use the English names of Decree 30/2020 Phụ lục VI where it has one, otherwise a
name chosen here; all live in :data:`NAMESPACE`. Where each value comes from:

Dossier (``dossier.xml``, root ``Dossier``)
    ``FileCode/OrganId``, ``FileCode/FileCatalog``, ``FileCode/FileNotation`` ←
    ``Dossier.file_code`` (Mã hồ sơ: mã cơ quan, năm/mục lục, số và ký hiệu);
    ``ArchivesFileCode`` ← its string form;
    ``Title`` ← ``Dossier.title``; ``Maintenance`` ← ``Dossier.retention`` (Vĩnh viễn / N năm);
    ``Rights`` (code 01/02 + label) ← ``Dossier.access`` (Chế độ sử dụng); ``Creator``,
    ``Language``, ``Description`` (Chú giải), ``KeywordList`` (Từ khóa) ← the dossier;
    ``StartDate``, ``EndDate``, ``DocTotal``, ``PageTotal`` ← completed by ``Dossier.close``;
    ``InforSign`` (Ký hiệu thông tin) ← the notation; ``SheetTotal`` (Số lượng tờ) ← empty for
    born-digital dossiers; ``PhysicalState`` (Tình trạng vật lý) ← ``01`` (normal);
    ``Documents/Document`` ← one entry per filed document: ordinal, id, SHA-256, payload paths.
Document (``documents/NNNN-<id>.xml``, root ``Document``)
    ``Identifier`` (Mã định danh văn bản) ← ``ArchiveRecord.document_id``; ``ArchivesCode`` (Mã
    lưu trữ tài liệu) ← file code + ordinal; ``DocOrdinal`` ← position in the closed dossier;
    ``TypeName``, ``CodeNumber``, ``CodeNotation``, ``IssuedDate``, ``OrganName``, ``Subject``,
    ``Language``, ``PageAmount``, ``Description``, ``SignerInfo/Position``,
    ``SignerInfo/FullName``, ``KeywordList`` ← the :class:`~archive.model.ArchiveRecord`;
    ``InforSign`` ← CodeNotation; ``Mode`` (Chế độ sử dụng) ← ``ArchiveRecord.access``;
    ``ConfidenceLevel`` (Mức độ tin cậy) ← ``ArchiveRecord.reliability``; ``Autograph`` (Bút
    tích) ← empty (no handwriting on born-digital documents); ``PhysicalState`` ← ``01``;
    ``Process`` (Quy trình xử lý) ← ``0``; ``BackupMode``/``BackupStatus`` (Chế độ/Tình trạng
    dự phòng) ← ``1``/``01`` (the bag is the backup copy) — codes **[M]**, configurable later;
    ``File`` (path, format from the PDF's XMP ``pdfaid``, size, SHA-256, SHA-512) ← the payload.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lxml import etree

from archive.errors import InvalidMetadata
from archive.model import ArchiveRecord, Dossier

__all__ = [
    "NAMESPACE",
    "DocumentEntry",
    "DossierMetadata",
    "FileFacts",
    "FiledDocument",
    "document_xml",
    "dossier_xml",
    "read_document_xml",
    "read_dossier_xml",
    "with_document_hash",
    "with_file_facts",
]

NAMESPACE = "urn:phigiay:archive:tt02-2019:1"
_NS = f"{{{NAMESPACE}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(frozen=True)
class FileFacts:
    """Technical facts about a payload file, written into its document's metadata."""

    path: str
    """Path inside the bag's ``data/`` folder, ``/``-separated."""
    size: int
    sha256: str
    sha512: str
    format: str
    """``PDF/A-2B``, … from the XMP ``pdfaid``; ``PDF`` when the file declares no PDF/A part."""


@dataclass(frozen=True)
class FiledDocument:
    """One document of a package: its record, its place in the dossier and its file."""

    ordinal: int
    record: ArchiveRecord
    file: FileFacts
    metadata_path: str
    report_path: str


@dataclass(frozen=True)
class DocumentEntry:
    """What ``dossier.xml`` and a document's XML say about one document (read back)."""

    ordinal: int
    document_id: str
    sha256: str
    path: str
    metadata_path: str
    report_path: str
    page_amount: int = 0
    size: int = 0


@dataclass(frozen=True)
class DossierMetadata:
    """The facts ``verify`` cross-checks, read back from ``dossier.xml``."""

    file_code: str
    title: str
    doc_total: int
    page_total: int
    documents: tuple[DocumentEntry, ...]


def _sub(parent: etree._Element, name: str, text: object = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _NS + name, attrs)
    if text is not None:
        element.text = text.isoformat() if isinstance(text, date) else str(text)
    return element


def _keywords(parent: etree._Element, keywords: Sequence[str]) -> None:
    holder = _sub(parent, "KeywordList")
    for word in keywords:
        _sub(holder, "Keyword", word)


def _serialise(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def dossier_xml(dossier: Dossier, documents: Sequence[FiledDocument]) -> bytes:
    """``dossier.xml``: the dossier's Circular 02 fields and its list of documents."""
    root = etree.Element(_NS + "Dossier", nsmap={None: NAMESPACE})
    code = _sub(root, "FileCode")
    _sub(code, "OrganId", dossier.file_code.organ_id)
    _sub(code, "FileCatalog", dossier.file_code.year)
    _sub(code, "FileNotation", dossier.file_code.notation)
    _sub(root, "ArchivesFileCode", dossier.file_code)
    _sub(root, "Title", dossier.title)
    _sub(root, "Maintenance", dossier.retention.label())
    _sub(root, "Rights", dossier.access.label, code=dossier.access.value)
    for name, value in (
        ("Creator", dossier.creator),
        ("Language", dossier.language),
        ("StartDate", dossier.start_date),
        ("EndDate", dossier.end_date),
        ("DocTotal", dossier.doc_total),
        ("PageTotal", dossier.page_total),
        ("Description", dossier.description),
        ("InforSign", dossier.file_code.notation),
        ("SheetTotal", ""),
        ("PhysicalState", "01"),
    ):
        _sub(root, name, value)
    _keywords(root, dossier.keywords)
    listing = _sub(root, "Documents")
    for doc in documents:
        _sub(
            listing,
            "Document",
            ordinal=str(doc.ordinal),
            id=doc.record.document_id,
            sha256=doc.file.sha256,
            path=doc.file.path,
            metadata=doc.metadata_path,
            report=doc.report_path,
        )
    return _serialise(root)


def document_xml(dossier: Dossier, doc: FiledDocument) -> bytes:
    """A document's XML: its Phụ lục VI / Circular 02 fields and the facts of its file."""
    rec = doc.record
    root = etree.Element(_NS + "Document", nsmap={None: NAMESPACE})
    for name, value in (
        ("Identifier", rec.document_id),
        ("ArchivesCode", f"{dossier.file_code}.{doc.ordinal}"),
        ("DocOrdinal", doc.ordinal),
        ("TypeName", rec.type_name),
        ("CodeNumber", rec.code_number),
        ("CodeNotation", rec.code_notation),
        ("IssuedDate", rec.issued_date),
        ("OrganName", rec.organ_name),
        ("Subject", rec.subject),
        ("Language", rec.language),
        ("PageAmount", rec.page_amount),
        ("Description", rec.description),
        ("InforSign", rec.code_notation),
        ("Mode", rec.access.value),
        ("ConfidenceLevel", rec.reliability.value),
        ("Autograph", ""),
        ("PhysicalState", "01"),
        ("Process", "0"),
        ("BackupMode", "1"),
        ("BackupStatus", "01"),
    ):
        _sub(root, name, value)
    signer = _sub(root, "SignerInfo")
    _sub(signer, "Position", rec.signer_position)
    _sub(signer, "FullName", rec.signer_name)
    _keywords(root, rec.keywords)
    facts = _sub(root, "File")
    for name, value in (
        ("Path", doc.file.path),
        ("Format", doc.file.format),
        ("Size", doc.file.size),
        ("Sha256", doc.file.sha256),
        ("Sha512", doc.file.sha512),
    ):
        _sub(facts, name, value)
    return _serialise(root)


def _parse(data: bytes, root_name: str) -> etree._Element:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise InvalidMetadata(f"not well-formed XML: {e}") from e
    if root.tag != _NS + root_name:
        raise InvalidMetadata(f"expected {root_name} in {NAMESPACE}, found {root.tag}")
    return root


def _text(root: etree._Element, path: str) -> str:
    found = root.find(_path(path))
    if found is None:
        raise InvalidMetadata(f"missing element {path}")
    return found.text or ""


def _path(path: str) -> str:
    return "/".join(_NS + part for part in path.split("/"))


def _int(root: etree._Element, path: str) -> int:
    value = _text(root, path)
    if not value.isdigit():
        raise InvalidMetadata(f"{path} is not a number: {value!r}")
    return int(value)


def read_dossier_xml(data: bytes) -> DossierMetadata:
    """Read back the cross-checked facts of ``dossier.xml``.

    Raises:
        InvalidMetadata: not well-formed, wrong root, a required element missing.
    """
    root = _parse(data, "Dossier")
    entries = []
    for element in root.iterfind(_path("Documents/Document")):
        attrs = element.attrib
        try:
            entries.append(
                DocumentEntry(
                    int(attrs["ordinal"]),
                    attrs["id"],
                    attrs["sha256"],
                    attrs["path"],
                    attrs["metadata"],
                    attrs["report"],
                )
            )
        except (KeyError, ValueError) as e:
            raise InvalidMetadata(f"Documents/Document entry incomplete: {e}") from e
    return DossierMetadata(
        _text(root, "ArchivesFileCode"),
        _text(root, "Title"),
        _int(root, "DocTotal"),
        _int(root, "PageTotal"),
        tuple(entries),
    )


def read_document_xml(data: bytes) -> DocumentEntry:
    """Read back a document's id, ordinal, page count and file facts.

    Raises:
        InvalidMetadata: not well-formed, wrong root, a required element missing.
    """
    root = _parse(data, "Document")
    return DocumentEntry(
        _int(root, "DocOrdinal"),
        _text(root, "Identifier"),
        _text(root, "File/Sha256"),
        _text(root, "File/Path"),
        "",
        "",
        _int(root, "PageAmount"),
        _int(root, "File/Size"),
    )


def _set(root: etree._Element, path: str, value: str) -> None:
    found = root.find(_path(path))
    if found is None:
        raise InvalidMetadata(f"missing element {path}")
    found.text = value


def with_file_facts(xml: bytes, facts: FileFacts) -> bytes:
    """A document's XML with new file facts (after a renewal appended a time stamp).

    Raises:
        InvalidMetadata: not a document XML.
    """
    root = _parse(xml, "Document")
    for name, value in (
        ("Format", facts.format),
        ("Size", str(facts.size)),
        ("Sha256", facts.sha256),
        ("Sha512", facts.sha512),
    ):
        _set(root, f"File/{name}", value)
    return _serialise(root)


def with_document_hash(xml: bytes, document_id: str, sha256: str) -> bytes:
    """``dossier.xml`` with a new SHA-256 for one listed document.

    Raises:
        InvalidMetadata: not a dossier XML, or the document is not listed.
    """
    root = _parse(xml, "Dossier")
    for element in root.iterfind(_path("Documents/Document")):
        if element.get("id") == document_id:
            element.set("sha256", sha256)
            return _serialise(root)
    raise InvalidMetadata(f"{document_id} is not listed in dossier.xml")
