"""Signing benchmark: phigiay vs bare pyHanko, per PAdES level, on 1- and 100-page PDFs.

Run: ``python bench/bench_signing.py [--repeat N]``. Uses the in-process test PKI (PKCS#12 key,
in-process TSA and CRLs), so it measures the library, not a network. Prints a table with the
median time of each and their ratio (target ≤ 1.1), plus verification time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: E402
from pyhanko.sign import fields, signers  # noqa: E402
from pyhanko_certvalidator import ValidationContext  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import signing as s  # noqa: E402
from signing.testpki import PhigiayPki  # noqa: E402


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
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
