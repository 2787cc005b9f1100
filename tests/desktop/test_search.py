"""The search screen: words with or without diacritics, filters, results fetched page by page
as the view asks for them, a document opened in place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from desktop.context import ScreenContext
from desktop.screens.search.view import SearchView
from desktop.tasks import InlineRunner

from .conftest import screenshot
from .samples import directed_to_unit, receive_letter

Contexts = Callable[..., ScreenContext]


def _view(context: ScreenContext, qtbot: QtBot) -> SearchView:
    view = SearchView(context)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    return view


def test_words_and_filters(context_for: Contexts, qtbot: QtBot, inline_tasks: InlineRunner,
                           unique: Callable[[str], str]) -> None:
    clerk, leader = context_for("lannt"), context_for("khanglm")
    tag = unique("tk")
    plan = f"Kế hoạch triển khai chuyển đổi số năm 2027 {tag}"
    receive_letter(clerk.api, subject=plan, urgency="very_urgent")
    th = next(u for u in clerk.api.units() if u.code == "TH")
    directed = directed_to_unit(clerk.api, leader.api, th.id,
                                subject=f"Báo cáo sơ kết công tác cải cách hành chính {tag}")
    view = _view(clerk, qtbot)
    assert view.hint.isVisible() and view.shown_subjects() == []

    view.search(f"ke hoach trien khai chuyen doi so {tag}")  # no diacritics
    assert view.shown_subjects() == [plan]
    view.search(tag)
    assert len(view.shown_subjects()) == 2 and not view.hint.isVisible()
    assert view.count_label.text() == "Tìm thấy 2 văn bản"
    view.filters.urgency.setCurrentIndex(view.filters.urgency.findData("very_urgent"))
    assert view.shown_subjects() == [plan]
    view.filters.urgency.setCurrentIndex(0)

    view.extra.select(view.extra.unit, th.id)
    assert view.current_query().unit_id == th.id
    assert view.shown_subjects() == [directed.subject]
    view.extra.select(view.extra.unit, None)
    today = datetime.now(timezone(timedelta(hours=7))).date()  # the server's (Hà Nội) day
    view.extra.set_dates(today - timedelta(days=1), today + timedelta(days=1))
    assert len(view.shown_subjects()) == 2
    view.extra.set_dates(today + timedelta(days=1), None)
    assert view.shown_subjects() == []
    view.extra.set_dates(None, None)
    view.search(f"cai cach {tag}")
    screenshot(view, "82-search-without-diacritics")

    view.table.selectRow(0)
    view.table.activated.emit(view.model.index(0, 2))
    assert view.stack.currentWidget() is view.document_view
    view.show_results()
    view.search("")
    assert view.shown_subjects() == [] and view.hint.isVisible()


def test_the_view_fetches_more_pages_as_it_needs_them(
        context_for: Contexts, qtbot: QtBot, inline_tasks: InlineRunner,
        unique: Callable[[str], str], monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.screens.search.view as search_module

    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)
    clerk = context_for("lannt")
    tag = unique("tr")
    for n in range(5):
        receive_letter(clerk.api, subject=f"Giấy mời dự họp trực tuyến {tag} số {n}")
    view = _view(clerk, qtbot)
    view.resize(1280, 220)  # room for about three rows: the view asks for more as it scrolls
    view.search(tag)
    QApplication.processEvents()
    first = view.model.rowCount()
    assert 2 <= first < 5 and view.model.has_more
    for _scroll in range(10):
        if not view.model.canFetchMore():
            break
        view.table.scrollToBottom()
        QApplication.processEvents()
    assert view.model.rowCount() == 5 and view.pages_fetched == 3
    assert "cuộn xuống" not in view.count_label.text()
