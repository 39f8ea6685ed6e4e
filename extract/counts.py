"""Counts: cardinals, ordinals, percentages and money, each tied to what it counts.

The pieces around a number (qualifiers, currencies, percent words, and what
is never a count: dates, times, numbered names, idioms) are Matcher patterns
in ``patterns/counts.jsonl``.  This module reads the number itself, puts the
pieces together and finds the counted noun phrase (the ``item``): the words
after the number up to a preposition, verb, punctuation or conjunction.

Results go to ``doc.spans["counts"]`` (``label_`` = kind, ``id_`` = rule) with
the parsed fields in ``span._.count`` (a :class:`CountParse` as a dict).
"""

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokens import Doc, Span, Token

from .component import RuleComponent
from .lexicon import is_common_word, lemma
from .matching import RuleMatcher
from .numbers import (
    DENOMINATORS,
    DOZENS,
    NUMBER_WORDS,
    ORDINALS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SIGNS,
    TENS,
    UNITS,
    parse_digit_ordinal,
    parse_digits,
    parse_word_ordinal,
    parse_words,
    split_fraction,
)
from .patterns import CountPatternEntry, load_rule_files
from .taxonomy import CountKind
from .wordtypes import WordTypeFlag

SPANS_KEY = "counts"
COUNT_FILES = ("counts.jsonl", "currencies.jsonl")
MAX_ITEM_WORDS = 6

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
    money: bool = False
    rule: str = "count.number.digits"


class CountRecognizer(RuleComponent):
    """spaCy component that finds counts (rules load in ``initialize``)."""

    def __init__(self, nlp: Language, name: str = "extract_counts", *, spans_key: str = SPANS_KEY) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.matcher = RuleMatcher(nlp.vocab)
        self._entries: dict[str, CountPatternEntry] = {}
        # one-token currency forms, for numbers glued to them ("RMB5", "115USD")
        self._glued_currencies: dict[str, tuple[str | None, Decimal]] = {}
        self._starts_number = WordTypeFlag(_may_start_number)
        if not Span.has_extension("count"):
            Span.set_extension("count", default=None)

    rule_files = COUNT_FILES

    def load_rules(self, directory: Path) -> None:
        self.add_patterns(load_rule_files(directory, COUNT_FILES, CountPatternEntry))
        self.rules_dir = directory

    def add_patterns(self, entries: Iterable[CountPatternEntry]) -> None:
        for entry in entries:
            self._entries[entry.id] = entry
            self.matcher.add(entry.id, entry.pattern)
            if entry.label == "currency" and len(entry.pattern) == 1:
                form = entry.pattern[0].get("LOWER") or entry.pattern[0].get("ORTH")
                if isinstance(form, str):
                    factor = Decimal("0.01") if entry.minor else Decimal(entry.scale)  # "10¢", "30MUSD"
                    self._glued_currencies.setdefault(form.lower(), (entry.unit, factor))

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
        for at in self._starts_number.positions(doc):  # most tokens start no number
            if at < i:
                continue  # inside the count before
            found = self._count_at(doc, at, pieces, spans[-1].end if spans else 0)
            if found is None:
                continue
            span, parse = found
            span._.count = dict(vars(parse))  # flat fields: no deep copy on the hot path
            spans.append(span)
            i = span.end if parse.item is None else max(span.end, parse.item[1])
        doc.spans[self.spans_key] = _share_range_units(doc, spans)
        return doc

    def _count_at(self, doc: Doc, i: int, pieces: "_Pieces", floor: int = 0) -> tuple[Span, CountParse] | None:
        token = doc[i]  # a possible start: ``_may_start_number`` holds for it (see ``__call__``)
        if i in pieces.excluded:
            return None
        limit = pieces.next_excluded(i)
        number = _read_number(doc, i, self._glued_currencies, limit)
        if number is None and token.lower_ in {"a", "an"} and _names_a_currency(doc, i + 1, pieces):
            number = _Number(i, i + 1, Decimal(1), rule="count.money.a_unit")  # "a dollar"
        if number is None or any(k in pieces.excluded for k in range(number.start, number.end)):
            return None
        number = _as_ratio(doc, number, self._glued_currencies, limit)
        after = number.end + 1 if _glued_hyphen(doc, number.end) else number.end
        suffix = pieces.currency_by_start.get(after)
        if _is_not_a_count(doc, number, currency_next=suffix is not None):
            return None
        start, end = number.start, number.end
        value = number.value
        kind = CountKind.ORDINAL if number.ordinal else CountKind.CARDINAL
        unit, rule = number.unit, number.rule
        if number.money:
            kind = CountKind.MONEY
        elif not number.ordinal:
            prefix = pieces.currency_by_end.get(start)
            if prefix is not None and prefix.start < floor:
                prefix = None  # "10 rmb 20 usd": "rmb" belongs to the count before
            percent = pieces.percent_by_start.get(end)
            if prefix is not None and prefix.entry.position == "both":
                start, unit, rule = prefix.start, prefix.entry.unit, prefix.entry.id
                value *= prefix.entry.scale  # "MEUR 120"
                kind = CountKind.MONEY
            elif suffix is not None:
                end, unit, rule = suffix.end, suffix.entry.unit, suffix.entry.id
                kind = CountKind.MONEY
                value *= suffix.entry.scale  # "30 MUSD"
                if suffix.entry.minor:
                    value = value / 100  # "50 cents" is half a dollar
                elif end < len(doc) and doc[end].lower_ in SCALES and doc[end].lower_ != "hundred":
                    value, end = value * SCALES[doc[end].lower_], end + 1  # "75 USD million"
            elif percent is not None:
                end, rule = percent[0], percent[1]
                kind = CountKind.PERCENT
            elif _is_year(doc, number):
                return None
        if kind is CountKind.MONEY:
            cents = _minor_amount(doc, end, pieces)
            if cents is not None:
                value, end = value + cents[0], cents[1]  # "20 dollars 43 cents"
        qualifier = pieces.qualifier_by_end.get(start)
        item = _item_after(doc, end, ordinal=number.ordinal)
        if kind is CountKind.PERCENT and doc[end - 1].lower_ in {"points", "point"}:
            item = (end - 2, end)
            end = end - 2
        if number.ordinal and item is None and _ordinal_is_adverb(doc, number):
            return None
        if (
            kind is CountKind.CARDINAL
            and doc[number.start].lower_ == "one"
            and number.end - number.start == 1  # "one third of" is a share
            and item is None
            and _one_is_pronoun(doc, number)
        ):
            return None
        last = max(end, item[1]) if item else end
        span = Span(doc, start, last, label=kind.value)
        span.id_ = rule
        parse = CountParse(
            kind=kind.value,
            value=str(value),
            rule=rule,
            unit=unit,
            item=item,
            qualifier=(qualifier[0], start) if qualifier else None,
        )
        return span, parse


