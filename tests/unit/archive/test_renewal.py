"""Renewal under a controlled clock with two TSAs of overlapping validity.

tsa1 is valid until 2032-01-01, tsa2 from 2030-01-01 to 2045. A document stamped by tsa1 in
2025 is not due in 2026; on 2031-03-01 tsa1 ends within a year, so the archive adds a fresh
document time stamp from tsa2, after which nothing is due until 2044.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import signing as s
import signing._sign
from archive.errors import RenewalError
from archive.renewal import SigningRenewer, due_for_renewal, renew_bag, renew_document
from archive.signatures import SignatureCheck
from archive.verify import verify_bag
from signing.testpki import PhigiayPki

from .conftest import FixedClock, YearOfDocuments

ROLLOVER = datetime(2031, 3, 1, tzinfo=UTC)


@pytest.fixture
def at_rollover(pki: PhigiayPki) -> SigningRenewer:
    """A renewer stamping with tsa2, validating as of 2031-03-01 (tsa2 is valid from 2030)."""
    return SigningRenewer(
        pki.timestamp_source("tsa2", at=ROLLOVER), pki.validation_sources(at=ROLLOVER),
        at=ROLLOVER,
    )


def test_due_only_when_the_newest_tsa_certificate_ends_within_the_window(
    year: YearOfDocuments,
) -> None:
    lta = year.content[year.lta_ids[0]]
    assert due_for_renewal(lta, now=datetime(2026, 11, 1, tzinfo=UTC)) is None
    due = due_for_renewal(lta, now=ROLLOVER)
    assert due is not None and due.tsa.startswith("Dịch vụ cấp dấu thời gian 1")
    assert due.tsa_expires == datetime(2032, 1, 1, tzinfo=UTC)
    assert due_for_renewal(lta, now=ROLLOVER, window=timedelta(days=200)) is None
    assert due_for_renewal(year.content["VB-2025-001"], now=ROLLOVER) is None  # B-T: none


def test_renewal_adds_a_tsa2_timestamp_and_keeps_every_earlier_byte(
    year: YearOfDocuments, at_rollover: SigningRenewer, pki: PhigiayPki
) -> None:
    lta = year.content[year.lta_ids[0]]
    renewed = renew_document(lta, at_rollover)
    assert renewed.startswith(lta)
    report = s.verify_pdf(
        renewed, trust_roots=(pki.root_pem,), at=ROLLOVER, revocation=s.RevocationMode.HARD
    )
    assert report.verdict is s.Verdict.VALID
    stamps = [r for r in report.signatures if r.kind == "document-timestamp"]
    assert [t.signer.subject_name[-14:] for t in stamps if t.signer] == [
        "1 (thử nghiệm)",
        "2 (thử nghiệm)",
    ]
    assert due_for_renewal(renewed, now=ROLLOVER) is None
    assert due_for_renewal(renewed, now=datetime(2044, 3, 1, tzinfo=UTC)) is not None


def test_a_renewer_that_rewrites_the_file_is_refused(year: YearOfDocuments) -> None:
    class Rewriter:
        def renew(self, data: bytes) -> bytes:
            return data.replace(b"%PDF", b"%PDF", 1)[:-10] + b"rewritten!"

    with pytest.raises(RenewalError, match="incremental"):
        renew_document(year.content[year.lta_ids[0]], Rewriter())


def test_a_bag_is_renewed_whole_under_the_controlled_clock(
    bag: Path, at_rollover: SigningRenewer, check: SignatureCheck
) -> None:
    clock = FixedClock(datetime(2026, 11, 1, tzinfo=UTC))
    assert renew_bag(bag, at_rollover, clock=clock).renewed == ()
    clock.moment = ROLLOVER
    outcome = renew_bag(bag, at_rollover, clock=clock, check=check)
    assert len(outcome.renewed) == 2 and outcome.checked == 8  # the two B-LTA documents
    report = verify_bag(bag, check=SignatureCheck(check.trust_roots, at=ROLLOVER))
    assert report.problems == ()
    log = (bag / "data/audit/renewals.jsonl").read_text().splitlines()
    assert len(log) == 2
    assert not list(bag.parent.glob(".bag.*"))  # no leftovers beside the bag
    assert renew_bag(bag, at_rollover, clock=clock).renewed == ()


def test_a_damaged_bag_is_not_renewed(bag: Path, at_rollover: SigningRenewer) -> None:
    pdf = sorted((bag / "data/documents").glob("*.pdf"))[0]
    pdf.write_bytes(pdf.read_bytes() + b"x")
    with pytest.raises(RenewalError, match="not intact"):
        renew_bag(bag, at_rollover, clock=FixedClock(ROLLOVER))
