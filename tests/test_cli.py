"""The CLI as a user runs it: a subprocess, real files, exit codes."""

from __future__ import annotations

import json
import re
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
    assert "articles read" in result.stderr and "organizations" in result.stderr
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_run_directory_and_jsonl_to_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Xiaomi opened 3 stores.", encoding="utf-8")
    rows = [
        {"id": "r1", "text": "Tencent hired 20 engineers.", "url": "u1"},
        {"id": "r2", "text": "BYD built a plant."},
    ]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = run_cli("run", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["a", "r1", "r2"]
    assert records[1]["metadata"] == {"url": "u1"}


def test_bad_inputs_become_error_records_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Huawei opened a lab.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 2)
    (tmp_path / "big.txt").write_text("Huawei opened a lab. " * 100, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"id": "x", "text": "Fine text."}\n{broken\n{"id": "y"}\n', encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    out = tmp_path / "out.jsonl"
    result = run_cli(
        "run", str(tmp_path), str(tmp_path / "missing.txt"), str(tmp_path / "nothing"), "-o", str(out),
        "--max-bytes", "1000",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    errors = {
        r["doc_id"]: r["error"]["type"]
        for r in map(json.loads, (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines())
    }
    assert errors == {
        "empty": "empty_input",
        "blank": "empty_input",
        "binary": "binary_input",
        "big": "too_large",
        "rows:2": "malformed_jsonl",
        "y": "missing_text",
        "missing": "not_found",
        "nothing": "no_inputs",
    }
    assert [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good", "x"]
    summary = dict(
        re.split(r"\s{2,}", line.strip()) for line in result.stderr.splitlines() if re.search(r"\s{2,}", line)
    )
    assert (summary["articles read"], summary["succeeded"], summary["failed"]) == ("10", "2", "8")


def test_glob_patterns_and_stdin(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(f"Huawei opened {len(name)} labs.", encoding="utf-8")
    result = run_cli("run", str(tmp_path / "*.txt"), cwd=tmp_path)
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["a", "b"]
    piped = subprocess.run(
        [sys.executable, "-m", "extract", "run", "-"], input="Tencent hired 20 engineers.", capture_output=True,
        text=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr
    [record] = [json.loads(line) for line in piped.stdout.splitlines()]
    assert (record["doc_id"], record["source"]) == ("stdin", "-")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("run", str(SAMPLES / "baodi.txt"), "--resume").returncode == 2
    assert run_cli("run", str(SAMPLES / "baodi.txt"), "--workers", "0").returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_broken_rules_are_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("run", str(SAMPLES / "baodi.txt"), "--patterns", str(tmp_path))
    assert result.returncode == 2
    assert "rule file not found" in result.stderr
