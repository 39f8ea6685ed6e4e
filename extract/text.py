"""Small text helpers shared by the extractors."""

import hashlib
import re

_SPACE_RUN = re.compile(r"\s+")


def sha256_text(text: str) -> str:
    """Hash of the exact text that offsets index into (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def collapse_space(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()
