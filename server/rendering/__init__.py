"""Official documents in the Decree 30/2020/NĐ-CP layout: the draft format and the PDF renderer.

A self-contained feature module: it imports pydantic, reportlab, pikepdf, the standard library
and ``signing.fonts`` only, so the server core wires it in without cycles.
"""

from __future__ import annotations

from .blocks import ArticleBlock, Block, HeadingBlock, ListBlock, ParagraphBlock, Run, TableBlock
from .closing import CO_SIGNER_FIELD, SEAL_FIELD, SIGNATURE_FIELD
from .context import IssuePreview
from .document_types import (
    COPY_FORMS,
    DOCUMENT_TYPES,
    DocumentType,
    LayoutKind,
    document_type,
    notation_for,
)
from .draft import (
    Agency,
    Appendix,
    Draft,
    DraftMetadata,
    InvalidDraft,
    Marks,
    Recipients,
    Signer,
    draft_json_schema,
    load_draft,
)
from .errors import (
    FontNotFound,
    LayoutOutOfRange,
    MissingGlyphs,
    RenderFailed,
    RenderingError,
    UnknownDocumentType,
)
from .flowables import FieldPlacement
from .header import DATE_FIELD, NUMBER_FIELD
from .layout import LayoutConfig
from .registers import IncomingRegisterRow, OutgoingRegisterRow, render_register
from .renderer import REFERENCE_FIELD, RenderResult, render_draft, render_separate_appendix
from .text import format_issue_date

__all__ = [
    "CO_SIGNER_FIELD",
    "COPY_FORMS",
    "DATE_FIELD",
    "DOCUMENT_TYPES",
    "NUMBER_FIELD",
    "REFERENCE_FIELD",
    "SEAL_FIELD",
    "SIGNATURE_FIELD",
    "Agency",
    "Appendix",
    "ArticleBlock",
    "Block",
    "DocumentType",
    "Draft",
    "DraftMetadata",
    "FieldPlacement",
    "FontNotFound",
    "HeadingBlock",
    "IncomingRegisterRow",
    "InvalidDraft",
    "IssuePreview",
    "LayoutConfig",
    "LayoutKind",
    "LayoutOutOfRange",
    "ListBlock",
    "Marks",
    "MissingGlyphs",
    "OutgoingRegisterRow",
    "ParagraphBlock",
    "Recipients",
    "RenderFailed",
    "RenderResult",
    "RenderingError",
    "Run",
    "Signer",
    "TableBlock",
    "UnknownDocumentType",
    "document_type",
    "draft_json_schema",
    "format_issue_date",
    "load_draft",
    "notation_for",
    "render_draft",
    "render_register",
    "render_separate_appendix",
]
