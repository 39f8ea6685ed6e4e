"""Batch runs that never lose an article and never write one twice.

* Every input ends as one line: a record in the output, or an error record in
  the errors file.
* Each record is written as one whole line and flushed, so a killed run leaves
  only complete lines (at worst an unterminated tail, which ``--resume``
  removes before it goes on).
* ``resume=True`` skips inputs whose ``(doc_id, text_sha256)`` is already in
  the output and appends the rest, so a resumed run ends with the same file as
  an uninterrupted one.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import jsonlines
from tqdm import tqdm

from .articles import Article
from .pipeline import Extractor
from .records import ErrorRecord


class OutputError(ValueError):
    """The existing output cannot be resumed (a damaged line in its middle)."""


@dataclass
class Summary:
    read: int = 0
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0
    organizations: int = 0
    counts: int = 0
    initiatives: int = 0
    elapsed: float = 0.0
    error_types: dict[str, int] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        return (self.read - self.skipped) / self.elapsed if self.elapsed > 0 else 0.0

    def rows(self) -> list[tuple[str, str]]:
        rows = [
            ("articles read", str(self.read)),
            ("succeeded", str(self.succeeded)),
            ("failed", str(self.failed)),
        ]
        if self.skipped:
            rows.append(("skipped (resume)", str(self.skipped)))
        rows += [
            ("organizations", str(self.organizations)),
            ("counts", str(self.counts)),
            ("initiatives", str(self.initiatives)),
            ("seconds", f"{self.elapsed:.2f}"),
            ("articles/s", f"{self.articles_per_second:.1f}"),
        ]
        return rows


def default_errors_path(output: Path | None) -> Path:
    """``out.jsonl`` -> ``out.errors.jsonl``; ``errors.jsonl`` when records go to stdout."""
    if output is None:
        return Path("errors.jsonl")
    return output.with_name(output.name.removesuffix(".jsonl") + ".errors.jsonl")


def run_batch(
    inputs: Iterable[Article | ErrorRecord],
    extractor: Extractor,
    *,
    output: Path | None,
    errors: Path,
    workers: int = 1,
    resume: bool = False,
    progress: bool = False,
    batch_size: int = 16,
) -> Summary:
    summary = Summary()
    started = time.perf_counter()
    done = completed_keys(output) if resume and output is not None else set()
    if errors.exists():
        errors.unlink()  # errors are recomputed for every input that is not skipped
    with ExitStack() as stack:
        sink: TextIO = (
            sys.stdout if output is None else stack.enter_context(output.open("a" if resume else "w", encoding="utf-8"))
        )
        error_sink = _LazyFile(errors)
        stack.callback(error_sink.close)
        bar = stack.enter_context(
            tqdm(disable=not progress, unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)
        )

        def to_extract() -> Iterator[Article]:
            for item in inputs:
                summary.read += 1
                if isinstance(item, ErrorRecord):
                    _record_error(summary, error_sink, item)
                    bar.update()
                elif (item.doc_id, item.text_sha256) in done:
                    summary.skipped += 1
                    bar.update()
                else:
                    yield item

        for outcome in extractor.extract_outcomes(to_extract(), n_process=workers, batch_size=batch_size):
            if outcome.error is not None:
                _record_error(summary, error_sink, outcome.error)
            else:
                sink.write(outcome.line + "\n")
                sink.flush()
                summary.succeeded += 1
                summary.organizations += outcome.organizations
                summary.counts += outcome.counts
                summary.initiatives += outcome.initiatives
            bar.update()
    summary.elapsed = time.perf_counter() - started
    return summary


def completed_keys(output: Path) -> set[tuple[str, str]]:
    """``(doc_id, text_sha256)`` of every complete record; drops an unterminated last line."""
    if not output.exists():
        return set()
    data = output.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with output.open("r+b") as handle:
            handle.truncate(cut)  # the half-written line of a killed run
    keys = set()
    reader = jsonlines.Reader(data[:cut].decode("utf-8").splitlines())
    try:
        for row in reader.iter(type=dict, skip_empty=True):
            keys.add((str(row["doc_id"]), str(row["text_sha256"])))
    except (jsonlines.InvalidLineError, KeyError) as err:
        where = f"{output}:{err.lineno}" if isinstance(err, jsonlines.InvalidLineError) else str(output)
        raise OutputError(f"{where}: not a record ({err}); cannot resume") from err
    return keys


def _record_error(summary: Summary, sink: _LazyFile, error: ErrorRecord) -> None:
    summary.failed += 1
    summary.error_types[error.error.type] = summary.error_types.get(error.error.type, 0) + 1
    sink.write(error.model_dump_json() + "\n")


class _LazyFile:
    """The errors file, created only when there is an error to write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: TextIO | None = None

    def write(self, line: str) -> None:
        if self.handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.handle = self.path.open("w", encoding="utf-8")
        self.handle.write(line)
        self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
