"""The CLI as a user runs it: a subprocess, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from extract import __version__

from .conftest import SAMPLES


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"extract {__version__}"


def test_schema_is_json_schema() -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "ArticleRecord"


def test_run_writes_one_record_per_article(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli("run", str(SAMPLES / "baodi.txt"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    [line] = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["doc_id"] == "baodi"
    assert record["source"] == str(SAMPLES / "baodi.txt")
    assert "articles" in result.stderr and "organizations" in result.stderr


def test_run_directory_and_jsonl_to_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Xiaomi opened 3 stores.", encoding="utf-8")
    rows = [{"id": "r1", "text": "Tencent hired 20 engineers."}, {"id": "r2", "text": "BYD built a plant."}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = run_cli("run", str(tmp_path))
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "r1", "r2"]


def test_bad_inputs_become_error_records_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Huawei opened a lab.", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"id": "x", "text": "Fine text."}\n{broken\n{"id": "y"}\n', encoding="utf-8")
    result = run_cli("run", str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {r["doc_id"]: r["error"]["type"] for r in records if "error" in r}
    assert errors == {"empty": "empty_input", "rows:2": "malformed_jsonl", "y": "missing_text", "missing": "not_found"}
    assert {r["doc_id"] for r in records if "error" not in r} == {"good", "x"}


def test_broken_rules_are_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("run", str(SAMPLES / "baodi.txt"), "--patterns", str(tmp_path))
    assert result.returncode == 2
    assert "rule file not found" in result.stderr