_VAGUE_PLURALS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "tens"})
_RANGE_JOINERS = frozenset({"and", "to", "or", "-", "–", "—"})


def _share_range_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "between 10 and 20 billion yuan", "5 to 7 percent": the first bound takes the second's unit and scale."""
    shared = list(spans)
    for at in range(len(shared) - 1, 0, -1):
        first, second = shared[at - 1], shared[at]
        low, high = first._.count, second._.count
        same_money = (  # "$10-$20 million": two amounts in one currency, the scale written once
            low["kind"] == high["kind"] == CountKind.MONEY.value
            and low["unit"] == high["unit"]
            and doc[first.end].lower_ in {"to", "-", "–", "—"}
        )
        if (
            (low["kind"] != CountKind.CARDINAL.value and not same_money)
            or low["item"] is not None
            or high["kind"] not in (CountKind.MONEY.value, CountKind.PERCENT.value)
            or second.start - first.end != 1
            or doc[first.end].lower_ not in _RANGE_JOINERS
        ):
            continue
        value = Decimal(low["value"])
        scale = next((SCALES[t.lower_] for t in second if t.lower_ in SCALES), None)
        if scale is not None and not any(t.lower_ in SCALES for t in first):
            value *= scale  # "10 to 20 billion": both bounds in billions
        elif same_money:
            continue  # "$10-$20": each bound is whole already
        span = Span(doc, first.start, first.end, label=high["kind"], span_id="count.range.shared_unit")
        span._.count = {
            **low,
            "kind": high["kind"],
            "unit": high["unit"],
            "value": str(value),
            "rule": "count.range.shared_unit",
        }
        shared[at - 1] = span
    return shared


@dataclass(frozen=True)
class _Currency:
    start: int
    end: int
    entry: CountPatternEntry


_HAS_DIGIT = re.compile(r"\d")


