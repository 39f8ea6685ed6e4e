"""Counts: cardinals, ordinals, percentages and money, each tied to what it counts.

The pieces around a number (qualifiers, currencies, percent words, and what
is never a count: dates, times, numbered names, idioms) are Matcher patterns
in ``patterns/counts.jsonl``.  This module reads the number itself, puts the
pieces together and finds the counted noun phrase (the ``item``): the words
after the number up to a preposition, verb, punctuation or conjunction.

Results go to ``doc.spans["counts"]`` (``label_`` = kind, ``id_`` = rule) with
the parsed fields in ``span._.count`` (a :class:`CountParse` as a dict).
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .lexicon import lemma
from .numbers import (
    NUMBER_WORDS,
    ORDINALS,
    SCALE_ABBREVIATIONS,
    SCALES,
    parse_digit_ordinal,
    parse_digits,
    parse_word_ordinal,
    parse_words,
)
from .patterns import CountPatternEntry, default_patterns_dir, load_rule_files
from .taxonomy import CountKind

SPANS_KEY = "counts"
COUNT_FILES = ("counts.jsonl",)
MAX_ITEM_WORDS = 6

_GLUED_CURRENCY = re.compile(r"^(US\$|HK\$|S\$|A\$|C\$|NT\$|RMB|CNY|USD|EUR|\$|€|£|¥|￥)(\d[\d,]*(?:\.\d+)?)$")
_GLUED_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(bn|mn|m|b|k|tn)$", re.IGNORECASE)
_GLUED_SCALE_VALUES = {
    "bn": "billion",
    "b": "billion",
    "mn": "million",
    "m": "million",
    "k": "thousand",
    "tn": "trillion",
}
_NUMBER_START_WORDS = NUMBER_WORDS | {"dozen"}
# "half" is a number on its own ("more than half"), not in "first half" or "half-year"
_HALF = "half"
# Words that end an item: function words, auxiliaries and reporting verbs.
_ITEM_STOP = (STOP_WORDS | {"said", "says", "say", "according", "respectively", "year-on-year", "yoy", "per", "each", "compared", "versus"}) - {
    "top", "front", "back", "side", "part", "bottom", "system", "name", "fifteen", "fifty", "hundred", "third",
}  # fmt: skip
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_VERB_ENDINGS = ("ed", "ing")
_SUPERLATIVES = frozenset(
    {
        "largest",
        "biggest",
        "best",
        "highest",
        "most",
        "fastest",
        "longest",
        "busiest",
        "richest",
        "strongest",
        "greatest",
        "leading",
        "last",
        "smallest",
        "tallest",
        "lowest",
    }
)
_YEAR_MIN, _YEAR_MAX = 1900, 2100


@dataclass
class CountParse:
    kind: str
    value: str  # a Decimal as text, so the doc stays serializable
    rule: str
    unit: str | None = None
    item: tuple[int, int] | None = None  # token offsets
    qualifier: tuple[int, int] | None = None


@dataclass
class _Number:
    start: int
    end: int
    value: Decimal
    ordinal: bool = False
    unit: str | None = None  # from a glued currency ("RMB5")
    rule: str = "count.number.digits"


class CountRecognizer:
    """spaCy component that finds counts (rules load in ``initialize``)."""

    def __init__(self, nlp: Language, name: str = "extract_counts", *, spans_key: str = SPANS_KEY) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.matcher = Matcher(nlp.vocab, validate=True)
        self._entries: dict[str, CountPatternEntry] = {}
        if not Span.has_extension("count"):
            Span.set_extension("count", default=None)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        patterns_dir: str | Path | None = None,
    ) -> None:
        directory = Path(patterns_dir) if patterns_dir else default_patterns_dir()
        self.add_patterns(load_rule_files(directory, COUNT_FILES, CountPatternEntry))

    def add_patterns(self, entries: Iterable[CountPatternEntry]) -> None:
        for entry in entries:
            self._entries[entry.id] = entry
            self.matcher.add(entry.id, [entry.pattern])

    def __call__(self, doc: Doc) -> Doc:
        if not self._entries:
            self.initialize()
        pieces = _Pieces(doc)
        for match_id, start, end in self.matcher(doc):
            pieces.add(self._entries[self.nlp.vocab.strings[match_id]], start, end)
        for span in doc.spans.get("organizations", []):
            pieces.excluded.update(range(span.start, span.end))
        spans: list[Span] = []
        i = 0
        while i < len(doc):
            found = self._count_at(doc, i, pieces)
            if found is None:
                i += 1
                continue
            span, parse = found
            span._.count = asdict(parse)
            spans.append(span)
            i = span.end if parse.item is None else max(span.end, parse.item[1])
        doc.spans[self.spans_key] = spans
        return doc

    def _count_at(self, doc: Doc, i: int, pieces: "_Pieces") -> tuple[Span, CountParse] | None:
        if i in pieces.excluded:
            return None
        number = _read_number(doc, i)
        if number is None or any(k in pieces.excluded for k in range(number.start, number.end)):
            return None
        if _is_not_a_count(doc, number, currency_next=number.end in pieces.currency_by_start):
            return None
        start, end = number.start, number.end
        kind = CountKind.ORDINAL if number.ordinal else CountKind.CARDINAL
        unit, rule = number.unit, number.rule
        if unit is not None:
            kind = CountKind.MONEY
        if not number.ordinal and unit is None:
            prefix = pieces.currency_by_end.get(start)
            after = end + 1 if _glued_hyphen(doc, end) else end
            suffix = pieces.currency_by_start.get(after)
            percent = pieces.percent_by_start.get(end)
            if prefix is not None:
                start, unit, rule = prefix[0], prefix[1], prefix[2]
                kind = CountKind.MONEY
            elif suffix is not None:
                end, unit, rule = suffix[0], suffix[1], suffix[2]
                kind = CountKind.MONEY
            elif percent is not None:
                end, rule = percent[0], percent[1]
                kind = CountKind.PERCENT
            elif _is_year(doc, number):
                return None
        qualifier = pieces.qualifier_by_end.get(start)
        item = _item_after(doc, end, ordinal=number.ordinal)
        if kind is CountKind.PERCENT and doc[end - 1].lower_ in {"points", "point"}:
            item = (end - 2, end)
            end = end - 2
        if number.ordinal and item is None and not _ordinal_stands_alone(doc, number):
            return None
        if doc[number.start].lower_ == "one" and item is None and kind is CountKind.CARDINAL:
            return None  # "the one", "one that ..." are pronouns, not counts
        last = max(end, item[1]) if item else end
        span = Span(doc, start, last, label=kind.value)
        span.id_ = rule
        parse = CountParse(
            kind=kind.value,
            value=str(number.value),
            rule=rule,
            unit=unit,
            item=item,
            qualifier=(qualifier[0], start) if qualifier else None,
        )
        return span, parse


class _Pieces:
    """Matcher results indexed by where they start or end."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.excluded: set[int] = set()
        self.qualifier_by_end: dict[int, tuple[int, str]] = {}
        self.currency_by_end: dict[int, tuple[int, str, str]] = {}
        self.currency_by_start: dict[int, tuple[int, str, str]] = {}
        self.percent_by_start: dict[int, tuple[int, str]] = {}

    def add(self, entry: CountPatternEntry, start: int, end: int) -> None:
        if entry.label == "exclude":
            self.excluded.update(range(start, end))
        elif entry.label == "qualifier":
            if self.qualifier_by_end.get(end, (end,))[0] > start:
                self.qualifier_by_end[end] = (start, entry.id)
        elif entry.label == "currency":
            assert entry.unit is not None
            if self.currency_by_end.get(end, (end,))[0] > start:
                self.currency_by_end[end] = (start, entry.unit, entry.id)
            if self.currency_by_start.get(start, (start,))[0] < end:
                self.currency_by_start[start] = (end, entry.unit, entry.id)
        elif entry.label == "percent":
            if self.percent_by_start.get(start, (start,))[0] < end:
                self.percent_by_start[start] = (end, entry.id)


