"""One matcher for a rule file: spaCy token patterns, compiled to faster routes with the Matcher's results.

spaCy's Matcher tries every pattern at every token, so its cost grows with the
number of patterns; a PhraseMatcher looks phrases up in a hash table, so its
cost does not.  Each pattern is compiled to the first route that fits it:

- a finite set of phrases (alternatives, optional words: "yuan", "more than",
  "industry|industrial chain") goes to a PhraseMatcher on its attribute (ORTH,
  LOWER or LEMMA); a test beside the phrase attribute on the same token (a
  capital: ``"TEXT": {"REGEX": "^[A-Z]"}``) is checked on the phrase's hits;
- a phrase core with tokens Python can test around it ("name words+ Group",
  "Ministry of the? Name* Name") is looked up by the core, and the tokens
  around each hit are tested outwards, within its sentence;
- a pattern of testable tokens with a text regex and no phrase tests the regex
  once per distinct word;
- anything else runs in spaCy's Matcher, on the sentences that hold one of its
  required words.

Results are the Matcher's (every match, or the longest ones where the rule asks
for ``greedy="LONGEST"``).
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.lexeme import Lexeme
from spacy.matcher import Matcher, PhraseMatcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .lexicon import word_frequency
from .wordtypes import WordTypeFlag

PHRASE_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "LEMMA": "LEMMA"}
# Token-pattern keys that the edge extension below can test in Python.
_SIMPLE_FLAGS = {"IS_ALPHA", "IS_STOP", "IS_TITLE", "IS_LOWER", "IS_UPPER", "IS_PUNCT", "LIKE_NUM"}
_TESTABLE_STRINGS = frozenset({"SHAPE"})  # string attributes the Python tests also read
MAX_PHRASES = 4096  # a pattern that expands to more stays in the Matcher


@dataclass(frozen=True)
class _Extension:
    """The testable tokens around a rule's phrase core, in pattern order, as (OP, test)."""

    left: list[tuple[str | None, Predicate]]
    right: list[tuple[str | None, Predicate]]
    longest: bool  # the rule asked for greedy="LONGEST"

    @classmethod
    def around(cls, pattern: list[dict[str, Any]], start: int, end: int, greedy: str | None) -> _Extension:
        """The tokens of ``pattern`` before ``start`` and from ``end`` on."""
        return cls(
            [(t.get("OP"), _predicate(t)) for t in pattern[:start]],
            [(t.get("OP"), _predicate(t)) for t in pattern[end:]],
            greedy == "LONGEST",
        )


