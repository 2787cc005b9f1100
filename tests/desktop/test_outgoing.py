"""Drafts and outgoing: outgoing and internal documents in progress, by stage, opened in place."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.api import DraftFields, FileUpload
from desktop.context import ScreenContext
from desktop.screens.outgoing.view import OutgoingView
from desktop.tasks import InlineRunner

from .conftest import screenshot
from .samples import REPORT_LETTER, letter_pdf, receive_letter

Contexts = Callable[..., ScreenContext]


def test_drafts_in_progress_not_incoming(context_for: Contexts, qtbot: QtBot,
                                         inline_tasks: InlineRunner,
                                         unique: Callable[[str], str]) -> None:
    officer, clerk = context_for("maint"), context_for("lannt")
    subjects = [f"Dự thảo báo cáo tình hình thực hiện nhiệm vụ {unique('dt')}",
                f"Dự thảo thông báo nội bộ lịch công tác {unique('dt')}"]
    for subject, direction in zip(subjects, ("outgoing", "internal"), strict=True):
        officer.api.create_draft(DraftFields(type_code="official_letter", subject=subject,
                                             direction=direction),
                                 FileUpload("du-thao.pdf", letter_pdf(REPORT_LETTER)))
    incoming = receive_letter(clerk.api, subject=f"Công văn đến {unique('dt')}")
    view = OutgoingView(officer)
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    shown = view.results.shown_subjects()
    assert set(subjects) <= set(shown) and incoming.subject not in shown
    assert view.heading.text() == "Dự thảo và văn bản đi"
    screenshot(view, "83-drafts-and-outgoing")
    view.select_stage("finished")
    assert not set(subjects) & set(view.results.shown_subjects())
    view.select_stage("in_progress")
    row = view.results.shown_subjects().index(subjects[0])
    view.results.table.activated.emit(view.results.model.index(row, 2))
    assert view.stack.currentWidget() is view.document_view
    view.show_list()
    assert view.stack.currentIndex() == 0
