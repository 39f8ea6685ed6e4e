"""The Extractor: a blank English pipeline with the project's components, and records.

from extract import Extractor
record = Extractor().extract(text, doc_id="baodi")
"""

from __future__ import annotations

import bisect
import gc
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from multiprocessing.context import BaseContext
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import counts as _counts
from . import initiatives as _initiatives
from . import lemmas as _lemmas  # noqa: F401
from . import organizations as _organizations
from . import sentences as _sentences
from .about import __version__
from .articles import Article, TextOrigin
from .metadata import read_metadata
from .numbers import to_number
from .patterns import default_patterns_dir, patterns_sha256
from .records import (
    ArticleRecord,
    Count,
    ErrorInfo,
    ErrorRecord,
    ExtractorInfo,
    Initiative,
    Mention,
    Organization,
)
from .taxonomy import CountKind, InitiativeType, OrganizationKind
from .text import collapse_space, sha256_text
from .tokenization import add_infixes

PIPE_NAMES = ("extract_sentences", "extract_lemmas", "extract_organizations", "extract_counts", "extract_initiatives")
_RULE_PIPES = ("extract_organizations", "extract_counts", "extract_initiatives")
Item = str | tuple[str, str] | tuple[str, str, str | None] | Article
T = TypeVar("T")


class ExtractionError(ValueError):
    """An input that cannot be extracted (empty text, not text); ``type`` names the cause."""

    def __init__(self, type_: str, message: str) -> None:
        super().__init__(message)
        self.type = type_


def build_pipeline(patterns_dir: Path | None = None) -> Language:
    """``spacy.blank("en")`` with sentence boundaries, lemmas and the three extractors."""
    nlp = add_infixes(spacy.blank("en"))
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    directory = patterns_dir or default_patterns_dir()
    for name in _RULE_PIPES:
        nlp.get_pipe(name).initialize(nlp=nlp, patterns_dir=directory)  # type: ignore[attr-defined]
    return nlp