class RuleMatcher:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # patterns are validated in ``add`` as written; the Matcher gets them with PREFIX sets (see ``_native``),
        # which spaCy's pattern schema does not list but its Matcher reads
        self.matcher = Matcher(vocab, validate=False)
        self.phrase_matchers: dict[str, PhraseMatcher] = {}
        self.in_matcher = 0
        self.in_phrases = 0
        self.extend_left: dict[int, list[Predicate]] = {}
        self.anchors: dict[str, PhraseMatcher] = {}
        self.prefilter = True
        self.extensions: dict[int, _Extension] = {}
        # key -> phrase -> the further tests of its tokens (one list per way the pattern spells the phrase)
        self.phrase_filters: dict[int, dict[tuple[str, ...], list[list[Predicate | None]]]] = {}
        self.phrase_attr: dict[int, str] = {}
        self.regex_cores: dict[int, tuple[WordTypeFlag, Predicate, _Extension]] = {}
        self._keys: set[str] = set()

    def add(self, key: str, pattern: list[dict[str, Any]], *, greedy: str | None = None) -> None:
        """Add one rule's pattern; a key takes one pattern (its id names one rule in the output)."""
        if key in self._keys:
            raise ValueError(f"{key!r} has a pattern already: one pattern per rule id")
        self._keys.add(key)
        # Leading optional modifiers ("ADJ? ADJ? industry chain"): match the phrase, then extend left.
        lead = 0
        while lead < len(pattern) and pattern[lead].get("OP") == "?" and _testable(pattern[lead]):
            lead += 1
        expanded = expand_phrases(pattern[lead:]) if lead < len(pattern) else None
        if expanded is not None:
            if lead:
                self.extend_left[self.vocab.strings.add(key)] = [_predicate(t) for t in pattern[:lead]]
            self._add_core(key, *expanded)
            return
        errors = validate_token_pattern(pattern)
        if errors:
            raise ValueError(f"invalid token pattern for {key!r}: {'; '.join(errors)}")
        core = _find_core(pattern)
        if core is None and all(_testable(token) for token in pattern):
            at = _regex_core(pattern)
            if at is not None:
                # "^\\d{1,2}:\\d{2}$": the words that fit the regex are found once per word type
                regex = re.compile(_token_regex(pattern[at]) or "")
                self.regex_cores[self.vocab.strings.add(key)] = (
                    WordTypeFlag(_fits(regex)),
                    _predicate(pattern[at]),
                    _Extension.around(pattern, at, at + 1, greedy),
                )
                self.in_phrases += 1
                return
        if core is not None:
            # "name+ and name+ Group", "Ministry of the? Name* Name": the phrase in the middle is
            # looked up, the tokens around it are tested outwards from it
            start, end, (attr, phrases) = core
            self.extensions[self.vocab.strings.add(key)] = _Extension.around(pattern, start, end, greedy)
            self._add_core(key, attr, phrases)
            return
        self._add_anchor(pattern)
        self.matcher.add(key, [[_native(token) for token in pattern]], greedy=greedy)
        self.in_matcher += 1

    def _add_core(self, key: str, attr: str, phrases: list[tuple[list[str], list[Predicate | None]]]) -> None:
        key_hash = self.vocab.strings.add(key)
        for words, filters in phrases:
            if any(filters):
                self.phrase_filters.setdefault(key_hash, {}).setdefault(tuple(words), []).append(filters)
        if key_hash in self.phrase_filters:
            for words, filters in phrases:  # a spelling with no test passes as it is
                if not any(filters):
                    self.phrase_filters[key_hash].setdefault(tuple(words), []).append(filters)
        self.phrase_attr[key_hash] = attr
        self._add_phrases(self.phrase_matchers, key, attr, [words for words, _ in phrases])
        self.in_phrases += 1

    def _add_phrases(self, matchers: dict[str, PhraseMatcher], key: str, attr: str, phrases: list[list[str]]) -> None:
        """Add phrases under ``key`` to the PhraseMatcher for ``attr`` (made on first use)."""
        matcher = matchers.get(attr)
        if matcher is None:
            matcher = matchers[attr] = PhraseMatcher(self.vocab, attr=attr)
        lemmas = attr == "LEMMA"  # a LEMMA PhraseMatcher compares the phrase docs' lemmas
        matcher.add(key, [Doc(self.vocab, words=words, lemmas=words if lemmas else None) for words in phrases])

    def _add_anchor(self, pattern: list[dict[str, Any]]) -> None:
        """Remember the words one required token must be; a pattern without one turns the prefilter off.

        A capitalized word ("Group", "University") is the rarer anchor, so it is
        preferred to a lowercase one ("and").
        """
        choices: list[tuple[str, list[str]]] = []
        for token in pattern:
            if token.get("OP") is not None:
                continue
            for key in ("LEMMA", "LOWER", "ORTH", "TEXT"):
                value = token.get(key)
                words = [value] if isinstance(value, str) else None
                if isinstance(value, dict) and set(value) == {"IN"}:
                    words = list(value["IN"])
                if words:
                    attr = PHRASE_ATTRS[key]
                    if key == "LOWER" and token.get("TEXT") == {"REGEX": "^[A-Z]"}:
                        # a capitalized word: anchor on its capitalized forms only
                        words = sorted({f(w) for w in words for f in (str.title, str.upper, _capitalize)})
                        choices.insert(0, ("ORTH", words))
                    else:
                        choices.append((attr, words))
                    break
        if not choices:
            self.prefilter = False
            return
        attr, words = choices[0]
        self._add_phrases(self.anchors, "anchor", attr, [[w] for w in words])

    def _matcher_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matcher results, run only on the sentences that hold an anchor word."""
        if not self.prefilter or not doc.has_annotation("SENT_START"):
            return list(self.matcher(doc))
        sentences = _SentenceBounds(doc)
        bounds: dict[int, int] = {}
        for matcher in self.anchors.values():
            for _, start, _ in matcher(doc):
                floor, ceiling = sentences.around(start, start + 1)
                bounds.setdefault(floor, ceiling)
        found: list[tuple[int, int, int]] = []
        for offset, ceiling in bounds.items():
            sent = doc[offset:ceiling]
            found.extend((match_id, offset + start, offset + end) for match_id, start, end in self.matcher(sent))
        return found

    def __call__(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        """Matches as (key, start, end) with token offsets into the doc, also for a Span."""
        found: list[tuple[int, int, int]] = []
        if self.in_matcher:
            if isinstance(doclike, Doc):
                found.extend(self._matcher_matches(doclike))
            else:  # the Matcher counts from the span's start, the PhraseMatcher from the doc's
                found.extend((key, doclike.start + s, doclike.start + e) for key, s, e in self.matcher(doclike))
        doc = doclike if isinstance(doclike, Doc) else doclike.doc
        floor = 0 if isinstance(doclike, Doc) else doclike.start
        ceiling = len(doc) if isinstance(doclike, Doc) else doclike.end
        extended: dict[int, set[tuple[int, int]]] = {}
        cache: dict[tuple[int, int], Any] = {}
        sentences = _SentenceBounds(doc)
        for matcher in self.phrase_matchers.values():
            for match_id, start, end in matcher(doclike):  # type: ignore[arg-type]
                if match_id in self.phrase_filters and not self._passes_filters(doc, match_id, start, end):
                    continue
                extension = self.extensions.get(match_id)
                if extension is not None:
                    if not _neighbours_pass(doc, start, end, extension, floor, ceiling, cache):
                        continue  # most core hits fail at once: "Group" with no name word before it
                    around = _extend(doc, start, end, extension, floor, ceiling, cache, sentences)
                    extended.setdefault(match_id, set()).update(around)
                    continue
                predicates = self.extend_left.get(match_id)
                if predicates:
                    # optional tokens are tried innermost first, as the Matcher would extend the match
                    for predicate in reversed(predicates):  # each is optional: take it or skip it
                        if start - 1 >= floor and predicate(doc[start - 1]):
                            start -= 1
                found.append((match_id, start, end))
        if self.regex_cores:
            self._regex_matches(doc, floor, ceiling, extended, cache, sentences)
        for match_id in [*self.extensions, *self.regex_cores]:  # rules in the order they were added
            if match_id in extended:
                spans = sorted(extended[match_id])
                extension = self.extensions.get(match_id) or self.regex_cores[match_id][2]
                kept = _longest(spans) if extension.longest else spans
                found.extend((match_id, s, e) for s, e in kept)
        return found

    def _regex_matches(
        self,
        doc: Doc,
        floor: int,
        ceiling: int,
        extended: dict[int, set[tuple[int, int]]],
        cache: dict[tuple[int, int], Any],
        sentences: _SentenceBounds,
    ) -> None:
        for match_id, (fits, test, extension) in self.regex_cores.items():
            for i in fits.positions(doc, floor, ceiling):
                if test(doc[i]):
                    around = _extend(doc, i, i + 1, extension, floor, ceiling, cache, sentences)
                    extended.setdefault(match_id, set()).update(around)

    def _passes_filters(self, doc: Doc, match_id: int, start: int, end: int) -> bool:
        getter = _TEXT_GETTERS[self.phrase_attr[match_id]]
        spellings = self.phrase_filters[match_id].get(tuple(getter(doc[i]) for i in range(start, end)), [[]])
        return any(all(test is None or test(doc[start + k]) for k, test in enumerate(filters)) for filters in spellings)


def _extend(
    doc: Doc,
    start: int,
    end: int,
    extension: _Extension,
    floor: int,
    ceiling: int,
    cache: dict[tuple[int, int], Any],
    sentences: _SentenceBounds,
) -> set[tuple[int, int]]:
    """Every (start, end) the tokens around a core match allow, within the core's sentence."""
    sentence_floor, sentence_ceiling = sentences.around(start, end)
    floor, ceiling = max(floor, sentence_floor), min(ceiling, sentence_ceiling)
    starts = {start}
    for op, test in reversed(extension.left):
        starts = _step(doc, starts, op, test, -1, floor, ceiling, cache)
        if not starts:
            return set()
    ends = {end}
    for op, test in extension.right:
        ends = _step(doc, ends, op, test, 1, floor, ceiling, cache)
        if not ends:
            return set()
    return {(s, e) for s in starts for e in ends}