_MINUS_SIGNS = frozenset({"-", "−"})


def _may_start_number(word: Lexeme) -> bool:
    return bool(
        word.like_num
        or word.lower_ in _PHRASE_START
        or _HAS_DIGIT.search(word.text)
        or word.text in _FRACTION_SIGNS
        or word.text in _MINUS_SIGNS
    )


_PROPER_FRACTION = re.compile(r"^[1-9]/[1-9]\d?$")
_FRACTION_SIGNS = frozenset("½⅓⅔¼¾⅕⅙⅛")


def _names_a_currency(doc: Doc, i: int, pieces: "_Pieces") -> bool:
    """ "a dollar": a currency word with no amount after it."""
    currency = pieces.currency_by_start.get(i)
    if currency is None or not doc[i].is_alpha:
        return False
    following = doc[currency.end] if currency.end < len(doc) else None
    return following is None or not (following.like_num or parse_digits(following.text) is not None)


class _Pieces:
    """Matcher results indexed by where they start or end."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.excluded: set[int] = set()
        self.qualifier_by_end: dict[int, tuple[int, str]] = {}
        self.currency_by_end: dict[int, _Currency] = {}
        self.currency_by_start: dict[int, _Currency] = {}
        self.percent_by_start: dict[int, tuple[int, str]] = {}
        self._sorted_excluded: list[int] | None = None

    def next_excluded(self, i: int) -> int:
        """The first excluded token after ``i`` (a number never runs into one), or the doc's end."""
        if self._sorted_excluded is None:
            self._sorted_excluded = sorted(self.excluded)
        at = bisect.bisect_right(self._sorted_excluded, i)
        return self._sorted_excluded[at] if at < len(self._sorted_excluded) else len(self.doc)

    def add(self, entry: CountPatternEntry, start: int, end: int) -> None:
        self._sorted_excluded = None
        if entry.label == "exclude":
            self.excluded.update(range(start, end))
        elif entry.label == "qualifier":
            if self.qualifier_by_end.get(end, (end,))[0] > start:
                self.qualifier_by_end[end] = (start, entry.id)
        elif entry.label == "currency":
            found = _Currency(start, end, entry)
            if end not in self.currency_by_end or self.currency_by_end[end].start > start:
                self.currency_by_end[end] = found
            if start not in self.currency_by_start or self.currency_by_start[start].end < end:
                self.currency_by_start[start] = found
        elif entry.label == "percent":
            if self.percent_by_start.get(start, (start,))[0] < end:
                self.percent_by_start[start] = (end, entry.id)


def _minor_amount(doc: Doc, end: int, pieces: _Pieces) -> tuple[Decimal, int] | None:
    """ "... and 43 cents", "... 43c", "$20 43": the hundredths after a money amount."""
    i = end + 1 if end < len(doc) and doc[end].lower_ == "and" else end
    if i >= len(doc):
        return None
    token = doc[i]
    glued = re.fullmatch(r"(\d{1,2})(c|¢|p)", token.text.lower())
    if glued:
        return Decimal(glued.group(1)) / 100, i + 1
    stop = i + 1
    if token.lower_ in TENS and i + 2 < len(doc) and doc[i + 1].text == "-":
        stop = i + 3  # "forty-five"
    elif token.lower_ in TENS and i + 1 < len(doc) and doc[i + 1].lower_ in UNITS:
        stop = i + 2  # "forty five"
    amount = parse_words([t.lower_ for t in doc[i:stop]])
    if amount is None or not 0 < amount < 100 or amount != amount.to_integral_value():
        return None
    minor = pieces.currency_by_start.get(stop)
    if minor is not None and minor.entry.minor:
        return amount / 100, minor.end
    following = doc[stop] if stop < len(doc) else None
    if following is None or (following.is_punct and following.text not in {"-", "/"}):
        return amount / 100, stop  # "20 dollars 43." reads as cents
    return None


