"""Fonts shipped with phigiay, shared by every renderer (reportlab, pyHanko stamps, Qt).

Liberation Serif is metric-compatible with Times New Roman, the face Decree 30 prescribes, and
covers Vietnamese; shipping it means every machine renders the same glyphs. Licence: SIL OFL 1.1
(LICENSE-Liberation.txt beside this file).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["FONT_FILES", "font_path"]

FONT_FILES: dict[str, str] = {
    "serif": "LiberationSerif-Regular.ttf",
    "serif-bold": "LiberationSerif-Bold.ttf",
    "serif-italic": "LiberationSerif-Italic.ttf",
    "serif-bold-italic": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSans-Regular.ttf",
    "sans-bold": "LiberationSans-Bold.ttf",
    "sans-italic": "LiberationSans-Italic.ttf",
    "sans-bold-italic": "LiberationSans-BoldItalic.ttf",
}
"""Style key → file name of each shipped font."""


def font_path(style: str) -> Path:
    """Return the file of a shipped font.

    Args:
        style: one of the keys of :data:`FONT_FILES`, e.g. ``"serif-bold"``.

    Raises:
        KeyError: the style is not shipped.
    """
    file_name = FONT_FILES[style]
    return Path(str(resources.files(__package__).joinpath(file_name)))
