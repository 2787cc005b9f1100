"""``phigiay demo``: the "Demo: switch person" menu continues as another demo person."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import PhigiayApp
from desktop.demo import DemoAccount, DemoServer, accounts_by_role
from desktop.settings import Settings, TokenStore
from desktop.tasks import InlineRunner

from .conftest import MemoryKeyring, screenshot


def test_accounts_are_grouped_by_their_main_role_workflow_first() -> None:
    accounts = (DemoAccount("admin", "Quản trị", "", ("admin",)),
                DemoAccount("mai", "Ngô Thị Mai", "Chuyên viên", ("officer",)),
                DemoAccount("lan", "Nguyễn Thị Lan", "Văn thư", ("clerk",)),
                DemoAccount("khang", "Lê Minh Khang", "Phó Chủ nhiệm",
                            ("cabinet_member", "leader")),
                DemoAccount("an", "Đỗ Văn An", "Chuyên viên", ("officer",)),
                DemoAccount("x", "Người thử", "", ("auditor",)))
    groups = accounts_by_role(accounts)
    assert [role for role, _people in groups] == ["clerk", "leader", "officer", "admin",
                                                  "auditor"]
    assert [a.username for a in dict(groups)["officer"]] == ["an", "mai"]
    assert sum(len(people) for _role, people in groups) == len(accounts)


@pytest.fixture
def demo_app(settings: Settings, live_server: DemoServer, inline_tasks: InlineRunner,
             memory_keyring: MemoryKeyring) -> Iterator[PhigiayApp]:
    """The client as ``phigiay demo`` runs it, signed in as the demo clerk."""
    app = PhigiayApp(settings, TokenStore(), demo=live_server.info, demo_user="lannt",
                     live_events=False)
    app.start()
    assert app.login is not None
    app.login.submit()
    yield app
    app.shutdown()
    if app.window is not None:
        app.window.close()


def test_switch_person_signs_in_as_them_on_the_same_server(demo_app: PhigiayApp,
                                                           live_server: DemoServer,
                                                           qtbot: QtBot) -> None:
    window = demo_app.window
    assert window is not None and window.context.me.user.username == "lannt"
    menu = window.demo_menu
    titles = menu.role_titles()
    assert titles[:4] == ["Văn thư", "Lãnh đạo cơ quan", "Lãnh đạo đơn vị", "Chuyên viên"]
    assert menu.title() == "&Demo: đổi người dùng"
    assert set(menu.actions_by_username) == {a.username for a in live_server.accounts}
    assert not menu.actions_by_username["lannt"].isEnabled()
    old_api = window.context.api
    window.resize(1280, 760)
    screenshot(window, "84-demo-switch-menu")

    menu.actions_by_username["khanglm"].trigger()
    leader_window = demo_app.window
    assert leader_window is not None and leader_window is not window
    assert leader_window.context.me.user.username == "khanglm"
    assert leader_window.context.api.server_url == live_server.url
    assert leader_window.nav_keys()[:2] == ["dashboard", "inbox"]
    assert leader_window.demo_menu.actions_by_username["khanglm"].isChecked()
    assert old_api.token is None  # the clerk's session was closed on the server
    leader_window.resize(1280, 760)
    screenshot(leader_window, "85-demo-switched-to-leader")
