"""Throughput of the extractor against bare ``spacy.blank("en")`` tokenization.

    python benchmarks/bench.py                            # 2M tokens per corpus, 3 repeats
    python benchmarks/bench.py --tokens 200000 --repeat 1 # quick check
    python benchmarks/bench.py --profile                  # cProfile of (b) on a small corpus

Measured: (a) blank tokenization, (b) ``Extractor().extract_many(n_process=1)``, (c) the
same with ``n_process=2``, on the samples repeated up to the token budget, and (a) and (b)
on "long" articles (~20,000 tokens, samples joined by blank lines) with the same budget;
plus the time to build an ``Extractor()``, and (f) the floor that the stack sets on (b): the
part of the work that spaCy's compiled PhraseMatchers and pydantic do, timed alone (see
``run_floor``).  Every measurement runs in a fresh subprocess
(this script with ``--child``), so each peak RSS belongs to one measurement and no cache
carries over.  The table goes to stdout, progress to stderr, all figures to build/bench.json.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUTPUT = ROOT / "build" / "bench.json"
LONG_TOKENS = 20_000
# key, label, what the child runs, corpus
PHASES = (
    ("a", "(a) blank tokenizer", "tokenize", "normal"),
    ("b", "(b) extractor, 1 process", "extract1", "normal"),
    ("c", "(c) extractor, 2 processes", "extract2", "normal"),
    ("a_long", "(a) blank tokenizer", "tokenize", "long"),
    ("b_long", "(b) extractor, 1 process", "extract1", "long"),
)
Pairs = list[tuple[str, str]]


def build_corpus(variant: str, budget: int) -> tuple[Pairs, int]:
    """The samples repeated until ``budget`` tokens; "long" joins them into ~20k-token articles."""
    import spacy

    nlp = spacy.blank("en")
    samples = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    if variant == "long":
        samples = [sample.strip() for sample in samples]
    sizes = [len(nlp.make_doc(sample)) for sample in samples]
    texts: list[str] = []
    total = i = 0
    while total < budget:
        parts: list[str] = []
        size = 0
        while not parts or (variant == "long" and size < LONG_TOKENS):
            parts.append(samples[i % len(samples)])
            size += sizes[i % len(samples)]
            i += 1
        text = "\n\n".join(parts)
        texts.append(text)
        total += len(nlp.make_doc(text)) if len(parts) > 1 else size
    return [(f"doc{n}", text) for n, text in enumerate(texts)], total


def _phrase_matchers(extractor: Any) -> list[Any]:
    """Every spaCy PhraseMatcher the pipeline's components hold (directly or in a RuleMatcher)."""
    from spacy.matcher import PhraseMatcher

    from extract.matching import RuleMatcher

    found: list[Any] = []
    for _, pipe in extractor.nlp.pipeline:
        for value in vars(pipe).values():
            if isinstance(value, PhraseMatcher):
                found.append(value)
            elif isinstance(value, RuleMatcher):
                found += [*value.phrase_matchers.values(), *value.anchors.values()]
    return found


def _rebuild(record: Any) -> Any:
    """The record's pydantic models built again from their finished values, as the pipeline builds them."""
    from extract.records import ArticleRecord, Count, Initiative, Mention, Organization

    def mention(m: Mention) -> Mention:
        return Mention(start=m.start, end=m.end, text=m.text, sentence=m.sentence, rule=m.rule)

    return ArticleRecord(
        doc_id=record.doc_id,
        text_sha256=record.text_sha256,
        sentence_count=record.sentence_count,
        organizations=[
            Organization(name=o.name, kind=o.kind, aliases=o.aliases, mentions=[mention(m) for m in o.mentions])
            for o in record.organizations
        ],
        counts=[
            Count(
                kind=c.kind, value=c.value, unit=c.unit, item=c.item, qualifier=c.qualifier, mention=mention(c.mention)
            )
            for c in record.counts
        ],
        initiatives=[
            Initiative(
                type=i.type, text=i.text, mention=mention(i.mention), organizations=i.organizations, counts=i.counts
            )
            for i in record.initiatives
        ],
        extractor=record.extractor,
    )


