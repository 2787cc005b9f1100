"""edXML and hub throughput: parse and build beside a bare lxml parse, and the hub on loopback.

Run on demand (not in CI):

    .venv/bin/python bench/bench_axis.py [--messages 500] [--attachment-mb 5]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/<db>]

The edXML rows time phigiay's safe, tolerant parser (with signature check and base64 decoding)
and its strict builder (XSD validation, optional seal signature) on the same bytes that a bare
``lxml.etree.fromstring`` parses in the same run. The hub rows start ``phigiay-axis hub`` as a
real process on a free loopback port (SQLite WAL in a temp dir by default) and time sends,
then poll + download + acknowledge, from one client and from four concurrent clients.
"""

from __future__ import annotations

import argparse
import datetime as dt
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

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.axis import edxml  # noqa: E402
from server.axis.hub.client import HubClient  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--attachment-mb", type=float, default=5.0)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    rows = edxml_rows(args.attachment_mb) + hub_rows(args.messages, args.attachment_mb,
                                                     args.database_url)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)} | {'rate':>13} | detail")
    print(f"{'-' * width}-|-{'-' * 13}-|-{'-' * 30}")
    for name, rate, detail in rows:
        print(f"{name.ljust(width)} | {rate:>13} | {detail}")


if __name__ == "__main__":
    main()
