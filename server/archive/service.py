"""Archive use cases on the server: the retention schedule, the catalogue, dossiers and filing.

Each function checks the principal's right, runs the archive core's use case over the SQL
repository (``adapters.py``), records one audit entry and a live event, and commits once.
Holds and disposal are in ``disposal.py``; packages, fixity and renewal in ``preservation.py``;
reading in ``queries.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive import services as core
from archive.catalogue import CatalogueEntry, DossierCatalogue
from archive.errors import DossierStateError, InvalidMetadata
from archive.model import AccessRegime, Dossier, FileCode
from archive.ports import Clock
from archive.retention import Retention, RetentionRule, RetentionSchedule
from server.archive.access import ArchiveAction, actor_name, require, require_dossier_editor
from server.archive.adapters import SqlDocuments, SqlDossierRepository, SystemClock
from server.archive.errors import reported
from server.archive.tables import DossierRow, RetentionRuleRow
from server.auth.principal import Principal
from server.core import audit
from server.core.events import Audience, publish
from server.core.permissions import Role
from server.core.store import FileStore
from server.documents.access import get_visible
from server.users.tables import Agency

OBJECT_TYPE = "archive_dossier"
KEEPERS = frozenset({Role.CLERK.value, Role.LEADER.value})
"""Who hears about every archive change besides the dossier's opener."""


@dataclass(frozen=True)
class DossierFields:
    """What a handler gives when opening a dossier (the rest comes from the catalogue)."""

    year: int
    notation: str
    title: str | None = None
    retention: str | None = None
    """``Vĩnh viễn`` or a number of years; or give ``category``."""
    category: str | None = None
    """A record category of the retention schedule, whose retention the dossier takes."""
    creator: str | None = None
    access: AccessRegime = AccessRegime.UNRESTRICTED
    description: str = ""


def organ_id(db_session: Session) -> str:
    """The agency's organ id (mã định danh cơ quan): the first part of every file code."""
    agency = db_session.scalars(select(Agency).order_by(Agency.id).limit(1)).one()
    return agency.organ_id


def snapshot(dossier: Dossier) -> dict[str, Any]:
    """What the audit log records of a dossier before and after a change."""
    return {"state": dossier.state.value, "documents": len(dossier.entries),
            "holds": sum(1 for h in dossier.holds if h.active)}


def record_change(db_session: Session, *, principal: Principal | None, action: str,
                  dossier: Dossier, before: dict[str, Any] | None,
                  details: dict[str, Any] | None = None) -> None:
    """Audit one change of a dossier and tell its opener and the keepers (not committed)."""
    code = str(dossier.file_code)
    audit.record(db_session, actor_id=principal.user_id if principal else None,
                 action=f"archive.{action}", object_type=OBJECT_TYPE, object_id=code,
                 before=before, after=snapshot(dossier), details=details)
    opener = db_session.scalars(select(DossierRow.opened_by)
                                .where(DossierRow.file_code == code)).one()
    publish(db_session, kind=f"archive.{action}",
            payload={"file_code": code, "title": dossier.title, "state": dossier.state.value},
            audience=Audience(users=frozenset({opener}), roles=KEEPERS))


# --- Retention schedule --------------------------------------------------------------------

_CATEGORY = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def retention_schedule(db_session: Session) -> RetentionSchedule:
    """The agency's configured retention schedule."""
    rows = db_session.scalars(select(RetentionRuleRow).order_by(RetentionRuleRow.category))
    with reported():
        return RetentionSchedule(tuple(RetentionRule(r.category, Retention.parse(r.retention),
                                                     r.description) for r in rows))


