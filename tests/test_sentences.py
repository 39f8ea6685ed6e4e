"""Sentence marks: the vectorized segmenter against the rule written as a plain loop."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from extract.sentences import SentenceSegmenter, sentence_index

_END = {".", "!", "?", "…"}
_CLOSERS = {'"', "'", "”", "’", ")", "]"}
_ABBREVIATIONS = {"no", "nos", "vs", "st", "dr", "mr", "mrs", "ms", "prof"}
_LEGAL_WITH_STOP = {"co.", "corp.", "inc.", "ltd.", "plc."}
_LEGAL_GOES_ON = {"ltd", "ltd.", "limited", "llc", "plc", "bhd"}
NLP = spacy.blank("en")


def reference_starts(doc: Doc) -> list[bool]:
    """The rule as the README states it, token by token."""
    starts = [False] * len(doc)
    after_break, after_end = True, False
    for i, token in enumerate(doc):
        text = token.text
        if after_end and text in _CLOSERS:
            continue
        if after_break or (after_end and not text[:1].islower()) or i == 0:
            starts[i] = True
        if i and doc[i - 1].lower_ in _LEGAL_WITH_STOP and text[:1].isupper() and text.lower() not in _LEGAL_GOES_ON:
            starts[i] = True  # "... Composites Co. Huanghai Shipbuilding delivered": a new sentence
        after_break = "\n" in text
        after_end = text in _END and (i == 0 or doc[i - 1].lower_ not in _ABBREVIATIONS)
    return starts


WORDS = st.sampled_from(
    [
        "No.",
        "1",
        ".",
        '"',
        "'",
        ")",
        "\n",
        "\n\n",
        "Hello",
        "world",
        "?",
        "!",
        "…",
        "the",
        "Mr",
        "”",
        "Co.",
        "Ltd",
        "Ltd.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30), st.sampled_from(["", " "]))
def test_segmenter_follows_the_rule(words: list[str], joiner: str) -> None:
    doc = SentenceSegmenter(NLP)(NLP.make_doc(joiner.join(words)))
    assert [bool(t.is_sent_start) for t in doc] == reference_starts(doc)


def test_sentence_index_counts_from_zero() -> None:
    doc = SentenceSegmenter(NLP)(NLP.make_doc("One here. Two there.\nThree"))
    assert sentence_index(doc) == [0, 0, 0, 1, 1, 1, 2, 3]  # the line break token is a sentence of its own
    assert sentence_index(NLP.make_doc("")) == []


def test_a_legal_form_with_its_full_stop_can_end_a_sentence() -> None:
    doc = SentenceSegmenter(NLP)(NLP.make_doc("It buys from Guangwei Co. Huanghai Co. Ltd delivered."))
    assert [t.text for t in doc if t.is_sent_start] == ["It", "Huanghai"]
