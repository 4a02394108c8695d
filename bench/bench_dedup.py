"""Dedup benchmark: pairwise precision/recall at Jaccard >= 0.8 (word 5-shingles) and throughput.

    python bench/bench_dedup.py [N]          (default N = 20000; the README figure uses 100000)
Bodies are compared directly (what dedup sees after cleaning). A pair is a true duplicate
when its true Jaccard on word 5-shingles is >= 0.8; predicted pairs are (document, the
kept document it points at).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate  # noqa: E402
from pipeline.dedup import cluster, jaccard, priority_key, shingles_of, sign  # noqa: E402
from pipeline.settings import DedupSettings  # noqa: E402


def _rss_mb() -> float:
    """Current resident set size of this process (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(n: int) -> None:
    settings = DedupSettings()
    docs = list(generate(n))
    order = sorted(range(n), key=lambda i: priority_key(published=None, n_chars=len(docs[i].body), doc_id=docs[i].name))
    rss_before = _rss_mb()
    started = time.perf_counter()
    sigs = sign(((d.name, d.body) for d in docs), settings=settings)
    signed = time.perf_counter()
    assignments = cluster(sigs, order, text_of=lambda i: docs[i].body, settings=settings)
    done = time.perf_counter()
    index_mb = _rss_mb() - rss_before
    body = {d.name: d.body for d in docs}

    def similar(a: str, b: str) -> bool:
        return jaccard(shingles_of(body[a], settings=settings), shingles_of(body[b], settings=settings)) >= settings.jaccard_threshold

    root = {a.doc_id: a.duplicate_of for a in assignments}
    # Gold: every republication whose true Jaccard to its original (or to what that copies) is >= 0.8.
    gold = [(d.name, d.original) for d in docs if d.original and similar(d.name, d.original)]
    same = sum(1 for a, b in gold if root.get(a, a) == root.get(b, b))
    correct = sum(1 for a in assignments if similar(a.doc_id, a.duplicate_of))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents={n} republished={sum(1 for d in docs if d.original)} gold_pairs(J>=0.8)={len(gold)}")
    print(f"pairwise precision={correct / max(len(assignments), 1):.4f} recall={same / max(len(gold), 1):.4f}")
    print(f"signatures: {n / (signed - started):,.0f} docs/s  index+cluster: {n / (done - signed):,.0f} docs/s  "
          f"together: {n / (done - started):,.0f} docs/s on one core")
    print(f"memory: signatures + buckets + verified shingle sets {index_mb:,.0f} MB ({1024 * index_mb / n:.1f} KB/doc); "
          f"peak RSS with the generated corpus in memory {rss_mb:,.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
