"""The shipped fonts for every text of the client (PySide6 wheels bring none)."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

UI_FAMILY = "Liberation Sans"
"""Family of the interface text."""
DOCUMENT_FAMILY = "Liberation Serif"
"""Family of document text (metric-compatible with Times New Roman)."""


def shipped_font_files() -> list[Path]:
    """The font files of ``signing.fonts``, found without importing ``signing``.

    Importing the package would load pyHanko (over a second) before the login window; the
    files are the same ones ``signing.fonts.font_path`` returns.
    """
    spec = importlib.util.find_spec("signing")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
        files = sorted(folder.glob("Liberation*.ttf"))
        if files:
            return files
    from signing.fonts import FONT_FILES, font_path  # the slow way, should the layout change

    return [font_path(style) for style in FONT_FILES]


def load_fonts() -> list[str]:
    """Register Liberation Sans and Serif (all styles); returns the families loaded."""
    families: set[str] = set()
    for path in shipped_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def apply_interface_font(app: QApplication, *, point_size: int = 10) -> None:
    """Load the fonts and make Liberation Sans the font of every widget."""
    load_fonts()
    font = QFont(UI_FAMILY, point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
