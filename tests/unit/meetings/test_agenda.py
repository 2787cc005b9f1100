"""Agenda items, documents, late replacements, per-item access."""

from __future__ import annotations

import pytest
from meetings_world import GUEST, I1, I2, I3, M1, PM, SEC, SUB, M, World

from meetings import services
from meetings.commands import AddAgendaItem, AttachDocument, ReorderAgenda, ReplaceDocument
from meetings.errors import DocumentNotFound, IllegalTransition, InvalidCommand
from meetings.events import AgendaItemAdded, AgendaReordered, DocumentReplaced
from meetings.ids import DocumentId, ItemId


def test_items_keep_presenter_time_and_documents(draft: World) -> None:
    item = draft.meeting().item(I1)
    assert (item.presenter, item.minutes_allotted, item.document_ids) == (M1, 20, ("d1",))
    assert item.documents[0].title == "Tờ trình số 1"


def test_unknown_document_is_refused(draft: World) -> None:
    command = AddAgendaItem(
        meeting_id=M, item_id=ItemId("i9"), title="x", document_ids=(DocumentId("nope"),)
    )
    with pytest.raises(DocumentNotFound):
        draft.do(services.add_agenda_item, command, by=SEC)
    with pytest.raises(InvalidCommand):
        draft.do(
            services.add_agenda_item,
            AddAgendaItem(meeting_id=M, item_id=ItemId("i9"), title="  "),
            by=SEC,
        )


def test_confidential_item_event_never_reaches_guests(world: World) -> None:
    from meetings_world import build_draft

    build_draft(world)
    added = [e for e in world.events if isinstance(e, AgendaItemAdded)]
    confidential = next(e for e in added if e.item_id == I3)
    assert GUEST not in confidential.audience


def test_late_document_replacement_alerts_viewers_and_keeps_history(session: World) -> None:
    command = ReplaceDocument(
        meeting_id=M,
        item_id=I2,
        old_document_id=DocumentId("d2"),
        new_document_id=DocumentId("d7"),
        reason="Số liệu quý III cập nhật",
    )
    (event,) = session.do(services.replace_document, command, by=SEC)
    assert isinstance(event, DocumentReplaced)
    assert event.audience == session.meeting().everyone()  # the guest is invited to i2
    item = session.meeting().item(I2)
    assert item.document_ids == ("d7",)
    assert [(r.old_document_id, r.new_document_id, r.by) for r in item.replacements] == [
        ("d2", "d7", SEC)
    ]
    assert session.meeting().can_see_document(GUEST, DocumentId("d2"))  # old one stays visible


def test_replacing_a_document_not_on_the_item_is_refused(session: World) -> None:
    command = ReplaceDocument(
        meeting_id=M,
        item_id=I1,
        old_document_id=DocumentId("d2"),
        new_document_id=DocumentId("d7"),
        reason="x",
    )
    with pytest.raises(DocumentNotFound):
        session.do(services.replace_document, command, by=SEC)


def test_attaching_twice_is_refused(published: World) -> None:
    command = AttachDocument(meeting_id=M, item_id=I1, document_id=DocumentId("d1"))
    with pytest.raises(IllegalTransition):
        published.do(services.attach_document, command, by=SEC)


def test_reorder_hides_uninvited_items_from_guests(session: World) -> None:
    events = session.do(
        services.reorder_agenda, ReorderAgenda(meeting_id=M, item_ids=(I3, I2, I1)), by=PM
    )
    assert [i.item_id for i in session.meeting().agenda] == [I3, I2, I1]
    by_user = {u: e.item_ids for e in events if isinstance(e, AgendaReordered) for u in e.audience}
    assert by_user[GUEST] == (I2,)
    assert by_user[SUB] == by_user[M1] == by_user[SEC] == (I3, I2, I1)
    with pytest.raises(IllegalTransition):
        session.do(services.reorder_agenda, ReorderAgenda(meeting_id=M, item_ids=(I1,)), by=PM)
