"""Each sample's whole output must equal its reviewed golden record in outputs/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import Extractor
from extract.golden import golden_diff, golden_payload
from extract.regression import compare

from .conftest import OUTPUTS, SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def test_every_sample_has_a_golden_record() -> None:
    missing = [p.name for p in SAMPLE_FILES if not (OUTPUTS / f"{p.stem}.json").is_file()]
    assert not missing, f"samples without a golden record: {missing}"


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.stem)
def test_output_matches_golden_record(extractor: Extractor, sample: Path) -> None:
    """The same comparison as `extract check`, then the exact file (key and list order too)."""
    record = extractor.extract(sample.read_text(encoding="utf-8"), doc_id=sample.stem)
    golden = OUTPUTS / f"{sample.stem}.json"
    changes = compare(json.loads(golden.read_text(encoding="utf-8")), golden_payload(record))
    diff = golden_diff(record, golden)
    message = "\n".join(str(change) for change in changes) + "\n" + diff
    assert not changes and not diff, (
        f"{sample.stem} differs from its golden record (run `extract check --update` if intended):\n{message}"
    )


def test_seed_sample_is_the_shared_seed_byte_for_byte() -> None:
    seed = SAMPLES.parent.parent / "shared" / "seed" / "baodi.txt"
    if not seed.is_file():
        pytest.skip("shared/seed is not beside this checkout")
    assert (SAMPLES / "baodi.txt").read_bytes() == seed.read_bytes()


def test_baodi_golden_case(extractor: Extractor) -> None:
    record = extractor.extract((SAMPLES / "baodi.txt").read_text(encoding="utf-8"), doc_id="baodi")
    assert record.title == "Baodi banks on tech town for development engine"
    assert str(record.published) == "2024-05-31"
    assert record.publisher == "China Daily"
    kinds = {o.name: o.kind.value for o in record.organizations}
    for name, kind in {
        "Zhongguancun Management Committee": "government",
        "Zhongguancun Development Group": "company",
        "Peking University Science Park": "park_or_zone",
        "Beijing Benz": "company",
        "Xiaomi": "company",
        "Li Auto": "company",
        "Tianjin Municipal Government": "government",
        "China Daily": "media",
    }.items():
        assert kinds.get(name) == kind, name
    assert not {"Tianjin", "Beijing", "Baodi", "Hebei"} & set(kinds)
    found = {(c.kind.value, c.value, c.item) for c in record.counts}
    assert ("cardinal", 203, "services") in found
    assert ("cardinal", 2, "major service systems") in found
    assert ("ordinal", 1, "major investment project") in found
    assert ("ordinal", 1, "intelligent connected vehicle demonstration route") in found
    assert not [c for c in record.counts if c.mention.text.lower().startswith("one") or "2024" in c.mention.text]
    types = {i.type.value for i in record.initiatives}
    assert {
        "development_zone",
        "regional_coordination",
        "investment_project",
        "technology_transfer",
        "technology_services",
        "intellectual_property",
        "industry_academia_cooperation",
        "business_incubator",
        "industry_chain",
        "infrastructure",
        "smart_city",
        "intelligent_connected_vehicles",
    } <= types
