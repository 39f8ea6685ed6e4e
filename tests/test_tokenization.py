"""Infixes added to the English tokenizer (extract/tokenization.py)."""

import pytest
import spacy

from extract.tokenization import add_infixes


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return add_infixes(spacy.blank("en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about $10-$20", ["about", "$", "10", "-", "$20"]),
        ("500 USD,100 times", ["500", "USD", ",", "100", "times"]),
        # unchanged: English splits these already, or they are one token on purpose
        ("a 10-20 range", ["a", "10", "-", "20", "range"]),
        ("Q1,2024", ["Q1,2024"]),
        ("1,200 firms", ["1,200", "firms"]),
        ("COVID-19", ["COVID-19"]),
    ],
)
def test_infixes(nlp: spacy.language.Language, text: str, expected: list[str]) -> None:
    assert [token.text for token in nlp(text)] == expected


def test_add_infixes_is_idempotent(nlp: spacy.language.Language) -> None:
    add_infixes(nlp)
    assert [token.text for token in nlp("$1-$2")] == ["$", "1", "-", "$2"]