def run_floor(args: argparse.Namespace) -> dict[str, Any]:
    """What (b) cannot go below while its rules run in spaCy's PhraseMatchers and its output is pydantic models.

    Timed alone, in one process, on the normal corpus: (a) tokenizing; the pipeline's PhraseMatchers
    (compiled code: every rule is looked up through one) over the tokenized docs; and building the records'
    models again from their finished values.  With every line of the project's own Python at zero cost,
    (b)/(a) would still be at most t(a) / (t(a) + t(phrase matchers) + t(models)).
    """
    import spacy

    from extract import Extractor
    from extract.pipeline import PIPE_NAMES

    pairs, tokens = build_corpus("normal", args.tokens)
    texts = [text for _, text in pairs]
    extractor = Extractor()
    records = list(extractor.extract_many(pairs))
    blank = spacy.blank("en")
    with extractor.nlp.select_pipes(enable=[name for name in PIPE_NAMES[:2]]):  # sentences and lemmas (LEMMA matchers)
        docs = list(extractor.nlp.pipe(texts))
    matchers = _phrase_matchers(extractor)

    def timed(work: Any) -> float:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    tokenize = timed(lambda: [blank.make_doc(text) for text in texts])

    def match_all() -> None:
        for doc in docs:
            for matcher in matchers:
                matcher(doc)

    matching = timed(match_all)

    def rebuild_all() -> None:
        for record in records:  # not kept: a list of them makes the garbage collector rescan it, timed too
            _rebuild(record)

    models = timed(rebuild_all)
    items = sum(len(r.organizations) + len(r.counts) + len(r.initiatives) for r in records)  # type: ignore[union-attr]
    mentions = sum(1 for r in records for _ in r.iter_mentions())  # type: ignore[union-attr]
    return {
        "articles": len(pairs),
        "tokens": tokens,
        "phrase_matchers": len(matchers),
        "items": items,
        "mentions": mentions,
        "us_per_token": {
            key: 1e6 * value / tokens
            for key, value in (("tokenize", tokenize), ("phrase_matchers", matching), ("models", models))
        },
        "b_over_a_bound": tokenize / (tokenize + matching + models),
    }


def run_child(args: argparse.Namespace) -> dict[str, Any]:
    """One measurement in this (fresh) process; the result is printed as JSON."""
    if args.child == "floor":
        return run_floor(args)
    if args.child == "build":
        start = time.perf_counter()
        from extract import Extractor

        imported = time.perf_counter()
        Extractor()
        return {"import_s": imported - start, "build_s": time.perf_counter() - imported}
    pairs, tokens = build_corpus(args.variant, args.tokens)
    if args.child == "tokenize":
        import spacy

        nlp = spacy.blank("en")
        texts = [text for _, text in pairs]

        def run() -> tuple[int, int]:
            return sum(len(doc) for doc in nlp.pipe(texts)), 0

    else:
        from extract import ErrorRecord, Extractor

        extractor = Extractor()
        n_process = 2 if args.child == "extract2" else 1

        def run() -> tuple[int, int]:
            count = errors = 0
            for record in extractor.extract_many(pairs, n_process=n_process, batch_size=args.batch_size):
                count += 1
                errors += isinstance(record, ErrorRecord)
            return count, errors

    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        count, errors = run()
        times.append(time.perf_counter() - start)
    expected = tokens if args.child == "tokenize" else len(pairs)
    if count != expected:
        raise SystemExit(f"{args.child}: got {count} tokens/records, expected {expected}")
    return {
        "articles": len(pairs),
        "tokens": tokens,
        "errors": errors,
        "times_s": times,
        "maxrss_self_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "maxrss_children_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def child(*argv: str) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *argv]
    output = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def machine() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    model = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), None)
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "cpus_available": len(os.sched_getaffinity(0)),
        "cpu_model": model,
        "spacy": version("spacy"),
        "pydantic": version("pydantic"),
        "extract": version("extract"),
    }


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    load_at_start = os.getloadavg()  # other work on the machine skews every figure
    builds = []
    for n in range(args.builds):
        builds.append(child("build"))
        print(f"build {n + 1}/{args.builds}: {builds[-1]['build_s']:.3f} s", file=sys.stderr)
    phases: dict[str, dict[str, Any]] = {}
    for key, label, what, variant in PHASES:
        print(f"running {label} on the {variant} corpus ...", file=sys.stderr)
        options = ["--variant", variant, "--tokens", str(args.tokens), "--repeat", str(args.repeat)]
        result = child(what, *options, "--batch-size", str(args.batch_size))
        median = statistics.median(result["times_s"])
        result |= {"label": label, "corpus": variant, "median_s": median}
        result |= {"tokens_per_s": result["tokens"] / median, "articles_per_s": result["articles"] / median}
        phases[key] = result
        print(f"  {median:.2f} s, {result['tokens_per_s']:,.0f} tokens/s", file=sys.stderr)
    print("timing (f) the floor: phrase matchers and record models alone ...", file=sys.stderr)
    floor = child("floor", "--tokens", str(args.tokens), "--repeat", str(args.repeat))
    return {
        "machine": machine() | {"load_average_at_start": load_at_start},
        "floor": floor,
        "settings": {key: getattr(args, key) for key in ("tokens", "repeat", "batch_size", "builds")},
        "build": {
            "median_build_s": statistics.median(b["build_s"] for b in builds),
            "median_import_s": statistics.median(b["import_s"] for b in builds),
            "runs": builds,
        },
        "phases": phases,
        "ratios": {
            "b_over_a_tokens_per_s": phases["b"]["tokens_per_s"] / phases["a"]["tokens_per_s"],
            "c_over_b_speedup": phases["c"]["tokens_per_s"] / phases["b"]["tokens_per_s"],
            "b_long_over_b_tokens_per_s": phases["b_long"]["tokens_per_s"] / phases["b"]["tokens_per_s"],
        },
    }