class Extractor:
    """Turns article text into validated :class:`ArticleRecord` objects."""

    def __init__(self, *, patterns_dir: str | Path | None = None) -> None:
        self.patterns_dir = Path(patterns_dir) if patterns_dir else default_patterns_dir()
        self.nlp = build_pipeline(self.patterns_dir)
        self.info = ExtractorInfo(version=__version__, patterns_sha256=patterns_sha256(self.patterns_dir))

    def extract(self, text: str, doc_id: str | None = None, source: str | None = None) -> ArticleRecord:
        """Extract one article; raises :class:`ExtractionError` for empty or non-text input."""
        _check_text(text)
        return self.record_from_doc(self.nlp(text), doc_id=doc_id, source=source, text=text)

    def extract_many(
        self, items: Iterable[Item], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[ArticleRecord | ErrorRecord]:
        """Records in input order; an input that fails yields an :class:`ErrorRecord`.

        ``items`` are texts, ``(doc_id, text)`` or ``(doc_id, text, source)``
        tuples, or :class:`Article` objects.  With ``n_process > 1`` worker
        processes each build their own pipeline; the output is the same, in the
        same order.  Input is consumed lazily and at most ``4 * n_process``
        batches are in flight, so memory stays flat on long runs.
        """
        if n_process <= 1:
            yield from self._map(items, _records, n_process=n_process, batch_size=batch_size)
            return
        # Workers send JSON: rebuilding a record from it costs the main process a fifth of unpickling one.
        for is_error, line in self._map(items, _record_lines, n_process=n_process, batch_size=batch_size):
            yield ErrorRecord.model_validate_json(line) if is_error else ArticleRecord.model_validate_json(line)

    def extract_outcomes(self, items: Iterable[Item], *, n_process: int = 1, batch_size: int = 16) -> Iterator[Outcome]:
        """Like :meth:`extract_many`, but each result comes as its JSON line and tallies.

        Serializing in the worker leaves the main process (which only writes
        lines) nearly idle, so that two workers get two cores.
        """
        yield from self._map(items, _outcomes, n_process=n_process, batch_size=batch_size)

    def _map(
        self,
        items: Iterable[Item],
        work: Callable[[Extractor, list[Article]], list[T]],
        *,
        n_process: int,
        batch_size: int,
    ) -> Iterator[T]:
        articles = (_as_article(item, n) for n, item in enumerate(items))
        if n_process <= 1:
            for batch in _batched(articles, batch_size):
                yield from work(self, batch)
            return
        context: BaseContext
        initializer: Callable[..., None]
        initargs: tuple[Any, ...]
        if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
            # a forked worker starts with this pipeline built: no second import, no rules to compile
            context = multiprocessing.get_context("fork")
            initializer, initargs = _adopt_worker, (self,)
        else:  # spawn where fork is missing (Windows, macOS default) or unsafe (other threads running)
            context = multiprocessing.get_context("spawn")
            initializer, initargs = _init_worker, (str(self.patterns_dir),)
        with context.Pool(n_process, initializer=initializer, initargs=initargs) as pool:
            pending: deque[AsyncResult[list[T]]] = deque()
            for batch in _batched(articles, batch_size):
                pending.append(pool.apply_async(_in_worker, (work, batch)))
                if len(pending) >= 4 * n_process:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()

    def safe_extract(self, article: Article) -> ArticleRecord | ErrorRecord:
        """Extract one article; any failure becomes an :class:`ErrorRecord`, never an exception."""
        try:
            _check_text(article.text)
            doc = self.nlp(article.text)
            return self.record_from_doc(
                doc,
                doc_id=article.doc_id,
                source=article.source,
                text_origin=article.text_origin,
                metadata=article.metadata,
                text=article.text,
            )
        except ExtractionError as err:
            error = ErrorInfo(type=err.type, message=str(err))
        except Exception as err:  # a bug must not lose the article: report it
            error = ErrorInfo(type="internal_error", message=f"{type(err).__name__}: {err}")
        return ErrorRecord(doc_id=article.doc_id, source=article.source, error=error)

    def record_from_doc(
        self,
        doc: Doc,
        *,
        doc_id: str | None = None,
        source: str | None = None,
        text_origin: TextOrigin = "plain",
        metadata: dict[str, Any] | None = None,
        text: str | None = None,
    ) -> ArticleRecord:
        """The record of a processed doc; ``text``, when given, is the text the doc was made from
        (``doc.text`` rebuilds it token by token, which costs as much as a component)."""
        if text is None:
            text = doc.text
        digest = sha256_text(text)
        sentence_of = _sentences.sentence_index(doc)
        organizations = _organizations_from(doc, text, sentence_of)
        counts, count_spans = _counts_from(doc, text, sentence_of)
        initiatives = _initiatives_from(doc, text, sentence_of, organizations, count_spans)
        meta = read_metadata(text)
        return ArticleRecord(
            doc_id=doc_id or digest[:16],
            source=source,
            title=meta.title,
            published=meta.published,
            publisher=meta.publisher,
            text_sha256=digest,
            text_origin=text_origin,
            metadata=metadata or {},
            sentence_count=(sentence_of[-1] + 1) if sentence_of else 0,
            organizations=organizations,
            counts=counts,
            initiatives=initiatives,
            extractor=self.info,
        )


# The texts of spans are cut from the article's text: ``Span.text`` joins its tokens one by one.
def _span_text(text: str, span: Span) -> str:
    return text[span.start_char : span.end_char]


def _tokens_text(doc: Doc, text: str, start: int, end: int) -> str:
    last = doc[end - 1]
    return text[doc[start].idx : last.idx + len(last)]


def _mention(span: Span, text: str, sentence_of: list[int], rule: str | None = None) -> Mention:
    start, end = span.start_char, span.end_char
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        sentence=sentence_of[span.start],
        rule=rule or span.id_ or "unknown",
    )


def canonical_name(surface: str) -> str:
    """No leading "the", no possessive, no final full stop after "Ltd", whitespace collapsed."""
    name = collapse_space(surface)
    if name.lower().startswith("the "):
        name = name[4:]
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    # "Co Ltd." at the end of a sentence: the full stop is the sentence's
    return name.strip().removesuffix(".") if name.endswith(("Ltd.", "Inc.", "Co.", "Corp.")) else name.strip()


def _organizations_from(doc: Doc, text: str, sentence_of: list[int]) -> list[Organization]:
    groups: dict[str, list[Span]] = {}
    for span in doc.spans.get(_organizations.SPANS_KEY, []):
        groups.setdefault(span.kb_id_ or _span_text(text, span), []).append(span)
    found = []
    for spans in sorted(groups.values(), key=lambda g: min(s.start for s in g)):
        spans.sort(key=lambda s: s.start)
        forms = [canonical_name(_span_text(text, s)) for s in spans]
        name = max(forms, key=lambda f: (len(f.split()), len(f), -forms.index(f)))
        primary = next((s for s in spans if s.id_.startswith("gaz.")), None) or next(
            (s for s in spans if s.id_ != "org.alias"), spans[0]
        )
        aliases = []
        for form in forms:
            if form != name and form not in aliases:
                aliases.append(form)
        found.append(
            Organization(
                name=name,
                kind=OrganizationKind(primary.label_),
                aliases=aliases,
                mentions=[_mention(s, text, sentence_of) for s in spans],
            )
        )
    return found


