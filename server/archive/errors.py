"""The archive core's refusals as server errors: one stable code each, so a client shows the
precise reason (message keys in ``server.core.messages``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from archive import errors as ae
from archive.export import ExportRefused
from server.core.errors import Conflict, NotFound, PhigiayError, ValidationFailed


class ArchiveStateConflict(Conflict):
    """The dossier's state does not allow the change (closed, transferred, disposed…)."""

    code = "archive_state"


class CatalogueRefused(Conflict):
    """The catalogue is approved already, empty, or the notation is taken."""

    code = "archive_catalogue_refused"


class UnderLegalHold(Conflict):
    """Disposal refused: an active legal hold."""

    code = "archive_legal_hold"


class DisposalNotApproved(Conflict):
    """Disposal refused: the head has not approved it."""

    code = "archive_disposal_not_approved"


class RetentionNotExpired(Conflict):
    """Disposal refused: the retention period has not ended."""

    code = "archive_retention_not_expired"


class PermanentRetention(Conflict):
    """Disposal refused: the dossier is kept permanently."""

    code = "archive_permanent_retention"


class DocumentChanged(Conflict):
    """A filed document's bytes no longer match the hash recorded when it was filed."""

    code = "archive_document_changed"


class PackageDamaged(Conflict):
    """The package fails verification (or is not a bag), so it is not handed over."""

    code = "archive_package_damaged"


class RenewalFailed(Conflict):
    """A document time stamp could not be added."""

    code = "archive_renewal_failed"


class InvalidArchiveInput(ValidationFailed):
    """A Circular 02 field is missing, too long or malformed, or a retention is unknown."""

    code = "archive_invalid_metadata"


_MAPPING: tuple[tuple[type[Exception], type[PhigiayError]], ...] = (
    (ae.DossierNotFound, NotFound),
    (ae.DocumentNotFound, NotFound),
    (ae.UnderLegalHold, UnderLegalHold),
    (ae.DisposalNotApproved, DisposalNotApproved),
    (ae.RetentionNotExpired, RetentionNotExpired),
    (ae.PermanentRetention, PermanentRetention),
    (ae.DossierStateError, ArchiveStateConflict),
    (ae.CatalogueError, CatalogueRefused),
    (ae.DocumentMismatch, DocumentChanged),
    (ExportRefused, PackageDamaged),
    (ae.BagUnreadable, PackageDamaged),
    (ae.RenewalError, RenewalFailed),
    (ae.PackageExists, Conflict),
    (ae.ArchiveError, InvalidArchiveInput),
)


@contextmanager
def reported() -> Iterator[None]:
    """Turn an archive-core refusal raised inside the block into the matching server error."""
    try:
        yield
    except ae.ArchiveError as e:
        server_error = next(cls for core, cls in _MAPPING if isinstance(e, core))
        raise server_error(str(e)) from e
