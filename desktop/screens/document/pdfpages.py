"""PDF pages drawn by pdfium (pypdfium2), signature and seal appearances included.

QtPdf does not draw signature-field appearances, so a signed document would show no signature
or seal; pdfium does, after ``init_forms()`` and with ``may_draw_forms``. The view is virtual:
one canvas (``pagecanvas``) places the pages from their sizes and paints only those in sight;
pages are rendered one at a time off the GUI thread, the visible ones first (the top one before
any other), so a page scrolled past before its turn is never rendered; rendered pages live in a
cache bounded by bytes. pdfium is not thread-safe: every call into it holds ``_PDFIUM``.
"""

from __future__ import annotations

import threading
from functools import partial

import pypdfium2 as pdfium

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.screens.document.pagecanvas import PageCanvas, RenderedPage
from desktop.screens.document.pagelayout import BORDER, PAGE_SPACING, PageLayout
from desktop.tasks import run_in_background

_PDFIUM = threading.Lock()
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
POINTS_TO_PIXELS = 96 / 72


class PdfError(Exception):
    """The file is not a PDF pdfium can open."""


class PdfRenderer:
    """One open PDF; safe to call from worker threads (one at a time, under the lock)."""

    def __init__(self, data: bytes) -> None:
        self.closed = False
        with _PDFIUM:
            try:
                self._pdf = pdfium.PdfDocument(data)
                self._pdf.init_forms()
                self.sizes = [self._pdf.get_page_size(i) for i in range(len(self._pdf))]
            except pdfium.PdfiumError as exc:
                raise PdfError(str(exc)) from exc

    @property
    def page_count(self) -> int:
        """How many pages."""
        return len(self.sizes)

    def render(self, index: int, scale: float) -> QImage:
        """One page at ``scale`` pixels per point, on white (a QImage owning its memory)."""
        with _PDFIUM:
            if self.closed:  # the view moved on while this page waited for a worker
                raise PdfError("the document was closed")
            page = self._pdf[index]
            try:
                bitmap = page.render(scale=scale, may_draw_forms=True,
                                     fill_color=(255, 255, 255, 255), rev_byteorder=True,
                                     prefer_bgrx=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                return image.copy()
            finally:
                page.close()

    def close(self) -> None:
        """Free pdfium's memory (callable twice)."""
        with _PDFIUM:
            if not self.closed:
                self.closed = True
                self._pdf.close()


def _close_all(renderers: list[PdfRenderer], *_args: object) -> None:
    for renderer in renderers:
        renderer.close()
    renderers.clear()


class PdfPagesView(QScrollArea):
    """Every page one under the other, scrollable and zoomable; renders what comes into view."""

    failed = Signal(object)
    """Rendering failed (the exception)."""
    zoomed = Signal(float)
    """The zoom changed by itself (following the width)."""
    page_rendered = Signal(int)
    """A page's pixels at the current zoom arrived (its index)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: #8a9099; }")
        self._pages = QWidget()
        self._pages.setObjectName("pages")
        self._pages.setStyleSheet("#pages { background: #8a9099; }")
        self._layout = QVBoxLayout(self._pages)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._pages)
        self.problem = QLabel()
        """Says, in the page area, why there are no pages (a file that will not render)."""
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setMinimumWidth(320)
        self.problem.setStyleSheet("#problem { background: white; color: #8a1c1c;"
                                   " border: 1px solid #f5c2c0; border-radius: 4px;"
                                   " padding: 24px; font-size: 11pt; }")
        self.problem.hide()
        self._layout.addWidget(self.problem, 0, Qt.AlignmentFlag.AlignHCenter)
        self.canvas = PageCanvas()
        self._layout.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignHCenter)
        self._renderer: PdfRenderer | None = None
        self.zoom = 1.0
        self.fit = False
        """Whether the zoom follows the width of the view (until the user zooms)."""
        self._generation = 0
        """Bumped for every new document: renders of an older one are dropped on arrival."""
        self._rendering: int | None = None
        """The page a worker is rendering now (one at a time: pdfium serialises anyway)."""
        self._unrenderable: set[int] = set()
        """Pages that failed at the current zoom: not retried until the zoom changes."""
        self._open: list[PdfRenderer] = []
        self.destroyed.connect(partial(_close_all, self._open))
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.render_visible())
        self.viewport().installEventFilter(self)

    @property
    def page_count(self) -> int:
        """Pages of the shown document (0 when none)."""
        return self._renderer.page_count if self._renderer else 0

    def set_pdf(self, data: bytes, *, fit_width: bool = False) -> None:
        """Show a PDF, optionally fit to width.

        Raises ``PdfError`` if pdfium cannot open it; the page area then says so itself, so
        every screen showing pages tells the person without doing anything more.
        """
        self.clear()
        try:
            self._renderer = PdfRenderer(data)
        except PdfError:
            self.problem.setText(self.tr(
                "This file cannot be shown: it is not a PDF, or it is damaged. The rest of the "
                "document can still be used; the file itself can be saved and opened elsewhere."))
            self.problem.show()
            raise
        self._open.append(self._renderer)
        self.fit = fit_width
        if fit_width and self._renderer.sizes:
            self.zoom = self.width_zoom()
        self.verticalScrollBar().setValue(0)
        self._relayout()

    def clear(self) -> None:
        """Show nothing."""
        self.problem.hide()
        self._generation += 1
        self._rendering = None
        self._unrenderable.clear()
        self.canvas.cache.clear()
        self.canvas.set_layout(PageLayout.build((), 1.0))
        if self._renderer is not None:
            self._renderer.close()
            self._open.remove(self._renderer)
            self._renderer = None

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        """Scale the pages (1.0 = actual size at 96 dpi); ``fit`` keeps following the width."""
        self.fit = fit
        self.zoom = zoom
        self._unrenderable.clear()
        self._relayout()

    def width_zoom(self) -> float:
        """The zoom at which the widest page fills the visible width."""
        if self._renderer is None or not self._renderer.sizes:
            return self.zoom
        widest = max(width for width, _height in self._renderer.sizes)
        # What the canvas may take without a horizontal scrollbar: the viewport (with room for
        # the vertical scrollbar) less the canvas's own margins and page frame.
        scrollbar = self.verticalScrollBar().sizeHint().width()
        available = (self.width() - 2 * self.frameWidth() - scrollbar
                     - 2 * (PAGE_SPACING + BORDER) - 2)
        return float(max(ZOOMS[0], min(ZOOMS[-1], available / (widest * POINTS_TO_PIXELS))))

    def zoom_in(self) -> None:
        """The next larger zoom step."""
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))

    def zoom_out(self) -> None:
        """The next smaller zoom step."""
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def _scale(self) -> float:
        return self.zoom * POINTS_TO_PIXELS * self.devicePixelRatioF()

    def _relayout(self) -> None:
        sizes = self._renderer.sizes if self._renderer is not None else ()
        self.canvas.set_layout(PageLayout.build(sizes, self.zoom * POINTS_TO_PIXELS))
        self.render_visible()

    def visible_pages(self) -> list[int]:
        """Indexes of the pages in (or next to) the visible area, most wanted first."""
        # From the layout, not from widget positions: right after ``set_pdf`` the canvas has
        # not been placed yet, and the band must still be the top of the document.
        top = self.verticalScrollBar().value() - max(self.canvas.y(), 0)
        bottom = top + max(self.viewport().height(), 1) - 1
        return self.canvas.page_layout.render_order(max(top, 0), max(bottom, 0))

    def render_visible(self) -> None:
        """Start rendering the most wanted page not drawn at the current zoom, if none is."""
        renderer = self._renderer
        if renderer is None or self._rendering is not None:
            return
        index = self._most_wanted()
        if index is None:
            return
        self._rendering = index
        generation, zoom = self._generation, self.zoom
        run_in_background(partial(renderer.render, index, self._scale()),
                          on_done=partial(self._show_page, generation, index, zoom),
                          on_error=partial(self._render_failed, generation, index, zoom))

    def _most_wanted(self) -> int | None:
        """The first page in render order not drawn sharp at the current zoom."""
        for index in self.visible_pages():
            drawn = self.canvas.cache.get(index)
            if (drawn is None or drawn.zoom != self.zoom) and index not in self._unrenderable:
                return index
        return None

    def _render_failed(self, generation: int, index: int, zoom: float, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._rendering = None
        if zoom == self.zoom:
            self._unrenderable.add(index)
            self.failed.emit(exc)
        self.render_visible()

    def _show_page(self, generation: int, index: int, zoom: float, image: QImage) -> None:
        if generation != self._generation:
            return  # a newer document replaced this one
        self._rendering = None
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.canvas.store(index, RenderedPage(pixmap, zoom), in_view=self.visible_pages())
        if zoom == self.zoom:
            self.page_rendered.emit(index)
        self.render_visible()  # the next page in view, if any is still missing

    def page_pixmap(self, index: int) -> QPixmap | None:
        """The pixmap of a page at the current zoom, ``None`` if not rendered (yet or anymore)."""
        drawn = self.canvas.cache.get(index)
        return drawn.pixmap if drawn is not None and drawn.zoom == self.zoom else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            wanted = self.width_zoom()
            if self.fit and abs(wanted - self.zoom) > 0.02:
                self.set_zoom(wanted, fit=True)
                self.zoomed.emit(wanted)
            else:
                self.render_visible()
        return False
