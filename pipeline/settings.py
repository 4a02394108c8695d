"""Pipeline-wide settings: every default in one place, each with the reason it has that value.

Stage modules take only the narrow slice they need (``IngestSettings``, ``DedupSettings``,
...). The cleaner's and coder's own knobs live beside their code in ``CleanSettings``
(pipeline/clean.py); ``Settings`` gathers all slices so one object configures a build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import CleanSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_INPUT = PROJECT_ROOT / "data" / "sample"
DEFAULT_OUTPUT = PROJECT_ROOT / "outputs"


@dataclass(frozen=True, slots=True)
class IngestSettings:
    """Limits for reading raw scrapes; hitting one is a recorded reason, never a crash."""

    # A news article is rarely above 200 KB of text; 20 MB leaves room for whole HTML pages
    # with inline scripts while keeping one hostile file from exhausting memory.
    max_bytes: int = 20_000_000
    # Files of these suffixes are read; anything else is recorded as unsupported_format.
    text_suffixes: tuple[str, ...] = (".txt", ".text")
    html_suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml")
    jsonl_suffixes: tuple[str, ...] = (".jsonl", ".ndjson")
    warc_suffixes: tuple[str, ...] = (".warc",)
    # Share of U+FFFD / control characters above which decoded text counts as undecodable.
    max_bad_char_ratio: float = 0.05
    # A news article has tens to a few hundred lines; a million is a dump, not a document.
    max_lines: int = 1_000_000


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """Near-duplicate detection over cleaned bodies (MinHash + LSH, then exact Jaccard)."""

    # Word 5-shingles: long enough that two different articles rarely share many.
    shingle_words: int = 5
    num_perm: int = 128
    # LSH's nominal threshold is set below the decision threshold because banding at 0.8
    # catches only ~40 % of pairs at exactly 0.8 (FIELD_NOTES); candidates are verified.
    lsh_threshold: float = 0.6
    # Two cleaned bodies at or above this true Jaccard are the same article.
    jaccard_threshold: float = 0.8
    seed: int = 1


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a build needs besides its input and output folders."""

    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
