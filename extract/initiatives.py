"""Initiative mentions typed by the 22-label taxonomy, and their links.

Cue patterns (``patterns/initiatives.jsonl``) match lemmas in context, so
"incubators" and "Incubator" both match and a lone "park" does not.  Where
mentions overlap, the longer one wins, then the higher ``priority``: one label
per mention, the most specific.  A ``negative`` pattern claims its words and
tags nothing ("new energy vehicle" is no green-energy mention).  A coordinated list ("parks, camping bases,
libraries and restaurants") is one pattern match, so one mention.
"""

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .component import RuleComponent
from .lexicon import lemmatize_pattern
from .matching import RuleMatcher
from .patterns import InitiativePatternEntry, load_rule_files

SPANS_KEY = "initiatives"
INITIATIVE_FILES = ("initiatives.jsonl",)
# Words before an organization mention that make it an actor of the sentence.
_AGENT_CUES = frozenset({"by", "with", "between", "from", "including", "as", "like", "among", "and"})
# What may stand between a cue word and a later member of its list.
_LIST_GLUE = frozenset({",", "the", "'s", "’s", "-", "&", "(", ")", "well"})


class InitiativeTagger(RuleComponent):
    """spaCy component that tags initiative mentions (rules load in ``initialize``)."""

    def __init__(self, nlp: Language, name: str = "extract_initiatives", *, spans_key: str = SPANS_KEY) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.matcher = RuleMatcher(nlp.vocab)
        self._entries: dict[str, InitiativePatternEntry] = {}

    rule_files = INITIATIVE_FILES

    def load_rules(self, directory: Path) -> None:
        self.add_patterns(load_rule_files(directory, INITIATIVE_FILES, InitiativePatternEntry))
        self.rules_dir = directory

    def add_patterns(self, entries: Iterable[InitiativePatternEntry]) -> None:
        for entry in entries:
            self._entries[entry.id] = entry
            pattern = entry.pattern
            if isinstance(pattern, str):
                pattern = [{"LEMMA": word} for word in pattern.split()]
            self.matcher.add(entry.id, lemmatize_pattern(pattern), greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        if not self._entries:
            self.initialize()
        found = []
        for match_id, start, end in self.matcher(doc):
            entry = self._entries[self.nlp.vocab.strings[match_id]]
            found.append((end - start, entry.priority, -start, entry.id, start, end, entry))
        taken = [False] * len(doc)
        spans = []
        # longest, then highest priority, then first, then (only for determinism) the rule id
        for _, _, _, _, start, end, entry in sorted(found, key=lambda f: f[:4], reverse=True):
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            if entry.negative:
                continue
            span = Span(doc, start, end, label=entry.label.value)
            span.id_ = entry.id
            spans.append(span)
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: s.start)
        return doc


def linked_organizations(initiative: Span, in_sentence: list[Span], sentence_start: int) -> list[Span]:
    """Organizations that act in the initiative's sentence (``in_sentence``, in order).

    Linked: one that overlaps the mention (a named park); one introduced by a
    cue word ("by", "with", "between", "such as", "including" ...), also as a
    later member of a list ("with X, the Y and the Z"); and the first
    organization of the sentence when it comes before the mention (its subject).
    """
    linked = []
    for position, org in enumerate(in_sentence):
        overlaps = org.start < initiative.end and initiative.start < org.end
        subject = position == 0 and org.end <= initiative.start
        if overlaps or subject or _introduced_by_cue(org, sentence_start):
            linked.append(org)
    return linked


def _introduced_by_cue(org: Span, sentence_start: int) -> bool:
    """Walk back over a list ("X, the Y and") to the word that introduces it."""
    doc = org.doc
    i = org.start - 1
    while i >= sentence_start:
        token = doc[i]
        if token.lower_ in _AGENT_CUES:
            return True
        if token.text in _LIST_GLUE or token.lower_ in _LIST_GLUE or token.is_title or token.is_upper:
            i -= 1
            continue
        return False
    return False


def linked_counts(initiative: Span, in_sentence: list[tuple[int, Span]]) -> list[int]:
    """Counts of the same sentence whose mention overlaps the initiative or runs straight into it."""
    return [index for index, count in in_sentence if count.start <= initiative.end and initiative.start <= count.end]


@Language.factory("extract_initiatives", default_config={"spans_key": SPANS_KEY})
def make_initiative_tagger(nlp: Language, name: str, spans_key: str) -> InitiativeTagger:
    return InitiativeTagger(nlp, name, spans_key=spans_key)
