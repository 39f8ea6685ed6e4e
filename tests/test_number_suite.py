"""The count extractor on the public number suites (shared/data/numbers), with floors.

The floors are the rates measured when they were set, rounded down: a change
that makes the extractor read fewer of these cases fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import Extractor
from extract.suite import TYPES, case_passes, format_report, load_cases, load_out_of_scope, run_suite

from .conftest import FIXTURES, ROOT

SUITE = ROOT.parent / "shared" / "data" / "numbers" / "numbers.jsonl"
OUT_OF_SCOPE = FIXTURES / "numbers_out_of_scope.tsv"
FLOORS = {"cardinal": 0.91, "ordinal": 0.61, "percent": 0.65, "currency": 0.95, None: 0.89}


@pytest.fixture(scope="module")
def report(extractor: Extractor):  # type: ignore[no-untyped-def]
    if not SUITE.is_file():
        pytest.skip(f"{SUITE} is not beside this checkout")
    return run_suite(extractor, load_cases(SUITE))


@pytest.mark.parametrize("case_type", [*TYPES, None], ids=[*TYPES, "all"])
def test_pass_rate_floor(report, case_type: str | None) -> None:  # type: ignore[no-untyped-def]
    rate = report.rate(case_type)
    assert rate >= FLOORS[case_type], format_report(report, load_out_of_scope(OUT_OF_SCOPE))


def test_out_of_scope_list_names_real_failing_cases(report) -> None:  # type: ignore[no-untyped-def]
    declared = load_out_of_scope(OUT_OF_SCOPE)
    failing = {case_id for case_id, _, _ in report.failures}
    assert declared, "the list is empty"
    assert all(reason for reason in declared.values())
    passing_now = sorted(set(declared) - failing)
    assert not passing_now, f"declared out of scope but now passing (remove them): {passing_now}"


def test_cases_load(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "x", "input": "12 percent", "type": "percent", "spans": [{"text": "12 percent", "value": 12}]}\n'
    )
    [case] = load_cases(path)
    assert case["id"] == "x"


def _case(text: str, span: dict[str, object], case_type: str = "currency") -> dict[str, object]:
    return {"id": text, "input": text, "type": case_type, "spans": [{"text": text, **span}]}


@pytest.mark.parametrize(
    ("case", "passes"),
    [
        # a minor unit is compared in hundredths of the major unit (the count holds 0.5 USD)
        (_case("It fell 50 cents.", {"value": 50, "unit": "Cent"}), True),
        (_case("It fell 50 cents.", {"value": 0.5, "unit": "Cent"}), False),
        # an interval: both bounds, or one bound with a qualifier of its direction
        (_case("between 10 and 20 dollars", {"value": None, "range": [10, 20]}), True),
        (_case("between 10 and 30 dollars", {"value": None, "range": [10, 20]}), False),
        (_case("at least $1.42", {"value": None, "range": {"min": 1.42}}), True),
        (_case("at most $1.42", {"value": None, "range": {"min": 1.42}}), False),
        (_case("under seven euros", {"value": None, "range": {"max": 7}}), True),
        # no value (a relative ordinal): a count always holds a number, so this cannot pass
        (_case("the last one", {"value": None}, "ordinal"), False),
    ],
)
def test_case_comparison(extractor: Extractor, case: dict[str, object], passes: bool) -> None:
    assert case_passes(extractor, case)[0] is passes