def _read_number(
    doc: Doc, i: int, currencies: dict[str, tuple[str | None, Decimal]], limit: int | None = None
) -> _Number | None:
    """The number expression starting at token ``i``, or None."""
    token = doc[i]
    if token.text in _MINUS_SIGNS:
        return _read_spaced_minus(doc, i, currencies, limit)
    power = _read_power(doc, i)
    if power is not None:
        return power
    glued = _read_glued(token.text, currencies)
    if glued is not None:
        value, unit, is_money = glued
        rule = "count.money.glued_currency" if is_money else "count.number.digits_scale"
        return _with_scale(doc, _Number(i, i + 1, value, unit=unit, money=is_money, rule=rule))
    digit_ordinal = parse_digit_ordinal(token.text)
    if digit_ordinal is not None:
        return _Number(i, i + 1, Decimal(digit_ordinal), ordinal=True, rule="count.ordinal.digits")
    if (
        token.lower_ in {"a", "an"}
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in _PAIR_WORDS
        and doc[i + 2].lower_ == "of"
    ):
        return _Number(i, i + 3, Decimal(2), rule="count.number.words")  # "a couple of years", "a pair of pandas"
    if parse_digits(token.text) is not None or token.lower_ in _PHRASE_START:
        return _read_phrase(doc, i, len(doc) if limit is None else limit)
    return None


# "a couple of" and "a pair of" give two; a bare "couple" is a pair of people ("a couple from Beijing")
_PAIR_WORDS = frozenset({"couple", "pair"})


def _read_spaced_minus(
    doc: Doc, i: int, currencies: dict[str, tuple[str | None, Decimal]], limit: int | None
) -> _Number | None:
    """ "- 1,200,000" opening a line or after a colon, with nothing after the number: a negative value.

    A dash before a number and a noun opens a list item ("- 10 enterprises"), and a dash between
    numbers is a range ("10 - 20"): neither is a sign.
    """
    opens = i == 0 or doc[i - 1].is_space or doc[i - 1].text in {":", "("}
    if not (opens and doc[i].whitespace_ and i + 1 < len(doc)) or doc[i + 1].text in _MINUS_SIGNS:
        return None
    number = _read_number(doc, i + 1, currencies, limit)
    if number is None or number.money or number.ordinal or number.value < 0:
        return None
    number = _with_scale(doc, number)
    if not _ends_phrase(doc, number.end):
        return None
    return _Number(i, number.end, -number.value, rule=number.rule)


_POWER = re.compile(r"^(?P<base>-?\d+(?:\.\d+)?)(?P<times_ten>[x×]10)?(?:\^(?P<exponent>[+-]?\d{1,2}))?$")
_EXPONENT = re.compile(r"^[+-]?\d{1,2}$")


def _read_power(doc: Doc, i: int) -> _Number | None:
    """ "1.1^23", "2.5^-1", "1.3x10^6": a number written with an exponent."""
    match = _POWER.match(doc[i].text)
    if match is None:
        return None
    exponent, end = match.group("exponent"), i + 1
    if exponent is None:
        glued = i + 2 < len(doc) and doc[i].whitespace_ == "" and doc[i + 1].whitespace_ == ""
        if not (glued and doc[i + 1].text == "^" and _EXPONENT.match(doc[i + 2].text)):
            return None
        exponent, end = doc[i + 2].text, i + 3
    base = Decimal(match.group("base"))
    try:
        if match.group("times_ten"):
            value = base * Decimal(10) ** int(exponent)
        else:
            value = base ** int(exponent)
    except (ArithmeticError, ValueError):
        return None
    return _Number(i, end, value, rule="count.number.power")


# Words that may start a number phrase, and words that may continue one.
_PHRASE_START = NUMBER_WORDS | set(ORDINALS) | set(DOZENS) | set(SIGNS) | {"a", "an", "half", "quarter", "point"}
_PHRASE_WORDS = _PHRASE_START | set(DENOMINATORS) | set(SCALE_ABBREVIATIONS) | {"and", "-", "—", "–", "point"}
_FRACTION_NUMERATORS = frozenset({"a", "an", "one"})
_ORDINAL_JOINERS = frozenset(UNITS) | {"a", "an", "and", "-", "—", "–"}


