"""The components work in a user's own spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy

from extract import Extractor


def test_add_pipe_by_name_in_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("extract_sentences")
    nlp.add_pipe("extract_lemmas")
    nlp.add_pipe("extract_organizations")
    nlp.add_pipe("extract_counts")
    nlp.add_pipe("extract_initiatives")
    nlp.initialize()
    doc = nlp("The Zhongguancun Development Group opened 12 business incubators.")
    assert [(s.text, s.label_) for s in doc.spans["organizations"]] == [("Zhongguancun Development Group", "company")]
    assert [(s.text, s._.count["value"]) for s in doc.spans["counts"]] == [("12 business incubators", "12")]
    assert [s.label_ for s in doc.spans["initiatives"]] == ["business_incubator"]
    assert doc.spans["organizations"][0].id_ == "org.designator.company"


def test_factories_are_declared_as_entry_points() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {
        "extract_sentences",
        "extract_lemmas",
        "extract_organizations",
        "extract_counts",
        "extract_initiatives",
    } <= names


def test_extract_many_keeps_input_order_with_workers(extractor: Extractor) -> None:
    texts = [(f"d{i}", f"Tencent hired {i + 1} engineers in Shenzhen.") for i in range(6)]
    texts.insert(3, ("empty", "   "))  # an error record comes back from a worker as well
    one = list(extractor.extract_many(texts))
    two = list(extractor.extract_many(texts, n_process=2, batch_size=2))
    assert [type(r) for r in one] == [type(r) for r in two]
    assert [r.model_dump_json() for r in one] == [r.model_dump_json() for r in two]
    assert [r.doc_id for r in one] == ["d0", "d1", "d2", "empty", "d3", "d4", "d5"]


def test_pipeline_saves_and_loads_its_rules(tmp_path: Path, extractor: Extractor) -> None:
    text = "The Zhongguancun Development Group opened 12 business incubators."
    extractor.nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "extract_counts" / "currencies.jsonl").is_file()
    loaded = spacy.load(tmp_path / "pipeline")
    doc, again = extractor.nlp(text), loaded(text)
    for key in ("organizations", "counts", "initiatives"):
        assert [(s.start, s.end, s.label_, s.id_) for s in doc.spans[key]] == [
            (s.start, s.end, s.label_, s.id_) for s in again.spans[key]
        ]
