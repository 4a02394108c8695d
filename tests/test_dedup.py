"""Dedup: exact and near-duplicates found on cleaned bodies, different articles kept apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from pipeline import schema
from pipeline.dedup import deduplicate, jaccard, shingle_hashes, sources_by_document, words_of
from pipeline.settings import DedupSettings
from pipeline.tables import frame

ARTICLE = (
    "The foreign ministry said on Monday that it would expel four diplomats accused of spying, "
    "and that the embassy had been given seventy two hours to comply with the order. Officials "
    "added that further measures were being considered, including restrictions on visas for "
    "members of the delegation and a review of the trade agreement signed last year."
)
OTHER = (
    "Heavy rain flooded the lower districts of the capital overnight, closing schools and roads, "
    "and the weather service warned that more storms were expected before the weekend arrived."
)


def _docs(*bodies: tuple[str, str, dt.date | None, str | None]) -> pd.DataFrame:
    rows = [
        {"doc_id": f"{i:016x}", "source_path": name, "text": text, "published_date": date, "site": site,
         "n_chars_raw": len(text), "n_chars_clean": len(text), "status": "kept",
         "published_date_source": "unknown", "language": "en"}
        for i, (name, text, date, site) in enumerate(bodies)
    ]
    return frame(rows, schema.DOCUMENTS)


def test_shingles_and_jaccard() -> None:
    a = shingle_hashes(words_of("One two, three four five six!"), k=5)
    assert len(a) == 2
    assert list(a) == list(shingle_hashes(words_of("one two three  four five six"), k=5))
    assert jaccard(a, a) == 1.0
    assert len(shingle_hashes(words_of("too short"), k=5)) == 1
    b = shingle_hashes(words_of("One two three four five seven"), k=5)
    assert jaccard(a, b) == 1 / 3


def test_exact_and_near_duplicates_point_at_the_earliest() -> None:
    edited = ARTICLE.replace("four diplomats", "4 diplomats")
    docs = deduplicate(
        _docs(
            ("late.txt", ARTICLE, dt.date(2024, 1, 3), "b.com"),
            ("early.txt", ARTICLE, dt.date(2024, 1, 2), "a.com"),
            ("edited.txt", edited, None, "c.com"),
            ("other.txt", OTHER, None, None),
        ),
        settings=DedupSettings(),
    )
    status = dict(zip(docs["source_path"], docs["status"], strict=True))
    assert status == {"late.txt": "duplicate", "early.txt": "kept", "edited.txt": "duplicate", "other.txt": "kept"}
    early_id = docs.loc[docs["source_path"] == "early.txt", "doc_id"].item()
    dups = docs[docs["status"] == "duplicate"]
    assert set(dups["duplicate_of"]) == {early_id}
    assert dups["dup_similarity"].between(0.8, 1.0).all()
    assert sources_by_document(docs)[early_id] == frozenset({"a.com", "b.com", "c.com"})
    other_id = docs.loc[docs["source_path"] == "other.txt", "doc_id"].item()
    assert sources_by_document(docs, owners=[early_id]) == {early_id: frozenset({"a.com", "b.com", "c.com"})}
    assert set(sources_by_document(docs)) == {early_id, other_id}


def test_different_articles_are_not_merged() -> None:
    docs = deduplicate(_docs(("a.txt", ARTICLE, None, None), ("b.txt", OTHER, None, None)), settings=DedupSettings())
    assert list(docs["status"]) == ["kept", "kept"]
    assert docs["duplicate_of"].isna().all()


def _sample_derived(root: Path) -> None:
    """The sample plus republications: an exact copy, other sites' boilerplate, light edits."""
    from tests.conftest import SAMPLE

    for path in SAMPLE.glob("*.txt"):
        (root / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    text = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLE.glob("*.txt")}
    body_001 = "\n\n".join(line for line in text["001_05be88ba43d0b2e0"].split("\n") if len(line.split()) > 25)
    body_003 = "\n".join(line for line in text["003_361d358f14dbc6a8"].split("\n") if len(line.split()) > 25)
    (root / "copy_001.txt").write_text(text["001_05be88ba43d0b2e0"], encoding="utf-8")
    (root / "other_site_001.txt").write_text(
        "Menu\n\nHome | World | Europe | Contact\n\nRussia warns West over diplomatic expulsions\n\n"
        "By Staff Writer\n\n" + body_001 + "\n\nShare on Facebook\n\nTweet\n\nAll rights reserved.\n",
        encoding="utf-8",
    )
    edited = body_003.replace("on Monday", "on Monday evening").replace("muted", "cautious")
    (root / "edited_003.txt").write_text("Russia to suspend its NATO mission\n\n" + edited + "\n\nRead more\n", encoding="utf-8")


def test_sample_derived_duplicates_are_found_and_stories_stay_apart(tmp_path: Path) -> None:
    from pipeline.documents import clean_documents
    from pipeline.ingest import ingest_folder
    from pipeline.settings import Settings

    _sample_derived(tmp_path)
    settings = Settings()
    cleaned = clean_documents(ingest_folder(tmp_path, settings=settings.ingest).documents, settings=settings.clean)
    docs = deduplicate(cleaned.documents, settings=settings.dedup).set_index("source_path")

    def root(name: str) -> str:
        row = docs.loc[name]
        return row["duplicate_of"] if row["status"] == "duplicate" else row["doc_id"]

    assert root("copy_001.txt") == root("001_05be88ba43d0b2e0.txt")
    assert root("other_site_001.txt") == root("001_05be88ba43d0b2e0.txt")
    assert root("edited_003.txt") == root("003_361d358f14dbc6a8.txt")
    # Different articles about the same story (002 and 004) stay separate documents.
    assert root("002_f31c0f4334a84010.txt") != root("004_5266da64eaa13d01.txt")
    assert (docs["status"] == "kept").sum() == 5


def test_a_memo_of_measured_pairs_gives_the_same_verdicts_without_rereading_bodies(tmp_path: Path) -> None:
    from pipeline.dedup import load_memo, save_memo, sign

    settings = DedupSettings()
    edited = ARTICLE.replace("four diplomats", "4 diplomats")
    docs = _docs(("a.txt", ARTICLE, None, None), ("b.txt", edited, None, None), ("c.txt", OTHER, None, None))
    memo: dict[tuple[int, int], float] = {}
    first = deduplicate(docs, settings=settings, memo=memo)
    assert len(memo) == 1 and 0.8 < next(iter(memo.values())) < 1.0
    sigs = sign(zip(docs["doc_id"], docs["text"], strict=True), settings=settings)
    path = tmp_path / "memo" / "pairs.npz"
    assert save_memo(path, memo, settings=settings, bodies=sigs.body_hashes) == 1
    known = load_memo(path, settings=settings)
    assert known == memo
    # With every pair remembered, no body is read again: texts replaced by empty strings change nothing.
    blank = docs.assign(text=["", "", ""])
    again = deduplicate(blank, settings=settings, signatures=sigs, memo=known)
    cols = ["doc_id", "status", "duplicate_of", "dup_similarity"]
    assert again[cols].equals(first[cols])
    # Pairs of bodies no longer in the corpus are dropped; other settings or a damaged file mean no memo.
    assert save_memo(path, memo, settings=settings, bodies=sigs.body_hashes[2:]) == 0
    assert load_memo(path, settings=DedupSettings(shingle_words=3)) == {}
    for damaged in (b"not a memo", b"", path.read_bytes()[:40]):  # garbage, empty, a truncated zip
        path.write_bytes(damaged)
        assert load_memo(path, settings=settings) == {}
    assert load_memo(tmp_path / "absent.npz", settings=settings) == {}
