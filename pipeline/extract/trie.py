"""Word lists compiled into one prefix-factored regex alternation (a trie), so a scan is one linear pass."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A node's children by next character; "" marks that a word ends here.
_Node = dict[str, "_Node"]


def alternation(words: Iterable[str], *, after_first: str = "") -> str:
    """A regex matching exactly the given literals, factored by shared prefixes; longer words are tried first.

    after_first is inserted after each word's first character: a zero-width check placed there (e.g. a
    look-behind at the word start, "(?<!\\w.)") keeps the pattern's leading literal, which lets the regex
    engine skip ahead to candidate characters instead of testing the check at every position.
    """
    root: _Node = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, after_first) if root else "(?!)"


def _emit(node: _Node, guard: str = "") -> str:
    """The regex of one trie node (guard follows the node's own characters): a class for leaves, groups otherwise."""
    ends = "" in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        if list(child) == [""] and not guard:
            singles.append(ch)
        else:
            branches.append(re.escape(ch) + guard + _emit(child))
    if singles:
        branches.append(re.escape(singles[0]) if len(singles) == 1
                        else "[" + "".join(_class_char(c) for c in singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # A word may end here: the longer continuations are tried first, then the empty one.
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def _class_char(ch: str) -> str:
    """One character escaped for use inside [...]."""
    return "\\" + ch if ch in "\\]^-[" else ch
