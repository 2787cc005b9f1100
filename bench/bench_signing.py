"""Signing benchmark: phigiay vs bare pyHanko, per PAdES level, on 1- and 100-page PDFs; and a
batch of documents on one SoftHSM2 token session with a loopback TSA.

Run: ``python bench/bench_signing.py [--repeat N]``. Uses the in-process test PKI (PKCS#12 key,
in-process TSA and CRLs), so it measures the library, not a network. Prints a table with the
median time of each and their ratio (target ≤ 1.1), plus verification time.

Run: ``python bench/bench_signing.py --batch [--documents 100]``. Initialises a SoftHSM2 token
with the test leader's key, serves the test PKI's TSA with ``certomancer animate`` on loopback,
and signs the batch at B-T with :func:`signing.sign_batch` (one login), against the same loop
written with bare pyHanko on the same session as the baseline. Target: ≥ 60 documents a minute.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: E402
from pyhanko.sign import fields, signers  # noqa: E402
from pyhanko_certvalidator import ValidationContext  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import signing as s  # noqa: E402
from signing.testpki import ARCH, CONFIG_PATH, PhigiayPki  # noqa: E402

SOFTHSM_LIB = "/usr/lib/softhsm/libsofthsm2.so"
TOKEN, PIN = "bench-leader", "123456"


def make_pdf(pages: int) -> bytes:
    buf = BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for page in range(pages):
        for line in range(40):
            pdf.drawString(
                72, 780 - 18 * line, f"Trang {page + 1}, dong {line + 1}: noi dung van ban"
            )
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def paired_median_ms(
    ours: Callable[[], object], theirs: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Median times of two callables run alternately, so machine noise hits both alike."""
    ours()  # warm-up: font and certificate caches
    theirs()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        for fn, runs in ((ours, a), (theirs, b)):
            started = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(a), statistics.median(b)


class BarePyHanko:
    """The same work with pyHanko called directly: same key, TSA, CRLs and parameters."""

    def __init__(self, pki: PhigiayPki) -> None:
        self.signer = pki.key("leader-an")._backend
        self.roots = [pki.cert("root")]
        self.others = [pki.cert("issuing")]
        self.crls = list(pki.validation_sources().crls)
        self.tsa = pki.timestamp_source()._backend

    def sign(self, data: bytes, level: s.PadesLevel) -> bytes:
        long_term = level in (s.PadesLevel.B_LT, s.PadesLevel.B_LTA)
        vc = None
        if long_term:
            vc = ValidationContext(
                trust_roots=self.roots,
                other_certs=self.others,
                crls=self.crls,
                allow_fetching=False,
            )
        meta = signers.PdfSignatureMetadata(
            field_name="Sig1",
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
            embed_validation_info=long_term,
            use_pades_lta=level is s.PadesLevel.B_LTA,
            validation_context=vc,
        )
        out = BytesIO()
        timestamper = self.tsa if level.needs_timestamp else None
        signers.PdfSigner(meta, self.signer, timestamper=timestamper).sign_pdf(
            IncrementalPdfFileWriter(BytesIO(data)), output=out
        )
        return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--batch", action="store_true",
                        help="sign a batch on a SoftHSM2 token with a loopback TSA")
    parser.add_argument("--documents", type=int, default=100)
    args = parser.parse_args()
    if args.batch:
        run_batch(args.documents)
        return
    pki = PhigiayPki()
    key = pki.key("leader-an")
    tsa = pki.timestamp_source()
    sources = pki.validation_sources()
    bare_signer = BarePyHanko(pki)
    header = ("level", "pages", "phigiay ms", "pyHanko ms", "ratio", "verify ms")
    print("{:6} {:>5} {:>11} {:>11} {:>6} {:>10}".format(*header))
    for pages in (1, 100):
        data = make_pdf(pages)
        for level in s.PadesLevel:
            print(
                row(data, pages, level, key, bare_signer, tsa, sources, pki.root_pem, args.repeat)
            )


def row(
    data: bytes,
    pages: int,
    level: s.PadesLevel,
    key: s.SigningKey,
    bare: BarePyHanko,
    tsa: s.TimestampSource,
    sources: s.ValidationSources,
    root: bytes,
    repeat: int,
) -> str:
    """One table row: both signers timed alternately, then verification."""
    options = s.SignOptions(level=level, field_name="Sig1", timestamp=tsa, validation=sources)
    ours, theirs = paired_median_ms(
        lambda: s.sign_pdf(data, key, options), lambda: bare.sign(data, level), repeat
    )
    signed = s.sign_pdf(data, key, options)
    verify, _ = paired_median_ms(
        lambda: s.verify_pdf(signed, trust_roots=(root,)), lambda: None, repeat
    )
    cells = (level.value, pages, ours, theirs, ours / theirs, verify)
    return "{:6} {:>5} {:>11.1f} {:>11.1f} {:>6.2f} {:>10.1f}".format(*cells)


