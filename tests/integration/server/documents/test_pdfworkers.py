"""The PDF extraction pool: long-lived workers that still contain a hostile file.

The misbehaving workers below run the real worker loop (:func:`pdfworkers.serve`, with its
memory cap) around a handler that hangs, crashes or balloons for one file name and extracts
normally otherwise, so the pool's kill-and-replace path is exercised on real processes.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from server.documents import pdftext, pdfworkers
from tests.fixtures.pdfs import make_pdf

MISBEHAVING = """
import os, sys
from server.documents import pdfworkers

def handle(path):
    if path.endswith("hang.pdf"):
        while True:
            pass
    if path.endswith("crash.pdf"):
        os._exit(139)
    if path.endswith("balloon.pdf"):
        hog = bytearray(2 * pdfworkers.MEMORY_LIMIT_BYTES)
        return {"pages": len(hog), "text": ""}
    return pdfworkers.extract_text(path)

pdfworkers.serve(handle)
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfworkers")
    good = folder / "good.pdf"
    good.write_bytes(make_pdf(["Công văn về việc tổ chức hội nghị"], pages=2))
    found = {"good": good}
    for name in ("hang", "crash", "balloon"):
        found[name] = folder / f"{name}.pdf"
        found[name].write_bytes(good.read_bytes())
    return found


@pytest.fixture
def pool() -> Iterator[pdfworkers.ExtractorPool]:
    pool = pdfworkers.ExtractorPool(size=1, timeout=3.0, max_files=3,
                                    command=(sys.executable, "-c", MISBEHAVING))
    yield pool
    pool.shutdown()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_one_worker_serves_many_files_and_is_recycled(pool: pdfworkers.ExtractorPool,
                                                      files: dict[str, Path]) -> None:
    first = pool.extract(files["good"])
    assert first is not None and first["pages"] == 2 and "hội nghị" in first["text"]
    [worker] = pool.idle_pids
    assert pool.extract(files["good"]) == first
    assert pool.idle_pids == [worker]
    # The third file is its last (max_files=3): it is stopped, the next file gets a new one.
    assert pool.extract(files["good"]) == first
    assert pool.idle_pids == []
    assert pool.extract(files["good"]) == first
    assert pool.idle_pids not in ([], [worker])


def test_a_hanging_extraction_is_killed_and_the_next_one_works(
        pool: pdfworkers.ExtractorPool, files: dict[str, Path]) -> None:
    assert pool.extract(files["good"]) is not None
    [worker] = pool.idle_pids
    started = time.monotonic()
    assert pool.extract(files["hang"]) is None
    assert 3.0 <= time.monotonic() - started < 10
    assert not _alive(worker) and pool.idle_pids == []
    after = pool.extract(files["good"])
    assert after is not None and after["pages"] == 2


@pytest.mark.parametrize("name", ["crash", "balloon"])
def test_a_crash_or_memory_blow_up_fails_that_file_only(
        pool: pdfworkers.ExtractorPool, files: dict[str, Path], name: str) -> None:
    started = time.monotonic()
    assert pool.extract(files[name]) is None
    assert time.monotonic() - started < 3.0  # noticed at once, not at the timeout
    assert pool.idle_pids == []
    after = pool.extract(files["good"])
    assert after is not None and after["pages"] == 2


def test_extract_reports_ok_failed_and_not_pdf(tmp_path: Path, files: dict[str, Path]) -> None:
    hostile = tmp_path / "hong.pdf"
    hostile.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\n"
                        + b"\x00" * 500)
    sheet = tmp_path / "bang.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    good = pdftext.extract(files["good"])
    assert (good.status, good.page_count) == ("ok", 2) and "Công văn" in good.text
    assert pdftext.extract(hostile) == pdftext.PdfText(status="failed")
    assert pdftext.extract(sheet) == pdftext.PdfText(status="not_pdf")
    assert pdftext.extract(files["good"]) == good  # the same shared worker, still healthy
    pdftext.shutdown()
    assert pdftext.extract(files["good"]) == good  # started again after a shutdown


def test_a_closed_pool_refuses_work(files: dict[str, Path]) -> None:
    pool = pdfworkers.ExtractorPool(size=1)
    assert pool.extract(files["good"]) is not None
    [worker] = pool.idle_pids
    pool.shutdown()
    deadline = time.monotonic() + 5
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(worker)
    with pytest.raises(RuntimeError):
        pool.extract(files["good"])