def _read_phrase(doc: Doc, i: int, limit: int) -> _Number | None:
    """Digits and number words: the longest run that reads as one number."""
    grouped = _digit_groups(doc, i)
    if grouped is not None:
        return _with_scale(doc, grouped)
    positions: list[int] = []
    k = i
    while k < limit:
        token = doc[k]
        lower = token.lower_
        if token.is_space and positions and "\n" not in token.text:
            k += 1
            continue
        is_digit = parse_digits(token.text) is not None
        if not (is_digit or lower in _PHRASE_WORDS):
            break
        if lower in {"a", "an"} and positions and doc[positions[-1]].lower_ not in {"and", "half", "quarter"}:
            break  # "half a dozen", "one and a half" read on
        if lower in SIGNS and positions:
            break
        if (
            is_digit
            and positions
            and doc[positions[-1]].lower_ not in {"and", "-"}
            and (parse_digits(doc[positions[-1]].text) is not None)
            and not (_PROPER_FRACTION.match(token.text) and doc[positions[-1]].text.isdigit())
        ):
            break  # "4000 3": two numbers; "2 1/4" is one
        if (
            lower in ORDINALS
            and ORDINALS[lower] < 100  # "3 millionth" is one ordinal
            and positions
            and doc[positions[-1]].lower_ not in _ORDINAL_JOINERS
            and (
                doc[positions[-1]].lower_ not in SCALES or any(parse_digits(doc[p].text) is not None for p in positions)
            )
        ):
            break  # "280 million first preferred notes": the ordinal is another word
        if lower == "and" and positions and _and_starts_a_number(doc, k, positions):
            break  # "3 hundred and 2 hundred", "4 thousand and 0": two numbers
        positions.append(k)
        if lower in ORDINALS and lower not in DENOMINATORS:
            break  # "first", "twenty-first": an ordinal ends the phrase
        k += 1
    while positions:
        words = [doc[p].lower_ for p in positions]
        if words[-1] not in {"and", "-", "point", "a", "an", "minus", "negative"}:
            number = _phrase_number(doc, positions, words)
            if number is not None:
                return number
        positions.pop()
    return None


_RATIO_WORDS = {"over": 1, "in": 1, "out": 2}  # "one over three", "one in five", "one out of three": words to skip


def _as_ratio(doc: Doc, number: _Number, currencies: dict[str, tuple[str | None, Decimal]], limit: int) -> _Number:
    """ "1 over 3", "one in five.", "one out of three.": a ratio when nothing follows the second number.

    A noun after it keeps two counts ("one in five residents" stays as it is
    read: the share is not the count of residents), and so does a year ("3 in 2020").
    "in" and "out of" make a share only of a smaller number; "over" divides.
    """
    at = number.end
    if number.money or number.ordinal or at >= limit or doc[at].lower_ not in _RATIO_WORDS:
        return number
    if doc[at].lower_ == "out" and not (at + 1 < len(doc) and doc[at + 1].lower_ == "of"):
        return number
    start = at + _RATIO_WORDS[doc[at].lower_]
    if start >= limit:
        return number
    whole = _read_number(doc, start, currencies, limit)
    if (
        whole is None
        or whole.money
        or whole.ordinal
        or whole.value == 0
        or not _ends_phrase(doc, whole.end)
        or _is_year(doc, whole)
        or (doc[at].lower_ != "over" and number.value >= whole.value)  # "8 in 5", "12 out of 10": no share
    ):
        return number
    return _Number(number.start, whole.end, number.value / whole.value, rule="count.number.ratio")


def _and_starts_a_number(doc: Doc, k: int, positions: list[int]) -> bool:
    """Does the "and" at ``k`` join two numbers rather than parts of one?"""
    if k + 1 >= len(doc):
        return False
    following = doc[k + 1].lower_
    if following in {"0", "zero"}:
        return True
    scales_before = [SCALES[doc[p].lower_] for p in positions if doc[p].lower_ in SCALES]
    scale_after = doc[k + 2].lower_ if k + 2 < len(doc) else ""
    if not scales_before or scale_after not in SCALES:
        return False
    # "3 hundred and 2 hundred" are two; "two hundred and two thousand" is one
    return SCALES[scale_after] == scales_before[-1] or SCALES[scale_after] > scales_before[-1] >= 1000


def _digit_groups(doc: Doc, i: int) -> _Number | None:
    """ "1 234 567", "40 000": thousands separated by spaces (or narrow no-break spaces)."""
    head = doc[i].text
    if not re.fullmatch(r"\d{1,3}", head):
        return None
    digits, k, end = head, i + 1, i + 1
    while k < len(doc):
        if doc[k].is_space and doc[k].text in {"\u202f", "\u00a0", "\u2009"}:
            k += 1
            continue
        if re.fullmatch(r"\d{3}(?:\.\d+)?", doc[k].text) and (doc[k - 1].whitespace_ or doc[k - 1].is_space):
            digits += doc[k].text
            end = k = k + 1
            if "." in digits:
                break
            continue
        break
    if end == i + 1:
        return None
    return _Number(i, end, Decimal(digits), rule="count.number.digit_groups")


