"""Errors of the rendering feature: one root, specific subclasses."""

from __future__ import annotations


class RenderingError(Exception):
    """Root of every error raised by ``server.rendering``."""


class UnknownDocumentType(RenderingError):
    """A draft names a document type that is not in the Decree 30 table."""


class MissingGlyphs(RenderingError):
    """Text contains characters the configured font cannot draw."""

    def __init__(self, font_name: str, characters: str) -> None:
        shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in characters)
        super().__init__(f"font {font_name} has no glyph for: {shown}")
        self.font_name = font_name
        self.characters = characters


class FontNotFound(RenderingError):
    """A configured font directory lacks one of the four faces."""


class LayoutOutOfRange(RenderingError):
    """A layout value lies outside the range Decree 30 allows."""


class RenderFailed(RenderingError):
    """reportlab could not lay the document out (e.g. a table cell taller than a page)."""
