"""Desktop client: cold start, the document list over 100,000 documents, a 300-page PDF.

Run on demand (not in CI), headless:

    .venv/bin/python bench/bench_desktop.py [--documents 100000] [--runs 10]
        [--admin-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--skip-list]

Targets (issue #8): cold start to the login window < 1.5 s; the first rows of the list with
100,000 documents on the server < 300 ms, memory flat while scrolling (the whole list, with the
model's bounded window, against the same model keeping every row); the first page of a
300-page PDF < 0.5 s. Each line has a baseline measured in the same run: a bare Qt start, a bare
HTTP GET of the same page, and a bare pypdfium2 render. The 100,000 documents are loaded
into a fresh PostgreSQL database with bench_workflow's generator and served by a real server
process on loopback.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QEventLoop,
    QModelIndex,
    QThreadPool,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from desktop.api.client import ApiClient  # noqa: E402
from desktop.api.documents import DocumentPage  # noqa: E402
from desktop.api.requests import DocumentQuery  # noqa: E402
from desktop.collector import GuiThreadCollector  # noqa: E402
from desktop.demo import free_port  # noqa: E402
from desktop.fonts import apply_interface_font  # noqa: E402
from desktop.itemmodels.documents import DocumentListModel  # noqa: E402
from desktop.itemmodels.window import MAX_PAGES  # noqa: E402
from desktop.screens.document.pdfpages import POINTS_TO_PIXELS, PdfPagesView  # noqa: E402
from desktop.tasks import ThreadPoolRunner, use_runner  # noqa: E402

Row = tuple[str, float, float, str, float, float, str]
"""case, p50, p95, baseline name, baseline p50, baseline p95, target."""
PASSWORD = "Mat-khau-2026"
PAGE = 50

CLIENT_START = """
import sys
from PySide6.QtCore import QSettings, QTimer
from desktop.app import PhigiayApp, create_qapplication
from desktop.settings import Settings, TokenStore
qapp = create_qapplication(["phigiay"])
app = PhigiayApp(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)), TokenStore())
app.start()
assert app.login is not None and app.login.isVisible()
QTimer.singleShot(0, qapp.quit)  # after the first turn of the loop: the dialog is painted
qapp.exec()
"""
BARE_QT_START = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
qapp = QApplication(["bare"])
window = QWidget()
window.show()
QTimer.singleShot(0, qapp.quit)
qapp.exec()
"""


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile (ms)."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(int(len(ordered) * 0.95) - 1, 0)]


def timed(fn: Callable[[], object], runs: int, *, warm: bool = True) -> tuple[float, float]:
    """p50 and p95 of ``fn`` in milliseconds."""
    if warm:
        fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def rss_mib() -> float:
    """This process's resident memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop, as the client's does, until ``condition`` holds.

    A blocking loop checked by a 1 ms timer, not a busy ``processEvents`` spin: spinning would
    compete with the worker threads for the GIL and slow down what is measured.
    """
    if condition():
        return
    loop = QEventLoop()
    check = QTimer(interval=1)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    give_up = QTimer(singleShot=True, interval=int(timeout * 1000))
    give_up.timeout.connect(loop.quit)
    check.start()
    give_up.start()
    loop.exec()
    check.stop()
    give_up.stop()
    if not condition():
        raise TimeoutError("the condition did not hold in time")


# -- cold start -----------------------------------------------------------------------------------


def cold_start(runs: int) -> list[Row]:
    """Process start to the painted login window, against a bare Qt window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PHIGIAY_CLIENT_CONFIG": "/nonexistent/client.toml"}
    settings_file = Path(tempfile.mkdtemp(prefix="phigiay-bench-")) / "client.ini"

    def run(code: str, *args: str) -> Callable[[], object]:
        return lambda: subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                                      check=True, capture_output=True)

    client = timed(run(CLIENT_START, str(settings_file)), runs)
    bare = timed(run(BARE_QT_START), runs)
    python = timed(run("pass"), runs)
    return [("cold start → login window", *client, "bare Qt window", *bare, "< 1500"),
            ("  (python -c pass, for scale)", *python, "", float("nan"), float("nan"), "")]


# -- the document list ----------------------------------------------------------------------------


@contextmanager
def loaded_server(admin_url: str, count: int) -> Iterator[str]:
    """A server process on a fresh PostgreSQL database holding ``count`` documents."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    name = f"phigiay_bench_desktop_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    process: subprocess.Popen[bytes] | None = None
    try:
        started = time.perf_counter()
        # In a child process, so that the generator's memory does not blur ours.
        subprocess.run([sys.executable, __file__, "--generate", url, "--documents", str(count)],
                       cwd=ROOT, check=True)
        print(f"loaded {count:,} documents in {time.perf_counter() - started:.0f} s")
        port = free_port()
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("PHIGIAY_")},
               "PHIGIAY_DATABASE_URL": url,
               "PHIGIAY_DATA_DIR": tempfile.mkdtemp(prefix="phigiay-bench-data-")}
        process = subprocess.Popen([sys.executable, "-m", "server.cli", "run", "--port",
                                    str(port), "--log-level", "warning"], cwd=ROOT, env=env)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.2)
        yield base
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=20)
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


