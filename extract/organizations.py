"""Organization recognition: gazetteers, structural and context patterns, merging.

Layers, as in GATE and CoreNLP's RegexNER:

1. gazetteers (PhraseMatcher): known organizations (``org_gazetteer.jsonl``)
   and places (``places.jsonl``, used to reject bare places);
2. structural patterns (Matcher, ``organizations.jsonl``): a capitalized name
   ending in a designator ("... Management Committee"), "University of X",
   "X municipal government";
3. context patterns (``org_context.jsonl``): names with no designator, found
   by their context ("enterprises such as X, Y and Z", "X, the carmaker,").

Candidates are trimmed, checked (not a place, not only common words), resolved
longest-first, grouped (repeats, parenthesized acronyms, short forms) and
written to ``doc.spans["organizations"]``: ``label_`` is the kind, ``id_`` the
rule id and ``kb_id_`` the group key shared by every mention of one
organization.
"""

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .component import RuleComponent
from .lexicon import LEGAL_FORMS, is_common_word, lemmatize_pattern
from .matching import RuleMatcher, register_doc_flag
from .patterns import (
    OrganizationContextEntry,
    OrganizationGazetteerEntry,
    OrganizationPatternEntry,
    PlaceEntry,
    load_rule_files,
)
from .sentences import sentence_index
from .wordtypes import WordTypeFlag

SPANS_KEY = "organizations"
GAZETTEER_FILES = ("org_gazetteer.jsonl",)
PLACE_FILES = ("places.jsonl",)
STRUCTURE_FILES = ("organizations.jsonl",)
CONTEXT_FILES = ("org_context.jsonl",)

# Rank of a layer when candidates tie on length: the gazetteer knows best.
_LAYER_RANK = {"gazetteer": 3, "structure": 2, "context": 1, "alias": 0}
# "China Railway 14th Bureau Group", "Weinan 3D Printing Industrial Park"
_NAME_TOKEN = re.compile(r"^(?:[A-Z]|[a-z]+[A-Z]|\d+(?:st|nd|rd|th)$|\d+[A-Z][A-Za-z]?$)")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z]$|^[A-Z]{2,}\d*$")
# Title-case function words that a capitalized run picks up at a sentence start.
_LEADING_NOISE = frozenset(
    "the a an in on at by for from with as and or its their our this that these those "
    "both all some according under over after before during while when where since "
    "meanwhile besides also".split()
)
_LEGAL_SUFFIXES = LEGAL_FORMS | {"corporation", "company", "group", "holdings", "holding"}
_PLACE_TYPES = frozenset(
    "district province city county municipality region area village town township prefecture new autonomous "
    "league banner".split()  # Inner Mongolia's prefectures and counties: "Alxa League", "Naiman Banner"
)
_SEPARATORS = frozenset({",", ";", "and", "&", "as", "well", "or"})


@dataclass(order=True)
class Candidate:
    start: int
    end: int
    kind: str = field(compare=False)
    rule: str = field(compare=False)
    layer: str = field(compare=False)
    key: str | None = field(default=None, compare=False)
    piece: bool = field(default=False, compare=False)  # cut from a coordinated match
    order: int = field(default=0, compare=False)  # the rule's place in its file

    def moved(self, start: int, end: int, kind: str) -> "Candidate":
        """The same rule's finding over other words (``dataclasses.replace`` is slow on a hot path)."""
        return Candidate(start, end, kind, self.rule, self.layer, self.key, self.piece, self.order)

    @property
    def rank(self) -> tuple[int, int, int, bool, int]:
        # on the same words, a rule that matched the name whole beats one whose match was cut
        # to it, and then the rule written first
        return (self.end - self.start, _LAYER_RANK[self.layer], -self.start, not self.piece, -self.order)


def is_org_name_part(token: Token) -> bool:
    """A word that can stand inside an organization name (patterns use ``_.org_name_part``).

    Capitalized or camel-case words ("Zhongguancun", "iFlytek"), the joiners
    "-", "&" and parentheses, and a lowercase word hyphenated to a name word
    ("Hi-tech", "High-level").
    """
    text = token.text
    if _NAME_TOKEN.match(text) or text in _NAME_JOINERS:
        return True
    if text in _POSSESSIVES:
        return _is_collective_possessive(token)  # "People's Hospital"
    if text.isalpha() and token.i >= 2:
        doc = token.doc
        hyphen, head = doc[token.i - 1], doc[token.i - 2]
        return (
            hyphen.text == "-"
            and not hyphen.whitespace_
            and not head.whitespace_
            and bool(_NAME_TOKEN.match(head.text))
        )
    return False


_NAME_JOINERS = frozenset({"-", "&", "(", ")"})
# "Danling county", "Shenqiu and Taikang counties"
_PLACE_WORDS = _PLACE_TYPES | frozenset(
    "districts provinces cities counties towns villages townships prefectures".split()
)
_COMPANY_FORMS = LEGAL_FORMS
_NOT_ORGANIZATION_HEADS = frozenset({"dynasty", "dynasties", "era", "period"})
# Adjectives of nationalities and of China's ethnic groups ("Kazakh and Tuvan families")
_NATIONALITIES = frozenset(
    "Tuvan Uygur Uyghur Tibetan Kazak Tujia Zhuang Miao Naxi Hezhe Daur Oroqen Ewenki Manchu "
    "Chinese Taiwanese Overseas Indonesian Filipino Malaysian Thai Vietnamese Singaporean Korean Japanese Indian "
    "Pakistani Kazakh Russian Mongolian German French British Italian Spanish Dutch Swiss Swedish Norwegian Danish "
    "Finnish Austrian Belgian Polish Czech Hungarian American Canadian Mexican Brazilian Argentine Chilean Peruvian "
    "Australian African Egyptian Saudi Emirati Turkish Iranian Israeli Lao Laotian Cambodian Burmese Bangladeshi "
    "Nepali Uzbek Kyrgyz Tajik Belarusian Ukrainian Greek Portuguese Irish European Asian Arab Gulf Nordic".split()
)
# "People's Hospital", "Children's Hospital", "Women's Federation": a possessive inside Chinese institution names
_POSSESSIVES = frozenset({"'s", "’s"})
_COLLECTIVE_OWNERS = frozenset({"People", "Children", "Women", "Workers", "Farmers"})
_GEOGRAPHIC_WORDS = frozenset(
    "island islands mountain mountains lake river bay road street avenue bridge county district village "
    "peninsula reservoir square".split()
)
if not Token.has_extension("org_name_part"):
    Token.set_extension("org_name_part", getter=is_org_name_part)


