#!/usr/bin/env python3
"""Throughput of `align analyze` against scikit-learn (themes) and VADER (sentiment).

On one corpus of survey comments (default: 100,000 rows made by
``align generate feedback --rows N --seed S``, or any CSV given with ``--input``) it times:

  (a) align   ``align analyze FILE --text-column comment`` end to end, as a subprocess with
              its output sent to /dev/null: process start, CSV parsing (both passes),
              theme finding, sentiment and CSV writing are all inside the measurement.
  (b) sklearn ``TfidfVectorizer(...).fit_transform`` followed by
              ``NMF(n_components=20).fit_transform`` on the comments - the usual Python way to
              find themes (settings follow scikit-learn's topic-extraction example:
              max_df=0.95, min_df=2, max_features=1000, English stop words, init="nndsvda").
  (c) vader   ``SentimentIntensityAnalyzer().polarity_scores(c)`` for every comment.

For (b) and (c) only the computation is timed: the comments are read once beforehand with
the csv module (that time is reported separately as "python csv read") and the models are
built outside the timing, so the baselines do not pay for I/O while align does. Every
timing uses time.perf_counter. Throughput is documents per second; the ratios are
align docs/s over baseline docs/s, against the goals align/sklearn >= 10 and
align/vader >= 20. The script exits 0 whether or not the goals are met (``--strict`` makes a
missed goal exit 1).

The align binary comes from ``--align-bin`` or env ``ALIGN_BIN``; default
``.build/release/align`` if present, else ``.build/debug/align`` (relative to the repo root).
Needs: scikit-learn, vaderSentiment (scripts/requirements-bench.txt).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
GOAL_SKLEARN = 10.0
GOAL_VADER = 20.0


def default_align_bin() -> str:
    env = os.environ.get("ALIGN_BIN")
    if env:
        return env
    release = REPO_ROOT / ".build/release/align"
    return str(release if release.exists() else REPO_ROOT / ".build/debug/align")


def require_binary(path: str) -> None:
    if not os.path.isfile(path) or not os.access(path, os.X_OK):
        raise SystemExit(f"error: align binary not found at {path} "
                         f"(set ALIGN_BIN or build with scripts/bench.sh --build)")


def generate(align_bin: str, rows: int, seed: int, output: Path) -> float:
    started = time.perf_counter()
    subprocess.run([align_bin, "generate", "feedback", "--rows", str(rows), "--output", str(output),
                    "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def read_comments(path: Path, column: str) -> list[str]:
    csv.field_size_limit(1 << 30)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if column not in (reader.fieldnames or []):
            raise SystemExit(f"error: {path} has no column {column!r}; columns are {reader.fieldnames}")
        return [row[column] or "" for row in reader]


def time_align(align_bin: str, path: Path, column: str) -> float:
    started = time.perf_counter()
    completed = subprocess.run([align_bin, "analyze", str(path), "--text-column", column],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"error: align analyze exited {completed.returncode}: "
                         f"{completed.stderr.decode(errors='replace').strip()}")
    return seconds


def time_sklearn(comments: list[str], components: int, max_features: int | None, seed: int) -> tuple[float, dict]:
    import warnings

    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(max_df=0.95, min_df=2, max_features=max_features, stop_words="english")
    started = time.perf_counter()
    matrix = vectorizer.fit_transform(comments)
    # NMF cannot have more components than documents or terms; a tiny corpus gets fewer.
    used = min(components, *matrix.shape)
    model = NMF(n_components=used, init="nndsvda", random_state=seed)
    with warnings.catch_warnings():
        # Hitting max_iter (200) is normal here and part of the cost; it is reported, not warned about.
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit_transform(matrix)
    seconds = time.perf_counter() - started
    words = vectorizer.get_feature_names_out()
    top = [" ".join(words[i] for i in topic.argsort()[:-6:-1]) for topic in model.components_[:3]]
    return seconds, {"vocabulary": len(words), "components": used, "iterations": int(model.n_iter_),
                     "max_iter": model.max_iter, "first_topics": top}


def time_vader(comments: list[str]) -> float:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    score = analyzer.polarity_scores
    started = time.perf_counter()
    for comment in comments:
        score(comment)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, help="comments to generate (default 100000)")
    parser.add_argument("--seed", type=int, default=42, help="seed for align generate and NMF (default 42)")
    parser.add_argument("--input", type=Path, help="use this CSV instead of generating one")
    parser.add_argument("--text-column", default="comment", help="column holding the text (default comment)")
    parser.add_argument("--components", type=int, default=20, help="NMF components (default 20)")
    parser.add_argument("--max-features", type=int, default=1000,
                        help="TfidfVectorizer max_features (default 1000; 0 = unlimited)")
    parser.add_argument("--align-bin", default=default_align_bin(),
                        help="align executable (default: $ALIGN_BIN, else .build/release/align, else .build/debug/align)")
    parser.add_argument("--skip", action="append", default=[], choices=["align", "sklearn", "vader"],
                        help="leave out one measurement (repeatable); align cannot be skipped without --input")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--json-out", type=Path, help="also write the JSON result to this file")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="align-bench-analyze-") as tmp:
        result: dict = {"text_column": args.text_column}
        if args.input:
            corpus = args.input
            if not corpus.is_file():
                raise SystemExit(f"error: no such file {corpus}")
            result["corpus"] = str(corpus)
        else:
            require_binary(args.align_bin)
            corpus = Path(tmp) / "feedback.csv"
            if not args.json:
                print(f"==> {args.align_bin} generate feedback --rows {args.rows} --seed {args.seed}", file=sys.stderr)
            result["generate_seconds"] = generate(args.align_bin, args.rows, args.seed, corpus)
            result["corpus"] = f"align generate feedback --rows {args.rows} --seed {args.seed}"
        result["corpus_bytes"] = corpus.stat().st_size

        started = time.perf_counter()
        comments = read_comments(corpus, args.text_column)
        result["python_csv_read_seconds"] = time.perf_counter() - started
        docs = len(comments)
        result["documents"] = docs
        if docs == 0:
            raise SystemExit(f"error: {corpus} has no data rows")

        timings: dict[str, float] = {}
        if "align" not in args.skip:
            require_binary(args.align_bin)
            result["align_bin"] = args.align_bin
            if not args.json:
                print(f"==> timing align analyze on {docs} comments", file=sys.stderr)
            timings["align"] = time_align(args.align_bin, corpus, args.text_column)
        if "sklearn" not in args.skip:
            if not args.json:
                print(f"==> timing TfidfVectorizer + NMF(n_components={args.components})", file=sys.stderr)
            timings["sklearn"], result["sklearn_details"] = time_sklearn(
                comments, args.components, args.max_features or None, args.seed)
        if "vader" not in args.skip:
            if not args.json:
                print("==> timing VADER polarity_scores", file=sys.stderr)
            timings["vader"] = time_vader(comments)

    result["seconds"] = timings
    result["docs_per_second"] = {name: docs / seconds if seconds > 0 else None for name, seconds in timings.items()}
    goals = {}
    for baseline, goal in (("sklearn", GOAL_SKLEARN), ("vader", GOAL_VADER)):
        if "align" in timings and baseline in timings and timings["align"] > 0:
            speedup = timings[baseline] / timings["align"]
            goals[f"align/{baseline}"] = {"ratio": speedup, "goal": goal, "met": speedup >= goal}
    result["goals"] = goals

    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"Analyze throughput on {docs} comments ({result['corpus']}, "
              f"{result['corpus_bytes'] / 1e6:.1f} MB)")
        if "generate_seconds" in result:
            print(f"  (generating the corpus took {result['generate_seconds']:.2f} s)")
        print(f"  python csv read (not counted for the baselines): {result['python_csv_read_seconds']:.2f} s")
        details = result.get("sklearn_details")
        if details and details["components"] != args.components:
            print(f"  note: NMF ran with {details['components']} components (vocabulary {details['vocabulary']})")
        print()
        labels = {"align": "align analyze (end to end)",
                  "sklearn": f"sklearn tf-idf + NMF({args.components})",
                  "vader": "VADER polarity_scores"}
        print(f"  {'what':<30} {'seconds':>9} {'docs/s':>12}")
        print("  " + "-" * 53)
        for name, seconds in timings.items():
            print(f"  {labels[name]:<30} {seconds:>9.2f} {result['docs_per_second'][name]:>12,.0f}")
        print()
        for name, goal in goals.items():
            print(f"  {name:<14} {goal['ratio']:>7.1f}x   goal >= {goal['goal']:.0f}x   "
                  f"{'MET' if goal['met'] else 'NOT MET'}")
        if not goals:
            print("  (no ratios: align or both baselines skipped)")
    if args.strict and any(not goal["met"] for goal in goals.values()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