def report(results: dict[str, Any]) -> str:
    header = f"{'measurement':<28} {'corpus':<7} {'articles':>8} {'tokens':>10} {'median s':>9} "
    header += f"{'tokens/s':>10} {'articles/s':>10} {'RSS MiB':>8} {'child RSS MiB':>13}"
    lines = [header, "-" * len(header)]
    for p in results["phases"].values():
        children = f"{p['maxrss_children_mib']:.0f}" if p["maxrss_children_mib"] else "-"
        lines.append(
            f"{p['label']:<28} {p['corpus']:<7} {p['articles']:>8,} {p['tokens']:>10,} {p['median_s']:>9.2f} "
            f"{p['tokens_per_s']:>10,.0f} {p['articles_per_s']:>10,.1f} {p['maxrss_self_mib']:>8.0f} {children:>13}"
        )
    ratios, build, info, floor = results["ratios"], results["build"], results["machine"], results["floor"]
    cost = floor["us_per_token"]
    runs = ", ".join(f"{b['build_s']:.3f}" for b in build["runs"])
    lines += [
        "",
        f"(b)/(a) tokens/s, normal corpus:      {ratios['b_over_a_tokens_per_s']:.4f}"
        f" (the extractor is {1 / ratios['b_over_a_tokens_per_s']:.0f}x slower than tokenizing)",
        f"(c)/(b) speed-up with 2 processes:    {ratios['c_over_b_speedup']:.2f}x",
        f"(b) long/normal tokens/s:             {ratios['b_long_over_b_tokens_per_s']:.3f}",
        f"Extractor() build, median of {len(build['runs'])}:      {build['median_build_s']:.3f} s"
        f" (runs: {runs}; import extract: {build['median_import_s']:.3f} s)",
        "",
        f"(f) floor, microseconds a token: tokenize {cost['tokenize']:.3f}, the {floor['phrase_matchers']} PhraseMatchers"
        f" {cost['phrase_matchers']:.3f}, building the records' models ({floor['items'] / floor['tokens']:.3f}"
        f" items a token) {cost['models']:.3f}",
        f"    so (b)/(a) <= {floor['b_over_a_bound']:.3f} even if the project's own Python cost nothing",
        "",
        f"medians of {results['settings']['repeat']} runs; RSS = peak of the measuring process"
        " (RUSAGE_SELF); child RSS = the largest pool worker (RUSAGE_CHILDREN); (c) includes pool start-up.",
        f"{info['cpu_model']}, {info['cpu_count']} CPUs, {info['platform']}, Python {info['python']},"
        f" spaCy {info['spacy']}, extract {info['extract']};"
        f" load average at start {info['load_average_at_start'][0]:.2f}",
    ]
    return "\n".join(lines)


def profile(tokens: int) -> None:
    from extract import Extractor

    pairs, total = build_corpus("normal", tokens)
    extractor = Extractor()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in extractor.extract_many(pairs, n_process=1):
        pass
    profiler.disable()
    print(f"cProfile of (b): {len(pairs)} articles, {total:,} tokens")
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    for key in ("cumulative", "tottime"):
        print(f"\n=== top 25 by {key} ===")
        stats.sort_stats(key).print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", type=int, default=2_000_000, help="token budget of each corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the median is reported)")
    parser.add_argument("--batch-size", type=int, default=32, help="batch size of (c)")
    parser.add_argument("--builds", type=int, default=5, help="fresh processes that time Extractor()")
    parser.add_argument("--profile", action="store_true", help="profile (b) instead of benchmarking")
    parser.add_argument("--profile-tokens", type=int, default=100_000, help="token budget of --profile")
    parser.add_argument(
        "--child", choices=("build", "tokenize", "extract1", "extract2", "floor"), help=argparse.SUPPRESS
    )
    parser.add_argument("--variant", choices=("normal", "long"), default="normal", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args)))
    elif args.profile:
        profile(args.profile_tokens)
    else:
        results = benchmark(args)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(report(results))
        print(f"\nwritten to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
