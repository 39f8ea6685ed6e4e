"""Case-insensitive lookup lemmas from spacy-lookups-data.

spaCy's own lookup lemmatizer is case-sensitive ("Incubators" stays as it is),
and headlines and names capitalize cue words, so this component lemmatizes the
lowercase form with the same table and stores a lowercase lemma.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import lemma


class LookupLemmatizer:
    def __init__(self, nlp: Language, name: str = "extract_lemmas") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = lemma(token.lower_)
        return doc


@Language.factory("extract_lemmas")
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp, name)
