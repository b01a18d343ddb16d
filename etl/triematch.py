"""A many-word matcher built as one compiled regular expression shaped like a trie.

Python's ``re`` tries alternatives one by one, so a flat ``a|b|c`` over thousands of names is
slow; nesting the alternatives by shared prefix lets the C engine reject a position after one
character class test, which keeps the gazetteer scan well above the pipeline's throughput
target without a compiled dependency. The leftmost longest name wins, as in Aho-Corasick's
longest-match mode.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def _trie(words: Iterable[str]) -> dict:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return root


def _pattern(node: dict) -> str:
    end = "" in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        sub = _pattern(node[ch])
        if sub:
            branches.append(re.escape(ch) + sub)
        else:
            singles.append(re.escape(ch))
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body if len(branches) == 1 and len(body) == 1 else (
        body if body.startswith("(?:") else "(?:" + body + ")")


class TrieMatcher:
    """Finds the leftmost longest occurrences of a fixed set of words."""

    def __init__(self, words: Iterable[str]):
        words = sorted({w for w in words if w})
        self.words = frozenset(words)
        self.regex = re.compile(_pattern(_trie(words))) if words else None

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        if self.regex is None:
            return
        for m in self.regex.finditer(text):
            yield m.start(), m.end(), m.group()
