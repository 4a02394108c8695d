"""End-to-end benchmark: generate a corpus, build it, print docs/s per stage, peak RSS and scaling.

    python bench/bench_pipeline.py [N]            (default 10000; the README figures use 100000)
    python bench/bench_pipeline.py N --html 2000  (also: HTML path vs trafilatura alone on 2,000 pages)
The corpus (real article paragraphs with names and numbers varied, in varied site boilerplate,
~10 % republished) is written as JSONL shards of 1,000 documents plus a folder of .txt files.
The build runs N and N/10 in separate processes, then adds one 1,000-document batch to the N build.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402

SHARD = 1000


def write_corpus(n: int, folder: Path, *, seed: int = 7) -> None:
    """JSONL shards of SHARD documents; every 20th document goes to txt/ as a plain file instead."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "txt").mkdir(exist_ok=True)
    shard, out = 0, None
    for i, doc in enumerate(generate(n, seed=seed)):
        if i % 20 == 19:
            (folder / "txt" / f"{doc.name}.txt").write_text(doc.raw, encoding="utf-8")
            continue
        if out is None or i % SHARD == 0:
            if out:
                out.close()
            out = open(folder / f"shard-{seed}-{shard:04d}.jsonl", "w", encoding="utf-8")
            shard += 1
        out.write(json.dumps({"id": doc.name, "text": doc.raw, "url": f"https://{doc.site}.example/{doc.name}"}) + "\n")
    if out:
        out.close()


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants (worker processes included), in MB."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "status").read_text().splitlines()
        except OSError:
            continue
        info = dict(line.split(":", 1) for line in fields if ":" in line)
        pid = int(entry.name)
        parent[pid] = int(info.get("PPid", "0").strip() or 0)
        rss[pid] = int(info.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in info else 0
    tree, frontier = {root}, [root]
    while frontier:
        kids = [p for p, pp in parent.items() if pp in frontier and p not in tree]
        tree.update(kids)
        frontier = kids
    return sum(rss.get(p, 0) for p in tree) / 1024


def timed_build(src: Path, out: Path) -> dict[str, object]:
    """Run one build in a fresh process; RSS is sampled over that process and its workers together.
    Dirty pages (the corpus just written, the previous build's files) are flushed first, so a build is
    not timed while the kernel writes back the one before it (a scheduled rebuild finds them written)."""
    os.sync()
    code = (
        "import json, resource, sys, time\n"
        "from pathlib import Path\n"
        "from pipeline.defs.runner import run_build\n"
        "t = time.perf_counter()\n"
        f"r = run_build(input_dir=Path({str(src)!r}), output_dir=Path({str(out)!r}))\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'success': r.success, 'steps': r.step_seconds,"
        " 'processed': len(r.processed), 'failures': r.failures[:3],"
        " 'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        time.sleep(0.25)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(stderr[-3000:])
    result: dict[str, object] = json.loads(stdout.strip().splitlines()[-1])
    result["tree_rss_mb"] = max(peak, float(result["rss_mb"]))  # type: ignore[arg-type]
    return result


def stage_table(steps: dict[str, float], n: int | None) -> str:
    """Seconds per asset (summed over batches), and docs/s when every stage saw the same ``n`` documents."""
    by_asset: dict[str, float] = {}
    for step, sec in steps.items():
        by_asset[step] = by_asset.get(step, 0.0) + sec
    return "\n".join(f"  {name:28s} {sec:8.1f} s" + (f"  {n / sec if sec else float('inf'):10,.0f} docs/s" if n else "")
                     for name, sec in sorted(by_asset.items(), key=lambda kv: -kv[1]))


def _html_pages(n_pages: int) -> list[str]:
    """Real article pages (the AEB set, read in place) when present, else generated ones; ``n_pages`` of them."""
    import gzip

    aeb = sorted((ROOT.parent / "shared" / "bench" / "aeb" / "html").glob("*.html.gz"))
    if aeb:
        real = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in aeb]
        return [real[i % len(real)] for i in range(n_pages)]
    pages = []
    for doc in generate(n_pages, seed=11):
        paras = "".join(f"<p>{p}</p>" for p in doc.body.split("\n\n"))
        nav = "".join(f"<li><a href='/x'>{w}</a></li>" for w in ("Home", "World", "Politics", "Opinion"))
        pages.append(f"<html><head><title>{doc.name}</title></head><body><nav><ul>{nav}</ul></nav>"
                     f"<article><h1>{doc.name}</h1>{paras}</article><footer>All rights reserved.</footer></body></html>")
    return pages


def html_vs_trafilatura(n_pages: int, work: Path) -> None:
    """End-to-end throughput on HTML pages against trafilatura alone on the same pages."""
    import trafilatura

    pages = _html_pages(n_pages)
    src = work / "html"
    src.mkdir()
    for i in range(0, n_pages, 100):
        (src / f"b{i:05d}").mkdir()
        for j, page in enumerate(pages[i:i + 100]):
            (src / f"b{i:05d}" / f"p{j:03d}.html").write_text(page, encoding="utf-8")
    t = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    alone = n_pages / (time.perf_counter() - t)
    res = timed_build(src, work / "html-out")
    e2e = n_pages / float(res["seconds"])  # type: ignore[arg-type]
    print(f"HTML ({n_pages} pages): trafilatura alone {alone:,.0f} pages/s; pipeline end to end {e2e:,.0f} pages/s "
          f"(ratio {e2e / alone:.2f}, target >= 0.5)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=10000, help="documents in the corpus")
    ap.add_argument("--html", type=int, default=0, help="also benchmark N HTML pages against trafilatura alone")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        work = Path(tmp)
        for n in (a.n // 10, a.n):
            write_corpus(n, work / f"in-{n}")
        small = timed_build(work / f"in-{a.n // 10}", work / f"out-{a.n // 10}")
        full = timed_build(work / f"in-{a.n}", work / f"out-{a.n}")
        for res, n in ((small, a.n // 10), (full, a.n)):
            assert res["success"], res["failures"]
            print(f"N={n}: {res['seconds']:.1f} s, {n / res['seconds']:,.0f} docs/s end to end, "  # type: ignore[operator]
                  f"peak RSS {res['tree_rss_mb']:,.0f} MB (build process and its workers together; "
                  f"build process alone {res['rss_mb']:,.0f} MB)")
        print("per stage (seconds summed over batches; per-batch stages run in parallel workers, so they overlap):")
        print(stage_table(full["steps"], a.n))  # type: ignore[arg-type]
        print(f"time(N)/time(N/10) = {full['seconds'] / small['seconds']:.2f} (target <= 11)")  # type: ignore[operator]
        write_corpus(SHARD, work / "extra", seed=99)
        for f in (work / "extra").glob("*.jsonl"):
            f.rename(work / f"in-{a.n}" / f.name)
        inc = timed_build(work / f"in-{a.n}", work / f"out-{a.n}")
        print(f"incremental: +{SHARD} docs on N={a.n}: {inc['seconds']:.1f} s = "
              f"{100 * inc['seconds'] / full['seconds']:.1f} % of the full build (target <= 10 %), "  # type: ignore[operator]
              f"{inc['processed']} batch(es) reprocessed")
        print("incremental, per stage (the batch's own stages, then the global ones over the whole corpus):")
        print(stage_table(inc["steps"], None))  # type: ignore[arg-type]
        if a.html:
            html_vs_trafilatura(a.html, work)
    print(f"bench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
