"""An article to extract: its text and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .text import sha256_text

TextOrigin = Literal["plain", "html_main_text"]


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    source: str | None = None
    text_origin: TextOrigin = "plain"
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def text_sha256(self) -> str:
        return sha256_text(self.text)
