"""Where each page of a document sits, and which rendered pages to keep — no Qt, no pdfium.

A long document is shown as one canvas; this module turns page sizes (points) and a zoom into
page rectangles (pixels), answers "which pages cross this band of the canvas" by bisection
(a 300-page document is not walked per scroll step), orders the pages to render (the visible
ones top down, then their neighbours) and keeps rendered pages in a cache bounded by bytes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

PAGE_SPACING = 12
"""Pixels of background between two pages and around them."""
BORDER = 1
"""The page frame drawn around each page, on each side (pixels)."""

Value = TypeVar("Value")


@dataclass(frozen=True)
class PageRect:
    """A page's frame on the canvas (pixels, the border included)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def bottom(self) -> int:
        """The first row below the page."""
        return self.y + self.height


class PageLayout:
    """Pages one under the other, each centred; the canvas size they need."""

    def __init__(self, rects: Sequence[PageRect], width: int, height: int) -> None:
        self.rects = tuple(rects)
        self.width, self.height = width, height
        # Tops and bottoms are sorted (pages never overlap): bisection finds a band's pages.
        self._tops = [r.y for r in self.rects]
        self._bottoms = [r.bottom for r in self.rects]

    @classmethod
    def build(cls, sizes: Sequence[tuple[float, float]], pixels_per_point: float, *,
              spacing: int = PAGE_SPACING) -> PageLayout:
        """Lay out pages of ``sizes`` (width, height in points) at ``pixels_per_point``."""
        framed = [(round(w * pixels_per_point) + 2 * BORDER,
                   round(h * pixels_per_point) + 2 * BORDER) for w, h in sizes]
        width = max((w for w, _h in framed), default=0) + 2 * spacing
        rects, y = [], spacing
        for page_width, page_height in framed:
            rects.append(PageRect((width - page_width) // 2, y, page_width, page_height))
            y += page_height + spacing
        return cls(rects, width, y if rects else 0)

    def pages_between(self, top: int, bottom: int) -> range:
        """Indexes of the pages that cross rows ``top`` to ``bottom`` (inclusive) of the canvas."""
        first = bisect_right(self._bottoms, top)
        last = bisect_left(self._tops, bottom + 1)
        return range(first, max(first, last))

    def render_order(self, top: int, bottom: int, *, ahead: int = 1) -> list[int]:
        """Pages to have rendered for the band ``top``..``bottom``, most wanted first.

        The visible pages top down (the first one is what the person reads first), then
        ``ahead`` pages below and above so that a small scroll finds them ready. An empty band
        (a view not shown yet) means the first page.
        """
        if not self.rects:
            return []
        shown = self.pages_between(top, bottom) or range(0, 1)
        order = list(shown)
        for step in range(1, ahead + 1):
            order += [i for i in (shown.stop - 1 + step, shown.start - step)
                      if 0 <= i < len(self.rects)]
        return order


class BoundedCache(Generic[Value]):
    """Least recently used entries, evicted past ``budget`` (in the unit of their costs).

    The entry just stored is never evicted by its own arrival, so a single page larger than the
    budget (a poster at 300 %) is still shown; nor are the entries the caller says it shows.
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._entries: OrderedDict[int, tuple[Value, int]] = OrderedDict()
        self.total = 0
        """The summed cost of the entries held."""

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: int) -> bool:
        return key in self._entries

    def keys(self) -> list[int]:
        """Keys held, least recently used first."""
        return list(self._entries)

    def get(self, key: int) -> Value | None:
        """The value (now the most recently used), or ``None``."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key: int, value: Value, cost: int, *, keep: Collection[int] = ()
            ) -> list[int]:
        """Store ``value``; returns the keys evicted to stay within the budget.

        Keys in ``keep`` (the pages in view) are not evicted even past the budget: evicting a
        page in view would have it rendered again at once, evicting the next, for ever.
        """
        self.discard(key)
        self._entries[key] = (value, cost)
        self.total += cost
        evicted = []
        for old_key in [k for k in self._entries if k != key and k not in keep]:
            if self.total <= self.budget:
                break
            _old, old_cost = self._entries.pop(old_key)
            self.total -= old_cost
            evicted.append(old_key)
        return evicted

    def discard(self, key: int) -> None:
        """Forget one entry if held."""
        entry = self._entries.pop(key, None)
        if entry is not None:
            self.total -= entry[1]

    def clear(self) -> None:
        """Forget everything."""
        self._entries.clear()
        self.total = 0
