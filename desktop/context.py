"""What every screen is given: the signed-in session and the client's services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.api.client import ApiClient
from desktop.api.models import Me
from desktop.settings import Settings


def _no_file(title: str, filters: str) -> Path | None:
    return None


def _no_save_file(title: str, suggested: str, filters: str) -> Path | None:
    return None


def _no_open(path: Path) -> None:
    return None


@dataclass(frozen=True)
class ScreenContext:
    """The session a screen works in."""

    api: ApiClient
    """The signed-in API client (call it only through ``run_in_background``)."""
    me: Me
    """The signed-in person."""
    settings: Settings
    """The client's settings."""
    pick_file: Callable[[str, str], Path | None] = field(default=_no_file)
    """Asks the user for a file to open (title, name filters); replaced in tests."""
    pick_save_file: Callable[[str, str, str], Path | None] = field(default=_no_save_file)
    """Asks where to save a file (title, suggested name, name filters); replaced in tests."""
    open_path: Callable[[Path], None] = field(default=_no_open)
    """Opens a file in the system's application for it (a downloaded attachment)."""