def _read_number(doc: Doc, i: int) -> _Number | None:
    token = doc[i]
    text = token.text
    lower = token.lower_
    glued = _GLUED_CURRENCY.match(text)
    if glued:
        value = parse_digits(glued.group(2))
        if value is None:
            return None
        unit = _GLUED_UNITS.get(glued.group(1).upper())
        number = _Number(i, i + 1, value, unit=unit, rule="count.money.glued_currency")
        return _with_scale(doc, number)
    glued_scale = _GLUED_SCALE.match(text)
    if glued_scale:
        value = parse_digits(glued_scale.group(1))
        if value is None:
            return None
        scale = SCALES[_GLUED_SCALE_VALUES[glued_scale.group(2).lower()]]
        return _Number(i, i + 1, value * scale, rule="count.number.digits_scale")
    digit_ordinal = parse_digit_ordinal(text)
    if digit_ordinal is not None:
        return _Number(i, i + 1, Decimal(digit_ordinal), ordinal=True, rule="count.ordinal.digits")
    value = parse_digits(text)
    if value is not None and i + 1 < len(doc) and doc[i + 1].lower_ in _ORDINAL_SCALES:
        ordinal_value = value * _ORDINAL_SCALES[doc[i + 1].lower_]
        return _Number(i, i + 2, ordinal_value, ordinal=True, rule="count.ordinal.digits_scale")
    if value is not None:
        end = i + 1
        # "1 234 567": digit groups separated by spaces
        while (
            end < len(doc)
            and len(text) <= 3
            and re.fullmatch(r"\d{3}", doc[end].text)
            and doc[end - 1].whitespace_ == " "
        ):
            value = value * 1000 + Decimal(doc[end].text)
            end += 1
        return _with_scale(doc, _Number(i, end, value))
    if lower == _HALF:
        before = doc[i - 1].lower_ if i else ""
        if before in ORDINALS or before in {"a", "and", "one"} or _glued_hyphen(doc, i + 1):
            return None
        return _Number(i, i + 1, Decimal("0.5"), rule="count.number.half")
    if (
        lower in _NUMBER_START_WORDS
        or lower in ORDINALS
        or (lower in {"a", "an"} and i + 1 < len(doc) and doc[i + 1].lower_ in set(SCALES) | {"dozen"})
    ):
        return _read_words(doc, i)
    return None


