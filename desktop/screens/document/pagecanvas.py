"""One widget that paints every page of a document: frames from the layout, pixels from a cache.

Hundreds of page widgets cost hundreds of milliseconds of layout on the GUI thread before the
first page can show; this canvas is one widget whatever the page count, and paints only the
pages crossing the exposed area. A page not rendered yet is a white sheet; a page rendered at an
earlier zoom is drawn scaled until its sharp rendering arrives.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from desktop.screens.document.pagelayout import BORDER, BoundedCache, PageLayout

CACHE_BYTES = 64 * 1024 * 1024
"""Rendered pages kept per view (about 17 A4 pages at 100 % on a 1× screen, 4 on a 2× one;
several views show pages at once — the document, a meeting, a preview)."""
FRAME_COLOUR = QColor("#5f6368")
BACKGROUND_COLOUR = QColor("#8a9099")


class RenderedPage:
    """A page's pixels and the zoom they were rendered at."""

    __slots__ = ("pixmap", "zoom")

    def __init__(self, pixmap: QPixmap, zoom: float) -> None:
        self.pixmap, self.zoom = pixmap, zoom


class PageCanvas(QWidget):
    """The pages of ``layout``, painted from ``cache``; sized to the whole document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_layout = PageLayout.build((), 1.0)
        self.cache: BoundedCache[RenderedPage] = BoundedCache(CACHE_BYTES)

    def set_layout(self, layout: PageLayout) -> None:
        """Pages at new places (a new document or zoom): resize and repaint."""
        self.page_layout = layout
        self.setFixedSize(QSize(layout.width, layout.height))
        self.update()

    def store(self, index: int, page: RenderedPage, *, in_view: Collection[int] = ()) -> None:
        """Keep a rendered page (never dropping those ``in_view``) and repaint where it sits."""
        self.cache.put(index, page, page.pixmap.width() * page.pixmap.height() * 4,
                       keep=in_view)
        if index < len(self.page_layout.rects):
            rect = self.page_layout.rects[index]
            self.update(QRect(rect.x, rect.y, rect.width, rect.height))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        exposed = event.rect()
        painter = QPainter(self)
        painter.fillRect(exposed, BACKGROUND_COLOUR)
        painter.setPen(QPen(FRAME_COLOUR, BORDER))
        for index in self.page_layout.pages_between(exposed.top(), exposed.bottom()):
            page = self.page_layout.rects[index]
            frame = QRect(page.x, page.y, page.width - 1, page.height - 1)
            inside = QRect(page.x + BORDER, page.y + BORDER,
                           page.width - 2 * BORDER, page.height - 2 * BORDER)
            painter.drawRect(frame)
            rendered = self.cache.get(index)
            if rendered is None:
                painter.fillRect(inside, QColor("white"))
            else:  # scaled when rendered at another zoom: blurry for a moment, never blank
                painter.drawPixmap(inside, rendered.pixmap)
        painter.end()
