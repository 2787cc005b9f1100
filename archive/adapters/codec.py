"""JSON shapes of the archive model, for the folder adapter and the CLI's ``--manifest``."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from archive.errors import InvalidMetadata
from archive.model import (
    AccessRegime,
    ArchiveRecord,
    CatalogueEntry,
    DisposalRecord,
    DocumentRef,
    Dossier,
    DossierCatalogue,
    DossierState,
    FileCode,
    LegalHold,
    Reliability,
    Retention,
)

__all__ = [
    "catalogue_from_json",
    "catalogue_to_json",
    "disposal_from_json",
    "disposal_to_json",
    "dossier_from_json",
    "dossier_to_json",
    "record_from_json",
    "record_to_json",
]

Json = dict[str, Any]


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _d(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def record_to_json(record: ArchiveRecord) -> Json:
    """An :class:`ArchiveRecord` as JSON."""
    data = asdict(record)
    data.update(
        issued_date=record.issued_date.isoformat(),
        access=record.access.value,
        reliability=record.reliability.value,
        keywords=list(record.keywords),
    )
    return data


def record_from_json(data: Json) -> ArchiveRecord:
    """Inverse of :func:`record_to_json`.

    Raises:
        InvalidMetadata: a field is missing or malformed.
    """
    try:
        fields = dict(data)
        fields.update(
            issued_date=date.fromisoformat(data["issued_date"]),
            access=AccessRegime(data.get("access", "02")),
            reliability=Reliability(data.get("reliability", "01")),
            keywords=tuple(data.get("keywords", ())),
        )
        fields.pop("path", None)
        return ArchiveRecord(**fields)
    except (KeyError, TypeError, ValueError) as e:
        raise InvalidMetadata(f"document {data.get('document_id')!r}: {e}") from e


def _hold_to_json(hold: LegalHold) -> Json:
    data = asdict(hold)
    data.update(placed_at=_iso(hold.placed_at), released_at=_iso(hold.released_at))
    return data


def _hold_from_json(data: Json) -> LegalHold:
    return LegalHold(
        data["hold_id"],
        data["reason"],
        data["placed_by"],
        datetime.fromisoformat(data["placed_at"]),
        data.get("released_by"),
        _dt(data.get("released_at")),
    )


def dossier_to_json(dossier: Dossier) -> Json:
    """A :class:`Dossier` as JSON."""
    code = dossier.file_code
    return {
        "organ_id": code.organ_id,
        "year": code.year,
        "notation": code.notation,
        "title": dossier.title,
        "retention": dossier.retention.label(),
        "creator": dossier.creator,
        "opened_by": dossier.opened_by,
        "opened_at": _iso(dossier.opened_at),
        "access": dossier.access.value,
        "language": dossier.language,
        "description": dossier.description,
        "keywords": list(dossier.keywords),
        "in_catalogue": dossier.in_catalogue,
        "state": dossier.state.value,
        "entries": [[ref.document_id, ref.sha256] for ref in dossier.entries],
        "start_date": _iso(dossier.start_date),
        "end_date": _iso(dossier.end_date),
        "doc_total": dossier.doc_total,
        "page_total": dossier.page_total,
        "closed_by": dossier.closed_by,
        "closed_at": _iso(dossier.closed_at),
        "transferred_by": dossier.transferred_by,
        "transferred_at": _iso(dossier.transferred_at),
        "package_fingerprint": dossier.package_fingerprint,
        "keep_extra_years": dossier.keep_extra_years,
        "holds": [_hold_to_json(h) for h in dossier.holds],
    }


def dossier_from_json(data: Json) -> Dossier:
    """Inverse of :func:`dossier_to_json`.

    Raises:
        InvalidMetadata: a field is missing or malformed.
    """
    try:
        return Dossier(
            FileCode(data["organ_id"], int(data["year"]), data["notation"]),
            data["title"],
            Retention.parse(data["retention"]),
            data["creator"],
            data["opened_by"],
            datetime.fromisoformat(data["opened_at"]),
            access=AccessRegime(data["access"]),
            language=data.get("language", "Tiếng Việt"),
            description=data.get("description", ""),
            keywords=tuple(data.get("keywords", ())),
            in_catalogue=bool(data.get("in_catalogue", False)),
            state=DossierState(data.get("state", "open")),
            entries=[DocumentRef(i, h) for i, h in data.get("entries", [])],
            start_date=_d(data.get("start_date")),
            end_date=_d(data.get("end_date")),
            doc_total=int(data.get("doc_total", 0)),
            page_total=int(data.get("page_total", 0)),
            closed_by=data.get("closed_by"),
            closed_at=_dt(data.get("closed_at")),
            transferred_at=_dt(data.get("transferred_at")),
            transferred_by=data.get("transferred_by"),
            package_fingerprint=data.get("package_fingerprint"),
            keep_extra_years=int(data.get("keep_extra_years", 0)),
            holds=[_hold_from_json(h) for h in data.get("holds", [])],
        )
    except (KeyError, TypeError, ValueError) as e:
        raise InvalidMetadata(f"dossier JSON: {e}") from e


def catalogue_to_json(catalogue: DossierCatalogue) -> Json:
    """A :class:`DossierCatalogue` as JSON."""
    return {
        "organ_id": catalogue.organ_id,
        "year": catalogue.year,
        "approved_by": catalogue.approved_by,
        "approved_at": _iso(catalogue.approved_at),
        "entries": [
            {
                "notation": e.notation,
                "title": e.title,
                "retention": e.retention.label(),
                "creator": e.creator,
            }
            for e in catalogue.entries
        ],
    }


def catalogue_from_json(data: Json) -> DossierCatalogue:
    """Inverse of :func:`catalogue_to_json`."""
    entries = [
        CatalogueEntry(e["notation"], e["title"], Retention.parse(e["retention"]), e["creator"])
        for e in data["entries"]
    ]
    return DossierCatalogue(
        data["organ_id"],
        int(data["year"]),
        entries,
        data.get("approved_by"),
        _dt(data.get("approved_at")),
    )


def disposal_to_json(record: DisposalRecord) -> Json:
    """A :class:`DisposalRecord` as JSON."""
    data = asdict(record)
    data.update(
        start_date=_iso(record.start_date),
        end_date=_iso(record.end_date),
        approved_at=_iso(record.approved_at),
        disposed_at=_iso(record.disposed_at),
        documents=[[r.document_id, r.sha256] for r in record.documents],
    )
    return data


def disposal_from_json(data: Json) -> DisposalRecord:
    """Inverse of :func:`disposal_to_json`."""
    return DisposalRecord(
        data["file_code"],
        data["title"],
        data["retention"],
        _d(data["start_date"]),
        _d(data["end_date"]),
        tuple(DocumentRef(i, h) for i, h in data["documents"]),
        data["approved_by"],
        datetime.fromisoformat(data["approved_at"]),
        data["decision_ref"],
        data["disposed_by"],
        datetime.fromisoformat(data["disposed_at"]),
    )
