"""Evaluation against hand annotations (``annotations/<doc_id>.json``).

Organizations are compared by name (case and a leading "the" ignored; a
predicted name or alias may match the gold name or one of its aliases), counts
by (kind, value) as a multiset, with the item checked on matched cardinals and
ordinals, and initiative types as a document-level set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pipeline import Extractor, canonical_name
from .records import ArticleRecord


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentReport:
    doc_id: str
    organizations: Score
    counts: Score
    initiative_types: Score
    items_right: int = 0
    items_checked: int = 0
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Report:
    documents: list[DocumentReport]

    def total(self, name: str) -> Score:
        score = Score()
        for doc in self.documents:
            score.add(getattr(doc, name))
        return score

    @property
    def item_accuracy(self) -> float:
        checked = sum(d.items_checked for d in self.documents)
        return sum(d.items_right for d in self.documents) / checked if checked else 1.0


def gold_files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return found


def evaluate_files(extractor: Extractor, files: list[Path], *, samples_dir: Path) -> Report:
    documents = []
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold.get("doc_id") or path.stem
        text = _article_text(samples_dir, doc_id)
        record = extractor.extract(text, doc_id=doc_id)
        documents.append(evaluate_record(record, gold))
    return Report(documents)


def evaluate_record(record: ArticleRecord, gold: dict[str, Any]) -> DocumentReport:
    orgs, missed_orgs, spurious_orgs = _score_organizations(record, gold.get("organizations", []))
    counts, right, checked, missed_counts, spurious_counts = _score_counts(record, gold.get("counts", []))
    predicted_types = {i.type.value for i in record.initiatives}
    gold_types = set(gold.get("initiative_types", []))
    types = Score(
        len(predicted_types & gold_types), len(predicted_types - gold_types), len(gold_types - predicted_types)
    )
    return DocumentReport(
        doc_id=record.doc_id,
        organizations=orgs,
        counts=counts,
        initiative_types=types,
        items_right=right,
        items_checked=checked,
        missed={
            "organizations": missed_orgs,
            "counts": missed_counts,
            "initiative_types": sorted(gold_types - predicted_types),
        },
        spurious={
            "organizations": spurious_orgs,
            "counts": spurious_counts,
            "initiative_types": sorted(predicted_types - gold_types),
        },
    )


def _norm(name: str) -> str:
    return canonical_name(name).lower().replace("’", "'")


def _score_organizations(record: ArticleRecord, gold: list[dict[str, Any]]) -> tuple[Score, list[str], list[str]]:
    gold_forms = [{_norm(g["name"]), *(_norm(a) for a in g.get("aliases", []))} for g in gold]
    matched_gold: set[int] = set()
    spurious = []
    for org in record.organizations:
        forms = {_norm(org.name), *(_norm(a) for a in org.aliases)}
        hit = next((i for i, g in enumerate(gold_forms) if i not in matched_gold and g & forms), None)
        if hit is None:
            spurious.append(org.name)
        else:
            matched_gold.add(hit)
    missed = [g["name"] for i, g in enumerate(gold) if i not in matched_gold]
    return Score(len(matched_gold), len(spurious), len(missed)), missed, spurious


def _score_counts(record: ArticleRecord, gold: list[dict[str, Any]]) -> tuple[Score, int, int, list[str], list[str]]:
    unmatched = list(range(len(gold)))
    spurious = []
    right = checked = 0
    for count in record.counts:
        key = (count.kind.value, float(count.value))
        hit = next((i for i in unmatched if (gold[i]["kind"], float(gold[i]["value"])) == key), None)
        if hit is None:
            spurious.append(f"{count.mention.text} ({count.kind.value} {count.value})")
            continue
        unmatched.remove(hit)
        if count.kind.value in {"cardinal", "ordinal"}:
            checked += 1
            right += (gold[hit].get("item") or None) == (count.item or None)
    missed = [f"{gold[i]['text']} ({gold[i]['kind']} {gold[i]['value']})" for i in unmatched]
    tp = len(gold) - len(unmatched)
    return Score(tp, len(spurious), len(unmatched)), right, checked, missed, spurious


def _article_text(samples_dir: Path, doc_id: str) -> str:
    for suffix in (".txt", ".md"):
        path = samples_dir / f"{doc_id}{suffix}"
        if path.is_file():
            return path.read_text(encoding="utf-8-sig")
    raise FileNotFoundError(f"{samples_dir}/{doc_id}.txt: annotated article not found")


def format_report(report: Report, *, details: bool = True) -> str:
    lines = [f"{'document':<34}{'org P':>7}{'org R':>7}{'org F1':>7}{'cnt F1':>7}{'type F1':>8}"]
    for doc in report.documents:
        lines.append(
            f"{doc.doc_id:<34}{doc.organizations.precision:>7.2f}{doc.organizations.recall:>7.2f}"
            f"{doc.organizations.f1:>7.2f}{doc.counts.f1:>7.2f}{doc.initiative_types.f1:>8.2f}"
        )
    lines.append("")
    for name in ("organizations", "counts", "initiative_types"):
        s = report.total(name)
        lines.append(
            f"{name:<18} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    lines.append(f"{'count items':<18} {report.item_accuracy:.3f} right on matched cardinals and ordinals")
    if details:
        for doc in report.documents:
            for field_name in ("organizations", "counts", "initiative_types"):
                if doc.missed.get(field_name) or doc.spurious.get(field_name):
                    lines.append(
                        f"{doc.doc_id} {field_name}: missed {doc.missed[field_name]} spurious {doc.spurious[field_name]}"
                    )
    return "\n".join(lines)