def org_name_parts(doc: Doc) -> list[bool]:
    """``is_org_name_part`` for every token at once (word tests by word type, then the hyphen rule)."""
    name = _NAME_WORD.tokens(doc)
    joiner = _NAME_JOINER_WORD.tokens(doc)
    alpha = _ALPHA_WORD.tokens(doc)
    spaced = doc.to_array("SPACY").astype(bool)
    parts = name | joiner
    if len(doc) > 1:
        possessive = _POSSESSIVE_WORD.tokens(doc)
        owner = _COLLECTIVE_OWNER_WORD.tokens(doc)
        parts[1:] |= possessive[1:] & owner[:-1] & ~spaced[:-1]
    if len(doc) > 2:
        hyphen = _HYPHEN_WORD.tokens(doc)
        # "Hi-tech": a word after a glued hyphen after a name word
        glued = hyphen[1:-1] & ~spaced[1:-1] & ~spaced[:-2] & name[:-2]
        parts[2:] |= alpha[2:] & glued
    return parts.tolist()  # type: ignore[no-any-return]


_NAME_WORD = WordTypeFlag(lambda word: bool(_NAME_TOKEN.match(word.text)))
_NAME_JOINER_WORD = WordTypeFlag(lambda word: word.text in _NAME_JOINERS)
_HYPHEN_WORD = WordTypeFlag(lambda word: word.text == "-")
_POSSESSIVE_WORD = WordTypeFlag(lambda word: word.text in _POSSESSIVES)
_COLLECTIVE_OWNER_WORD = WordTypeFlag(lambda word: word.text in _COLLECTIVE_OWNERS)
register_doc_flag("org_name_part", org_name_parts)


