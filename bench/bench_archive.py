"""Archive benchmark: pack and verify a dossier of 1,000 signed documents, beside ``sha256sum``.

Run: ``python bench/bench_archive.py [--documents 1000] [--distinct 100] [--kb 250]
[--workers N]``.

``--distinct`` PDFs (each about ``--kb`` KB: two pages and an incompressible image, like a
scanned appendix or a seal picture) are signed (PAdES B-B, test PKI) and filed ``--documents``
times under different ids, so signing time does not dominate the run; every copy is still
stored, hashed and re-validated on its own. ``sha256sum`` (and ``sha256sum`` + ``sha512sum``,
the two digests a bag needs) over the same files in the same run is the physical floor.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import signing as s  # noqa: E402
from archive.adapters.filesystem import FolderDocuments  # noqa: E402
from archive.model import ArchiveRecord, Dossier, FileCode, Retention  # noqa: E402
from archive.package import pack  # noqa: E402
from archive.signatures import SignatureCheck  # noqa: E402
from archive.verify import verify_bag  # noqa: E402
from signing.testpki import PhigiayPki  # noqa: E402


def make_pdf(index: int, kb: int) -> bytes:
    """Two A4 pages, the second with a noise image of about ``kb`` KB."""
    side = int((kb * 1024) ** 0.5)
    noise = Image.frombytes("L", (side, side), os.urandom(side * side))
    buf = BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.drawString(72, 760, f"QUYET DINH so {index}/QD-VPCP")
    pdf.showPage()
    pdf.drawImage(ImageReader(noise), 72, 300, width=400, height=400)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def corpus(folder: Path, documents: int, distinct: int, kb: int) -> tuple[Dossier, int]:
    """Write the documents into a folder document source and a closed dossier filing them."""
    pki = PhigiayPki()
    key = pki.key("leader-an")
    signed = [
        s.sign_pdf(make_pdf(i, kb), key, s.SignOptions(field_name="Sig1")) for i in range(distinct)
    ]
    source = FolderDocuments(folder)
    at = datetime(2025, 12, 31, tzinfo=UTC)
    dossier = Dossier.open(
        FileCode("000.00.00.G22", 2025, "99.BENCH"),
        title="Benchmark",
        retention=Retention(10),
        creator="bench",
        by="bench",
        at=at,
    )
    records = []
    for index in range(documents):
        data = signed[index % distinct]
        record = ArchiveRecord(
            f"VB-{index:05d}",
            hashlib.sha256(data).hexdigest(),
            len(data),
            "Quyết định",
            str(index + 1),
            "QĐ-VPCP",
            date(2025, 1 + index % 12, 1 + index % 28),
            "Văn phòng Chính phủ",
            f"Văn bản số {index + 1}",
            2,
        )
        source.add(record, data)
        dossier.add_document(record)
        records.append(record)
    dossier.close(records, by="bench", at=at)
    return dossier, sum(r.size for r in records)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def run_tool(tool: str, files: list[Path]) -> None:
    for start in range(0, len(files), 200):
        subprocess.run(
            [tool, *map(str, files[start : start + 200])], check=True, stdout=subprocess.DEVNULL
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--distinct", type=int, default=100)
    parser.add_argument("--kb", type=int, default=250)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-archive-"))
    try:
        distinct = min(args.distinct, args.documents)
        return _bench(work, args.documents, distinct, args.kb, max(2, args.workers))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bench(work: Path, documents: int, distinct: int, kb: int, workers: int) -> int:
    started = time.perf_counter()
    dossier, payload = corpus(work / "documents", documents, distinct, kb)
    print(
        f"corpus: {documents} documents ({distinct} distinct signed PDFs), "
        f"{payload / 1e6:.1f} MB, built in {time.perf_counter() - started:.1f} s"
    )
    files = sorted((work / "documents").glob("*.pdf"))
    pki = PhigiayPki()
    check = SignatureCheck(trust_roots=(pki.root_pem,), sources=pki.validation_sources())
    source = FolderDocuments(work / "documents")
    bag = work / "bag"
    rows: list[tuple[str, float]] = [
        ("sha256sum (the floor)", timed(lambda: run_tool("sha256sum", files))),
        (
            "sha256sum + sha512sum",
            timed(lambda: (run_tool("sha256sum", files), run_tool("sha512sum", files))),
        ),
        (
            "pack (copy, 2 manifests, XML, reports)",
            timed(lambda: pack(dossier, source, out=bag, check=check)),
        ),
        (
            "verify, fixity + metadata only",
            timed(lambda: _assert_valid(verify_bag(bag, signatures=False))),
        ),
        (
            "verify, full (+ every signature)",
            timed(lambda: _assert_valid(verify_bag(bag, check=check))),
        ),
        (
            f"pack, signatures in {workers} processes",
            timed(lambda: pack(dossier, source, out=work / "bag2", check=check, workers=workers)),
        ),
        (
            f"verify, full, signatures in {workers} processes",
            timed(lambda: _assert_valid(verify_bag(bag, check=check, workers=workers))),
        ),
    ]
    floor = rows[0][1]
    print("\n| step | seconds | MB/s | × sha256sum time |\n|---|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {payload / 1e6 / seconds:.0f} | {seconds / floor:.1f} |")
    return 0


def _assert_valid(report: object) -> None:
    problems = getattr(report, "problems", ())
    if problems:
        raise SystemExit(f"benchmark bag did not verify: {problems[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
