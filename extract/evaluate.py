"""Evaluation against hand annotations (``annotations/<doc_id>.json``): ``extract eval``.

* organizations are matched by name (case and a leading "the" ignored; a
  predicted name or alias may match the gold name or one of its aliases);
* counts by (kind, value) as a multiset, with the item checked on matched
  cardinals and ordinals;
* initiative types as a document-level set.

Each field is scored micro (pooled) and macro (mean over labels), and per
label: organization kinds, count kinds, initiative types (a labelled match
needs the label right too).  Per rule: how often each pattern fired, how many
of its items were right, and which patterns never fired on the corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pipeline import Extractor, canonical_name
from .records import ArticleRecord

FIELDS = ("organizations", "counts", "initiative_types")


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
    scores: dict[str, Score]
    labels: dict[str, dict[str, Score]]
    items_right: int = 0
    items_checked: int = 0
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    rules_fired: Counter[str] = field(default_factory=Counter)
    rules_right: Counter[str] = field(default_factory=Counter)


@dataclass
class Report:
    documents: list[DocumentReport]
    all_rules: list[str] = field(default_factory=list)

    def total(self, name: str) -> Score:
        score = Score()
        for doc in self.documents:
            score.add(doc.scores[name])
        return score

    def by_label(self, name: str) -> dict[str, Score]:
        totals: dict[str, Score] = {}
        for doc in self.documents:
            for label, score in doc.labels[name].items():
                totals.setdefault(label, Score()).add(score)
        return dict(sorted(totals.items()))

    def macro_f1(self, name: str) -> float:
        labels = self.by_label(name)
        return sum(s.f1 for s in labels.values()) / len(labels) if labels else 1.0

    @property
    def item_accuracy(self) -> float:
        checked = sum(d.items_checked for d in self.documents)
        return sum(d.items_right for d in self.documents) / checked if checked else 1.0

    def rules(self) -> dict[str, tuple[int, int]]:
        fired: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for doc in self.documents:
            fired.update(doc.rules_fired)
            right.update(doc.rules_right)
        return {rule: (fired[rule], right[rule]) for rule in sorted(fired)}

    def never_fired(self) -> list[str]:
        fired = set(self.rules())
        return [rule for rule in self.all_rules if rule not in fired]


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
        record = extractor.extract(_article_text(samples_dir, doc_id), doc_id=doc_id)
        documents.append(evaluate_record(record, gold))
    return Report(documents, all_rules=rule_ids(extractor))


def rule_ids(extractor: Extractor) -> list[str]:
    """Every pattern id of the rule set (gazetteer and place entries left out: thousands, one per name)."""
    ids = []
    for path in sorted(extractor.patterns_dir.glob("*.jsonl")):
        if path.name in {"org_gazetteer.jsonl", "places.jsonl", "currencies.jsonl"}:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("//"):
                ids.append(json.loads(line)["id"])
    return sorted(ids)


def evaluate_record(record: ArticleRecord, gold: dict[str, Any]) -> DocumentReport:
    report = DocumentReport(record.doc_id, {}, {})
    _score_organizations(record, gold.get("organizations", []), report)
    _score_counts(record, gold.get("counts", []), report)
    _score_types(record, set(gold.get("initiative_types", [])), report)
    return report


def _norm(name: str) -> str:
    return canonical_name(name).lower().replace("’", "'")


def _score_organizations(record: ArticleRecord, gold: list[dict[str, Any]], report: DocumentReport) -> None:
    gold_forms = [{_norm(g["name"]), *(_norm(a) for a in g.get("aliases", []))} for g in gold]
    matched: dict[int, int] = {}  # predicted index -> gold index
    for i, org in enumerate(record.organizations):
        forms = {_norm(org.name), *(_norm(a) for a in org.aliases)}
        hit = next((g for g, f in enumerate(gold_forms) if g not in matched.values() and f & forms), None)
        if hit is not None:
            matched[i] = hit
    report.scores["organizations"] = Score(
        len(matched), len(record.organizations) - len(matched), len(gold) - len(matched)
    )
    labels: dict[str, Score] = {}
    for i, org in enumerate(record.organizations):
        kind = org.kind.value
        right = i in matched and gold[matched[i]]["kind"] == kind
        labels.setdefault(kind, Score()).tp += right
        labels[kind].fp += not right
        for mention in org.mentions:
            report.rules_fired[mention.rule] += 1
            report.rules_right[mention.rule] += i in matched
    hit_kinds = Counter(
        gold[g]["kind"] for i, g in matched.items() if gold[g]["kind"] == record.organizations[i].kind.value
    )
    for kind, total in Counter(g["kind"] for g in gold).items():
        labels.setdefault(kind, Score()).fn += total - hit_kinds[kind]
    report.labels["organizations"] = labels
    report.missed["organizations"] = [g["name"] for n, g in enumerate(gold) if n not in matched.values()]
    report.spurious["organizations"] = [o.name for i, o in enumerate(record.organizations) if i not in matched]


def _score_counts(record: ArticleRecord, gold: list[dict[str, Any]], report: DocumentReport) -> None:
    unmatched = list(range(len(gold)))
    labels: dict[str, Score] = {}
    spurious = []
    for count in record.counts:
        kind = count.kind.value
        key = (kind, float(count.value))
        hit = next((i for i in unmatched if (gold[i]["kind"], float(gold[i]["value"])) == key), None)
        report.rules_fired[count.mention.rule] += 1
        if hit is None:
            spurious.append(f"{count.mention.text} ({kind} {count.value})")
            labels.setdefault(kind, Score()).fp += 1
            continue
        unmatched.remove(hit)
        report.rules_right[count.mention.rule] += 1
        labels.setdefault(kind, Score()).tp += 1
        if kind in {"cardinal", "ordinal"}:
            report.items_checked += 1
            report.items_right += (gold[hit].get("item") or None) == (count.item or None)
    for i in unmatched:
        labels.setdefault(gold[i]["kind"], Score()).fn += 1
    report.scores["counts"] = Score(len(gold) - len(unmatched), len(spurious), len(unmatched))
    report.labels["counts"] = labels
    report.missed["counts"] = [f"{gold[i]['text']} ({gold[i]['kind']} {gold[i]['value']})" for i in unmatched]
    report.spurious["counts"] = spurious


def _score_types(record: ArticleRecord, gold: set[str], report: DocumentReport) -> None:
    predicted = {i.type.value for i in record.initiatives}
    report.scores["initiative_types"] = Score(len(predicted & gold), len(predicted - gold), len(gold - predicted))
    report.labels["initiative_types"] = {
        label: Score(
            int(label in predicted and label in gold), int(label in predicted - gold), int(label in gold - predicted)
        )
        for label in predicted | gold
    }
    for initiative in record.initiatives:
        report.rules_fired[initiative.mention.rule] += 1
        report.rules_right[initiative.mention.rule] += initiative.type.value in gold
    report.missed["initiative_types"] = sorted(gold - predicted)
    report.spurious["initiative_types"] = sorted(predicted - gold)


def _article_text(samples_dir: Path, doc_id: str) -> str:
    for suffix in (".txt", ".md"):
        path = samples_dir / f"{doc_id}{suffix}"
        if path.is_file():
            return path.read_text(encoding="utf-8-sig")
    raise FileNotFoundError(f"{samples_dir}/{doc_id}.txt: annotated article not found")


def format_report(report: Report, *, details: bool = False, rules: bool = False) -> str:
    lines = [f"{'document':<34}{'org P':>7}{'org R':>7}{'org F1':>7}{'cnt F1':>7}{'type F1':>8}"]
    for doc in report.documents:
        orgs = doc.scores["organizations"]
        lines.append(
            f"{doc.doc_id:<34}{orgs.precision:>7.2f}{orgs.recall:>7.2f}{orgs.f1:>7.2f}"
            f"{doc.scores['counts'].f1:>7.2f}{doc.scores['initiative_types'].f1:>8.2f}"
        )
    lines.append("")
    for name in FIELDS:
        s = report.total(name)
        lines.append(
            f"{name:<18} micro P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"macro F1 {report.macro_f1(name):.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
    lines.append(f"{'count items':<18} {report.item_accuracy:.3f} right on matched cardinals and ordinals")
    for name in FIELDS:
        lines.append("")
        lines.append(f"{name + ' by label':<39}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
        for label, s in report.by_label(name).items():
            lines.append(f"  {label:<37}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    if rules:
        lines.append("")
        lines.append(f"{'rule':<62}{'fired':>7}{'right':>7}")
        for rule, (fired, right) in report.rules().items():
            lines.append(f"  {rule:<60}{fired:>7}{right:>7}")
        never = report.never_fired()
        lines.append(f"rules that never fired ({len(never)} of {len(report.all_rules)}):")
        lines += [f"  {rule}" for rule in never]
    if details:
        lines.append("")
        for doc in report.documents:
            for name in FIELDS:
                if doc.missed.get(name) or doc.spurious.get(name):
                    lines.append(f"{doc.doc_id} {name}: missed {doc.missed[name]} spurious {doc.spurious[name]}")
    return "\n".join(lines)
