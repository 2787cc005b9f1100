"""Reading the archive: the dossier list with the workflow's Vietnamese search, one dossier
with its documents and packages, the catalogue, fixity runs, warnings and disposal records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    cast,
    exists,
    false,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from archive.adapters import codec
from archive.catalogue import DossierCatalogue
from archive.model import Dossier, DossierState
from archive.ports import Clock
from archive.retention import RetentionSchedule
from archive.services import TRANSFER_WARNING_DAYS, TransferWarning
from server.archive import service as archive_service
from server.archive.access import ArchiveAction, require
from server.archive.adapters import SqlDossierRepository, SystemClock
from server.archive.service import organ_id
from server.archive.tables import (
    CatalogueRow,
    DisposalRecordRow,
    DossierDocumentRow,
    DossierRow,
    FixityRunRow,
    PackageRow,
)
from server.auth.principal import Principal
from server.core.errors import NotFound
from server.core.text import query_words
from server.documents.search import MAX_QUERY_WORDS, SEARCH_VECTOR, tsquery_of
from server.documents.tables import Document


def _padded_like(words: SQLColumnExpression[str], word: str) -> ColumnElement[bool]:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (" " + words + " ").like(f"% {escaped} %", escape="\\")


def _document_has(word: str, dialect: str) -> ColumnElement[bool]:
    """A filed document has the word: PostgreSQL asks the documents' indexed tsvector (made of
    exactly ``search_words``, see ``server.documents.search``), SQLite the word list itself."""
    if dialect != "postgresql":
        return _padded_like(Document.search_words, word)
    vector = literal_column(f"{Document.__tablename__}.{SEARCH_VECTOR}", TSVECTOR)
    return vector.bool_op("@@")(cast(literal(tsquery_of([word])), TSQUERY))


def _search(query: Select[DossierRow], text: str, dialect: str) -> Select[DossierRow]:
    """The workflow's word search: every word of the query is one of the dossier's words or
    one of a filed document's words (``index_words``), with or without diacritics. Whole words
    only, alike on both databases: "ho so" finds "Hồ sơ", "ieu" does not find "điều"."""
    words = query_words(text)[:MAX_QUERY_WORDS]
    if not words:
        return query.where(false())
    for word in words:
        # A dossier's own words are a short list (title, notation, keywords) over a few
        # thousand rows a year: compared directly. Documents are many: searched by index.
        in_documents = exists().where(
            DossierDocumentRow.dossier_id == DossierRow.id,
            Document.id == DossierDocumentRow.document_id,
            _document_has(word, dialect))
        query = query.where(or_(_padded_like(DossierRow.search_words, word), in_documents))
    return query


def list_dossiers(db_session: Session, *, principal: Principal, year: int | None = None,
                  state: str | None = None, text: str | None = None,
                  limit: int = 200) -> list[DossierRow]:
    """Dossiers by file code, narrowed by year, state and search text."""
    require(principal, ArchiveAction.READ)
    query = select(DossierRow)
    if year is not None:
        query = query.where(DossierRow.year == year)
    if state:
        query = query.where(DossierRow.state == state)
    if text and text.strip():
        query = _search(query, text, db_session.get_bind().dialect.name)
    return list(db_session.scalars(query.order_by(DossierRow.year.desc(), DossierRow.file_code)
                                   .limit(limit)))


def years(db_session: Session, *, principal: Principal) -> list[int]:
    """Years that have a dossier or a catalogue, newest first."""
    require(principal, ArchiveAction.READ)
    found = set(db_session.scalars(select(DossierRow.year).distinct()))
    found |= set(db_session.scalars(select(CatalogueRow.year).distinct()))
    return sorted(found, reverse=True)


@dataclass(frozen=True)
class DossierView:
    """One dossier as the client shows it."""

    row: DossierRow
    dossier: Dossier
    documents: Sequence[Document]
    """The filed documents, in the dossier's order."""
    packages: Sequence[PackageRow]


def get_dossier(db_session: Session, *, principal: Principal, file_code: str) -> DossierView:
    """A dossier with its documents and live packages."""
    require(principal, ArchiveAction.READ)
    row = db_session.scalars(select(DossierRow)
                             .where(DossierRow.file_code == file_code)).one_or_none()
    if row is None:
        raise NotFound(f"dossier {file_code}")
    dossier = codec.dossier_from_json(row.snapshot)
    ids = [int(ref.document_id) for ref in dossier.entries]
    by_id = {d.id: d for d in db_session.scalars(select(Document).where(Document.id.in_(ids)))}
    packages = db_session.scalars(select(PackageRow).where(
        PackageRow.dossier_id == row.id, PackageRow.destroyed_at.is_(None))
        .order_by(PackageRow.id))
    return DossierView(row, dossier, [by_id[i] for i in ids if i in by_id], list(packages))


def retention_schedule(db_session: Session, *, principal: Principal) -> RetentionSchedule:
    """The agency's retention schedule."""
    require(principal, ArchiveAction.READ)
    return archive_service.retention_schedule(db_session)


def catalogue(db_session: Session, *, principal: Principal, year: int) -> DossierCatalogue:
    """The year's catalogue (empty and unapproved when none was started)."""
    require(principal, ArchiveAction.READ)
    organ = organ_id(db_session)
    repo = SqlDossierRepository(db_session, actor_id=None)
    return repo.catalogue(organ, year) or DossierCatalogue(organ, year)


def due_transfers(db_session: Session, *,
                  clock: Clock) -> list[tuple[DossierRow, TransferWarning]]:
    """Closed dossiers whose transfer deadline is 30 days away or less (the indexed column,
    not every snapshot), with the core's warning for each."""
    today = clock.now().date()
    horizon = today + timedelta(days=TRANSFER_WARNING_DAYS)
    rows = db_session.scalars(select(DossierRow).where(
        DossierRow.state == DossierState.CLOSED.value,
        DossierRow.transfer_deadline.is_not(None), DossierRow.transfer_deadline <= horizon)
        .order_by(DossierRow.transfer_deadline, DossierRow.file_code))
    found = []
    for row in rows:
        deadline = row.transfer_deadline
        assert deadline is not None
        found.append((row, TransferWarning(row.file_code, row.title, deadline,
                                           (deadline - today).days)))
    return found


def transfer_warnings(db_session: Session, *, principal: Principal) -> list[TransferWarning]:
    """Closed dossiers whose transfer deadline is 30 days away or less (or past)."""
    require(principal, ArchiveAction.READ)
    return [warning for _row, warning in due_transfers(db_session, clock=SystemClock())]


def fixity_runs(db_session: Session, *, principal: Principal,
                limit: int = 50) -> list[FixityRunRow]:
    """The latest fixity runs, newest first."""
    require(principal, ArchiveAction.READ)
    return list(db_session.scalars(select(FixityRunRow)
                                   .order_by(FixityRunRow.id.desc()).limit(limit)))


def disposal_records(db_session: Session, *, principal: Principal) -> list[DisposalRecordRow]:
    """Every disposal record, oldest first (kept forever)."""
    require(principal, ArchiveAction.READ)
    return list(db_session.scalars(select(DisposalRecordRow).order_by(DisposalRecordRow.id)))
