"""Token tests computed once per word type, not once per token.

A Python test on every token of every article costs more than all of spaCy's
tokenizer.  Most tests here depend only on the word (its text), so they are
run once for each distinct word in a doc, remembered across docs, and spread
back over the tokens with numpy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from spacy.lexeme import Lexeme
from spacy.tokens import Doc


class WordTypes:
    """The distinct words of a doc (ORTH ids), and which of them each token is."""

    def __init__(self, doc: Doc) -> None:
        self.length = len(doc)
        kinds, self.inverse = numpy.unique(doc.to_array("ORTH"), return_inverse=True)
        self.kinds: list[int] = kinds.tolist()


_last: list[tuple[Doc, WordTypes]] = []  # the word types of the doc seen last (components share them)


def word_types(doc: Doc) -> WordTypes:
    if _last and _last[0][0] is doc and _last[0][1].length == len(doc):
        return _last[0][1]
    types = WordTypes(doc)
    _last[:] = [(doc, types)]
    return types


class WordTypeValue:
    """A value of a word (a test, a lemma id), computed once per word (its ORTH id) and remembered."""

    LIMIT = 200_000  # words remembered at most: the memo is dropped when it grows past this

    def __init__(self, compute: Callable[[Lexeme], Any], dtype: str = "object") -> None:
        self.compute = compute
        self.dtype = dtype
        self._known: dict[int, Any] = {}

    def tokens(self, doc: Doc) -> numpy.ndarray:
        """An array over the doc's tokens."""
        types = word_types(doc)
        known = self._known
        try:
            values = [known[word] for word in types.kinds]
        except KeyError:  # a word not seen before: compute the new ones, then look all up again
            self._forget_if_full(len(types.kinds))
            for word in types.kinds:
                if word not in known:
                    known[word] = self.compute(doc.vocab[word])
            values = [known[word] for word in types.kinds]
        return numpy.array(values, dtype=self.dtype)[types.inverse]

    def at(self, doc: Doc, words: list[int], i: int) -> Any:
        """The value for token ``i``, whose ORTH ids are ``words``."""
        word = words[i]
        value = self._known.get(word)
        if value is None:
            self._forget_if_full(1)
            value = self._known[word] = self.compute(doc.vocab[word])
        return value

    def _forget_if_full(self, coming: int) -> None:
        if len(self._known) + coming > self.LIMIT:
            self._known.clear()


class WordTypeFlag(WordTypeValue):
    """A boolean test of a word, cached by the word's id (its ORTH hash)."""

    def __init__(self, test: Callable[[Lexeme], bool]) -> None:
        super().__init__(lambda word: bool(test(word)), dtype="bool")
        self.test = test

    def positions(self, doc: Doc, start: int = 0, end: int | None = None) -> list[int]:
        """The indexes of the tokens that pass, from ``start`` to ``end``."""
        hits = numpy.flatnonzero(self.tokens(doc)[start:end])
        return (hits + start).tolist()  # type: ignore[no-any-return]
