"""Word-type values (extract/wordtypes.py): computed once per word, equal to the test on each token."""

import pytest
import spacy

from extract import wordtypes
from extract.wordtypes import WordTypeFlag, WordTypeValue

TEXTS = [
    "Baodi banks on tech town for development engine.",
    "More than 1,200 enterprises, including 36 from Fortune 500, moved in.",
    "the THE The tHe 2024 ... \n\n  ",
    "A",
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("en")


def test_flag_equals_the_test_on_every_token(nlp: spacy.language.Language) -> None:
    flag = WordTypeFlag(lambda word: word.is_title)
    for text in TEXTS:
        doc = nlp(text)
        assert flag.tokens(doc).tolist() == [token.is_title for token in doc]
        assert flag.positions(doc) == [token.i for token in doc if token.is_title]


def test_values_survive_the_word_index_starting_again(nlp: spacy.language.Language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(wordtypes._WordIndex, "LIMIT", 12)  # every doc or two numbers its words afresh
    lower = WordTypeValue(lambda word: word.lower_)
    for _ in range(3):
        for text in TEXTS:
            doc = nlp(text)
            assert lower.tokens(doc).tolist() == [token.lower_ for token in doc]
            words = doc.to_array("ORTH").tolist()
            assert [lower.at(doc, words, i) for i in range(len(doc))] == [token.lower_ for token in doc]


def test_a_new_doc_with_new_words_grows_the_arrays(nlp: spacy.language.Language) -> None:
    length = WordTypeValue(lambda word: len(word.text), dtype="int64")
    doc = nlp(" ".join(f"w{k}" for k in range(3000)))  # more words than the first array holds
    assert length.tokens(doc).tolist() == [len(token.text) for token in doc]
