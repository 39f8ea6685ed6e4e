"""Case-insensitive lookup lemmas from spacy-lookups-data.

spaCy's own lookup lemmatizer is case-sensitive ("Incubators" stays as it is),
and headlines and names capitalize cue words, so this component lemmatizes the
lowercase form with the same table and stores a lowercase lemma.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import lemma
from .wordtypes import WordTypeValue


class LookupLemmatizer:
    def __init__(self, nlp: Language, name: str = "extract_lemmas") -> None:
        self.name = name
        strings = nlp.vocab.strings
        # a word's lemma id, once per word type
        self._lemma_ids = WordTypeValue(lambda word: strings.add(lemma(word.lower_)), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            # one array write for the doc
            doc.from_array([LEMMA], self._lemma_ids.tokens(doc).reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("extract_lemmas")
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp, name)
