"""Leader → number/date → agency seal: all valid, only permitted changes, then locked."""

from __future__ import annotations

from datetime import date

import pytest

import signing as s
from signing import outgoing


def _by_field(report: s.VerificationReport) -> dict[str, s.SignatureReport]:
    return {sig.field_name: sig for sig in report.signatures}


def test_full_sequence_validates_with_only_permitted_changes(
    issued: dict[str, bytes], pki: object, root: bytes
) -> None:
    report = s.verify_pdf(issued["sealed"], trust_roots=(root,), revocation=s.RevocationMode.HARD)
    sigs = _by_field(report)
    assert report.verdict is s.Verdict.VALID
    leader = sigs[outgoing.LEADER_SIGNATURE_FIELD]
    seal = sigs[outgoing.AGENCY_SEAL_FIELD]
    assert leader.certification == s.DocMdp.FILL_FORMS
    assert leader.modification is s.Modification.PERMITTED
    assert leader.coverage is s.Coverage.WHOLE_REVISION
    assert seal.modification is s.Modification.NONE
    assert seal.signer is not None and seal.signer.subject_name == "Văn phòng Chính phủ"
    assert seal.level == "B-LT" and leader.status is s.PlainStatus.VALID


def test_each_step_builds_on_the_previous_bytes(issued: dict[str, bytes]) -> None:
    assert s.is_incremental_update(issued["leader"], issued["filled"])
    assert s.is_incremental_update(issued["filled"], issued["sealed"])
    rewritten = issued["sealed"].replace(b"%PDF-1.3", b"%PDF-1.4", 1)
    assert not s.is_incremental_update(issued["leader"], rewritten)


def test_leader_lock_forbids_other_field_changes(issued: dict[str, bytes], root: bytes) -> None:
    # a field the lock does not leave open: sign a *new* visible field is fine, but filling the
    # seal field with a person's signature is allowed only to the seal... rewriting the number
    # field twice is refused because it is no longer empty
    with pytest.raises(s.FieldError):
        outgoing.fill_issue(issued["filled"], number="13/QĐ-VPCP", date_line="x")


def test_after_the_seal_nothing_more_is_permitted(
    issued: dict[str, bytes], pki: object, root: bytes
) -> None:
    extra = s.sign_pdf(
        issued["sealed"],
        pki.key("leader-binh"),  # type: ignore[attr-defined]
        s.SignOptions(field_name="Late", box=(50, 50, 150, 100)),
    )
    sigs = _by_field(s.verify_pdf(extra, trust_roots=(root,)))
    assert sigs[outgoing.AGENCY_SEAL_FIELD].modification is s.Modification.NOT_PERMITTED
    assert sigs[outgoing.AGENCY_SEAL_FIELD].indication is s.Indication.TOTAL_FAILED


def test_extend_keeps_the_sequence_valid(
    issued: dict[str, bytes], tsa: s.TimestampSource, sources: s.ValidationSources, root: bytes
) -> None:
    once = s.extend_pdf(issued["sealed"], tsa, validation=sources)
    twice = s.extend_pdf(once, tsa, validation=sources)
    report = s.verify_pdf(twice, trust_roots=(root,), revocation=s.RevocationMode.HARD)
    kinds = [sig.kind for sig in report.signatures]
    assert kinds.count("document-timestamp") == 2
    assert report.verdict is s.Verdict.VALID
    assert _by_field(report)[outgoing.AGENCY_SEAL_FIELD].level == "B-LTA"


def test_issue_date_line_follows_decree_30() -> None:
    assert (
        outgoing.issue_date_text("Hà Nội", date(2026, 1, 9)) == "Hà Nội, ngày 09 tháng 01 năm 2026"
    )
    assert outgoing.issue_date_text("Huế", date(2026, 3, 15)) == "Huế, ngày 15 tháng 3 năm 2026"


def test_appendix_copies_of_number_and_date_stay_open_and_get_filled(
    leader: s.SigningKey, seal_key: s.SigningKey, root: bytes
) -> None:
    from tests.unit.signing.conftest import make_pdf

    pdf = make_pdf(issuance_fields=True, appendix=True)
    open_fields = outgoing.issuance_fields(pdf)
    assert set(open_fields) == {
        "IssueNumber",
        "IssueDate",
        "AgencySeal",
        "IssueNumber_A1",
        "IssueDate_A1",
    }
    signed = outgoing.sign_as_leader(pdf, leader)  # default: the document's own open fields
    filled = outgoing.fill_issue(signed, number="5", date_line="ngày 05 tháng 01 năm 2027")
    sealed = outgoing.apply_seal(filled, seal_key)
    report = s.verify_pdf(sealed, trust_roots=(root,))
    assert [sig.indication for sig in report.signatures] == [s.Indication.TOTAL_PASSED] * 2
    assert {n for n, _, filled_ in _form(sealed) if filled_} >= {"IssueNumber_A1", "IssueDate_A1"}


def _form(data: bytes) -> list[tuple[str, str, bool]]:
    from signing._sign import form_fields

    return form_fields(data)


def test_a_pdf_without_a_seal_field_can_still_be_sealed(
    blank_pdf: bytes, leader: s.SigningKey, seal_key: s.SigningKey, root: bytes
) -> None:
    assert outgoing.AGENCY_SEAL_FIELD not in {name for name, *_ in _form(blank_pdf)}
    signed = outgoing.sign_as_leader(blank_pdf, leader)
    assert outgoing.AGENCY_SEAL_FIELD in outgoing.issuance_fields(signed)
    sealed = outgoing.apply_seal(signed, seal_key)
    report = s.verify_pdf(sealed, trust_roots=(root,), revocation=s.RevocationMode.OFF)
    assert report.verdict is s.Verdict.VALID
    assert {sig.field_name for sig in report.signatures} == {
        outgoing.LEADER_SIGNATURE_FIELD, outgoing.AGENCY_SEAL_FIELD}
    assert outgoing.ensure_seal_field(signed) == signed  # nothing added twice
