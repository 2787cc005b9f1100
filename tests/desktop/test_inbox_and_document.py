"""My work and the document view: search without diacritics, live refresh, the PDF with its
signature and seal, comments, versions, and the server's message when it refuses a step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, FileUpload
from desktop.api.documents import DocumentDetail
from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.labels import event_title
from desktop.screens.document.view import DocumentView
from desktop.screens.inbox.view import ALL, InboxView
from desktop.tasks import InlineRunner
from desktop.workflow import Step

from .conftest import screenshot
from .samples import receive_letter, sealed_letter, tree_rows

Contexts = Callable[..., ScreenContext]


@pytest.fixture(scope="module")
def sealed_pdf() -> Iterator[bytes]:
    """A letter with a visible signature and seal (about a second to make)."""
    yield sealed_letter()


def test_search_without_diacritics(context_for: Contexts, qtbot: QtBot,
                                   inline_tasks: InlineRunner,
                                   unique: Callable[[str], str]) -> None:
    context = context_for("lannt")
    tag = unique("tt")
    subject = f"Về việc triển khai Nghị quyết phiên họp Chính phủ thường kỳ {tag}"
    receive_letter(context.api, subject=subject, urgency="urgent")
    receive_letter(context.api, subject=f"Giấy mời họp giao ban {tag}")
    inbox = InboxView(context)
    qtbot.addWidget(inbox)
    inbox.resize(1280, 760)
    inbox.show()
    assert inbox.section == "to_register"
    assert "Chờ vào sổ" in inbox.sections.item(0).text()
    inbox.search(f"trien khai nghi quyet {tag}")
    assert inbox.section == ALL and inbox.shown_subjects() == [subject]
    inbox.search(f"Triển khai NGHỊ QUYẾT {tag}")  # with diacritics and capitals too
    assert inbox.shown_subjects() == [subject]
    inbox.search(f"{tag}")
    assert len(inbox.shown_subjects()) == 2
    inbox.filters.urgency.setCurrentIndex(inbox.filters.urgency.findData("urgent"))
    assert inbox.shown_subjects() == [subject]
    inbox.filters.urgency.setCurrentIndex(0)
    inbox.search("phien hop chinh phu")
    screenshot(inbox, "61-search-without-diacritics")


def test_paging_loads_more(context_for: Contexts, qtbot: QtBot, inline_tasks: InlineRunner,
                           unique: Callable[[str], str], monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.screens.inbox.view as inbox_module

    monkeypatch.setattr(inbox_module, "PAGE_SIZE", 2)
    context = context_for("lannt")
    tag = unique("pg")
    for n in range(3):
        receive_letter(context.api, subject=f"Báo cáo tuần {tag} {n}")
    inbox = InboxView(context)
    qtbot.addWidget(inbox)
    inbox.search(tag)
    assert len(inbox.shown_subjects()) == 2 and inbox.model.has_more
    assert inbox.more_button.isVisibleTo(inbox)
    inbox.more_button.click()
    assert len(inbox.shown_subjects()) == 3 and not inbox.model.has_more


def test_live_event_refreshes_my_work(context_for: Contexts, qtbot: QtBot,
                                      inline_tasks: InlineRunner,
                                      unique: Callable[[str], str]) -> None:
    context = context_for("lannt")
    inbox = InboxView(context)
    qtbot.addWidget(inbox)
    before = inbox.work.counts["to_register"] if inbox.work else 0
    document = receive_letter(context.api, subject=f"Thông báo mới {unique('l')}")
    event = LiveEvent(1, datetime.now(UTC), "document.received",
                      {"document_id": document.id, "state": "received",
                       "subject": document.subject, "actor": "Nguyễn Thị Lan"})
    assert event_title(event) == f"Đã tiếp nhận: {document.subject} (Nguyễn Thị Lan)"
    inbox.on_live_event(event)
    qtbot.waitUntil(lambda: inbox.work is not None
                    and inbox.work.counts["to_register"] == before + 1, timeout=3000)
    assert document.subject in inbox.shown_subjects()


def _received_sealed(api: ApiClient, pdf: bytes, subject: str) -> int:
    from desktop.api import IncomingFields

    fields = IncomingFields(type_code="official_letter", subject=subject,
                            issuing_organ_name="Bộ Kế hoạch và Đầu tư", number=125,
                            notation="BKHĐT-TH", urgency="flash")
    return api.receive(fields, FileUpload("cong-van-da-ky.pdf", pdf)).id


def test_document_view_shows_signed_pages_versions_comments(
        context_for: Contexts, qtbot: QtBot, inline_tasks: InlineRunner, sealed_pdf: bytes,
        unique: Callable[[str], str]) -> None:
    context = context_for("lannt")
    document_id = _received_sealed(context.api, sealed_pdf,
                                   f"Về việc báo cáo tình hình kinh tế - xã hội {unique('v')}")
    view = DocumentView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.load(document_id)
    # Received by upload, not over the axis: nothing to return it through.
    assert isinstance(view.detail, DocumentDetail) and view.shown_steps() == [Step.REGISTER]
    assert view.pdf.page_count == 1 and view.shown_loaded == 1
    pixmap = view.pdf.page_pixmap(0)
    assert pixmap is not None
    image = pixmap.toImage()
    assert image.pixelColor(3, 3).name() == "#ffffff"  # white, not transparent
    reds = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if (c := image.pixelColor(x, y)).red() > 180 and c.green() < 90 and c.blue() < 90)
    assert reds > 50, "the seal's red appearance is drawn"
    assert view.metadata.values["urgency"].text() == "Hỏa tốc"
    screenshot(view, "62-document-view-signed")
    view.comment_edit.setPlainText("Đề nghị vào sổ ngay trong ngày.")
    view.comment_on_version.setChecked(True)
    view.send_comment()
    assert [row[2] for row in tree_rows(view.comments)] == [
        "[v1] Đề nghị vào sổ ngay trong ngày."]
    zoom = view.pdf.zoom
    view.zoom_in_button.click()
    assert view.pdf.zoom > zoom and view.pdf.page_pixmap(0) is not None


def test_an_illegal_step_shows_the_servers_message(context_for: Contexts, qtbot: QtBot,
                                                   inline_tasks: InlineRunner,
                                                   unique: Callable[[str], str]) -> None:
    context = context_for("lannt")
    document = receive_letter(context.api, subject=f"Vào sổ hai lần {unique('x')}")
    view = DocumentView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.load(document.id)
    view.steps.perform(Step.REGISTER, None)
    assert "Đã vào sổ, số đến" in view.message.text()  # maybe with a duplicate warning
    assert view.shown_steps() == [Step.PRESENT]
    view.steps.perform(Step.REGISTER, None)  # the button is gone; the server still decides
    assert view.message.kind == "error"
    assert "Không thể thực hiện bước này ở trạng thái hiện tại" in view.message.text()
    screenshot(view, "68-illegal-step-message")
    officer = DocumentView(context_for("maint"))
    qtbot.addWidget(officer)
    officer.load(document.id)
    assert officer.detail is None and officer.message.kind == "error"  # not visible to them


def test_attachments_add_open_and_save(context_for: Contexts, qtbot: QtBot,
                                       inline_tasks: InlineRunner, tmp_path: Path,
                                       unique: Callable[[str], str]) -> None:
    source = tmp_path / "phu-luc-so-lieu.txt"
    source.write_text("Phụ lục số liệu quý IV", encoding="utf-8")
    opened: list[Path] = []
    context = context_for("lannt", pick_file=lambda title, filters: source,
                          pick_save_file=lambda title, name, filters: tmp_path / f"saved-{name}",
                          open_path=opened.append)
    document = receive_letter(context.api, subject=f"Có phụ lục {unique('a')}")
    view = DocumentView(context)
    qtbot.addWidget(view)
    view.load(document.id)
    view.files.add_attachment()
    assert [row[0] for row in tree_rows(view.attachments)] == ["phu-luc-so-lieu.txt"]
    view.files.open_selected()
    assert opened and opened[0].read_text(encoding="utf-8") == "Phụ lục số liệu quý IV"
    view.files.save_selected()
    saved = tmp_path / "saved-phu-luc-so-lieu.txt"
    assert saved.read_text(encoding="utf-8") == "Phụ lục số liệu quý IV"
    view.files.save_version()
    assert (tmp_path / "saved-cong-van.pdf").read_bytes().startswith(b"%PDF")
