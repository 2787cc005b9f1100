"""``phigiay-server render``: draft JSON or a built-in example → PDF.

The lead wires :func:`register` into the server CLI; :func:`run_render` does the work and can be
called directly (tests, scripts).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from .context import IssuePreview
from .document_types import DOCUMENT_TYPES, document_type
from .draft import Draft, load_draft
from .errors import RenderingError, UnknownDocumentType
from .examples import example_draft
from .layout import LayoutConfig
from .renderer import render_draft, render_separate_appendix

__all__ = ["register", "run_render"]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``render`` subcommand."""
    parser = subparsers.add_parser("render", help="render a draft (or a built-in example) to PDF")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("draft", nargs="?", type=Path, help="draft JSON file")
    source.add_argument(
        "--example", metavar="TYPE", help="built-in example of a type code or abbreviation"
    )
    source.add_argument(
        "--list-types", action="store_true", help="list the document types and exit"
    )
    parser.add_argument("--out", type=Path, help="output PDF file")
    parser.add_argument("--pdfa", action="store_true", help="produce PDF/A-2b")
    parser.add_argument(
        "--font-dir", type=Path, help="directory with Times New Roman (times.ttf, …)"
    )
    parser.add_argument(
        "--preview-number", type=int, help="print this number instead of the empty field"
    )
    parser.add_argument(
        "--preview-date", type=date.fromisoformat, help="print this date (YYYY-MM-DD)"
    )
    parser.set_defaults(func=_handle)  # the server CLI calls args.func(args) -> exit status


def _handle(args: argparse.Namespace) -> int:
    return run_render(
        draft_path=args.draft,
        example=args.example,
        list_types=args.list_types,
        out=args.out,
        pdfa=args.pdfa,
        font_dir=args.font_dir,
        preview_number=args.preview_number,
        preview_date=args.preview_date,
    )


def _list_types(stdout: TextIO) -> int:
    for t in DOCUMENT_TYPES:
        abbr = t.abbreviation or "—"
        note = "" if t.in_decree else "  (phigiay form)"
        stdout.write(f"{t.code:<22} {abbr:<5} {t.name}{note}\n")
    return 0


def run_render(
    *,
    draft_path: Path | None = None,
    example: str | None = None,
    list_types: bool = False,
    out: Path | None = None,
    pdfa: bool = False,
    font_dir: Path | None = None,
    preview_number: int | None = None,
    preview_date: date | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; returns the exit status (0 ok, 2 bad input)."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    if list_types:
        return _list_types(stdout)
    if out is None:
        stderr.write("render: --out FILE.pdf is required\n")
        return 2
    preview = IssuePreview(preview_number, preview_date or date.today()) if preview_number else None
    try:
        draft = _load(draft_path, example)
        _write(draft, out, LayoutConfig(font_dir=font_dir), preview, pdfa=pdfa, stdout=stdout)
    except (RenderingError, OSError) as e:
        stderr.write(f"render: {e}\n")
        return 2
    return 0


def _write(
    draft: Draft,
    out: Path,
    layout: LayoutConfig,
    preview: IssuePreview | None,
    *,
    pdfa: bool,
    stdout: TextIO,
) -> None:
    """Render the document and each separate-file appendix (written as OUT-phu-luc-N.pdf)."""
    result = render_draft(draft, layout=layout, preview=preview, pdfa=pdfa)
    out.write_bytes(result.pdf)
    names = ", ".join(sorted(f.name for f in result.fields))
    stdout.write(f"{out}: {result.page_count} page(s), fields: {names}\n")
    for index, appendix in enumerate(draft.appendices):
        if appendix.separate_file:
            extra = render_separate_appendix(draft, index, layout=layout, pdfa=pdfa)
            path = out.with_name(f"{out.stem}-phu-luc-{index + 1}{out.suffix}")
            path.write_bytes(extra.pdf)
            stdout.write(f"{path}: {extra.page_count} page(s)\n")


def _load(draft_path: Path | None, example: str | None) -> Draft:
    if example is not None:
        try:
            return example_draft(document_type(example).code)
        except KeyError:
            raise UnknownDocumentType(
                f"unknown document type {example!r}; see --list-types"
            ) from None
    if draft_path is None:
        raise RenderingError("give a DRAFT.json file or --example TYPE")
    return load_draft(draft_path.read_text(encoding="utf-8"))
