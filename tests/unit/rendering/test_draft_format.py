"""The draft format: validation, NFC, errors for bad input, the schema, the documented example."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from server.rendering import (
    DOCUMENT_TYPES,
    Draft,
    InvalidDraft,
    LayoutConfig,
    LayoutOutOfRange,
    RenderFailed,
    document_type,
    draft_json_schema,
    load_draft,
    render_draft,
)
from server.rendering.examples import example_draft

DOCS = Path(__file__).resolve().parents[3] / "docs" / "draft-format.md"


def _data(**meta: object) -> dict:
    data = example_draft("official_letter").model_dump(mode="json")
    data["metadata"].update(meta)
    return data


def _errors(data: dict) -> str:
    with pytest.raises(InvalidDraft) as info:
        load_draft(data)
    return str(info.value)


def test_every_decree_type_is_in_the_table():
    abbreviations = {t.abbreviation for t in DOCUMENT_TYPES if t.in_decree}
    expected = {
        "NQ",
        "QĐ",
        "CT",
        "QC",
        "QyĐ",
        "TC",
        "TB",
        "HD",
        "CTr",
        "KH",
        "PA",
        "ĐA",
        "DA",
        "BC",
        "BB",
        "TTr",
        "HĐ",
        "CĐ",
        "BGN",
        "BTT",
        "GUQ",
        "GM",
        "GGT",
        "GNP",
        "PG",
        "PC",
        "PB",
        None,
    }
    assert abbreviations == expected
    assert (
        document_type("QĐ").code == "decision"
        and document_type("official_letter").abbreviation is None
    )


def test_unknown_type():
    assert "unknown document type 'XYZ'" in _errors(_data(document_type="XYZ"))


def test_missing_required_components():
    data = _data()
    del data["metadata"]["place"]
    assert "metadata.place: Field required" in _errors(data)
    data = _data(subject="   ")
    assert "metadata.subject" in _errors(data)
    data = _data()
    data["body"] = []
    assert "body" in _errors(data)
    data = _data(recipients={"distribution": ["Như trên"]})
    assert "Kính gửi" in _errors(data)
    data = _data(document_type="decision", recipients={})
    assert "Nơi nhận" in _errors(data)


def test_signer_rules():
    assert "authority_of" in _errors(
        _data(signer={"authority": "KT.", "full_name": "Nguyễn Văn A"})
    )
    assert "position is required" in _errors(_data(signer={"full_name": "Nguyễn Văn A"}))
    assert "authority" in _errors(
        _data(signer={"authority": "XX.", "authority_of": "A", "full_name": "B"})
    )


def test_overlong_subject():
    assert "metadata.subject: Value error, must be at most 500 characters (got 501)" in _errors(
        _data(subject="Về việc " + "x" * 493)
    )
    load_draft(_data(subject="Về việc " + "x" * 492))


def test_characters_the_font_lacks():
    message = _errors(_data(subject="Về việc chào mừng 🎉 và 漢字"))
    assert "U+1F389" in message and "U+6F22" in message


def test_text_is_normalised_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Về việc tăng cường kỷ luật")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    draft = load_draft(_data(subject=decomposed))
    assert draft.metadata.subject == unicodedata.normalize("NFC", decomposed)
    assert unicodedata.is_normalized("NFC", draft.body[0].runs[0].text)


def test_run_spaces_survive():
    data = _data()
    data["body"] = [
        {"kind": "paragraph", "runs": [{"text": "Hạn chót "}, {"text": "30/6", "bold": True}]}
    ]
    assert load_draft(data).body[0].runs[0].text == "Hạn chót "


def test_bad_blocks():
    data = _data()
    data["body"] = [{"kind": "table", "header": ["A", "B"], "rows": [["1"]]}]
    assert "row 1 has 1 cells" in _errors(data)
    data["body"] = [{"kind": "article", "number": 1}]
    assert "neither a title nor a clause" in _errors(data)
    data["body"] = [{"kind": "chart"}]
    assert "body.0" in _errors(data)
    data = _data()
    data["extra"] = 1
    assert "extra" in _errors(data)


def test_not_json():
    with pytest.raises(InvalidDraft, match="not JSON"):
        load_draft("{nope")


def test_layout_rejects_values_outside_the_decree():
    with pytest.raises(LayoutOutOfRange, match="margin_left_mm"):
        LayoutConfig(margin_left_mm=25)
    with pytest.raises(LayoutOutOfRange, match="body_pt"):
        LayoutConfig(body_pt=12)
    LayoutConfig(
        margin_top_mm=25, margin_left_mm=35, margin_right_mm=20, body_pt=13, first_line_indent_cm=1
    )


def test_long_body_paginates_and_huge_cell_fails_cleanly():
    data = _data()
    data["body"] = [{"kind": "paragraph", "runs": "Nội dung rất dài. " * 2500}]
    result = render_draft(load_draft(data))
    assert result.page_count > 5 and result.pdf.startswith(b"%PDF")
    data["body"] = [{"kind": "table", "header": ["A"], "rows": [["Ô rất dài. " * 3000]]}]
    with pytest.raises(RenderFailed, match="cannot be laid out"):
        render_draft(load_draft(data))


def test_schema_covers_the_format():
    schema = draft_json_schema()
    assert schema["properties"]["format_version"]["const"] == 1
    assert {"metadata", "body"} <= set(schema["required"])
    assert "ArticleBlock" in schema["$defs"] and "Signer" in schema["$defs"]
    json.dumps(schema, ensure_ascii=False)


def test_documented_example_is_valid():
    text = DOCS.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert block, "docs/draft-format.md has a JSON example"
    draft = load_draft(block.group(1))
    assert isinstance(draft, Draft) and render_draft(draft).page_count >= 1


def test_unbroken_words_stay_inside_the_margins():
    import io

    import pdfplumber

    data = example_draft("decision").model_dump(mode="json")
    data["metadata"]["subject"] = "Về việc " + "x" * 150
    data["metadata"]["agency"]["name"] = "Ủy ban nhân dân " + "y" * 60
    data["body"][1]["runs"] = [{"text": "z" * 300}]
    result = render_draft(load_draft(data))
    with pdfplumber.open(io.BytesIO(result.pdf)) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    assert max(c["x1"] for c in chars) <= 595.28 - 15 * 72 / 25.4 + 0.5
    assert min(c["x0"] for c in chars) >= 30 * 72 / 25.4 - 0.5


def test_notation_too_long_for_the_header_is_a_clear_error():
    data = example_draft("decision").model_dump(mode="json")
    data["metadata"]["notation"] = "QĐ-UBND-SNVTCBMHĐKT-ABCDEFGH"
    with pytest.raises(RenderFailed, match="shorten the notation"):
        render_draft(load_draft(data))
