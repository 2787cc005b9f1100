"""edXML and hub throughput: parse and build beside a bare lxml parse, and the hub on loopback.

Run on demand (not in CI):

    .venv/bin/python bench/bench_axis.py [--messages 500] [--attachment-mb 5]
        [--connector-messages 1000] [--sealed] [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/<db>]

The edXML rows time phigiay's safe, tolerant parser (with signature check and base64 decoding)
and its strict builder (XSD validation, optional seal signature) on the same bytes that a bare
``lxml.etree.fromstring`` parses in the same run. The hub rows start ``phigiay-axis hub`` as a
real process on a free loopback port (SQLite WAL in a temp dir by default) and time sends,
then poll + download + acknowledge, from one client and from four concurrent clients.

The connector rows run two agencies' connectors in process (each with its own SQLite
database and file store) against that hub: from the outbox row an issuance leaves to the
received incoming document at B (build, send, poll, download, parse, store, status 01), one
5 MB document and then ``--connector-messages`` small ones, round after round with no poll
interval. Their baselines are the bare hub rows above (same bytes, no agency work). With
``--sealed`` they run again with envelopes sealed by the test PKI's PKCS#12 seal and the
receiver checking the signer's chain against its root.

The pdf text rows time ``pdftext.extract`` on a small real PDF through the worker pool, cold
(worker start included) and warm, beside a fresh interpreter per file, which is how every
file was extracted before the pool.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree
from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.axis import edxml  # noqa: E402
from server.axis.connector import hooks  # noqa: E402
from server.axis.connector.worker import Connector, RoundReport  # noqa: E402
from server.axis.hub.client import HubClient  # noqa: E402
from server.core import migrate  # noqa: E402
from server.core.context import AppContext  # noqa: E402
from server.core.files import store_file  # noqa: E402
from server.core.settings import Settings  # noqa: E402
from server.documents.tables import Document, DocumentVersion, Recipient  # noqa: E402
from server.users import service as users  # noqa: E402

A = edxml.Organization("000.00.00.G22", organ_name="Văn phòng Chính phủ")
B = edxml.Organization("000.00.00.H41", organ_name="UBND tỉnh Nghệ An")
ADMIN = "bench-admin-" + secrets.token_hex(8)
Row = tuple[str, str, str]


def seal() -> edxml.EnvelopeSigner:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Văn phòng Chính phủ")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    return edxml.EnvelopeSigner.from_key(key, cert)


def letter(number: int, payload: bytes) -> edxml.DocumentMessage:
    issued = dt.date(2026, 11, 26)
    header = edxml.MessageHeader(
        from_=A, to=(B,), code=edxml.Code(str(number), "VPCP-TTĐT"),
        promulgation_info=edxml.PromulgationInfo("Hà Nội", issued),
        document_type=edxml.DocumentType("Công văn"),
        subject="Về việc triển khai Chương trình chuyển đổi số quốc gia",
        document_id=edxml.make_document_id(A.organ_id, issued, str(number), "VPCP-TTĐT"),
        signer_info=edxml.SignerInfo("Trần Văn B", "Phó Chủ nhiệm", "KT. CHỦ NHIỆM"),
    )
    attachment = edxml.Attachment("cong-van.pdf", data=payload)
    return edxml.DocumentMessage(header=header, attachments=(attachment,))


def best_of(fn: Callable[[], object], runs: int) -> float:
    """Best wall time of ``runs`` calls (seconds)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def edxml_rows(attachment_mb: float) -> list[Row]:
    payload = os.urandom(int(attachment_mb * 1024 * 1024))
    signer = seal()
    message = letter(1, payload)
    data = edxml.build_document(message, signer=signer)
    mb = len(data) / 1e6
    parser = etree.XMLParser(huge_tree=True, resolve_entities=False)
    rows: list[Row] = []
    timings = {
        "bare lxml fromstring (baseline)": best_of(lambda: etree.fromstring(data, parser), 5),
        "edxml.parse (safe + verify + decode)": best_of(lambda: edxml.parse(data), 5),
        "edxml.parse (no verify, no decode)": best_of(
            lambda: edxml.parse(data, verify=False, decode_attachments=False), 5),
        "edxml.build_document (XSD, unsigned)": best_of(lambda: edxml.build_document(message), 5),
        "edxml.build_document (XSD + seal)": best_of(
            lambda: edxml.build_document(message, signer=signer), 5),
    }
    for name, seconds in timings.items():
        rows.append((name, f"{mb / seconds:8.1f} MB/s", f"{seconds * 1000:7.1f} ms / {mb:.1f} MB"))
    small = edxml.build_status(edxml.StatusMessage(
        from_=B, response_for=edxml.ResponseFor(A.organ_id, "1/VPCP-TTĐT", None,
                                                message.document_id),
        status_code=edxml.StatusCode.REGISTERED, timestamp=dt.datetime(2026, 11, 26, 9)))
    per = best_of(lambda: [edxml.parse(small) for _ in range(200)], 3) / 200
    rows.append(("edxml.parse status message", f"{1 / per:8.0f} msg/s",
                 f"{per * 1e6:7.0f} µs / {len(small)} B"))
    return rows