def _neighbours_pass(
    doc: Doc, start: int, end: int, extension: _Extension, floor: int, ceiling: int, cache: dict[tuple[int, int], Any]
) -> bool:
    """The tokens just left and right of a core pass where the pattern requires one there.

    The same answer as the first steps of :func:`_extend` would give, without building its sets.
    """
    if extension.left:
        op, test = extension.left[-1]
        if op in (None, "+") and not _boundary_test(doc, test, -1, floor, ceiling, cache)(start):
            return False
    if extension.right:
        op, test = extension.right[0]
        if op in (None, "+") and not _boundary_test(doc, test, 1, floor, ceiling, cache)(end):
            return False
    return True


def _boundary_test(
    doc: Doc, test: Predicate, direction: int, floor: int, ceiling: int, cache: dict[tuple[int, int], Any]
) -> Callable[[int], bool]:
    """Does the token beyond a boundary (just left of it going left, just right of it going right)
    lie within ``floor``-``ceiling`` and pass ``test``?  Results are kept in ``cache`` for the call."""
    key = id(test)
    flags = cache.get((key, -1))  # the test over the whole doc, when it has that form
    if flags is None and isinstance(test, _AttributeTest):
        flags = cache[(key, -1)] = test.for_doc(doc) or False
    if flags:

        def passes(position: int) -> bool:
            i = position - 1 if direction < 0 else position
            return floor <= i < ceiling and flags[i]

    elif isinstance(test, _WordTest):
        words = cache.get(_WORDS_KEY)
        if words is None:
            words = cache[_WORDS_KEY] = doc.to_array("ORTH").tolist()

        def passes(position: int) -> bool:
            i = position - 1 if direction < 0 else position
            return floor <= i < ceiling and test.at(doc, words, i)

    else:

        def passes(position: int) -> bool:
            i = position - 1 if direction < 0 else position
            if not floor <= i < ceiling:
                return False
            hit = cache.get((key, i))
            if hit is None:
                hit = cache[(key, i)] = test(doc[i])
            return hit

    return passes


