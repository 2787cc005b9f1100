"""A meeting's records over HTTP in-process: item documents for those who see the item, the
minutes' refusals (who signs, when, what), and the conclusion notice entering the outgoing
workflow once. The accepted signatures and the issuance run in tests/e2e/test_meeting_flow.py."""

from __future__ import annotations

from signing import sign_pdf
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.pki import in_process_pki
from tests.integration.server.meetings.conftest import (
    MEMBERS,
    MakeDocument,
    Prepared,
    prepare_meeting,
)
from tests.integration.server.meetings.kit import Api


def _close(api: Api, mid: str, *, decide: dict[str, str] | None = None) -> None:
    api.call("secretary", "POST", f"/meetings/{mid}/publish")
    for name in ("leader", *MEMBERS):
        api.call(name, "POST", f"/meetings/{mid}/check-in", json={})
    api.call("leader", "POST", f"/meetings/{mid}/start")
    for item, text in (decide or {}).items():
        api.call("leader", "POST", f"/meetings/{mid}/items/{item}/decision", json={"text": text})
    api.call("leader", "POST", f"/meetings/{mid}/close")


def _code(api: Api, who: str, method: str, path: str, **kwargs: object) -> tuple[int, str]:
    response = api.http.request(method, f"/api/v1{path}", headers=api.headers[who], **kwargs)
    return response.status_code, response.json()["code"]


def test_item_documents_follow_item_visibility(api: Api, prepared: Prepared) -> None:
    mid, (doc1, doc2, doc3) = prepared.meeting_id, prepared.documents
    api.call("secretary", "POST", f"/meetings/{mid}/publish")
    path = f"/meetings/{mid}/items/{{}}/documents/{{}}/file"
    assert api.call("member", "GET", path.format(prepared.i1, doc1)) == _newest_file(api, doc1)
    assert api.call("officer", "GET", path.format(prepared.i2, doc2)).startswith(b"%PDF")
    assert api.status("officer", "GET", path.format(prepared.i3, doc3)) == 404  # not invited
    assert api.status("member", "GET", path.format(prepared.i1, doc2)) == 404  # not on i1
    assert api.status("clerk", "GET", path.format(prepared.i1, doc1)) == 404  # no part in it


def _newest_file(api: Api, document_id: str) -> bytes:
    """The document's own newest file, as its drafter downloads it."""
    return bytes(api.call("secretary", "GET", f"/documents/{document_id}/versions/1/file"))


def test_minutes_are_drawn_up_after_closing_by_chair_or_secretary(api: Api,
                                                                  prepared: Prepared) -> None:
    mid = prepared.meeting_id
    assert _code(api, "secretary", "POST", f"/meetings/{mid}/records/minutes") == (
        409, "meeting_illegal_transition")
    _close(api, mid)
    assert _code(api, "member", "POST", f"/meetings/{mid}/records/minutes") == (
        403, "minutes_signer_not_allowed")
    assert _code(api, "leader", "POST", f"/meetings/{mid}/records/minutes/signatures",
                 files={"file": ("x.pdf", make_pdf(["x"]), "application/pdf")}) == (
        404, "minutes_not_drafted")
    record = api.call("leader", "POST", f"/meetings/{mid}/records/minutes")
    assert [v["version_no"] for v in record["versions"]] == [1] and not record["final"]
    draft = api.call("member", "GET", f"/meetings/{mid}/records/minutes/file")
    assert draft.startswith(b"%PDF")
    assert api.call("member", "GET", f"/meetings/{mid}/records") == record
    assert api.status("officer", "GET", f"/meetings/{mid}/records") == 403  # a guest
    assert api.status("clerk", "GET", f"/meetings/{mid}/records") == 404
    rewritten = sign_pdf(make_pdf(["BIÊN BẢN khác"]), in_process_pki().key("leader-an"))
    assert _code(api, "leader", "POST", f"/meetings/{mid}/records/minutes/signatures",
                 files={"file": ("x.pdf", rewritten, "application/pdf")}) == (
        422, "signature_not_incremental")
    assert _code(api, "member", "POST", f"/meetings/{mid}/records/minutes/signatures",
                 files={"file": ("x.pdf", draft, "application/pdf")}) == (
        403, "minutes_signer_not_allowed")


def test_conclusion_notice_enters_the_outgoing_workflow_once(
        api: Api, prepared: Prepared, people: dict[str, int],
        make_document: MakeDocument) -> None:
    empty = prepared.meeting_id
    assert _code(api, "secretary", "POST", f"/meetings/{empty}/records/conclusion-notice") == (
        409, "meeting_illegal_transition")
    _close(api, empty)
    assert _code(api, "secretary", "POST", f"/meetings/{empty}/records/conclusion-notice") == (
        409, "conclusion_notice_empty")
    assert api.status("secretary", "GET", f"/meetings/{empty}/conclusion-notice.pdf") == 409
    mid = prepare_meeting(api, people, make_document, prepared.documents).meeting_id
    item = api.call("secretary", "GET", f"/meetings/{mid}")["items"][0]["item_id"]
    _close(api, mid, decide={item: "Giao Bộ Tư pháp thẩm định dự thảo."})
    assert api.status("leader", "POST", f"/meetings/{mid}/records/conclusion-notice") == 403
    created = api.call("secretary", "POST", f"/meetings/{mid}/records/conclusion-notice",
                       expect=201)
    assert (created["state"], created["type_code"]) == ("draft", "notice")
    document = api.call("secretary", "GET", f"/documents/{created['document_id']}")
    assert document["direction"] == "outgoing" and document["created_by"] == people["secretary"]
    assert sorted(r["user_id"] for r in document["recipients"]) == sorted(
        people[n] for n in ("leader", *MEMBERS))
    assert api.call("secretary", "GET", f"/documents/{created['document_id']}/versions/1/file"
                    ).startswith(b"%PDF")
    assert _code(api, "secretary", "POST", f"/meetings/{mid}/records/conclusion-notice") == (
        409, "conclusion_notice_exists")
    record = api.call("m2", "GET", f"/meetings/{mid}/records")
    assert record["notice_document_id"] == created["document_id"]
