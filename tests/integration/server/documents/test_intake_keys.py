"""One ``Idempotency-Key``, one document — enforced by the database, against a real server.

A real ``phigiay-server run`` process (uvicorn, its thread pool, one database session per
request) takes concurrent uploads of one scan, as a retry racing the original or two clerks'
machines watching one shared scan folder would send them. Runs on SQLite, and on PostgreSQL
with ``PHIGIAY_TEST_POSTGRES_URL``.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.pool import NullPool

from server.core import migrate
from server.core.context import AppContext
from server.core.files import store_file
from server.core.permissions import Role
from server.core.settings import Settings
from server.documents.tables import Document, DocumentVersion, IntakeKey
from server.users import service as user_service
from server.users.tables import User
from tests.fixtures.pdfs import make_pdf
from tests.fixtures.process import RunningServer, running_server, server_env
from tests.fixtures.server import PASSWORD, Seed, fast_settings, seed_agency

from .conftest import MakeDocument

PARALLEL = 8


def _metadata(subject: str, confidentiality: str = "normal") -> str:
    return json.dumps({"type_code": "official_letter", "subject": subject,
                       "issuing_organ_name": "Bộ Tài chính",
                       "confidentiality": confidentiality})


@pytest.fixture
def seeded(context: AppContext, seed: Seed) -> Seed:
    """The seeded agency plus a second clerk ("clerk2") who sees no confidential documents."""
    with context.database.writing() as session:
        new = user_service.NewUser(username="clerk2", full_name="Phạm Thu Hà", password=PASSWORD,
                                   roles=frozenset({Role.CLERK}), unit_id=seed.units["VT"])
        clerk2 = user_service.create_user(session, passwords=context.passwords, actor=None,
                                          new=new)
        assert session.get(User, clerk2.id) is not None
    return Seed(users={**seed.users, "clerk2": clerk2.id}, units=seed.units)


@pytest.fixture
def server(settings: Settings, database_url: str, seeded: Seed) -> Iterator[RunningServer]:
    """The server process on this test's database and data folder (its file store)."""
    with running_server(server_env(settings.data_dir, database_url)) as running:
        yield running