class OrganizationRecognizer(RuleComponent):
    """spaCy component that finds organization mentions (rules load in ``initialize``)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "extract_organizations",
        *,
        spans_key: str = SPANS_KEY,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.gazetteer = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.structure = RuleMatcher(nlp.vocab)
        self.context = RuleMatcher(nlp.vocab)
        self._gazetteer: dict[str, OrganizationGazetteerEntry] = {}
        self._structure: dict[str, OrganizationPatternEntry] = {}
        self._by_final_word: dict[str, dict[str, OrganizationPatternEntry]] = {}
        self._structure_order: dict[str, int] = {}
        self._form_words: dict[str, tuple[int, ...]] = {}
        self._context: dict[str, OrganizationContextEntry] = {}
        self._place_forms: set[str] = set()
        self._parent_forms: set[str] = set()  # one-word names of known companies
        self._initialized = False

    # -- rules -------------------------------------------------------------
    rule_files = GAZETTEER_FILES + PLACE_FILES + STRUCTURE_FILES + CONTEXT_FILES

    def load_rules(self, directory: Path) -> None:
        self.add_gazetteer(load_rule_files(directory, GAZETTEER_FILES, OrganizationGazetteerEntry))
        self.add_places(load_rule_files(directory, PLACE_FILES, PlaceEntry))
        self.add_structure(load_rule_files(directory, STRUCTURE_FILES, OrganizationPatternEntry))
        self.add_context(load_rule_files(directory, CONTEXT_FILES, OrganizationContextEntry))
        self.rules_dir = directory

    def add_gazetteer(self, entries: Iterable[OrganizationGazetteerEntry]) -> None:
        for entry in entries:
            self._gazetteer[entry.id] = entry
            self.gazetteer.add(entry.id, [self.nlp.make_doc(entry.pattern)])
            if " " not in entry.pattern and entry.label.value == "company":
                self._parent_forms.add(entry.pattern)  # "Sinopec" in "Sinopec Shengli Oilfield Co"
        self._initialized = True

    def add_places(self, entries: Iterable[PlaceEntry]) -> None:
        for entry in entries:
            self._place_forms.add(entry.pattern.lower())
            self.places.add(entry.id, [self.nlp.make_doc(entry.pattern)])

    def add_structure(self, entries: Iterable[OrganizationPatternEntry]) -> None:
        """Compile structural rules; rules that differ only in their final designator share one pattern.

        "X ... Group" (company) and "X ... Bureau" (government) have the same
        shape, and one Matcher pattern per shape is several times faster than
        one per designator list; the final word then says which rule matched.
        """
        shapes: dict[str, list[OrganizationPatternEntry]] = {}
        for entry in entries:
            self._structure[entry.id] = entry
            self._structure_order.setdefault(entry.id, len(self._structure_order))
            shapes.setdefault(_shape_key(entry.pattern), []).append(entry)
        for key, group in shapes.items():
            words = [_final_words(e.pattern) for e in group]
            if len(group) == 1 or any(w is None for w in words):
                for entry in group:
                    self.structure.add(entry.id, entry.pattern, greedy="LONGEST")
                continue
            shape_id = f"shape:{key}"
            union: list[str] = []
            for entry, final in zip(group, words, strict=True):
                for word in final or []:
                    if word not in self._by_final_word.setdefault(shape_id, {}):
                        self._by_final_word[shape_id][word] = entry
                        union.append(word)
            last = {**group[0].pattern[-1], "LOWER": {"IN": union}}
            self.structure.add(shape_id, [*group[0].pattern[:-1], last], greedy="LONGEST")
        self._initialized = True

    def add_context(self, entries: Iterable[OrganizationContextEntry]) -> None:
        for entry in entries:
            self._context[entry.id] = entry
            self.context.add(entry.id, lemmatize_pattern(entry.pattern), greedy="LONGEST")

    # -- recognition ---------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not self._initialized:
            self.initialize()
        places = self._place_spans(doc)
        place_tokens = {i for start, end in places for i in range(start, end)}  # once per doc
        sentence_of = sentence_index(doc)
        title_lines = _title_case_sentences(doc, sentence_of)
        candidates = list(self._gazetteer_candidates(doc))
        candidates += _placed_known_names(doc, candidates, place_tokens)
        known = {(c.start, c.end) for c in candidates}
        for candidate in self._structure_candidates(doc, known, place_tokens):
            if sentence_of[candidate.start] not in title_lines:
                candidates.append(candidate)
        for candidate in self._context_candidates(doc):
            if sentence_of[candidate.start] not in title_lines:
                candidates.append(candidate)
        kept = []
        # rules often find the same words: the check reads only the span, layer and kind, so it runs once for them
        trimmed: dict[tuple[int, int, str, str], tuple[int, int] | None] = {}
        # where known research bodies start ("the Chinese Academy of Sciences")
        academy_starts = {c.start for c in candidates if c.layer == "gazetteer" and c.kind == "research_institute"}
        for candidate in candidates:
            key = (candidate.start, candidate.end, candidate.layer, candidate.kind)
            if key not in trimmed:
                trimmed[key] = self._check(doc, _before_academy(doc, candidate, academy_starts), places, place_tokens)
            bounds = trimmed[key]
            if bounds is not None:
                # "... Research Institute of Chemical Industry Co Ltd": a legal form at the end makes a company
                kind = "company" if doc[bounds[1] - 1].lower_ in _COMPANY_FORMS else candidate.kind
                if kind == "research_institute" and _is_institute_of_technology(doc, bounds[0], bounds[1]):
                    kind = "university"  # "Harbin Institute of Technology", "Huaiyin Institute of Technology"
                kept.append(candidate.moved(bounds[0], bounds[1], kind))
        chosen = _resolve(kept)
        _inherit_gazetteer_keys(doc, chosen, kept, self._place_forms, self._parent_forms)
        doc.spans[self.spans_key] = self._group(doc, chosen)
        return doc

    def _place_spans(self, doc: Doc) -> set[tuple[int, int]]:
        return {(start, end) for _, start, end in self.places(doc)}

    def _gazetteer_candidates(self, doc: Doc) -> Iterator[Candidate]:
        for match_id, start, end in self.gazetteer(doc):
            entry = self._gazetteer[self.nlp.vocab.strings[match_id]]
            yield Candidate(start, end, entry.label.value, entry.id, "gazetteer", "gaz:" + entry.org)

    def _structure_candidates(
        self,
        doc: Doc,
        known: set[tuple[int, int]],
        place_tokens: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> Iterator[Candidate]:
        for match_id, start, end in self.structure(doc):
            key = self.nlp.vocab.strings[match_id]
            entry = (
                self._by_final_word[key][doc[end - 1].lower_] if key in self._by_final_word else self._structure[key]
            )
            if entry.label.value == "government":
                start = _comma_list_before(doc, start)
            if _glued_hyphen_after(doc, end):
                # "Bureau of Economy and Information Technology and Chengdu Hi-tech ...": the match ran
                # into the next name and cut it; the name before the last "and" stands
                ands = [k for k in range(start + 1, end - 1) if doc[k].lower_ in {"and", "&"}]
                if ands:
                    end = ands[-1]
            for piece_start, piece_end in _split_coordination(doc, start, end, known, place_tokens):
                piece = (piece_start, piece_end) != (start, end)
                order = self._structure_order[entry.id]
                kind = entry.label.value
                if piece and not _has_designator(doc, piece_start, piece_end):
                    kind = "company"  # "Jinko and Nanchang University": a bare name beside a university is a firm
                yield Candidate(piece_start, piece_end, kind, entry.id, "structure", piece=piece, order=order)

    def _context_candidates(self, doc: Doc) -> Iterator[Candidate]:
        for match_id, start, end in self.context(doc):
            entry = self._context[self.nlp.vocab.strings[match_id]]
            if entry.slot == "name_before":
                run = _name_run_before(doc, start)
                runs = [run] if run else []
            elif entry.slot == "name_after":
                run = _name_run_after(doc, end)
                runs = [run] if run else []
            else:
                runs = list(_name_list_after(doc, end))
            for run_start, run_end in runs:
                yield Candidate(run_start, run_end, entry.label.value, entry.id, "context")

    def _check(
        self, doc: Doc, candidate: Candidate, places: set[tuple[int, int]], place_tokens: set[int]
    ) -> tuple[int, int] | None:
        """The candidate's words trimmed (start, end), or None if it is no organization name."""
        start, end = candidate.start, candidate.end
        if candidate.layer == "gazetteer" and _is_sentence_initial_word(doc, start, end):
            return None  # "Shell companies ...", "Apple" opening a sentence: ambiguous
        if doc[end - 1].lower_ in _NOT_ORGANIZATION_HEADS:
            return None  # "Qing Dynasty", "Song Dynasty": a period, not a body
        if (
            candidate.layer == "gazetteer"
            and end < len(doc)
            and (
                (doc[end].is_title and doc[end].lower_ in _GEOGRAPHIC_WORDS)
                or (doc[end].is_lower and doc[end].lower_ in _PLACE_WORDS)
            )
        ):
            return None  # "Liugong Island", "Taikang county": a known name used in a place's name
        if (
            candidate.kind == "park_or_zone"
            and end < len(doc)
            and doc[end].is_lower
            and doc[end].lower_ in _PLACE_TYPES
        ):
            return None  # "Shenzhen's Qianhai area": the zone's name used for the place
        if candidate.layer != "gazetteer":
            while start < end and (doc[start].lower_ in _LEADING_NOISE or not _NAME_TOKEN.match(doc[start].text)):
                if doc[start].is_digit and start + 1 < end and doc[start + 1].is_title:
                    break  # "361 Degrees"
                start += 1
            # "State-owned China Tourism Group", "Shenzhen-based DJI": a participle compound
            if (
                end - start > 3
                and doc[start + 1].text == "-"
                and doc[start + 2].is_lower
                and doc[start + 2].lower_.endswith(("ed", "run", "based"))
            ):
                start += 3
            while end > start and doc[end - 1].lower_ in {"-", "&", "(", ",", "and", "of", "for"}:
                end -= 1
            if end - start > 3 and doc[end - 1].text == ")":
                # "... Holdings Ltd (GPHL)", "... Group Co (Shandong Steel)": the short name is an alias
                opening = next((k for k in range(end - 3, max(start, end - 5), -1) if doc[k].text == "("), None)
                if opening is not None and opening - start >= 2 and doc[opening - 1].lower_ in _LEGAL_SUFFIXES:
                    end = opening
                elif doc[end - 3].text == "(":
                    end -= 3
            if (
                end + 1 < len(doc)
                and doc[end - 1].lower_ in {"co", "co."}
                and doc[end].text == ","
                and doc[end + 1].lower_ in {"ltd", "ltd.", "limited"}
            ):
                end += 2  # "CITIC Heavy Industries Co., Ltd.": the comma is inside the legal suffix
            if end - start > 2 and not _balanced(doc[start:end].text):
                # "... Group Co (Shandong Steel": the match ran into a short name in parentheses
                opening = next((k for k in range(end - 1, start, -1) if doc[k].text == "("), None)
                if opening is not None and opening - start >= 2 and doc[opening - 1].lower_ in _CLOSING_WORDS:
                    end = opening
            if end - start == 0 or not _balanced(doc[start:end].text):
                return None
            if (
                end + 2 < len(doc)
                and doc[end].text == "("
                and doc[end + 2].text == ")"
                and (end + 1, end + 2) in places
            ):
                end += 3  # a campus or branch: "China University of Geosciences (Beijing)"
            if self._is_place(doc, start, end, places):
                return None
            if candidate.layer == "structure" and _glued_hyphen_after(doc, end):
                return None  # "Institute of Deep" from "Institute of Deep-sea ...": a cut name
            # A list or appositive is evidence enough for "Space Pioneer"; a bare designator phrase is not.
            if candidate.layer == "structure" and _only_common_words(doc, start, end, place_tokens):
                return None
            if candidate.layer == "context" and (
                (end - start == 1 and is_common_word(doc[start].text))  # "Chinese", "Sales"
                or (end < len(doc) and doc[end].is_lower and doc[end].lower_ in _PLACE_WORDS)  # "Danling county"
                or _is_compound_modifier(doc, start, end)
                or _modifies_plural_noun(doc, start, end)  # "backed by Chinese Filipino investors"
                or _is_personal_name(doc, start, end)  # "co-founded by Li Zexiang"
            ):
                return None
            if not _comma_list_is_one_body(doc, start, end):
                return None
        return start, end

    def _is_place(self, doc: Doc, start: int, end: int, places: set[tuple[int, int]]) -> bool:
        """A bare place ("Tianjin"), or a place and a place word ("Baodi District")."""
        if (start, end) in places:
            return True
        words = [t.lower_ for t in doc[start:end]]
        while words and words[-1] in _PLACE_TYPES:
            words.pop()
        if not words or len(words) == end - start:
            return False
        return " ".join(words) in self._place_forms or ((start, start + len(words)) in places)

    # -- grouping ------------------------------------------------------------
    def _group(self, doc: Doc, chosen: list[Candidate]) -> list[Span]:
        """Give every mention of one organization the same ``kb_id_``; add alias mentions."""
        key_of_form: dict[str, str] = {}
        key_of_core: dict[str, tuple[str, str]] = {}  # shorter forms (and kinds) that join mentions, not searched for
        # Longest first, so "Xiaomi" joins "Xiaomi Corp" wherever either stands.
        ordered = sorted(chosen, key=lambda c: (c.start - c.end, c.start))
        for candidate in ordered:
            form = _form(doc, candidate.start, candidate.end)
            short = _short_form(form)
            core_key, core_kind = key_of_core.get(form, (None, None))
            key = (
                candidate.key
                or key_of_form.get(form)
                or key_of_form.get(short or "")
                or (core_key if core_kind == candidate.kind or candidate.piece else None)
            )
            if key is None:
                key = "org:" + form
            key_of_form.setdefault(form, key)
            if short:
                key_of_form.setdefault(short, key)
            # a "Northern Rare Earth" or a "Huanxin" ("Anhui Huanxin Group") on its own is this one
            for core in dict.fromkeys(
                _core_forms(short or form, self._place_forms, self._parent_forms, loose=True)
                + _core_forms(form, self._place_forms, self._parent_forms, loose=True)
            ):
                key_of_core.setdefault(core, (key, candidate.kind))
            candidate.key = key
            acronym = self._short_name_after(doc, candidate)
            if acronym:
                key_of_form.setdefault(acronym, key)  # "(DUT)": a later "DUT" is this organization
        for candidate in ordered:  # a mention that is an acronym given earlier joins its organization
            form = _form(doc, candidate.start, candidate.end)
            if candidate.key == "org:" + form and key_of_form.get(form, candidate.key) != candidate.key:
                candidate.key = key_of_form[form]
        aliases = self._alias_forms(doc, chosen, key_of_form)
        extra = list(self._alias_mentions(doc, chosen, aliases))
        # a short form given for one organization ("(CITIC HIC)") is that organization wherever it
        # stands, not the known name inside it ("CITIC")
        inside = {id(c) for a in extra for c in chosen if a.start <= c.start and c.end <= a.end}
        chosen = [c for c in chosen if id(c) not in inside]
        spans = []
        for candidate in sorted(chosen + extra):
            span = Span(doc, candidate.start, candidate.end, label=candidate.kind)
            span.id_ = candidate.rule
            span.kb_id_ = candidate.key or ""
            spans.append(span)
        return spans

    def _short_name_after(self, doc: Doc, candidate: Candidate) -> str | None:
        """The short name given in parentheses after a name: an acronym ("(DUT)"), the name's own
        words ("(Shaanxi Coal Group)"), or one uncommon capitalized word ("(Chalco)") that is no place."""
        found = _acronym_after(doc, candidate.end, candidate.start)
        if found:
            return found
        end = candidate.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and candidate.kind == "company":
            word = doc[end + 1].text
            if (
                word.isalpha()
                and word[:1].isupper()
                and word.lower() not in self._place_forms
                and not is_common_word(word)
            ):
                return word
        return None

    def _alias_forms(self, doc: Doc, chosen: list[Candidate], key_of_form: dict[str, str]) -> dict[str, str]:
        """Acronyms in parentheses after a name, and short forms without a legal suffix."""
        forms: dict[str, str | None] = {}
        for candidate in chosen:
            assert candidate.key is not None
            acronym = self._short_name_after(doc, candidate)
            if acronym:
                _claim(forms, acronym, candidate.key)
            short = _short_form(_form(doc, candidate.start, candidate.end))
            if (
                short
                and short.lower() not in self._place_forms
                and not all(is_common_word(word) for word in short.split())
            ):
                _claim(forms, short, candidate.key)
        for form, key in key_of_form.items():
            _claim(forms, form, key)
        return {form: key for form, key in forms.items() if key is not None}

    def _words_of(self, form: str) -> tuple[int, ...]:
        """The ORTH ids of a form as the tokenizer splits it (remembered: names recur)."""
        words = self._form_words.get(form)
        if words is None:
            if len(self._form_words) > 100_000:
                self._form_words.clear()
            words = self._form_words[form] = tuple(t.orth for t in self.nlp.make_doc(form))
        return words

    @staticmethod
    def _holds_only_shorter(chosen: list[Candidate], start: int, end: int, key: str) -> bool:
        """Are the mentions over these words all inside them, shorter, and of other organizations?"""
        over = [c for c in chosen if c.start < end and start < c.end]
        return bool(over) and all(
            start <= c.start and c.end <= end and c.end - c.start < end - start and c.key != key for c in over
        )

    def _alias_mentions(self, doc: Doc, chosen: list[Candidate], aliases: dict[str, str]) -> Iterator[Candidate]:
        taken = [False] * len(doc)
        for candidate in chosen:
            for i in range(candidate.start, candidate.end):
                taken[i] = True
        # Each form's words, looked up where its first word stands (a PhraseMatcher per doc costs more).
        by_first: dict[int, list[tuple[tuple[int, ...], str]]] = {}
        for form in aliases:
            words = self._words_of(form)
            if words:
                by_first.setdefault(words[0], []).append((words, form))
        orths = doc.to_array("ORTH")
        found = []
        for start in numpy.flatnonzero(numpy.isin(orths, list(by_first))).tolist():
            for words, form in by_first[int(orths[start])]:
                end = start + len(words)
                if tuple(orths[start:end].tolist()) == words:
                    found.append((form, start, end))
        kinds = {c.key: c.kind for c in sorted(chosen, key=lambda c: -_LAYER_RANK[c.layer])}
        for form, start, end in sorted(found, key=lambda m: (m[1], -m[2])):
            key = aliases[form]
            if any(taken[start:end]) and not self._holds_only_shorter(chosen, start, end, key):
                continue
            for i in range(start, end):
                taken[i] = True
            yield Candidate(start, end, kinds[key], "org.alias", "alias", key)


