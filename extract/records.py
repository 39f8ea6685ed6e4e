"""The output contract (schema version 1) as pydantic models.

Field names follow ``spec/record.md`` exactly.  Offsets are checked against the
article text when it is passed as validation context::

    ArticleRecord.model_validate(data, context={"text": text})

Without the text, only what the record itself can show is checked (spans are
non-empty, sentence indexes lie within ``sentence_count``, count indexes exist).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from .taxonomy import CountKind, InitiativeType, OrganizationKind

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class Mention(_Model):
    """Where an item was found, and by which rule."""

    start: int = Field(ge=0, description="character offset of the first character")
    end: int = Field(gt=0, description="character offset after the last character")
    text: str = Field(min_length=1, description="text[start:end] of the article")
    sentence: int = Field(ge=0, description="0-based sentence index")
    rule: str = Field(min_length=1, description="id of the pattern or rule that produced it")

    @model_validator(mode="after")
    def _span_is_consistent(self, info: ValidationInfo) -> Mention:
        if self.start >= self.end:
            raise ValueError(f"start ({self.start}) must be < end ({self.end})")
        if self.end - self.start != len(self.text):
            raise ValueError(f"text {self.text!r} has length {len(self.text)}, span is {self.end - self.start}")
        article = _context_text(info)
        if article is not None and article[self.start : self.end] != self.text:
            raise ValueError(f"text[{self.start}:{self.end}] is {article[self.start : self.end]!r}, not {self.text!r}")
        return self


class Organization(_Model):
    name: str = Field(min_length=1)
    kind: OrganizationKind
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(min_length=1)


class Count(_Model):
    kind: CountKind
    value: float | int
    unit: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    item: str | None = None
    qualifier: str | None = None
    mention: Mention

    @model_validator(mode="after")
    def _unit_only_for_money(self) -> Count:
        # A money count's unit is null only when the text names no country ("10 dinars").
        if self.kind is not CountKind.MONEY and self.unit is not None:
            raise ValueError(f"a {self.kind.value} count has no currency unit")
        return self


class Initiative(_Model):
    type: InitiativeType
    text: str = Field(min_length=1)
    mention: Mention
    organizations: list[str] = Field(default_factory=list)
    counts: list[int] = Field(default_factory=list)

    @model_validator(mode="after")
    def _text_is_mention_text(self) -> Initiative:
        if self.text != self.mention.text:
            raise ValueError("text must equal mention.text")
        return self


class ExtractorInfo(_Model):
    version: str
    patterns_sha256: str = Field(pattern=_SHA256.pattern)


class ArticleRecord(_Model):
    schema_version: Literal["1"] = "1"
    doc_id: str = Field(min_length=1)
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    text_sha256: str = Field(pattern=_SHA256.pattern)
    text_origin: Literal["plain", "html_main_text"] = Field(
        default="plain", description="what offsets index: the input text, or the main text extracted from HTML"
    )
    metadata: dict[str, Any] = Field(default_factory=dict, description="other fields of a JSONL input row")
    sentence_count: int = Field(ge=0, description="number of sentences; mentions index them")
    organizations: list[Organization] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    extractor: ExtractorInfo

    @field_validator("text_sha256")
    @classmethod
    def _hash_matches_text(cls, value: str, info: ValidationInfo) -> str:
        article = _context_text(info)
        if article is not None:
            from .text import sha256_text

            if sha256_text(article) != value:
                raise ValueError("text_sha256 does not match the article text")
        return value

    @model_validator(mode="after")
    def _references_are_valid(self) -> ArticleRecord:
        for where, mention in self.iter_mentions():
            if mention.sentence >= self.sentence_count:
                raise ValueError(f"{where}: sentence {mention.sentence} >= sentence_count {self.sentence_count}")
        names = {org.name for org in self.organizations}
        for i, initiative in enumerate(self.initiatives):
            for index in initiative.counts:
                if not 0 <= index < len(self.counts):
                    raise ValueError(f"initiatives.{i}.counts: no count with index {index}")
            for name in initiative.organizations:
                if name not in names:
                    raise ValueError(f"initiatives.{i}.organizations: unknown organization {name!r}")
        return self

    def iter_mentions(self) -> list[tuple[str, Mention]]:
        """Every mention in the record with its location, for checks and reports."""
        found: list[tuple[str, Mention]] = []
        for i, org in enumerate(self.organizations):
            found += [(f"organizations.{i}.mentions.{j}", m) for j, m in enumerate(org.mentions)]
        found += [(f"counts.{i}.mention", c.mention) for i, c in enumerate(self.counts)]
        found += [(f"initiatives.{i}.mention", x.mention) for i, x in enumerate(self.initiatives)]
        return found


class ErrorInfo(_Model):
    type: str = Field(min_length=1, description="error class, e.g. 'empty_input', 'decode_error'")
    message: str = Field(min_length=1)


class ErrorRecord(_Model):
    """One input that could not be extracted: it is reported, never lost."""

    schema_version: Literal["1"] = "1"
    doc_id: str
    source: str | None = None
    error: ErrorInfo


def _context_text(info: ValidationInfo) -> str | None:
    context: Any = info.context
    if isinstance(context, dict):
        text = context.get("text")
        if isinstance(text, str):
            return text
    return None
