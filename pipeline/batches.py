"""Input batches: each file or subfolder at the top of the input folder is one batch (one partition).

A batch's fingerprint covers its files (path, size, mtime), where the input folder is, and
the pipeline's own code and data, so a batch is reprocessed exactly when it or the code
that processes it changed.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.ingest import iter_input_files, printable_path

_SAFE_KEY = re.compile(r"^[A-Za-z0-9._ ()+=@~-]{1,100}$")
_PACKAGE = Path(__file__).resolve().parent


def batch_key(name: str) -> str:
    """Partition key of a top-level entry: its name when plain, else a readable slug plus a hash."""
    name = printable_path(name)
    if _SAFE_KEY.match(name):
        return name
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:60].strip("_") or "batch"
    return f"{slug}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:8]}"


def list_batches(root: Path) -> dict[str, Path]:
    """Batch key -> file or folder, for every visible top-level entry of ``root`` (sorted)."""
    out: dict[str, Path] = {}
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.startswith("."):
            out[batch_key(entry.name)] = entry
    return out


def batch_files(path: Path) -> list[Path]:
    """The files of one batch: the file itself, or every file under the folder."""
    if path.is_dir() and not path.is_symlink():
        return list(iter_input_files(path))
    return [path]


@cache
def code_fingerprint() -> str:
    """Hash of the pipeline's source, data and SQL files: a code change makes every batch stale."""
    h = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".csv", ".toml", ".json", ".sql", ".yaml", ".txt"}:
            h.update(path.relative_to(_PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _file_stats(path: Path) -> Iterator[tuple[Path, os.stat_result]]:
    """Each file of one batch with the stat of what it holds: a symlinked file by its target (a new
    target version is a change), a dangling link by the link itself; entries that cannot be stat'ed
    at all are skipped."""
    for file in batch_files(path):
        try:
            yield file, file.stat()
        except OSError:
            try:
                yield file, file.lstat()
            except OSError:
                continue


def batch_fingerprint(root: Path, path: Path) -> str:
    """Changes when any file of the batch, the input folder's location or the pipeline's code changes."""
    h = hashlib.sha256(f"{root.resolve()}\0{code_fingerprint()}\n".encode())
    for file, st in _file_stats(path):
        # A link pointed elsewhere is a change even when the new target has the old one's size and time.
        target = os.readlink(file) if file.is_symlink() else ""
        h.update(f"{printable_path(str(file.relative_to(root)))}\0{target}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class BatchDiff:
    """The input folder against what was processed: current batches, their fingerprints, what changed."""

    paths: dict[str, Path]
    fingerprints: dict[str, str]
    changed: list[str]
    gone: list[str]


def diff_batches(root: Path, known: Mapping[str, str]) -> BatchDiff:
    """Batches new or changed since ``known`` (key -> fingerprint), and keys gone from the folder."""
    paths = list_batches(root) if root.is_dir() else {}
    prints = {k: batch_fingerprint(root, p) for k, p in paths.items()}
    return BatchDiff(
        paths=paths,
        fingerprints=prints,
        changed=[k for k, fp in prints.items() if known.get(k) != fp],
        gone=[k for k in known if k not in paths],
    )


def batch_bytes(path: Path) -> int:
    """Bytes on disk of one batch's files (entries that cannot be stat'ed count as 0)."""
    return sum(st.st_size for _, st in _file_stats(path))