class ListUnderTest:
    """The client's document list as the inbox shows it: model, view, background pages."""

    def __init__(self, api: ApiClient, query: DocumentQuery, *, max_pages: int = MAX_PAGES
                 ) -> None:
        self.api, self.query = api, query
        self.model = DocumentListModel(page_rows=query.limit, max_pages=max_pages)
        self.model.fetch_page = self._fetch_page
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1200, 700)
        self.view.show()
        self.pending = False

    def first_rows(self) -> None:
        """Ask for the first page and wait until its rows are painted."""
        from desktop.tasks import run_in_background

        self.model.set_documents(())
        self.pending = True
        query, api = self.query, self.api

        def shown(page: DocumentPage) -> None:
            self.model.set_documents(page.items, has_more=page.has_more)
            self.pending = False

        run_in_background(lambda: api.documents(query), on_done=shown)
        wait_until(lambda: not self.pending)
        self.view.viewport().repaint()

    def _fetch_page(self, offset: int) -> None:
        from desktop.tasks import run_in_background

        query, api = replace(self.query, offset=offset), self.api
        run_in_background(lambda: api.documents(query),
                          on_done=lambda page: self.model.deliver(offset, page.items,
                                                                  has_more=page.has_more))

    def _grew_past(self, rows: int) -> bool:
        return self.model.rowCount() > rows

    def scroll_to(self, rows: int) -> list[float]:
        """Scroll down until ``rows`` are loaded; the wait of each page (ms)."""
        waits = []
        while self.model.rowCount() < rows and self.model.has_more:
            before = self.model.rowCount()
            started = time.perf_counter()
            self.view.scrollToBottom()
            self.model.fetchMore(QModelIndex())
            wait_until(partial(self._grew_past, before))
            waits.append((time.perf_counter() - started) * 1000)
        return waits

    def jump_back(self, row: int) -> float:
        """Scroll to a row scrolled past long ago; ms until it is painted with its data."""
        started = time.perf_counter()
        self.view.scrollTo(self.model.index(row, 0))
        self.view.viewport().repaint()
        wait_until(lambda: self.model.document(row) is not None)
        self.view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    def close(self) -> None:
        """No page may be asked for after this point."""
        self.model.fetch_page = None
        self.view.close()
        self.view.deleteLater()


