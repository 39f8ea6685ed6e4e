from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from extract import ArticleRecord, Extractor
from extract.records import ErrorRecord

from .conftest import SAMPLES

TEXT = "Zhongguancun Development Group opened 12 incubators in Tianjin.\n"


def test_record_json_record_round_trip(extractor: Extractor) -> None:
    text = (SAMPLES / "baodi.txt").read_text(encoding="utf-8")
    record = extractor.extract(text, doc_id="baodi")
    again = ArticleRecord.model_validate_json(record.model_dump_json(), context={"text": text})
    assert again == record
    assert json.loads(again.model_dump_json()) == json.loads(record.model_dump_json())


def test_every_mention_indexes_the_text(extractor: Extractor) -> None:
    text = (SAMPLES / "baodi.txt").read_text(encoding="utf-8")
    record = extractor.extract(text)
    mentions = record.iter_mentions()
    assert mentions
    for _, mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert 0 <= mention.sentence < record.sentence_count
        assert mention.rule


def _data(extractor: Extractor) -> dict:
    return json.loads(extractor.extract(TEXT, doc_id="t").model_dump_json())


def test_offsets_that_do_not_match_the_text_are_rejected(extractor: Extractor) -> None:
    data = _data(extractor)
    data["counts"][0]["mention"]["start"] += 1
    data["counts"][0]["mention"]["end"] += 1
    with pytest.raises(ValidationError, match="not '12 incubators'"):
        ArticleRecord.model_validate(data, context={"text": TEXT})


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("counts", 0, "mention", "end"), 0, "greater than 0"),
        (("counts", 0, "mention", "sentence"), 99, "sentence 99 >= sentence_count"),
        (("counts", 0, "kind"), "fraction", "Input should be"),
        (("counts", 0, "unit"), "CNY", "has no currency unit"),
        (("text_sha256",), "abc", "String should match pattern"),
        (("schema_version",), "2", "Input should be '1'"),
    ],
)
def test_invalid_records_are_rejected(extractor: Extractor, path: tuple, value: object, message: str) -> None:
    data = _data(extractor)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError, match=message):
        ArticleRecord.model_validate(data)


def test_initiative_count_indexes_must_exist(extractor: Extractor) -> None:
    data = _data(extractor)
    assert data["initiatives"], "the sample sentence has an incubator initiative"
    data["initiatives"][0]["counts"] = [7]
    with pytest.raises(ValidationError, match="no count with index 7"):
        ArticleRecord.model_validate(data)


def test_text_hash_is_checked_against_the_text(extractor: Extractor) -> None:
    data = _data(extractor)
    with pytest.raises(ValidationError, match="does not match"):
        ArticleRecord.model_validate(data, context={"text": TEXT + "changed"})


def test_schema_lists_the_contract_fields() -> None:
    schema = ArticleRecord.model_json_schema()
    for name in (
        "schema_version",
        "doc_id",
        "source",
        "title",
        "published",
        "publisher",
        "text_sha256",
        "organizations",
        "counts",
        "initiatives",
        "extractor",
    ):
        assert name in schema["properties"]


@pytest.mark.parametrize("bad", ["", "   \n\t", None, b"bytes"])
def test_bad_input_is_an_error_record_not_a_crash(extractor: Extractor, bad: object) -> None:
    [result] = list(extractor.extract_many([("doc", bad)]))  # type: ignore[list-item]
    assert isinstance(result, ErrorRecord)
    assert result.doc_id == "doc"
    assert result.error.type in {"empty_input", "not_text"}
