"""Batch runs: encodings, HTML, resume after SIGKILL, workers, flat memory, fuzzing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import ArticleRecord, Extractor
from extract.articles import Article
from extract.inputs import _read_bytes, iter_inputs
from extract.records import ErrorRecord

from .conftest import SAMPLES

BODY = "Baodi district introduced 203 services launched by the Zhongguancun Development Group."


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8.txt", BODY.encode("utf-8"), None),
        ("utf8bom.txt", b"\xef\xbb\xbf" + BODY.encode("utf-8"), None),
        ("utf16le.txt", BODY.encode("utf-16"), "utf-16"),
        ("utf16be.txt", b"\xfe\xff" + BODY.encode("utf-16-be"), "utf-16"),
        ("gb18030.txt", ("宝坻区科技城。" + BODY).encode("gb18030"), "gb18030"),
        ("gbk.txt", ("京津中关村科技城，宝坻区。" * 3 + BODY).encode("gbk"), "gb18030"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, name: str, data: bytes, encoding: str | None) -> None:
    (tmp_path / name).write_bytes(data)
    [article] = list(iter_inputs([tmp_path / name]))
    assert isinstance(article, Article)
    assert article.text.endswith(BODY)
    assert article.metadata.get("encoding") == encoding


def test_undecodable_bytes_are_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8" + b"\x00" * 3)  # a UTF-16 BOM, then a lone surrogate
    [error] = list(iter_inputs([tmp_path / "bad.txt"]))
    assert isinstance(error, ErrorRecord)
    assert error.error.type == "decode_error"


def test_unreadable_file_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(BODY, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    [error] = list(iter_inputs([path]))
    assert isinstance(error, ErrorRecord)
    assert (error.error.type, error.error.message) == ("unreadable", "Permission denied")


def test_html_is_reduced_to_its_main_text(tmp_path: Path, extractor: Extractor) -> None:
    page = (
        "<html><head><title>Tech town</title></head><body><nav>Home | Sports | Weather</nav>"
        f"<article><h1>Baodi banks on tech town</h1><p>{BODY}</p><p>It also opened 12 business incubators.</p></article>"
        "<footer>Copyright 2024. All rights reserved.</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [article] = list(iter_inputs([tmp_path / "page.html"]))
    assert isinstance(article, Article)
    assert article.text_origin == "html_main_text"
    assert "Home | Sports" not in article.text and BODY in article.text
    record = extractor.safe_extract(article)
    assert isinstance(record, ArticleRecord)
    assert record.text_origin == "html_main_text"
    ArticleRecord.model_validate(record.model_dump(), context={"text": article.text})
    assert [c.value for c in record.counts] == [203, 12]


def _corpus(directory: Path, copies: int) -> None:
    directory.mkdir()
    for n in range(copies):
        for sample in sorted(SAMPLES.glob("*.txt")):
            (directory / f"{n:02d}_{sample.name}").write_bytes(sample.read_bytes())


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", "run", *args], capture_output=True, text=True, check=False)


def test_resume_after_sigkill_gives_every_record_exactly_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _corpus(corpus, 6)
    expected = tmp_path / "expected.jsonl"
    assert _run(str(corpus), "-o", str(expected)).returncode == 0
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "extract", "run", str(corpus), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 20):
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = out.read_bytes().count(b"\n")
    assert 20 <= partial < expected.read_bytes().count(b"\n"), "the run was not killed midway"
    resumed = _run(str(corpus), "-o", str(out), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "skipped (resume)" in resumed.stderr
    assert out.read_bytes() == expected.read_bytes()


def test_a_half_written_last_line_is_dropped_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert _run(str(SAMPLES / "baodi.txt"), "-o", str(out)).returncode == 0
    complete = out.read_bytes()
    out.write_bytes(complete + b'{"schema_version": "1", "doc_id": "dali_ma')
    assert _run(str(SAMPLES), "-o", str(out), "--resume").returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list(SAMPLES.glob("*.txt")))
    assert all(json.loads(line)["doc_id"] for line in lines)


def test_two_workers_give_identical_output(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _run(str(SAMPLES), "-o", str(one), "--workers", "1").returncode == 0
    assert _run(str(SAMPLES), "-o", str(two), "--workers", "2").returncode == 0
    assert one.read_bytes() == two.read_bytes()


_PEAK_RSS = (
    "import resource, sys; from extract.cli import app\n"
    "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
)


def _peak_rss_kib(articles: int, tmp_path: Path) -> int:
    rows = tmp_path / f"rows{articles}.jsonl"
    text = "The Zhongguancun Development Group opened {n} business incubators in Tianjin's Baodi district."
    rows.write_text("".join(json.dumps({"id": f"a{n}", "text": text.format(n=n)}) + "\n" for n in range(articles)))
    out = tmp_path / f"out{articles}.jsonl"
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, "run", str(rows), "-o", str(out)], capture_output=True, text=True, check=False
    )
    assert out.read_text(encoding="utf-8").count("\n") == articles, result.stderr
    return int(result.stderr.strip().splitlines()[-1])


def test_memory_stays_flat_on_long_runs(tmp_path: Path) -> None:
    small = _peak_rss_kib(100, tmp_path)
    large = _peak_rss_kib(10_000, tmp_path)
    assert large - small < 50 * 1024, f"peak RSS grew from {small} KiB to {large} KiB"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_offsets_are_valid(extractor: Extractor, text: str) -> None:
    result = extractor.safe_extract(Article("fuzz", text))
    if isinstance(result, ErrorRecord):
        assert result.error.type == "empty_input", result.error.message
        return
    ArticleRecord.model_validate(result.model_dump(), context={"text": text})
    for _, mention in result.iter_mentions():
        assert text[mention.start : mention.end] == mention.text


NEWSY = st.lists(
    st.sampled_from(
        ["the", "first", "Group", "203", "1,200", "billion", "yuan", "percent", "-", "and", ",", ".", "\n", "of",
         "Tianjin", "Municipal", "Government", "University", "such", "as", "Xiaomi", "(", ")", "$", "3rd", "half",
         "one", "hand", "On", "Science", "Park", "incubators", "more", "than", "'s", "Co", "Ltd", "2024-05-31"]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NEWSY)
def test_news_like_word_salad_never_raises(extractor: Extractor, text: str) -> None:
    result = extractor.safe_extract(Article("fuzz", text))
    if isinstance(result, ArticleRecord):
        ArticleRecord.model_validate(result.model_dump(), context={"text": text})
    else:
        assert result.error.type == "empty_input", result.error.message


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_arbitrary_bytes_through_the_reader_never_raise(data: bytes, suffix: str) -> None:
    for item in _read_bytes(data, "fuzz" + suffix, "fuzz", suffix):
        assert isinstance(item, Article | ErrorRecord)
