"""Token tests computed once per word type, not once per token.

A Python test on every token of every article costs more than all of spaCy's
tokenizer.  Most tests here depend only on the word (its text), so they are
run once for each distinct word in a doc, remembered across docs, and spread
back over the tokens with numpy.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.lexeme import Lexeme
from spacy.tokens import Doc


class WordTypeFlag:
    """A boolean test of a word, cached by the word's id (its ORTH hash)."""

    def __init__(self, test: Callable[[Lexeme], bool]) -> None:
        self.test = test
        self._known: dict[int, bool] = {}

    def tokens(self, doc: Doc, words: numpy.ndarray | None = None) -> numpy.ndarray:
        """A boolean array over the doc's tokens (or over ``words``, an ORTH array)."""
        if words is None:
            words = doc.to_array("ORTH")
        passing = []
        for word in numpy.unique(words).tolist():
            known = self._known.get(word)
            if known is None:
                known = self._known[word] = bool(self.test(doc.vocab[word]))
            if known:
                passing.append(word)
        if not passing:
            return numpy.zeros(len(words), dtype=bool)
        return numpy.isin(words, passing)

    def positions(self, doc: Doc, words: numpy.ndarray | None = None) -> list[int]:
        """The indexes of the tokens that pass."""
        return numpy.flatnonzero(self.tokens(doc, words)).tolist()  # type: ignore[no-any-return]