def _phrase_number(doc: Doc, positions: list[int], words: list[str]) -> _Number | None:
    start, end = positions[0], positions[-1] + 1
    last = words[-1]
    if words[0] in _VAGUE_PLURALS:
        return None  # "dozens of suppliers", "hundreds of firms": no number is given
    if words == ["half"]:
        before = doc[start - 1].lower_ if start else ""
        if before in ORDINALS or _glued_hyphen(doc, end):
            return None  # "the first half", "half-year"
        return _Number(start, end, Decimal("0.5"), rule="count.number.fraction")
    if words[0] in {"a", "an"} and len(words) == 2 and last in ORDINALS and not _reads_as_fraction(doc, words, end):
        return _Number(start + 1, end, Decimal(ORDINALS[last]), ordinal=True, rule="count.ordinal.words")
    if last in ORDINALS and not _reads_as_fraction(doc, words, end):
        ordinal = parse_word_ordinal(words)
        if ordinal is None:
            return None
        rule = "count.ordinal.digits_scale" if parse_digits(words[0]) is not None else "count.ordinal.words"
        return _Number(start, end, Decimal(ordinal), ordinal=True, rule=rule)
    value = parse_words(words)
    if value is None:
        return None
    if len(words) == 1 and parse_digits(words[0]) is not None:
        rule = "count.number.digits"
    elif any(w in DENOMINATORS or w in {"half", "quarter", "quarters"} for w in words):
        rule = "count.number.fraction"
    elif any(parse_digits(w) is not None for w in words):
        rule = "count.number.digits_scale"
    else:
        rule = "count.number.words"
    return _with_scale(doc, _Number(start, end, value, rule=rule))


def _reads_as_fraction(doc: Doc, words: list[str], end: int) -> bool:
    """ "a fifth of", "one third" (a share) versus "a third runway", "the fifth" (a rank)."""
    last = words[-1]
    if last in DENOMINATORS and last not in ORDINALS:
        return True  # a plural: "two thirds"
    words = [w for w in words if w not in {"-", "—", "–"}]
    compound = words[0] in _FRACTION_NUMERATORS and split_fraction(words) is not None  # "one one hundred and fifth"
    if "and" in words and not compound:
        words = words[max(i for i, w in enumerate(words) if w == "and") + 1 :]  # "one and a fourth"
        if words[:-1] and all(w in _FRACTION_NUMERATORS for w in words[:-1]):
            return True
    one_part = bool(words[:-1]) and all(w in _FRACTION_NUMERATORS for w in words[:-1]) and ORDINALS[last] > 2
    if one_part or compound:
        # "one twenty-fifth", "a one hundredth" as shares; "a third runway", "a twenty-first century city" as ranks
        following = doc[end] if end < len(doc) else None
        return following is None or not following.is_alpha or following.lower_ == "of"
    return False


def _read_glued(
    text: str, currencies: dict[str, tuple[str | None, Decimal]]
) -> tuple[Decimal, str | None, bool] | None:
    """One token holding a number with a glued currency or scale: "RMB5", "115USD", "10bn", "10k$"."""
    match = _GLUED.match(text)
    if match is None:
        return None
    prefix, number, scale, suffix = match.group("pre", "num", "scale", "post")
    if not (prefix or scale or suffix):
        return None
    unscaled = parse_digits(number)
    if unscaled is None:
        return None
    value = unscaled * SCALES[SCALE_ABBREVIATIONS[scale.lower()]] if scale else unscaled
    if prefix and suffix:
        return None
    currency = prefix or suffix
    if currency:
        key = currency.lower().rstrip(".")
        if key not in currencies:
            merged = (scale or "") + suffix if suffix else ""
            if scale and merged.lower() in currencies:
                unit, factor = currencies[merged.lower()]
                return unscaled * factor, unit, True  # "42MYR": the M belongs to the currency
            return None
        unit, factor = currencies[key]
        return value * factor, unit, True
    return value, None, False


_GLUED = re.compile(
    r"^(?P<pre>[^\W\d_]{1,4}\$?|[^\w\s.,-]{1,2})?(?P<num>-?\d[\d,]*(?:\.\d+)?)"
    r"(?P<scale>k|mm|mn|mln|mil|bn|bln|b|tn|tln|trn|m)?(?P<post>[^\W\d_]{1,4}|[^\w\s.,-]{1,2})?\.?$",
    re.IGNORECASE,
)


