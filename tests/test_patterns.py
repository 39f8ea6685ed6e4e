from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract import Extractor, PatternError
from extract.patterns import CountPatternEntry, default_patterns_dir, load_patterns, patterns_sha256

from .conftest import FIXTURES

BROKEN = FIXTURES / "patterns"


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("broken_json.jsonl", 2, "not valid JSON"),
        ("bad_token_attribute.jsonl", 2, "invalid token pattern"),
        ("missing_id.jsonl", 1, "id: Field required"),
        ("duplicate_id.jsonl", 2, "duplicate id 'count.qualifier.over'"),
        ("unknown_label.jsonl", 1, "label: Input should be"),
        ("bad_id.jsonl", 1, "id: String should match pattern"),
        ("bad_operator.jsonl", 1, "invalid token pattern"),
    ],
)
def test_broken_rule_file_fails_with_file_and_line(name: str, line: int, message: str) -> None:
    path = BROKEN / name
    with pytest.raises(PatternError) as caught:
        load_patterns(path, CountPatternEntry)
    text = str(caught.value)
    assert text.startswith(f"{path}:{line}: "), text
    assert message in text


def test_bundled_rules_load_and_hash_is_stable() -> None:
    directory = default_patterns_dir()
    assert sorted(p.name for p in directory.glob("*.jsonl")) == [
        "counts.jsonl",
        "currencies.jsonl",
        "initiatives.jsonl",
        "org_context.jsonl",
        "org_gazetteer.jsonl",
        "organizations.jsonl",
        "places.jsonl",
    ]
    assert patterns_sha256(directory) == patterns_sha256(directory)


def test_extractor_with_a_broken_rule_directory_fails_at_load(tmp_path: Path) -> None:
    for path in default_patterns_dir().glob("*.jsonl"):
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(BROKEN / "bad_token_attribute.jsonl", tmp_path / "counts.jsonl")
    with pytest.raises(PatternError, match=r"counts\.jsonl:2: invalid token pattern"):
        Extractor(patterns_dir=tmp_path)


def test_missing_rule_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="rule file not found"):
        Extractor(patterns_dir=tmp_path)
