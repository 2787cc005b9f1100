"""Danh mục hồ sơ: the yearly catalogue of planned dossiers, approved by the head."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from archive.errors import CatalogueError
from archive.retention import Retention

__all__ = ["CatalogueEntry", "DossierCatalogue"]


@dataclass(frozen=True)
class CatalogueEntry:
    """One planned dossier in the yearly catalogue (Phụ lục V)."""

    notation: str
    title: str
    retention: Retention
    creator: str
    """The unit or person responsible (đơn vị/người lập hồ sơ)."""


@dataclass
class DossierCatalogue:
    """Danh mục hồ sơ: the yearly plan of dossiers, approved by the head."""

    organ_id: str
    year: int
    entries: list[CatalogueEntry] = field(default_factory=list)
    approved_by: str | None = None
    approved_at: datetime | None = None

    def add(self, entry: CatalogueEntry) -> None:
        """Plan one more dossier.

        Raises:
            CatalogueError: approved already, or the notation is taken.
        """
        if self.approved_at is not None:
            raise CatalogueError(f"the {self.year} catalogue is approved; it cannot change")
        if self.find(entry.notation) is not None:
            raise CatalogueError(f"notation {entry.notation!r} is in the catalogue already")
        self.entries.append(entry)

    def approve(self, *, by: str, at: datetime) -> None:
        """The head approves the catalogue (start of the year).

        Raises:
            CatalogueError: approved already, or empty.
        """
        if self.approved_at is not None:
            raise CatalogueError(f"the {self.year} catalogue is approved already")
        if not self.entries:
            raise CatalogueError("an empty catalogue cannot be approved")
        self.approved_by, self.approved_at = by, at

    def find(self, notation: str) -> CatalogueEntry | None:
        """The entry with that notation, if planned."""
        return next((e for e in self.entries if e.notation == notation), None)
