"""Fixtures for document tests: documents placed directly in a given state."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

from server.core.context import AppContext
from server.core.files import store_file
from server.documents.access import add_participant
from server.documents.tables import Document, DocumentVersion
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.server import Seed

MakeDocument = Callable[..., int]


@pytest.fixture
def make_document(context: AppContext, seed: Seed) -> MakeDocument:
    """Insert a document in any state, with one PDF version and the given participants."""

    def _make(*, state: str = "signed", direction: str = "outgoing", creator: str = "officer",
              participants: tuple[tuple[str, str], ...] = (), **fields: Any) -> int:
        values: dict[str, Any] = {
            "type_code": "official_letter", "subject": "Văn bản thử nghiệm",
            "drafting_unit_id": seed.units["TH"], "confidentiality": "normal",
        }
        values.update(fields)
        with context.database.writing() as session:
            document = Document(agency_id=1, direction=direction, state=state,
                                created_by=seed.users[creator], **values)
            session.add(document)
            session.flush()
            pdf = store_file(session, store=context.store,
                             source=io.BytesIO(make_pdf([values["subject"]])),
                             media_type="application/pdf")
            session.add(DocumentVersion(document_id=document.id, version_no=1,
                                        file_sha256=pdf.sha256, filename="a.pdf",
                                        media_type="application/pdf", reason="test",
                                        created_by=seed.users[creator]))
            add_participant(session, document_id=document.id, user_id=seed.users[creator],
                            reason="creator")
            for kind, name in participants:
                if kind == "user":
                    add_participant(session, document_id=document.id,
                                    user_id=seed.users[name], reason="assignee")
                else:
                    add_participant(session, document_id=document.id,
                                    unit_id=seed.units[name], reason="assignee")
            session.commit()
            return document.id

    return _make
