"""The segmenter's view of the text around a name: its words and part-of-speech tags, read
block by block (a run of characters between punctuation) and only near a hit.

Every organisation finder asks where words begin and end; segmenting a whole article for each
question was the load's largest cost, so the words of a block are read once and bisected.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from .. import words


@lru_cache(maxsize=1)
def posseg():
    """jieba.posseg's interface, answered by words.py: the same words and tags without jieba's
    own load (1.3 s) and per-call cost."""
    return words.posseg()


HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
Token = tuple[int, int, str, str]   # start, end, word, part-of-speech tag


def segment(text: str) -> list[Token]:
    """The segmenter's words with their tags and absolute offsets (dictionary only, no HMM)."""
    if posseg() is None:
        return []
    return words.pos_spans(text)


# the segmenter cuts text into these blocks and segments each one alone
BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._]+")
BLOCK_CHAR = re.compile(BLOCK.pattern[:-1])  # one character of a block
# the run of block characters that ends a window (search with pos and endpos)
_BLOCK_TAIL = re.compile(BLOCK.pattern[:-1] + r"*\Z")
# the text up to the last character that is no block character (match with pos and endpos): it
# ends where _BLOCK_TAIL's search starts, found in one greedy pass where that search tries
# every position of the window again
_UP_TO_BLOCK_TAIL = re.compile(r"(?s:.*)[^" + BLOCK.pattern[1:-2] + "]")


def block_tail_start(text: str, lo: int, hi: int) -> int:
    """Where the run of block characters that ends text[lo:hi] starts (lo if it fills it)."""
    m = _UP_TO_BLOCK_TAIL.match(text, lo, hi)
    return m.end() if m is not None else lo


@lru_cache(maxsize=4096)
def _block_words(block: str) -> tuple[Token, ...]:
    """segment() of one block, kept: the known bodies, the units of a body and the heads that
    stand alone all look at the same few blocks of an article."""
    return tuple(segment(block))


class _Block(NamedTuple):
    start: int
    end: int
    text: str


def words_of(block: _Block, segmented: dict | None) -> tuple[list[Token] | tuple[Token, ...], int]:
    """The block's words and what their offsets count from: the text's start for a whole block
    the learned heads' search segmented already (``segmented``, the article's), else the
    block's. The known bodies and the units of a body look at 8,000 blocks of a People's Daily
    load, 7 in 8 of them blocks segmented there."""
    got = segmented.get((block.start, block.end)) if segmented else None
    if got is not None:
        return got, 0
    return _block_words(block.text), block.start


# The block around a hit is read from at most 24 characters before it to at most this many
# after it. Blocks of news text are far shorter; a list of names run together without
# punctuation is one block of thousands, which was segmented again from every hit in it to its
# end (32,000 characters of 第一次全国代表大会: 5 s).
BLOCK_AFTER = 64


START, END = itemgetter(0), itemgetter(1)


def word_at(toks, at: int, edge=START) -> int | None:
    """The index of the word of ``toks`` (one block's words, in text order) that starts at
    ``at`` (or, with ``END``, ends there), None if none: bisected, where a search word by word
    went through half a block's words for each of 17,000 known bodies and units of a People's
    Daily load."""
    k = bisect.bisect_left(toks, at, key=edge)
    return k if k < len(toks) and edge(toks[k]) == at else None


def block_at(text: str, start: int, end: int) -> _Block | None:
    """The run of block characters that reaches ``end``, searched from 24 characters before
    ``start``, cut ``BLOCK_AFTER`` characters after ``end``."""
    # The first block from there that reaches ``end`` is the run holding text[end - 1] (cut
    # at the search's start), or when that is no block character, the next run after it: found
    # by two calls in C rather than by walking every block from the search's start (the known
    # bodies and the units of a body ask this for 12,000 hits of a People's Daily load).
    # endpos bounds the match too: a block match runs greedily to the end of its run
    if BLOCK_CHAR.match(text, end - 1) is not None:
        b = BLOCK.match(text, block_tail_start(text, max(0, start - 24), end), end + BLOCK_AFTER)
    else:
        b = BLOCK.search(text, end, end + BLOCK_AFTER)
    return _Block(b.start(), b.end(), b.group()) if b is not None else None


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """The segmenter's dictionary: word -> part-of-speech tag."""
    pseg = posseg()
    return pseg.dt.word_tag_tab if pseg is not None else {}


def straddled(text: str, start: int, end: int, segmented: dict | None = None) -> bool:
    """Does a segmenter word run across the start or the end of text[start:end] (领导人|大约)?"""
    block = block_at(text, start, end)
    if block is None or posseg() is None:
        return False
    toks, base = words_of(block, segmented)
    for s, e, _, _ in toks:
        s, e = s + base, e + base
        if (s < start < e and e < end) or (start < s < end < e):
            return True
    return False
