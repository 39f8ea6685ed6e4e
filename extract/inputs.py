"""Reading articles from files, directories, glob patterns, JSON Lines and stdin.

Every input becomes either an :class:`Article` or an :class:`ErrorRecord`
(missing or unreadable path, too large, binary or undecodable bytes, malformed
JSON Lines row, row without text, directory with no inputs): nothing is lost
and nothing raises.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .articles import Article
from .decoding import DecodeError, decode
from .html import html_main_text
from .records import ErrorInfo, ErrorRecord

ARTICLE_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = ARTICLE_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000  # far above any news article; stops a stray dump or binary
STDIN = "-"


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    stdin_format: Literal["text", "jsonl"] = "text",
    exclude: Iterable[Path] = (),
) -> Iterator[Article | ErrorRecord]:
    """Articles in a stable order: arguments as given, directory and glob matches sorted.

    Files in ``exclude`` (the run's own output and errors files) are never read
    as input, even when they lie in a directory being read.
    """
    skip = {p.resolve() for p in exclude}
    for raw in paths:
        name = str(raw)
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(stream.read(), STDIN, "stdin", ".jsonl" if stdin_format == "jsonl" else ".txt")
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and p.resolve() not in skip
            )
            if not files:
                yield _error(path.name or name, name, "no_inputs", "directory holds no .txt, .md, .html or .jsonl file")
            for file in files:
                yield from _read_file(file, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        elif glob.has_magic(name):
            matches = sorted(
                Path(p) for p in glob.glob(name, recursive=True) if Path(p).is_file() and Path(p).resolve() not in skip
            )
            if not matches:
                yield _error(path.stem or name, name, "no_inputs", "the pattern matches no file")
            for file in matches:
                yield from _read_file(file, max_bytes)
        else:
            yield _error(path.stem or name, name, "not_found", "no such file or directory")


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | ErrorRecord]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _error(path.stem, source, "too_large", f"{size} bytes is over the limit of {max_bytes} (--max-bytes)")
            return
        data = path.read_bytes()
    except OSError as err:
        yield _error(path.stem, source, "unreadable", err.strerror or str(err))
        return
    yield from _read_bytes(data, source, path.stem, path.suffix.lower())


def _read_bytes(data: bytes, source: str, doc_id: str, suffix: str) -> Iterator[Article | ErrorRecord]:
    try:
        text, encoding = decode(data)
    except DecodeError as err:
        yield _error(doc_id, source, err.type, str(err))
        return
    metadata: dict[str, Any] = {} if encoding in {"utf-8", "utf-8-sig"} else {"encoding": encoding}
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(text, source, doc_id)
    elif suffix in HTML_SUFFIXES:
        main_text = html_main_text(text)
        if not main_text.strip():
            yield _error(doc_id, source, "no_main_text", "the HTML page has no main text")
        else:
            yield Article(doc_id, main_text, source, "html_main_text", metadata)
    else:
        yield Article(doc_id, text, source, "plain", metadata)


def _read_jsonl(text: str, source: str, stem: str) -> Iterator[Article | ErrorRecord]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fallback_id = f"{stem}:{number}"
        where = f"{source}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield _error(fallback_id, where, "malformed_jsonl", f"line {number}: {err.msg} (column {err.colno})")
            continue
        if not isinstance(row, dict):
            yield _error(fallback_id, where, "malformed_jsonl", f"line {number}: expected a JSON object")
            continue
        doc_id = str(row.get("id") or fallback_id)
        text_field = row.get("text")
        if not isinstance(text_field, str):
            yield _error(doc_id, where, "missing_text", f"line {number}: no string field 'text'")
            continue
        metadata = {key: value for key, value in row.items() if key not in {"id", "text"}}
        yield Article(doc_id, text_field, where, "plain", metadata)


def _error(doc_id: str, source: str | None, type_: str, message: str) -> ErrorRecord:
    return ErrorRecord(doc_id=doc_id, source=source, error=ErrorInfo(type=type_, message=message))