def _with_scale(doc: Doc, number: _Number) -> _Number:
    """Apply scale words after the number: "1.3 million", "10-billion", "18.5 bn", "$10K"."""
    end = number.end
    value = number.value
    while True:
        at = end + 1 if _glued_hyphen(doc, end) else end
        if at + 1 < len(doc) and doc[at].is_space and "\n" not in doc[at].text:
            at += 1  # "10  million": a doubled space, common in text taken from pages
        if at >= len(doc):
            break
        token = doc[at]
        word = token.lower_
        glued = doc[at - 1].whitespace_ == "" and at == end
        if word in SCALE_ABBREVIATIONS and (glued or len(word) > 1) and word not in {"b", "m", "hundreds"}:
            word = SCALE_ABBREVIATIONS[word]
        elif word in {"k", "m", "b"} and token.text in {"K", "k", "M", "B"} and (glued or _ends_phrase(doc, at + 1)):
            word = SCALE_ABBREVIATIONS[word]  # "10K", "2.33 k", "1,674,200.5 M"
        elif (
            word == "of"
            and value < 1
            and at + 2 < len(doc)
            and doc[at + 1].lower_ in {"a", "an"}
            and doc[at + 2].lower_ in SCALES
        ):
            value *= SCALES[doc[at + 2].lower_]  # "two thirds of a million"
            end = at + 3
            continue
        if word not in SCALES or (word == "hundred" and number.rule != "count.number.digits"):
            break
        value *= SCALES[word]
        end = at + 1
        if number.rule == "count.number.digits":
            number.rule = "count.number.digits_scale"
    number.end, number.value = end, value
    return number


def _ends_phrase(doc: Doc, i: int) -> bool:
    """Nothing but punctuation (or the end) at ``i``."""
    return i >= len(doc) or (doc[i].is_punct and doc[i].text not in {"-", "/"}) or doc[i].is_space


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
    if not number.money and not currency_next and last.whitespace_ == "" and number.end < len(doc):
        following = doc[number.end]
        if following.is_alpha:
            return True  # "5G", "180ml"
    if number.start > 0 and not number.money:
        before = doc[number.start - 1]
        if before.whitespace_ == "" and before.is_alpha and len(before) == 1:
            return True  # "G 20", "C 919" split by the tokenizer
    if number.start > 0 and first.is_alpha and doc[number.start - 1].text in _OPENING_QUOTES:
        closing = doc[number.end : number.end + 3]
        if any(t.text in _CLOSING_QUOTES for t in closing):
            return True  # '"two mountains" banks', '"two sessions"': a slogan's number, not a count
    if number.start > 0 and not number.money and number.end - number.start == 1 and first.text.isdigit():
        before = doc[number.start - 1]
        if (
            before.is_title
            and before.is_alpha
            and before.whitespace_
            and not before.is_sent_start
            and not is_common_word(before.text)
        ):
            return True  # "Tiggo 7 SUVs", "Shenzhou 18": a name's number is a model, not a count
    if number.end < len(doc) and not currency_next:
        following = doc[number.end]
        modifies_noun = number.end + 1 < len(doc) and doc[number.end + 1].is_lower  # "400 VR enterprises"
        if following.is_upper and len(following) > 1 and following.is_alpha and not modifies_noun:
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


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


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
            stop = i + 2
            if word.lower_ in _MEASURE_PREFIXES and _glued_hyphen(doc, stop) and doc[stop + 1].is_alpha:
                stop += 2  # "99-square-kilometer zone" counts square kilometers
            return (i + 1, stop)  # "9-kilometer road" counts kilometers
    start = i
    words: list[Token] = []
    while i < len(doc) and len(words) < MAX_ITEM_WORDS:
        token = doc[i]
        if _glued_hyphen(doc, i) and words and doc[i + 1].is_alpha:
            i += 1
            continue
        model = _model_name_length(doc, i)
        if model:
            words += doc[i : i + model]  # "2,000 5G base stations", "300 3D printers"
            i += model
            continue
        if not _is_item_word(token) or (words == [] and token.is_sent_start):
            break
        words.append(token)
        i += 1
        if _is_plural_noun(token) and not _glued_hyphen(doc, i):
            following = doc[i] if i < len(doc) else None
            if following is not None and following.is_lower and _is_item_word(following) and _is_plural_noun(following):
                continue  # "auto parts suppliers": a plural noun modifying the next
            break
    stop = i
    while stop > start and _is_trailing_non_noun(doc[stop - 1]):
        stop -= 1
    while stop > start and doc[stop - 1].text in {"-"}:
        stop -= 1
    return (start, stop) if stop > start else None


