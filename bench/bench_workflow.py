"""Office workflow at scale: inbox, "my work", search and issuance over 1,000,000 documents.

Run on demand (not in CI):

    .venv/bin/python bench/bench_workflow.py [--documents 1000000]
        [--admin-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--keep]
        [--reuse NAME] [--runs 60] [--explain]

It creates a fresh PostgreSQL database, migrates it, loads an agency (12 units, 120 people)
and N documents with realistic Vietnamese metadata through COPY (3 % still open, the rest
finished with their lead assignments done), then times each query through phigiay's service
layer (ORM, session and visibility rules included) and, as the baseline, the same SQL
statements sent bare through psycopg in the same run. p50/p95 over repeated runs; the target
is p95 < 50 ms on a 2-core machine; the load average is printed beside the table. ``--keep``
keeps the database, ``--reuse NAME`` times a kept one again (migrating it first), ``--explain``
prints every statement's plan instead. Issuance is timed without a seal (numbering and
registration data), with the share of it spent in SQL.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import ClauseElement, Executable, TextClause, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.auth.principal import Principal  # noqa: E402
from server.auth.service import principal_of  # noqa: E402
from server.core import migrate  # noqa: E402
from server.core.db import Database  # noqa: E402
from server.core.permissions import Role  # noqa: E402
from server.core.store import FileStore  # noqa: E402
from server.core.text import fold_for_search, index_words  # noqa: E402
from server.documents import outgoing, queries  # noqa: E402
from server.signatures.config import SignatureSetup  # noqa: E402
from server.signatures.trust import TrustConfig  # noqa: E402
from server.users import service as user_service  # noqa: E402
from server.users.tables import User  # noqa: E402

TYPES = [("decision", "Quyết định", "QĐ"), ("official_letter", "Công văn", None),
         ("report", "Báo cáo", "BC"), ("plan", "Kế hoạch", "KH"), ("notice", "Thông báo", "TB"),
         ("submission", "Tờ trình", "TTr"), ("invitation", "Giấy mời", "GM"),
         ("directive", "Chỉ thị", "CT")]
TOPICS = ["phê duyệt đề án chuyển đổi số quốc gia", "đôn đốc giải ngân vốn đầu tư công",
          "tình hình kinh tế - xã hội tháng", "công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
          "cải cách thủ tục hành chính", "tổ chức Hội nghị tổng kết năm",
          "kế hoạch thanh tra chuyên ngành", "phân bổ dự toán ngân sách nhà nước",
          "xây dựng Nghị định quy định chi tiết Luật Đất đai", "bảo đảm an toàn thông tin mạng",
          "triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững",
          "tăng cường quản lý thị trường xăng dầu", "công tác cán bộ", "tuyển dụng công chức",
          "đầu tư xây dựng đường cao tốc Bắc - Nam", "phát triển nhà ở xã hội",
          "phòng, chống dịch bệnh", "cấp phép khai thác khoáng sản",
          "chấn chỉnh kỷ luật, kỷ cương hành chính", "báo cáo kết quả thực hiện Nghị quyết"]
ORGANS = [("000.00.00.G12", "Bộ Tài chính"), ("000.00.00.G09", "Bộ Kế hoạch và Đầu tư"),
          ("000.00.00.G17", "Bộ Tư pháp"), ("000.00.00.G15", "Bộ Thông tin và Truyền thông"),
          ("000.00.00.H26", "Ủy ban nhân dân tỉnh Quảng Bình"), ("000.00.00.G10", "Bộ Nội vụ"),
          ("000.00.00.H29", "Ủy ban nhân dân thành phố Hà Nội"), ("000.00.00.G07", "Bộ Y tế")]
STATES_IN = ["received", "registered", "presented", "directed", "in_progress", "completed"]
STATES_OUT = ["draft", "in_review", "to_sign", "signed", "issued"]
URGENCY = ["normal"] * 8 + ["urgent", "very_urgent"]
UNITS = ["TH", "PL", "KTTH", "KGVX", "TCCV", "TKBT", "NC", "QHĐP", "CN", "NN", "VT", "CNTT"]


def _setup(url: str) -> tuple[Database, dict[str, int], list[int], dict[int, int]]:
    database = Database.from_url(url)
    migrate.upgrade(database.engine)
    from server.core.context import passwords_from
    from server.core.settings import Settings

    passwords = passwords_from(Settings(argon2_time_cost=1, argon2_memory_kib=1024))
    with database.writing() as session:
        user_service.create_agency(session, fields=user_service.AgencyFields(
            organ_id="000.00.00.G22", name="Văn phòng Chính phủ", short_name="VPCP"))
        units = {code: user_service.create_unit(session, actor=None, code=code,
                                                name=f"Vụ {code}").id for code in UNITS}
        people: dict[str, int] = {}
        unit_of: dict[int, int] = {}
        for code, unit_id in units.items():
            for i in range(10):
                role = (Role.UNIT_HEAD if i == 0 else Role.CLERK if code == "VT"
                        else Role.LEADER if code == "TH" and i == 1 else Role.OFFICER)
                user = user_service.create_user(session, passwords=passwords, actor=None,
                                                new=user_service.NewUser(
                    username=f"u{code.lower()}{i}".replace("đ", "d"),
                    full_name=f"Người {code} {i}", password="Mat-khau-2026",
                    roles=frozenset({role}), unit_id=unit_id))
                people.setdefault(role.value, user.id)
                unit_of[user.id] = unit_id
    return database, people, list(units.values()), unit_of


def _load_documents(url: str, count: int, units: list[int], unit_of: dict[int, int]) -> None:
    rng = random.Random(42)
    users = list(unit_of)
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    finished = bytearray(count + 1)
    docs_cols = ("id, agency_id, direction, state, type_code, is_normative, subject, number, "
                 "notation, arrival_number, issuing_organ_id, issuing_organ_name, urgency, "
                 "confidentiality, due_date, drafting_unit_id, created_by, business_type, "
                 "search_text, search_words, text_status, created_at, updated_at")
    with psycopg.connect(conninfo) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY documents ({docs_cols}) FROM STDIN") as copy_docs:
            for doc_id in range(1, count + 1):
                type_code, type_name, abbr = rng.choice(TYPES)
                incoming = rng.random() < 0.6
                organ_id, organ = rng.choice(ORGANS)
                period = f"{rng.randint(1, 12)}/{rng.randint(2024, 2026)}"
                subject = f"{type_name} về việc {rng.choice(TOPICS)} {period}"
                number = rng.randint(1, 9999)
                notation = f"{abbr or 'CV'}-{'VPCP' if not incoming else 'BTC'}"
                created = start + timedelta(seconds=doc_id * 80)
                creator = rng.choice(users)
                confidential = "confidential" if rng.random() < 0.03 else "normal"
                # Offices finish nearly everything: only the newest documents are still open.
                active = doc_id > count * 0.97
                state = (rng.choice(STATES_IN if incoming else STATES_OUT) if active
                         else "completed" if incoming else "issued")
                finished[doc_id] = state in ("completed", "issued")
                due = (created + timedelta(days=rng.randint(3, 30))).date()
                search = fold_for_search(f"{subject} {number}/{notation} {organ} {type_name}")
                copy_docs.write_row((
                    doc_id, 1, "incoming" if incoming else "outgoing", state, type_code, False,
                    subject, number, notation, doc_id if incoming else None,
                    organ_id if incoming else None, organ if incoming else None,
                    rng.choice(URGENCY), confidential, due, unit_of[creator], creator, 0,
                    search, " ".join(index_words(search)), "ok", created, created))
        with cur.copy("COPY document_participants (document_id, user_id, unit_id, reason) "
                      "FROM STDIN") as copy_participants:
            rng = random.Random(7)
            for doc_id in range(1, count + 1):
                copy_participants.write_row((doc_id, rng.choice(users), None, "creator"))
                copy_participants.write_row((doc_id, None, rng.choice(units), "assignee"))
                if rng.random() < 0.5:
                    copy_participants.write_row((doc_id, rng.choice(users), None, "assignee"))
        with cur.copy("COPY document_assignments (document_id, role, unit_id, user_id, deadline, "
                      "assigned_by, assigned_at, done_at) FROM STDIN") as copy_assignments:
            rng = random.Random(9)
            for doc_id in range(1, count + 1, 2):
                when = start + timedelta(seconds=doc_id * 80)
                # Completing a document closes its lead assignments (incoming.complete).
                done = when + timedelta(days=5) if finished[doc_id] else None
                copy_assignments.write_row((doc_id, "lead", rng.choice(units), None,
                                            (when + timedelta(days=10)).date(), users[0], when,
                                            done))
                copy_assignments.write_row((doc_id, "lead", None, rng.choice(users),
                                            (when + timedelta(days=7)).date(), users[0], when,
                                            done))
        cur.execute("SELECT setval('documents_id_seq', %s)", (count,))
        conn.commit()
        conn.autocommit = True
        cur.execute("VACUUM ANALYZE")


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the caches and the statement cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def _bare(conninfo: str, statements: list[str], limit: int | None = None,
          ) -> Callable[[], object]:
    """The same statements sent through psycopg alone (no ORM, no pool, no session).

    With ``limit``, they are tried in order like ``list_documents`` does: the first to return
    more than ``limit`` rows gives the page. Without it, all run (the lists of "my work").
    """
    conn = psycopg.connect(conninfo, autocommit=True)

    def run() -> object:
        rows: list[tuple[object, ...]] = []
        with conn.cursor() as cur:
            for sql in statements:
                rows = cur.execute(sql.encode()).fetchall()
                if limit is not None and len(rows) > limit:
                    break
        return rows

    return run


def _sql(statement: Executable) -> str:
    from sqlalchemy.dialects import postgresql

    assert isinstance(statement, ClauseElement)
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1_000_000)
    parser.add_argument("--admin-url",
                        default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", metavar="NAME", help="time an already loaded database")
    parser.add_argument("--explain", action="store_true",
                        help="print each statement's EXPLAIN ANALYZE instead of timing")
    args = parser.parse_args()
    name = args.reuse or f"phigiay_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    if not args.reuse:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(args.admin_url).set(database=name).render_as_string(hide_password=False)
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        started = time.perf_counter()
        if args.reuse:
            database, people = _reopen(url)
        else:
            database, people, units, unit_of = _setup(url)
            _load_documents(url, args.documents, units, unit_of)
            print(f"loaded {args.documents:,} documents in {time.perf_counter() - started:.0f} s"
                  f" into {name}")
        _report(database, people, conninfo, args.runs, args.documents, explain=args.explain)
    finally:
        if not (args.keep or args.reuse):
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def _reopen(url: str) -> tuple[Database, dict[str, int]]:
    database = Database.from_url(url)
    migrate.upgrade(database.engine)  # a database kept by an older version gets the new indexes
    people: dict[str, int] = {}
    with database.reading() as session:
        for user in session.scalars(select(User).order_by(User.id)):
            for role in sorted(user.role_names):
                people.setdefault(role, user.id)
    return database, people


def _principal(database: Database, user_id: int) -> Principal:
    with database.reading() as session:
        user = session.get(User, user_id)
        assert user is not None
        return principal_of(user)


def _report(database: Database, people: dict[str, int], conninfo: str, runs: int,
            count: int, *, explain: bool = False) -> None:
    clerk = _principal(database, people["clerk"])
    officer = _principal(database, people["officer"])
    head = _principal(database, people["unit_head"])
    with database.reading() as session:
        # A document from the middle of the years: not among the newest (the search window).
        number, notation = session.execute(text(
            "SELECT number, notation FROM documents WHERE number IS NOT NULL "
            "AND id <= (SELECT max(id) / 2 FROM documents) ORDER BY id DESC LIMIT 1")).one()
    cases = [
        ("inbox, first page (clerk)", clerk, queries.DocumentFilter()),
        ("inbox, first page (officer)", officer, queries.DocumentFilter()),
        ("inbox filtered+sorted (unit head)", head,
         queries.DocumentFilter(direction="incoming", states=("directed", "in_progress"),
                                sort="due")),
        ("search with diacritics", clerk,
         queries.DocumentFilter(text="Quyết định chuyển đổi số")),
        ("search without diacritics", clerk,
         queries.DocumentFilter(text="quyet dinh chuyen doi so")),
        ("search one common word (officer)", officer, queries.DocumentFilter(text="Quyết định")),
        ("search rare term (officer)", officer, queries.DocumentFilter(text="khoang san 7/2025")),
        ("search number/notation (clerk)", clerk,
         queries.DocumentFilter(text=f"{number}/{notation}")),
    ]
    print(f"\n{count:,} documents, PostgreSQL, {runs} runs each (ms); load average before: "
          f"{_load()}")
    print(f"{'case':<36} {'p50':>8} {'p95':>8} {'bare p50':>9} {'bare p95':>9}")
    for label, principal, wanted in cases:
        def through_service(p: Principal = principal, w: queries.DocumentFilter = wanted,
                            ) -> queries.Page:
            with database.reading() as session:
                return queries.list_documents(session, principal=p, wanted=w)

        _same_as_plain_query(database, through_service(), principal, wanted)
        statements = [_sql(s) for s in queries.page_queries(principal, wanted,
                                                            dialect="postgresql", limit=50)]
        if explain:
            _explain(conninfo, label, statements)
            continue
        _row(label, through_service, _bare(conninfo, statements, limit=50), runs)
    for label, principal in (("my work (officer)", officer), ("my work (unit head)", head),
                             ("my work (clerk)", clerk)):
        def work(p: Principal = principal) -> object:
            with database.reading() as session:
                return queries.my_work(session, principal=p)

        statements = [_sql(s) for s in queries.work_queries(principal).values()]
        if explain:
            _explain(conninfo, label, statements)
            continue
        _row(label, work, _bare(conninfo, statements), max(10, runs // 2))
    print(f"load average after: {_load()}")
    if not explain:
        _issuance(database, people, conninfo)


def _explain(conninfo: str, label: str, statements: list[str]) -> None:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for number, sql in enumerate(statements, start=1):
            plan = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}".encode()).fetchall()
            print(f"\n== {label}, statement {number}/{len(statements)}\n{sql}")
            print("\n".join(line for (line,) in plan))


def _row(label: str, service: Callable[[], object], bare: Callable[[], object],
         runs: int) -> None:
    print(f"{label:<36} " + " ".join(f"{v:8.1f}" for v in (*_time(service, runs),
                                                           *_time(bare, runs))), flush=True)


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _same_as_plain_query(database: Database, page: queries.Page, principal: Principal,
                         wanted: queries.DocumentFilter) -> None:
    """The page list_documents gives (maybe from the search window) is the plain query's."""
    with database.reading() as session:
        plain = list(session.scalars(queries.filtered_query(principal, wanted,
                                                            dialect="postgresql").limit(51)))
    assert [d.id for d in page.items] == [d.id for d in plain[:50]], wanted
    assert page.has_more == (len(plain) > 50), wanted


