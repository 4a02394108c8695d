"""A corpus of hostile inputs, generated on the fly (nothing of it is committed)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

GOOD = (
    "Officials said on Monday that the government had expelled two diplomats after a dispute over visas.\n\n"
    "The foreign ministry confirmed the decision in a statement and said further steps were possible.\n"
)


def make_hostile_corpus(root: Path) -> dict[str, str | None]:
    """Write hostile files under ``root``; returns source_path -> expected reject reason (None: readable)."""
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = reason

    put("good.txt", GOOD.encode(), None)
    put("empty.txt", b"", "empty")
    put("blank.txt", b" \n\t\n  ", "empty")
    put("random.txt", bytes(range(256)) * 40, "binary")
    put("nul.txt", b"text\x00with\x00nuls" * 10, "binary")
    put("pdf.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary")
    put("truncated.txt.gz", gzip.compress(GOOD.encode() * 50)[:-30], "undecodable")
    put("not-gzip.txt.gz", b"this is not gzip at all", "undecodable")
    put("truncated.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200", None)
    lines = [json.dumps({"text": GOOD, "id": "ok"}), '{"text": "unterminated', "[1, 2]", json.dumps({"text": 5})]
    put("mixed.jsonl", "\n".join(lines).encode(), None)
    put("bomb.html", (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><html><body><p>&lol3;</p><p>' + GOOD.encode() + b"</p></body></html>"
    ), None)
    put("xxe.html", (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<html><body><article><p>&xxe;</p><p>" + GOOD.encode() + b"</p></article></body></html>"
    ), None)
    put("deep.html", b"<html><body>" + b"<div>" * 100_000 + GOOD.encode() + b"</div>" * 100_000 + b"</body></html>", None)
    put("long-line.txt", (("word " * 400_000) + "\n" + GOOD).encode(), None)
    put("odd name \u00e9 \u2603 (1).txt", GOOD.encode(), None)
    put("unsupported.docx", b"PK\x03\x04 zip", "unsupported_format")
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    expected["loop-a.txt"] = "read_error"
    expected["loop-b.txt"] = "read_error"
    os.mkfifo(root / "pipe.txt")  # opening it for reading would block forever
    expected["pipe.txt"] = "read_error"
    return expected
