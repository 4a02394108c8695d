"""Stored stage values: DataFrames inside them come back identical (dtypes, lists, dates, nulls)."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline import schema, store
from pipeline.clean import count_site_lines, merge_site_line_counts, site_lines_from_counts
from pipeline.tables import frame


@dataclass(frozen=True)
class Holder:
    """A stage value shaped like ours: frames, arrays and plain fields together."""

    documents: pd.DataFrame
    events: pd.DataFrame
    odd: pd.DataFrame
    array: np.ndarray
    home: dict[str, str]


def _holder() -> Holder:
    docs = frame(
        [{"doc_id": "a" * 16, "source_path": "a.txt", "published_date": dt.date(2024, 3, 1), "n_chars_raw": 5,
          "n_chars_clean": 3, "text": "Ünïcode — text", "status": "kept", "published_date_source": "metadata",
          "language": "en"},
         {"doc_id": "b" * 16, "source_path": "b.txt", "published_date": None, "n_chars_raw": None, "text": "",
          "status": "rejected", "reject_reason": "empty", "published_date_source": "unknown", "language": "und"}],
        schema.DOCUMENTS,
    )
    events = frame([{"event_id": "e1", "actor_codes": ["RUS", "BLR"], "recipient_codes": [], "event_type": "SANCTION"},
                    {"event_id": "e2", "actor_codes": None, "recipient_codes": ["USA"], "event_type": "AID"}],
                   schema.EVENTS)
    odd = pd.DataFrame({"mixed": [1, "two", 3.0]}, index=[5, 6, 7])  # Arrow cannot hold this: pickled in-line
    return Holder(docs, events, odd, np.arange(10, dtype=np.uint32), {"a": "b"})


def test_round_trip_is_exact(tmp_path: Path) -> None:
    value = _holder()
    store.save(value, tmp_path / "v")
    back = store.load(tmp_path / "v")
    pd.testing.assert_frame_equal(back.documents, value.documents)
    pd.testing.assert_frame_equal(back.events, value.events)
    pd.testing.assert_frame_equal(back.odd, value.odd)
    assert list(back.documents.dtypes) == list(value.documents.dtypes)
    assert back.events["actor_codes"].tolist() == [["RUS", "BLR"], None]
    assert isinstance(back.events["actor_codes"].iloc[0], list)
    assert back.documents["published_date"].tolist() == [dt.date(2024, 3, 1), None]
    assert np.array_equal(back.array, value.array) and back.home == value.home
    assert store.load(tmp_path / "v").documents is not back.documents  # each load is its own object


def test_rewriting_a_file_leaves_earlier_loads_intact(tmp_path: Path) -> None:
    store.save(_holder(), tmp_path / "v")
    first = store.load(tmp_path / "v")
    store.save(Holder(_holder().documents.head(1), _holder().events, _holder().odd, np.zeros(1), {}), tmp_path / "v")
    assert len(first.documents) == 2 and first.documents["text"].tolist()[0] == "Ünïcode — text"
    assert len(store.load(tmp_path / "v").documents) == 1
    assert not list(tmp_path.glob(".*tmp"))  # no temporary file left behind


def test_plain_pickles_still_load_and_truncated_files_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "old").write_bytes(pickle.dumps({"x": 1}))
    assert store.load(tmp_path / "old") == {"x": 1}
    store.save(_holder(), tmp_path / "v")
    data = (tmp_path / "v").read_bytes()
    (tmp_path / "cut").write_bytes(data[: len(data) // 2])
    with pytest.raises(ValueError, match="truncated"):
        store.load(tmp_path / "cut")


def test_site_line_counts_of_batches_add_up_to_counting_all_at_once() -> None:
    footer = "Support our journalism with a subscription today"
    docs = [("a.org", f"Story number {i} about the summit.\n{footer}\nShare") for i in range(7)]
    docs += [(None, "A line\nAnother line"), ("b.org", footer)]
    whole = site_lines_from_counts(count_site_lines(docs))
    parts = [count_site_lines(docs[:3]), count_site_lines(docs[3:5]), count_site_lines(docs[5:])]
    merged = merge_site_line_counts(parts)
    assert site_lines_from_counts(merged) == whole
    assert merged.n_docs == count_site_lines(docs).n_docs
    assert whole["a.org"] and not whole.get("b.org")
