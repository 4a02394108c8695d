"""A realistic synthetic corpus for benchmarks: real article paragraphs, varied, in varied site boilerplate.

Paragraphs come from the bundled sample and, when ../shared is present, from the AEB
benchmark's human-written bodies (read in place, never copied into the repository).
Names and numbers are varied so that N documents are N different articles; about
``dup_share`` of them are republications (exact copies, other sites' boilerplate, light edits).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_CAP = re.compile(r"\b[A-Z][a-z]{3,}\b")
_NUM = re.compile(r"\b\d+\b")

NAMES = ["Ardelia", "Borovets", "Calder", "Dunmore", "Estrava", "Fenwick", "Galloway", "Harrow", "Istvan", "Jorvik",
         "Kestrel", "Lindqvist", "Marlowe", "Norcross", "Ostrava", "Pellham", "Quillon", "Ravensk", "Sorel", "Tamsin"]

BOILERPLATE_KINDS = [
    ["Home", "World", "Politics", "Business", "Opinion", "Subscribe"],
    ["This site uses cookies to improve your experience. By continuing you accept our use of cookies. Accept"],
    ["Share this article", "Facebook", "Twitter", "Email"],
    ["Related Posts"],
    ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    ["Sign up for our newsletter to get the latest news delivered to your inbox."],
]


@dataclass(frozen=True, slots=True)
class Doc:
    """One generated scrape: its raw text, its clean body, and the original it republishes (if any)."""

    name: str
    site: str
    raw: str
    body: str
    original: str | None


def paragraph_pool() -> list[str]:
    """Article paragraphs of at least 25 words from the sample and, if present, the AEB bodies."""
    pool: list[str] = []
    for path in sorted((ROOT / "data" / "sample").glob("*.txt")):
        pool += [p for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) >= 25]
    gt = SHARED / "bench" / "aeb" / "ground-truth.json"
    if gt.exists():
        for item in json.loads(gt.read_text(encoding="utf-8")).values():
            pool += [p for p in item["articleBody"].split("\n") if len(p.split()) >= 25 and p.isascii()]
    return pool


def _vary(text: str, rng: random.Random) -> str:
    # Names in order of first appearance: a set would follow the hash seed, and the corpus would change per run.
    names = {w: rng.choice(NAMES) for w in dict.fromkeys(_CAP.findall(text)) if rng.random() < 0.3}
    text = _CAP.sub(lambda m: names.get(m.group(0), m.group(0)), text)
    return _NUM.sub(lambda m: str(rng.randint(2, 999)), text)


def _edit(body: str, rng: random.Random, *, n_words: int) -> str:
    words = body.split(" ")
    for _ in range(n_words):
        i = rng.randrange(len(words))
        words[i] = rng.choice(NAMES).lower()
    return " ".join(words)


def _wrap(title: str, body: str, site: int, rng: random.Random) -> str:
    head = BOILERPLATE_KINDS[0] + [f"Site {site} News"]
    tail = [line for kind in BOILERPLATE_KINDS[1:] for line in kind if rng.random() < 0.8]
    teasers = [f"{rng.choice(NAMES)} talks stall again\n{rng.randint(2, 9)} days ago" for _ in range(3)]
    return "\n\n".join(head + [title, f"By {rng.choice(NAMES)} | Jun {rng.randint(1, 28)}, 2024", body] + tail + teasers) + "\n"


def generate(n: int, *, seed: int = 7, dup_share: float = 0.1, target_chars: int = 3000) -> Iterator[Doc]:
    """``n`` documents, about ``dup_share`` of them republications of an earlier one."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    originals: list[Doc] = []
    for i in range(n):
        site = rng.randrange(50)
        if originals and rng.random() < dup_share:
            orig = rng.choice(originals)
            kind = rng.random()
            body = orig.body if kind < 0.4 else _edit(orig.body, rng, n_words=rng.choice([1, 2, 3, 5, 8, 12, 20, 30]))
            title = orig.raw.split("\n\n")[7] if kind < 0.8 else f"UPDATE: {orig.raw.split(chr(10) * 2)[7]}"
            yield Doc(f"doc{i:07d}", f"site{site}", _wrap(title, body, site, rng), body, orig.name)
            continue
        paras: list[str] = []
        while sum(len(p) for p in paras) < target_chars - 400:
            paras.append(_vary(rng.choice(pool), rng))
        body = "\n\n".join(paras)
        title = " ".join(rng.choice(NAMES) for _ in range(3)) + " says talks will continue"
        doc = Doc(f"doc{i:07d}", f"site{site}", _wrap(title, body, site, rng), body, None)
        originals.append(doc)
        yield doc
