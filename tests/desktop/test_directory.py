"""Danh bạ: unit tree and people table; search with or without diacritics."""

from __future__ import annotations

from collections.abc import Callable

from desktop.context import ScreenContext
from desktop.screens.directory.view import DirectoryView
from desktop.tasks import InlineRunner
from desktop.text import fold, matches

from .conftest import screenshot


def test_fold_and_match() -> None:
    assert fold("Hoàng Văn Đức") == "hoang van duc"
    assert matches("duc", "Hoàng Văn Đức") and matches("ĐỨC", "Hoàng Văn Đức")
    assert matches("van thu", "Văn thư") and not matches("Đức", "Giáo dục")
    assert matches("", "anything") and not matches("lan khang", "Nguyễn Thị Lan")


def test_search_without_diacritics_finds_duc(context_for: Callable[..., ScreenContext],
                                             inline_tasks: InlineRunner) -> None:
    view = DirectoryView(context_for("maint"))
    view.resize(1100, 650)
    view.show()
    assert len(view.shown_names()) >= 47
    view.search("duc")
    names = view.shown_names()
    assert {"Hoàng Văn Đức", "Bùi Đức Long", "Lâm Đức Toàn"} <= set(names)
    view.search("Đức Long")
    assert view.shown_names() == ["Bùi Đức Long"]
    view.search("van thu")  # the position "Văn thư" and the unit "Phòng Văn thư - Lưu trữ"
    assert "Nguyễn Thị Lan" in view.shown_names()
    view.search("duc")
    screenshot(view, "10-directory-search-duc")


def test_choosing_a_unit_shows_its_people_and_sub_units(
        context_for: Callable[..., ScreenContext], inline_tasks: InlineRunner) -> None:
    view = DirectoryView(context_for("maint"))
    units = {u.code: u for u in view.units.units()}
    view.filter.set_units(view.units.subtree_ids(units["VTLT"].id))
    clerks = set(view.shown_names())  # other tests may add people to the office
    assert clerks >= {"Nguyễn Thị Lan", "Hoàng Văn Đức", "Vũ Thị Hồng Nhung"}
    assert "Ngô Thị Mai" not in clerks
    view.filter.set_units(view.units.subtree_ids(units["HCQT"].id))
    assert set(view.shown_names()) >= clerks  # the office's sub-unit belongs to it
    root = view.units.item(0)
    assert root.text() == "Tất cả đơn vị"
    hcqt = next(root.child(r) for r in range(root.rowCount())
                if root.child(r).text() == units["HCQT"].name)
    assert hcqt.child(0).text() == units["VTLT"].name
    view.tree.setCurrentIndex(hcqt.child(0).index())
    assert set(view.shown_names()) == clerks
    assert view.count_label.text() == f"{len(clerks)} người"
