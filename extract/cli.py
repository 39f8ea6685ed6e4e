"""Command line: a thin layer over the library.

extract run samples/ -o out.jsonl     JSON Lines, one record per article (errors to out.errors.jsonl)
extract check [--update]              compare samples/ with their golden records in outputs/
extract eval annotations/             precision / recall / F1 against hand annotation
extract show article.txt -o x.html    the article with every span highlighted
extract schema                        JSON Schema of the records
extract --version
"""

from __future__ import annotations

import gc
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .about import __version__
from .articles import Article
from .inputs import DEFAULT_MAX_BYTES, iter_inputs
from .patterns import PatternError
from .records import ArticleRecord, ErrorRecord

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Extract organizations, counts and initiatives from news articles."
)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


class StdinFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"


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
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt .md .html .jsonl), directories, glob patterns, or - for stdin.")
    ],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write records here instead of stdout.")] = None,
    errors: Annotated[
        Path | None,
        typer.Option(help="Error records go here [default: OUTPUT.errors.jsonl, or errors.jsonl with stdout]."),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs already in OUTPUT; append the rest.")] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Larger input files are errors.")
    ] = DEFAULT_MAX_BYTES,
    stdin_format: Annotated[StdinFormat, typer.Option(help="How to read - (stdin).")] = StdinFormat.text,
    patterns: Annotated[
        Path | None, typer.Option("--patterns", help="Rule directory (default: the bundled rules).")
    ] = None,
) -> None:
    """Extract every article under PATHS into JSON Lines records.

    Exit status: 0 when every input succeeded, 1 when some failed (see the
    errors file), 2 for usage errors (bad options, broken rules, unusable output).
    """
    from .batch import OutputError, default_errors_path, run_batch
    from .pipeline import Extractor

    if resume and output is None:
        _usage_error("--resume needs --output: there is no file to resume on stdout")
    try:
        extractor = Extractor(patterns_dir=patterns)
    except PatternError as err:
        _usage_error(str(err))
    gc.freeze()  # the pipeline lives as long as the run: full collections need not scan it (about 5%)
    errors_path = errors or default_errors_path(output)
    own_files = [errors_path] if output is None else [output, errors_path]
    inputs = iter_inputs(paths, max_bytes=max_bytes, stdin_format=stdin_format.value, exclude=own_files)
    try:
        summary = run_batch(
            inputs,
            extractor,
            output=output,
            errors=errors_path,
            workers=workers,
            resume=resume,
            progress=sys.stderr.isatty(),
        )
    except (OutputError, OSError) as err:
        _usage_error(str(err))
    for name, value in summary.rows():
        typer.echo(f"{name:<18}{value:>10}", err=True)
    if summary.failed:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.error_types.items()))
        typer.echo(f"errors written to {errors_path} ({kinds})", err=True)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


@app.command()
def show(
    article: Annotated[Path, typer.Argument(help="One article file (.txt, .md or .html).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the HTML page.")] = Path("report.html"),
) -> None:
    """Write an HTML page with every extracted span highlighted and the record as tables."""
    from .pipeline import Extractor
    from .report import render_page

    item = next(iter(iter_inputs([article])), None)
    if not isinstance(item, Article):
        _usage_error(item.error.message if isinstance(item, ErrorRecord) else f"{article}: no article")
    extractor = Extractor()
    doc = extractor.nlp(item.text)
    record = extractor.record_from_doc(doc, doc_id=item.doc_id, source=item.source, text_origin=item.text_origin)
    output.write_text(render_page(doc, record), encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)


def _usage_error(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def schema() -> None:
    """Print the JSON Schema of an article record."""
    typer.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2))


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Hand-annotation files or directories (annotations/*.json).")],
    samples: Annotated[Path, typer.Option("--samples", help="Directory of the annotated articles.")] = Path("samples"),
    details: Annotated[bool, typer.Option("--details", help="List what each document missed and added.")] = False,
    rules: Annotated[bool, typer.Option("--rules", help="Per-rule statistics and the rules that never fired.")] = False,
) -> None:
    """Precision, recall and F1 per field and label against hand annotations, and per rule."""
    from .evaluate import evaluate_files, format_report, gold_files
    from .pipeline import Extractor

    files = gold_files(gold)
    if not files:
        _usage_error("no annotation files found")
    try:
        report = evaluate_files(Extractor(), files, samples_dir=samples)
    except (FileNotFoundError, ValueError, KeyError) as err:
        _usage_error(str(err))
    typer.echo(format_report(report, details=details, rules=rules))


@app.command()
def check(
    samples: Annotated[list[Path] | None, typer.Argument(help="Sample articles [default: samples/].")] = None,
    golden: Annotated[Path, typer.Option("--golden", help="Directory of golden records.")] = Path("outputs"),
    update: Annotated[bool, typer.Option("--update", help="Rewrite the golden files from the current output.")] = False,
) -> None:
    """Re-extract each sample and compare it with its golden record, field by field.

    Exit status 1 when any sample differs (or has no golden record); with
    --update, the golden files are rewritten instead and the status is 0.
    """
    import json

    from .golden import golden_payload, golden_text
    from .pipeline import Extractor
    from .regression import compare

    extractor = Extractor()
    different = checked = 0
    for article in iter_inputs(samples or [Path("samples")]):
        if isinstance(article, ErrorRecord):
            typer.echo(f"{article.source}: {article.error.message}", err=True)
            different += 1
            continue
        checked += 1
        record = extractor.extract(article.text, doc_id=article.doc_id)
        path = golden / f"{article.doc_id}.json"
        if update:
            golden.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text(encoding="utf-8") != golden_text(record):
                path.write_text(golden_text(record), encoding="utf-8")
                typer.echo(f"updated {path}")
            continue
        if not path.exists():
            typer.echo(f"{article.doc_id}: no golden record at {path} (run with --update to create it)")
            different += 1
            continue
        changes = compare(json.loads(path.read_text(encoding="utf-8")), golden_payload(record))
        if changes:
            different += 1
            typer.echo(f"{article.doc_id}: {len(changes)} change(s) against {path}")
            for change in changes:
                typer.echo(str(change))
    if not update:
        typer.echo(f"{checked} sample(s) checked, {different} differ from {golden}/", err=True)
    raise typer.Exit(EXIT_SOME_FAILED if different else EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    app()
