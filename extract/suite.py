"""Run the count extractor over the public number test suites (shared/data/numbers).

    python -m extract.suite [path/to/numbers.jsonl] [--failures]

A case passes when every expected span is found as a count of the matching
kind with the same value (and, for money, the same ISO currency where the case
gives one), and nothing of that kind is found where the case expects nothing.

Two of the suites' conventions are compared through what a count says, not
dropped: an amount in a minor unit ("50 cents", value 50 in unit Cent) is
compared in hundredths of the major unit, which is how a count holds it
(0.5 USD); an interval ("between 10 and 20 dollars", "at least $1.42") passes
when each bound is found as a count, a one-sided bound with a qualifier of the
same direction ("at least", "under", ...).  A case whose span has no value
(relative ordinals such as "last") cannot pass: a count always holds a number.
Cases listed in ``tests/fixtures/numbers_out_of_scope.tsv`` are reported
separately but still count as failures in the rate.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonlines

from .articles import Article
from .pipeline import Extractor
from .records import ArticleRecord, Count

# The suites' minor units: their values are in hundredths of the major unit.
MINOR_UNITS = frozenset({"cent", "cents", "pence", "penny", "pennies"})
# Qualifiers (lowercased, as written) that make a value a lower or an upper bound.
LOWER_BOUND_QUALIFIERS = frozenset(
    {"more than", "over", "above", "at least", "no less than", "no fewer than", "not less than", "in excess of",
     "upwards of", "exceeding", "topping", "surpassing", "just over", "well over", "higher than", "greater than",
     "more than a", "over a"}
)  # fmt: skip
UPPER_BOUND_QUALIFIERS = frozenset(
    {"under", "below", "less than", "fewer than", "at most", "no more than", "not more than", "up to", "just under",
     "lower than", "as many as", "as much as"}
)  # fmt: skip
KIND_OF_TYPE = {"cardinal": "cardinal", "ordinal": "ordinal", "percent": "percent", "currency": "money"}
TYPES = tuple(KIND_OF_TYPE)


@dataclass
class SuiteReport:
    total: Counter[str] = field(default_factory=Counter)
    passed: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    def rate(self, case_type: str | None = None) -> float:
        if case_type is None:
            total, passed = sum(self.total.values()), sum(self.passed.values())
        else:
            total, passed = self.total[case_type], self.passed[case_type]
        return passed / total if total else 1.0


def load_cases(path: Path) -> list[dict[str, Any]]:
    with jsonlines.open(path) as reader:
        return list(reader.iter(type=dict, skip_empty=True))


def case_passes(extractor: Extractor, case: dict[str, Any]) -> tuple[bool, str]:
    kind = KIND_OF_TYPE[case["type"]]
    record = extractor.safe_extract(Article(case["id"], case["input"]))
    counts = record.counts if isinstance(record, ArticleRecord) else []
    # A cardinal case is about the number itself: "$20" holds the cardinal 20.
    kinds = {"cardinal", "money", "percent"} if kind == "cardinal" else {kind}
    found = [c for c in counts if c.kind.value in kinds]
    got = [(c.value, c.unit) for c in found]
    expected = case["spans"]
    if not expected:
        return not found, f"expected nothing, got {got}"
    for span in expected:
        unit = span.get("iso") if kind == "money" else None
        candidates = [c for c in found if unit is None or c.unit == unit]
        if not _span_found(span, candidates):
            shown = span.get("range", span["value"])
            return False, f"expected {span['text']!r} = {shown} {unit or ''}, got {got}"
    return True, ""


def _span_found(span: dict[str, Any], counts: list[Count]) -> bool:
    bounds = span.get("range")
    if isinstance(bounds, list):  # [low, high]: both ends are counts
        return all(any(_same(c.value, bound) for c in counts) for bound in bounds)
    if isinstance(bounds, dict):  # {"min": x} or {"max": x}: a value with a qualifier of that direction
        direction = LOWER_BOUND_QUALIFIERS if "min" in bounds else UPPER_BOUND_QUALIFIERS
        bound = bounds.get("min", bounds.get("max"))
        return any(_same(c.value, bound) and (c.qualifier or "").lower() in direction for c in counts)
    expected = span["value"]
    if expected is not None and str(span.get("unit", "")).lower() in MINOR_UNITS:
        expected = expected / 100  # "50 cents" is held as 0.5 of the major unit
    return any(_same(c.value, expected) for c in counts)


def run_suite(extractor: Extractor, cases: Iterable[dict[str, Any]]) -> SuiteReport:
    report = SuiteReport()
    for case in cases:
        if not case.get("reference_impl_passes", True):
            continue
        report.total[case["type"]] += 1
        ok, why = case_passes(extractor, case)
        if ok:
            report.passed[case["type"]] += 1
        else:
            report.failures.append((case["id"], case["input"], why))
    return report


def _same(got: float, expected: Any) -> bool:
    if expected is None:
        return False  # relative ordinals ("last") have no value to match
    return math.isclose(float(got), float(expected), rel_tol=1e-9, abs_tol=1e-9)


def load_out_of_scope(path: Path) -> dict[str, str]:
    """``id<TAB>reason`` lines: cases declared out of scope, with the reason."""
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t", 1) for line in lines if line.strip() and not line.startswith("#"))
    return {case_id: reason.strip() for case_id, reason in rows}


def format_report(report: SuiteReport, out_of_scope: dict[str, str]) -> str:
    lines = [f"{'type':<10}{'cases':>7}{'passed':>8}{'rate':>8}"]
    for case_type in TYPES:
        lines.append(
            f"{case_type:<10}{report.total[case_type]:>7}{report.passed[case_type]:>8}{report.rate(case_type):>8.1%}"
        )
    lines.append(f"{'all':<10}{sum(report.total.values()):>7}{sum(report.passed.values()):>8}{report.rate():>8.1%}")
    declared = sum(1 for case_id, _, _ in report.failures if case_id in out_of_scope)
    lines.append(f"failures declared out of scope: {declared} (counted as failures above)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("path", nargs="?", type=Path, default=Path("../shared/data/numbers/numbers.jsonl"))
    parser.add_argument("--out-of-scope", type=Path, default=Path("tests/fixtures/numbers_out_of_scope.tsv"))
    parser.add_argument("--failures", action="store_true", help="list every failing case")
    args = parser.parse_args(argv)
    out_of_scope = load_out_of_scope(args.out_of_scope)
    report = run_suite(Extractor(), load_cases(args.path))
    print(format_report(report, out_of_scope))
    if args.failures:
        for case_id, text, why in report.failures:
            tag = f"  [out of scope: {out_of_scope[case_id]}]" if case_id in out_of_scope else ""
            print(f"{case_id}\t{text!r}\t{why}{tag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
