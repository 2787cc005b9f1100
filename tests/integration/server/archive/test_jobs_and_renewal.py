"""Scheduled archive work at service level under a controlled clock: the 30-day transfer
warning (sent once), the fixity sweep, and renewing an archived B-LTA signature with the test
PKI's second TSA when the first one's certificate nears its end."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from archive.model import AccessRegime
from archive.renewal import SigningRenewer, due_for_renewal
from server.archive import disposal
from server.archive import preservation as preserving
from server.archive import service as archive
from server.archive.jobs import send_transfer_warnings
from server.archive.preservation import Preservation
from server.archive.tables import PackageRow
from server.auth.principal import Principal
from server.core.context import AppContext
from server.core.permissions import Role
from server.core.tables import AuditEntry, Event
from signing.testpki import PhigiayPki
from tests.fixtures.server import Seed

from .conftest import FixedClock, MakeDocument, SignedPdfs

ROLLOVER = datetime(2031, 3, 1, tzinfo=UTC)
"""tsa1's certificate ends 2032-01-01: within a year of this day; tsa2 is valid from 2030."""


def _principal(seed: Seed, username: str, role: Role) -> Principal:
    return Principal(user_id=seed.users[username], username=username, full_name=username,
                     agency_id=1, unit_id=seed.units["TH"], roles=frozenset({role}))


def _closed_dossier(context: AppContext, seed: Seed, make_document: MakeDocument,
                    notation: str, documents: list[int], clock: FixedClock) -> str:
    officer = _principal(seed, "officer", Role.OFFICER)
    fields = archive.DossierFields(year=2025, notation=notation, title=f"Hồ sơ {notation}",
                                   retention="Vĩnh viễn", access=AccessRegime.RESTRICTED)
    with context.database.writing() as session:
        code = str(archive.open_dossier(session, principal=officer, fields=fields,
                                        clock=clock).file_code)
    for document_id in documents:
        with context.database.writing() as session:
            archive.add_document(session, principal=officer, store=context.store,
                                 file_code=code, document_id=document_id)
    with context.database.writing() as session:
        archive.close_dossier(session, principal=officer, store=context.store, file_code=code,
                              clock=clock)
    return code


def test_transfer_warning_thirty_days_before_then_overdue_each_once(
    context: AppContext, seed: Seed, make_document: MakeDocument, clock: FixedClock
) -> None:
    ended = make_document("Báo cáo tổng kết", date(2025, 12, 20))
    code = _closed_dossier(context, seed, make_document, "11.TK", [ended], clock)
    clock.moment = datetime(2026, 11, 19, tzinfo=UTC)  # deadline 2026-12-20: 31 days away
    with context.database.writing() as session:
        assert send_transfer_warnings(session, clock=clock) == 0
    clock.advance(days=1)
    with context.database.writing() as session:
        assert send_transfer_warnings(session, clock=clock) == 1
        assert send_transfer_warnings(session, clock=clock) == 0
    clock.moment = datetime(2026, 12, 21, tzinfo=UTC)
    with context.database.writing() as session:
        assert send_transfer_warnings(session, clock=clock) == 1
    with context.database.reading() as session:
        events = list(session.scalars(select(Event).where(Event.kind.like("archive.transfer%"))
                                      .order_by(Event.id)))
    assert [(e.kind, e.payload["file_code"]) for e in events] == [
        ("archive.transfer_due_soon", code), ("archive.transfer_overdue", code)]
    assert seed.users["officer"] in events[0].audience["users"]
    assert "clerk" in events[0].audience["roles"]


def test_renewal_under_a_controlled_clock_with_two_tsas(
    context: AppContext, seed: Seed, make_document: MakeDocument, signed_pdfs: SignedPdfs,
    pki: PhigiayPki, clock: FixedClock
) -> None:
    lta = make_document("Nghị quyết lưu trữ vĩnh viễn", date(2025, 6, 1), pdf=signed_pdfs.lta)
    plain = make_document("Công văn thường", date(2025, 7, 1))
    code = _closed_dossier(context, seed, make_document, "12.LT", [lta, plain], clock)
    clerk = _principal(seed, "clerk", Role.CLERK)
    kept = Preservation.build(context.settings, context.store, context.signatures.trust)
    package = preserving.pack_dossier(context.database, principal=clerk, preservation=kept,
                                      file_code=code, transfer=True, clock=clock)
    renewer = SigningRenewer(pki.timestamp_source("tsa2", at=ROLLOVER),
                             pki.validation_sources(at=ROLLOVER), at=ROLLOVER)

    early = FixedClock(datetime(2026, 11, 26, tzinfo=UTC))
    assert preserving.renew_signatures(context.database, preservation=kept, renewer=renewer,
                                       clock=early) == []
    renewed = preserving.renew_signatures(context.database, preservation=kept,
                                          renewer=renewer, clock=FixedClock(ROLLOVER))
    assert [(r.file_code, len(r.documents)) for r in renewed] == [(code, 1)]

    bag = kept.packages / package.name
    pdf = bag / renewed[0].documents[0]
    assert pdf.read_bytes().startswith(signed_pdfs.lta)
    assert due_for_renewal(pdf.read_bytes(), now=ROLLOVER) is None
    with context.database.reading() as session:
        row = session.get(PackageRow, package.id)
        assert row is not None and row.fingerprint != package.fingerprint
        renewal = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "archive.signatures_renewed")).one()
    assert renewal.details is not None
    kept_copy = renewal.details["documents"][renewed[0].documents[0]]
    assert context.store.read(kept_copy) == pdf.read_bytes()  # the store holds the renewal
    run = preserving.fixity_sweep(context.database, preservation=kept, clock=clock)
    assert run.alerts == [] and run.checked >= 3
    assert preserving.renew_signatures(context.database, preservation=kept, renewer=renewer,
                                       clock=FixedClock(ROLLOVER)) == []


@pytest.mark.parametrize(("username", "role", "allowed"), [
    ("clerk", Role.CLERK, False), ("officer", Role.OFFICER, False),
    ("unithead", Role.UNIT_HEAD, False), ("leader", Role.LEADER, True),
])
def test_only_the_leader_approves_a_disposal(
    context: AppContext, seed: Seed, make_document: MakeDocument, clock: FixedClock,
    username: str, role: Role, allowed: bool
) -> None:
    code = _closed_dossier(context, seed, make_document, "13.HC",
                           [make_document("Giấy mời", date(2025, 3, 3))], clock)
    with context.database.writing() as session:
        if allowed:
            disposal.approve_disposal(session, principal=_principal(seed, username, role),
                                     file_code=code, decision_ref="2/QĐ-VPCP")
        else:
            with pytest.raises(Exception, match="archive.disposal.approve"):
                disposal.approve_disposal(session, principal=_principal(seed, username, role),
                                         file_code=code, decision_ref="2/QĐ-VPCP")
