"""RuleMatcher gives what spaCy's Matcher gives, by its other routes (phrases, cores, regex cores).

Every rule file is compared on sample articles: for each rule, the matches of
a RuleMatcher holding only that rule against those of a spaCy Matcher run on
each sentence, both reduced to the longest non-overlapping ones (what every
caller keeps: greedy="LONGEST" or longest-first resolution).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extract import Extractor
from extract.lexicon import lemmatize_pattern, word_frequency
from extract.matching import RuleMatcher, _find_core, _longest, expand_phrases

from .conftest import ROOT, SAMPLES

RULE_FILES = ("organizations.jsonl", "org_context.jsonl", "counts.jsonl", "initiatives.jsonl")
ARTICLES = (
    "baodi",
    "hengqin_macao_zone",
    "taizhou_private_firms",
    "yantai_offshore_wind",
    "horgos_border_trade",
    "chengdu_bio_town",
    "luoyang_smart_equipment",
    "xiamen_ftz_aviation",
    "qinghai_salt_lake_lithium",
    "zhuzhou_rail_chips",
    "lianyungang_port_pharma",
    "wenzhou_small_firms",
)


def _rules() -> list[tuple[str, list[dict[str, Any]]]]:
    rules = []
    for name in RULE_FILES:
        for line in (ROOT / "patterns" / name).read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                pattern = [{"LEMMA": word} for word in pattern.split()]
            rules.append((entry["id"], lemmatize_pattern(pattern)))
    return rules


@pytest.fixture(scope="module")
def docs(extractor: Extractor) -> list[Doc]:
    prepared = []
    for name in ARTICLES:
        doc = extractor.nlp.make_doc((SAMPLES / f"{name}.txt").read_text(encoding="utf-8"))
        for component in ("extract_sentences", "extract_lemmas"):
            doc = extractor.nlp.get_pipe(component)(doc)
        prepared.append(doc)
    return prepared


@pytest.mark.parametrize(("key", "pattern"), _rules(), ids=[key for key, _ in _rules()])
def test_rule_matcher_agrees_with_spacy_matcher(docs: list[Doc], key: str, pattern: list[dict[str, Any]]) -> None:
    ours = RuleMatcher(docs[0].vocab)
    ours.add(key, pattern, greedy="LONGEST")
    theirs = Matcher(docs[0].vocab, validate=True)
    theirs.add(key, [pattern])
    for doc in docs:
        expected = {(s.start + start, s.start + end) for s in doc.sents for _, start, end in theirs(s)}
        got = {(start, end) for _, start, end in ours(doc)}
        assert _longest(sorted(got)) == _longest(sorted(expected)), doc.text[:60]


def test_rules_take_the_fast_routes(extractor: Extractor) -> None:
    """No shipped rule is left to spaCy's Matcher (the slow route); a new one may be, and still works."""
    for component in ("extract_counts", "extract_initiatives"):
        assert len(extractor.nlp.get_pipe(component).matcher.matcher) == 0
    organizations = extractor.nlp.get_pipe("extract_organizations")
    assert len(organizations.structure.matcher) == len(organizations.context.matcher) == 0


def test_a_pattern_with_no_phrase_goes_to_the_matcher(extractor: Extractor) -> None:
    matcher = RuleMatcher(extractor.nlp.vocab)
    matcher.add("shape", [{"SHAPE": "dd"}, {"IS_DIGIT": True}])
    doc = extractor.nlp.make_doc("It is 12 3 today")
    assert len(matcher.matcher) == 1
    assert [(start, end) for _, start, end in matcher(doc)] == [(2, 4)]


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        ([{"LOWER": "more"}, {"LOWER": "than"}], [["more", "than"]]),
        ([{"LOWER": {"IN": ["a", "b"]}}, {"LOWER": "c", "OP": "?"}], [["a", "c"], ["a"], ["b", "c"], ["b"]]),
        ([{"LOWER": "x", "OP": "+"}], None),
        ([{"LOWER": "x"}, {"IS_TITLE": True}], None),
    ],
)
def test_expand_phrases(pattern: list[dict[str, Any]], phrases: list[list[str]] | None) -> None:
    expanded = expand_phrases(pattern)
    assert (None if expanded is None else [words for words, _ in expanded[1]]) == phrases


def test_a_rule_id_takes_one_pattern(extractor: Extractor) -> None:
    matcher = RuleMatcher(extractor.nlp.vocab)
    matcher.add("rule", [{"LOWER": "a"}])
    with pytest.raises(ValueError, match="one pattern per rule id"):
        matcher.add("rule", [{"LOWER": "b"}])


def test_the_matcher_fallback_runs_on_the_sentences_with_a_required_word(extractor: Extractor) -> None:
    matcher = RuleMatcher(extractor.nlp.vocab)
    matcher.add("numbered", [{"LOWER": "group"}, {"IS_DIGIT": True, "OP": "+"}])  # IS_DIGIT: no Python test here
    assert len(matcher.matcher) == 1 and matcher.prefilter
    doc = extractor.nlp.get_pipe("extract_sentences")(extractor.nlp.make_doc("It is group 1 2. Then group 3. No."))
    assert sorted({(start, end) for _, start, end in matcher(doc)}) == [(2, 4), (2, 5), (7, 9)]


def test_word_frequency_ranks_common_words_above_rare_ones() -> None:
    ordered = ["the", "city", "sponge", "xiaomi"]
    assert [word_frequency(word) for word in ordered] == sorted((word_frequency(w) for w in ordered), reverse=True)
    assert word_frequency(",") == word_frequency("'s") == 1.0  # punctuation and clitics are everywhere


@pytest.mark.parametrize(
    ("pattern", "core_words"),
    [
        # the rarer word is looked up, the frequent one tested around it
        ([{"LOWER": "sponge"}, {"LEMMA": {"IN": ["city", "town"]}}], [["sponge"]]),
        ([{"LEMMA": {"IN": ["company", "firm"]}}, {"LOWER": "incubated"}], [["incubated"]]),
        # "'s" is no rare word: the name's head is looked up
        (
            [{"LOWER": "people"}, {"ORTH": "'s"}, {"LOWER": {"IN": ["court", "congress"]}}],
            [["court"], ["congress"]],
        ),
        # two words together are rarer than either alone
        (
            [{"OP": "+", "_": {"org_name_part": True}}, {"LOWER": "industrial"}, {"LOWER": "park"}],
            [["industrial", "park"]],
        ),
    ],
)
def test_the_rarest_phrase_is_the_core(pattern: list[dict[str, Any]], core_words: list[list[str]]) -> None:
    core = _find_core(pattern)
    assert core is not None
    assert [words for words, _ in core[2][1]] == core_words