def _shape_key(pattern: list[dict[str, Any]]) -> str:
    """A pattern without the word list of its final token."""
    last = {k: v for k, v in pattern[-1].items() if k != "LOWER"}
    return json.dumps([*pattern[:-1], last], sort_keys=True)


def _final_words(pattern: list[dict[str, Any]]) -> list[str] | None:
    value = pattern[-1].get("LOWER")
    if isinstance(value, dict) and set(value) == {"IN"} and "OP" not in pattern[-1]:
        return list(value["IN"])
    return None


def _acronym_after(doc: Doc, end: int, start: int | None = None) -> str | None:
    """ "ACR" when "(ACR)" follows a name; also a short name taken from it: "... Medicine Co Ltd (Cheezheng)"."""
    if (
        end + 3 < len(doc)
        and doc[end].text == "("
        and doc[end + 3].text == ")"
        and _ACRONYM.match(doc[end + 1].text)
        and _ACRONYM.match(doc[end + 2].text)
    ):
        return doc[end + 1 : end + 3].text  # "(CITIC HIC)"
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        inner = doc[end + 1].text
        if _ACRONYM.match(inner) or (
            start is not None and inner in {t.text for t in doc[start:end]} and inner[:1].isupper()
        ):
            return inner
    if start is not None and end < len(doc) and doc[end].text == "(":
        # "Shaanxi Coal and Chemical Industry Group (Shaanxi Coal Group)": a short form of the name's own words
        close = next((k for k in range(end + 2, min(end + 6, len(doc))) if doc[k].text == ")"), None)
        if close is not None and close - end - 1 < end - start:
            name_words = [t.text for t in doc[start:end]]
            inner_words = [t.text for t in doc[end + 1 : close]]
            if all(w[:1].isupper() and w.isalpha() for w in inner_words) and _in_order(inner_words, name_words):
                return doc[end + 1 : close].text
    return None