def _step(
    doc: Doc,
    positions: set[int],
    op: str | None,
    test: Predicate,
    direction: int,
    floor: int,
    ceiling: int,
    cache: dict[tuple[int, int], Any],
) -> set[int]:
    """The boundaries reached from ``positions`` over one pattern token, leftwards (-1) or rightwards (1).

    A token at a boundary is the one just left of it (going left) or just right of it.
    """
    passes = _boundary_test(doc, test, direction, floor, ceiling, cache)
    if op is None:
        return {p + direction for p in positions if passes(p)}
    if op == "?":
        return positions | {p + direction for p in positions if passes(p)}
    # "+" and "*": every boundary a run of passing tokens reaches (the run from each position is a walk)
    reached: set[int] = set(positions) if op == "*" else set()
    for position in positions:
        while passes(position):
            position += direction
            if position in reached:
                break  # walked on from here already
            reached.add(position)
    return reached


def expand_phrases(
    pattern: list[dict[str, Any]],
) -> tuple[str, list[tuple[list[str], list[Predicate | None]]]] | None:
    """The phrases a token pattern stands for, with their attribute and, per phrase, the further test of
    each token (``"TEXT": {"REGEX": ...}`` beside the phrase attribute); None if it is no finite phrase set.
    """
    attr: str | None = None
    choices: list[list[tuple[str, Predicate | None] | None]] = []
    for token in pattern:
        token, test = _split_filter(token)
        keys = set(token) - {"OP"}
        op = token.get("OP")
        if len(keys) != 1 or op not in (None, "?"):
            return None
        [key] = keys
        if key not in PHRASE_ATTRS:
            return None
        token_attr = PHRASE_ATTRS[key]
        if token_attr == "ORTH" and _punctuation_only(token[key]):
            token_attr = attr or "ORTH"  # "-" is its own text, lowercase and lemma
        if attr is not None and token_attr != attr:
            if attr == "ORTH" and _punctuation_only_tokens(choices):
                attr = token_attr
            else:
                return None
        attr = token_attr
        value = token[key]
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            words = list(value["IN"])
        else:
            return None
        options: list[tuple[str, Predicate | None] | None] = [(word, test) for word in words]
        if op == "?":
            options.append(None)
        choices.append(options)
    if attr is None:
        return None
    size = 1
    for options in choices:
        size *= len(options)
    if size > MAX_PHRASES:
        return None
    phrases: list[tuple[list[str], list[Predicate | None]]] = []
    seen: set[tuple[str, ...]] = set()
    for combo in itertools.product(*choices):
        kept = [choice for choice in combo if choice is not None]
        words = [word for word, _ in kept]
        if not words or (tuple(words) in seen and not any(test for _, test in kept)):
            continue
        seen.add(tuple(words))
        phrases.append((words, [test for _, test in kept]))
    return attr, phrases