def _model_name_length(doc: Doc, i: int) -> int:
    """Tokens of a digit glued to one or two capitals ("5G", "3D", "4K"), a word of a noun phrase; else 0."""
    token = doc[i]
    if _MODEL_NAME.fullmatch(token.text):
        return 1
    if token.is_digit and token.whitespace_ == "" and i + 1 < len(doc):
        letters = doc[i + 1]  # the tokenizer split "5G" as a number and a unit
        if letters.is_alpha and letters.is_upper and len(letters) <= 2:
            return 2
    return 0


_MODEL_NAME = re.compile(r"\d{1,2}[A-Z]{1,2}")


def _is_item_word(token: Token) -> bool:
    lower = token.lower_
    return (
        token.is_alpha
        and lower not in _ITEM_STOP
        and lower not in _MONTHS
        and lower not in NUMBER_WORDS
        and lower not in ORDINALS
        and (not token.is_upper or _modifies_next(token))
    )


def _modifies_next(token: Token) -> bool:
    """An acronym before a lowercase noun ("VR enterprises", "AI firms") is part of the item."""
    doc = token.doc
    return len(token) > 1 and token.i + 1 < len(doc) and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha


_IRREGULAR_PLURALS = frozenset(
    {"people", "children", "staff", "personnel", "women", "men", "police", "livestock", "cattle"}
)


# Words in -s that are no plural head ("overseas warehouses", "logistics firms").
_NOT_PLURAL = frozenset(
    {"overseas", "news", "series", "species", "means", "headquarters", "logistics", "electronics", "economics",
     "robotics", "optics", "analytics", "physics", "mathematics", "whereabouts"}
)  # fmt: skip
_MEASURE_PREFIXES = frozenset({"square", "cubic", "metric", "light", "man"})


def _is_plural_noun(token: Token) -> bool:
    lower = token.lower_
    if lower in _IRREGULAR_PLURALS:
        return True
    if lower in _NOT_PLURAL:
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lemma(lower) != lower


def _is_trailing_non_noun(token: Token) -> bool:
    lower = token.lower_
    return (lower.endswith((*_VERB_ENDINGS, "ly")) and lemma(lower) != lower) or lower.endswith("ly")


def _ordinal_is_adverb(doc: Doc, number: _Number) -> bool:
    """ "First, ...", "was first proposed", "came second in": no rank of a thing.

    A digit ordinal ("11th") always counts; a word ordinal with no noun after
    it counts unless it opens a sentence before a comma, or modifies a verb.
    """
    if parse_digit_ordinal(doc[number.start].text) is not None:
        return False
    following = doc[number.end] if number.end < len(doc) else None
    if following is not None and following.text == "," and doc[number.start].is_sent_start:
        return True
    if following is not None and following.is_alpha and following.lower_.endswith(_VERB_ENDINGS):
        return True
    before = doc[number.start - 1].lower_ if number.start else ""
    # "was first proposed", "safety comes first": a verb before the ordinal
    return before in {"was", "were", "is", "are", "be", "been", "when", "had", "has", "have", "comes", "come", "came"}


def _one_is_pronoun(doc: Doc, number: _Number) -> bool:
    """ "the one", "one that ...", "this one": a pronoun, not a count."""
    before = doc[number.start - 1].lower_ if number.start else ""
    following = doc[number.end].lower_ if number.end < len(doc) else ""
    pronoun_before = {"the", "this", "that", "which", "each", "every", "any", "no", "another", "someone"}
    pronoun_after = {"of", "that", "who", "which", "another", "by", "after", "day", "'s"}
    return before in pronoun_before or following in pronoun_after or (before.isalpha() and following.isalpha())


@Language.factory("extract_counts", default_config={"spans_key": SPANS_KEY})
def make_count_recognizer(nlp: Language, name: str, spans_key: str) -> CountRecognizer:
    return CountRecognizer(nlp, name, spans_key=spans_key)
