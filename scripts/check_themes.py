#!/usr/bin/env python3
"""Align's themes on real review text, set beside scikit-learn's TF-IDF + NMF topics.

Data: the human-written review snippets of the VADER sdist (see bench_sentiment.py, which
fetches it), by default the Amazon product reviews (3,708 sentences of 309 reviews). Sentences
of one review are joined with ``<br /><br />``, as review exports write paragraphs, so the check
also sees markup. ``--dataset movie`` uses the 10,605 movie review snippets, one per row.

It runs ``align analyze`` on the corpus and reads the ``theme`` column, and fits TF-IDF (one and
two word terms, English stop words, min_df=2, max_df=0.95) + NMF (``--topics``, default 20) on
the same texts. It prints Align's themes with their item counts and NMF's topics with their top
terms, and checks Align's themes:

  * none is markup or a piece of one (br, amp, quot, nbsp, lt, gt, numeric entities), punctuation,
    a lone character, or a stray apostrophe token ("'s", "''");
  * none is a bare sentiment word: a theme of one word that is a usual judgement of reviews
    ("good", "great", "love", "like", "boring"... listed below) or that VADER's lexicon rates 2.5
    or more either way;
  * agreement with NMF: the share of Align's themed items whose theme's words all occur among
    the top 15 terms of one NMF topic (reported, not a pass/fail: NMF is a reference, not truth).

Exits 1 when a markup or bare-sentiment theme is found (with ``--strict``, also when agreement
is below ``--min-agreement``, default 0.5).

Needs: scikit-learn, vaderSentiment (scripts/requirements-bench.txt; scripts/bench.sh sets up
.venv-bench). The align binary: ``--align-bin`` or env ALIGN_BIN, else .build/release/align or
.build/debug/align.
"""
from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_sentiment  # noqa: E402  (data preparation and the align binary lookup)

# Judgements, not topics: the words the issue named and the usual ones of reviews; with them, any word VADER rates 2.5 or more either way.
EVALUATIVE = set("""good great like love nice best better bad worse worst awesome excellent amazing perfect happy easy fine ok okay
    terrible awful horrible poor recommend loved liked enjoy enjoyed wonderful fantastic beautiful funny boring interesting fun
    helpful disappointed disappointing pleased satisfied""".split())
MARKUP = {"br", "amp", "quot", "nbsp", "lt", "gt", "apos", "39", "34", "p", "div", "span", "href"}


def corpus(dataset: str) -> list[str]:
    folder = bench_sentiment.prepare_data(bench_sentiment.default_data_root(), quiet=True)
    reviews: dict[str, list[str]] = defaultdict(list)
    order: list[str] = []
    with (folder / bench_sentiment.DATASETS[dataset]).open(encoding="utf-8-sig") as handle:
        for line in handle:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 3 or not parts[2].strip():
                continue
            key = parts[0].split("_")[0] if dataset == "amazon" else parts[0]
            if key not in reviews:
                order.append(key)
            reviews[key].append(parts[2])
    return ["<br /><br />".join(reviews[key]) for key in order]


def align_themes(align_bin: str, texts: list[str]) -> Counter:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reviews.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "comment"])
            writer.writerows([i, text] for i, text in enumerate(texts))
        result = subprocess.run([align_bin, "analyze", str(path), "--text-column", "comment"],
                                capture_output=True, text=True, check=True)
    rows = list(csv.DictReader(result.stdout.splitlines()))
    return Counter(row["theme"] for row in rows if row["theme"])


def nmf_topics(texts: list[str], topics: int) -> list[list[str]]:
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer
    cleaned = [re.sub(r"<[^>]+>|&[a-zA-Z#0-9]+;", " ", text) for text in texts]
    vectorizer = TfidfVectorizer(max_df=0.95, min_df=2, stop_words="english", ngram_range=(1, 2))
    matrix = vectorizer.fit_transform(cleaned)
    model = NMF(n_components=topics, init="nndsvda", random_state=1, max_iter=400).fit(matrix)
    terms = vectorizer.get_feature_names_out()
    return [[terms[i] for i in row.argsort()[::-1][:15]] for row in model.components_]


def bad_themes(themes: Counter) -> list[tuple[str, str]]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    lexicon = SentimentIntensityAnalyzer().lexicon
    bad = []
    for theme in themes:
        words = theme.split()
        if any(w in MARKUP or not re.search(r"[a-z0-9]", w) or len(w) < 2 or w.startswith("'") for w in words):
            bad.append((theme, "markup, punctuation or a stray token"))
        elif len(words) == 1 and (words[0] in EVALUATIVE or abs(lexicon.get(words[0], 0.0)) >= 2.5):
            bad.append((theme, f"a bare sentiment word (VADER {lexicon[words[0]]:+.1f})"))
    return bad


def agreement(themes: Counter, topics: list[list[str]]) -> float:
    vocab = [set(" ".join(topic).split()) for topic in topics]
    total = sum(themes.values())
    agreeing = sum(n for theme, n in themes.items() if any(set(theme.split()) <= words for words in vocab))
    return agreeing / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=["amazon", "movie"], default="amazon")
    parser.add_argument("--topics", type=int, default=20)
    parser.add_argument("--align-bin", default=bench_sentiment.default_align_bin())
    parser.add_argument("--min-agreement", type=float, default=0.5)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args(argv)
    texts = corpus(args.dataset)
    themes = align_themes(args.align_bin, texts)
    topics = nmf_topics(texts, args.topics)
    print(f"{args.dataset}: {len(texts)} documents; align found {len(themes)} themes covering {sum(themes.values())} documents")
    print("\nAlign's themes (documents):")
    for theme, n in themes.most_common():
        print(f"  {n:5d}  {theme}")
    print(f"\nNMF topics (top terms), k={args.topics}:")
    for index, topic in enumerate(topics, 1):
        print(f"  {index:2d}. {', '.join(topic[:8])}")
    bad = bad_themes(themes)
    share = agreement(themes, topics)
    print(f"\nthemes that are markup, stray tokens or bare sentiment words: {len(bad)}")
    for theme, why in bad:
        print(f"  “{theme}”: {why}")
    print(f"themed documents whose theme NMF's topics also name: {share:.0%}")
    failed = bool(bad) or (args.strict and share < args.min_agreement)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
