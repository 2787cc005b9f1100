"""Shared fixtures: every built-in example rendered once per session and opened with pdfplumber."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pdfplumber
import pytest

from server.rendering import Draft, IssuePreview, RenderResult, render_draft
from server.rendering.examples import example_draft, example_types


@dataclass
class Rendered:
    """A rendering and its pdfplumber view."""

    draft: Draft
    result: RenderResult
    pdf: pdfplumber.PDF


def _open(draft: Draft, **kwargs: object) -> Rendered:
    result = render_draft(draft, **kwargs)  # type: ignore[arg-type]
    return Rendered(draft=draft, result=result, pdf=pdfplumber.open(io.BytesIO(result.pdf)))


@pytest.fixture(scope="session")
def rendered_examples() -> Iterator[dict[str, Rendered]]:
    """code → rendering of the built-in example, fields left empty (the draft state)."""
    out = {code: _open(example_draft(code)) for code in example_types()}
    yield out
    for item in out.values():
        item.pdf.close()


@pytest.fixture(scope="session")
def previews() -> Iterator[dict[str, Rendered]]:
    """Decision and official letter with the number and date printed (preview mode)."""
    out = {
        "decision": _open(example_draft("decision"), preview=IssuePreview(5, date(2026, 2, 5))),
        "official_letter": _open(
            example_draft("official_letter"), preview=IssuePreview(123, date(2026, 3, 4))
        ),
    }
    yield out
    for item in out.values():
        item.pdf.close()
