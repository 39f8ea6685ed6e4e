"""Tokenizer rules added to ``spacy.blank("en")``: splits that news text needs and English lacks.

spaCy's English infixes split a comma between two letters and a hyphen between a
letter and a digit, but not these, which glue a count to its neighbour:

- "$10-$20": a range of amounts written without spaces is one token ("10-$20");
- "500 USD,100 times": a comma typed without its space after a word, before digits.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

EXTRA_INFIXES = (
    r"(?<=[0-9])[-–](?=[$€£¥₹])",  # "10-$20": a range between two amounts
    r"(?<=[A-Za-z]{2}),(?=[0-9])",  # "USD,100": a missing space after a comma
)


def add_infixes(nlp: Language) -> Language:
    """Extend the tokenizer's infixes with :data:`EXTRA_INFIXES` (idempotent)."""
    infixes = list(nlp.Defaults.infixes or ())
    infixes += [pattern for pattern in EXTRA_INFIXES if pattern not in infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    return nlp
