"""Sentence boundaries without a parser: end punctuation, and every line break.

News pages put the header, title, byline and footer on lines of their own with
no final full stop, so a line break always starts a new sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_END = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})
# A full stop after these is an abbreviation, not a sentence end ("No. 1").
_ABBREVIATIONS = frozenset({"no", "nos", "vs", "st", "dr", "mr", "mrs", "ms", "prof"})


class SentenceSegmenter:
    """Marks ``is_sent_start`` on every token, so ``doc.sents`` works on a blank pipeline."""

    def __init__(self, nlp: Language, name: str = "extract_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = numpy.full((len(doc), 1), -1, dtype="int64")
        after_break = True  # a line break starts a sentence whatever follows
        after_end = False  # end punctuation starts one unless a lowercase word follows
        for i, token in enumerate(doc):
            text = token.text
            if after_end and text in _CLOSERS:
                continue
            if after_break or (after_end and not text[:1].islower()) or i == 0:
                starts[i, 0] = 1
            after_break = "\n" in text or "\n" in token.whitespace_
            after_end = text in _END and (i == 0 or doc[i - 1].lower_ not in _ABBREVIATIONS)
        if len(doc):
            # one array write: setting token.is_sent_start one by one is quadratic in spaCy
            doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]
        return doc


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
