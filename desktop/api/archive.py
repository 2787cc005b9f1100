"""The archive's routes (dossiers, catalogue, packages, fixity), over a signed-in ``ApiClient``.

Every call blocks: run it with ``desktop.tasks.run_in_background``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx

from desktop.api import errors
from desktop.api.client import ApiClient

ARCHIVE = "/archive"
CHUNK = 256 * 1024
LONG_WORK = httpx.Timeout(connect=5.0, read=60 * 60.0, write=30.0, pool=5.0)
"""Packing, verifying and sweeping re-hash and re-validate every file: a dossier of 1,000
documents takes minutes (bench/bench_archive.py), far past the usual 20-second wait."""
T = TypeVar("T")


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _moment(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@dataclass(frozen=True)
class DossierSummary:
    """A dossier in a list."""

    file_code: str
    year: int
    notation: str
    title: str
    state: str
    retention: str
    in_catalogue: bool
    transfer_deadline: date | None
    under_hold: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DossierSummary:
        """From the server's JSON."""
        return cls(data["file_code"], int(data["year"]), data["notation"], data["title"],
                   data["state"], data["retention"], bool(data["in_catalogue"]),
                   _day(data.get("transfer_deadline")), bool(data["under_hold"]))


@dataclass(frozen=True)
class FiledDocument:
    """A document in a dossier."""

    document_id: int
    type_name: str
    number: int | None
    notation: str | None
    issue_date: date | None
    subject: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FiledDocument:
        """From the server's JSON."""
        return cls(int(data["document_id"]), data["type_name"], data.get("number"),
                   data.get("notation"), _day(data.get("issue_date")), data["subject"])


@dataclass(frozen=True)
class Hold:
    """A legal hold."""

    hold_id: str
    reason: str
    placed_by: str
    active: bool


@dataclass(frozen=True)
class Package:
    """A preservation package on the server."""

    id: int
    name: str
    fingerprint: str
    documents: int
    payload_bytes: int
    transfer: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Package:
        """From the server's JSON."""
        return cls(int(data["id"]), data["name"], data["fingerprint"], int(data["documents"]),
                   int(data["payload_bytes"]), bool(data["transfer"]))


