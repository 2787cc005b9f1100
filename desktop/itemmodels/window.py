"""A window over a long server-side list: a bounded number of pages of rows held (no Qt).

A list of 100,000 documents is scrolled in pages fetched by offset. Keeping every row fetched
makes memory grow with the scrolling; this window holds at most ``max_pages`` pages and drops
those farthest from where the person is looking, so a page scrolled back to is fetched again.
``known`` — the rows known to exist (everything up to the last page fetched) — only grows,
so the scrollbar and the selection keep their places while pages come and go.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

Row = TypeVar("Row")

PAGE_ROWS = 50
"""Rows per page: the document list's page size on the server."""
MAX_PAGES = 40
"""Pages held at most (2,000 rows: many screens of scrolling, a few MiB)."""


class RowWindow(Generic[Row]):
    """Rows ``0..known-1`` of a list, held page by page; far pages are dropped."""

    def __init__(self, *, page_rows: int = PAGE_ROWS, max_pages: int = MAX_PAGES) -> None:
        if page_rows < 1 or max_pages < 2:
            raise ValueError("a window holds at least two pages of at least one row")
        self.page_rows, self.max_pages = page_rows, max_pages
        self._pages: dict[int, list[Row | None]] = {}
        self.known = 0
        """Rows known to exist: the row count shown."""
        self.focus = 0
        """The row looked at last; pages far from it are dropped first."""

    def __len__(self) -> int:
        return self.known

    @property
    def pages_held(self) -> list[int]:
        """Numbers of the pages held, in order."""
        return sorted(self._pages)

    def rows_held(self) -> list[Row]:
        """Every row held, in list order (all rows while the list fits in the window)."""
        return [row for number in self.pages_held for row in self._pages[number]
                if row is not None]

    def page_of(self, row: int) -> int:
        """The page number holding ``row``."""
        return row // self.page_rows

    def get(self, row: int) -> Row | None:
        """The row, or ``None`` when its page is not held (to be fetched); moves the focus."""
        if not 0 <= row < self.known:
            return None
        self.focus = row
        page = self._pages.get(row // self.page_rows)
        return None if page is None else page[row % self.page_rows]

    def reset(self, rows: Sequence[Row] = ()) -> None:
        """Forget everything; ``rows`` are the list's first rows, all held.

        A list given whole (one that cannot be fetched page by page) must not lose rows, so
        nothing is dropped here, however long; later ``store`` calls trim the window again.
        """
        self._pages.clear()
        self.known = self.focus = 0
        self._place(0, rows)

    def store(self, offset: int, rows: Sequence[Row]) -> list[int]:
        """Hold ``rows`` fetched from ``offset``; returns the page numbers dropped for room.

        Rows past ``known`` extend the list. Pages are dropped farthest from the focus first,
        never a page just stored.
        """
        return self._drop_far_pages(self._place(offset, rows))

    def _place(self, offset: int, rows: Sequence[Row]) -> set[int]:
        if offset < 0:
            raise ValueError("offset must not be negative")
        stored: set[int] = set()
        for position, row in enumerate(rows, start=offset):
            number, slot = divmod(position, self.page_rows)
            page = self._pages.get(number)
            if page is None:
                page = self._pages[number] = [None] * self.page_rows
            page[slot] = row
            stored.add(number)
        if rows:
            self.known = max(self.known, offset + len(rows))
        return stored

    def _drop_far_pages(self, keep: set[int]) -> list[int]:
        if len(self._pages) <= self.max_pages:
            return []
        near = self.page_of(self.focus)
        candidates = sorted((n for n in self._pages if n not in keep),
                            key=lambda n: abs(n - near), reverse=True)
        dropped = candidates[:len(self._pages) - self.max_pages]
        for number in dropped:
            del self._pages[number]
        return dropped

    def missing_page_offset(self, row: int) -> int | None:
        """The offset to fetch for ``row`` if its page is not held, else ``None``."""
        if not 0 <= row < self.known or row // self.page_rows in self._pages:
            return None
        return row // self.page_rows * self.page_rows
