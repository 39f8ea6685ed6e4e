"""Word lists shared by the extractors, loaded once per process.

The common-English vocabulary comes from spacy-lookups-data: the lemma table
(inflected forms and their lemmas) and the frequent words of its lexeme
probabilities (``extract/data/common_words.txt``); it tells "Science" from
"Zhongguancun".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Table, load_lookups

# Legal forms that end a company's name ("Co Ltd", "Inc.", "plc"): organizations and sentence ends read them.
LEGAL_FORMS = frozenset("co co. ltd ltd. corp corp. inc inc. limited llc plc plc.".split())


@lru_cache(maxsize=1)
def lemma_table() -> Table:
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(str(value) for value in lemma_table().values()) | frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _word_ranks() -> dict[str, int]:
    """Frequent lowercase words (scripts/build_common_words.py): "tourism", "television", with their
    ranks, most frequent first (the list is written in that order)."""
    path = Path(__file__).with_name("data") / "common_words.txt"
    return {word: rank for rank, word in enumerate(path.read_text(encoding="utf-8").split(), start=1)}


def word_frequency(word: str) -> float:
    """A rough relative frequency of a word in English (1 / its rank): for choosing what to look up first.

    Punctuation, symbols and clitics ("'s") count as the most frequent; words off the list as rarer
    than any on it.
    """
    lower = word.lower()
    if not lower[:1].isalnum() or not any(c.isalpha() for c in lower):
        return 1.0
    ranks = _word_ranks()
    return 1.0 / ranks.get(lower, 2 * len(ranks))


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """True for an ordinary lowercase English word (not a name)."""
    lower = word.lower()
    return lower in _lemmas() or lower in lemma_table() or lower in _word_ranks()


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Lowercase lemma; unknown plurals ("homestays", "robotaxis") lose their "s"."""
    lower = word.lower()
    found = lemma_table().get(lower)
    if found is not None:
        return str(found)
    if lower in _lemmas() or not lower.isalpha() or len(lower) < 5:
        return lower
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return lower[:-1]
    return lower


def lemmatize_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pass LEMMA values through the pipeline's own lemmatizer.

    Rule authors may write any form ("incubators", "Overseas"); the pattern
    then matches exactly what ``extract_lemmas`` puts on the tokens.
    The lookup table also has quirks ("developed" -> "develope"), so a word
    matches the lemmas its -ed and -ing forms get as well.
    """
    normalized = []
    for token in pattern:
        value = token.get("LEMMA")
        if isinstance(value, str):
            forms = _lemmas_of([value])
            token = {**token, "LEMMA": forms[0] if len(forms) == 1 else {"IN": forms}}
        elif isinstance(value, dict):
            token = {**token, "LEMMA": {op: _lemmas_of(words, inflect=op == "IN") for op, words in value.items()}}
        normalized.append(token)
    return normalized


def _lemmas_of(words: Any, *, inflect: bool = True) -> Any:
    if not isinstance(words, list):
        return words
    found = []
    for word in words:
        base = lemma(word)
        found.append(base)
        # the word as written counts too: "found" is "find" to the table, but "founded" is "found"
        for stem in dict.fromkeys((base, word.lower())) if inflect else ():
            if not (stem.isalpha() and len(stem) > 3):
                continue
            for form in (stem + "ed", stem + "ing", stem + "d"):
                other = lemma(form)
                if other != base and other != form and other.startswith(stem[:-1]):
                    found.append(other)  # "develope", the table's lemma of "developed"
    return list(dict.fromkeys(found))
