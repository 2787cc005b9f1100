"""The typed client's document, register and report routes, against the real server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.api import (
    ApiClient,
    Conflict,
    DirectionOrder,
    DocumentQuery,
    DraftFields,
    FileUpload,
    Handler,
    IncomingFields,
    PermissionDenied,
    RecipientSpec,
    ValidationFailed,
)
from desktop.api.errors import UnsupportedMediaType

from .samples import (
    REPORT_LETTER,
    directed_to_unit,
    leader_signs,
    letter_pdf,
    receive_letter,
    with_signature_fields,
)

Login = Callable[..., ApiClient]


def _unit_id(api: ApiClient, code: str) -> int:
    return next(u.id for u in api.units() if u.code == code)


def test_document_types_and_my_work_per_role(api_for: Login) -> None:
    clerk, leader, officer = api_for("lannt"), api_for("khanglm"), api_for("maint")
    types = {t.code: t for t in clerk.document_types()}
    assert types["decision"].name == "Quyết định" and types["decision"].abbreviation == "QĐ"
    assert types["official_letter"].name == "Công văn"
    assert {"to_register", "to_issue"} <= set(clerk.my_work().lists)
    assert {"to_direct", "to_sign"} <= set(leader.my_work().lists)
    work = officer.my_work()
    assert "to_register" not in work.lists and "my_drafts" in work.list_names()


def test_incoming_flow_through_the_client(api_for: Login, unique: Callable[[str], str]) -> None:
    clerk, leader = api_for("lannt"), api_for("khanglm")
    head, officer = api_for("longbd"), api_for("maint")
    subject = f"Về việc báo cáo tình hình kinh tế - xã hội {unique('q')}"
    received = receive_letter(clerk, subject=subject, urgency="very_urgent")
    assert received.state == "received" and received.urgency == "very_urgent"
    registered = clerk.register(received.id)
    assert registered.document.arrival_number and registered.document.state == "registered"
    leader_id = leader.me().user.id
    assert clerk.present(received.id, leader_id).presented_to == leader_id
    assert received.id in {d.id for d in leader.my_work().lists["to_direct"]}
    unit = _unit_id(clerk, "TH")
    order = DirectionOrder("Vụ Tổng hợp chủ trì", Handler(unit_id=unit),
                           info=(Handler(user_id=officer.me().user.id),),
                           deadline=date.today() + timedelta(days=20))
    assert leader.direct(received.id, order).state == "directed"
    assignment = head.assign(received.id, officer.me().user.id,
                             deadline=date.today() + timedelta(days=5), note="Xử lý gấp")
    assert assignment.user_id == officer.me().user.id and assignment.note == "Xử lý gấp"
    assert received.id in {d.id for d in officer.my_work().lists["to_process"]}
    detail = officer.document(received.id)
    assert detail.document.subject == subject and detail.due_status == "on_track"
    assert [a.role for a in detail.assignments] == ["lead", "info", "lead"]
    assert detail.latest_version is not None and detail.latest_version.version_no == 1
    assert officer.version_file(received.id, 1).startswith(b"%PDF")
    assert officer.complete(received.id, "Đã báo cáo").state == "completed"
    actions = [h.action for h in officer.history(received.id)]
    assert actions == ["received", "registered", "presented", "directed", "assigned",
                       "completed"]


def test_search_filters_and_paging(api_for: Login, unique: Callable[[str], str]) -> None:
    clerk = api_for("lannt")
    tag = unique("tk")
    for n in range(3):
        receive_letter(clerk, subject=f"Quyết định phê duyệt đề án {tag} số {n}")
    page = clerk.documents(DocumentQuery(q=f"quyet dinh phe duyet {tag}", limit=2))
    assert len(page.items) == 2 and page.has_more
    rest = clerk.documents(DocumentQuery(q=f"quyet dinh phe duyet {tag}", limit=2).next_page())
    assert len(rest.items) == 1 and not rest.has_more
    received = clerk.documents(DocumentQuery(q=tag, states=("received",), direction="incoming",
                                             type_code="official_letter", sort="oldest"))
    assert [d.subject[-1] for d in received.items] == ["0", "1", "2"]
    assert clerk.documents(DocumentQuery(q=tag, states=("issued",))).items == ()


def test_outgoing_flow_comments_attachments(api_for: Login, unique: Callable[[str], str],
                                            test_pki_folder: Path) -> None:
    officer, head, leader, clerk = (api_for(u) for u in ("maint", "longbd", "khanglm", "lannt"))
    unit = _unit_id(officer, "KTTH")
    fields = DraftFields(type_code="official_letter", subject=f"Dự thảo công văn {unique('d')}",
                         recipients=(RecipientSpec(unit_id=unit),
                                     RecipientSpec(organ_id="000.00.00.G15",
                                                   organ_name="Bộ Tài chính")))
    draft = officer.create_draft(fields, FileUpload("du-thao.pdf", letter_pdf(REPORT_LETTER)))
    assert draft.state == "draft" and draft.drafting_unit_id == officer.me().user.unit_id
    second = with_signature_fields(letter_pdf(REPORT_LETTER, pages=2, signer_text=False))
    revised = officer.add_version(draft.id, FileUpload("v2.pdf", second), "Sửa câu chữ")
    assert revised.state == "draft"
    assert officer.submit_review(draft.id).state == "in_review"
    assert head.return_document(draft.id, "Bổ sung số liệu").state == "returned"
    officer.submit_review(draft.id)
    assert head.initial(draft.id).state == "in_review"
    comment = head.add_comment(draft.id, "Đồng ý nội dung", version_id=None)
    attachment = officer.add_attachment(draft.id, FileUpload("phu-luc.txt", "Phụ lục".encode(),
                                                             "text/plain"))
    assert officer.attachment_file(draft.id, attachment.id) == "Phụ lục".encode()
    assert head.submit_signature(draft.id, leader.me().user.id).state == "to_sign"
    detail = leader.document(draft.id)
    assert [v.version_no for v in detail.versions] == [1, 2]
    assert {c.body for c in detail.comments} >= {"Bổ sung số liệu", comment.body}
    assert [r.organ_name for r in detail.recipients] == [None, "Bộ Tài chính"]
    current = leader.version_file(draft.id, 2)
    signed = leader_signs(api_for("baotq"), leader, current, test_pki_folder)
    leader.upload_signed(draft.id, FileUpload("da-ky.pdf", signed))
    issued = clerk.issue(draft.id)
    assert issued.state == "issued" and issued.number and issued.notation
    delivery = {r.organ_name or "unit": r.delivery_status
                for r in clerk.document(draft.id).recipients}
    assert delivery == {"unit": "delivered", "Bộ Tài chính": "pending"}
    assert clerk.revoke(draft.id, "Sai sót nội dung").state == "revoked"


def test_registers_reports_holidays(api_for: Login, unique: Callable[[str], str]) -> None:
    clerk, leader = api_for("lannt"), api_for("khanglm")
    directed_to_unit(clerk, leader, _unit_id(clerk, "TH"), subject=f"Sổ {unique('s')}")
    year = date.today().year
    registers = clerk.registers(year)
    incoming = next(r for r in registers if r.direction == "incoming" and r.series == "general")
    assert incoming.year == year and incoming.last_number >= 1
    assert clerk.register_book("incoming", year).startswith(b"%PDF")
    rows = {r.unit_code: r for r in leader.processing_statistics(year)}
    assert rows["TH"].received >= 1 and rows["TH"].unit_name == "Vụ Tổng hợp"
    csv = clerk.processing_statistics_csv(year).decode()
    assert csv.startswith("unit_id,unit_code,unit_name,received") and "Vụ Tổng hợp" in csv
    assert isinstance(clerk.holidays(), list)


def test_the_server_refusals_come_back_typed(api_for: Login, unique: Callable[[str], str]) -> None:
    clerk, officer = api_for("lannt"), api_for("maint")
    document = receive_letter(clerk, subject=f"Từ chối {unique('r')}")
    clerk.register(document.id)
    with pytest.raises(Conflict) as twice:
        clerk.register(document.id)
    assert twice.value.code == "illegal_transition" and twice.value.status == 409
    assert "trạng thái" in twice.value.message  # localized by the server
    with pytest.raises(PermissionDenied):
        officer.issue(document.id)
    with pytest.raises(ValidationFailed):
        clerk.receive(IncomingFields("no_such_type", "X", "Y"),
                      FileUpload("x.pdf", letter_pdf(REPORT_LETTER)))
    with pytest.raises(UnsupportedMediaType):
        clerk.receive(IncomingFields("official_letter", "Không phải PDF", "Bộ Y tế"),
                      FileUpload("x.pdf", b"hello, not a pdf"))
