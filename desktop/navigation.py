"""The main window's navigation, as data: each entry says who sees it and how to build it.

Only features that exist are listed — later issues add theirs (To sign, Issue, Archive, Meeting
room) to ``entries()`` with an ``order`` that slots them in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from desktop.api.models import Me
from desktop.context import ScreenContext


@dataclass(frozen=True)
class NavEntry:
    """One item of the left navigation."""

    key: str
    """Stable identifier (tests, saved state)."""
    order: int
    """Position: Dashboard 5, Inbox 10, Receive 15, Drafting 20, Drafts and outgoing 25, To sign 30,
    Issue 40, Registers 45, Document axis 47, Archive 50, Meeting room 60, Search 65,
    Directory 70, Administration 80, My account 90."""
    label: Callable[[], str]
    """The translated label (called after the language is installed)."""
    icon: QStyle.StandardPixmap
    """A standard icon until the client has its own."""
    visible_to: Callable[[Me], bool]
    """Whether the signed-in person sees the entry."""
    create: Callable[[ScreenContext], QWidget]
    """Builds the screen (once, on first visit)."""


OFFICE_ROLES = frozenset({"clerk", "officer", "unit_head", "leader"})
"""Roles that take part in the office workflow."""
DASHBOARD_ROLES = OFFICE_ROLES | {"cabinet_member", "meeting_secretary"}
"""Roles with work or meetings to count on the dashboard."""
MEETING_ROLES = DASHBOARD_ROLES
"""Roles that see the meeting room: cabinet members, meeting secretaries, and office staff, who
are invited to meetings as guests."""


def _has_any(me: Me, roles: frozenset[str] | set[str]) -> bool:
    return bool(roles & set(me.user.roles))


def _dashboard(context: ScreenContext) -> QWidget:
    from desktop.screens.dashboard.view import DashboardView

    return DashboardView(context)


def _outgoing(context: ScreenContext) -> QWidget:
    from desktop.screens.outgoing.view import OutgoingView

    return OutgoingView(context)


def _search(context: ScreenContext) -> QWidget:
    from desktop.screens.search.view import SearchView

    return SearchView(context)


def _inbox(context: ScreenContext) -> QWidget:
    from desktop.screens.inbox.view import InboxView

    return InboxView(context)


def _receive(context: ScreenContext) -> QWidget:
    from desktop.screens.receive.view import ReceiveView

    return ReceiveView(context)


def _drafting(context: ScreenContext) -> QWidget:
    from desktop.screens.drafting.view import DraftingView

    return DraftingView(context)


def _to_sign(context: ScreenContext) -> QWidget:
    from desktop.screens.signing.view import ToSignView

    return ToSignView(context)


def _issue(context: ScreenContext) -> QWidget:
    from desktop.screens.issue.view import IssueView

    return IssueView(context)


def _registers(context: ScreenContext) -> QWidget:
    from desktop.screens.registers.view import RegistersView

    return RegistersView(context)


def _axis(context: ScreenContext) -> QWidget:
    from desktop.screens.axis.view import AxisView

    return AxisView(context)


def _archive(context: ScreenContext) -> QWidget:
    from desktop.screens.archive.view import ArchiveView

    return ArchiveView(context)


def _directory(context: ScreenContext) -> QWidget:
    from desktop.screens.directory.view import DirectoryView

    return DirectoryView(context)


def _administration(context: ScreenContext) -> QWidget:
    from desktop.screens.admin.view import AdminView

    return AdminView(context)


def _meetings(context: ScreenContext) -> QWidget:
    from desktop.screens.meetings.view import MeetingsView

    return MeetingsView(context)


def _account(context: ScreenContext) -> QWidget:
    from desktop.screens.account.view import AccountView

    return AccountView(context)


def entries() -> list[NavEntry]:
    """Every implemented entry, in order."""
    pixmap = QStyle.StandardPixmap
    found = [
        NavEntry("dashboard", 5, lambda: QCoreApplication.translate("Navigation", "Dashboard"),
                 pixmap.SP_DesktopIcon, lambda me: _has_any(me, DASHBOARD_ROLES), _dashboard),
        NavEntry("outgoing", 25,
                 lambda: QCoreApplication.translate("Navigation", "Drafts and outgoing"),
                 pixmap.SP_FileDialogStart, lambda me: _has_any(me, OFFICE_ROLES), _outgoing),
        NavEntry("search", 65, lambda: QCoreApplication.translate("Navigation", "Search"),
                 pixmap.SP_FileDialogInfoView, lambda me: _has_any(me, OFFICE_ROLES), _search),
        NavEntry("inbox", 10, lambda: QCoreApplication.translate("Navigation", "My work"),
                 pixmap.SP_FileDialogListView, lambda me: _has_any(me, OFFICE_ROLES), _inbox),
        NavEntry("receive", 15,
                 lambda: QCoreApplication.translate("Navigation", "Receive documents"),
                 pixmap.SP_ArrowDown, lambda me: _has_any(me, {"clerk"}), _receive),
        NavEntry("drafting", 20, lambda: QCoreApplication.translate("Navigation", "New draft"),
                 pixmap.SP_FileIcon,
                 lambda me: _has_any(me, {"officer", "unit_head"}) and me.user.unit_id is not None,
                 _drafting),
        NavEntry("to_sign", 30, lambda: QCoreApplication.translate("Navigation", "To sign"),
                 pixmap.SP_DialogApplyButton, lambda me: _has_any(me, {"leader"}), _to_sign),
        NavEntry("issue", 40, lambda: QCoreApplication.translate("Navigation", "Issue"),
                 pixmap.SP_ArrowUp, lambda me: _has_any(me, {"clerk"}), _issue),
        NavEntry("registers", 45,
                 lambda: QCoreApplication.translate("Navigation", "Registers and reports"),
                 pixmap.SP_FileDialogDetailedView, lambda me: _has_any(me, {"clerk", "leader"}),
                 _registers),
        NavEntry("axis", 47, lambda: QCoreApplication.translate("Navigation", "Document axis"),
                 pixmap.SP_DriveNetIcon, lambda me: _has_any(me, {"clerk", "admin"}), _axis),
        NavEntry("archive", 50, lambda: QCoreApplication.translate("Navigation", "Archive"),
                 pixmap.SP_DriveHDIcon, lambda me: _has_any(me, OFFICE_ROLES), _archive),
        NavEntry("meetings", 60, lambda: QCoreApplication.translate("Navigation", "Meeting room"),
                 pixmap.SP_MediaPlay, lambda me: _has_any(me, MEETING_ROLES), _meetings),
        NavEntry("directory", 70, lambda: QCoreApplication.translate("Navigation", "Directory"),
                 pixmap.SP_FileDialogContentsView, lambda me: me.can("user.read"), _directory),
        NavEntry("administration", 80,
                 lambda: QCoreApplication.translate("Navigation", "Administration"),
                 pixmap.SP_ComputerIcon, lambda me: me.can("user.manage") or me.can("audit.read"),
                 _administration),
        NavEntry("account", 90, lambda: QCoreApplication.translate("Navigation", "My account"),
                 pixmap.SP_DirHomeIcon, lambda me: True, _account),
    ]
    return sorted(found, key=lambda entry: entry.order)


def entries_for(me: Me) -> list[NavEntry]:
    """The entries the signed-in person sees."""
    return [entry for entry in entries() if entry.visible_to(me)]