def set_retention_rule(db_session: Session, *, principal: Principal, category: str,
                       retention: str, description: str = "") -> RetentionRule:
    """Add or change one line of the retention schedule (dossiers already opened keep theirs)."""
    require(principal, ArchiveAction.SCHEDULE)
    with reported():
        if not _CATEGORY.match(category):
            raise InvalidMetadata(f"category {category!r}: lower-case letters, digits, . _ -")
        parsed = Retention.parse(retention)
    row = db_session.get(RetentionRuleRow, category)
    before = None if row is None else {"retention": row.retention}
    if row is None:
        row = RetentionRuleRow(category=category)
        db_session.add(row)
    row.retention, row.description = parsed.label(), description.strip()
    row.updated_by = principal.user_id
    audit.record(db_session, actor_id=principal.user_id, action="archive.retention_rule_set",
                 object_type="archive_retention_rule", object_id=category, before=before,
                 after={"retention": row.retention})
    db_session.commit()
    return RetentionRule(category, parsed, row.description)


def resolve_retention(db_session: Session, *, retention: str | None,
                      category: str | None) -> Retention | None:
    """A retention given as text, or by record category from the schedule; None if neither.

    Raises:
        InvalidMetadata: both given, or the text is not a retention.
        UnknownRetentionCategory: the schedule has no such category.
    """
    if retention and category:
        raise InvalidMetadata("give a retention or a record category, not both")
    if category:
        return core.retention_for(retention_schedule(db_session), category)
    return Retention.parse(retention) if retention else None


# --- Catalogue -----------------------------------------------------------------------------


def plan_catalogue_entry(db_session: Session, *, principal: Principal, year: int,
                         notation: str, title: str, retention: str | None, creator: str,
                         category: str | None = None) -> DossierCatalogue:
    """Add a planned dossier to the year's catalogue (created on first use); its retention is
    given, or taken from the schedule by record category."""
    require(principal, ArchiveAction.PLAN_CATALOGUE)
    organ = organ_id(db_session)
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id, lock=True)
    with reported():
        FileCode(organ, year, notation)  # validates the notation and the year
        kept = resolve_retention(db_session, retention=retention, category=category)
        if kept is None:
            raise InvalidMetadata("a planned dossier needs a retention or a record category")
        catalogue = repo.catalogue(organ, year) or DossierCatalogue(organ, year)
        catalogue.add(CatalogueEntry(notation, title.strip(), kept, creator.strip()))
        repo.save_catalogue(catalogue)
    audit.record(db_session, actor_id=principal.user_id, action="archive.catalogue.plan",
                 object_type="archive_catalogue", object_id=f"{organ}.{year}",
                 details={"notation": notation, "title": title, "retention": retention})
    db_session.commit()
    return catalogue


def approve_catalogue(db_session: Session, *, principal: Principal, year: int,
                      clock: Clock | None = None) -> DossierCatalogue:
    """The head approves the year's catalogue; it cannot change afterwards."""
    require(principal, ArchiveAction.APPROVE_CATALOGUE)
    organ, clock = organ_id(db_session), clock or SystemClock()
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id, lock=True)
    with reported():
        catalogue = repo.catalogue(organ, year) or DossierCatalogue(organ, year)
        catalogue.approve(by=actor_name(principal), at=clock.now())
        repo.save_catalogue(catalogue)
    audit.record(db_session, actor_id=principal.user_id, action="archive.catalogue.approve",
                 object_type="archive_catalogue", object_id=f"{organ}.{year}",
                 details={"entries": len(catalogue.entries)})
    publish(db_session, kind="archive.catalogue_approved",
            payload={"year": year, "entries": len(catalogue.entries)},
            audience=Audience(roles=frozenset({Role.CLERK.value, Role.UNIT_HEAD.value,
                                               Role.OFFICER.value})))
    db_session.commit()
    return catalogue


# --- Dossiers and filing -------------------------------------------------------------------


