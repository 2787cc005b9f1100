"""PDF pages drawn by pdfium (pypdfium2), signature and seal appearances included.

QtPdf does not draw signature-field appearances, so a signed document would show no signature
or seal; pdfium does, after ``init_forms()`` and with ``may_draw_forms``. Pages are rendered
lazily — only those near the visible area — off the GUI thread, on a white background.
pdfium is not thread-safe: every call into it holds ``_PDFIUM``.
"""

from __future__ import annotations

import threading
from functools import partial

import pypdfium2 as pdfium

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: #8a9099; }")
        self._pages = QWidget()
        self._pages.setObjectName("pages")
        self._pages.setStyleSheet("#pages { background: #8a9099; }")
        self._layout = QVBoxLayout(self._pages)
        self._layout.setSpacing(12)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._pages)
        self._labels: list[QLabel] = []
        self._rendered: dict[int, float] = {}
        self._renderer: PdfRenderer | None = None
        self.zoom = 1.0
        self.fit = False
        """Whether the zoom follows the width of the view (until the user zooms)."""
        self._generation = 0
        self._open: list[PdfRenderer] = []
        self.destroyed.connect(partial(_close_all, self._open))
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.render_visible())
        self.viewport().installEventFilter(self)

    @property
    def page_count(self) -> int:
        """Pages of the shown document (0 when none)."""
        return self._renderer.page_count if self._renderer else 0

    def set_pdf(self, data: bytes, *, fit_width: bool = False) -> None:
        """Show a PDF (raises ``PdfError`` if pdfium cannot open it), optionally fit to width."""
        self.clear()
        self._renderer = PdfRenderer(data)
        self._open.append(self._renderer)
        for _index in range(self._renderer.page_count):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("QLabel { background: white; border: 1px solid #5f6368; }")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        self.fit = fit_width
        if fit_width and self._renderer.sizes:
            self.zoom = self.width_zoom()
        self._size_placeholders()
        self.render_visible()

    def clear(self) -> None:
        """Show nothing."""
        self._generation += 1
        for label in self._labels:
            self._layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._labels.clear()
        self._rendered.clear()
        if self._renderer is not None:
            self._renderer.close()
            self._open.remove(self._renderer)
            self._renderer = None

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        """Scale the pages (1.0 = actual size at 96 dpi); ``fit`` keeps following the width."""
        self.fit = fit
        self.zoom = zoom
        self._generation += 1
        self._rendered.clear()
        self._size_placeholders()
        self.render_visible()

    def width_zoom(self) -> float:
        """The zoom at which the widest page fills the visible width."""
        if self._renderer is None or not self._renderer.sizes:
            return self.zoom
        widest = max(width for width, _height in self._renderer.sizes)
        scrollbar = self.verticalScrollBar().sizeHint().width()
        available = self.width() - scrollbar - 2 * self._layout.contentsMargins().left() - 8
        return float(max(ZOOMS[0], min(ZOOMS[-1], available / (widest * POINTS_TO_PIXELS))))

    def zoom_in(self) -> None:
        """The next larger zoom step."""
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))

    def zoom_out(self) -> None:
        """The next smaller zoom step."""
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def _scale(self) -> float:
        return self.zoom * POINTS_TO_PIXELS * self.devicePixelRatioF()

    def _size_placeholders(self) -> None:
        if self._renderer is None:
            return
        factor = self.zoom * POINTS_TO_PIXELS
        for label, (width, height) in zip(self._labels, self._renderer.sizes, strict=True):
            label.setFixedSize(QSize(round(width * factor) + 2, round(height * factor) + 2))
            label.clear()
        self._pages.adjustSize()

    def visible_pages(self) -> list[int]:
        """Indexes of the pages in (or next to) the visible area."""
        top = self.verticalScrollBar().value()
        bottom = top + max(self.viewport().height(), 1)
        shown = [i for i, label in enumerate(self._labels)
                 if label.y() + label.height() >= top and label.y() <= bottom]
        if not shown and self._labels:
            shown = [0]
        if shown and shown[-1] + 1 < len(self._labels):
            shown.append(shown[-1] + 1)
        return shown

    def render_visible(self) -> None:
        """Render the pages in view that are not drawn at the current zoom yet."""
        renderer = self._renderer
        if renderer is None:
            return
        generation, scale = self._generation, self._scale()
        for index in self.visible_pages():
            if self._rendered.get(index) == self.zoom:
                continue
            self._rendered[index] = self.zoom
            run_in_background(partial(renderer.render, index, scale),
                              on_done=partial(self._show_page, generation, index),
                              on_error=partial(self._render_failed, generation))

    def _render_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.failed.emit(exc)

    def _show_page(self, generation: int, index: int, image: QImage) -> None:
        if generation != self._generation or index >= len(self._labels):
            return  # a newer document or zoom replaced this one
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self._labels[index].setPixmap(pixmap)

    def page_pixmap(self, index: int) -> QPixmap | None:
        """The drawn pixmap of a page (tests), ``None`` if not rendered."""
        pixmap = self._labels[index].pixmap()
        return None if pixmap is None or pixmap.isNull() else pixmap

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            wanted = self.width_zoom()
            if self.fit and abs(wanted - self.zoom) > 0.02:
                self.set_zoom(wanted, fit=True)
                self.zoomed.emit(wanted)
            else:
                self.render_visible()
        return False
