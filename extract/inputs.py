"""Reading articles from files, directories and JSON Lines, never losing one.

Every input becomes either an :class:`Article` or an :class:`ErrorRecord`
(unreadable file, undecodable bytes, malformed JSONL line, row without text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import ErrorInfo, ErrorRecord

ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = ARTICLE_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    source: str | None


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Article | ErrorRecord]:
    """Articles in a stable order: paths as given, directory contents sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
            if not files:
                yield _error(
                    path.name or str(path), str(path), "no_inputs", "directory holds no .txt, .md or .jsonl files"
                )
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield _error(path.stem or str(path), str(path), "not_found", "no such file or directory")


def _read_file(path: Path) -> Iterator[Article | ErrorRecord]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        yield _error(path.stem, source, "unreadable", err.strerror or str(err))
        return
    try:
        text = decode(data)
    except UnicodeDecodeError as err:
        yield _error(path.stem, source, "decode_error", f"not valid UTF-8 text: {err.reason} at byte {err.start}")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(text, path)
    else:
        yield Article(path.stem, text, source)


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte order mark); raises UnicodeDecodeError otherwise."""
    text = data.decode("utf-8-sig")
    if "\x00" in text:
        raise UnicodeDecodeError("utf-8", data, text.index("\x00"), text.index("\x00") + 1, "NUL byte (binary data)")
    return text


def _read_jsonl(text: str, path: Path) -> Iterator[Article | ErrorRecord]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fallback_id = f"{path.stem}:{number}"
        source = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield _error(fallback_id, source, "malformed_jsonl", f"line {number}: {err.msg}")
            continue
        if not isinstance(row, dict):
            yield _error(fallback_id, source, "malformed_jsonl", f"line {number}: expected a JSON object")
            continue
        doc_id = str(row.get("id") or fallback_id)
        text_field = row.get("text")
        if not isinstance(text_field, str):
            yield _error(doc_id, source, "missing_text", f"line {number}: no string field 'text'")
            continue
        yield Article(doc_id, text_field, source)


def _error(doc_id: str, source: str | None, type_: str, message: str) -> ErrorRecord:
    return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(type=type_, message=message))
