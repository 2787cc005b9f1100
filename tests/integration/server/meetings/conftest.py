"""Fixtures for meeting tests: more cabinet members, documents, a prepared meeting."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from server.core.context import AppContext
from server.core.files import store_file
from server.core.permissions import Role
from server.documents.access import add_participant
from server.documents.tables import Document, DocumentVersion
from server.users import service as user_service
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.server import PASSWORD, Seed
from tests.integration.server.meetings.kit import Api

MEMBERS = ("member", "m2", "m3", "m4")
"""Voting members besides the chair (``leader``)."""


@pytest.fixture
def people(context: AppContext, seed: Seed) -> dict[str, int]:
    """The seeded users plus three more cabinet members and a deputy."""
    users = dict(seed.users)
    with context.database.writing() as session:
        for username in ("m2", "m3", "m4", "deputy"):
            new = user_service.NewUser(username=username, full_name=f"Bộ trưởng {username}",
                                       password=PASSWORD, roles=frozenset({Role.CABINET_MEMBER}))
            users[username] = user_service.create_user(
                session, passwords=context.passwords, actor=None, new=new
            ).id
    return users


@pytest.fixture
def api(client: Any, login: Callable[..., dict[str, str]], people: dict[str, int]) -> Api:
    """The meetings API, logged in as every user."""
    return Api(client, {name: login(name) for name in people})


MakeDocument = Callable[[str], str]


@pytest.fixture
def make_document(context: AppContext, seed: Seed) -> MakeDocument:
    """A signed document the meeting secretary may see; returns its id as the API names it."""

    def _make(subject: str) -> str:
        with context.database.writing() as session:
            document = Document(agency_id=1, direction="internal", state="signed",
                                type_code="report", subject=subject,
                                drafting_unit_id=seed.units["TH"], confidentiality="normal",
                                created_by=seed.users["secretary"])
            session.add(document)
            session.flush()
            pdf = store_file(session, store=context.store, source=io.BytesIO(make_pdf([subject])),
                             media_type="application/pdf")
            session.add(DocumentVersion(document_id=document.id, version_no=1,
                                        file_sha256=pdf.sha256, filename="a.pdf",
                                        media_type="application/pdf", reason="test",
                                        created_by=seed.users["secretary"]))
            add_participant(session, document_id=document.id, user_id=seed.users["secretary"],
                            reason="creator")
            session.commit()
            return str(document.id)

    return _make


@dataclass(frozen=True)
class Prepared:
    """A meeting ready to publish: items i1 (open), i2 (guest invited), i3 (confidential)."""

    meeting_id: str
    i1: str
    i2: str
    i3: str
    documents: tuple[str, str, str]


def prepare_meeting(api: Api, people: dict[str, int], make_document: MakeDocument,
                    documents: tuple[str, str, str] | None = None) -> Prepared:
    """Create the standard meeting as the secretary, with the leader in the chair."""
    meeting = api.create_meeting("secretary", chair=people["leader"])
    mid = meeting["meeting_id"]
    docs = documents or (make_document("Tờ trình dự thảo Nghị định"),
                         make_document("Báo cáo kinh tế"), make_document("Nội dung mật"))
    i1 = api.add_item("secretary", mid, "Dự thảo Nghị định", document_ids=[docs[0]],
                      presenter_id=people["member"])
    i2 = api.add_item("secretary", mid, "Báo cáo tình hình kinh tế", document_ids=[docs[1]])
    i3 = api.add_item("secretary", mid, "Nội dung mật", confidential=True,
                      document_ids=[docs[2]])
    for name in MEMBERS:
        api.invite("secretary", mid, people[name], "member")
    api.invite("secretary", mid, people["officer"], "guest", invited_items=[i2])
    return Prepared(mid, i1, i2, i3, docs)


@pytest.fixture
def prepared(api: Api, people: dict[str, int], make_document: MakeDocument) -> Prepared:
    """The standard meeting, still a draft."""
    return prepare_meeting(api, people, make_document)
