"""Title, publication date and publisher from an article's header and footer.

News pages in this genre put them on lines of their own:

    Tianjin Updates                      <- section name, skipped
    Baodi banks on tech town ...         <- title
    Updated: 2024-05-31                  <- published
    By ZHANG YI | China Daily | Updated: 2024-03-12 07:34
    Source: Xinhua | Updated: 2023-11-08
    ... Presented by China Daily.        <- publisher
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DATE = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_UPDATED = re.compile(r"\b(?:Updated|Published|Date|Posted)\s*:\s*" + _DATE, re.IGNORECASE)
_PRESENTED_BY = re.compile(r"\bPresented by\s+([A-Z][\w.&' -]*?)\s*\.?\s*$", re.MULTILINE)
_BYLINE_PUBLISHER = re.compile(r"^By\b[^|\n]*\|\s*([A-Z][\w.&' -]*?)\s*\|", re.MULTILINE)
_SOURCE = re.compile(r"^\s*Source\s*:\s*([A-Z][\w.&' -]*?)\s*(?:\||$)", re.MULTILINE)
_SECTION = re.compile(r"^[\w' .-]{1,40}\s(?:Updates|government portal|portal|News)$", re.IGNORECASE)
_NOT_TITLE = re.compile(r"^(?:By\b|Source\s*:|Updated\s*:|Published\s*:|Copyright|©)", re.IGNORECASE)
_HEADER_LINES = 6  # the title is among the first few non-empty lines
MAX_TITLE_WORDS = 25


@dataclass(frozen=True)
class ArticleMetadata:
    title: str | None
    published: dt.date | None
    publisher: str | None


def read_metadata(text: str) -> ArticleMetadata:
    return ArticleMetadata(_title(text), _published(text), _publisher(text))


def _title(text: str) -> str | None:
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    for index, line in enumerate(lines):
        if _SECTION.match(line) or _NOT_TITLE.match(line):
            continue
        words = line.split()
        ends_like_sentence = line.endswith((".", "?", "!", '"', "”")) and len(words) > 12
        if len(words) > MAX_TITLE_WORDS or ends_like_sentence or "(Xinhua)" in line:
            return None
        # A title is followed by a header line or a body, never by nothing.
        return line if index + 1 < len(lines) or (len(lines) == 1 and len(words) <= 15) else None
    return None


def _published(text: str) -> dt.date | None:
    match = _UPDATED.search(text)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _publisher(text: str) -> str | None:
    for pattern in (_PRESENTED_BY, _BYLINE_PUBLISHER, _SOURCE):
        match = pattern.search(text)
        if match:
            return match.group(1).strip()
    return None
