"""Errors of the archive core: one root, :class:`ArchiveError`, and one subclass per refusal."""

from __future__ import annotations

__all__ = [
    "ArchiveError",
    "BagUnreadable",
    "CatalogueError",
    "DisposalNotApproved",
    "DocumentMismatch",
    "DocumentNotFound",
    "DossierNotFound",
    "DossierStateError",
    "InvalidMetadata",
    "PackageExists",
    "PermanentRetention",
    "RenewalError",
    "RetentionNotExpired",
    "TransferExtensionRefused",
    "UnderLegalHold",
    "UnknownRetentionCategory",
    "UnreadableDocument",
]


class ArchiveError(Exception):
    """Root of every error the archive core raises on purpose."""


class InvalidMetadata(ArchiveError):
    """A Circular 02/2019 field is missing, too long or malformed."""


class DossierStateError(ArchiveError):
    """The dossier is not in a state that allows this change (e.g. adding to a closed dossier)."""


class DossierNotFound(ArchiveError):
    """No dossier with that file code."""


class DocumentNotFound(ArchiveError):
    """No document with that id (in the dossier or in the document source)."""


class DocumentMismatch(ArchiveError):
    """A document's bytes no longer hash to what the dossier recorded."""


class CatalogueError(ArchiveError):
    """The dossier catalogue refuses the change (already approved, duplicate notation…)."""


class UnknownRetentionCategory(ArchiveError):
    """The retention schedule has no rule for that record category."""


class UnderLegalHold(ArchiveError):
    """Disposal refused: the dossier is under an active legal hold."""


class DisposalNotApproved(ArchiveError):
    """Disposal refused: no valid approval."""


class PermanentRetention(ArchiveError):
    """Disposal refused: the dossier is kept permanently."""


class RetentionNotExpired(ArchiveError):
    """Disposal refused: the retention period has not ended."""


class TransferExtensionRefused(ArchiveError):
    """A unit may keep a dossier at most two more years, with written approval."""


class PackageExists(ArchiveError):
    """The package's destination exists already; packages are never overwritten."""


class BagUnreadable(ArchiveError):
    """The path is not a readable BagIt bag (no ``bagit.txt``, unreadable manifests…)."""


class RenewalError(ArchiveError):
    """A document time stamp could not be added, or the result is not an incremental update."""


class UnreadableDocument(ArchiveError):
    """A document to be packed is not a readable PDF."""
