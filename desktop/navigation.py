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
    """Position: Inbox 10, Receive 15, Drafting 20, To sign 30, Issue 40, Registers 45,
    Archive 50, Meeting room 60, Directory 70, Administration 80, My account 90."""
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


def _has_any(me: Me, roles: frozenset[str] | set[str]) -> bool:
    return bool(roles & set(me.user.roles))


def _inbox(context: ScreenContext) -> QWidget:
    from desktop.screens.inbox.view import InboxView

    return InboxView(context)


def _receive(context: ScreenContext) -> QWidget:
    from desktop.screens.receive.view import ReceiveView

    return ReceiveView(context)


def _drafting(context: ScreenContext) -> QWidget:
    from desktop.screens.drafting.view import DraftingView

    return DraftingView(context)


def _registers(context: ScreenContext) -> QWidget:
    from desktop.screens.registers.view import RegistersView

    return RegistersView(context)


def _directory(context: ScreenContext) -> QWidget:
    from desktop.screens.directory.view import DirectoryView

    return DirectoryView(context)


def _administration(context: ScreenContext) -> QWidget:
    from desktop.screens.admin.view import AdminView

    return AdminView(context)


def _account(context: ScreenContext) -> QWidget:
    from desktop.screens.account.view import AccountView

    return AccountView(context)


def entries() -> list[NavEntry]:
    """Every implemented entry, in order."""
    pixmap = QStyle.StandardPixmap
    found = [
        NavEntry("inbox", 10, lambda: QCoreApplication.translate("Navigation", "My work"),
                 pixmap.SP_FileDialogListView, lambda me: _has_any(me, OFFICE_ROLES), _inbox),
        NavEntry("receive", 15,
                 lambda: QCoreApplication.translate("Navigation", "Receive documents"),
                 pixmap.SP_ArrowDown, lambda me: _has_any(me, {"clerk"}), _receive),
        NavEntry("drafting", 20, lambda: QCoreApplication.translate("Navigation", "New draft"),
                 pixmap.SP_FileIcon,
                 lambda me: _has_any(me, {"officer", "unit_head"}) and me.user.unit_id is not None,
                 _drafting),
        NavEntry("registers", 45,
                 lambda: QCoreApplication.translate("Navigation", "Registers and reports"),
                 pixmap.SP_FileDialogDetailedView, lambda me: _has_any(me, {"clerk", "leader"}),
                 _registers),
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
