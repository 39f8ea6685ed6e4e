"""One matcher for a rule file: phrase patterns go to PhraseMatchers, the rest to a Matcher.

spaCy's Matcher tries every pattern at every token, so its cost grows with the
number of patterns; a PhraseMatcher looks phrases up in a hash table, so its
cost does not.  Many rules are in fact a finite set of phrases written as a
token pattern ("yuan", "more than", "industry|industrial chain", an optional
word), so each pattern is expanded here when it is one, and matched with a
PhraseMatcher on its attribute (ORTH, LOWER or LEMMA).  Results are the same
as the Matcher's (every match, not only the longest; callers resolve overlaps).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

PHRASE_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "LEMMA": "LEMMA"}
# Token-pattern keys that the edge extension below can test in Python.
_SIMPLE_FLAGS = {"IS_ALPHA", "IS_STOP", "IS_TITLE", "IS_LOWER", "IS_UPPER", "IS_PUNCT", "LIKE_NUM"}
MAX_PHRASES = 4096  # a pattern that expands to more stays in the Matcher


class RuleMatcher:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=True)
        self.phrase_matchers: dict[str, PhraseMatcher] = {}
        self.in_matcher = 0
        self.in_phrases = 0
        self.extend_left: dict[int, list[Predicate]] = {}
        self.anchors: dict[str, PhraseMatcher] = {}
        self.prefilter = True

    def add(self, key: str, pattern: list[dict[str, Any]], *, greedy: str | None = None) -> None:
        # Leading optional modifiers ("ADJ? ADJ? industry chain"): match the phrase, then extend left.
        lead = 0
        while lead < len(pattern) and pattern[lead].get("OP") == "?" and _testable(pattern[lead]):
            lead += 1
        expanded = expand_phrases(pattern[lead:]) if lead < len(pattern) else None
        if expanded is None:
            self.matcher.add(key, [pattern], greedy=greedy)
            self.in_matcher += 1
            self._add_anchor(pattern)
            return
        if lead:
            self.extend_left[self.vocab.strings.add(key)] = [_predicate(t) for t in pattern[:lead]]
        attr, phrases = expanded
        self._add_phrases(self.phrase_matchers, key, attr, phrases)
        self.in_phrases += 1

    def _add_phrases(self, matchers: dict[str, PhraseMatcher], key: str, attr: str, phrases: list[list[str]]) -> None:
        """Add phrases under ``key`` to the PhraseMatcher for ``attr`` (made on first use)."""
        matcher = matchers.get(attr)
        if matcher is None:
            matcher = matchers[attr] = PhraseMatcher(self.vocab, attr=attr)
        lemmas = attr == "LEMMA"  # a LEMMA PhraseMatcher compares the phrase docs' lemmas
        matcher.add(key, [Doc(self.vocab, words=words, lemmas=words if lemmas else None) for words in phrases])

    def _add_anchor(self, pattern: list[dict[str, Any]]) -> None:
        """Remember the words one required token must be; a pattern without one turns the prefilter off."""
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
                        attr, words = "ORTH", sorted({f(w) for w in words for f in (str.title, str.upper, _capitalize)})
                    self._add_phrases(self.anchors, "anchor", attr, [[w] for w in words])
                    return
        self.prefilter = False

    def _matcher_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matcher results, run only on the sentences that hold an anchor word."""
        if not self.prefilter or not doc.has_annotation("SENT_START"):
            return list(self.matcher(doc))
        starts: dict[int, Span] = {}
        for matcher in self.anchors.values():
            for _, start, _ in matcher(doc):
                sent = doc[start].sent
                starts.setdefault(sent.start, sent)
        found: list[tuple[int, int, int]] = []
        for offset, sent in starts.items():
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
        for matcher in self.phrase_matchers.values():
            for match_id, start, end in matcher(doclike):  # type: ignore[arg-type]
                predicates = self.extend_left.get(match_id)
                if predicates:
                    # optional tokens are tried innermost first, as the Matcher would extend the match
                    doc = doclike if isinstance(doclike, Doc) else doclike.doc
                    floor = 0 if isinstance(doclike, Doc) else doclike.start
                    for predicate in reversed(predicates):  # each is optional: take it or skip it
                        if start - 1 >= floor and predicate(doc[start - 1]):
                            start -= 1
                found.append((match_id, start, end))
        return found


def expand_phrases(pattern: list[dict[str, Any]]) -> tuple[str, list[list[str]]] | None:
    """The phrases a token pattern stands for, with their attribute; None if it is no finite phrase set."""
    attr: str | None = None
    choices: list[list[str | None]] = []
    for token in pattern:
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
            options: list[str | None] = [value]
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            options = list(value["IN"])
        else:
            return None
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
    phrases = [[w for w in combo if w is not None] for combo in itertools.product(*choices)]
    return attr, [p for p in _unique(phrases) if p]


Predicate = Callable[[Token], bool]


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


def _testable(token: dict[str, Any]) -> bool:
    keys = set(token) - {"OP"}
    return bool(keys) and all(
        key in _SIMPLE_FLAGS or (key in PHRASE_ATTRS and _testable_value(token[key])) for key in keys
    )


def _testable_value(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"})


def _predicate(token: dict[str, Any]) -> Predicate:
    """A Python test equal to the Matcher's for the keys ``_testable`` accepts."""
    checks = [_check(key, value) for key, value in token.items() if key != "OP"]
    return lambda t: all(check(t) for check in checks)


def _check(key: str, value: Any) -> Predicate:
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


def _punctuation_only_tokens(choices: list[list[str | None]]) -> bool:
    return all(w is None or not any(c.isalnum() for c in w) for options in choices for w in options)


def _unique(phrases: list[list[str]]) -> Iterator[list[str]]:
    seen: set[tuple[str, ...]] = set()
    for phrase in phrases:
        if tuple(phrase) not in seen:
            seen.add(tuple(phrase))
            yield phrase
