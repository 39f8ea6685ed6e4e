"""Pattern-author tooling: `extract check`, `extract eval`, `extract show`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract import Extractor
from extract.evaluate import evaluate_files, format_report, gold_files
from extract.golden import golden_payload
from extract.regression import compare

from .conftest import ROOT, SAMPLES

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"}


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_compare_reports_added_removed_and_changed_items(extractor: Extractor) -> None:
    record = extractor.extract((SAMPLES / "baodi.txt").read_text(encoding="utf-8"), doc_id="baodi")
    current = golden_payload(record)
    golden = json.loads(json.dumps(current))
    golden["counts"][1]["value"] = 204
    golden["organizations"][4]["kind"] = "other"
    removed = golden["initiatives"].pop(3)
    golden["title"] = "Old title"
    lines = [str(change) for change in compare(golden, current)]
    assert "  ~ title: 'Old title' -> 'Baodi banks on tech town for development engine'" in lines
    assert "  ~ organizations: 'Beijing Benz' kind: 'other' -> 'company'" in lines
    assert "  ~ counts: '203 services' [1031:1043] cardinal value: 204 -> 203" in lines
    mention = removed["mention"]
    added = f"  + initiatives: {mention['text']!r} [{mention['start']}:{mention['end']}] {removed['type']}"
    assert any(line.startswith(added) for line in lines)
    assert len(lines) == 4
    assert compare(current, current) == []


def test_check_exits_1_on_a_difference_and_update_rewrites(tmp_path: Path) -> None:
    golden = tmp_path / "golden"
    shutil.copytree(ROOT / "outputs", golden)
    assert run_cli("check", str(SAMPLES / "baodi.txt"), "--golden", str(golden)).returncode == 0
    data = json.loads((golden / "baodi.json").read_text(encoding="utf-8"))
    data["counts"].pop(0)
    (golden / "baodi.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = run_cli("check", str(SAMPLES / "baodi.txt"), "--golden", str(golden))
    assert result.returncode == 1
    assert "+ counts: 'first major investment project'" in result.stdout
    assert run_cli("check", str(SAMPLES / "baodi.txt"), "--golden", str(golden), "--update").returncode == 0
    assert (golden / "baodi.json").read_bytes() == (ROOT / "outputs" / "baodi.json").read_bytes()


def test_eval_scores_fields_labels_and_rules(extractor: Extractor) -> None:
    report = evaluate_files(extractor, gold_files([ROOT / "annotations" / "baodi.json"]), samples_dir=SAMPLES)
    assert report.total("organizations").f1 == 1.0
    assert report.total("counts").f1 == 1.0
    assert report.by_label("counts")["cardinal"].tp == 2
    rules = report.rules()
    assert rules["count.number.digits"] == (1, 1)
    assert "initiative.free_trade_zone.ftz" in report.never_fired()
    text = format_report(report, rules=True, details=True)
    assert "organizations      micro P 1.000" in text
    assert "rules that never fired" in text


def test_show_writes_well_formed_html_with_every_span(tmp_path: Path, extractor: Extractor) -> None:
    page = tmp_path / "report.html"
    result = run_cli("show", str(SAMPLES / "baodi.txt"), "-o", str(page))
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    checker = _TagChecker()
    checker.feed(html)
    assert not checker.errors and checker.stack == [], (checker.errors, checker.stack)
    record = extractor.extract((SAMPLES / "baodi.txt").read_text(encoding="utf-8"), doc_id="baodi")
    for _, mention in record.iter_mentions():
        assert f"[{mention.start}:{mention.end}]" in html
    for org in record.organizations:
        assert f"ORG {org.kind.value}" in html
    for initiative in record.initiatives:
        assert f"INITIATIVE {initiative.type.value}" in html


@pytest.mark.skipif(shutil.which("chromium") is None, reason="headless Chromium is not installed")
def test_show_renders_in_headless_chromium(tmp_path: Path) -> None:
    page, shot = tmp_path / "report.html", tmp_path / "report.png"
    assert run_cli("show", str(SAMPLES / "baodi.txt"), "-o", str(page)).returncode == 0
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
    subprocess.run(
        ["chromium", *flags, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2000",
         f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