def _issuance(database: Database, people: dict[str, int], conninfo: str) -> None:
    clerk = _principal(database, people["clerk"])
    with database.reading() as session:
        ids = list(session.scalars(text("SELECT id FROM documents WHERE state = 'signed' "
                                        "AND confidentiality = 'normal' LIMIT 400")))
    half = len(ids) // 2

    # Registration data only (no files): numbering is measured, not filling and sealing.
    store = FileStore(Path(tempfile.mkdtemp(prefix="phigiay-bench-")), max_bytes=1 << 20)
    no_seal = SignatureSetup(trust=TrustConfig(), seal=None, seal_required=False)

    def issue(batch: list[int]) -> None:
        for doc_id in batch:
            with database.writing() as session:
                outgoing.issue(session, store=store, actor=clerk, document_id=doc_id,
                               on=date(2027, 1, 5), signatures=no_seal)

    started = time.perf_counter()
    with _SqlClock(database) as sql_clock:
        issue(ids[:half])
    elapsed = time.perf_counter() - started
    sequential = half / elapsed
    threads = [threading.Thread(target=issue, args=(ids[half + i::2],)) for i in range(2)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    parallel = (len(ids) - half) / (time.perf_counter() - started)
    with psycopg.connect(conninfo) as conn:  # one transaction, rolled back: numbers stay
        started = time.perf_counter()
        for _ in range(200):
            conn.execute("UPDATE registers SET last_number = last_number + 1 WHERE id = "
                         "(SELECT min(id) FROM registers) RETURNING last_number").fetchall()
        bare_rate = 200 / (time.perf_counter() - started)
        conn.rollback()
    print(f"\nissuance: {sequential:.0f} documents/s sequential, {parallel:.0f}/s with 2 threads;"
          f" bare register increment {bare_rate:.0f}/s")
    print(f"one issuance (sequential): {elapsed / half * 1000:.1f} ms, of which SQL "
          f"{sql_clock.seconds / half * 1000:.1f} ms in {sql_clock.statements / half:.0f} "
          f"statements (the rest: Python, ORM, audit hashing, events)")
    with database.reading() as session:
        numbers = list(session.scalars(select_numbers()))
    assert numbers == list(range(1, len(numbers) + 1)), "numbers must be 1..N without gaps"


class _SqlClock:
    """Adds up the time spent in the database driver while it is open."""

    def __init__(self, database: Database) -> None:
        self.engine = database.engine
        self.seconds = 0.0
        self.statements = 0
        self._started: dict[int, float] = {}

    def _before(self, conn: object, cursor: object, *_: object) -> None:
        self._started[id(cursor)] = time.perf_counter()

    def _after(self, conn: object, cursor: object, *_: object) -> None:
        self.seconds += time.perf_counter() - self._started.pop(id(cursor))
        self.statements += 1

    def __enter__(self) -> _SqlClock:
        event.listen(self.engine, "before_cursor_execute", self._before)
        event.listen(self.engine, "after_cursor_execute", self._after)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._before)
        event.remove(self.engine, "after_cursor_execute", self._after)


def select_numbers() -> TextClause:
    return (text("SELECT number FROM documents WHERE issue_date = '2027-01-05' ORDER BY number"))


if __name__ == "__main__":
    main()
