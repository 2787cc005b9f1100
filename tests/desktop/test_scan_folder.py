"""The watched scan folder: PDFs the scanner drops become incoming documents, once.

A real server (the package's demo agency), a real folder watched by watchdog, the real journal.
Restarts are new ``ScanFolder``/``ReceiveView`` objects over the same folder; the crash between
upload and move is the upload made and the process "stopped" before the move.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, DocumentQuery, FileUpload, IncomingFields
from desktop.context import ScreenContext
from desktop.scan.folder import RejectedScan, ScanFolder, WaitingScan
from desktop.scan.inspect import RejectReason
from desktop.scan.intake import resume
from desktop.scan.journal import ScanJournal, ScanRecord, ScanState
from desktop.screens.receive.view import ReceiveView
from desktop.settings import SCAN_FOLDER
from desktop.tasks import InlineRunner

from .conftest import screenshot
from .samples import REPORT_LETTER, letter_pdf

Contexts = Callable[..., ScreenContext]
CLERK = "lannt"


def _scan_pdf(tag: str) -> bytes:
    """A letter whose bytes are unique to this run (the server recognises repeated bytes)."""
    letter = replace(REPORT_LETTER, subject=f"{REPORT_LETTER.subject} ({tag})")
    return letter_pdf(letter)


def _fields(subject: str) -> IncomingFields:
    return IncomingFields(type_code="official_letter", subject=subject,
                          issuing_organ_name="Bộ Kế hoạch và Đầu tư", number=125,
                          notation="BKHĐT-TH", issue_date=date(2026, 11, 20))


def _documents_titled(api: ApiClient, subject: str) -> list[int]:
    page = api.documents(DocumentQuery(q=subject, direction="incoming", limit=200))
    return [d.id for d in page.items if d.subject == subject]


def _drop(folder: Path, name: str, data: bytes) -> Path:
    """Write like a scanner: a partial name first, renamed when complete."""
    partial = folder / f"{name}.part"
    partial.write_bytes(data)
    os.replace(partial, folder / name)
    return folder / name


# -- the journal and the folder, without Qt or a server ---------------------------------------

def test_the_journal_survives_a_torn_last_line(tmp_path: Path) -> None:
    journal = ScanJournal(tmp_path / "journal.jsonl")
    journal.write(ScanRecord("a" * 64, "quet-001.pdf", ScanState.WAITING))
    journal.write(ScanRecord("a" * 64, "quet-001.pdf", ScanState.DONE, document_id=7))
    with open(journal.path, "ab") as stream:
        stream.write(b'{"sha256": "bbbb", "filena')  # the crash came mid-line
    again = ScanJournal(journal.path)
    assert again.get("a" * 64) == journal.get("a" * 64)
    assert again.get("bbbb") is None
    again.write(ScanRecord("c" * 64, "quet-002.pdf", ScanState.WAITING))
    assert ScanJournal(journal.path).get("c" * 64) is not None


def test_files_are_judged_once_settled_and_bad_ones_moved_aside(tmp_path: Path) -> None:
    now = [0.0]
    folder = ScanFolder(tmp_path, settle_seconds=1.0, clock=lambda: now[0])
    folder.prepare()
    good = _drop(tmp_path, "quet-001.pdf", _scan_pdf(uuid.uuid4().hex))
    photo = _drop(tmp_path, "anh-chup.pdf", b"\xff\xd8\xff\xe0\x00\x10JFIF photo")
    cut = _drop(tmp_path, "quet-dang-do.pdf", _scan_pdf("cut")[:900])
    (tmp_path / "quet-002.pdf.part").write_bytes(b"%PDF-1.7 still writing")
    assert sorted(p.name for p in folder.candidates()) == sorted(
        [good.name, photo.name, cut.name])
    assert not folder.settled(good)
    now[0] = 0.5
    assert not folder.settled(good)
    now[0] = 1.2
    assert folder.settled(good)
    waiting = folder.examine(good)
    assert isinstance(waiting, WaitingScan) and waiting.page_count == 1
    rejected = folder.examine(photo)
    assert isinstance(rejected, RejectedScan) and rejected.reason is RejectReason.NOT_PDF
    assert rejected.moved_to == tmp_path / "rejected" / "anh-chup.pdf"
    reason = (tmp_path / "rejected" / "anh-chup.pdf.reason.txt").read_text()
    assert "not_pdf" in reason and "ff d8 ff e0" in reason
    damaged = folder.examine(cut)
    assert isinstance(damaged, RejectedScan) and damaged.reason is RejectReason.DAMAGED
    assert sorted(p.name for p in folder.candidates()) == [good.name]
    assert ScanFolder(tmp_path).journal.get(waiting.sha256) is not None


# -- with the server ----------------------------------------------------------------------------

def test_a_crash_between_upload_and_move_is_finished_without_a_second_document(
        tmp_path: Path, api_for: Callable[..., ApiClient]) -> None:
    clerk = api_for(CLERK)
    subject = f"Về việc công văn quét bị gián đoạn ({uuid.uuid4().hex[:8]})"
    folder = ScanFolder(tmp_path, settle_seconds=0)
    folder.prepare()
    path = _drop(tmp_path, "quet-003.pdf", _scan_pdf(subject))
    scan = folder.examine(path)
    assert isinstance(scan, WaitingScan)
    # the first run: journaled, uploaded… and stopped before noting the answer and moving
    folder.mark_uploading(scan, _fields(subject).to_json())
    first = clerk.receive(_fields(subject), _upload(path), idempotent=True)
    del folder

    restarted = ScanFolder(tmp_path, settle_seconds=0)
    results = resume(restarted, clerk)
    assert [r.filename for r in results] == ["quet-003.pdf"] and results[0].error is None
    assert results[0].intake is not None and results[0].intake.document.id == first.id
    assert not path.exists() and (tmp_path / "processed" / "quet-003.pdf").exists()
    assert _documents_titled(clerk, subject) == [first.id]
    assert clerk.document(first.id).document.issue_date == date(2026, 11, 20)
    assert resume(ScanFolder(tmp_path), clerk) == []  # a third start has nothing left to do


def _upload(path: Path) -> FileUpload:
    return FileUpload(path.name, path.read_bytes())


def test_the_clerk_receives_scans_and_nothing_is_imported_twice(
        tmp_path: Path, context_for: Contexts, qtbot: QtBot, inline_tasks: InlineRunner,
        ) -> None:
    scans = tmp_path / "scanner"
    context = context_for(CLERK)
    context.settings.set(SCAN_FOLDER, str(scans))
    tag = uuid.uuid4().hex[:8]
    subject = f"Về việc báo cáo tình hình kinh tế - xã hội quý IV năm 2026 (quét {tag})"
    scans.mkdir()
    first = _drop(scans, "quet-001.pdf", _scan_pdf(f"{tag}-1"))  # there before the start
    view = _open(context, qtbot)
    _drop(scans, "quet-002.pdf", _scan_pdf(f"{tag}-2"))
    _drop(scans, "ảnh-chụp.pdf", b"\x89PNG\r\n\x1a\n not a pdf at all")
    queue = view.scans
    assert queue is not None
    qtbot.waitUntil(lambda: sorted(queue.scan_names()) == ["quet-001.pdf", "quet-002.pdf"]
                    and queue.message.kind == "error", timeout=10_000)
    assert "ảnh-chụp.pdf" in queue.message.text() and "không phải là tệp PDF" in \
        queue.message.text()
    assert (scans / "rejected" / "ảnh-chụp.pdf.reason.txt").exists()
    queue.list.setCurrentRow(queue.scan_names().index("quet-001.pdf"))
    queue._on_item(queue.list.currentItem())
    assert view.scan is not None and view.preview.page_count == 1
    assert "quet-001.pdf" in view.file_label.text()
    view.subject.setPlainText(subject)
    view.organ_name.setText("Bộ Kế hoạch và Đầu tư")
    screenshot(view, "70-scan-queue")
    view.receive()
    assert view.received is not None, view.message.text()
    assert not first.exists() and (scans / "processed" / "quet-001.pdf").exists()
    qtbot.waitUntil(lambda: queue.scan_names() == ["quet-002.pdf"], timeout=5_000)
    assert _documents_titled(context.api, subject) == [view.received.id]
    received_id = view.received.id
    queue.watcher.stop()  # the client is closed…
    view.close()

    # a restart; the scanner (or someone) drops the received file again
    again = _open(context, qtbot)
    shutil.copy(scans / "processed" / "quet-001.pdf", scans / "quet-001-lai.pdf")
    assert again.scans is not None
    qtbot.waitUntil(lambda: again.scans is not None and again.scans.message.kind == "info"
                    and again.scans.scan_names() == ["quet-002.pdf"], timeout=10_000)
    assert f"#{received_id}" in again.scans.message.text()
    assert again.scans.scan_names() == ["quet-002.pdf"]
    assert (scans / "processed" / "quet-001-lai.pdf").exists()
    assert _documents_titled(context.api, subject) == [received_id]
    # a scan replaced on disk after it was previewed is not sent; the typed form stays
    again.scans.list.setCurrentRow(0)
    again.scans._on_item(again.scans.list.currentItem())
    again.subject.setPlainText(subject + " (2)")
    again.organ_name.setText("Bộ Kế hoạch và Đầu tư")
    (scans / "quet-002.pdf").write_bytes(_scan_pdf(f"{tag}-2 rescanned"))
    again.receive()
    assert again.received is None and again.message.kind == "error"
    assert "quet-002.pdf" in again.message.text() and again.scan is None
    assert again.subject.toPlainText() == subject + " (2)"
    assert _documents_titled(context.api, subject + " (2)") == []
    qtbot.waitUntil(lambda: again.scans is not None
                    and again.scans.scan_names() == ["quet-002.pdf"], timeout=10_000)
    context.settings.set(SCAN_FOLDER, "")  # turned off in the settings: the queue goes
    again.follow_scan_folder()
    assert again.scans is None and again.splitter.count() == 2


def _open(context: ScreenContext, qtbot: QtBot) -> ReceiveView:
    view = ReceiveView(context)
    qtbot.addWidget(view)
    assert view.scans is not None
    view.scans.folder.settle_seconds = 0.2
    view.resize(1360, 800)
    view.show()
    return view
