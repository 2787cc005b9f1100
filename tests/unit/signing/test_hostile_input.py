"""Hostile and broken PDFs: a typed error or a correct TOTAL-FAILED, quickly, never a crash."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from io import BytesIO

import pikepdf
import pytest

import signing as s
from signing.cli import main

LIMIT_SECONDS = 5.0


def _timed(fn: Callable[[], object]) -> object:
    started = time.perf_counter()
    try:
        return fn()
    finally:
        assert time.perf_counter() - started < LIMIT_SECONDS


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, not a pdf",
        b"%PDF-1.7\n" + b"\x00" * 1000,
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF",
        b"%PDF-1.4\nxref\n0 99999999\n0000000000 65535 f \n"
        b"trailer << /Size 99999999 >>\nstartxref\n9\n%%EOF",
    ],
    ids=["empty", "text", "zeros", "no-xref", "huge-xref"],
)
def test_garbage_is_unreadable(data: bytes) -> None:
    with pytest.raises(s.UnreadablePdf):
        _timed(lambda: s.verify_pdf(data))


def test_truncated_signed_pdf(sign_at: Callable[[s.PadesLevel], bytes]) -> None:
    signed = sign_at(s.PadesLevel.B_B)
    for cut in (len(signed) // 3, len(signed) - 40):
        try:
            report = _timed(lambda c=cut: s.verify_pdf(signed[:c]))
        except s.UnreadablePdf:
            continue
        assert isinstance(report, s.VerificationReport)
        assert report.verdict is not s.Verdict.VALID


def test_encrypted_pdf_is_refused(blank_pdf: bytes, leader: s.SigningKey) -> None:
    out = BytesIO()
    with pikepdf.open(BytesIO(blank_pdf)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner="o", user="", R=6))
    with pytest.raises(s.EncryptedPdf):
        s.verify_pdf(out.getvalue())
    with pytest.raises(s.EncryptedPdf):
        s.sign_pdf(out.getvalue(), leader)


def test_broken_xref_offset(sign_at: Callable[[s.PadesLevel], bytes]) -> None:
    signed = sign_at(s.PadesLevel.B_B)
    broken = re.sub(rb"startxref\s+\d+\s+%%EOF\s*$", b"startxref\n12345678\n%%EOF\n", signed)
    with pytest.raises(s.UnreadablePdf):
        _timed(lambda: s.verify_pdf(broken))


def test_byte_range_shifted_is_not_valid(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    signed = sign_at(s.PadesLevel.B_B)
    match = re.search(rb"/ByteRange \[\s*0 (\d+) (\d+) (\d+)\s*\]", signed)
    assert match is not None
    a, b, c = (int(g) for g in match.groups())
    # claim a shorter signed range so that appended bytes fall outside it
    fake = f"/ByteRange [0 {a} {b} {c - 10}]".encode().ljust(len(match.group(0)))
    tricked = signed[: match.start()] + fake + signed[match.end() :]
    report = _timed(lambda: s.verify_pdf(tricked, trust_roots=(root,)))
    assert isinstance(report, s.VerificationReport)
    assert report.signatures and report.signatures[0].indication is s.Indication.TOTAL_FAILED


def test_appended_content_after_signature_is_flagged(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    signed = sign_at(s.PadesLevel.B_B)
    # a hand-made incremental update that replaces the page content (a shadow-style attack)
    with pikepdf.open(BytesIO(signed)) as pdf:
        pdf.pages[0].Contents = pdf.make_stream(b"BT /F1 24 Tf 72 700 Td (FORGED) Tj ET")
        out = BytesIO()
        pdf.save(out)  # full rewrite: byte ranges no longer match
    report = _timed(lambda: s.verify_pdf(out.getvalue(), trust_roots=(root,)))
    assert isinstance(report, s.VerificationReport)
    assert report.verdict is not s.Verdict.VALID


def test_incremental_page_change_is_not_permitted(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = sign_at(s.PadesLevel.B_B)
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    forged = writer.add_object(generic.StreamObject(stream_data=b"BT 72 700 Td (FORGED) Tj ET"))
    writer.add_stream_to_page(0, forged)
    out = BytesIO()
    writer.write(out)
    sig = _timed(lambda: s.verify_pdf(out.getvalue(), trust_roots=(root,))).signatures[0]  # type: ignore[attr-defined]
    assert sig.modification is s.Modification.NOT_PERMITTED
    assert sig.indication is s.Indication.TOTAL_FAILED


def test_cli_reports_broken_file_in_one_line(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\ngarbage")
    assert main(["verify", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_xref_prev_loop_terminates(sign_at: Callable[[s.PadesLevel], bytes]) -> None:
    signed = sign_at(s.PadesLevel.B_B)
    start = int(re.findall(rb"startxref\s+(\d+)", signed)[-1])
    # an update whose trailer points back at itself through /Prev
    update = (
        b"\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Prev "
        + str(len(signed) + 1).encode()
        + b" /Root 1 0 R >>\nstartxref\n"
        + str(len(signed) + 1).encode()
        + b"\n%%EOF\n"
    )
    assert start > 0
    looped = signed + update
    try:
        report = _timed(lambda: s.verify_pdf(looped))
    except s.UnreadablePdf:
        return
    assert isinstance(report, s.VerificationReport)
    assert report.verdict is not s.Verdict.VALID


def test_page_tree_cycle_is_handled(blank_pdf: bytes) -> None:
    cyclic = blank_pdf.replace(b"/Kids [", b"/Kids [ 6 0 R ", 1)
    try:
        report = _timed(lambda: s.verify_pdf(cyclic))
    except s.UnreadablePdf:
        return
    assert isinstance(report, s.VerificationReport)


def test_validation_never_touches_the_network_unless_allowed(
    sign_at: Callable[[s.PadesLevel], bytes], root: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    for level in s.PadesLevel:
        s.verify_pdf(sign_at(level), trust_roots=(root,), revocation=s.RevocationMode.HARD)
    assert attempts == []
