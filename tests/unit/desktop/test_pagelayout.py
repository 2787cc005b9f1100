"""Page layout, the band of pages to render and the bounded page cache (pure, no Qt)."""

from __future__ import annotations

from desktop.screens.document.pagelayout import BORDER, PAGE_SPACING, BoundedCache, PageLayout

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)


def test_pages_stack_centred_with_spacing() -> None:
    layout = PageLayout.build([A4, A4_LANDSCAPE, A4], 1.0)
    first, landscape, last = layout.rects
    assert layout.width == 842 + 2 * BORDER + 2 * PAGE_SPACING
    assert landscape.x == PAGE_SPACING and first.x == (layout.width - first.width) // 2
    assert first.y == PAGE_SPACING and first.height == 842 + 2 * BORDER
    assert landscape.y == first.bottom + PAGE_SPACING and last.y == landscape.bottom + PAGE_SPACING
    assert layout.height == last.bottom + PAGE_SPACING


def test_zoom_scales_pages_not_spacing() -> None:
    layout = PageLayout.build([A4], 2.0)
    assert layout.rects[0].width == 1190 + 2 * BORDER and layout.rects[0].y == PAGE_SPACING


def test_band_finds_exactly_the_pages_it_crosses() -> None:
    layout = PageLayout.build([A4] * 300, 1.0)
    step = layout.rects[1].y - layout.rects[0].y
    assert list(layout.pages_between(0, 100)) == [0]
    assert list(layout.pages_between(0, PAGE_SPACING - 1)) == []  # only the margin above page 1
    page_150 = layout.rects[150]
    assert list(layout.pages_between(page_150.y, page_150.bottom - 1)) == [150]
    assert list(layout.pages_between(page_150.bottom - 1, page_150.bottom + PAGE_SPACING)) \
        == [150, 151]
    assert list(layout.pages_between(page_150.bottom, page_150.bottom + PAGE_SPACING - 1)) == []
    assert list(layout.pages_between(layout.height - 10, layout.height + 5000)) == []
    assert list(layout.pages_between(layout.rects[298].y, layout.height)) == [298, 299]
    assert len(layout.pages_between(0, 3 * step)) == 3


def test_render_order_is_visible_top_down_then_neighbours() -> None:
    layout = PageLayout.build([A4] * 300, 1.0)
    middle = layout.rects[100]
    assert layout.render_order(middle.y + 10, middle.bottom + 40) == [100, 101, 102, 99]
    assert layout.render_order(0, 900) == [0, 1, 2]  # nothing above the first page
    assert layout.render_order(layout.rects[299].y, layout.height) == [299, 298]
    assert layout.render_order(0, 0) == [0, 1]  # a view not shown yet still wants page 1
    assert layout.render_order(middle.y, middle.y + 5, ahead=0) == [100]
    assert PageLayout.build([], 1.0).render_order(0, 900) == []


def test_empty_layout_has_no_size() -> None:
    layout = PageLayout.build([], 1.5)
    assert (layout.width, layout.height, layout.rects) == (2 * PAGE_SPACING, 0, ())
    assert list(layout.pages_between(0, 1000)) == []


def test_cache_evicts_least_recently_used_past_its_budget() -> None:
    cache: BoundedCache[str] = BoundedCache(budget=30)
    assert cache.put(0, "page 1", 10) == [] and cache.put(1, "page 2", 10) == []
    assert cache.put(2, "page 3", 10) == []
    assert cache.get(0) == "page 1"  # page 1 is looked at again: page 2 is now the oldest
    assert cache.put(3, "page 4", 10) == [1]
    assert cache.keys() == [2, 0, 3] and cache.total == 30 and 1 not in cache
    assert cache.put(0, "page 1 sharper", 25) == [2, 3]  # replacing frees its old cost first
    assert cache.keys() == [0] and cache.total == 25 and cache.get(0) == "page 1 sharper"


def test_cache_keeps_one_entry_larger_than_the_budget() -> None:
    cache: BoundedCache[str] = BoundedCache(budget=5)
    assert cache.put(7, "poster", 50) == [] and cache.get(7) == "poster" and len(cache) == 1
    assert cache.put(8, "next", 1) == [7] and cache.keys() == [8]
    cache.discard(8)
    cache.discard(8)
    assert len(cache) == 0 and cache.total == 0 and cache.get(8) is None
    cache.put(1, "a", 1)
    cache.clear()
    assert cache.total == 0 and cache.keys() == []


def test_cache_never_evicts_the_entries_in_view() -> None:
    cache: BoundedCache[str] = BoundedCache(budget=20)
    cache.put(0, "page 1", 10)
    cache.put(5, "far page", 10)
    assert cache.put(1, "page 2", 10, keep=(0, 1)) == [5]
    # Pages 1 to 3 are in view at 300 %: past the budget, but evicting one would only have it
    # rendered again at once.
    assert cache.put(2, "page 3", 10, keep=(0, 1, 2)) == []
    assert cache.keys() == [0, 1, 2] and cache.total == 30
    assert cache.put(3, "page 4", 10, keep=(2, 3)) == [0, 1] and cache.total == 20
