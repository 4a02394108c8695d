"""Read a folder of raw scrapes (.txt, .html, .jsonl, .warc, each optionally .gz) into records.

Every file is either turned into ``RawDocument`` records or into ``RejectedInput`` rows
with a reason from ``schema.REJECT_REASONS``; nothing is dropped silently and no single
bad file stops the run.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import ftfy
from charset_normalizer import from_bytes

from pipeline.datetext import parse_date_value
from pipeline.settings import IngestSettings

ContentKind = Literal["text", "html"]

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False)
# Control characters (Unicode category Cc) other than \n \r \t \f, and U+FFFD: signs of a wrong decoding.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One scrape as read from disk, before any cleaning."""

    doc_id: str
    source_path: str
    kind: ContentKind
    body: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    n_bytes: int = 0


@dataclass(frozen=True, slots=True)
class RejectedInput:
    """An input (file or record) that could not be read, with the reason why."""

    source_path: str
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class IngestResult:
    """Everything read from one input folder."""

    documents: tuple[RawDocument, ...]
    rejected: tuple[RejectedInput, ...]
    n_inputs: int


class InputError(Exception):
    """A file or record that cannot be read; ``reason`` is one of schema.REJECT_REASONS."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def iter_input_files(root: Path) -> Iterator[Path]:
    """All regular files under ``root``, sorted, skipping hidden entries and not following links."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def printable_path(path: str) -> str:
    """A file name as valid UTF-8: undecodable bytes (surrogate escapes) become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def content_hash(text: str) -> str:
    """Stable id of a text: sha256 of its NFC form with whitespace runs collapsed."""
    normalized = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


# A stretch of ASCII longer than twice the context, cut down to its two ends.
_MOJIBAKE_CONTEXT = 16  # ftfy's patterns span a few characters
_LONG_ASCII = re.compile(rf"([\x00-\x7f]{{{_MOJIBAKE_CONTEXT}}})[\x00-\x7f]{{2,}}([\x00-\x7f]{{{_MOJIBAKE_CONTEXT}}})")


def looks_like_mojibake(text: str) -> bool:
    """ftfy's ``is_bad``, run only on the stretches around non-ASCII characters.

    Every pattern of ftfy's badness regex contains a non-ASCII character and spans a few
    characters, so long pure-ASCII stretches (HTML markup, scripts) cannot take part in a match
    beyond their ends; they are cut to their ends before the search (~30 ms less per HTML page)."""
    if text.isascii():
        return False
    return bool(ftfy.badness.is_bad(_LONG_ASCII.sub("\\1\n\\2", text)))


def decode_bytes(data: bytes, *, settings: IngestSettings) -> str:
    """Bytes to text: UTF-8 first, then charset detection; mojibake repaired; NULs refused."""
    if any(data.startswith(m) for m in _BINARY_MAGIC):
        raise InputError("binary", "file starts with the signature of a binary format")
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary", "NUL bytes in the first 64 KB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if looks_like_mojibake(text):
        text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    bad = len(_BAD_CHARS.findall(text))
    if text and bad / len(text) > settings.max_bad_char_ratio:
        raise InputError("undecodable", f"{bad} replacement or control characters in {len(text)}")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# Non-ASCII characters that Western European text in windows-1252 legitimately contains.
_WESTERN_PUNCT = frozenset("€‚„…†‡ˆ‰‹‘’“”•–—˜™›¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿×÷\u00a0\u00ad")
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def _looks_western(text: str) -> bool:
    """True when non-ASCII characters read as letters or punctuation, not as symbols inside words."""
    odd = letters = 0
    for i, ch in enumerate(text):
        if ord(ch) <= 127:
            continue
        if ch.isalpha():
            letters += 1
        elif ch not in _WESTERN_PUNCT or (0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()):
            # Central European text read as 1252 shows symbols (³ ¹ ¿ ...) in the middle of words.
            odd += 1
    return odd <= letters // 50


def _decode_legacy(data: bytes) -> str:
    """Non-UTF-8 bytes: a declared HTML charset, else windows-1252 when it reads as Western text, else detection."""
    declared = _DECLARED.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1252")
        if _looks_western(text):
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError("undecodable", "neither UTF-8 nor a detectable legacy encoding")
    return str(best)


def _read_limited(path: Path, *, settings: IngestSettings) -> bytes:
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise InputError("too_large", f"{size} bytes > limit {settings.max_bytes}")
    return path.read_bytes()


def _gunzip(data: bytes, *, settings: IngestSettings) -> bytes:
    """Decompress gzip with an output cap, so a gzip bomb is a recorded reason, not an OOM."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(settings.max_bytes + 1)
            if len(out) > settings.max_bytes:
                raise InputError("too_large", f"decompresses past {settings.max_bytes} bytes")
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError("undecodable", f"corrupt or truncated gzip: {exc}") from None
    return out