@dataclass(frozen=True)
class DossierDetail:
    """A dossier with its Circular 02 metadata, documents, holds and packages."""

    summary: DossierSummary
    creator: str
    start_date: date | None
    end_date: date | None
    doc_total: int
    page_total: int
    keywords: tuple[str, ...]
    disposal_decision: str | None
    holds: tuple[Hold, ...]
    documents: tuple[FiledDocument, ...]
    packages: tuple[Package, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DossierDetail:
        """From the server's JSON."""
        return cls(DossierSummary.from_json(data), data["creator"], _day(data["start_date"]),
                   _day(data["end_date"]), int(data["doc_total"]), int(data["page_total"]),
                   tuple(data["keywords"]), data.get("disposal_decision"),
                   tuple(Hold(h["hold_id"], h["reason"], h["placed_by"], bool(h["active"]))
                         for h in data["holds"]),
                   tuple(FiledDocument.from_json(d) for d in data["documents"]),
                   tuple(Package.from_json(p) for p in data["packages"]))


@dataclass(frozen=True)
class PackageProblem:
    """One problem a verification found."""

    kind: str
    path: str
    detail: str


@dataclass(frozen=True)
class Verification:
    """The outcome of verifying a package."""

    valid: bool
    files_checked: int
    problems: tuple[PackageProblem, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verification:
        """From the server's JSON."""
        return cls(bool(data["valid"]), int(data["files_checked"]),
                   tuple(PackageProblem(p["kind"], p["path"], p["detail"])
                         for p in data["problems"]))


@dataclass(frozen=True)
class FixityRun:
    """One fixity sweep and its alerts (path, detail)."""

    id: int
    started_at: datetime
    checked: int
    bytes_hashed: int
    alerts: tuple[tuple[str, str], ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FixityRun:
        """From the server's JSON."""
        started = _moment(data["started_at"])
        assert started is not None
        return cls(int(data["id"]), started, int(data["checked"]), int(data["bytes_hashed"]),
                   tuple((a["path"], a["detail"]) for a in data["alerts"]))


@dataclass(frozen=True)
class RetentionRule:
    """One record category of the agency's retention schedule."""

    category: str
    retention: str
    permanent: bool
    description: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RetentionRule:
        """From the server's JSON."""
        return cls(data["category"], data["retention"], bool(data["permanent"]),
                   data.get("description", ""))


@dataclass(frozen=True)
class CatalogueEntry:
    """A planned dossier."""

    notation: str
    title: str
    retention: str
    creator: str


@dataclass(frozen=True)
class Catalogue:
    """Danh mục hồ sơ of a year."""

    year: int
    approved: bool
    entries: tuple[CatalogueEntry, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Catalogue:
        """From the server's JSON."""
        return cls(int(data["year"]), bool(data["approved"]),
                   tuple(CatalogueEntry(e["notation"], e["title"], e["retention"], e["creator"])
                         for e in data["entries"]))


@dataclass(frozen=True)
class TransferWarning:
    """A dossier to hand to the agency archive soon (negative days: overdue)."""

    file_code: str
    title: str
    deadline: date
    days_left: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TransferWarning:
        """From the server's JSON."""
        return cls(data["file_code"], data["title"], date.fromisoformat(data["deadline"]),
                   int(data["days_left"]))


Progress = Callable[[int, int], None]


"""Called with (bytes received, bytes expected or 0) while a download runs."""


class ArchiveApi:
    """The archive routes of one signed-in client."""

    def __init__(self, client: ApiClient) -> None:
        self.client = client

    def _call(self, parse: Callable[[Any], T], method: str, path: str, **kwargs: Any) -> T:
        response = self.client.request(method, f"{ARCHIVE}{path}", **kwargs)
        try:
            return parse(response.json())
        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ProtocolError(detail=f"{method} {path}: {exc!r}") from exc

    def _list(self, parse: Callable[[dict[str, Any]], T], path: str,
              **kwargs: Any) -> list[T]:
        return self._call(lambda items: [parse(item) for item in items], "GET", path, **kwargs)

    def years(self) -> list[int]:
        """Years with dossiers or a catalogue, newest first."""
        return self._call(lambda years: [int(y) for y in years], "GET", "/years")

    def dossiers(self, *, year: int | None = None, text: str | None = None) -> list[
            DossierSummary]:
        """Dossiers of a year, found with or without diacritics."""
        params = {k: v for k, v in (("year", year), ("q", text)) if v}
        return self._list(DossierSummary.from_json, "/dossiers", params=params)

    def dossier(self, file_code: str) -> DossierDetail:
        """One dossier."""
        return self._detail("GET", f"/dossiers/{file_code}")

    def _detail(self, method: str, path: str, **kwargs: Any) -> DossierDetail:
        return self._call(DossierDetail.from_json, method, path, **kwargs)

    def open_dossier(self, *, year: int, notation: str, title: str | None = None,
                     retention: str | None = None,
                     category: str | None = None) -> DossierDetail:
        """Open a dossier (from the catalogue when only year and notation are given); its
        retention is given, or taken from the schedule by record category."""
        body = {"year": year, "notation": notation, "title": title, "retention": retention,
                "category": category}
        return self._detail("POST", "/dossiers", json={k: v for k, v in body.items() if v})

    def add_document(self, file_code: str, document_id: int) -> DossierDetail:
        """File a document."""
        return self._detail("POST", f"/dossiers/{file_code}/documents",
                            json={"document_id": document_id})

    def remove_document(self, file_code: str, document_id: int) -> DossierDetail:
        """Take a document out of an open dossier."""
        return self._detail("DELETE", f"/dossiers/{file_code}/documents/{document_id}")

    def close_dossier(self, file_code: str, *, title: str, retention: str,
                      keywords: tuple[str, ...], description: str = "") -> DossierDetail:
        """Close, fixing title, retention, keywords and notes."""
        return self._detail("POST", f"/dossiers/{file_code}/close",
                            json={"title": title, "retention": retention,
                                  "keywords": list(keywords), "description": description})

    def retention_schedule(self) -> list[RetentionRule]:
        """The agency's retention schedule."""
        return self._list(RetentionRule.from_json, "/retention-schedule")

    def set_retention_rule(self, category: str, retention: str,
                           description: str = "") -> RetentionRule:
        """Add or change a record category of the schedule (clerk, administrator)."""
        return self._call(RetentionRule.from_json, "PUT", f"/retention-schedule/{category}",
                                json={"retention": retention, "description": description})

    def catalogue(self, year: int) -> Catalogue:
        """The year's dossier catalogue."""
        return self._call(Catalogue.from_json, "GET", f"/catalogues/{year}")

    def transfer_warnings(self) -> list[TransferWarning]:
        """Closed dossiers whose transfer deadline is 30 days away or less, or past."""
        return self._list(TransferWarning.from_json, "/transfer-warnings")

    def place_hold(self, file_code: str, reason: str) -> DossierDetail:
        """Put the dossier under legal hold."""
        return self._detail("POST", f"/dossiers/{file_code}/holds", json={"reason": reason})

    def release_hold(self, file_code: str, hold_id: str) -> DossierDetail:
        """Release a legal hold."""
        return self._detail("POST", f"/dossiers/{file_code}/holds/{hold_id}/release")

    def approve_disposal(self, file_code: str, decision_ref: str) -> DossierDetail:
        """The head approves the disposal."""
        return self._detail("POST", f"/dossiers/{file_code}/disposal-approval",
                            json={"decision_ref": decision_ref})

    def dispose(self, file_code: str) -> dict[str, Any]:
        """Dispose of the dossier; returns the disposal record."""
        return self._call(lambda body: dict(body["record"]), "POST",
                          f"/dossiers/{file_code}/dispose", timeout=LONG_WORK)

    def pack(self, file_code: str, *, transfer: bool) -> Package:
        """Build the package (and transfer the dossier)."""
        return self._call(Package.from_json, "POST", f"/dossiers/{file_code}/packages",
                          json={"transfer": transfer}, timeout=LONG_WORK)

    def verify(self, package_id: int) -> Verification:
        """Verify a package on the server."""
        return self._call(Verification.from_json, "POST", f"/packages/{package_id}/verify",
                          timeout=LONG_WORK)

    def export(self, package_id: int, target: Path, progress: Progress | None = None) -> Path:
        """Download the package's ZIP to ``target``, written beside it and renamed when whole."""
        partial = target.with_name(f".{target.name}.partial")
        path = f"{ARCHIVE}/packages/{package_id}/export"
        try:
            with self.client.stream("GET", path, timeout=LONG_WORK) as reply:
                expected = int(reply.headers.get("content-length", 0))
                received = 0
                with open(partial, "wb") as out:
                    for chunk in reply.iter_bytes(CHUNK):
                        out.write(chunk)
                        received += len(chunk)
                        if progress is not None:
                            progress(received, expected)
                    out.flush()
                    os.fsync(out.fileno())  # whole on disk before it takes the final name
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    def fixity_runs(self) -> list[FixityRun]:
        """The latest fixity sweeps."""
        return self._list(FixityRun.from_json, "/fixity")

    def run_fixity(self) -> FixityRun:
        """Sweep now."""
        return self._call(FixityRun.from_json, "POST", "/fixity", timeout=LONG_WORK)
