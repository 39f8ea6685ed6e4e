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


class _WordIndex:
    """A small number for every word seen (its ORTH id -> 0, 1, 2, ...), so that a value per word
    can live in a numpy array and be read for a whole doc at once."""

    LIMIT = 200_000  # words numbered at most: past this, numbering starts again (``generation`` changes)

    def __init__(self) -> None:
        self.number: dict[int, int] = {}
        self.generation = 0

    def numbers(self, kinds: list[int]) -> numpy.ndarray:
        number = self.number
        if len(number) + len(kinds) > self.LIMIT:
            number.clear()
            self.generation += 1
        try:
            found = [number[kind] for kind in kinds]
        except KeyError:
            for kind in kinds:
                if kind not in number:
                    number[kind] = len(number)
            found = [number[kind] for kind in kinds]
        return numpy.array(found, dtype="int64")


_WORD_INDEX = _WordIndex()


class WordTypes:
    """The distinct words of a doc (ORTH ids, and their numbers in the word index), and which of
    them each token is."""

    def __init__(self, doc: Doc) -> None:
        self.length = len(doc)
        kinds, self.inverse = numpy.unique(doc.to_array("ORTH"), return_inverse=True)
        self.kinds: list[int] = kinds.tolist()
        self.numbers = _WORD_INDEX.numbers(self.kinds)
        self.generation = _WORD_INDEX.generation


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
        self._known: dict[int, Any] = {}  # by ORTH id, for one token at a time (``at``)
        # by word number, for whole docs (``tokens``); renewed when the word index starts again
        self._values: numpy.ndarray | None = None
        self._computed = numpy.zeros(0, dtype=bool)
        self._generation = -1

    def tokens(self, doc: Doc) -> numpy.ndarray:
        """An array over the doc's tokens."""
        types = word_types(doc)
        if self._generation != types.generation or self._values is None:
            self._generation = types.generation
            self._values = numpy.empty(1024, dtype=self.dtype)
            self._computed = numpy.zeros(1024, dtype=bool)
        numbers = types.numbers
        if len(numbers) and int(numbers.max()) >= len(self._computed):
            size = max(2 * len(self._computed), int(numbers.max()) + 1)
            values, computed = numpy.empty(size, dtype=self.dtype), numpy.zeros(size, dtype=bool)
            values[: len(self._values)], computed[: len(self._computed)] = self._values, self._computed
            self._values, self._computed = values, computed
        missing = numpy.flatnonzero(~self._computed[numbers])
        if len(missing):  # words not seen before: computed once, then read by numpy
            for at in missing.tolist():
                self._values[numbers[at]] = self.compute(doc.vocab[types.kinds[at]])
            self._computed[numbers[missing]] = True
        spread: numpy.ndarray = self._values[numbers][types.inverse]
        return spread

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