def _kind_of(name: str, *, settings: IngestSettings) -> str:
    """The reader a file name asks for: text, html, jsonl, warc or '' when unsupported."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    for kind, suffixes in (
        ("text", settings.text_suffixes),
        ("html", settings.html_suffixes),
        ("jsonl", settings.jsonl_suffixes),
        ("warc", settings.warc_suffixes),
    ):
        if lower.endswith(suffixes):
            return kind
    return ""


def _document(
    *, source_path: str, kind: ContentKind, body: str, n_bytes: int, settings: IngestSettings, **meta: object
) -> RawDocument:
    if not body.strip():
        raise InputError("empty", "no text after decoding")
    n_lines = body.count("\n") + 1
    if n_lines > settings.max_lines:
        raise InputError("too_large", f"{n_lines} lines > limit {settings.max_lines}")
    return RawDocument(
        doc_id=content_hash(body),
        source_path=source_path,
        kind=kind,
        body=body,
        n_bytes=n_bytes,
        url=meta.get("url") if isinstance(meta.get("url"), str) else None,  # type: ignore[arg-type]
        title=meta.get("title") if isinstance(meta.get("title"), str) else None,  # type: ignore[arg-type]
        published=parse_date_value(meta.get("published")),
    )


def _read_jsonl(data: bytes, *, source_path: str, settings: IngestSettings) -> Iterator[RawDocument | RejectedInput]:
    """One record per line; a bad line is rejected on its own and the others are still read."""
    for line_no, line in enumerate(io.BytesIO(data), start=1):
        rec_path = f"{source_path}#{line_no}"
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise InputError("malformed_record", "record is not a JSON object")
            if isinstance(rec.get("id"), (str, int)):
                rec_path = f"{source_path}#{rec['id']}"
            html, text = rec.get("html"), rec.get("text")
            if not isinstance(html, str) and not isinstance(text, str):
                raise InputError("malformed_record", "record has neither a 'text' nor an 'html' string")
            kind: ContentKind = "html" if isinstance(html, str) and html.strip() else "text"
            body = html if kind == "html" else text
            yield _document(
                source_path=rec_path,
                kind=kind,
                body=unicodedata.normalize("NFC", str(body)),
                n_bytes=len(line),
                settings=settings,
                url=rec.get("url"),
                title=rec.get("title"),
                published=rec.get("published"),
            )
        except json.JSONDecodeError as exc:
            yield RejectedInput(rec_path, "malformed_record", f"invalid JSON: {exc.msg} at column {exc.colno}")
        except InputError as exc:
            yield RejectedInput(rec_path, exc.reason, exc.detail)


def _read_warc(data: bytes, *, source_path: str, settings: IngestSettings) -> Iterator[RawDocument | RejectedInput]:
    """HTML response records of a WARC file; a truncated archive keeps the records before the cut."""
    from warcio.archiveiterator import ArchiveIterator  # one engine, imported where used

    index = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            index += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            rec_path = f"{source_path}#{index}"
            try:
                payload = record.content_stream().read(settings.max_bytes + 1)
                if len(payload) > settings.max_bytes:
                    raise InputError("too_large", f"record larger than {settings.max_bytes} bytes")
                yield _document(
                    source_path=rec_path,
                    kind="html",
                    body=decode_bytes(payload, settings=settings),
                    n_bytes=len(payload),
                    settings=settings,
                    url=url,
                )
            except InputError as exc:
                yield RejectedInput(rec_path, exc.reason, exc.detail)
    except Exception as exc:  # warcio raises assorted errors on damaged archives
        yield RejectedInput(f"{source_path}#{index + 1}", "malformed_record", f"damaged WARC: {exc!r}"[:500])


def read_file(path: Path, *, source_path: str, settings: IngestSettings) -> list[RawDocument | RejectedInput]:
    """Read one input file into documents, or rejections carrying the reason."""
    kind = _kind_of(path.name, settings=settings)
    if not kind:
        return [RejectedInput(source_path, "unsupported_format", f"no reader for {path.suffix or 'no suffix'}")]
    try:
        data = _read_limited(path, settings=settings)
        if path.name.lower().endswith(".gz"):
            data = _gunzip(data, settings=settings)
        if not data.strip():
            raise InputError("empty", "file is empty or blank")
        if kind == "jsonl":
            return list(_read_jsonl(data, source_path=source_path, settings=settings))
        if kind == "warc":
            return list(_read_warc(data, source_path=source_path, settings=settings))
        text = decode_bytes(data, settings=settings)
        return [_document(source_path=source_path, kind="html" if kind == "html" else "text", body=text,
                          n_bytes=len(data), settings=settings)]
    except InputError as exc:
        return [RejectedInput(source_path, exc.reason, exc.detail)]
    except OSError as exc:
        return [RejectedInput(source_path, "read_error", f"{type(exc).__name__}: {exc.strerror or exc}")]


def _unique_ids(docs: Iterable[RawDocument]) -> tuple[RawDocument, ...]:
    """Give a second copy of identical content its own id; dedup later marks it a duplicate."""
    seen: set[str] = set()
    out = []
    for doc in docs:
        doc_id = doc.doc_id
        if doc_id in seen:
            doc_id = content_hash(f"{doc.body}\x00{doc.source_path}")
        seen.add(doc_id)
        out.append(doc if doc_id == doc.doc_id else replace(doc, doc_id=doc_id))
    return tuple(out)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def ingest_files(root: Path, files: Iterable[Path], *, settings: IngestSettings) -> IngestResult:
    """Read the given files (paths under ``root``; source paths are relative to it)."""
    docs: list[RawDocument] = []
    rejected: list[RejectedInput] = []
    n_inputs = 0
    for path in files:
        n_inputs += 1
        source_path = printable_path(path.relative_to(root).as_posix())
        if path.is_symlink() and not path.exists():
            rejected.append(RejectedInput(source_path, "read_error", "dangling or looping symlink"))
            continue
        if not _is_regular(path):
            # A FIFO, socket or device would block or never end: never open one.
            rejected.append(RejectedInput(source_path, "read_error", "not a regular file"))
            continue
        for item in read_file(path, source_path=source_path, settings=settings):
            (docs if isinstance(item, RawDocument) else rejected).append(item)  # type: ignore[arg-type]
    return IngestResult(documents=_unique_ids(docs), rejected=tuple(rejected), n_inputs=n_inputs)


def ingest_folder(root: Path, *, settings: IngestSettings) -> IngestResult:
    """Read every supported file under ``root`` (recursively, in sorted order)."""
    return ingest_files(root, iter_input_files(root), settings=settings)