def _find_core(
    pattern: list[dict[str, Any]],
) -> tuple[int, int, tuple[str, list[tuple[list[str], list[Predicate | None]]]]] | None:
    """The phrase to look up in a pattern whose other tokens Python can test, or None.

    Of the spans of tokens that expand to phrases, the one expected to occur
    least often is preferred ("sponge" rather than "city", "incubate" rather
    than "company", "Group" rather than "," or "and": each hit of the core is
    then tested in Python), then the one with more required tokens, then the
    rightmost.  Which core is chosen changes the speed, never the matches.
    """
    best: tuple[tuple[float, int, int], int, int, Any] | None = None
    for start in range(len(pattern)):
        for end in range(start + 1, len(pattern) + 1):
            if not all(_testable(token) for token in pattern[:start] + pattern[end:]):
                continue
            required = sum(1 for token in pattern[start:end] if token.get("OP") is None)
            if not required:
                continue
            expanded = expand_phrases(pattern[start:end])
            if expanded is None:
                continue
            expected = sum(_expected_frequency(words, filters) for words, filters in expanded[1])
            score = (-expected, required, end)
            if best is None or score > best[0]:
                best = (score, start, end, expanded)
    return None if best is None else (best[1], best[2], best[3])


def _expected_frequency(words: list[str], filters: list[Predicate | None]) -> float:
    """A rough guess of how often a phrase occurs: no more than its rarest word, far less for each
    further word (words seldom meet by chance) and for a further test ("^[A-Z]": capitalized)."""
    guess = min(word_frequency(word) for word in words) * 0.01 ** (len(words) - 1)
    return guess * 0.1 ** sum(1 for test in filters if test is not None)


def _split_filter(token: dict[str, Any]) -> tuple[dict[str, Any], Predicate | None]:
    """{"LOWER": ..., "TEXT": {"REGEX": ...}} -> ({"LOWER": ...}, test of the regex); else the token as it is."""
    regex = token.get("TEXT")
    if not (isinstance(regex, dict) and set(regex) == {"REGEX"}):
        return token, None
    rest = {k: v for k, v in token.items() if k != "TEXT"}
    if not ({"LOWER", "LEMMA", "ORTH"} & set(rest)):
        return token, None
    return rest, _check("TEXT", regex)


