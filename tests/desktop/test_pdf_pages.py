"""The virtual page view: page 1 first, nothing rendered out of sight, bounded memory, zoom.

Renders go through a queued runner the test drives one job at a time, so the order in which
the view asks for pages is observed exactly (no timing involved).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from PySide6.QtWidgets import QApplication

from desktop.screens.document.pdfpages import POINTS_TO_PIXELS, PdfPagesView
from desktop.tasks import use_runner

from .conftest import screenshot

PAGES = 300
LANDSCAPE_PAGE = 7


class QueuedRunner:
    """Holds submitted tasks until the test runs them (the GUI thread plays the worker)."""

    def __init__(self) -> None:
        self.queue: list[tuple[Callable[[], Any], Callable[[Any], object] | None,
                               Callable[[Exception], object] | None]] = []

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], object] | None,
               on_error: Callable[[Exception], object] | None) -> None:
        self.queue.append((fn, on_done, on_error))

    def run_next(self) -> None:
        fn, on_done, on_error = self.queue.pop(0)
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - handed to on_error like the real runner
            assert on_error is not None
            on_error(exc)
        else:
            assert on_done is not None
            on_done(result)

    def run_all(self, limit: int = 50) -> None:
        for _ in range(limit):
            if not self.queue:
                return
            self.run_next()
        raise AssertionError("the view kept asking for pages")


def long_pdf(pages: int = PAGES) -> bytes:
    """A real PDF: numbered A4 pages, one in landscape."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.setPageSize(landscape(A4) if page == LANDSCAPE_PAGE else A4)
        pdf.setFont("Helvetica-Bold", 96)
        pdf.drawString(120, 500, f"{page + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return long_pdf()


@pytest.fixture
def queued() -> Iterator[QueuedRunner]:
    runner = QueuedRunner()
    with use_runner(runner):
        yield runner


@pytest.fixture
def view(ui_app: QApplication, queued: QueuedRunner) -> Iterator[PdfPagesView]:
    pages = PdfPagesView()
    pages.resize(900, 1000)
    pages.show()
    QApplication.processEvents()
    yield pages
    pages.clear()
    pages.close()
    pages.deleteLater()


@pytest.fixture
def rendered(view: PdfPagesView) -> list[int]:
    """The pages whose pixels arrived, in order."""
    order: list[int] = []
    view.page_rendered.connect(order.append)
    return order


def rendered_pages(view: PdfPagesView) -> list[int]:
    return [i for i in range(view.page_count) if view.page_pixmap(i) is not None]


def scroll_to_page(view: PdfPagesView, index: int) -> None:
    target, scrollbar = view.canvas.page_layout.rects[index].y, view.verticalScrollBar()
    for _turn in range(5):  # the scroll range follows the canvas once the layout has run
        if scrollbar.maximum() >= target:
            break
        QApplication.processEvents()
    scrollbar.setValue(target)
    QApplication.processEvents()


def test_first_page_is_rendered_before_any_other(view: PdfPagesView, queued: QueuedRunner,
                                                  rendered: list[int], pdf_bytes: bytes) -> None:
    view.set_pdf(pdf_bytes)
    assert view.page_count == PAGES
    assert len(queued.queue) == 1  # one page at a time, and the first is page 1
    queued.run_next()
    assert rendered_pages(view) == [0] and rendered == [0]
    pixmap = view.page_pixmap(0)
    assert pixmap is not None
    assert pixmap.width() == round(A4[0] * POINTS_TO_PIXELS * pixmap.devicePixelRatio())
    image = pixmap.toImage()
    assert image.pixelColor(2, 2).lightness() == 255  # white paper, not transparent black
    queued.run_all()
    # Only what is in view (one A4 page at 100 % in 1000 px) and one page ahead are rendered.
    assert rendered == [0, 1]
    assert view.canvas.height() > PAGES * A4[1] * POINTS_TO_PIXELS  # room for every page


def test_pages_scrolled_past_are_never_rendered(view: PdfPagesView, queued: QueuedRunner,
                                                rendered: list[int], pdf_bytes: bytes) -> None:
    view.set_pdf(pdf_bytes)
    queued.run_next()
    scroll_to_page(view, 150)  # page 2 is with a worker already; nothing else is queued
    assert len(queued.queue) == 1
    queued.run_all()
    assert rendered[:3] == [0, 1, 150] and set(rendered) <= {0, 1, 149, 150, 151}
    scroll_to_page(view, LANDSCAPE_PAGE)
    queued.run_all()
    landscape_pixmap = view.page_pixmap(LANDSCAPE_PAGE)
    assert landscape_pixmap is not None and landscape_pixmap.width() > landscape_pixmap.height()
    screenshot(view, "91-pdf-pages-landscape-page")


def test_rendered_pages_stay_within_the_cache_budget(view: PdfPagesView, queued: QueuedRunner,
                                                     pdf_bytes: bytes) -> None:
    view.set_pdf(pdf_bytes)
    queued.run_all()
    one_page = view.canvas.cache.total // len(view.canvas.cache)
    view.canvas.cache.budget = 4 * one_page
    for index in range(10, 120, 10):
        scroll_to_page(view, index)
        queued.run_all()
        assert view.canvas.cache.total <= 4 * one_page
    assert view.page_pixmap(110) is not None and view.page_pixmap(0) is None  # evicted
    scroll_to_page(view, 0)
    queued.run_all()
    assert view.page_pixmap(0) is not None  # rendered again when it comes back
    view.canvas.cache.budget = 1  # less than a page: the pages in view still stay drawn
    view.set_zoom(3.0)
    queued.run_all()  # and are not rendered over and over (run_all gives up after 50)
    assert view.page_pixmap(0) is not None and view.page_pixmap(1) is not None


def test_zoom_renders_the_visible_pages_again(view: PdfPagesView, queued: QueuedRunner,
                                              pdf_bytes: bytes) -> None:
    view.set_pdf(pdf_bytes)
    queued.run_all()
    before = view.page_pixmap(0)
    assert before is not None
    view.zoom_in()
    assert view.zoom == 1.25 and view.page_pixmap(0) is None  # the old pixels only as preview
    assert len(view.canvas.cache) == 2
    queued.run_all()
    after = view.page_pixmap(0)
    assert after is not None and after.width() > before.width()


def test_a_replaced_document_drops_its_late_renders(view: PdfPagesView, queued: QueuedRunner,
                                                    pdf_bytes: bytes) -> None:
    failures: list[Exception] = []
    view.failed.connect(failures.append)
    view.set_pdf(pdf_bytes)
    view.set_pdf(long_pdf(2))  # the first document's page 1 is still waiting for a worker
    assert len(queued.queue) == 2
    queued.run_next()  # the closed document cannot render: dropped quietly, not an error
    assert failures == [] and view.page_pixmap(0) is None and view.page_count == 2
    queued.run_all()
    assert rendered_pages(view) == [0, 1] and failures == []
    view.clear()
    assert view.page_count == 0 and view.canvas.height() == 0 and len(view.canvas.cache) == 0


def test_fit_width_follows_the_view(view: PdfPagesView, queued: QueuedRunner,
                                    pdf_bytes: bytes) -> None:
    zooms: list[float] = []
    view.zoomed.connect(zooms.append)
    view.set_pdf(pdf_bytes, fit_width=True)
    queued.run_all()
    assert view.canvas.width() <= view.viewport().width()
    view.resize(700, 1000)  # the widest page is the landscape one
    QApplication.processEvents()
    queued.run_all()
    assert zooms and view.zoom == zooms[-1] < 1.0 and view.page_pixmap(0) is not None
    assert view.canvas.width() <= view.viewport().width()