def _in_order(words: list[str], within: list[str]) -> bool:
    """Do ``words`` occur in ``within``, in the same order (not necessarily together)?"""
    rest = iter(within)
    return all(word in rest for word in words)


def _inherit_gazetteer_keys(
    doc: Doc,
    chosen: list[Candidate],
    candidates: list[Candidate],
    place_forms: set[str] = frozenset(),  # type: ignore[assignment]
    parent_forms: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """ "Anta Sports Products Ltd" is the known "Anta Sports Products" with a legal suffix: the same
    organization.  "PetroChina Dalian LNG Co Ltd" is not PetroChina: more than a suffix follows."""
    known: dict[int, list[Candidate]] = {}
    for found in candidates:
        if found.layer == "gazetteer":
            known.setdefault(found.start, []).append(found)
    known_forms = {_form(doc, c.start, c.end): (c.key, c.kind) for c in chosen if c.layer == "gazetteer"}
    for candidate in chosen:
        if candidate.layer == "gazetteer":
            continue
        for inner in known.get(candidate.start, []):
            rest = doc[inner.end : candidate.end] if inner.end <= candidate.end else None
            if rest is not None and all(t.lower_ in _LEGAL_SUFFIXES or t.text == "," for t in rest):
                candidate.key = inner.key
                break
        else:
            # "China Northern Rare Earth (Group) High-Tech Co Ltd" is the known "Northern Rare Earth"
            form = _form(doc, candidate.start, candidate.end)
            for core in _core_forms(_short_form(form) or form, place_forms, parent_forms):
                key, kind = known_forms.get(core, (None, None))
                if key is not None and kind == candidate.kind:  # "Shenzhen Qianhai Financial Holdings" is no zone
                    candidate.key = key
                    break


def _claim(forms: dict[str, str | None], form: str, key: str) -> None:
    """Record that ``form`` names ``key``; a form that names two groups names none."""
    if form in forms and forms[form] != key:
        forms[form] = None
    else:
        forms.setdefault(form, key)


def _form(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _core_forms(
    form: str,
    place_forms: set[str] = frozenset(),  # type: ignore[assignment]
    parent_forms: set[str] = frozenset(),  # type: ignore[assignment]
    *,
    loose: bool = False,
) -> list[str]:
    """Shorter names the press uses for a long one: "China Northern Rare Earth (Group) High-Tech"
    -> "China Northern Rare Earth", "Northern Rare Earth" (the words before a parenthesis, without
    the national "China"); "Sinopec Shengli Oilfield" -> "Shengli Oilfield" (without the known
    parent's name); "Shandong Huaguang Ceramics Group" -> "Huaguang" (the uncommon word after the
    place)."""
    cores = []
    head = form.split("(")[0].strip() if "(" in form else ""
    if len(head.split()) >= 2:
        cores.append(head)
    words = (head or form).split()
    if len(words) >= 3 and (words[0] == "China" or words[0] in parent_forms):
        cores.append(" ".join(words[1:]))
    if (
        len(words) >= 3
        and words[0].lower() in place_forms
        and not is_common_word(words[1])
        and words[1] not in parent_forms  # "Anhui Chinalco Hongyuan ...": a known parent's name, not this one's
    ):
        cores.append(words[1])
    if not loose:  # the forms below join bare mentions only; a known name is never re-keyed by them
        return cores
    if len(words) >= 3 and words[0].lower() in place_forms:
        cores.append(" ".join(words[1:]))  # "Henan Zhongyuan Gold Smelter" -> "Zhongyuan Gold Smelter"
    if (
        len(words) >= 2
        and words[0].lower() not in place_forms
        and words[0] not in parent_forms
        and not is_common_word(words[0])
        and all(is_common_word(word) for word in words[1:])
    ):
        cores.append(words[0])  # "Jinko Solar" -> "Jinko": the one name word of a descriptive name
    if len(words) >= 4 and words[-2] == "and":
        cores.append(" ".join([*words[:-3], words[-1]]))  # "Anyang Iron and Steel" -> "Anyang Steel"
    return cores


def _short_form(form: str) -> str | None:
    words = form.replace(",", " ").split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in _LEGAL_SUFFIXES:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) else None


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first (then the better layer); no two chosen mentions overlap."""
    taken: set[int] = set()
    chosen = []
    for candidate in sorted(candidates, key=lambda c: c.rank, reverse=True):
        tokens = set(range(candidate.start, candidate.end))
        if tokens & taken:
            continue
        taken |= tokens
        chosen.append(candidate)
    return sorted(chosen)


def _comma_list_is_one_body(doc: Doc, start: int, end: int) -> bool:
    """ "Bureau of Culture, Radio, Television and Tourism" is one body: a list of common words.

    A comma inside a name is accepted only there; "Ministry of Commerce, Xiaomi
    and ZTE" are three organizations.
    """
    tokens = doc[start:end]
    if not any(t.text == "," and not _legal_comma(t) for t in tokens):
        return True  # "Co., Ltd.": that comma belongs to the legal suffix
    at = next((k for k, t in enumerate(tokens) if t.lower_ in {"of", "for"}), None)
    if at is None:  # "Ningbo Culture, Radio, Television and Tourism Bureau": the list starts a word before its comma
        at = max(next(k for k, t in enumerate(tokens) if t.text == ",") - 1, 0)
    return all(t.text in {",", "and", "of", "for"} or is_common_word(t.text) for t in tokens[at:])


# The commonest Chinese surnames in pinyin: "Surname Givenname" found by context is a person.
_SURNAMES = frozenset(
    "li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang"
    " han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lyu lu ding ren shen yao"
    " jin fu zhong cui tan qiu qin fan shi hou meng xiong bai kong mao qiao duan lei fang yin qian wan xing hao".split()
)


def _is_personal_name(doc: Doc, start: int, end: int) -> bool:
    """ "Li Zexiang", "Wang Chuanfu": a common surname and a one-word given name that is no English word."""
    if end - start != 2:
        return False
    surname, given = doc[start], doc[start + 1]
    return (
        surname.lower_ in _SURNAMES
        and surname.is_title
        and given.is_title
        and given.is_alpha
        and not is_common_word(given.text)
    )


def _comma_list_before(doc: Doc, start: int) -> int:
    """ "Ningbo Culture, Radio, Television and Tourism Bureau": a match that starts inside a list of
    capitalized common words takes the list and the name before it (a body named for its areas)."""
    k = start
    while k >= 2 and doc[k - 1].text == "," and doc[k - 2].is_title and is_common_word(doc[k - 2].text):
        k -= 2
    if k == start:
        return start
    run = _name_run_before(doc, k)
    return run[0] if run else k


def _legal_comma(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"ltd", "ltd.", "limited"}


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")")


def _only_common_words(doc: Doc, start: int, end: int, place_tokens: set[int]) -> bool:
    """ "Science Town", "Management Committee": designator phrases with no name in them.

    A place is a name here ("China Daily").  Three capitalized common words or
    more ("Northeast Petroleum University", "National Health Commission") make a
    name, also at the start of a sentence.
    """
    words = [t for t in doc[start:end] if any(c.isalpha() for c in t.text)]  # "Lu'an", "Xi'an" are words
    if any(t.i in place_tokens or not is_common_word(t.text) for t in words):
        return False
    return len(words) <= 2


def _glued_hyphen_after(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_


def _is_compound_modifier(doc: Doc, start: int, end: int) -> bool:
    """ "State" in "State-owned", "Lao State" in "Lao State-owned": words glued to a hyphen and a lowercase word."""
    return _glued_hyphen_after(doc, end) and doc[end + 1].is_lower


def _modifies_plural_noun(doc: Doc, start: int, end: int) -> bool:
    """Nationalities before lowercase words that end in a plural ("Indonesian partners", "Chinese
    Filipino investors") describe those people; they are no name of an organization."""
    if not all(t.text in _NATIONALITIES for t in doc[start:end]):
        return False
    while end + 1 < len(doc) and doc[end].lower_ in {"and", ","} and doc[end + 1].text in _NATIONALITIES:
        end += 2  # "Kazakh and Tuvan families"
    k = end
    while k < len(doc) and k - end < 3 and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_stop:
        k += 1  # "SK On and auto parts": a conjunction ends the phrase
    if k == end:
        return False
    last = doc[k - 1].text
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _is_sentence_initial_word(doc: Doc, start: int, end: int) -> bool:
    """A one-word known name that is a common word opening its sentence, also after a quote ('"Oracle bones')."""
    first = start
    while first > 0 and not doc[first].is_sent_start and doc[first - 1].text in _OPENING_MARKS:
        first -= 1
    return end - start == 1 and bool(doc[first].is_sent_start) and is_common_word(doc[start].text)


_OPENING_MARKS = frozenset({'"', "“", "'", "‘", "("})


def _is_name_token(token: Token) -> bool:
    return bool(_NAME_TOKEN.match(token.text)) and token.lower_ not in {"the"}


def _name_run_after(doc: Doc, i: int) -> tuple[int, int] | None:
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end = i
    while (
        end < len(doc)
        and not (end > i and doc[end].is_sent_start)
        and (  # a name ends with its sentence
            _is_name_token(doc[end])
            or _possessive_inside_run(doc, end)
            or (
                doc[end].text in {"-", "&", "."}
                and end + 1 < len(doc)
                and _is_name_token(doc[end + 1])
                and (
                    (doc[end - 1].whitespace_ == "" and doc[end].whitespace_ == "")  # "Tongji University. Working"
                    or (doc[end].text == "&" and end > i)  # "Asia Pulp & Paper", "Procter & Gamble"
                )
            )
        )
    ):
        end += 1
    return (i, end) if end > i else None


def _before_academy(doc: Doc, candidate: Candidate, academy_starts: set[int]) -> Candidate:
    """ "Shenyang Institute of Automation of the Chinese Academy of Sciences": an institute is cut before
    "of the" and the known academy it belongs to, which is its own mention (as the press and the
    annotations name them).  Bodies "of the United Nations" or "of the State Council" keep their name."""
    if candidate.kind != "research_institute":
        return candidate
    for k in range(candidate.start + 3, candidate.end):
        if k in academy_starts and doc[k - 2].lower_ == "of" and doc[k - 1].lower_ == "the":
            return candidate.moved(candidate.start, k - 2, candidate.kind)
    return candidate


def _placed_known_names(doc: Doc, known: list[Candidate], place_tokens: set[int]) -> list[Candidate]:
    """ "Sichuan FAW Toyota", "Beijing Tongrentang": a place written before a known company's name is
    part of it; the known name alone stays a candidate too (the longer one wins where both hold)."""
    found = []
    for candidate in known:
        at = candidate.start - 1
        if (
            candidate.kind == "company"
            and at >= 0
            and at in place_tokens
            and (at - 1) not in place_tokens  # one place word: "Beijing", not "... New Area"
            and doc[at].is_title
            and doc[at].whitespace_
            and not doc[at].is_sent_start
            and doc[at].lower_ != "china"
        ):
            found.append(Candidate(at, candidate.end, candidate.kind, candidate.rule, "gazetteer", candidate.key))
    return found


def _is_collective_possessive(token: Token) -> bool:
    """The "'s" of "People's Hospital": glued to a collective owner."""
    if token.text not in _POSSESSIVES or token.i < 1:
        return False
    owner = token.doc[token.i - 1]
    return owner.text in _COLLECTIVE_OWNERS and not owner.whitespace_


def _possessive_inside_run(doc: Doc, i: int) -> bool:
    """The "'s" of "Children's Products" inside a name run: a collective owner before, a name word after."""
    return i + 1 < len(doc) and _is_collective_possessive(doc[i]) and _is_name_token(doc[i + 1])


def _name_run_before(doc: Doc, i: int) -> tuple[int, int] | None:
    if i >= 3 and _acronym_after(doc, i - 3):
        i -= 3  # "Kazakhstan Temir Zholy (KTZ), the national railway company"
    start = i
    while (
        start > 0
        and not doc[start].is_sent_start
        and (
            _is_name_token(doc[start - 1])
            or (doc[start - 1].text in {"-", "&"} and start - 1 > 0)
            or _possessive_inside_run(doc, start - 1)
        )
    ):
        start -= 1
    return (start, i) if start < i else None


def _name_list_after(doc: Doc, i: int) -> Iterator[tuple[int, int]]:
    """Names in a coordinated list: "X, Y and Z", "X as well as Y", "361 Degrees"."""
    while i < len(doc):
        digits_first = doc[i].is_digit and i + 1 < len(doc) and doc[i + 1].is_title and not doc[i].whitespace_ == ""
        run = _name_run_after(doc, i + 1) if digits_first else _name_run_after(doc, i)
        if run is not None and digits_first:
            run = (i, run[1])
        if run is None:
            return
        yield run
        i = run[1]
        if i + 1 < len(doc) and doc[i].text in {"'s", "’s"}:
            owned = _name_run_after(doc, i + 1)  # "Singapore's ST Engineering": the place is dropped later
            if owned is not None:
                yield owned
                i = owned[1]
        seen_separator = False
        while i < len(doc) and doc[i].lower_ in _SEPARATORS:
            seen_separator = True
            i += 1
        if not seen_separator:
            return


def _split_coordination(
    doc: Doc,
    start: int,
    end: int,
    known: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
    place_tokens: set[int] = frozenset(),  # type: ignore[assignment]
) -> Iterator[tuple[int, int]]:
    """Cut "Tsinghua University and Peking University" into two names.

    An "and" inside one name is kept ("Ministry of Industry and Information
    Technology", "Agriculture and Rural Affairs Bureau").  The cut is made
    where the words on both sides hold a designator of their own, where
    either side is a known (gazetteer) name ("Alibaba Group and China Post"),
    or where a known name opens each side.
    The rightmost such "and" is cut first, so "University of Science and
    Technology Beijing and China University of Geosciences" splits between them.
    """
    for i in range(end - 2, start, -1):
        if doc[i].lower_ not in {"and", "&"}:
            continue
        both_designated = _designated(doc, start, i) and _designated(doc, i + 1, end)
        # "Geespace and Changguang ... Co", "GEM and Jingchu University": one uncommon word or an acronym
        lone_name = i - start == 1 and (
            not is_common_word(doc[start].text) or _ACRONYM.match(doc[start].text) is not None
        )
        # "University of Automotive Technology and DFCV": a lone acronym after "and" is another organization
        lone_name = lone_name or (
            end - i == 2 and doc[i + 1].is_upper and len(doc[i + 1]) > 1 and _designated(doc, start, i)
        )
        # a name holds one "and" at most: "University of Science and Technology and LYC" is two
        second_and = any(t.lower_ in {"and", "&"} for t in doc[start:i]) and not any(
            is_common_word(t.text) for t in doc[i + 1 : end]
        )
        # "... and Chengdu Hi-tech Investment Group": a place opens a new name that has its own designator
        place_opens_name = i + 1 in place_tokens and _has_designator(doc, i + 1, end)
        # "Sany Renewable Energy and Goldwind Science & Technology Co": a known name opens each side
        known_opens_both = any((start, k) in known for k in range(start + 1, i + 1)) and any(
            (i + 1, k) in known for k in range(i + 2, end + 1)
        )
        if (
            both_designated
            or known_opens_both
            or lone_name
            or second_and
            or place_opens_name
            or (start, i) in known
            or (i + 1, end) in known
            or _ends_with_designator(doc, start, i)
        ):
            yield from _split_coordination(doc, start, i, known, place_tokens)
            if (second_and or end - i == 2) and not _has_designator(doc, i + 1, end):
                return  # a bare name cut from the end ("... and LYC", "... and DFCV") has no kind to take
            yield (i + 1, end)
            return
    yield (start, end)


def _ends_with_designator(doc: Doc, start: int, end: int) -> bool:
    if end - start >= 5 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        end -= 3  # "... Co Ltd (Goldwind)": the short name after the name
    return end - start >= 2 and doc[end - 1].lower_ in _SPLIT_DESIGNATORS and doc[end - 1].text[:1].isupper()


def _designated(doc: Doc, start: int, end: int) -> bool:
    """A designator that closes the words on one side of an "and" ("Tsinghua University", "Holdings
    Ltd (GPHL)"), or opens an "of" name ("Bank of China").  In "Pangang Group Vanadium and Titanium
    Resources Co" the name goes on after "Group", in "Institute of Medical Device and Pharmaceutical
    Packaging Inspection" after "Pharmaceutical": one name each."""
    for k in range(start, end):
        if doc[k].lower_ not in _SPLIT_DESIGNATORS or not doc[k].text[:1].isupper():
            continue
        depth = 0
        for token in doc[k + 1 : end]:
            if token.lower_ in {"of", "for"} and depth == 0:
                return True
            depth += (token.text == "(") - (token.text == ")")
            if depth == 0 and token.text != ")" and token.lower_ not in _SPLIT_DESIGNATORS and token.text != ".":
                break  # a name word after the designator: it does not close the name
        else:
            return True
    return False


def _has_designator(doc: Doc, start: int, end: int) -> bool:
    return any(t.lower_ in _SPLIT_DESIGNATORS and t.text[:1].isupper() for t in doc[start:end])


_SPLIT_DESIGNATORS = frozenset(
    "university ministry bureau commission committee administration group company corporation co ltd "
    "institute academy association federation bank government department office council college "
    "holdings chamber alliance daily agency park zone networks industries electronics technologies "
    "pharmaceutical pharmaceuticals motors logistics securities".split()
)


_CLOSING_WORDS = _LEGAL_SUFFIXES | _SPLIT_DESIGNATORS  # words that can end a name


def _is_institute_of_technology(doc: Doc, start: int, end: int) -> bool:
    return end - start >= 4 and [t.lower_ for t in doc[end - 3 : end]] == ["institute", "of", "technology"]


def _title_case_sentences(doc: Doc, sentence_of: list[int]) -> set[int]:
    """Indexes of headline-style lines ("Baodi Banks On Tech Town For ..."): six words or more, and
    no lowercase word of four letters or more."""
    if not sentence_of:
        return set()
    alpha = _ALPHA_WORD.tokens(doc)
    lowercase = _LONG_LOWERCASE_WORD.tokens(doc)
    sentences = numpy.asarray(sentence_of)
    word_counts = numpy.bincount(sentences, weights=alpha)
    lowercase_counts = numpy.bincount(sentences, weights=lowercase)
    return set(numpy.flatnonzero((word_counts >= 6) & (lowercase_counts == 0)).tolist())


_ALPHA_WORD = WordTypeFlag(lambda word: word.is_alpha)
_LONG_LOWERCASE_WORD = WordTypeFlag(lambda word: word.is_alpha and word.text[0].islower() and len(word.text) >= 4)


@Language.factory("extract_organizations", default_config={"spans_key": SPANS_KEY})
def make_organization_recognizer(nlp: Language, name: str, spans_key: str) -> OrganizationRecognizer:
    return OrganizationRecognizer(nlp, name, spans_key=spans_key)
