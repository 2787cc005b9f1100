"""Drafting and review through the screens; registers, register books and statistics; the
workflow rules behind the buttons; the navigation by role."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.api import ApiClient, Handler
from desktop.api.documents import Assignment, DocumentDetail, DocumentSummary
from desktop.context import ScreenContext
from desktop.navigation import entries_for
from desktop.screens.document.dialogs import PersonDialog, TextDialog
from desktop.screens.document.view import DocumentView
from desktop.screens.drafting.view import DraftingView, parse_organs
from desktop.screens.registers.view import RegistersView
from desktop.tasks import InlineRunner
from desktop.workflow import Person, Step, available_steps

from .conftest import screenshot
from .samples import REPORT_LETTER, directed_to_unit, letter_pdf, tree_rows

Contexts = Callable[..., ScreenContext]


def test_officer_drafts_and_the_unit_head_reviews(context_for: Contexts, qtbot: QtBot,
                                                  inline_tasks: InlineRunner, tmp_path: Path,
                                                  unique: Callable[[str], str]) -> None:
    view = DraftingView(context_for("maint"))
    qtbot.addWidget(view)
    view.resize(1280, 860)
    view.show()
    view.set_file(Path("du-thao-cong-van.pdf"), letter_pdf(REPORT_LETTER))
    subject = f"Về việc góp ý dự thảo Nghị định về quản lý văn bản điện tử {unique('n')}"
    view.subject.setPlainText(subject)
    units = {u.code: u.id for u in view.reference.names.units}
    view.recipients.check(Handler(unit_id=units["PL"]))
    view.organs.setPlainText("000.00.00.G15 Bộ Tài chính\n000.00.00.G13 Bộ Kế hoạch và Đầu tư")
    view.authority.setCurrentText("KT.")
    view.signer_position.setText("Phó Chủ nhiệm")
    view.signer_name.setText("Phạm Thị Thu Hà")
    screenshot(view, "65-drafting")
    view.create_draft()
    assert view.created is not None and view.created.state == "draft", view.message.text()
    view.submit_review()
    assert "Đã trình" in view.message.text() or view.message.kind == "success"

    head = DocumentView(context_for("longbd"))
    qtbot.addWidget(head)
    head.resize(1280, 800)
    head.show()
    head.load(view.created.id)
    assert head.shown_steps() == [Step.RETURN, Step.INITIAL, Step.SUBMIT_SIGNATURE]
    returned = head.steps.ask(Step.RETURN)
    assert isinstance(returned, TextDialog) and not returned.buttons.buttons()[0].isEnabled()
    returned.edit.setPlainText("Bổ sung căn cứ pháp lý")
    returned.accept()
    assert head.detail is not None and head.detail.document.state == "returned"
    assert head.shown_steps() == []
    recipients = [row[0] for row in tree_rows(head.recipients)]
    assert recipients == ["Vụ Pháp luật", "Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]

    second = tmp_path / "du-thao-v2.pdf"
    second.write_bytes(letter_pdf(REPORT_LETTER, pages=2))
    drafter = DocumentView(context_for("maint", pick_file=lambda title, filters: second))
    qtbot.addWidget(drafter)
    drafter.load(view.created.id)
    assert drafter.shown_steps() == [Step.NEW_VERSION, Step.SUBMIT_REVIEW]
    version = drafter.steps.ask(Step.NEW_VERSION)
    assert isinstance(version, TextDialog)
    version.edit.setPlainText("Bổ sung căn cứ")
    version.accept()
    assert drafter.shown_loaded == 2 and drafter.pdf.page_count == 2
    drafter.steps.ask(Step.SUBMIT_REVIEW)
    head.reload()
    submit = head.steps.ask(Step.SUBMIT_SIGNATURE)
    assert isinstance(submit, PersonDialog)
    submit.choose(next(p.id for p in head.reference.names.people  # type: ignore[union-attr]
                       if p.username == "haptt"))
    submit.accept()
    assert head.detail is not None and head.detail.document.state == "to_sign"


def test_registers_book_and_statistics(context_for: Contexts, qtbot: QtBot,
                                       inline_tasks: InlineRunner, tmp_path: Path,
                                       api_for: Callable[..., ApiClient],
                                       unique: Callable[[str], str]) -> None:
    context = context_for("lannt", pick_save_file=lambda title, name, filters: tmp_path / name)
    th = next(u.id for u in context.api.units() if u.code == "TH")
    directed_to_unit(context.api, api_for("khanglm"), th,
                     subject=f"Về việc tổng hợp báo cáo thống kê {unique('b')}")
    view = RegistersView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    assert tree_rows(view.register_tree)[0][:2] == ["Sổ văn bản đến", "Thường"]
    view.open_book("incoming")
    assert view.book_view.page_count >= 1 and view.book is not None
    screenshot(view, "66-register-book")
    view.save_book()
    saved = tmp_path / f"so-incoming-{date.today().year}-general.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    view.tabs.setCurrentIndex(1)
    rows = {row[0]: row for row in tree_rows(view.stats_tree)}
    assert int(rows["Vụ Tổng hợp"][1]) >= 1 and int(rows["Tổng cộng"][1]) >= 1
    view.export_csv()
    csv = (tmp_path / f"thong-ke-xu-ly-{date.today().year}.csv").read_text(encoding="utf-8")
    assert csv.startswith("unit_id,unit_code") and view.message.kind == "success"
    screenshot(view, "67-processing-statistics")


def test_parse_external_organs() -> None:
    organs = parse_organs("000.00.00.G15 Bộ Tài chính\n\nbad\n")
    assert [(o.organ_id, o.organ_name) for o in organs] == [("000.00.00.G15", "Bộ Tài chính")]


def _detail(state: str, **fields: object) -> DocumentDetail:
    now = datetime.now(UTC)
    assignments = fields.pop("assignments", ())
    returnable = bool(fields.pop("returnable", False))
    values: dict[str, object] = {"created_by": 7, **fields}
    document = DocumentSummary(id=1, direction="incoming", state=state, type_code="decision",
                               subject="x", urgency="normal", confidentiality="normal",
                               created_at=now, updated_at=now, **values)  # type: ignore[arg-type]
    return DocumentDetail(document, (), (), (), tuple(assignments), (),  # type: ignore[arg-type]
                          "none", returnable)


def _lead(unit_id: int | None = None, user_id: int | None = None,
          parent_id: int | None = None) -> Assignment:
    return Assignment(id=1, parent_id=parent_id, role="lead", unit_id=unit_id, user_id=user_id,
                      deadline=None, note=None, assigned_by=3, assigned_at=datetime.now(UTC),
                      done_at=None, due_status="none")


@pytest.mark.parametrize(("roles", "state", "fields", "expected"), [
    ({"clerk"}, "received", {}, {Step.REGISTER}),
    ({"clerk"}, "received", {"returnable": True}, {Step.REGISTER, Step.REJECT}),
    ({"leader"}, "received", {"returnable": True}, set()),
    ({"clerk"}, "registered", {}, {Step.PRESENT}),
    ({"leader"}, "presented", {"presented_to": 5}, {Step.DIRECT}),
    ({"leader"}, "presented", {"presented_to": 6}, set()),
    ({"unit_head"}, "directed", {"assignments": [_lead(unit_id=2)]},
     {Step.ASSIGN, Step.COMPLETE}),
    ({"officer"}, "in_progress", {"assignments": [_lead(user_id=5, parent_id=1)]},
     {Step.COMPLETE}),
    ({"officer"}, "draft", {"created_by": 5}, {Step.NEW_VERSION, Step.SUBMIT_REVIEW}),
    ({"unit_head"}, "in_review", {"drafting_unit_id": 2},
     {Step.RETURN, Step.INITIAL, Step.SUBMIT_SIGNATURE}),
    ({"leader"}, "to_sign", {"presented_to": 5}, {Step.RETURN, Step.INITIAL}),
    ({"clerk"}, "signed", {}, {Step.ISSUE}),
    ({"leader"}, "issued", {}, {Step.REVOKE}),
    ({"officer"}, "issued", {}, set()),
])
def test_steps_follow_role_state_and_fields(roles: set[str], state: str,
                                            fields: dict[str, object],
                                            expected: set[Step]) -> None:
    person = Person(user_id=5, unit_id=2, roles=frozenset(roles))
    assert available_steps(person, _detail(state, **dict(fields))) == expected


@pytest.mark.parametrize(("username", "keys"), [
    ("lannt", ["inbox", "receive", "registers"]),
    ("maint", ["inbox", "drafting"]),
    ("longbd", ["inbox", "drafting"]),
    ("khanglm", ["inbox", "registers"]),
    ("baotq", []),
])
def test_document_screens_by_role(username: str, keys: list[str],
                                  context_for: Contexts) -> None:
    office = {"inbox", "receive", "drafting", "registers"}
    shown = [e.key for e in entries_for(context_for(username).me) if e.key in office]
    assert shown == keys
