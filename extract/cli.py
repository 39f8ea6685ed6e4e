"""Command line: a thin layer over the library.

extract run samples/ -o out.jsonl     JSON Lines, one record per article
extract schema                        JSON Schema of the records
extract eval annotations/             precision / recall / F1 against hand annotation
extract --version
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer

from .about import __version__
from .inputs import Article, iter_inputs
from .patterns import PatternError
from .records import ArticleRecord, ErrorRecord

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Extract organizations, counts and initiatives from news articles."
)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Rule-based extraction from English news about regional development in China."""


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .md, .jsonl) or directories.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write JSON Lines here instead of stdout.")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    patterns: Annotated[
        Path | None, typer.Option("--patterns", help="Rule directory (default: the bundled rules).")
    ] = None,
) -> None:
    """Extract every article under PATHS into JSON Lines records (errors included)."""
    from .pipeline import Extractor

    try:
        extractor = Extractor(patterns_dir=patterns)
    except PatternError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_USAGE) from err
    started = time.perf_counter()
    errors: list[ErrorRecord] = []
    inputs = list(iter_inputs(paths))
    articles = [item for item in inputs if isinstance(item, Article)]
    errors.extend(item for item in inputs if isinstance(item, ErrorRecord))
    records = extractor.extract_many(((a.doc_id, a.text, a.source) for a in articles), n_process=workers)
    totals = {"organizations": 0, "counts": 0, "initiatives": 0}
    succeeded = 0
    with _open_output(output) as sink:
        for error in errors:
            sink.write(error.model_dump_json() + "\n")
        for record in records:
            sink.write(record.model_dump_json() + "\n")
            if isinstance(record, ArticleRecord):
                succeeded += 1
                totals["organizations"] += len(record.organizations)
                totals["counts"] += len(record.counts)
                totals["initiatives"] += len(record.initiatives)
            else:
                errors.append(record)
    elapsed = time.perf_counter() - started
    _print_summary(len(inputs), succeeded, len(errors), totals, elapsed)
    raise typer.Exit(EXIT_SOME_FAILED if errors else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of an article record."""
    typer.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2))


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Hand-annotation files or directories (annotations/*.json).")],
    samples: Annotated[Path, typer.Option("--samples", help="Directory of the annotated articles.")] = Path("samples"),
) -> None:
    """Precision, recall and F1 of the extractor against hand annotations."""
    from .evaluate import evaluate_files, format_report, gold_files
    from .pipeline import Extractor

    files = gold_files(gold)
    if not files:
        typer.echo("error: no annotation files found", err=True)
        raise typer.Exit(EXIT_USAGE)
    report = evaluate_files(Extractor(), files, samples_dir=samples)
    typer.echo(format_report(report))


@app.command()
def check(
    samples: Annotated[list[Path] | None, typer.Argument(help="Sample articles (default: samples/).")] = None,
    golden: Annotated[Path, typer.Option("--golden", help="Directory of golden records.")] = Path("outputs"),
    update: Annotated[bool, typer.Option("--update", help="Rewrite the golden files from the current output.")] = False,
) -> None:
    """Compare each sample's extraction with its golden record; exit 1 on any difference."""
    from .golden import golden_diff, golden_text
    from .pipeline import Extractor

    extractor = Extractor()
    different = 0
    for article in iter_inputs(samples or [Path("samples")]):
        if isinstance(article, ErrorRecord):
            typer.echo(f"{article.source}: {article.error.message}", err=True)
            different += 1
            continue
        record = extractor.extract(article.text, doc_id=article.doc_id, source=None)
        path = golden / f"{article.doc_id}.json"
        if update:
            golden.mkdir(parents=True, exist_ok=True)
            path.write_text(golden_text(record), encoding="utf-8")
            continue
        diff = golden_diff(record, path)
        if diff:
            different += 1
            typer.echo(diff)
    if not update:
        typer.echo(f"{different} sample(s) differ from {golden}/", err=True)
    raise typer.Exit(EXIT_SOME_FAILED if different else EXIT_OK)


class _open_output:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.handle: TextIO | None = None

    def __enter__(self) -> TextIO:
        if self.path is None:
            return sys.stdout
        self.handle = self.path.open("w", encoding="utf-8")
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


def _print_summary(read: int, succeeded: int, failed: int, totals: dict[str, int], elapsed: float) -> None:
    rate = read / elapsed if elapsed > 0 else 0.0
    rows: Iterator[tuple[str, str]] = iter(
        [
            ("articles", str(read)),
            ("succeeded", str(succeeded)),
            ("failed", str(failed)),
            ("organizations", str(totals["organizations"])),
            ("counts", str(totals["counts"])),
            ("initiatives", str(totals["initiatives"])),
            ("seconds", f"{elapsed:.2f}"),
            ("articles/s", f"{rate:.1f}"),
        ]
    )
    for name, value in rows:
        typer.echo(f"{name:<14}{value:>10}", err=True)


if __name__ == "__main__":  # pragma: no cover
    app()
