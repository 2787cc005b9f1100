"""Edit in the desktop application: an attachment opened in the office suite, each save sent as a
new version based on the one edited, and a conflict settled without losing anyone's work.

The one thing that cannot run here is the office suite itself: ``Editor`` stands in for it,
saving the way LibreOffice does (lock file, temporary file renamed over the original).
"""

from __future__ import annotations

import hashlib
import io
import os
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, FileUpload
from desktop.context import ScreenContext
from desktop.editing.conflict import ConflictDialog, Resolution
from desktop.editing.controller import EditController
from desktop.editing.workspace import EditBase, Workspace
from desktop.screens.document.view import DocumentView
from desktop.tasks import InlineRunner

from .conftest import screenshot
from .samples import receive_letter

Contexts = Callable[..., ScreenContext]
NAME = "du-thao-bao-cao.docx"


def docx(text: str) -> bytes:
    """A small word-processing file with this text (enough for the server: bytes are bytes)."""
    buffer = io.BytesIO()
    parts = {"[Content_Types].xml": '<?xml version="1.0"?><Types/>',
             "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document><w:t>'
                                  f"{text}</w:t></w:document>"}
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():  # a fixed time: the same text, the same bytes
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 26, 9, 0, 0)), content)
    return buffer.getvalue()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Editor:
    """Stands in for the office application."""

    def __init__(self) -> None:
        self.opened: list[Path] = []

    def open(self, path: Path) -> None:
        self.opened.append(path)

    @staticmethod
    def save(path: Path, data: bytes) -> None:
        """Save as LibreOffice does: lock file, a temporary file, renamed over the original."""
        lock = path.with_name(f".~lock.{path.name}#")
        lock.write_text("editor,host")
        temporary = path.with_name(f"lu{uuid.uuid4().hex[:6]}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        lock.unlink()


def _server_files(api: ApiClient, document_id: int) -> list[str]:
    return [a.file_sha256 for a in api.document(document_id).attachments if a.filename == NAME]


def test_a_working_copy_with_unsent_edits_is_never_overwritten(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    base = EditBase(1, sha(b"v1"))
    copy, kept = workspace.checkout("http://127.0.0.1:8400", 7, NAME, base, b"v1")
    assert not kept and copy.path.read_bytes() == b"v1"
    copy.path.write_bytes(b"v1 + my changes")  # saved while the client was not running
    again, kept = workspace.checkout("http://127.0.0.1:8400", 7, NAME, base, b"v1")
    assert kept and again.path.read_bytes() == b"v1 + my changes"
    assert again.has_unsent_edits()


def test_saves_are_sent_and_a_conflict_keeps_both_versions(
        tmp_path: Path, context_for: Contexts, api_for: Callable[..., ApiClient],
        qtbot: QtBot, inline_tasks: InlineRunner) -> None:
    context = context_for("lannt")
    clerk = context.api
    document = receive_letter(clerk, subject=f"Về việc dự thảo báo cáo ({uuid.uuid4().hex[:8]})")
    clerk.add_attachment(document.id, FileUpload(NAME, docx("Bản 1")))
    view = DocumentView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.load(document.id)
    editor = Editor()
    controller = EditController(clerk, opener=editor.open, root=tmp_path, debounce_ms=150,
                                dialog_parent=view, parent=view)
    view.files.use_editing(controller)
    first_row = view.attachments.topLevelItem(0)
    assert first_row is not None
    view.attachments.setCurrentItem(first_row)
    assert view.files.edit_button.isEnabled()
    view.files.edit_selected()
    [working] = editor.opened
    assert working.read_bytes() == docx("Bản 1") and NAME in view.message.text()

    mine = docx("Bản 2 — của tôi")
    editor.save(working, mine)
    qtbot.waitUntil(lambda: _server_files(clerk, document.id)[-1:] == [sha(mine)],
                    timeout=10_000)
    qtbot.waitUntil(lambda: view.message.kind == "success", timeout=5_000)

    # someone else sends a version based on the same one; my next save is refused
    other = api_for("lannt")
    theirs = docx("Bản 3 — của đồng nghiệp")
    other.add_attachment(document.id, FileUpload(NAME, theirs), based_on=sha(mine))
    mine_again = docx("Bản 3 — của tôi")
    editor.save(working, mine_again)
    qtbot.waitUntil(lambda: controller.dialog is not None, timeout=10_000)
    assert isinstance(controller.dialog, ConflictDialog)
    assert NAME in controller.dialog.text.text()
    screenshot(controller.dialog, "71-edit-conflict")
    controller.dialog.choose(Resolution.KEEP_MINE)
    qtbot.waitUntil(lambda: _server_files(clerk, document.id)[-1:] == [sha(mine_again)],
                    timeout=10_000)
    assert _server_files(clerk, document.id) == [sha(docx("Bản 1")), sha(mine), sha(theirs),
                                                 sha(mine_again)]

    # again, and this time mine is discarded: set aside in a file, theirs in the working copy
    theirs_2 = docx("Bản 4 — của đồng nghiệp")
    other.add_attachment(document.id, FileUpload(NAME, theirs_2), based_on=sha(mine_again))
    discarded = docx("Bản 4 — của tôi, bỏ đi")
    editor.save(working, discarded)
    qtbot.waitUntil(lambda: controller.dialog is not None, timeout=10_000)
    controller.dialog.choose(Resolution.DISCARD_MINE)
    qtbot.waitUntil(lambda: working.read_bytes() == theirs_2, timeout=5_000)
    [set_aside] = [p for p in working.parent.iterdir() if "(my edit" in p.name]
    assert set_aside.read_bytes() == discarded
    assert _server_files(clerk, document.id)[-1] == sha(theirs_2)

    # and once more: both open, merged by hand, the merge goes on top
    theirs_3 = docx("Bản 5 — của đồng nghiệp")
    other.add_attachment(document.id, FileUpload(NAME, theirs_3), based_on=sha(theirs_2))
    editor.save(working, docx("Bản 5 — của tôi"))
    qtbot.waitUntil(lambda: controller.dialog is not None, timeout=10_000)
    controller.dialog.choose(Resolution.OPEN_BOTH)
    qtbot.waitUntil(lambda: "(server version" in editor.opened[-1].name, timeout=5_000)
    assert editor.opened[-1].read_bytes() == theirs_3
    merged = docx("Bản 6 — đã hợp nhất")
    editor.save(working, merged)
    qtbot.waitUntil(lambda: _server_files(clerk, document.id)[-1:] == [sha(merged)],
                    timeout=10_000)
    assert sha(theirs_3) in _server_files(clerk, document.id)

    # saved while the client was closed: the next start keeps the edit and sends it
    controller.stop()
    offline = docx("Bản 7 — sửa khi chương trình đã đóng")
    editor.save(working, offline)
    restarted = EditController(clerk, opener=editor.open, root=tmp_path, debounce_ms=150,
                               dialog_parent=view, parent=view)
    view.files.use_editing(restarted)
    view.reload()
    kept: list[bool] = []
    restarted.opened.connect(lambda _copy, kept_edits: kept.append(kept_edits))
    view.files.edit_selected()
    assert kept == [True] and working.read_bytes() == offline  # not overwritten
    qtbot.waitUntil(lambda: _server_files(clerk, document.id)[-1:] == [sha(offline)],
                    timeout=10_000)
    restarted.stop()
