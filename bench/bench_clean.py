"""Benchmark of the cleaning stage: seed line labels, AEB (HTML and naive-text paths), throughput.

    python bench/bench_clean.py [--shared ../shared] [--strict]

Prints one line per figure; with --strict exits 1 when a figure is under its floor.
Reads the answer key (gold files, ground-truth.json) only to score, never as cleaner input.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.clean import (  # noqa: E402
    EXTRACTED_TEXT_SETTINGS,
    CleanedText,
    clean_text,
    learn_site_boilerplate,
)
from pipeline.htmltext import html_to_text  # noqa: E402

# Floors: the targets of the cleaning issue.
FLOORS = {"seed_keep": 0.98, "seed_drop": 0.98, "seed_title": 0.9, "aeb_html_bow_f1": 0.97,
          "aeb_text_bow_f1": 0.92, "docs_per_s_3kb": 3000.0}

_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_TOK = re.compile(r"\w+")


def norm(s: str | None) -> str:
    """The normalization of shared/eval/score.py."""
    return _WS.sub(" ", _PUNCT.sub(" ", (s or "").casefold())).strip()


def score_lines(cleaned: dict[str, CleanedText], raw: dict[str, list[str]], gold: dict) -> dict[str, float]:
    """score.py's measure: keep = 90% of tokens in text; drop = not a line, nor a >= 5-word substring."""
    keep_ok = keep_n = drop_ok = drop_n = title_ok = title_n = 0
    for doc, lab in gold.items():
        if doc.startswith("_") or doc not in cleaned:
            continue
        lines, c = raw[doc], cleaned[doc]
        ntext = f" {norm(c.text)} "
        body_lines = {norm(x) for x in c.text.split("\n") if norm(x)}
        for n in lab["keep"]:
            toks = norm(lines[n - 1]).split()
            keep_n += 1
            keep_ok += bool(toks) and sum(f" {t} " in ntext for t in toks) / len(toks) >= 0.9
        for n in lab["drop"]:
            line = norm(lines[n - 1])
            drop_n += 1
            drop_ok += not (line in body_lines or (len(line.split()) >= 5 and line in ntext))
        if lab.get("title"):
            title_n += 1
            title_ok += norm(c.title) == norm(lines[lab["title"] - 1])
    return {"seed_keep": keep_ok / max(keep_n, 1), "seed_drop": drop_ok / max(drop_n, 1),
            "seed_title": title_ok / max(title_n, 1)}


def bow_f1(true: str, pred: str) -> float:
    """Bag-of-whitespace-tokens F1 of one page (aeb_score.py)."""
    t, p = Counter(true.split()), Counter(pred.split())
    tp = sum((t & p).values())
    bp = tp / sum(p.values()) if p else 0.0
    br = tp / sum(t.values()) if t else 0.0
    return 2 * bp * br / (bp + br) if bp + br else 0.0


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    t = _TOK.findall(text or "")
    return Counter(tuple(t[i : i + n]) for i in range(max(1, len(t) - n + 1)) if t[i : i + n])


