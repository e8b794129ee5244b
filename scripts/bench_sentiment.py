#!/usr/bin/env python3
"""Sentiment accuracy of `align analyze` against VADER on human-labelled review sentences.

Data
----
The labelled data ships inside a PyPI package: the *source distribution* of
``vaderSentiment==3.3.2`` (MIT License, (c) 2016 C.J. Hutto; see LICENSE.txt in the sdist)
contains ``additional_resources/hutto_ICWSM_2014.tar.gz``, the data set of

    Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment
    Analysis of Social Media Text. ICWSM-14.

Inside it, ``hutto_ICWSM_2014/amazonReviewSnippets_GroundTruth.txt`` (the default data set
here) holds 3,708 sentences from 309 Amazon customer reviews of 5 products (originally from
Hu & Liu 2004), each with the mean of at least 20 trained human raters on a -4..+4 scale.
Format: tab-separated ``ID<TAB>MEAN-RATING<TAB>TEXT``, UTF-8. The same archive holds movie
review (10,605), tweet (4,200) and NYT editorial (5,190) snippets in the same format
(``--dataset movie|tweets|nyt``). The package's wheel has none of this, and pip does not
install the sdist's additional_resources, so ``--prepare-data`` runs
``python -m pip download --no-deps --no-binary :all: vaderSentiment==3.3.2`` (pip is the only
network access), checks the sdist's sha256 and unpacks the archive into
``<venv>/share/align-bench/`` (``sys.prefix`` of the interpreter running this script).
Nothing is committed to the repository. Without ``--prepare-data`` a missing archive is
fetched the same way on first use.

Caveat: this is VADER's home ground. Its authors built and validated VADER against these
very sentences (the lexicon itself was rated independently, but the rules were tuned while
looking at this kind of text), so VADER's accuracy here is, if anything, flattering.

Gold labels (binary)
--------------------
Items whose mean human rating is within ``--gold-threshold`` of zero (default 0.5 on the
-4..+4 scale, i.e. raters leaned neither way by at least half a point) are dropped as
neutral; the rest are positive (mean > threshold) or negative (mean < -threshold).

Predictions (binary)
--------------------
* align: the sign of ``sentiment_score`` (a -1..1 value printed with 3 decimals). A score
  of exactly 0 (nothing carried sentiment) is an abstention and counts as wrong.
* VADER: the sign of ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``;
  0 is likewise an abstention and counts as wrong.
A second, stricter view uses each tool's own neutral band: align's ``sentiment_label``
(positive|negative; neutral or anything else counts as wrong) and VADER's documented
+-0.05 compound threshold.

Output: a small table (or ``--json``) with counts, accuracy for both, and the ratio
align/VADER. Exits 0 whenever the benchmark ran, whatever the numbers.

The align binary comes from ``--align-bin`` or env ``ALIGN_BIN``; default
``.build/release/align`` if present, else ``.build/debug/align`` (relative to the repo root).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

PACKAGE = "vaderSentiment"
PACKAGE_VERSION = "3.3.2"
SDIST_NAME = f"{PACKAGE}-{PACKAGE_VERSION}.tar.gz"
SDIST_SHA256 = "5d7c06e027fc8b99238edb0d53d970cf97066ef97654009890b83703849632f9"
INNER_ARCHIVE = f"{PACKAGE}-{PACKAGE_VERSION}/additional_resources/hutto_ICWSM_2014.tar.gz"
DATA_FOLDER = "hutto_ICWSM_2014"

DATASETS = {
    "amazon": "amazonReviewSnippets_GroundTruth.txt",
    "movie": "movieReviewSnippets_GroundTruth.txt",
    "tweets": "tweets_GroundTruth.txt",
    "nyt": "nytEditorialSnippets_GroundTruth.txt",
}

VADER_NEUTRAL_BAND = 0.05  # vaderSentiment's README: compound within +-0.05 is neutral


def default_align_bin() -> str:
    env = os.environ.get("ALIGN_BIN")
    if env:
        return env
    release = REPO_ROOT / ".build/release/align"
    return str(release if release.exists() else REPO_ROOT / ".build/debug/align")


def default_data_root() -> Path:
    env = os.environ.get("ALIGN_BENCH_DATA")
    return Path(env) if env else Path(sys.prefix) / "share" / "align-bench"


# --- data ----------------------------------------------------------------------------------

def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_data(root: Path, quiet: bool = False) -> Path:
    """Makes sure root/hutto_ICWSM_2014 holds the ground-truth files; returns that folder."""
    folder = root / DATA_FOLDER
    if all((folder / name).is_file() for name in DATASETS.values()):
        return folder
    root.mkdir(parents=True, exist_ok=True)
    sdist = root / SDIST_NAME
    if not sdist.is_file() or sha256_of(sdist) != SDIST_SHA256:
        if not quiet:
            print(f"==> pip download --no-deps --no-binary :all: {PACKAGE}=={PACKAGE_VERSION} "
                  f"(labelled data lives in its sdist)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", f"{PACKAGE}=={PACKAGE_VERSION}", "-d", str(root)],
                       check=True)
    actual = sha256_of(sdist)
    if actual != SDIST_SHA256:
        raise SystemExit(f"error: {sdist} has sha256 {actual}, expected {SDIST_SHA256}")
    with tarfile.open(sdist, "r:gz") as outer:
        inner_file = outer.extractfile(INNER_ARCHIVE)
        if inner_file is None:
            raise SystemExit(f"error: {INNER_ARCHIVE} missing from {sdist}")
        with tarfile.open(fileobj=inner_file, mode="r:gz") as inner:
            for member in inner.getmembers():
                name = Path(member.name)
                # Only the plain files we read; never follow links or write outside root.
                if (member.isfile() and name.parent == Path(DATA_FOLDER)
                        and (name.name in DATASETS.values() or name.name == "_README_.txt")):
                    source = inner.extractfile(member)
                    assert source is not None
                    folder.mkdir(parents=True, exist_ok=True)
                    (folder / name.name).write_bytes(source.read())
    with tarfile.open(sdist, "r:gz") as outer:
        licence = outer.extractfile(f"{PACKAGE}-{PACKAGE_VERSION}/LICENSE.txt")
        if licence is not None:
            (folder / "LICENSE.txt").write_bytes(licence.read())
    return folder


def load_items(path: Path, gold_threshold: float) -> tuple[list[dict], int]:
    """Reads ID<TAB>MEAN<TAB>TEXT lines; returns (binary items, number dropped as neutral)."""
    items, dropped = [], 0
    with path.open(encoding="utf-8-sig") as handle:
        for line_number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            parts = line.split("\t", 2)
            if len(parts) != 3:
                raise SystemExit(f"error: {path}:{line_number}: expected ID<TAB>RATING<TAB>TEXT")
            item_id, rating, text = parts[0].strip(), float(parts[1]), parts[2].strip()
            if abs(rating) <= gold_threshold or not text:
                dropped += 1
                continue
            items.append({"id": item_id, "gold": "positive" if rating > 0 else "negative",
                          "rating": rating, "text": text})
    return items, dropped


# --- predictions ---------------------------------------------------------------------------

def sign_label(value: float, band: float = 0.0) -> str:
    if value > band:
        return "positive"
    if value < -band:
        return "negative"
    return "abstain"


def run_align(align_bin: str, items: list[dict], workdir: Path) -> tuple[dict[str, tuple[float, str]], float]:
    """Runs `align analyze` on the items; returns ({id: (score, label)}, seconds)."""
    source = workdir / "labelled.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["item_id", "text"])
        for item in items:
            writer.writerow([item["id"], item["text"]])
    output = workdir / "analysed.csv"
    started = time.perf_counter()
    with output.open("wb") as out:
        completed = subprocess.run([align_bin, "analyze", str(source), "--text-column", "text"],
                                   stdout=out, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"error: align analyze exited {completed.returncode}: "
                         f"{completed.stderr.decode(errors='replace').strip()}")
    results: dict[str, tuple[float, str]] = {}
    with output.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"item_id", "sentiment_score", "sentiment_label"} - set(reader.fieldnames or [])
        if missing:
            raise SystemExit(f"error: align analyze output lacks columns {sorted(missing)}; "
                             f"header was {reader.fieldnames}")
        for row in reader:
            results[row["item_id"]] = (float(row["sentiment_score"]), row["sentiment_label"].strip())
    if len(results) != len(items):
        raise SystemExit(f"error: align analyze returned {len(results)} rows for {len(items)} items")
    return results, seconds


def run_vader(items: list[dict]) -> tuple[dict[str, float], float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    started = time.perf_counter()
    scores = {item["id"]: analyzer.polarity_scores(item["text"])["compound"] for item in items}
    return scores, time.perf_counter() - started


# --- scoring -------------------------------------------------------------------------------

def tally(items: list[dict], predicted: dict[str, str]) -> dict:
    correct = abstained = 0
    confusion = {"positive": {"positive": 0, "negative": 0, "abstain": 0},
                 "negative": {"positive": 0, "negative": 0, "abstain": 0}}
    for item in items:
        guess = predicted[item["id"]]
        confusion[item["gold"]][guess] += 1
        if guess == "abstain":
            abstained += 1
        elif guess == item["gold"]:
            correct += 1
    answered = len(items) - abstained
    return {"items": len(items), "correct": correct, "abstained": abstained,
            "accuracy": correct / len(items) if items else 0.0,
            "accuracy_answered": correct / answered if answered else 0.0,
            "confusion": confusion}


def ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dataset", choices=sorted(DATASETS), default="amazon",
                        help="which ground-truth file to use (default amazon: product reviews)")
    parser.add_argument("--limit", type=int, default=0,
                        help="use only the first N labelled items after dropping neutral ones (0 = all)")
    parser.add_argument("--gold-threshold", type=float, default=0.5,
                        help="drop items whose mean human rating (-4..4) is within this of 0 (default 0.5)")
    parser.add_argument("--align-bin", default=default_align_bin(),
                        help="align executable (default: $ALIGN_BIN, else .build/release/align, else .build/debug/align)")
    parser.add_argument("--data-root", type=Path, default=default_data_root(),
                        help="where the data is unpacked (default: $ALIGN_BENCH_DATA or <venv>/share/align-bench)")
    parser.add_argument("--prepare-data", action="store_true",
                        help="only fetch/unpack the labelled data (pip download), then exit")
    parser.add_argument("--skip-align", action="store_true",
                        help="score VADER only (for checking the harness without a built align)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--json-out", type=Path, help="also write the JSON result to this file")
    parser.add_argument("--keep", type=Path, help="copy the input/output CSVs of align into this folder")
    args = parser.parse_args(argv)

    folder = prepare_data(args.data_root, quiet=args.json)
    if args.prepare_data:
        print(f"labelled data ready in {folder}")
        return 0

    path = folder / DATASETS[args.dataset]
    items, dropped = load_items(path, args.gold_threshold)
    if args.limit > 0:
        items = items[:args.limit]
    if not items:
        raise SystemExit("error: no labelled items left after filtering")

    vader_scores, vader_seconds = run_vader(items)
    result: dict = {
        "dataset": args.dataset, "file": str(path),
        "source": f"{PACKAGE}=={PACKAGE_VERSION} sdist, additional_resources/hutto_ICWSM_2014.tar.gz",
        "gold_threshold": args.gold_threshold, "dropped_neutral": dropped,
        "items": len(items),
        "gold_positive": sum(item["gold"] == "positive" for item in items),
        "gold_negative": sum(item["gold"] == "negative" for item in items),
        "vader": {"sign": tally(items, {k: sign_label(v) for k, v in vader_scores.items()}),
                  "label": tally(items, {k: sign_label(v, VADER_NEUTRAL_BAND) for k, v in vader_scores.items()}),
                  "seconds": vader_seconds},
    }

    if not args.skip_align:
        if not os.path.isfile(args.align_bin) or not os.access(args.align_bin, os.X_OK):
            raise SystemExit(f"error: align binary not found at {args.align_bin} "
                             f"(set ALIGN_BIN or build with scripts/bench.sh --build; or pass --skip-align)")
        with tempfile.TemporaryDirectory(prefix="align-bench-sentiment-") as tmp:
            align_results, align_seconds = run_align(args.align_bin, items, Path(tmp))
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                for name in ("labelled.csv", "analysed.csv"):
                    (args.keep / name).write_bytes((Path(tmp) / name).read_bytes())
        label_map = {k: (label if label in ("positive", "negative") else "abstain")
                     for k, (_, label) in align_results.items()}
        result["align"] = {"bin": args.align_bin,
                           "sign": tally(items, {k: sign_label(score) for k, (score, _) in align_results.items()}),
                           "label": tally(items, label_map),
                           "seconds": align_seconds}
        result["ratio_align_vader"] = ratio(result["align"]["sign"]["accuracy"], result["vader"]["sign"]["accuracy"])
        result["ratio_align_vader_label"] = ratio(result["align"]["label"]["accuracy"],
                                                  result["vader"]["label"]["accuracy"])

    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    if args.json:
        print(json.dumps(result, indent=2))
        return 0

    print(f"Sentiment accuracy on {args.dataset} ({path.name}, from {result['source']})")
    print(f"  {len(items)} items: {result['gold_positive']} positive, {result['gold_negative']} negative "
          f"(gold = mean human rating; {dropped} with |rating| <= {args.gold_threshold} dropped as neutral)")
    print()
    header = f"  {'tool':<8} {'rule':<22} {'correct':>8} {'abstain':>8} {'accuracy':>9} {'acc.answered':>13} {'seconds':>8}"
    print(header)
    print("  " + "-" * (len(header) - 2))
    rows = [("vader", "sign of compound", result["vader"]["sign"], result["vader"]["seconds"]),
            ("vader", "compound beyond +-0.05", result["vader"]["label"], None)]
    if "align" in result:
        rows[1:1] = [("align", "sign of score", result["align"]["sign"], result["align"]["seconds"])]
        rows.append(("align", "sentiment_label", result["align"]["label"], None))
    for tool, rule, t, seconds in rows:
        secs = f"{seconds:8.2f}" if seconds is not None else f"{'':>8}"
        print(f"  {tool:<8} {rule:<22} {t['correct']:>8} {t['abstained']:>8} {t['accuracy']:>9.1%} "
              f"{t['accuracy_answered']:>13.1%} {secs}")
    print()
    if "align" in result:
        r, rl = result["ratio_align_vader"], result["ratio_align_vader_label"]
        print(f"  accuracy ratio align/vader: {r:.3f} (sign)" if r is not None else "  accuracy ratio align/vader: n/a",
              f", {rl:.3f} (labels)" if rl is not None else "", sep="")
    else:
        print("  align skipped (--skip-align)")
    print("  (abstentions - a score of exactly 0, or a neutral label - count as wrong in 'accuracy')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
