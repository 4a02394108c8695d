"""Tests of pipeline.htmltext: trafilatura and the visible-text fallback behind one function, no network."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from pipeline.clean import EXTRACTED_TEXT_SETTINGS, clean_text
from pipeline.htmltext import HtmlText, _kept_part_only, html_to_text, strip_prolog, visible_text

AEB = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "aeb"

BODY = (
    "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow would suspend its mission "
    "to the alliance, citing the expulsion of eight diplomats earlier this month. "
) * 3
PAGE = f"""<html><head><title>Moscow to suspend NATO mission - Example News</title>
<meta property="article:published_time" content="2021-10-18T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Moscow to suspend NATO mission</h1><p>{BODY}</p><p>{BODY}</p></article>
<footer>© 2021 Example News. All rights reserved.</footer></body></html>"""


def test_article_text_title_and_date() -> None:
    ht = html_to_text(PAGE, url="https://example.org/world/1")
    assert "Moscow would suspend its mission" in ht.text
    assert "Home" not in ht.text.split("\n")
    assert ht.title is not None and "Moscow to suspend NATO mission" in ht.title
    assert ht.published == dt.date(2021, 10, 18)


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "not html at all \x00", "<p>" * 5000])
def test_degenerate_pages_give_empty_text_not_errors(html: str) -> None:
    ht = html_to_text(html)
    assert isinstance(ht, HtmlText) and isinstance(ht.text, str)


def test_extracted_text_goes_through_clean_text() -> None:
    ht = html_to_text(PAGE)
    c = clean_text(ht.text, title=ht.title, settings=EXTRACTED_TEXT_SETTINGS)
    assert "Moscow would suspend its mission" in c.text and "All rights reserved" not in c.text


def test_aeb_pages() -> None:
    if not (AEB / "ground-truth.json").exists():
        pytest.skip("../shared/bench/aeb not found: AEB page test needs the shared benchmark")
    truth = json.loads((AEB / "ground-truth.json").read_text())
    for sha in sorted(truth)[:5]:
        html = gzip.open(AEB / "html" / f"{sha}.html.gz").read().decode("utf-8", "replace")
        ht = html_to_text(html)
        gold = set(truth[sha]["articleBody"].split())
        got = set(clean_text(ht.text, title=ht.title, settings=EXTRACTED_TEXT_SETTINGS).text.split())
        assert len(gold & got) >= 0.7 * len(gold), sha


# ---------------------------------------------------------------- visible text (the fallback path)


def test_visible_text_drops_hidden_elements_and_keeps_blocks_apart() -> None:
    page = (
        "<html><head><title>Headline &amp; more</title><style>p {color: red}</style></head><body>"
        "<script>var x = '<p>not text</p>';</script><noscript>Enable JavaScript</noscript>"
        '<div data-x="a>b" class=\'c\'>First block</div><p>Second <b>bold</b>, <a href="/x">link</a>.</p>'
        "<ul><li><strong>Teaser</strong><em>Summary</em></li></ul><p>a &lt; b and 3 < 4</p></body></html>"
    )
    text, title = visible_text(page)
    assert title == "Headline & more"
    assert text.split("\n") == [
        "Headline & more", "First block", "Second bold, link.", "Teaser Summary", "a < b and 3 < 4",
    ]


@pytest.mark.parametrize(
    ("html", "rest"),
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "]>">\n]>\n<html>', "<html>"),
        ("\ufeff  <!-- c --><!DOCTYPE html><html>", "<html>"),
        ("<html><!DOCTYPE x>", "<html><!DOCTYPE x>"),
        ("<!DOCTYPE x [ never closed", ""),
    ],
)
def test_strip_prolog(html: str, rest: str) -> None:
    assert strip_prolog(html) == rest


def test_deep_nesting_falls_back_to_visible_text() -> None:
    """libxml2 stops at 256 levels; the article words must survive 100,000."""
    page = "<html><body>" + "<div>" * 100_000 + f"<p>{BODY}</p><p>{BODY}</p>" + "</div>" * 100_000 + "</body></html>"
    ht = html_to_text(page)
    assert ht.extractor == "visible_text"
    assert "Moscow would suspend its mission" in clean_text(ht.text, title=ht.title, settings=EXTRACTED_TEXT_SETTINGS).text


def test_xml_prolog_with_external_entity_is_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETMARKER")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">'
        f'<!ENTITY % p SYSTEM "file://{secret}"> %p;]>'
        f"<html><body><article><p>{BODY}</p><p>&xxe;</p></article></body></html>"
    )
    ht = html_to_text(page)
    assert "Moscow would suspend its mission" in ht.text
    assert "TOPSECRETMARKER" not in ht.text and "TOPSECRETMARKER" not in visible_text(page)[0]


def test_billion_laughs_does_not_expand() -> None:
    decl = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    page = f'<?xml version="1.0"?><!DOCTYPE lolz [{decl}]><html><body><article><p>{BODY}</p><p>&l9;</p></article></body></html>'
    ht = html_to_text(page)
    assert "Moscow would suspend its mission" in ht.text and "lollol" not in ht.text and len(ht.text) < 10_000


HOSTILE = {
    "100k nested unclosed": "<div><span>" * 100_000 + f"<p>{BODY}</p>",
    "unclosed comments": "<!--x" * 1_000_000,
    "stray lt": "<a " * 1_000_000 + f"<p>{BODY}</p>",
    "600k tags": "<b>x</b>" * 600_000,
    "unclosed scripts": "<script>" * 500_000 + f"<p>{BODY}</p>",
    "unclosed quotes": '<a title="x>' * 300_000 + f"<p>{BODY}</p>",
    "5 MB paragraph": "<html><body><p>" + "word " * 1_000_000 + "</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_markup_is_handled_in_linear_time(name: str) -> None:
    started = time.process_time()
    ht = html_to_text(HOSTILE[name])
    clean_text(ht.text, title=ht.title, settings=EXTRACTED_TEXT_SETTINGS)
    # about 1 s for the worst here (5 MB of tags); a quadratic path would take minutes
    assert time.process_time() - started < 5.0
    if "<p>" in HOSTILE[name][-len(BODY) - 10 :]:
        assert "Moscow would suspend its mission" in ht.text


def test_partial_extraction_is_replaced_by_the_visible_article() -> None:
    lead = "Lead paragraph of the story with a few words. " * 3
    rest = " ".join(f"Paragraph {i} continues the same story with more facts and quotes." for i in range(20))
    assert _kept_part_only(lead, lead + rest)  # trafilatura kept only the lead
    assert not _kept_part_only(lead + rest, lead + rest)
    assert _kept_part_only("", rest) and not _kept_part_only("", "")
    notice = "This copy is for your personal, non-commercial use only."
    assert _kept_part_only(notice, rest)  # a notice instead of the article
    long_other = "An unrelated but complete article body of reasonable length goes here. " * 10
    assert not _kept_part_only(long_other, rest + rest)  # a full other text: keep trafilatura's


HTML_BITS = st.sampled_from(
    ["<p>", "</p>", "<div>", "<script>", "</script>", "<!--", "-->", "<!DOCTYPE x [", "]>", "<?xml ?>",
     '<a href="', "'", '"', ">", "<", "&amp;", "&#0;", "&lol;", "<title>", "</title>", "<br/>", "=", BODY[:40]]
)


@hsettings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(HTML_BITS, st.text(max_size=20)), max_size=40))
def test_any_markup_gives_text_and_never_raises(bits: list[str]) -> None:
    page = "".join(bits)
    text, title = visible_text(page)
    assert "\x00" not in text and all(line.strip() == line and line for line in text.split("\n") if text)
    ht = html_to_text(page)
    assert isinstance(ht.text, str)
    clean_text(ht.text, title=ht.title, settings=EXTRACTED_TEXT_SETTINGS)


def test_language_codes_are_iso_639_1() -> None:
    from pipeline.langid import _identifier, iso639_1

    for label in _identifier().nb_classes:
        code = iso639_1(str(label))
        assert len(code) == 2 or code == "und", (label, code)
    assert iso639_1("arz") == "ar" and iso639_1("pcm") == "und" and iso639_1("en") == "en"