def shingle_f1(pairs: Iterable[tuple[str, str]]) -> float:
    """AEB's own measure (aeb_score.py): F1 of mean shingle precision and mean recall over pages."""
    ps, rs = [], []
    for true, pred in pairs:
        a, b = _shingles(true), _shingles(pred)
        tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
        if tp + fp + fn == 0:
            continue
        if tp + fp > 0:
            ps.append(tp / (tp + fp))
        if tp + fn > 0:
            rs.append(tp / (tp + fn))
    p, r = (statistics.mean(ps) if ps else 0.0), (statistics.mean(rs) if rs else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def decode(data: bytes) -> str:
    """UTF-8, else charset-normalizer's best guess (the caller's decoding, in short)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", "replace")


def bench_seeds(shared: Path) -> dict[str, float]:
    """Seed scrapes of data/sample against shared/gold/seeds_lines.json."""
    gold = json.loads((shared / "gold" / "seeds_lines.json").read_text())
    raw = {p.stem: p.read_text(encoding="utf-8").split("\n") for p in sorted((ROOT / "data" / "sample").glob("*.txt"))}
    cleaned = {doc: clean_text("\n".join(lines)) for doc, lines in raw.items()}
    return score_lines(cleaned, raw, gold)


def bench_aeb(shared: Path) -> dict[str, float]:
    """AEB: html_to_text + clean_text, and clean_text on naive text with site lines of the corpus."""
    aeb = shared / "bench" / "aeb"
    truth = {k: v["articleBody"] for k, v in json.loads((aeb / "ground-truth.json").read_text()).items()}
    html_out: dict[str, str] = {}
    t0 = time.perf_counter()
    for sha in truth:
        ht = html_to_text(decode(gzip.open(aeb / "html" / f"{sha}.html.gz").read()))
        html_out[sha] = clean_text(ht.text, title=ht.title, settings=EXTRACTED_TEXT_SETTINGS).text
    html_s = time.perf_counter() - t0
    naive = {sha: (aeb / "naive_text" / f"{sha}.txt").read_text(encoding="utf-8") for sha in truth}
    site = learn_site_boilerplate((None, text) for text in naive.values()).get(None, frozenset())
    text_out = {sha: clean_text(naive[sha], site_lines=site).text for sha in truth}
    as_is = statistics.mean(bow_f1(truth[s], naive[s]) for s in truth)
    return {
        "aeb_html_bow_f1": statistics.mean(bow_f1(truth[s], html_out[s]) for s in truth),
        "aeb_html_shingle_f1": shingle_f1((truth[s], html_out[s]) for s in truth),
        "aeb_html_pages_per_s": len(truth) / html_s,
        "aeb_text_bow_f1": statistics.mean(bow_f1(truth[s], text_out[s]) for s in truth),
        "aeb_text_shingle_f1": shingle_f1((truth[s], text_out[s]) for s in truth),
        "aeb_naive_as_is_bow_f1": as_is,
    }


def _cut(text: str, limit: int) -> str:
    """The first whole lines of text up to about limit characters."""
    return text[:limit].rsplit("\n", 1)[0] if len(text) > limit else text


def throughput(docs: list[str], fn: Callable[[str], object], *, seconds: float = 2.0) -> float:
    """Documents per CPU-second of fn over docs: per core, and not lowered by other jobs sharing the
    machine (wall-clock time was; the two agree on an idle machine)."""
    n, t0 = 0, time.process_time()
    while time.process_time() - t0 < seconds:
        for d in docs:
            fn(d)
        n += len(docs)
    return n / (time.process_time() - t0)


def bench_speed(shared: Path | None) -> dict[str, float]:
    """clean_text docs/s on ~3 KB scrapes: the seeds, and AEB naive pages cut to 3 KB."""
    seeds = [_cut(p.read_text(encoding="utf-8"), 3000) for p in sorted((ROOT / "data" / "sample").glob("*.txt"))]
    out = {"docs_per_s_3kb": throughput(seeds, clean_text),
           "mean_kb_seeds": statistics.mean(len(s.encode()) for s in seeds) / 1000}
    if shared is not None:
        naive = [_cut(p.read_text(encoding="utf-8"), 3000) for p in sorted((shared / "bench" / "aeb" / "naive_text").glob("*.txt"))]
        out["docs_per_s_aeb_3kb"] = throughput(naive, clean_text)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a figure is under its floor")
    a = ap.parse_args()
    results: dict[str, float] = {}
    if (a.shared / "gold" / "seeds_lines.json").exists():
        results |= bench_seeds(a.shared)
    else:
        print(f"skip seeds: {a.shared}/gold/seeds_lines.json not found")
    if (a.shared / "bench" / "aeb" / "ground-truth.json").exists():
        results |= bench_aeb(a.shared)
    else:
        print(f"skip AEB: {a.shared}/bench/aeb not found")
    results |= bench_speed(a.shared if (a.shared / "bench" / "aeb").exists() else None)
    short = []
    for name, value in results.items():
        floor = FLOORS.get(name)
        flag = "" if floor is None else ("  ok" if value >= floor else f"  UNDER floor {floor}")
        if floor is not None and value < floor:
            short.append(name)
        print(f"{name:24s} {value:10.4f}{flag}")
    return 1 if a.strict and short else 0


if __name__ == "__main__":
    sys.exit(main())