def memory_while_scrolling(api: ApiClient, label: str, scroll_rows: int, max_pages: int
                           ) -> tuple[list[float], list[float], list[str]]:
    """Scroll through ``scroll_rows`` rows; page waits, jump-back waits and a memory line."""
    gc.collect()
    scrolling = ListUnderTest(api, DocumentQuery(limit=PAGE), max_pages=max_pages)
    scrolling.first_rows()
    start_rss = rss_mib()
    marks = sorted({m for m in (1_000, 10_000, 25_000, 50_000, scroll_rows) if m <= scroll_rows})
    waits, figures = [], []
    for mark in marks:
        waits += scrolling.scroll_to(mark)
        figures.append(f"{rss_mib():.0f} MiB at {scrolling.model.rowCount():,}")
    end_rss = rss_mib()
    rows = scrolling.model.rowCount()
    jumps = [scrolling.jump_back(row) for row in (0, rows // 2, rows // 4, rows - 1, 0)]
    after_jumps = rss_mib()
    line = (f"{label}: {start_rss:.0f} MiB at {PAGE} rows, " + ", ".join(figures)
            + f" — {(end_rss - start_rss) / max(rows / 1000, 1):.3f} MiB per 1,000 rows; "
            f"{scrolling.model.pages_held} pages held; {after_jumps:.0f} MiB after jumping "
            "back and forth")
    scrolling.close()
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()
    return waits, jumps, [line]


def document_list(base: str, runs: int, count: int, scroll_rows: int) -> list[Row]:
    """First rows of the list and of a search, memory while scrolling."""
    api = ApiClient(base)
    api.login("uvt1", PASSWORD)  # a clerk: sees every normal document of the agency
    headers = {**api.headers(), "Accept": "application/json"}
    bare_http = httpx.Client(base_url=f"{base}/api/v1")
    rows: list[Row] = []
    for label, query in (("first rows, all documents", DocumentQuery(limit=PAGE)),
                         ("first rows, search 'chuyen doi so'",
                          DocumentQuery(q="chuyen doi so", limit=PAGE))):
        under_test = ListUnderTest(api, query)
        client = timed(under_test.first_rows, runs)
        under_test.close()
        bare_get = partial(bare_http.get, "/documents", params=tuple(query.params()),
                           headers=headers)
        bare_get().raise_for_status()
        bare = timed(bare_get, runs)
        rows.append((f"{label} ({count:,})", *client, "bare HTTP GET", *bare, "< 300"))
    # The windowed model first: memory freed by Python is reused, not returned, so the
    # keep-everything baseline after it still shows its own growth.
    waits, jumps, lines = memory_while_scrolling(api, "windowed model", scroll_rows, MAX_PAGES)
    _waits, _jumps, baseline = memory_while_scrolling(api, "keeping every row (before)",
                                                      scroll_rows, scroll_rows // PAGE + 2)
    rows.append(("next page while scrolling", *percentiles(waits), "", float("nan"),
                 float("nan"), ""))
    rows.append(("row scrolled back to, painted", *percentiles(jumps), "", float("nan"),
                 float("nan"), ""))
    print("\nmemory while scrolling the list:\n  " + "\n  ".join(lines + baseline))
    api.close()
    bare_http.close()
    return rows


def _idle(runner: ThreadPoolRunner) -> None:
    """Let every worker finish and every result arrive before Python tears Qt down."""
    runner.wait()
    QApplication.processEvents()


# -- the PDF --------------------------------------------------------------------------------------


def long_pdf(pages: int) -> bytes:
    """A Vietnamese text document of ``pages`` A4 pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from signing.fonts import font_path

    if "BenchSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSerif", str(font_path("serif"))))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(pages):
        pdf.setFont("BenchSerif", 13)
        for line in range(40):
            pdf.drawString(70, 780 - line * 18, f"Trang {page + 1}, dòng {line + 1}: Điều khoản "
                                                 "thi hành và trách nhiệm tổ chức thực hiện.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def first_pdf_page(runs: int, pages: int = 300) -> list[Row]:
    """The document view's first page against a bare pypdfium2 render."""
    import pypdfium2 as pdfium

    data = long_pdf(pages)
    view = PdfPagesView()
    view.resize(900, 1000)
    view.show()

    def client() -> None:
        view.set_pdf(data, fit_width=True)
        wait_until(lambda: view.page_pixmap(0) is not None)

    def bare_pdfium() -> None:
        document = pdfium.PdfDocument(data)
        page = document[0]
        page.render(scale=POINTS_TO_PIXELS).close()
        page.close()
        document.close()

    ours = timed(client, runs)
    view.clear()
    view.close()
    label = f"first page, {pages}-page PDF ({len(data) // 1024} KiB)"
    return [(label, *ours, "bare pypdfium2", *timed(bare_pdfium, runs), "< 500")]


def generate(url: str, count: int) -> None:
    """Migrate the database at ``url`` and load the agency and ``count`` documents into it."""
    import bench_workflow

    database, _people, units, unit_of = bench_workflow._setup(url)
    database.dispose()
    bench_workflow._load_documents(url, count, units, unit_of)


def print_table(rows: list[Row]) -> None:
    """The results, one line per case."""
    print(f"\n{'case':<44} {'p50':>8} {'p95':>8}  {'baseline':<16} {'p50':>8} {'p95':>8}"
          f"  {'target':>7}")
    for case, p50, p95, baseline, b50, b95, target in rows:
        print(f"{case:<44} {p50:8.1f} {p95:8.1f}  {baseline:<16} {b50:8.1f} {b95:8.1f}"
              f"  {target:>7}")
    print("(milliseconds)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--admin-url",
                        default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--skip-list", action="store_true",
                        help="no database: only cold start and the PDF")
    parser.add_argument("--scroll-rows", type=int, default=None,
                        help="rows to scroll through for the memory figures (default: all)")
    parser.add_argument("--generate", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.documents)
        return
    qapp = QApplication.instance() or QApplication(["bench"])
    apply_interface_font(qapp)  # type: ignore[arg-type]
    collector = GuiThreadCollector(qapp)  # as the client runs (desktop.main)
    collector.start()
    rows = cold_start(max(args.runs // 2, 3))
    runner = ThreadPoolRunner()
    with use_runner(runner):
        rows += first_pdf_page(args.runs)
        _idle(runner)
        if not args.skip_list:
            with loaded_server(args.admin_url, args.documents) as base:
                rows += document_list(base, args.runs, args.documents,
                                      args.scroll_rows or args.documents)
                _idle(runner)
    print_table(rows)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