def _login(server: RunningServer, username: str) -> dict[str, str]:
    response = httpx.post(f"{server.base_url}/api/v1/auth/login",
                          json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _receive(http: httpx.Client, server: RunningServer, headers: dict[str, str], pdf: bytes,
             key: str, metadata: str) -> httpx.Response:
    return http.post(f"{server.base_url}/api/v1/documents/incoming",
                     headers={**headers, "Idempotency-Key": key}, data={"metadata": metadata},
                     files={"file": ("scan.pdf", pdf, "application/pdf")}, timeout=60)


def _incoming(context: AppContext) -> list[int]:
    with context.database.reading() as session:
        return list(session.scalars(select(Document.id).where(
            Document.direction == "incoming").order_by(Document.id)))


def _parallel(server: RunningServer, senders: list[dict[str, str]], pdf: bytes, key: str,
              metadata: str) -> list[httpx.Response]:
    """Send the same upload from every sender at once (a barrier lines the threads up)."""
    barrier = threading.Barrier(len(senders))

    def send(headers: dict[str, str]) -> httpx.Response:
        with httpx.Client() as http:
            barrier.wait(timeout=30)
            return _receive(http, server, headers, pdf, key, metadata)

    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        return list(pool.map(send, senders))


def test_parallel_requests_with_one_key_make_one_document(server: RunningServer,
                                                          context: AppContext) -> None:
    clerk = _login(server, "clerk")
    pdf = make_pdf(["Công văn quét, gửi lại song song"])
    key = hashlib.sha256(pdf).hexdigest()
    responses = _parallel(server, [clerk] * PARALLEL, pdf, key, _metadata("Gửi song song"))
    assert all(r.status_code in (200, 201) for r in responses), [r.text for r in responses]
    assert sorted(r.status_code for r in responses) == [200] * (PARALLEL - 1) + [201]
    ids = {r.json()["id"] for r in responses}
    assert len(ids) == 1
    assert _incoming(context) == list(ids)
    with context.database.reading() as session:
        assert session.scalars(select(IntakeKey.document_id)).all() == list(ids)
        versions = session.scalars(select(DocumentVersion.file_sha256)).all()
    assert versions == [key]
    assert context.store.path_of(key).read_bytes() == pdf  # the one file, whole
    # a replay after success answers with the same document and creates nothing
    with httpx.Client() as http:
        again = _receive(http, server, clerk, pdf, key.upper(), _metadata("Gửi song song"))
    assert again.status_code == 200 and again.json()["id"] in ids
    assert _incoming(context) == list(ids)


def test_two_clerks_dropping_one_scan_get_one_document(server: RunningServer,
                                                       context: AppContext) -> None:
    clerks = [_login(server, "clerk"), _login(server, "clerk2")]
    pdf = make_pdf(["Một bản quét trong thư mục dùng chung"])
    key = hashlib.sha256(pdf).hexdigest()
    responses = _parallel(server, clerks * (PARALLEL // 2), pdf, key,
                          _metadata("Thư mục dùng chung"))
    assert sorted(r.status_code for r in responses) == [200] * (PARALLEL - 1) + [201], [
        r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1
    assert len(_incoming(context)) == 1


def test_the_same_key_with_another_file_is_refused(server: RunningServer,
                                                   context: AppContext) -> None:
    clerk = _login(server, "clerk")
    pdf = make_pdf(["Bản quét gốc"])
    key = hashlib.sha256(pdf).hexdigest()
    with httpx.Client() as http:
        first = _receive(http, server, clerk, pdf, key, _metadata("Bản gốc"))
        assert first.status_code == 201, first.text
        other = _receive(http, server, clerk, make_pdf(["Một tệp khác"]), key,
                         _metadata("Tệp khác"))
    assert other.status_code == 422 and other.json()["code"] == "validation_failed"
    assert _incoming(context) == [first.json()["id"]]


def test_a_key_naming_a_document_of_another_file_is_refused(
        server: RunningServer, context: AppContext, make_document: MakeDocument) -> None:
    # A key row whose document was made from other bytes (such as the oldest document of a
    # file given its key by migration 0009, later revised) must not answer for this file.
    pdf = make_pdf(["Bản quét mới"])
    key = hashlib.sha256(pdf).hexdigest()
    existing = make_document(state="received", direction="incoming", creator="clerk")
    with context.database.writing() as session:
        session.add(IntakeKey(key=key, document_id=existing))
        session.commit()
    with httpx.Client() as http:
        refused = _receive(http, server, _login(server, "clerk"), pdf, key, _metadata("Mới"))
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "idempotency_key_mismatch"
    assert "tệp khác" in refused.json()["message"]
    assert _incoming(context) == [existing]


def test_a_confidential_document_is_not_shown_to_a_clerk_who_may_not_see_it(
        server: RunningServer, context: AppContext) -> None:
    pdf = make_pdf(["Văn bản mật"])
    key = hashlib.sha256(pdf).hexdigest()
    with httpx.Client() as http:
        first = _receive(http, server, _login(server, "clerk"), pdf, key,
                         _metadata("Văn bản mật", "secret"))
        assert first.status_code == 201, first.text
        other = _receive(http, server, _login(server, "clerk2"), pdf, key,
                         _metadata("Văn bản mật", "secret"))
    assert other.status_code == 409 and other.json()["code"] == "already_received"
    # a problem, nothing of the document: no id, no subject
    assert set(other.json()) == {"type", "title", "status", "code", "message", "detail",
                                 "instance"}
    assert "Văn bản mật" not in json.dumps(other.json(), ensure_ascii=False)
    assert _incoming(context) == [first.json()["id"]]


def test_only_clerks_may_ask_what_a_key_received(server: RunningServer,
                                                 context: AppContext) -> None:
    pdf = make_pdf(["Công văn đến"])
    key = hashlib.sha256(pdf).hexdigest()
    with httpx.Client() as http:
        assert _receive(http, server, _login(server, "clerk"), pdf, key,
                        _metadata("Đến")).status_code == 201
        officer = _receive(http, server, _login(server, "officer"), pdf, key, _metadata("Đến"))
    assert officer.status_code == 403
    with context.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(IntakeKey)) == 1


def test_store_keeps_no_partial_file(server: RunningServer, settings: Settings) -> None:
    # Losing requests never leave half-written files: the store's temporary folder is empty.
    clerk = _login(server, "clerk")
    pdf = make_pdf(["Kiểm tra kho tệp"], pages=3)
    key = hashlib.sha256(pdf).hexdigest()
    responses = _parallel(server, [clerk] * PARALLEL, pdf, key, _metadata("Kho tệp"))
    assert len({r.json()["id"] for r in responses}) == 1
    tmp = settings.store_dir / "tmp"
    assert not tmp.exists() or list(tmp.iterdir()) == []


def test_migration_gives_existing_documents_the_key_a_replay_would_have_matched(
        empty_database_url: str, tmp_path: Path) -> None:
    engine = create_engine(empty_database_url, poolclass=NullPool)
    context = AppContext.build(fast_settings(tmp_path / "data", empty_database_url))
    try:
        migrate.upgrade(engine, "0008_search_words")
        seed = seed_agency(context)
        scan, other = make_pdf(["Bản quét cũ"]), make_pdf(["Văn bản đi"])

        def document(pdf: bytes, *, direction: str, creator: str) -> int:
            with context.database.writing() as session:
                row = Document(agency_id=1, direction=direction, state="received",
                               type_code="official_letter", subject="Trước khi nâng cấp",
                               created_by=seed.users[creator])
                session.add(row)
                session.flush()
                stored = store_file(session, store=context.store, source=io.BytesIO(pdf),
                                    media_type="application/pdf")
                session.add(DocumentVersion(document_id=row.id, version_no=1,
                                            file_sha256=stored.sha256, filename="a.pdf",
                                            media_type="application/pdf", reason="received",
                                            created_by=seed.users[creator]))
                session.commit()
                return row.id

        oldest = document(scan, direction="incoming", creator="clerk")
        document(scan, direction="incoming", creator="admin")  # the same file again
        document(other, direction="outgoing", creator="officer")  # not intake
        migrate.upgrade(engine)
        with context.database.reading() as session:
            keys = session.execute(select(IntakeKey.key, IntakeKey.document_id)).all()
        assert [tuple(k) for k in keys] == [(hashlib.sha256(scan).hexdigest(), oldest)]
        migrate.downgrade(engine, "0008_search_words")
        assert "intake_keys" not in inspect(engine).get_table_names()
    finally:
        context.signatures.close()
        context.database.dispose()
        engine.dispose()
