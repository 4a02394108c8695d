"""Ingest: every supported format read, every unreadable input rejected with a reason."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from hypothesis import given, settings, strategies as st

from pipeline.ingest import content_hash, decode_bytes, ingest_folder
from pipeline.settings import IngestSettings

SETTINGS = IngestSettings()
HTML = "<html><head><title>T</title></head><body><article><p>Body text of the article.</p></article></body></html>"


def _write(root: Path, name: str, data: bytes) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_reads_each_format_recursively(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", b"Plain text scrape.\n")
    _write(tmp_path, "sub/b.html", HTML.encode())
    _write(tmp_path, "sub/deeper/c.txt.gz", gzip.compress(b"Compressed text scrape.\n"))
    rec = {"id": "r1", "text": "JSON text record.", "url": "https://www.example.org/x", "published": "2024-06-28"}
    _write(tmp_path, "d.jsonl", (json.dumps(rec) + "\n").encode())
    result = ingest_folder(tmp_path, settings=SETTINGS)
    by_path = {d.source_path: d for d in result.documents}
    assert set(by_path) == {"a.txt", "sub/b.html", "sub/deeper/c.txt.gz", "d.jsonl#r1"}
    assert by_path["sub/b.html"].kind == "html"
    assert by_path["d.jsonl#r1"].url == "https://www.example.org/x"
    assert str(by_path["d.jsonl#r1"].published) == "2024-06-28"
    assert result.rejected == ()
    assert result.n_inputs == 4


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-28T23:30:00-04:00", "2024-06-28"),  # the publisher's own date, not UTC's
        ("Fri, 28 Jun 2024 10:00:00 GMT", "2024-06-28"),  # RSS pubDate (RFC 2822)
        ("June 28, 2024", "2024-06-28"),
        ("06/28/2024", "2024-06-28"),
        (1719568800, "2024-06-28"),  # Unix seconds
        (1719568800000, "2024-06-28"),  # milliseconds, as JavaScript writes them
        ("03/04/2024", None),  # March 4 or 3 April: not guessed
        ("yesterday", None),
        (12, None),  # no plausible Unix time
        (True, None),
        ({"date": "2024-06-28"}, None),
        (10**400, None),  # must not overflow and lose the batch
        ("Fri, 28 Jun 9999 10:00:00 GMT", None),  # a placeholder year
    ],
)
def test_a_records_date_field_in_the_formats_feeds_use(tmp_path: Path, value: object, expected: str | None) -> None:
    rec = {"id": "r1", "text": "JSON text record.", "published": value}
    _write(tmp_path, "d.jsonl", (json.dumps(rec) + "\n").encode())
    (doc,) = ingest_folder(tmp_path, settings=SETTINGS).documents
    assert (str(doc.published) if doc.published else None) == expected


def test_bad_inputs_are_rejected_with_reasons_and_others_still_read(tmp_path: Path) -> None:
    _write(tmp_path, "empty.txt", b"   \n")
    _write(tmp_path, "pdf.html", b"%PDF-1.7 binary")
    _write(tmp_path, "nul.txt", b"abc\x00def")
    _write(tmp_path, "trunc.txt.gz", gzip.compress(" ".join(str(i) for i in range(500)).encode())[:-12])
    _write(tmp_path, "image.png", b"\x89PNG....")
    lines = [json.dumps({"text": "good one"}), "{not json", json.dumps(["wrong", "shape"]), json.dumps({"title": "no body"})]
    _write(tmp_path, "mixed.jsonl", "\n".join(lines).encode())
    result = ingest_folder(tmp_path, settings=SETTINGS)
    reasons = {r.source_path: r.reason for r in result.rejected}
    assert reasons == {
        "empty.txt": "empty",
        "pdf.html": "binary",
        "nul.txt": "binary",
        "trunc.txt.gz": "undecodable",
        "image.png": "unsupported_format",
        "mixed.jsonl#2": "malformed_record",
        "mixed.jsonl#3": "malformed_record",
        "mixed.jsonl#4": "malformed_record",
    }
    assert [d.source_path for d in result.documents] == ["mixed.jsonl#1"]


def test_legacy_encoding_and_mojibake_are_repaired() -> None:
    assert decode_bytes("Café au lait, déjà vu, naïve.".encode("cp1252"), settings=SETTINGS) == "Café au lait, déjà vu, naïve."
    polish = "Zażółć gęślą jaźń, powiedział minister spraw zagranicznych."
    assert decode_bytes(polish.encode("cp1250"), settings=SETTINGS) == polish
    assert decode_bytes("The minister’s statement".encode("utf-8").decode("latin-1").encode("utf-8"), settings=SETTINGS) == "The minister’s statement"


def test_identical_files_get_distinct_ids(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", b"Same words.\n")
    _write(tmp_path, "b.txt", b"Same   words.\n")
    docs = ingest_folder(tmp_path, settings=SETTINGS).documents
    assert docs[0].doc_id == content_hash("Same words.")
    assert len({d.doc_id for d in docs}) == 2


def test_size_limits_are_reasons(tmp_path: Path) -> None:
    _write(tmp_path, "big.txt", b"x" * 2000)
    _write(tmp_path, "tall.txt", b"l\n" * 300)
    _write(tmp_path, "ok.txt", b"line\n" * 10)
    result = ingest_folder(tmp_path, settings=IngestSettings(max_bytes=1000, max_lines=100))
    assert {(r.source_path, r.reason) for r in result.rejected} == {("big.txt", "too_large"), ("tall.txt", "too_large")}
    assert next(r.detail for r in result.rejected if r.source_path == "tall.txt") == "301 lines > limit 100"
    assert [d.source_path for d in result.documents] == ["ok.txt"]


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    """A WARC file of HTTP response records (url, body, content type), written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for url, body, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def test_warc_and_compressed_formats(tmp_path: Path) -> None:
    warc = _warc([
        ("https://news.example.org/a", HTML.encode(), "text/html; charset=utf-8"),
        ("https://news.example.org/logo.png", b"\x89PNG", "image/png"),
        ("https://news.example.org/b", HTML.replace("Body", "Other body").encode(), "text/html"),
    ])
    _write(tmp_path, "crawl.warc", warc)
    _write(tmp_path, "crawl2.warc.gz", gzip.compress(warc))
    _write(tmp_path, "page.html.gz", gzip.compress(HTML.encode()))
    _write(tmp_path, "recs.jsonl.gz", gzip.compress((json.dumps({"html": HTML, "id": 7}) + "\n").encode()))
    result = ingest_folder(tmp_path, settings=SETTINGS)
    by_path = {d.source_path: d for d in result.documents}
    assert set(by_path) == {"crawl.warc#1", "crawl.warc#2", "crawl2.warc.gz#1", "crawl2.warc.gz#2", "page.html.gz", "recs.jsonl.gz#7"}
    assert by_path["crawl.warc#1"].url == "https://news.example.org/a"
    assert all(d.kind == "html" for d in by_path.values())
    assert result.rejected == ()