def open_dossier(db_session: Session, *, principal: Principal, fields: DossierFields,
                 clock: Clock | None = None) -> Dossier:
    """Open a dossier: from the catalogue (title, retention, creator planned) or outside it."""
    require(principal, ArchiveAction.FILE)
    clock = clock or SystemClock()
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id)
    with reported():
        code = FileCode(organ_id(db_session), fields.year, fields.notation)
        if db_session.scalars(select(DossierRow.id)
                              .where(DossierRow.file_code == str(code))).first() is not None:
            raise DossierStateError(f"dossier {code} exists already")
        catalogue = repo.catalogue(code.organ_id, code.year)
        planned = catalogue.find(code.notation) if catalogue else None
        title = fields.title or (planned.title if planned else "")
        retention = resolve_retention(db_session, retention=fields.retention,
                                      category=fields.category)
        retention = retention or (planned.retention if planned else None)
        if retention is None:
            raise InvalidMetadata("a dossier outside the catalogue needs a retention or a "
                                  "record category")
        creator = fields.creator or (planned.creator if planned else principal.full_name)
        dossier = core.open_dossier(repo, clock, code, title=title, retention=retention,
                                    creator=creator, by=actor_name(principal),
                                    access=fields.access, description=fields.description)
    record_change(db_session, principal=principal, action="dossier_opened", dossier=dossier,
                  before=None, details={"in_catalogue": dossier.in_catalogue})
    db_session.commit()
    return dossier


def _editing(db_session: Session, principal: Principal,
             file_code: str) -> tuple[SqlDossierRepository, FileCode, Dossier]:
    repo = SqlDossierRepository(db_session, actor_id=principal.user_id, lock=True)
    with reported():
        row = repo.row(file_code)
        require_dossier_editor(principal, opened_by=row.opened_by)
        code = FileCode.parse(file_code)
        return repo, code, repo.get(code)


def add_document(db_session: Session, *, principal: Principal, store: FileStore,
                 file_code: str, document_id: int) -> Dossier:
    """File a document the principal may see into a dossier, by reference."""
    repo, code, before = _editing(db_session, principal, file_code)
    get_visible(db_session, principal=principal, document_id=document_id)
    with reported():
        dossier = core.add_document(repo, SqlDocuments(db_session, store=store), code,
                                    str(document_id))
    record_change(db_session, principal=principal, action="document_filed", dossier=dossier,
                  before=snapshot(before), details={"document_id": document_id})
    db_session.commit()
    return dossier


def remove_document(db_session: Session, *, principal: Principal, file_code: str,
                    document_id: int) -> Dossier:
    """Take a document (a draft, a duplicate) out of an open dossier."""
    repo, code, before = _editing(db_session, principal, file_code)
    with reported():
        dossier = core.remove_document(repo, code, str(document_id))
    record_change(db_session, principal=principal, action="document_removed", dossier=dossier,
                  before=snapshot(before), details={"document_id": document_id})
    db_session.commit()
    return dossier


def close_dossier(db_session: Session, *, principal: Principal, store: FileStore,
                  file_code: str, title: str | None = None, retention: str | None = None,
                  keywords: tuple[str, ...] | None = None, description: str | None = None,
                  clock: Clock | None = None) -> Dossier:
    """Close a dossier: the handler fixes title, retention and keywords; the core completes
    dates, document and page counts from the filed documents."""
    repo, code, before = _editing(db_session, principal, file_code)
    was = snapshot(before)
    with reported():
        if before.state.value == "open":
            if title is not None:
                if not 0 < len(title.strip()) <= 500:
                    raise InvalidMetadata("Title must have 1–500 characters")
                before.title = title.strip()
            if retention is not None:
                before.retention = Retention.parse(retention)
            if keywords is not None:
                before.keywords = tuple(k.strip() for k in keywords if k.strip())
            if description is not None:
                before.description = description.strip()
            repo.save(before)
        dossier = core.close_dossier(repo, SqlDocuments(db_session, store=store),
                                     clock or SystemClock(), code, by=actor_name(principal))
    record_change(db_session, principal=principal, action="dossier_closed", dossier=dossier,
                  before=was,
                  details={"doc_total": dossier.doc_total, "page_total": dossier.page_total,
                           "start_date": str(dossier.start_date),
                           "end_date": str(dossier.end_date),
                           "retention": dossier.retention.label()})
    db_session.commit()
    return dossier
