"""Looking things up by position in a text: the mentions near a figure, the sentence around it.

The extractors ask, for each figure or organization head, about the mentions or the sentence
ends near it. Answered by scanning the whole article, every such question made a long article
quadratic (``bench/long_document.py``: 2 M characters took 74 s); here the positions are
listed once and bisected.
"""
from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from functools import lru_cache


class TextOrder:
    """Items with ``start`` and ``end`` (mentions, hits), in text order, that is, sorted by
    start, as the finders return them."""

    __slots__ = ("items", "starts")

    def __init__(self, items: list):
        self.items = items
        self.starts = [x.start for x in items]

    # Every figure and every name asks several of these: each bisects the starts itself and
    # walks the items with a plain loop (a helper's range, a generator and next() per call cost
    # more than the bisection).

    def _starting_in(self, lo: int, hi: int) -> range:
        """The indexes of the items that start in [lo, hi)."""
        i = bisect_left(self.starts, lo)
        return range(i, bisect_left(self.starts, hi, i))

    def starting_in(self, lo: int, hi: int) -> list:
        starts = self.starts
        i = bisect_left(starts, lo)
        return self.items[i:bisect_left(starts, hi, i)]

    def iter_starting_in(self, lo: int, hi: int):
        """``starting_in`` one item at a time, for a caller that stops at the first it wants."""
        items = self.items
        return (items[k] for k in self._starting_in(lo, hi))

    def last_starting_in(self, lo: int, hi: int):
        starts = self.starts
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        return self.items[j - 1] if j > i else None

    def within(self, lo: int, hi: int) -> list:
        """The items that start and end in [lo, hi], in text order."""
        if not self.starts:
            return []
        return [x for x in self.starting_in(lo, hi) if x.end <= hi]

    def first_within(self, lo: int, hi: int):
        starts, items = self.starts, self.items
        if not starts:
            return None  # (no programme, no country, no body: many an article's lists are empty)
        i = bisect_left(starts, lo)
        for k in range(i, bisect_left(starts, hi, i)):
            x = items[k]
            if x.end <= hi:
                return x
        return None

    def last_within(self, lo: int, hi: int):
        starts, items = self.starts, self.items
        if not starts:
            return None
        i = bisect_left(starts, lo)
        for k in range(bisect_left(starts, hi, i) - 1, i - 1, -1):
            x = items[k]
            if x.end <= hi:
                return x
        return None


@lru_cache(maxsize=64)  # an article's texts times the patterns asked of them
def _stops(text: str, pattern: re.Pattern) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def stop_span(text: str, pos: int, pattern: re.Pattern) -> tuple[int, int]:
    """The run of text around ``pos`` bounded by ``pattern`` characters (one-character
    classes), found by bisecting the text's stop positions, listed once per text: walking
    character by character cost more than all the period rules together."""
    if 0 <= pos <= len(text):
        stops = _stops(text, pattern)
        i = bisect.bisect_left(stops, pos)
        return (stops[i - 1] + 1 if i else 0), (stops[i] if i < len(stops) else len(text))
    s = pos
    while s > 0 and not pattern.match(text[s - 1]):
        s -= 1
    e = pos
    while e < len(text) and not pattern.match(text[e]):
        e += 1
    return s, e


def last_stop_before(text: str, pos: int, pattern: re.Pattern) -> int | None:
    """Where the last ``pattern`` character before ``pos`` stands, or None."""
    stops = _stops(text, pattern)
    i = bisect.bisect_left(stops, pos)
    return stops[i - 1] if i else None


def first_match_in(text: str, lo: int, hi: int, pattern: re.Pattern) -> re.Match | None:
    """``pattern.search(text, lo, hi)`` for a pattern whose matches cannot reach across ``lo``
    (a clause's start, when no match holds a clause break), found among the text's matches,
    listed once per text and bisected: searching each figure's clause again made a clause of
    thousands of figures (a table run together) quadratic."""
    starts = _stops(text, pattern)
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        if starts[k] >= hi:
            break
        m = pattern.match(text, starts[k], hi)
        if m:
            return m
    return None


def last_start_before(text: str, lo: int, hi: int, word: str) -> int:
    """``text.rfind(word, lo, hi)``, by bisecting the word's places, listed once per text."""
    starts = _stops(text, _literal(word))
    k = bisect.bisect_right(starts, hi - len(word)) - 1
    return starts[k] if k >= 0 and starts[k] >= lo else -1


@lru_cache(maxsize=8)
def _literal(word: str) -> re.Pattern:
    return re.compile(re.escape(word))


def occurrences(text: str, word: str):
    """The start of every non-overlapping occurrence of ``word`` in ``text``, in order: a name
    found once is looked for wherever else the text writes it (a village named again, a body's
    declared short name, a brand)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def top_two(counts: dict) -> tuple[object, int, int]:
    """(the key counted most, its count, the next count), in one pass: ``Counter.most_common``
    goes through heapq for every page. A tie at the top makes the next count equal, so a
    caller asking for a clear winner (``n > second``) gets none."""
    top, n, second = None, 0, 0
    for key, c in counts.items():
        if c > n:
            top, n, second = key, c, n
        elif c > second:
            second = c
    return top, n, second


def full_stop_after(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` opens past its semicolons and commas: after the last
    full stop (or line break) in [lo, hi), or at ``lo``, which bounds how far back it is read."""
    return max(max(text.rfind(c, lo, hi) for c in "。！？!?\n") + 1, lo)


def char_before(text: str, pos: int, spaces: str = " \u3000") -> str:
    """The character before ``pos``, spaces skipped ("" at the text's start): what a word
    at ``pos`` follows (a sentence's end, a comma, another word)."""
    k = pos - 1
    while k >= 0 and text[k] in spaces:
        k -= 1
    return text[k] if k >= 0 else ""


def in_quotation(text: str, lo: int, pos: int, opens: str = "“", closes: str = "”") -> bool:
    """Is ``pos`` inside a quotation opened in ``text[lo:pos]`` (an opening mark of ``opens``
    with no closing mark of ``closes`` after it)?"""
    opened = max(text.rfind(q, lo, pos) for q in opens)
    return opened >= 0 and max(text.rfind(q, lo, pos) for q in closes) < opened
