"""The bounded window of list pages (pure, no Qt)."""

from __future__ import annotations

import pytest

from desktop.itemmodels.window import RowWindow


def test_rows_come_back_from_the_pages_that_hold_them() -> None:
    window: RowWindow[str] = RowWindow(page_rows=10, max_pages=3)
    window.reset([f"r{i}" for i in range(10)])
    assert len(window) == 10 and window.get(0) == "r0" and window.get(9) == "r9"
    assert window.store(10, [f"r{i}" for i in range(10, 15)]) == []  # a short last page
    assert len(window) == 15 and window.get(14) == "r14" and window.get(15) is None
    assert window.get(-1) is None and window.pages_held == [0, 1]
    assert window.rows_held() == [f"r{i}" for i in range(15)]


def test_far_pages_are_dropped_and_then_asked_for_again() -> None:
    window: RowWindow[int] = RowWindow(page_rows=10, max_pages=3)
    window.reset(range(10))
    for offset in range(10, 60, 10):  # scrolling down: the focus follows the rows looked at
        window.get(offset - 1)
        window.store(offset, range(offset, offset + 10))
    assert len(window) == 60 and window.pages_held == [3, 4, 5]
    assert window.get(5) is None and window.missing_page_offset(5) == 0
    assert window.missing_page_offset(37) is None  # held
    assert window.missing_page_offset(60) is None  # past the end: nothing to fetch
    window.get(5)  # back at the top: the bottom pages are now the far ones
    assert window.store(0, range(10)) == [5] and window.pages_held == [0, 3, 4]
    assert window.get(5) == 5 and len(window) == 60  # the row count never shrinks


def test_the_page_just_stored_is_kept_even_far_from_the_focus() -> None:
    window: RowWindow[int] = RowWindow(page_rows=10, max_pages=2)
    window.reset(range(20))
    window.get(0)
    assert window.store(20, range(20, 30)) == [1]  # page 2 is kept although farthest
    assert window.pages_held == [0, 2]


def test_a_whole_list_given_at_once_is_held_whole() -> None:
    window: RowWindow[int] = RowWindow(page_rows=10, max_pages=2)
    window.reset(range(95))  # a list of my work: there is no page to fetch again
    assert len(window.pages_held) == 10 and window.get(94) == 94 and window.get(0) == 0
    window.reset()
    assert len(window) == 0 and window.pages_held == [] and window.get(0) is None


def test_nonsense_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        RowWindow(page_rows=0)
    with pytest.raises(ValueError, match="at least"):
        RowWindow(max_pages=1)
    with pytest.raises(ValueError, match="negative"):
        RowWindow[int]().store(-10, [1])
