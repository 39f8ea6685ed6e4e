"""Sentence boundaries without a parser: end punctuation, and every line break.

News pages put the header, title, byline and footer on lines of their own with
no final full stop, so a line break always starts a new sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import LEGAL_FORMS
from .wordtypes import WordTypeFlag

_END = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})
# A full stop after these is an abbreviation, not a sentence end ("No. 1").
_ABBREVIATIONS = frozenset({"no", "nos", "vs", "st", "dr", "mr", "mrs", "ms", "prof"})
# The tokenizer keeps the full stop of "Co." and "Ltd." in the word: a capitalized word after one
# starts a sentence ("... suppliers such as Guangwei Composites Co. Huanghai Shipbuilding delivered"),
# unless it goes on with the legal form ("Co. Ltd").
_LEGAL_WITH_STOP = frozenset(form for form in LEGAL_FORMS if form.endswith("."))
_LEGAL_GOES_ON = frozenset({"ltd", "ltd.", "limited", "llc", "plc", "bhd"})


class SentenceSegmenter:
    """Marks ``is_sent_start`` on every token, so ``doc.sents`` works on a blank pipeline."""

    def __init__(self, nlp: Language, name: str = "extract_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # The tests depend on the word alone: once per word type, then spread over the tokens.
        line_break = _LINE_BREAK.tokens(doc)
        end = _END_MARK.tokens(doc)
        closer = _CLOSER.tokens(doc)
        lowercase = _LOWERCASE_START.tokens(doc)
        abbreviation = _ABBREVIATION.tokens(doc)
        starts = numpy.zeros(len(doc), dtype=bool)
        starts[0] = True
        starts[1:] = line_break[:-1]  # a line break starts a sentence whatever follows
        starts[1:] |= _LEGAL_STOP.tokens(doc)[:-1] & _CAPITALIZED_NOT_LEGAL.tokens(doc)[1:]
        ends = numpy.flatnonzero(end).tolist()
        for i in ends:
            if i and abbreviation[i - 1]:
                continue  # "No. 1"
            following = i + 1
            while following < len(doc) and closer[following]:
                following += 1  # '... end."' : the quote closes the sentence
            if following < len(doc) and not lowercase[following]:
                starts[following] = True  # end punctuation starts one unless a lowercase word follows
        marks = numpy.where(starts, 1, -1).astype("uint64").reshape(-1, 1)
        # one array write: setting token.is_sent_start one by one is quadratic in spaCy
        doc.from_array([SENT_START], marks)  # type: ignore[arg-type]
        return doc


_LINE_BREAK = WordTypeFlag(lambda word: "\n" in word.text)
_END_MARK = WordTypeFlag(lambda word: word.text in _END)
_CLOSER = WordTypeFlag(lambda word: word.text in _CLOSERS)
_LOWERCASE_START = WordTypeFlag(lambda word: word.text[:1].islower())
_ABBREVIATION = WordTypeFlag(lambda word: word.lower_ in _ABBREVIATIONS)
_LEGAL_STOP = WordTypeFlag(lambda word: word.lower_ in _LEGAL_WITH_STOP)
_CAPITALIZED_NOT_LEGAL = WordTypeFlag(lambda word: word.text[:1].isupper() and word.lower_ not in _LEGAL_GOES_ON)


@Language.factory("extract_sentences")
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter(nlp, name)


def sentence_index(doc: Doc) -> list[int]:
    """The 0-based sentence index of every token."""
    if not len(doc):
        return []
    starts = doc.to_array(SENT_START) == 1
    starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()  # type: ignore[no-any-return]
