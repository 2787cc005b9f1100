"""The dashboard: counts of my work that open their list, today's meetings, the workload chart."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.api import ApiClient
from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.demo import DemoServer
from desktop.screens.dashboard.view import MEETINGS_TODAY, DashboardView
from desktop.screens.inbox.view import InboxView
from desktop.screens.shell.view import MainWindow
from desktop.settings import Settings
from desktop.tasks import InlineRunner, ThreadPoolRunner, use_runner
from desktop.widgets.bar_chart import BarChart, Series, grid_steps, nice_ceiling

from .conftest import screenshot
from .samples import directed_to_unit, to_direction

Contexts = Callable[..., ScreenContext]


def test_scale_tops_are_round_numbers_with_whole_steps() -> None:
    tops = [nice_ceiling(v) for v in (0, 1, 3, 7, 10, 11, 26, 180, 501)]
    assert tops == [1, 1, 5, 10, 10, 20, 50, 200, 1000]
    assert all(top % grid_steps(top) == 0 for top in tops)


def test_chart_refuses_mismatched_series_and_describes_bars(qtbot: QtBot,
                                                            inline_tasks: InlineRunner) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    try:
        chart.set_data(["T1", "T2"], [Series("Nhận", "#1a73e8", (1,))])
    except ValueError as exc:
        assert "1 values for 2 categories" in str(exc)
    else:
        raise AssertionError("a series of the wrong length was accepted")
    chart.set_data(["T1", "T2"], [Series("Nhận", "#1a73e8", (0, 4))])
    chart.grab()  # paints, which lays the bars out
    texts = {chart.bar_text_at(QPoint(x, y)) for x in range(0, 400, 4) for y in range(0, 240, 4)}
    assert "T2 — Nhận: 4" in texts


def test_counts_match_the_server_and_open_their_list(
        context_for: Contexts, qtbot: QtBot, inline_tasks: InlineRunner,
        unique: Callable[[str], str]) -> None:
    clerk, leader = context_for("lannt"), context_for("khanglm")
    before = leader.api.dashboard()
    to_direction(clerk.api, leader.me.user.id, subject=f"Đề nghị cho ý kiến {unique('db')}")
    th = next(u.id for u in leader.api.units() if u.code == "TH")
    directed_to_unit(clerk.api, leader.api, th, subject=f"Báo cáo tổng hợp {unique('db')}")

    window = MainWindow(leader)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.nav_keys()[0] == "dashboard" and window.nav.item(0).text() == "Tổng quan"
    dashboard = window.screens["dashboard"]
    assert isinstance(dashboard, DashboardView) and window.stack.currentWidget() is dashboard
    board = dashboard.board
    assert board is not None and board.unit_id is None  # a leader sees the whole agency
    shown = dashboard.tile_texts()
    assert shown["to_direct"] == board.count_text("to_direct")
    assert board.counts["to_direct"] == min(before.counts["to_direct"] + 1, board.count_cap)
    assert set(shown) >= {"to_direct", "to_process", "to_sign", "overdue", MEETINGS_TODAY}
    assert dashboard.tiles["to_sign"].caption_label.text() == "Chờ ký"
    assert board.weeks[-1].received == before.weeks[-1].received + 1
    received = next(s for s in dashboard.chart.series if s.name == "Tiếp nhận")
    assert received.values == tuple(w.received for w in board.weeks)
    assert dashboard.chart.categories[-1] == f"T{board.weeks[-1].iso_week}"
    screenshot(window, "80-dashboard-leader")

    dashboard.tiles["to_direct"].click()
    inbox = window.stack.currentWidget()
    assert isinstance(inbox, InboxView) and inbox.section == "to_direct"
    assert window.nav.currentRow() == window.nav_keys().index("inbox")


def test_officer_sees_the_units_workload_and_live_refresh(
        context_for: Contexts, qtbot: QtBot, inline_tasks: InlineRunner,
        unique: Callable[[str], str]) -> None:
    officer = context_for("maint")
    dashboard = DashboardView(officer)
    qtbot.addWidget(dashboard)
    dashboard.resize(1100, 700)
    dashboard.show()
    assert dashboard.board is not None and dashboard.board.unit_id == officer.me.user.unit_id
    assert "to_register" not in dashboard.tiles and "my_drafts" in dashboard.tiles
    assert dashboard.chart_box.title().startswith("Khối lượng công việc của ")
    before = dashboard.board.weeks[-1].received
    clerk, leader = context_for("lannt"), context_for("khanglm")
    assert officer.me.user.unit_id is not None
    directed_to_unit(clerk.api, leader.api, officer.me.user.unit_id,
                     subject=f"Kế hoạch công tác {unique('lv')}")
    dashboard.on_live_event(LiveEvent(id=1, at=datetime.now(UTC), kind="document.directed",
                                               payload={}))
    qtbot.waitUntil(lambda: dashboard.board is not None
                    and dashboard.board.weeks[-1].received == before + 1, timeout=3000)
    screenshot(dashboard, "81-dashboard-officer")


class SlowTransport(httpx.HTTPTransport):
    """A real connection to the server that answers each request 0.3 s late."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(0.3)
        return super().handle_request(request)


def test_the_event_loop_keeps_turning_while_the_server_is_slow(
        live_server: DemoServer, settings: Settings, qtbot: QtBot, ui_app: QApplication) -> None:
    api = ApiClient(live_server.url, transport=SlowTransport())
    api.login("khanglm", live_server.password)
    context = ScreenContext(api, api.me(), settings)
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    runner = ThreadPoolRunner(QThreadPool())
    with use_runner(runner):
        timer.start()
        started = time.monotonic()
        dashboard = DashboardView(context)  # three slow requests, off the GUI thread
        qtbot.addWidget(dashboard)
        assert time.monotonic() - started < 0.1 and dashboard.board is None
        qtbot.waitUntil(lambda: dashboard.board is not None, timeout=5000)
        timer.stop()
        assert runner.wait(2000)
    api.close()
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) >= 30 and max(gaps) < 0.2  # the interface never froze for a request
    board = dashboard.board
    assert board is not None  # set by the background task
    assert dashboard.tiles["to_direct"].count_label.text() == board.count_text("to_direct")