# "TEXT": {"REGEX": "^[A-Z]"} is a test of the first character, which spaCy's PREFIX attribute
# holds: as a set it is checked in the Matcher's compiled code instead of a Python regex per token.
_FIRST_CHARACTER_CLASS = re.compile(r"^\^\[((?:A-Z)?[^\]\\^-]*)\]$")


def _native(token: dict[str, Any]) -> dict[str, Any]:
    """The token with a first-character regex ("^[A-Z]", "^[A-Z(]") as a PREFIX set; else as it is."""
    regex = token.get("TEXT")
    if not (isinstance(regex, dict) and set(regex) == {"REGEX"} and "PREFIX" not in token):
        return token
    match = _FIRST_CHARACTER_CLASS.match(regex["REGEX"])
    if match is None:
        return token
    chars = match.group(1)
    first = [chr(c) for c in range(ord("A"), ord("Z") + 1)] if chars.startswith("A-Z") else []
    first += list(chars.removeprefix("A-Z"))
    return {**{k: v for k, v in token.items() if k != "TEXT"}, "PREFIX": {"IN": first}}


def _fits(regex: re.Pattern[str]) -> Callable[[Lexeme], bool]:
    return lambda word: regex.search(word.text) is not None


def _regex_core(pattern: list[dict[str, Any]]) -> int | None:
    """The last required token with a text regex, or None."""
    found = None
    for at, token in enumerate(pattern):
        if token.get("OP") is None and _token_regex(token) is not None:
            found = at
    return found


def _token_regex(token: dict[str, Any]) -> str | None:
    for key in ("TEXT", "ORTH"):
        value = token.get(key)
        if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
            return str(value["REGEX"])
    return None


class _SentenceBounds:
    """Where the sentence around a match begins and ends (the whole doc when it has no sentences)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts: list[int] | None = None

    def around(self, start: int, end: int) -> tuple[int, int]:
        if self._starts is None:
            if self.doc.has_annotation("SENT_START"):
                self._starts = numpy.flatnonzero(self.doc.to_array("SENT_START") == 1).tolist()
            else:
                self._starts = []
        at = bisect.bisect_right(self._starts, start)
        floor = self._starts[at - 1] if at else 0
        after = bisect.bisect_left(self._starts, end)
        ceiling = self._starts[after] if after < len(self._starts) else len(self.doc)
        return floor, ceiling


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The Matcher's greedy="LONGEST": longest first (then leftmost), none overlapping one kept."""
    kept: list[tuple[int, int]] = []
    taken: set[int] = set()
    for start, end in sorted(spans, key=lambda span: (span[1] - span[0], -span[0]), reverse=True):
        if not taken.intersection(range(start, end)):
            kept.append((start, end))
            taken.update(range(start, end))
    return sorted(kept)


Predicate = Callable[[Token], bool]


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


def _testable(token: dict[str, Any]) -> bool:
    keys = set(token) - {"OP"}
    return bool(keys) and all(
        key in _SIMPLE_FLAGS
        or ((key in PHRASE_ATTRS or key in _TESTABLE_STRINGS) and _testable_value(token[key]))
        or (
            key == "_"
            and isinstance(token[key], dict)
            and all(isinstance(v, (bool, str, int)) for v in token[key].values())
        )
        for key in keys
    )


def _testable_value(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"})


def _predicate(token: dict[str, Any]) -> Predicate:
    """A Python test equal to the Matcher's for the keys ``_testable`` accepts.

    Equal token specs share one test, so a match's tests are cached across rules.
    """
    spec = json.dumps({k: v for k, v in token.items() if k != "OP"}, sort_keys=True)
    test = _PREDICATES.get(spec)
    if test is None:
        checks = [_check(key, value) for key, value in token.items() if key != "OP"]
        test = checks[0] if len(checks) == 1 else (lambda t: all(check(t) for check in checks))
        if set(token) - {"OP"} <= _WORD_KEYS:
            test = _WordTest(test)  # type: ignore[arg-type]
        _PREDICATES[spec] = test
    return test


_WORDS_KEY = (0, -1)  # the doc's ORTH ids in a call's cache (no test has the id 0)
# Keys whose test depends on the word alone (its lexeme), not on the token's place or annotations.
_WORD_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "SHAPE"}) | _SIMPLE_FLAGS


