"""Benchmark: render 1-, 3- and 30-page documents; LibreOffice headless as the baseline.

    .venv/bin/python bench/bench_render.py [--runs 20] [--no-libreoffice]

The baseline writes the same text (header, articles, signature) as .odt and .docx and converts them
with `soffice --headless --convert-to pdf`, the way offices script it today. Reported per document:
cold (one soffice process per file, start-up included) and warm (one soffice process converting a
batch, time divided by the batch size).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server.rendering import Draft, render_draft  # noqa: E402
from server.rendering.examples import long_draft  # noqa: E402

SIZES = {1: 1, 3: 7, 30: 106}  # target pages → articles in the example decision


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process; on a shared machine the CPU time
    is the steadier of the two."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def _paragraphs(draft: Draft) -> list[tuple[str, bool, str]]:
    """(text, bold, align) lines of the whole document, for the office formats."""
    meta = draft.metadata
    out = [
        (meta.agency.name.upper(), True, "left"),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, "right"),
        ("Độc lập - Tự do - Hạnh phúc", True, "right"),
        (f"Số: /{meta.full_notation}", False, "left"),
        (f"{meta.place}, ngày   tháng   năm 2026", False, "right"),
        (meta.type.name.upper(), True, "center"),
        (meta.subject, True, "center"),
    ]
    for block in draft.body:
        if block.kind == "article":
            out.append((f"Điều {block.number}. {block.title}", True, "justify"))
            out += [("".join(r.text for r in clause), False, "justify") for clause in block.clauses]
        elif block.kind == "paragraph":
            out.append(("".join(r.text for r in block.runs), False, "justify"))
        elif block.kind == "heading":
            out.append((block.text, True, "center"))
    signer = meta.signer
    out += [(line.upper(), True, "right") for line in signer.lines()] + [
        (signer.full_name, True, "right")
    ]
    return out


def write_docx(path: Path, lines: list[tuple[str, bool, str]]) -> None:
    align = {"left": "left", "right": "right", "center": "center", "justify": "both"}
    body = "".join(
        f'<w:p><w:pPr><w:jc w:val="{align[a]}"/><w:spacing w:after="120"/>'
        '<w:ind w:firstLine="720"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
        f"{'<w:b/>' if b else ''}"
        f'<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b, a in lines
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        f'{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" '
        'w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>'
        "</w:sectPr></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxml'
            'formats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr("word/document.xml", document)


def write_odt(path: Path, lines: list[tuple[str, bool, str]]) -> None:
    align = {"left": "start", "right": "end", "center": "center", "justify": "justify"}
    styles = "".join(
        f'<style:style style:name="P{a}{int(b)}" style:family="paragraph">'
        f'<style:paragraph-properties fo:text-align="{align[a]}" fo:margin-bottom="0.21cm" '
        'fo:text-indent="1.27cm"/><style:text-properties style:font-name="Times New Roman" '
        f'fo:font-size="14pt" fo:font-weight="{"bold" if b else "normal"}"/>'
        "</style:style>"
        for a in align
        for b in (True, False)
    )
    body = "".join(
        f'<text:p text:style-name="P{a}{int(b)}">{escape(t)}</text:p>' for t, b, a in lines
    )
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        f"<office:automatic-styles>{styles}</office:automatic-styles><office:body><office:text>"
        f"{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
        'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:'
        'full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:'
        'file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def _soffice(files: list[Path], outdir: Path, profile: Path) -> float:
    cmd = [
        "soffice",
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - start


def libreoffice(draft: Draft, work: Path, *, batch: int) -> dict[str, tuple[float, float]]:
    """(cold, warm-per-document) seconds for .odt and .docx."""
    lines = _paragraphs(draft)
    profile = work / "profile"
    out: dict[str, tuple[float, float]] = {}
    for ext, writer in (("odt", write_odt), ("docx", write_docx)):
        files = [work / f"doc{i}.{ext}" for i in range(batch)]
        for f in files:
            writer(f, lines)
        cold = _soffice(files[:1], work / "out", profile)
        warm = _soffice(files, work / "out", profile) / batch
        out[ext] = (cold, warm)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=5, help="documents per warm soffice run")
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    use_lo = not args.no_libreoffice and shutil.which("soffice") is not None
    render_draft(long_draft(1))  # font registration and imports are one-off costs, not per document
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if use_lo:  # the first start creates the profile; keep it out of the numbers
            write_odt(work / "warmup.odt", [("Khởi động", False, "left")])
            _soffice([work / "warmup.odt"], work / "out", work / "profile")
        for target, articles in SIZES.items():
            draft = long_draft(articles)
            pages = render_draft(draft).page_count
            plain = _time(partial(render_draft, draft), args.runs)
            pdfa = _time(partial(render_draft, draft, pdfa=True), args.runs)
            lo = libreoffice(draft, work, batch=args.batch) if use_lo else {}
            rows.append((target, pages, plain, pdfa, lo))
    _print(rows, use_lo)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


Row = tuple[int, int, tuple[float, float], tuple[float, float], dict[str, tuple[float, float]]]


def _print(rows: list[Row], use_lo: bool) -> None:
    cols = ["pages (target/actual)", "phigiay ms (CPU ms)", "phigiay PDF/A ms (CPU ms)"]
    if use_lo:
        cols += ["LO odt cold ms", "LO odt warm ms", "LO docx cold ms", "LO docx warm ms"]
        cols += ["phigiay / LO cold", "phigiay / LO warm"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for target, pages, plain, pdfa, lo in rows:
        cells = [f"{target}/{pages}", f"{_ms(plain[0])} ({_ms(plain[1])})"]
        cells.append(f"{_ms(pdfa[0])} ({_ms(pdfa[1])})")
        if use_lo:
            cold = min(lo["odt"][0], lo["docx"][0])
            warm = min(lo["odt"][1], lo["docx"][1])
            cells += [_ms(lo[ext][i]) for ext in ("odt", "docx") for i in (0, 1)]
            cells += [f"{plain[0] / cold * 100:.1f} %", f"{plain[0] / warm * 100:.1f} %"]
        print("| " + " | ".join(cells) + " |")
    if not use_lo:
        print("(soffice not found or --no-libreoffice: no LibreOffice baseline)")


if __name__ == "__main__":
    main()
