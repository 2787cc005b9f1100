"""Quorum and majority rules, evaluated in exact integer arithmetic."""

from __future__ import annotations

from fractions import Fraction

import pytest

from meetings.model import MajorityBase, MajorityKind, MajorityRule, QuorumRule

SIMPLE = MajorityRule(MajorityKind.SIMPLE)
ABSOLUTE_ALL = MajorityRule(MajorityKind.ABSOLUTE, MajorityBase.ALL_MEMBERS)
TWO_THIRDS = MajorityRule(MajorityKind.TWO_THIRDS, MajorityBase.ALL_MEMBERS)


@pytest.mark.parametrize(
    ("total", "present", "met"),
    [(27, 18, True), (27, 17, False), (26, 18, True), (26, 17, False), (3, 2, True), (0, 0, True)],
)
def test_two_thirds_quorum_is_inclusive(total: int, present: int, met: bool) -> None:
    assert QuorumRule(Fraction(2, 3)).is_met(present=present, total=total) is met


def test_half_quorum_exactly_met() -> None:
    rule = QuorumRule(Fraction(1, 2))
    assert rule.required(10) == 5
    assert rule.required(11) == 6


@pytest.mark.parametrize(
    ("yes", "no", "carried"), [(3, 3, False), (4, 3, True), (0, 0, False), (1, 0, True)]
)
def test_simple_majority_tie_does_not_carry(yes: int, no: int, carried: bool) -> None:
    assert SIMPLE.is_carried(yes=yes, no=no, base_count=100) is carried
    assert SIMPLE.required_yes(100) is None


@pytest.mark.parametrize(("base", "needed"), [(10, 6), (9, 5), (27, 14), (1, 1), (2, 2)])
def test_absolute_majority_is_more_than_half(base: int, needed: int) -> None:
    assert ABSOLUTE_ALL.required_yes(base) == needed
    assert ABSOLUTE_ALL.is_carried(yes=needed, no=0, base_count=base)
    assert not ABSOLUTE_ALL.is_carried(yes=needed - 1, no=0, base_count=base)


@pytest.mark.parametrize(("base", "needed"), [(9, 6), (10, 7), (11, 8), (12, 8), (27, 18), (3, 2)])
def test_two_thirds_rounds_up(base: int, needed: int) -> None:
    assert TWO_THIRDS.required_yes(base) == needed
    assert TWO_THIRDS.is_carried(yes=needed, no=base - needed, base_count=base)
    assert not TWO_THIRDS.is_carried(yes=needed - 1, no=0, base_count=base)


def test_abstentions_count_against_absolute_but_not_simple() -> None:
    # 5 present: 2 yes, 1 no, 2 abstain.
    assert SIMPLE.is_carried(yes=2, no=1, base_count=5)
    assert not MajorityRule(MajorityKind.ABSOLUTE, MajorityBase.PRESENT).is_carried(
        yes=2, no=1, base_count=5
    )
