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


class WordTypeFlag:
    """A boolean test of a word, cached by the word's id (its ORTH hash)."""

    def __init__(self, test: Callable[[Lexeme], bool]) -> None:
        self.test = test
        self._known: dict[int, bool] = {}

    def tokens(self, doc: Doc) -> numpy.ndarray:
        """A boolean array over the doc's tokens."""
        types = word_types(doc)
        known = self._known
        try:
            hits = [known[word] for word in types.kinds]
        except KeyError:  # a word not seen before: test the new ones, then look all up again
            for word in types.kinds:
                if word not in known:
                    known[word] = bool(self.test(doc.vocab[word]))
            hits = [known[word] for word in types.kinds]
        return numpy.array(hits, dtype=bool)[types.inverse]

    def positions(self, doc: Doc, start: int = 0, end: int | None = None) -> list[int]:
        """The indexes of the tokens that pass, from ``start`` to ``end``."""
        hits = numpy.flatnonzero(self.tokens(doc)[start:end])
        return (hits + start).tolist()  # type: ignore[no-any-return]
