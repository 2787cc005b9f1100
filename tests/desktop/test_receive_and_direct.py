"""The incoming flow through the screens: a clerk receives, registers and presents; a leader
directs; the unit head assigns; the officer finds it in My work and completes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.api import ApiClient
from desktop.context import ScreenContext
from desktop.screens.document.dialogs import AssignDialog, DirectionDialog, TextDialog
from desktop.screens.inbox.view import InboxView
from desktop.screens.receive.view import ReceiveView
from desktop.tasks import InlineRunner
from desktop.workflow import Step

from .conftest import screenshot
from .samples import REPORT_LETTER, directed_to_unit, letter_pdf, tree_rows

Contexts = Callable[..., ScreenContext]


def _receive(view: ReceiveView, subject: str, *, number: str = "125") -> None:
    letter = replace(REPORT_LETTER, number=int(number))
    view.set_file(Path(f"cong-van-{number}.pdf"), letter_pdf(letter))
    view.subject.setPlainText(subject)
    view.organ_name.setText("Bộ Kế hoạch và Đầu tư")
    view.organ_id.setText("000.00.00.G13")
    view.number.setText(number)
    view.notation.setText("BKHĐT-TH")
    view.urgency.setCurrentIndex(view.urgency.findData("very_urgent"))
    view.receive()


def test_clerk_receives_registers_and_presents(context_for: Contexts, qtbot: QtBot,
                                               inline_tasks: InlineRunner,
                                               unique: Callable[[str], str]) -> None:
    view = ReceiveView(context_for("lannt"))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    assert view.type.currentText() == "Công văn" and view.leader.count() >= 3
    subject = f"Về việc báo cáo tình hình kinh tế - xã hội quý IV năm 2026 ({unique('r')})"
    _receive(view, subject, number=str(700 + len(subject) % 90))
    assert view.received is not None and view.received.state == "received"
    assert view.received.urgency == "very_urgent"
    assert not view.message.isVisible(), view.message.text()
    view.register()
    assert view.registered is not None and view.registered.document.arrival_number
    assert f"Số đến {view.registered.document.arrival_number}" in view.status.text()
    view.leader.setCurrentIndex(view.leader.findData(
        next(p.id for p in view.reference.names.people if p.username == "khanglm")))
    screenshot(view, "64-receive-registered")
    view.present()
    assert view.message.kind == "success" and "Lê Minh Khang" in view.message.text()
    state = view.context.api.document(view.received.id).document.state
    assert state == "presented"


def test_registering_a_duplicate_warns(context_for: Contexts, qtbot: QtBot,
                                       inline_tasks: InlineRunner,
                                       unique: Callable[[str], str]) -> None:
    view = ReceiveView(context_for("lannt"))
    qtbot.addWidget(view)
    number = str(9000 + int(unique("")[:4], 16) % 999)
    for _round in range(2):
        view.reset()
        _receive(view, f"Công văn trùng {unique('d')}", number=number)
        view.register()
    assert view.message.kind == "error" and "trùng" in view.message.text()
    assert view.registered is not None and view.registered.duplicate_ids


def test_a_file_that_is_not_a_pdf_is_refused_in_the_window(context_for: Contexts, qtbot: QtBot,
                                                           inline_tasks: InlineRunner) -> None:
    view = ReceiveView(context_for("lannt"))
    qtbot.addWidget(view)
    view.set_file(Path("scan-0001.jpg"), b"\xff\xd8\xff\xe0 not a pdf")
    assert view.message.kind == "error" and "scan-0001.jpg" in view.message.text()
    assert view.path is None and view.preview.page_count == 0
    view.receive()
    assert "Hãy chọn tệp PDF" in view.message.text() and view.received is None


def _incoming_presented(clerk: ApiClient, leader_id: int, subject: str) -> int:
    from .samples import to_direction

    return to_direction(clerk, leader_id, subject=subject, urgency="flash").id


def test_leader_directs_and_the_officer_sees_it(context_for: Contexts, qtbot: QtBot,
                                                inline_tasks: InlineRunner,
                                                unique: Callable[[str], str]) -> None:
    leader = context_for("khanglm")
    subject = f"Về việc chuẩn bị phiên họp Chính phủ thường kỳ {unique('p')}"
    document_id = _incoming_presented(context_for("lannt").api, leader.me.user.id, subject)
    inbox = InboxView(leader)
    qtbot.addWidget(inbox)
    inbox.resize(1280, 760)
    inbox.show()
    assert inbox.section == "to_direct" and subject in inbox.shown_subjects()
    view = inbox.open_document(document_id)
    assert view.shown_steps() == [Step.DIRECT]
    dialog = view.steps.ask(Step.DIRECT)
    assert isinstance(dialog, DirectionDialog)
    dialog.text.setPlainText("Giao Vụ Tổng hợp chủ trì, phối hợp Vụ Kinh tế tổng hợp; "
                             "báo cáo trước ngày 10/12.")
    units = {u.code: u.id for u in view.reference.names.units}  # type: ignore[union-attr]
    from desktop.api import Handler

    dialog.set_lead(Handler(unit_id=units["TH"]))
    dialog.support.check(Handler(unit_id=units["KTTH"]))
    dialog.support.search.setText("kinh te")  # without diacritics
    assert not dialog.support.list.item(3).isHidden()
    screenshot(dialog, "63-direction-dialog")
    dialog.accept()
    assert view.detail is not None and view.detail.document.state == "directed"
    assert view.message.kind == "success"
    assert [a.role for a in view.detail.assignments] == ["lead", "support"]

    head = InboxView(context_for("longbd"))
    qtbot.addWidget(head)
    head.select_section("to_process")
    assert subject in head.shown_subjects()
    head_view = head.open_document(document_id)
    assert Step.ASSIGN in head_view.shown_steps()
    assign = head_view.steps.ask(Step.ASSIGN)
    assert isinstance(assign, AssignDialog)
    assign.choose(next(p.id for p in head_view.reference.names.people  # type: ignore[union-attr]
                       if p.username == "maint"))
    assign.accept()
    assert head_view.detail is not None and head_view.detail.document.state == "in_progress"

    late = directed_to_unit(context_for("lannt").api, leader.api, units["TH"], days=-3,
                            subject=f"Về việc rà soát thủ tục hành chính {unique('o')}")
    head.context.api.assign(late.id, next(p.id for p in head.reference.names.people
                                          if p.username == "maint"))
    officer = InboxView(context_for("maint"))
    qtbot.addWidget(officer)
    assert officer.work is not None and officer.work.counts["overdue"] >= 1
    officer.resize(1280, 760)
    officer.show()
    officer.select_section("to_process")
    assert subject in officer.shown_subjects()
    row = officer.shown_subjects().index(subject)
    assert officer.model.index(row, 0).data() == "Hỏa tốc"
    late_row = officer.shown_subjects().index(late.subject)
    colour = officer.model.index(late_row, 6).data(Qt.ItemDataRole.ForegroundRole).color()
    assert colour.name() == "#c5221f"  # quá hạn in red
    screenshot(officer, "60-my-work-officer")
    officer_view = officer.open_document(document_id)
    assert officer_view.shown_steps() == [Step.COMPLETE]
    officer_view.tabs.setCurrentIndex(2)
    screenshot(officer_view, "62b-document-handling")
    complete = officer_view.steps.ask(Step.COMPLETE)
    assert isinstance(complete, TextDialog)
    complete.edit.setPlainText("Đã có văn bản báo cáo")
    complete.accept()
    assert officer_view.detail is not None
    assert officer_view.detail.document.state == "completed"
    officer_view.tabs.setCurrentIndex(4)
    history = tree_rows(officer_view.history_tree)
    assert len(history) == 6 and history[5][1] == "Hoàn thành"
    assert history[0][2] == "Nguyễn Thị Lan" and history[3][3] == "Đã trình → Đã có ý kiến chỉ đạo"
