"""Golden records: the reviewed expected output for each sample, in ``outputs/``.

A golden file is the record as indented JSON with a stable key order.  The
``extractor`` field (package version and rule-set hash) is left out of the
comparison: it changes with every release and every rule edit, and the
regression suite is about what was extracted, not which build extracted it.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from .records import ArticleRecord

IGNORED_FIELDS = ("extractor",)


def golden_payload(record: ArticleRecord) -> dict[str, Any]:
    data: dict[str, Any] = record.model_dump(mode="json")
    for name in IGNORED_FIELDS:
        data.pop(name, None)
    return data


def golden_text(record: ArticleRecord) -> str:
    return json.dumps(golden_payload(record), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def golden_diff(record: ArticleRecord, golden_path: Path) -> str:
    """Unified diff from the golden file to the current output ("" when equal)."""
    expected = golden_path.read_text(encoding="utf-8") if golden_path.exists() else ""
    actual = golden_text(record)
    if expected == actual:
        return ""
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=str(golden_path),
            tofile=f"{record.doc_id} (current output)",
        )
    )