# -- batch on a SoftHSM2 token with a loopback TSA ---------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def loopback_tsa() -> Iterator[tuple[PhigiayPki, str]]:
    """``certomancer animate`` serving the test PKI on loopback; yields it and the TSA URL."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [str(Path(sys.executable).with_name("certomancer")), "--config", str(CONFIG_PATH),
               "--service-url-prefix", base, "animate", "--port", str(port), "--no-web-ui"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("certomancer animate did not start") from None
                time.sleep(0.1)
        yield PhigiayPki(url_prefix=base), f"{base}/{ARCH}/tsa/tsa1"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


@contextmanager
def softhsm_token(pki: PhigiayPki) -> Iterator[str]:
    """A fresh SoftHSM2 token holding the test leader's key and certificate (CKA_ID 01)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-softhsm-"))
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by the module when first loaded

    def run(*command: str) -> None:
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    try:
        (folder / "key.pem").write_bytes(pki.private_key_pem("leader-an"))
        (folder / "cert.der").write_bytes(pki.cert_der("leader-an"))
        run("softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--so-pin", "12345678",
            "--pin", PIN)
        run("softhsm2-util", "--import", str(folder / "key.pem"), "--token", TOKEN, "--label",
            "key-01", "--id", "01", "--pin", PIN)
        run("pkcs11-tool", "--module", SOFTHSM_LIB, "--token-label", TOKEN, "--login", "--pin",
            PIN, "--write-object", str(folder / "cert.der"), "--type", "cert", "--id", "01",
            "--label", "Nguyen Van An")
        yield SOFTHSM_LIB
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bare_batch(key: s.SigningKey, tsa_url: str, documents: list[bytes]) -> float:
    """The baseline: the same loop with pyHanko called directly on the same session."""
    from pyhanko.sign.timestamps import HTTPTimeStamper

    timestamper = HTTPTimeStamper(tsa_url, timeout=10)
    meta = signers.PdfSignatureMetadata(field_name="Sig1", subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256")
    started = time.perf_counter()
    for data in documents:
        out = BytesIO()
        signers.PdfSigner(meta, key._backend, timestamper=timestamper).sign_pdf(
            IncrementalPdfFileWriter(BytesIO(data)), output=out)
    return time.perf_counter() - started


def run_batch(count: int) -> None:
    """Sign ``count`` one-page documents at B-T on one token session; print the table."""
    documents = [make_pdf(1) for _ in range(count)]
    with loopback_tsa() as (pki, tsa_url), softhsm_token(pki) as module, \
            s.open_token(module, token_label=TOKEN, pin=PIN) as session:
        key = session.key(key_id="01")
        options = s.SignOptions(level=s.PadesLevel.B_T, field_name="Sig1",
                                timestamp=s.TimestampSource.http(tsa_url, timeout=10))
        s.sign_pdf(documents[0], key, options)  # warm-up: fonts, TSA connection
        items = [s.BatchItem(f"doc-{n}", data) for n, data in enumerate(documents)]
        started = time.perf_counter()
        results = s.sign_batch(items, key, options)
        ours = time.perf_counter() - started
        failed = [r.name for r in results if not r.ok]
        theirs = _bare_batch(key, tsa_url, documents)
    per_doc = statistics.median(r.seconds for r in results) * 1000
    print(f"{count} documents, B-T, one SoftHSM2 session, TSA {tsa_url}")
    print("{:22} {:>9} {:>9} {:>12} {:>8}".format("signer", "seconds", "docs/min", "median ms",
                                                  "failed"))
    print(f"{'phigiay sign_batch':22} {ours:9.1f} {60 * count / ours:9.0f} {per_doc:12.1f}"
          f" {len(failed):8}")
    print(f"{'bare pyHanko loop':22} {theirs:9.1f} {60 * count / theirs:9.0f} {'':>12} {'':>8}")
    print(f"ratio {ours / theirs:.2f} (target ≤ 1.1); target ≥ 60 documents a minute: "
          f"{'met' if 60 * count / ours >= 60 else 'NOT met'}")


if __name__ == "__main__":
    main()