_ORDINAL_SCALES = {"hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9}
_GLUED_UNITS = {
    "US$": "USD", "$": "USD", "USD": "USD", "HK$": "HKD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
    "NT$": "TWD", "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "￥": "CNY", "EUR": "EUR", "€": "EUR", "£": "GBP",
}  # fmt: skip


def _read_words(doc: Doc, i: int) -> _Number | None:
    words: list[str] = []
    end = i
    while end < len(doc):
        lower = doc[end].lower_
        if lower in _NUMBER_START_WORDS or (end == i and lower in {"a", "an"}):
            words.append(lower)
            end += 1
        elif (
            lower in {"-", "and"}
            and words
            and end + 1 < len(doc)
            and (doc[end + 1].lower_ in NUMBER_WORDS or doc[end + 1].lower_ in ORDINALS)
            and (lower == "-" or words[-1] in SCALES)
        ):
            words.append(lower)
            end += 1
        elif lower in ORDINALS:
            words.append(lower)
            end += 1
            ordinal = parse_word_ordinal(words)
            if ordinal is None:
                return None
            return _Number(i, end, Decimal(ordinal), ordinal=True, rule="count.ordinal.words")
        else:
            break
    # "three zero-tariff lists": read the longest prefix that is one number
    while words and words[-1] in {"-", "and"}:
        words.pop()
        end -= 1
    while words and words not in (["a"], ["an"]):
        value = parse_words(words)
        if value is not None:
            return _with_scale(doc, _Number(i, end, value, rule="count.number.words"))
        words.pop()
        end -= 1
    return None


def _with_scale(doc: Doc, number: _Number) -> _Number:
    """Apply scale words after digits: "1.3 million", "10-billion", "18.5 bn"."""
    end = number.end
    value = number.value
    while True:
        at = end + 1 if _glued_hyphen(doc, end) else end
        if at >= len(doc):
            break
        word = doc[at].lower_
        word = SCALE_ABBREVIATIONS.get(word, word)
        if word not in SCALES or (word == "hundred" and number.rule == "count.number.words"):
            break
        value *= SCALES[word]
        end = at + 1
        if number.rule == "count.number.digits":
            number.rule = "count.number.digits_scale"
    number.end, number.value = end, value
    return number


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen joining two words with no spaces: "9-kilometer", "10-billion-yuan"."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in {"-", "‑", "–"}
        and doc[i - 1].whitespace_ == ""
        and doc[i].whitespace_ == ""
    )