_MOJIBAKE_ALPHABET = "abcXYZ \n.,'\"-ÃÂâ€™œžŠ©®°·»«–—´éèàüöñçÎÐ×²³ØÙ√±∂†≠™≤≥¥µø≈‚ÄìîïòôúùûπвЂВГРС\x80\x93‘’“”"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=80))
def test_mojibake_check_on_stretches_agrees_with_ftfy_on_the_whole_text(text: str) -> None:
    import ftfy

    from pipeline.ingest import looks_like_mojibake

    assert looks_like_mojibake(text) == ftfy.badness.is_bad(text)
    padded = "<div>" + "x" * 200 + text + "y" * 200 + "</div>"
    assert looks_like_mojibake(padded) == ftfy.badness.is_bad(padded)


def test_a_news_urls_date_dates_a_record_nothing_else_dates(tmp_path: Path) -> None:
    """The URL's date is 'inferred' (a day) where neither the record nor the text dates the page; it never overrides
    either; and relative dates of its events resolve against it."""
    from pipeline.clean import CleanSettings
    from pipeline.coding import code_batch
    from pipeline.documents import clean_documents
    from pipeline.extract import load_resources

    body = ("Russia expels Estonian diplomats\n\nRussia expelled two Estonian diplomats on Monday, the foreign ministry "
            "in Moscow said in a statement.\n\nEstonia said it would respond and summoned the Russian envoy.")
    records = [
        {"id": "url", "text": body, "url": "https://news.example.org/world/2024/06/28/russia-expels-diplomats"},
        {"id": "slug", "text": body.replace("two", "three"), "url": "https://example.net/russia-expels-2024-06-26/"},
        {"id": "field", "text": body.replace("two", "four"), "url": "https://example.org/2024/06/28/x",
         "published": "2024-07-02"},
        {"id": "byline", "text": body.replace("two", "five").replace("\n\nRussia", "\n\nJuly 3, 2024\n\nRussia", 1),
         "url": "https://example.org/2024/06/28/y"},
        {"id": "none", "text": body.replace("two", "six"), "url": "https://example.org/world/russia-expels-9912345"},
        {"id": "id", "text": body.replace("two", "seven"), "url": "https://example.org/news/world-europe-68123456"},
        {"id": "f24", "text": body.replace("two", "eight"), "url": "https://example.org/en/europe/20240627-russia"},
        # A byline without its year takes the copyright line's; a URL's full date is preferred to that guess.
        {"id": "yearless", "text": body.replace("two", "nine").replace("\n\nRussia", "\n\nPosted Jun 25, 6:51 AM\n\nRussia", 1)
         + "\n\n© 2024 Example News. All rights reserved.", "url": "https://example.org/world/russia-expels-9912345"},
        {"id": "yearless_url", "text": body.replace("two", "ten").replace("\n\nRussia", "\n\nPosted Jun 25, 6:51 AM\n\nRussia", 1)
         + "\n\n© 2024 Example News. All rights reserved.", "url": "https://example.org/2024/06/24/russia"},
    ]
    _write(tmp_path, "d.jsonl", "".join(json.dumps(r) + "\n" for r in records).encode())
    docs = clean_documents(ingest_folder(tmp_path, settings=SETTINGS).documents, settings=CleanSettings()).documents
    got = {p.split("#")[1]: (str(d) if d is not None and d == d else None, s)
           for p, d, s in docs[["source_path", "published_date", "published_date_source"]].itertuples(index=False)}
    assert got == {"url": ("2024-06-28", "inferred"), "slug": ("2024-06-26", "inferred"),
                   "field": ("2024-07-02", "metadata"), "byline": ("2024-07-03", "text"), "none": (None, "unknown"),
                   "id": (None, "unknown"), "f24": ("2024-06-27", "inferred"), "yearless": ("2024-06-25", "inferred"),
                   "yearless_url": ("2024-06-24", "inferred")}
    dated = {e.doc_id: e.event_date for e in code_batch(docs, resources=load_resources()) if e.event_type == "SANCTION"
             or e.event_type == "COERCE"}
    url_doc = docs.loc[docs["source_path"].str.endswith("#url"), "doc_id"].item()
    assert str(dated[url_doc]) == "2024-06-24"  # "on Monday" before Friday 28 June 2024
