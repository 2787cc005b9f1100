"""The ``render`` command and the Times New Roman font-directory option."""

from __future__ import annotations

import argparse
import io
import json
import shutil

import pdfplumber
import pytest

from server.rendering import FontNotFound, LayoutConfig, MissingGlyphs, render_draft
from server.rendering.commands import register, run_render
from server.rendering.examples import example_draft
from signing.fonts import font_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phigiay-server")
    register(parser.add_subparsers())
    return parser


def _run(argv: list[str]) -> tuple[int, str, str]:
    args = _parser().parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    code = run_render(
        draft_path=args.draft,
        example=args.example,
        list_types=args.list_types,
        out=args.out,
        pdfa=args.pdfa,
        font_dir=args.font_dir,
        preview_number=args.preview_number,
        preview_date=args.preview_date,
        stdout=out,
        stderr=err,
    )
    return code, out.getvalue(), err.getvalue()


def test_list_types():
    code, out, _ = _run(["render", "--list-types"])
    assert code == 0 and "decision" in out and "QĐ" in out and "official_letter" in out
    assert len(out.splitlines()) == 29


def test_example_by_abbreviation_with_preview(tmp_path):
    target = tmp_path / "qd.pdf"
    code, out, _ = _run(
        [
            "render",
            "--example",
            "QĐ",
            "--out",
            str(target),
            "--pdfa",
            "--preview-number",
            "12",
            "--preview-date",
            "2026-02-05",
        ]
    )
    assert code == 0 and "page(s)" in out
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Số: 12/QĐ-VPCP" in text and "ngày 05 tháng 02 năm 2026" in text


def test_draft_file_and_bad_input(tmp_path):
    good = tmp_path / "d.json"
    good.write_text(example_draft("report").model_dump_json(), encoding="utf-8")
    assert _run(["render", str(good), "--out", str(tmp_path / "d.pdf")])[0] == 0
    bad = tmp_path / "bad.json"
    data = json.loads(good.read_text(encoding="utf-8"))
    data["metadata"]["document_type"] = "Sắc lệnh"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = _run(["render", str(bad), "--out", str(tmp_path / "bad.pdf")])
    assert code == 2 and "unknown document type" in err and not (tmp_path / "bad.pdf").exists()
    code, _, err = _run(["render", "--example", "nope", "--out", str(tmp_path / "x.pdf")])
    assert code == 2 and "--list-types" in err
    assert _run(["render", "--example", "decision"])[0] == 2  # --out missing


def test_separate_appendix_written_beside(tmp_path):
    draft = example_draft("decision")
    data = draft.model_dump(mode="json")
    data["appendices"][0]["separate_file"] = True
    src = tmp_path / "qd.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = _run(["render", str(src), "--out", str(tmp_path / "qd.pdf")])
    assert code == 0 and (tmp_path / "qd-phu-luc-1.pdf").exists()


def _fake_tnr(tmp_path):
    # Liberation files under Windows' Times New Roman names exercise the lookup without TNR.
    for style, name in [
        ("serif", "times.ttf"),
        ("serif-bold", "timesbd.ttf"),
        ("serif-italic", "timesi.ttf"),
        ("serif-bold-italic", "timesbi.ttf"),
    ]:
        shutil.copy(font_path(style), tmp_path / name)
    return tmp_path


def test_font_directory_is_used(tmp_path):
    layout = LayoutConfig(font_dir=_fake_tnr(tmp_path))
    result = render_draft(example_draft("notice"), layout=layout)
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        assert pdf.pages[0].chars


def test_font_directory_missing_faces(tmp_path):
    (tmp_path / "times.ttf").write_bytes(font_path("serif").read_bytes())
    with pytest.raises(FontNotFound, match="bold"):
        render_draft(example_draft("notice"), layout=LayoutConfig(font_dir=tmp_path))
    with pytest.raises(FontNotFound, match="does not exist"):
        render_draft(example_draft("notice"), layout=LayoutConfig(font_dir=tmp_path / "none"))


def test_missing_glyph_in_configured_font(tmp_path, monkeypatch):
    from server.rendering import fonts

    faces = fonts.face_set(_fake_tnr(tmp_path))
    limited = type(faces)(
        faces.family,
        faces.regular,
        faces.bold,
        faces.italic,
        faces.bold_italic,
        frozenset(c for c in faces.coverage if c != ord("ệ")),
    )
    monkeypatch.setattr("server.rendering.renderer.face_set", lambda _dir: limited)
    with pytest.raises(MissingGlyphs, match=r"U\+1EC7"):
        render_draft(example_draft("notice"), layout=LayoutConfig(font_dir=tmp_path))
