"""Body blocks of a draft: paragraphs with runs, articles, lists, tables, headings."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .text import RunText, ShortText, VnText

__all__ = [
    "ArticleBlock",
    "Block",
    "HeadingBlock",
    "ListBlock",
    "ParagraphBlock",
    "Run",
    "TableBlock",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Run(_Model):
    """A stretch of text with one weight and slant."""

    text: RunText
    bold: bool = False
    italic: bool = False


def _runs(value: object) -> object:
    # A plain string is the common case in hand-written drafts; accept it as one plain run.
    if isinstance(value, str):
        return [{"text": value}]
    return value


Runs = Annotated[list[Run], Field(min_length=1)]


class ParagraphBlock(_Model):
    """A body paragraph: justified with a first-line indent unless told otherwise."""

    kind: Literal["paragraph"] = "paragraph"
    runs: Runs
    align: Literal["justify", "center", "left", "right"] = "justify"
    indent: bool = True
    """First-line indent (1–1.27 cm); off for centred lines."""
    italic: bool = False
    """Whole paragraph in italic, e.g. the legal bases ("Căn cứ …") of a decision."""

    _coerce = field_validator("runs", mode="before")(_runs)


class HeadingBlock(_Model):
    """A centred bold line such as "QUYẾT ĐỊNH:", "Chương I" or the issuing authority."""

    kind: Literal["heading"] = "heading"
    text: VnText
    upper: bool = False
    """Print in upper case (the issuing authority's line is upper case)."""


class ArticleBlock(_Model):
    """An article of a decision or regulation: "Điều N." in bold, then its clauses."""

    kind: Literal["article"] = "article"
    number: int = Field(ge=1, le=999)
    title: ShortText = ""
    """Bold title after "Điều N."; empty when the first clause follows on the same line."""
    clauses: list[Runs] = Field(default_factory=list)

    @field_validator("clauses", mode="before")
    @classmethod
    def _coerce_clauses(cls, value: object) -> object:
        if isinstance(value, list):
            return [_runs(v) for v in value]
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> ArticleBlock:
        if not self.title and not self.clauses:
            raise ValueError(f"Điều {self.number} has neither a title nor a clause")
        return self


class ListBlock(_Model):
    """A numbered or bulleted list; items print as indented paragraphs with their marker."""

    kind: Literal["list"] = "list"
    style: Literal["decimal", "alpha", "dash", "plus"] = "dash"
    items: Annotated[list[Runs], Field(min_length=1)]

    @field_validator("items", mode="before")
    @classmethod
    def _coerce_items(cls, value: object) -> object:
        if isinstance(value, list):
            return [_runs(v) for v in value]
        return value


class TableBlock(_Model):
    """A simple grid table with a bold header row."""

    kind: Literal["table"] = "table"
    header: Annotated[list[ShortText], Field(min_length=1, max_length=12)]
    rows: list[list[ShortText]] = Field(default_factory=list)
    widths: list[float] | None = None
    """Relative column widths; equal if omitted."""

    @model_validator(mode="after")
    def _rectangular(self) -> TableBlock:
        cols = len(self.header)
        for i, row in enumerate(self.rows, start=1):
            if len(row) != cols:
                raise ValueError(f"table row {i} has {len(row)} cells, the header has {cols}")
        if self.widths is not None and (len(self.widths) != cols or min(self.widths) <= 0):
            raise ValueError(f"widths needs {cols} positive numbers")
        return self


Block = Annotated[
    ParagraphBlock | HeadingBlock | ArticleBlock | ListBlock | TableBlock,
    Field(discriminator="kind"),
]
"""One body block; ``kind`` tells which."""