def _counts_from(doc: Doc, text: str, sentence_of: list[int]) -> tuple[list[Count], list[tuple[int, Span]]]:
    counts = []
    spans = []
    for span in doc.spans.get(_counts.SPANS_KEY, []):
        parse = span._.count
        if not parse:
            continue
        item = parse.get("item")
        qualifier = parse.get("qualifier")
        counts.append(
            Count(
                kind=CountKind(parse["kind"]),
                value=to_number(Decimal(parse["value"])),
                unit=parse.get("unit"),
                item=_tokens_text(doc, text, *item) if item else None,
                qualifier=_tokens_text(doc, text, *qualifier) if qualifier else None,
                mention=_mention(span, text, sentence_of, parse.get("rule")),
            )
        )
        spans.append((len(counts) - 1, span))
    return counts, spans


def _initiatives_from(
    doc: Doc,
    text: str,
    sentence_of: list[int],
    organizations: list[Organization],
    count_spans: list[tuple[int, Span]],
) -> list[Initiative]:
    name_at = {}
    for org in organizations:
        for mention in org.mentions:
            name_at[(mention.start, mention.end)] = org.name
    # Spans by sentence, once: linking looks only within a sentence (linear in article length).
    orgs_in: dict[int, list[Span]] = {}
    for org_span in doc.spans.get(_organizations.SPANS_KEY, []):
        orgs_in.setdefault(sentence_of[org_span.start], []).append(org_span)
    counts_in: dict[int, list[tuple[int, Span]]] = {}
    for index, count_span in count_spans:
        counts_in.setdefault(sentence_of[count_span.start], []).append((index, count_span))
    found = []
    for span in doc.spans.get(_initiatives.SPANS_KEY, []):
        sentence = sentence_of[span.start]
        names = []
        sentence_start = bisect.bisect_left(sentence_of, sentence)  # the indexes never decrease
        for org_span in _initiatives.linked_organizations(span, orgs_in.get(sentence, []), sentence_start):
            name = name_at.get((org_span.start_char, org_span.end_char))
            if name and name not in names:
                names.append(name)
        found.append(
            Initiative(
                type=InitiativeType(span.label_),
                text=_span_text(text, span),
                mention=_mention(span, text, sentence_of),
                organizations=names,
                counts=_initiatives.linked_counts(span, counts_in.get(sentence, [])),
            )
        )
    return found


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise ExtractionError("not_text", f"expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise ExtractionError("empty_input", "the article text is empty or only whitespace")


def _as_article(item: Item, position: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, tuple) and len(item) in (2, 3):
        source = item[2] if len(item) == 3 else None  # type: ignore[misc]
        return Article(str(item[0]), item[1], source)
    text: Any = item
    doc_id = sha256_text(text)[:16] if isinstance(text, str) else f"item-{position}"
    return Article(doc_id, text)


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER: Extractor | None = None


def _init_worker(patterns_dir: str) -> None:
    global _WORKER
    _WORKER = Extractor(patterns_dir=patterns_dir)
    gc.freeze()


def _adopt_worker(extractor: Extractor) -> None:
    global _WORKER
    _WORKER = extractor
    # What the worker holds now (the pipeline, its rules) lives as long as the worker: the garbage
    # collector need not scan it again on every full collection (about 5% of the time).
    gc.freeze()


def _in_worker(work: Callable[[Extractor, list[Article]], list[T]], batch: list[Article]) -> list[T]:
    assert _WORKER is not None
    return work(_WORKER, batch)


def _records(extractor: Extractor, batch: list[Article]) -> list[ArticleRecord | ErrorRecord]:
    return [extractor.safe_extract(article) for article in batch]


def _record_lines(extractor: Extractor, batch: list[Article]) -> list[tuple[bool, str]]:
    return [(isinstance(record, ErrorRecord), record.model_dump_json()) for record in _records(extractor, batch)]


@dataclass(frozen=True)
class Outcome:
    """One result as a batch run writes and counts it."""

    line: str  # the record or error record as one JSON line, without the newline
    error: ErrorRecord | None = None
    organizations: int = 0
    counts: int = 0
    initiatives: int = 0


def _outcomes(extractor: Extractor, batch: list[Article]) -> list[Outcome]:
    found = []
    for result in _records(extractor, batch):
        if isinstance(result, ErrorRecord):
            found.append(Outcome(result.model_dump_json(), error=result))
        else:
            found.append(
                Outcome(
                    result.model_dump_json(),
                    None,
                    len(result.organizations),
                    len(result.counts),
                    len(result.initiatives),
                )
            )
    return found