def _is_not_a_count(doc: Doc, number: _Number, *, currency_next: bool = False) -> bool:
    """Model names ("5G", "737 MAX"), numbered names ("Line 3"), names ("14th Five-Year Plan")."""
    last = doc[number.end - 1]
    first = doc[number.start]
    if first.is_title and not first.is_sent_start and first.is_alpha:
        # "Five-Year Plan", "Three Gorges": a capitalized number word inside a name
        k = number.end + 1 if _glued_hyphen(doc, number.end) else number.end
        if k < len(doc) and doc[k].is_title:
            return True
    if number.unit is None and last.whitespace_ == "" and number.end < len(doc):
        following = doc[number.end]
        if following.is_alpha and following.lower_ not in {"bn", "mn"}:
            return True  # "5G", "180ml"
    if number.start > 0:
        before = doc[number.start - 1]
        if before.whitespace_ == "" and before.is_alpha and before.text not in _GLUED_UNITS:
            return True  # "G20" split
    if number.end < len(doc) and not currency_next:
        following = doc[number.end]
        if following.is_upper and len(following) > 1 and following.is_alpha and following.text not in _CURRENCY_CODES:
            return True  # "737 MAX"
    if number.ordinal:
        # "14th Five-Year Plan", "2nd China International Import Expo" are names;
        # "the first China-Europe freight train" is a count (lowercase noun follows)
        titles = 0
        k = number.end
        while k < len(doc) and (doc[k].is_title or (doc[k].text == "-" and titles)):
            titles += doc[k].is_title
            k += 1
        followed_by_noun = k < len(doc) and doc[k].is_alpha and doc[k].is_lower
        if titles >= 3 or (titles >= 1 and not followed_by_noun):
            return True
    return False


_CURRENCY_CODES = frozenset(
    {
        "RMB",
        "CNY",
        "USD",
        "HKD",
        "EUR",
        "GBP",
        "JPY",
        "SGD",
        "AUD",
        "CAD",
        "CHF",
        "KRW",
        "INR",
        "MYR",
        "RM",
        "THB",
        "VND",
        "MOP",
        "TWD",
        "AED",
        "BRL",
        "RUB",
    }
)


def _is_year(doc: Doc, number: _Number) -> bool:
    text = doc[number.start].text
    if number.end - number.start != 1 or not re.fullmatch(r"\d{4}", text):
        return False
    return _YEAR_MIN <= int(text) <= _YEAR_MAX


def _item_after(doc: Doc, end: int, *, ordinal: bool) -> tuple[int, int] | None:
    """The counted noun phrase after a number (token offsets), or None."""
    i = end
    if _glued_hyphen(doc, i) and i + 1 < len(doc) and doc[i + 1].is_alpha:
        word = doc[i + 1]
        if ordinal and word.lower_ in _SUPERLATIVES:
            i += 2  # "second-largest port": the item is "port"
        else:
            return (i + 1, i + 2)  # "9-kilometer road" counts kilometers
    start = i
    words: list[Token] = []
    while i < len(doc) and len(words) < MAX_ITEM_WORDS:
        token = doc[i]
        if _glued_hyphen(doc, i) and words and doc[i + 1].is_alpha:
            i += 1
            continue
        if not _is_item_word(token) or (words == [] and token.is_sent_start):
            break
        words.append(token)
        i += 1
        if _is_plural_noun(token) and not _glued_hyphen(doc, i):
            break
    stop = i
    while stop > start and _is_trailing_non_noun(doc[stop - 1]):
        stop -= 1
    while stop > start and doc[stop - 1].text in {"-"}:
        stop -= 1
    return (start, stop) if stop > start else None


def _is_item_word(token: Token) -> bool:
    lower = token.lower_
    return (
        token.is_alpha
        and lower not in _ITEM_STOP
        and lower not in _MONTHS
        and lower not in NUMBER_WORDS
        and lower not in ORDINALS
        and not token.is_upper
    )


_IRREGULAR_PLURALS = frozenset(
    {"people", "children", "staff", "personnel", "women", "men", "police", "livestock", "cattle"}
)


def _is_plural_noun(token: Token) -> bool:
    lower = token.lower_
    if lower in _IRREGULAR_PLURALS:
        return True
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lemma(lower) != lower


def _is_trailing_non_noun(token: Token) -> bool:
    lower = token.lower_
    return (lower.endswith((*_VERB_ENDINGS, "ly")) and lemma(lower) != lower) or lower.endswith("ly")


def _ordinal_stands_alone(doc: Doc, number: _Number) -> bool:
    """ "ranked first", "its first": an ordinal with no noun after it."""
    before = doc[number.start - 1].lower_ if number.start else ""
    return (
        before in {"ranked", "ranks", "rank", "ranking", "placed", "its", "their", "the"} and doc[number.start].is_lower
    )


@Language.factory("extract_counts", default_config={"spans_key": SPANS_KEY})
def make_count_recognizer(nlp: Language, name: str, spans_key: str) -> CountRecognizer:
    return CountRecognizer(nlp, name, spans_key=spans_key)