def pdftext_rows(runs: int = 200) -> list[Row]:
    """Text extraction of a small real PDF: the worker pool beside a fresh interpreter per file
    (how every file was extracted before the pool)."""
    from reportlab.pdfgen import canvas

    from server.documents import pdftext

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 760, "Cong van ve viec to chuc hoi nghi truc tuyen")
    page.save()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cong-van.pdf"
        path.write_bytes(buffer.getvalue())
        one_shot = ("import json, sys; from server.documents import pdfworkers; "
                    "json.dump(pdfworkers.extract_text(sys.argv[1]), sys.stdout)")
        fresh = best_of(lambda: subprocess.run(
            [sys.executable, "-c", one_shot, str(path)], check=True, capture_output=True), 10)
        pdftext.shutdown()

        def cold_start() -> None:
            pdftext.extract(path)
            pdftext.shutdown()

        cold = best_of(cold_start, 5)
        assert pdftext.extract(path).status == "ok"
        warm = best_of(lambda: [pdftext.extract(path) for _ in range(runs)], 3) / runs
        pdftext.shutdown()
    return [
        ("pdf text, new interpreter per file (baseline)", f"{1 / fresh:8.1f} file/s",
         f"{fresh * 1000:7.1f} ms per file"),
        ("pdf text, worker pool, first file", f"{1 / cold:8.1f} file/s",
         f"{cold * 1000:7.1f} ms incl. worker start"),
        ("pdf text, worker pool, warm", f"{1 / warm:8.1f} file/s",
         f"{warm * 1000:7.2f} ms per file"),
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_hub(data_dir: Path, database_url: str | None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PHIGIAY_HUB_ADMIN_TOKEN": ADMIN}
    args = [sys.executable, "-m", "server.axis.cli", "hub", "--data-dir", str(data_dir),
            "--port", str(port), "--log-level", "warning"]
    if database_url:
        args += ["--database-url", database_url]
    process = subprocess.Popen(args, env=env)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(url + "/api/v1/health", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("hub did not start")


def hub_rows(messages: int, attachment_mb: float, database_url: str | None) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        process, url = start_hub(Path(tmp), database_url)
        try:
            with HubClient(url, token=ADMIN) as admin:
                keys = {o.organ_id: admin.register(o.organ_id) for o in (A, B)}
            sender = HubClient(url, organ_id=A.organ_id, secret=keys[A.organ_id])
            receiver = HubClient(url, organ_id=B.organ_id, secret=keys[B.organ_id])
            small = [edxml.build_document(letter(n, b"%PDF-1.7 small")) for n in range(messages)]
            start = time.perf_counter()
            for data in small:
                sender.send(data)
            rows.append(_rate("hub send, 1 client", messages, start, small))
            start = time.perf_counter()
            for item in receiver.pending(limit=1000)[:messages]:
                receiver.download(item["message_id"])
                receiver.acknowledge(item["message_id"])
            rows.append(_rate("hub poll + download + ack, 1 client", messages, start, small))
            more = [edxml.build_document(letter(messages + n, b"%PDF")) for n in range(messages)]
            rows.append(_concurrent(url, keys[A.organ_id], more))
            rows.append(_large(sender, receiver, attachment_mb))
            sender.close()
            receiver.close()
        finally:
            process.terminate()
            process.wait(timeout=10)
    return rows


def _rate(name: str, count: int, start: float, sample: list[bytes]) -> Row:
    seconds = time.perf_counter() - start
    size = statistics.mean(len(d) for d in sample)
    return (name, f"{count / seconds:8.0f} msg/s", f"{count} × {size / 1000:.1f} kB")


def _concurrent(url: str, secret: str, batch: list[bytes], workers: int = 4) -> Row:
    chunks = [batch[i::workers] for i in range(workers)]

    def work(part: list[bytes]) -> None:
        with HubClient(url, organ_id=A.organ_id, secret=secret) as client:
            for data in part:
                client.send(data)

    threads = [threading.Thread(target=work, args=(c,)) for c in chunks]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return _rate(f"hub send, {workers} clients", len(batch), start, batch)


def _large(sender: HubClient, receiver: HubClient, attachment_mb: float) -> Row:
    data = edxml.build_document(letter(999_999, os.urandom(int(attachment_mb * 1024 * 1024))))
    start = time.perf_counter()
    sent = sender.send(data)
    received = receiver.download(sent.message_id)
    receiver.acknowledge(sent.message_id)
    seconds = time.perf_counter() - start
    assert received == data
    return (f"hub A → B, one {attachment_mb:g} MB attachment", f"{seconds * 1000:8.0f} ms",
            f"{len(data) / 1e6:.1f} MB send + download + ack")


def test_pki_seal(root: Path) -> dict[str, Any]:
    """Settings that seal envelopes with the test PKI's PKCS#12 seal and trust its root."""
    from signing.testpki import PFX_PASSPHRASE, PhigiayPki

    pki = PhigiayPki()
    root.mkdir(parents=True, exist_ok=True)
    (root / "seal.pfx").write_bytes(pki.pkcs12("seal-vpcp"))
    (root / "roots.pem").write_bytes(pki.root_pem)
    return {"seal_pkcs12": root / "seal.pfx",
            "seal_pkcs12_passphrase": SecretStr(PFX_PASSPHRASE.decode()),
            "trust_roots": root / "roots.pem"}


class ConnectorAgency:
    """An agency server's database, store and connector, in process (no HTTP API needed)."""

    def __init__(self, root: Path, organ: edxml.Organization, hub_url: str, secret: str,
                 database_url: str | None, *, sealed: bool = False) -> None:
        settings = Settings(data_dir=root, database_url=database_url, axis_enabled=True,
                            axis_hub_url=hub_url, axis_secret=SecretStr(secret),
                            seal_required=False, argon2_time_cost=1, argon2_memory_kib=1024,
                            **(test_pki_seal(root) if sealed else {}))
        self.context = AppContext.build(settings)
        migrate.upgrade(self.context.database.engine)
        with self.context.database.writing() as session:
            users.create_agency(session, fields=users.AgencyFields(
                organ_id=organ.organ_id, name=organ.organ_name, short_name="CQ",
                place_name="Hà Nội"))
            self.user_id = users.create_user(session, passwords=self.context.passwords,
                                             actor=None, new=users.NewUser(
                username="vanthu", full_name="Văn thư", password="Bench-2026-password",
                roles=frozenset())).id
        self.connector = Connector(self.context)

    def issue(self, number: int, pdf: bytes, recipient: edxml.Organization) -> None:
        """An issued outgoing document, as the workflow leaves it, with its outbox message."""
        with self.context.database.writing() as session:
            agency = users.get_agency(session)
            stored = store_file(session, store=self.context.store, source=io.BytesIO(pdf),
                                media_type="application/pdf")
            document = Document(
                agency_id=agency.id, direction="outgoing", state="issued",
                type_code="official_letter", subject=f"Về việc thử tải số {number}",
                number=number, notation="CQ-VP", issue_date=dt.date(2026, 11, 26),
                issuing_organ_id=agency.organ_id, issuing_organ_name=agency.name,
                created_by=self.user_id)
            session.add(document)
            session.flush()
            session.add(DocumentVersion(document_id=document.id, version_no=1,
                                        file_sha256=stored.sha256, filename="cong-van.pdf",
                                        media_type="application/pdf", reason="issued",
                                        signed=True, created_by=self.user_id))
            session.add(Recipient(document_id=document.id, organ_id=recipient.organ_id,
                                  organ_name=recipient.organ_name))
            session.flush()
            hooks.document_moved(session, document, action="issued", note=None)
            session.commit()

    def send_all(self) -> int:
        """Send the whole outbox (50 messages a round); returns how many went."""
        sent = 0
        while True:
            report = RoundReport()
            self.connector.send_due(report)
            sent += report.sent
            if not report.sent:
                return sent

    def receive_all(self) -> int:
        """Take in everything waiting on the hub; returns how many documents were accepted."""
        report = RoundReport()
        self.connector.receive_pending(report)
        return report.received.get("accepted", 0)

    def close(self) -> None:
        self.connector.close()
        self.context.database.dispose()


def connector_rows(messages: int, attachment_mb: float, database_url: str | None, *,
                   sealed: bool = False) -> list[Row]:
    """A's connector → hub → B's connector, from the outbox row to B's received document
    (``sealed``: envelopes signed with a PKCS#12 seal, B checks the signer's chain)."""
    rows: list[Row] = []
    mode = ", sealed + trust check" if sealed else ""
    with tempfile.TemporaryDirectory() as tmp:
        process, url = start_hub(Path(tmp) / "hub", database_url)
        try:
            with HubClient(url, token=ADMIN) as admin:
                keys = {o.organ_id: admin.register(o.organ_id) for o in (A, B)}
            a = ConnectorAgency(Path(tmp) / "a", A, url, keys[A.organ_id], None, sealed=sealed)
            b = ConnectorAgency(Path(tmp) / "b", B, url, keys[B.organ_id], None, sealed=sealed)
            pdf = b"%PDF-1.7\n" + os.urandom(int(attachment_mb * 1024 * 1024)) + b"\n%%EOF\n"
            a.issue(1, pdf, B)
            start = time.perf_counter()
            assert a.send_all() == 1 and b.receive_all() == 1
            seconds = time.perf_counter() - start
            rows.append((f"connector A → hub → B, {attachment_mb:g} MB document{mode}",
                         f"{seconds * 1000:8.0f} ms",
                         "A builds + sends; B polls, parses, stores, receives"))
            for number in range(2, messages + 2):
                a.issue(number, b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n", B)
            b.send_all()  # B's 01 about the large document, out of the way
            start = time.perf_counter()
            assert a.send_all() == messages
            sending = time.perf_counter() - start
            assert b.receive_all() == messages
            seconds = time.perf_counter() - start
            rows.append((f"connector A → hub → B, {messages} small documents{mode}",
                         f"{messages / seconds:8.1f} msg/s",
                         f"{seconds:.1f} s: A sends in {sending:.1f} s, B takes in the rest"))
            start = time.perf_counter()
            assert b.send_all() == messages
            seconds = time.perf_counter() - start
            rows.append((f"connector B → hub, {messages} status 01 back to A{mode}",
                         f"{messages / seconds:8.1f} msg/s", "built, stored, sent"))
            a.close()
            b.close()
        finally:
            process.terminate()
            process.wait(timeout=10)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--attachment-mb", type=float, default=5.0)
    parser.add_argument("--database-url")
    parser.add_argument("--connector-messages", type=int, default=1000)
    parser.add_argument("--sealed", action="store_true",
                        help="also run the connector rows with sealed envelopes + trust check")
    args = parser.parse_args()
    rows = edxml_rows(args.attachment_mb) + pdftext_rows()
    rows += hub_rows(args.messages, args.attachment_mb, args.database_url)
    rows += connector_rows(args.connector_messages, args.attachment_mb, args.database_url)
    if args.sealed:
        rows += connector_rows(args.connector_messages, args.attachment_mb, args.database_url,
                               sealed=True)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)} | {'rate':>13} | detail")
    print(f"{'-' * width}-|-{'-' * 13}-|-{'-' * 30}")
    for name, rate, detail in rows:
        print(f"{name.ljust(width)} | {rate:>13} | {detail}")


if __name__ == "__main__":
    main()
