"""HTML articles reduced to their main text with trafilatura.

trafilatura is a maintained boilerplate remover made for news pages: it drops
navigation, footers and comments and keeps the headline and paragraphs, one
per line.  Offsets of an HTML article index this extracted text, which the
record says (``text_origin: "html_main_text"``).
"""

from __future__ import annotations


def html_main_text(html: str) -> str:
    """The article's headline and paragraphs, or "" when no main text is found."""
    import trafilatura  # imported on first use: plain-text runs do not pay for it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, with_metadata=False)
    return text or ""
