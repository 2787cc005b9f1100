"""Font faces for the renderer: the shipped Liberation Serif, or Times New Roman from a directory.

reportlab keeps a process-wide font registry, so each face set registers under its own names once
and is cached; rendering never re-parses a TTF file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from signing.fonts import font_path

from .errors import FontNotFound, MissingGlyphs

__all__ = ["FaceSet", "TIMES_NEW_ROMAN_FILES", "face_set", "shipped_faces"]

STYLES = ("regular", "bold", "italic", "bold-italic")

TIMES_NEW_ROMAN_FILES: dict[str, tuple[str, ...]] = {
    "regular": ("times.ttf", "Times New Roman.ttf", "TimesNewRoman.ttf"),
    "bold": ("timesbd.ttf", "Times New Roman Bold.ttf", "TimesNewRoman-Bold.ttf"),
    "italic": ("timesi.ttf", "Times New Roman Italic.ttf", "TimesNewRoman-Italic.ttf"),
    "bold-italic": (
        "timesbi.ttf",
        "Times New Roman Bold Italic.ttf",
        "TimesNewRoman-BoldItalic.ttf",
    ),
}
"""Accepted file names per face (Windows and macOS spellings) in a configured font directory."""

# Zero-width and layout characters that need no glyph of their own.
_NO_GLYPH_NEEDED = frozenset("\n\t\u200b\u200c\u200d\ufeff")


@dataclass(frozen=True, slots=True)
class FaceSet:
    """Four registered reportlab font names of one family."""

    family: str
    """Family name registered with reportlab (``<b>``/``<i>`` markup resolves through it)."""
    regular: str
    bold: str
    italic: str
    bold_italic: str
    coverage: frozenset[int]
    """Code points every face of the family can draw."""

    def face(self, *, bold: bool = False, italic: bool = False) -> str:
        """Return the registered font name for a weight and slant."""
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular

    def missing(self, text: str) -> str:
        """Return the distinct characters of ``text`` the family cannot draw, in order."""
        seen: dict[str, None] = {}
        for ch in text:
            if ord(ch) not in self.coverage and ch not in _NO_GLYPH_NEEDED:
                seen.setdefault(ch, None)
        return "".join(seen)

    def check(self, text: str) -> None:
        """Raise :class:`MissingGlyphs` if ``text`` has characters the family lacks."""
        lacking = self.missing(text)
        if lacking:
            raise MissingGlyphs(self.family, lacking)


def _register(family: str, files: dict[str, Path]) -> FaceSet:
    names = {style: f"{family}-{style}" for style in STYLES}
    coverage: frozenset[int] | None = None
    for style, path in files.items():
        font = TTFont(names[style], str(path))
        pdfmetrics.registerFont(font)
        cmap = frozenset(font.face.charToGlyph)
        coverage = cmap if coverage is None else coverage & cmap
    pdfmetrics.registerFontFamily(
        family,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold-italic"],
    )
    # addMapping makes <b>/<i> inside Paragraph markup find the faces by the regular name too.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(names["regular"], bold, italic, names[_style(bold, italic)])
    return FaceSet(
        family=family,
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bold-italic"],
        coverage=coverage or frozenset(),
    )


def _style(bold: int, italic: int) -> str:
    return STYLES[bold + 2 * italic]


@lru_cache(maxsize=1)
def shipped_faces() -> FaceSet:
    """Liberation Serif, shipped in ``signing/fonts`` (Times New Roman metrics, full Vietnamese)."""
    files = {
        "regular": font_path("serif"),
        "bold": font_path("serif-bold"),
        "italic": font_path("serif-italic"),
        "bold-italic": font_path("serif-bold-italic"),
    }
    return _register("PhiSerif", files)


def _find_tnr(directory: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    present = {p.name.lower(): p for p in directory.iterdir() if p.is_file()}
    for style, candidates in TIMES_NEW_ROMAN_FILES.items():
        match = next((present[c.lower()] for c in candidates if c.lower() in present), None)
        if match is None:
            raise FontNotFound(
                f"no Times New Roman {style} face ({' / '.join(candidates)}) in {directory}"
            )
        found[style] = match
    return found


@lru_cache(maxsize=8)
def _tnr_faces(directory: Path) -> FaceSet:
    # A stable, directory-specific family name: reportlab's registry is global, and two directories
    # must never share a name.
    digest = hashlib.sha1(str(directory).encode()).hexdigest()[:8]
    return _register(f"PhiTNR-{digest}", _find_tnr(directory))


def face_set(font_dir: Path | None = None) -> FaceSet:
    """Return the faces to render with: Times New Roman from ``font_dir`` if given, else Liberation.

    Raises:
        FontNotFound: ``font_dir`` lacks one of the four Times New Roman faces.
    """
    if font_dir is None:
        return shipped_faces()
    directory = Path(font_dir).resolve()
    if not directory.is_dir():
        raise FontNotFound(f"font directory {directory} does not exist")
    return _tnr_faces(directory)
