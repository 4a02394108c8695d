"""How intermediate values are kept on disk between stages: pickle, with every DataFrame as Arrow.

A stage's value (a dataclass of tables, a tuple of events, ...) is pickled as usual, except
that each DataFrame inside it is written as an Arrow IPC section of the same file and read
back from a memory map. Writing does not copy the table's buffers (pickling an Arrow-backed
frame copies every column, ~1 GB extra at 100k documents), and reading costs nothing until a
column is touched; the mapped pages belong to the page cache, shared by every stage that
reads the same file. A frame Arrow cannot represent exactly (mixed-type object columns, a
non-default index) is pickled in-line instead. Files from before this format (plain pickles)
still load.

Layout: MAGIC, u64 head length, pickled head, Arrow IPC files, u64 offsets and lengths of
each, u64 count, MAGIC. Files are written beside the target and renamed over it, so a
reader that still maps the old file keeps reading the old one.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import pickle
import struct
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Final

import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc

_LOG = logging.getLogger(__name__)

MAGIC: Final = b"PEPSTOR1"
_U64: Final = struct.Struct("<Q")


def _as_arrow(df: pd.DataFrame) -> pa.Table | None:
    """The frame as an Arrow table when the round trip is exact, else None."""
    if not isinstance(df.index, pd.RangeIndex) or df.index.start != 0 or df.index.step != 1:
        return None
    if not all(isinstance(c, str) for c in df.columns) or df.columns.has_duplicates:
        return None
    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, ValueError, TypeError):
        return None


def _from_arrow(table: pa.Table) -> pd.DataFrame:
    """The frame back; list columns come back as Python lists (to_pandas would give numpy arrays)."""
    df = table.to_pandas()
    for i, field in enumerate(table.schema):
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            df[field.name] = pd.Series(table.column(i).to_pylist(), dtype=object, index=df.index)
    return df


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, tables: list[pa.Table]) -> None:
        super().__init__(file, protocol=5)
        self.tables = tables

    def persistent_id(self, obj: Any) -> Any:
        if isinstance(obj, pd.DataFrame):
            table = _as_arrow(obj)
            if table is not None:
                self.tables.append(table)
                return ("frame", len(self.tables) - 1)
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, sections: list[pa.Buffer]) -> None:
        super().__init__(file)
        self.sections = sections

    def persistent_load(self, pid: Any) -> Any:
        kind, index = pid
        if kind != "frame" or not 0 <= index < len(self.sections):
            raise pickle.UnpicklingError(f"unknown stored section {pid!r}")
        return _from_arrow(ipc.open_file(self.sections[index]).read_all())


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[BinaryIO]:
    """A file that replaces ``path`` in one rename once the block ends without error. Its temporary name
    is unique, so two runs writing one path at once never share a file; on error it is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "xb") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def save(obj: object, path: Path) -> None:
    """Write ``obj`` to ``path`` (atomically replacing it)."""
    tables: list[pa.Table] = []
    head = io.BytesIO()
    _Pickler(head, tables).dump(obj)
    with _replacing(path) as fh:
        fh.write(MAGIC)
        fh.write(_U64.pack(len(head.getbuffer())))
        fh.write(head.getbuffer())
        spans: list[tuple[int, int]] = []
        for table in tables:
            start = fh.tell()
            with ipc.new_file(pa.PythonFile(fh, mode="w"), table.schema) as writer:
                writer.write_table(table)
            spans.append((start, fh.tell() - start))
        for start, length in spans:
            fh.write(_U64.pack(start) + _U64.pack(length))
        fh.write(_U64.pack(len(spans)))
        fh.write(MAGIC)


def load(path: Path) -> Any:
    """Read what ``save`` wrote (or a plain pickle written before this format)."""
    with open(path, "rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            fh.seek(0)
            return pickle.load(fh)
    whole = pa.memory_map(str(path)).read_buffer()
    end = whole.size - len(MAGIC)
    if whole.slice(end).to_pybytes() != MAGIC:
        raise ValueError(f"{path}: truncated stored value (no end marker)")
    count = _U64.unpack(whole.slice(end - 8, 8).to_pybytes())[0]
    table = whole.slice(end - 8 - 16 * count, 16 * count).to_pybytes()
    sections = [whole.slice(*struct.unpack_from("<QQ", table, 16 * i)) for i in range(count)]
    head_len = _U64.unpack(whole.slice(len(MAGIC), 8).to_pybytes())[0]
    head = io.BytesIO(whole.slice(len(MAGIC) + 8, head_len).to_pybytes())
    return _Unpickler(head, sections).load()


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a unique temporary file and a rename. Returns False, with a
    warning, when it cannot be written (for caches, whose loss only costs time)."""
    try:
        with _replacing(path) as fh:
            fh.write(data)
    except OSError as exc:
        _LOG.warning("could not write %s: %s", path, exc)
        return False
    return True
