"""Case-insensitive lookup lemmas from spacy-lookups-data.

spaCy's own lookup lemmatizer is case-sensitive ("Incubators" stays as it is),
and headlines and names capitalize cue words, so this component lemmatizes the
lowercase form with the same table and stores a lowercase lemma.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import lemma
from .wordtypes import word_types


class LookupLemmatizer:
    def __init__(self, nlp: Language, name: str = "extract_lemmas") -> None:
        self.name = name
        self._lemma_of: dict[int, int] = {}  # word (ORTH id) -> its lemma's id, once per word type

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        types = word_types(doc)
        lemma_of = self._lemma_of
        strings = doc.vocab.strings
        for word in types.kinds:
            if word not in lemma_of:
                lemma_of[word] = strings.add(lemma(strings[word].lower()))
        lemmas = numpy.array([lemma_of[word] for word in types.kinds], dtype="uint64")
        doc.from_array([LEMMA], lemmas[types.inverse].reshape(-1, 1))  # type: ignore[arg-type]  # one write
        return doc


@Language.factory("extract_lemmas")
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp, name)