class _WordTest(WordTypeFlag):
    """A test of the word alone, remembered by word (ORTH id) across docs.

    Its checks read only what a lexeme also has (text, lower_, shape_, the is_ flags),
    so the word-type memo runs them on the word.
    """

    def __call__(self, token: Token) -> bool:
        return bool(self.test(token))  # type: ignore[arg-type]


_PREDICATES: dict[str, Predicate] = {}
# Custom token attributes that can also be computed for a whole doc at once (name -> doc -> a bool per token).
_DOC_FLAGS: dict[str, Callable[[Doc], list[bool]]] = {}


def register_doc_flag(name: str, compute: Callable[[Doc], list[bool]]) -> None:
    """Let patterns that test ``{"_": {name: ...}}`` read a whole-doc array instead of one getter call a token."""
    _DOC_FLAGS[name] = compute


class _AttributeTest:
    """``{"_": {name: expected}}`` on one token, with the whole-doc form when one is registered."""

    def __init__(self, name: str, expected: Any) -> None:
        self.name, self.expected = name, expected
        extension = Token.get_extension(name)
        # the getter itself: ``token._`` builds an object on every access
        self.get: Callable[[Token], Any] = (
            extension[2] if extension is not None and extension[2] is not None else _attribute_getter(name)
        )

    def __call__(self, token: Token) -> bool:
        return bool(self.get(token) == self.expected)

    def for_doc(self, doc: Doc) -> list[bool] | None:
        compute = _DOC_FLAGS.get(self.name)
        if compute is None or not isinstance(self.expected, bool):
            return None
        return [flag == self.expected for flag in compute(doc)]


def _attribute_getter(name: str) -> Callable[[Token], Any]:
    return lambda t: getattr(t._, name)


def _check(key: str, value: Any) -> Predicate:
    if key == "_":  # custom attributes with plain values: {"_": {"org_name_part": true}}
        tests = [_AttributeTest(name, expected) for name, expected in value.items()]
        if len(tests) == 1:
            return tests[0]
        return lambda t: all(test(t) for test in tests)
    if key in _SIMPLE_FLAGS:
        attribute, wanted = key.lower(), bool(value)
        return lambda t: bool(getattr(t, attribute)) == wanted
    getter = _TEXT_GETTERS[key]
    if isinstance(value, str):
        return lambda t: getter(t) == value
    allowed = frozenset(value.get("IN", ()))
    refused = frozenset(value.get("NOT_IN", ()))
    regex = re.compile(value["REGEX"]) if "REGEX" in value else None

    def check(t: Token) -> bool:
        text = getter(t)
        return (
            (not allowed or text in allowed)
            and text not in refused
            and (regex is None or regex.search(text) is not None)
        )

    return check


_TEXT_GETTERS: dict[str, Callable[[Token], str]] = {
    "SHAPE": lambda t: t.shape_,
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "LOWER": lambda t: t.lower_,
    "LEMMA": lambda t: t.lemma_,
}


def _punctuation_only(value: Any) -> bool:
    if isinstance(value, str):
        values = [value]
    elif isinstance(value, dict) and set(value) == {"IN"}:
        values = value["IN"]
    else:
        return False
    return bool(values) and all(isinstance(v, str) and not any(c.isalnum() for c in v) for v in values)


def _punctuation_only_tokens(choices: list[list[tuple[str, Predicate | None] | None]]) -> bool:
    return all(choice is None or not any(c.isalnum() for c in choice[0]) for options in choices for choice in options)
