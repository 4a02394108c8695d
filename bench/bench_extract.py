"""Throughput of code_document on ~3 KB news documents (documents per second, one core).

    .venv/bin/python bench/bench_extract.py [--docs 2000]

Three corpora: "dense", every paragraph from the bundled political sample (about nine events per
document, its paragraphs repeated), "news", the hand-labelled political news articles of bench/heldout
joined into documents of 3 KB or more (every sentence distinct: the realistic political case), and
"mixed", the article bodies of the pipeline benchmark's corpus (sample paragraphs among the AEB pages'
general news, names varied; see bench/corpus.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
from pathlib import Path

from pipeline.extract import CoderResources, code_document, load_resources, merge_stories

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
HELD_OUT = Path(__file__).resolve().parent / "heldout"


def corpus(n: int, *, size: int = 3000, seed: int = 7) -> list[str]:
    """n documents of about size characters, made of shuffled sample paragraphs."""
    paragraphs = [p.strip() for f in sorted(SAMPLE.glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 60]
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) for p in parts) < size:
            parts.append(rng.choice(paragraphs))
        docs.append("\n\n".join(parts))
    return docs


def news_corpus(n: int, *, size: int = 3000) -> list[str]:
    """Up to n documents of at least size characters, each the next held-out articles (of 600 characters or more)
    joined in file order."""
    articles = [json.loads(line)["text"] for f in sorted(HELD_OUT.glob("*.jsonl"))
                for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs: list[str] = []
    parts: list[str] = []
    for text in (a for a in articles if len(a) >= 600):
        parts.append(text)
        if sum(len(p) for p in parts) >= size:
            docs.append("\n\n".join(parts))
            parts = []
    return docs[:n]


def mixed_corpus(n: int) -> list[str]:
    """The first n article bodies (originals and republications) of the pipeline benchmark's corpus."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.corpus import generate

    return [d.body for d in generate(n)]


def measure(name: str, docs: list[str], res: CoderResources) -> None:
    """Time coding and merging one corpus; print docs/s and KB/s."""
    t0, c0 = time.perf_counter(), time.process_time()
    coded = []
    for i, text in enumerate(docs):
        coded.extend(code_document(doc_id=f"d{i}", text=text, published_date=dt.date(2024, 6, 28), resources=res))
    t1, c1 = time.perf_counter(), time.process_time()
    events, _ = merge_stories(coded, doc_sources={}, resources=res)
    t2 = time.perf_counter()
    kb = sum(len(d) for d in docs) / 1024
    print(f"{name}: coded {len(docs)} docs ({kb / len(docs):.1f} KB avg) -> {len(coded)} mentions "
          f"({len(coded) / len(docs):.1f} per doc), {len(events)} events")
    # CPU time is what "per core" means; wall time also counts waiting for a busy machine.
    print(f"  code_document: {len(docs) / (c1 - c0):,.0f} docs/s per core (CPU time; {kb / (c1 - c0):,.0f} KB/s), "
          f"{len(docs) / (t1 - t0):,.0f} docs/s wall; merge_stories: {t2 - t1:.2f} s")


def main() -> None:
    """Both corpora, one after the other, in this process."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    a = ap.parse_args()
    res = load_resources()
    measure("dense (sample paragraphs only)", corpus(a.docs), res)
    measure("news (held-out political articles, distinct sentences)", news_corpus(a.docs), res)
    measure("mixed (pipeline benchmark bodies)", mixed_corpus(a.docs), res)


if __name__ == "__main__":
    main()
