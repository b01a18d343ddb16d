"""Dictionary word segmentation, as jieba does it without its HMM, for short windows of text.

Metrics, organization names, programme names and short place names all look at the words of
a few characters around a hit, cut with jieba's dictionary and no HMM (``jieba.lcut`` /
``jieba.posseg.lcut`` with ``HMM=False``). jieba itself made that the load's largest cost:
its dictionary takes 0.8 s to load from its cache, ``jieba.posseg`` another 0.5 s to parse the
word tags from ``dict.txt``, and each call builds a DAG dict, a route dict and a ``pair`` per
word, about 2.5 µs a character.

This module runs the same algorithm on the same dictionary (``jieba/dict.txt``): the DAG of
dictionary words, the maximum-probability route from the right (equal scores go to the longer
word, as jieba's ``max`` over (score, end) does), jieba's block splitting and its joining of
single Latin letters and digits. ``cut`` and ``pos_cut`` return exactly what jieba returns
(tests/test_words.py compares them on news text) at about twice the speed; ``pos_spans`` gives
the same words with their offsets, for callers that place them in a longer text. The
dictionary is one ``dict`` from each word and word prefix to an index into packed count,
probability and tag arrays, cached in the temp folder as jieba caches its own; it loads in a
quarter of jieba's time. ``posseg()`` offers the same answers behind the part of ``jieba.posseg``'s interface the
extractors use.

The project adds no user words to jieba; another jieba version's dictionary is picked up
because the cache is keyed on the file's size and time stamp.

The route itself is the extraction's largest single cost in Python (0.76 s of a People's Daily
load, a dict lookup per character and word prefix). rjieba, the binding of jieba-rs, runs the
same DAG and route in compiled code on the same dictionary (0.34 s, tags still looked up
here), so ``spans`` and ``split`` hand blocks to it when the installed jieba's ``dict.txt`` is
the file rjieba carries (jieba 0.42.1's, recognised by its SHA-256 when the cache is built).
Another dictionary, or no rjieba, keeps ``route`` below: the same words either way, which the
tests check on both paths. Importing rjieba builds its own copy of the dictionary (0.13 s),
more than the Python route spends on a small load (the seeds segment 12,000 characters), so a
lexicon switches to it only after ``COMPILED_AFTER_CHARS`` characters, or when told to
(``use_compiled``, before extraction workers fork, so that they share one copy).
"""
from __future__ import annotations

import hashlib
import importlib.util
import marshal
import math
import os
import re
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

# jieba.posseg's block and token patterns (posseg/__init__.py), and jieba.cut's
_HAN_POS = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_HAN_CUT = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_NUM = re.compile("[\\.0-9]+")
_ENG = re.compile("[a-zA-Z0-9]+")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

_CACHE_FORMAT = 5
_NEVER = float("-inf")
# SHA-256 of jieba 0.42.1's dict.txt, the dictionary jieba-rs (and so rjieba) is built with
RJIEBA_DICT_SHA256 = "7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8"


# rjieba's import (0.13 s) pays for itself after about 190,000 segmented characters; switching
# at half that costs a large load 0.07 s and spares a small one the import
COMPILED_AFTER_CHARS = 100_000
# the most distinct words whose (word, tag) pairs a lexicon remembers for rjieba's cuts
_PAIR_CACHE_SIZE = 200_000


def _compiled_segmenter(dict_sha256: str):
    """rjieba when it segments with this very dictionary, else None."""
    if dict_sha256 != RJIEBA_DICT_SHA256:
        return None
    try:
        import rjieba
    except ImportError:
        return None
    return rjieba


class Lexicon:
    """jieba's dictionary. ``index[s]`` numbers every word and every prefix of a word: words
    (count > 0) come first, below ``words``, with their count, log probability and tag in
    ``counts``, ``logp`` and ``tag_codes``."""

    def __init__(self, keys: list[str], words: int, counts: array, logp: array,
                 tag_codes: bytes, tag_names: list[str], tag_order: array, missing: float,
                 other_tags: dict[str, str], dict_sha256: str = ""):
        self.keys = keys
        self.index = dict(zip(keys, range(len(keys))))
        self.words = words
        self.counts = counts
        self.logp = logp          # log(count) - log(total), as jieba's calc computes it
        self.tag_codes = tag_codes
        self.tag_names = tag_names
        self.tag_order = tag_order  # indexes of the tagged entries, in dict.txt's order
        self.missing = missing    # a character that starts no word: log(1) - log(total)
        self.other_tags = other_tags  # tags of dict.txt entries with a count of 0
        self.dict_sha256 = dict_sha256
        # rjieba once in use (it must have this dictionary): spans and split hand it blocks
        self.compiled = None
        self._compiled_possible = dict_sha256 == RJIEBA_DICT_SHA256
        self._until_compiled = COMPILED_AFTER_CHARS
        self._pair_cache: dict[str, tuple[str, str]] = {}  # word -> (word, tag), of rjieba's words

    def use_compiled(self) -> bool:
        """Segment with rjieba from now on, if it carries this dictionary; True if so."""
        if self._compiled_possible:
            self._compiled_possible = False  # imported once, or found missing once
            self.compiled = _compiled_segmenter(self.dict_sha256)
        return self.compiled is not None

    def _count(self, n: int) -> None:
        self._until_compiled -= n
        if self._until_compiled < 0:
            self.use_compiled()

    def tag(self, word: str, default: str | None = None) -> str | None:
        """The word's part-of-speech tag (``jieba.posseg.dt.word_tag_tab.get``)."""
        i = self.index.get(word)
        if i is not None and i < self.words:
            return self.tag_names[self.tag_codes[i]]
        return self.other_tags.get(word, default)

    def frequency(self, word: str, default: int | None = None) -> int | None:
        """``jieba.dt.FREQ.get``: a word's count, 0 for a prefix that is no word."""
        i = self.index.get(word)
        if i is None:
            return default
        return self.counts[i] if i < self.words else 0

    def route(self, s: str) -> tuple[list[int], list[int]]:
        """jieba's get_DAG + calc on ``s``: ``ends[k]`` is where the best word starting at
        ``k`` ends, ``picks[k]`` that word's index (-1 for a character in no word)."""
        n = len(s)
        words, logp, missing = self.words, self.logp, self.missing
        score = [0.0] * (n + 1)
        ends = [0] * n
        picks = [-1] * n
        get = self.index.get
        for k in range(n - 1, -1, -1):
            i = get(s[k])
            best = _NEVER
            j = k + 1
            while i is not None:
                if i < words:
                    sc = logp[i] + score[j]
                    if sc >= best:  # equal scores: the longer word
                        best = sc
                        ends[k] = j
                        picks[k] = i
                if j >= n:
                    break
                j += 1
                i = get(s[k:j])
            if best is _NEVER:
                score[k] = missing + score[k + 1]
                ends[k] = k + 1
            else:
                score[k] = best
        return ends, picks

    def spans(self, s: str, base: int = 0) -> list[tuple[int, int, str, str]]:
        """posseg's ``__cut_DAG_NO_HMM`` on one block, each word with its offsets from ``base``:
        (start, end, word, tag), runs of single Latin letters and digits joined as ``eng``.
        Callers that place words in their text get them without counting lengths again or
        building a ``pair`` per word, which cost as much as the segmenting itself."""
        if self._compiled_possible:
            self._count(len(s))
        if self.compiled is not None:
            return self._compiled_spans(s, base)
        return self._route_spans(s, base)

    def pairs(self, s: str) -> list[tuple[str, str]]:
        """``spans`` without the offsets: (word, tag) for each word of one block."""
        if self._compiled_possible:
            self._count(len(s))
        if self.compiled is not None:
            return self._compiled_pairs(s)
        return [(w, f) for _, _, w, f in self._route_spans(s, 0)]

    def _route_spans(self, s: str, base: int) -> list[tuple[int, int, str, str]]:
        """``spans`` by the Python route (no rjieba, or not yet)."""
        ends, picks = self.route(s)
        names, codes, other = self.tag_names, self.tag_codes, self.other_tags
        out: list[tuple[int, int, str, str]] = []
        eng = -1  # start of the pending run of single letters and digits
        k, n = 0, len(s)
        while k < n:
            e = ends[k]
            if e == k + 1 and s[k] in _ASCII_ALNUM:
                if eng < 0:
                    eng = k
            else:
                if eng >= 0:
                    out.append((base + eng, base + k, s[eng:k], "eng"))
                    eng = -1
                i = picks[k]
                w = s[k:e]
                out.append((base + k, base + e, w, names[codes[i]] if i >= 0 else other.get(w, "x")))
            k = e
        if eng >= 0:
            out.append((base + eng, base + n, s[eng:], "eng"))
        return out

    def _compiled_spans(self, s: str, base: int) -> list[tuple[int, int, str, str]]:
        """``spans`` from rjieba's words. The tags come from this lexicon, as posseg's do:
        rjieba's own tags differ off the dictionary (a run of digits, or 陸 alone, is ``m``
        there, ``eng`` and ``x`` in posseg). This dictionary has no word of Latin letters or
        digits, so every such word is a joined run, ``eng``."""
        out: list[tuple[int, int, str, str]] = []
        pair_of = self._pair_cache.get
        k = base
        for w in self.compiled.cut(s, False):
            # (the word's start, then its end, which the next word starts at: one name less
            # to store and load per word, a sixth of the loop's instructions)
            out.append((k, k := k + len(w), w, (pair_of(w) or self._compiled_pair(w))[1]))
        return out

    def _compiled_pairs(self, s: str) -> list[tuple[str, str]]:
        """``_compiled_spans`` without the offsets: (word, tag), each the one remembered pair
        for its word (equal words, no new tuple per word)."""
        pair_of = self._pair_cache.get
        return [pair_of(w) or self._compiled_pair(w) for w in self.compiled.cut(s, False)]

    def _compiled_pair(self, w: str) -> tuple[str, str]:
        """(word, tag) of a word rjieba cut, remembered in ``_pair_cache``: a load meets a few
        tens of thousands of distinct words, and a small dict of them answers several times
        faster than the lexicon's index of every word and prefix (a cache miss per lookup),
        which made the tag lookup cost more than rjieba's cut itself."""
        i = self.index.get(w, self.words)
        if i < self.words:
            tag = self.tag_names[self.tag_codes[i]]
        elif w.isascii() and w.isalnum():
            tag = "eng"
        else:
            tag = self.other_tags.get(w, "x")
        cache = self._pair_cache
        if len(cache) >= _PAIR_CACHE_SIZE:
            cache.clear()  # a huge load of varied text: start again rather than grow
        pair = cache[w] = (w, tag)
        return pair

    def split(self, s: str) -> list[str]:
        """jieba's ``__cut_DAG_NO_HMM`` on one block (runs of single letters and digits joined)."""
        if self._compiled_possible:
            self._count(len(s))
        if self.compiled is not None:
            return self.compiled.cut(s, False)
        ends = self.route(s)[0]
        out: list[str] = []
        buf = ""
        k, n = 0, len(s)
        while k < n:
            e = ends[k]
            w = s[k:e]
            if e == k + 1 and w in _ASCII_ALNUM:
                buf += w
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(w)
            k = e
        if buf:
            out.append(buf)
        return out


# -- loading ---------------------------------------------------------------------------------

def _dict_file() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    return path if path.is_file() else None


def _build(path: Path) -> tuple:
    """Parse dict.txt as jieba's gen_pfdict (counts, word prefixes) and posseg's
    load_word_tag (tags) do; duplicate lines: the last count and tag win, every count adds
    to the total."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for raw in fh:
            digest.update(raw)
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            parts = line.split(" ")
            word, f = parts[0], int(parts[1])
            freq[word] = f
            total += f
            for ch in range(len(word)):
                frag = word[:ch + 1]
                if frag not in freq:
                    freq[frag] = 0
            if len(parts) == 3:
                tags[word] = parts[2]
    logtotal = math.log(total)
    keys = [w for w, f in freq.items() if f]
    words = len(keys)
    keys += [w for w, f in freq.items() if not f]
    position = {w: i for i, w in enumerate(keys)}
    names = sorted(set(tags.values()) | {"x"})
    code = {t: i for i, t in enumerate(names)}
    counts = array("q", (freq[w] for w in keys[:words]))
    logp = array("d", (math.log(freq[w]) - logtotal for w in keys[:words]))
    tag_codes = bytes(code[tags.get(w, "x")] for w in keys[:words])
    tag_order = array("i", (position[w] for w in tags))
    other_tags = {w: t for w, t in tags.items() if not freq[w]}
    return ("\n".join(keys), words, counts.tobytes(), logp.tobytes(), tag_codes, names,
            tag_order.tobytes(), math.log(1) - logtotal, other_tags, digest.hexdigest())


def _cache_path(path: Path) -> Path:
    st = path.stat()
    return Path(tempfile.gettempdir()) / (
        f"minsheng-lexicon-{_CACHE_FORMAT}-{st.st_size}-{int(st.st_mtime)}.marshal")


def _from_data(data: tuple) -> Lexicon:
    keys, words, count_bytes, logp_bytes, tag_codes, names, order_bytes, missing, other, sha = data
    counts, logp, order = array("q"), array("d"), array("i")
    counts.frombytes(count_bytes)
    logp.frombytes(logp_bytes)
    order.frombytes(order_bytes)
    lex = Lexicon(keys.split("\n"), words, counts, logp, tag_codes, names, order, missing, other,
                  sha)
    if not (len(counts) == len(logp) == len(tag_codes) == words <= len(lex.keys)
            and isinstance(sha, str)):
        raise ValueError("inconsistent lexicon cache")
    return lex


def load() -> Lexicon | None:
    """jieba's dictionary, from the cache when there is one; None without jieba. A cache
    that cannot be read or does not hold together is rebuilt from dict.txt."""
    path = _dict_file()
    if path is None:
        return None
    cache = _cache_path(path)
    try:
        return _from_data(marshal.loads(cache.read_bytes()))
    except Exception:  # noqa: BLE001 - missing, truncated or foreign: build it again
        pass
    data = _build(path)
    try:  # written aside, then renamed: a concurrent reader never sees half a file
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, cache)
    except OSError:
        pass
    return _from_data(data)


_LEXICON: Lexicon | None = None
_LOADED = False


def lexicon() -> Lexicon | None:
    global _LEXICON, _LOADED
    if not _LOADED:
        _LEXICON, _LOADED = load(), True
    return _LEXICON


def available() -> bool:
    """Whether jieba's dictionary is there (jieba is a dependency; callers keep a fallback)."""
    return lexicon() is not None


# -- segmenting ------------------------------------------------------------------------------

def pos_cut(text: str) -> list[tuple[str, str]]:
    """``[(w.word, w.flag) for w in jieba.posseg.lcut(text, HMM=False)]``."""
    return list(_pos_cut(text))


def pos_tuple(text: str) -> tuple[tuple[str, str], ...]:
    """``pos_cut(text)`` as a tuple, for a caller that memoizes its windows itself (metrics):
    no copy per call, and no second cache to look up and fill with the same text."""
    return _pos_cut.__wrapped__(text)


@lru_cache(maxsize=4096)
def _pos_cut(text: str) -> tuple[tuple[str, str], ...]:
    lex = lexicon()
    if lex is None:
        import jieba.posseg
        return tuple((w.word, w.flag) for w in jieba.posseg.lcut(text, HMM=False))
    if _HAN_POS.fullmatch(text):
        return tuple(lex.pairs(text))  # one block, as most windows around a figure are
    # pos_spans' walk, without the offsets nobody here reads (a tuple less per word)
    out: list[tuple[str, str]] = []
    for n, blk in enumerate(_HAN_POS.split(text)):
        if not blk:
            continue
        if n % 2:
            out += lex.pairs(blk)
            continue
        for x in _SKIP.split(blk):
            if not x:
                continue
            if _SKIP.match(x):
                out.append((x, "x"))
                continue
            eng = _ENG.match(x) is not None
            for xx in x:
                out.append((xx, "m" if _NUM.match(xx) else "eng" if eng else "x"))
    return tuple(out)


def pos_spans(text: str, base: int = 0) -> list[tuple[int, int, str, str]]:
    """``pos_cut(text)`` with each word's offsets, counted from ``base``: (start, end, word,
    tag)."""
    lex = lexicon()
    out: list[tuple[int, int, str, str]] = []
    at = base
    if lex is None:
        for w, f in pos_cut(text):
            out.append((at, at + len(w), w, f))
            at += len(w)
        return out
    if _HAN_POS.fullmatch(text):
        return lex.spans(text, base)  # one block, as most windows around a name are
    for n, blk in enumerate(_HAN_POS.split(text)):
        if not blk:
            continue
        if n % 2:  # split() with one group: the odd items are the blocks the pattern matched
            out += lex.spans(blk, at)
            at += len(blk)
            continue
        for x in _SKIP.split(blk):
            if not x:
                continue
            if _SKIP.match(x):
                out.append((at, at + len(x), x, "x"))
                at += len(x)
                continue
            eng = _ENG.match(x) is not None
            for xx in x:
                out.append((at, at + 1, xx, "m" if _NUM.match(xx) else "eng" if eng else "x"))
                at += 1
    return out


def cut(text: str) -> list[str]:
    """``jieba.lcut(text, HMM=False)``."""
    lex = lexicon()
    if lex is None:
        import jieba
        return jieba.lcut(text, HMM=False)
    out: list[str] = []
    for n, blk in enumerate(_HAN_CUT.split(text)):
        if not blk:
            continue
        if n % 2:
            out += lex.split(blk)
            continue
        for x in _SKIP.split(blk):
            if _SKIP.match(x):
                out.append(x)
            else:
                out.extend(x)
    return out


# -- jieba's interface -----------------------------------------------------------------------

class _LexiconMap(Mapping):
    """A read-only view of the lexicon shaped like one of jieba's own dictionaries."""

    def __init__(self, lex: Lexicon, lookup):
        self._lex = lex
        self.get = lookup

    def __getitem__(self, word: str):
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value


class _Tags(_LexiconMap):
    """``jieba.posseg.dt.word_tag_tab``: word -> tag, in dict.txt's order."""

    def __init__(self, lex: Lexicon):
        super().__init__(lex, lex.tag)

    def __iter__(self) -> Iterator[str]:
        keys = self._lex.keys
        return (keys[i] for i in self._lex.tag_order)

    def __len__(self) -> int:
        return len(self._lex.tag_order)

    def items(self):
        lex = self._lex
        keys, words, names, codes, other = (lex.keys, lex.words, lex.tag_names, lex.tag_codes,
                                            lex.other_tags)
        return ((keys[i], names[codes[i]] if i < words else other[keys[i]])
                for i in lex.tag_order)


class _Counts(_LexiconMap):
    """``jieba.dt.FREQ``: word or word prefix -> count (0 for a prefix that is no word)."""

    def __init__(self, lex: Lexicon):
        super().__init__(lex, lex.frequency)

    def __iter__(self) -> Iterator[str]:
        return iter(self._lex.keys)

    def __len__(self) -> int:
        return len(self._lex.keys)


def tag_table() -> Mapping:
    return _Tags(lexicon())


def frequency_table() -> Mapping:
    return _Counts(lexicon())


class Pair(NamedTuple):
    """A word and its tag, read like jieba.posseg's ``pair``."""

    word: str
    flag: str


class _Posseg:
    """The part of ``jieba.posseg`` the extractors use, answered from the lexicon: ``lcut`` and
    ``cut`` without HMM, ``dt.word_tag_tab`` and ``dt.tokenizer.FREQ``. With the HMM they
    hand over to jieba itself."""

    def __init__(self) -> None:
        self.dt = SimpleNamespace(word_tag_tab=tag_table(), tokenizer=SimpleNamespace(
            FREQ=frequency_table(), check_initialized=lambda: None))

    def lcut(self, text: str, HMM: bool = True) -> list:  # noqa: N803 - jieba's spelling
        if HMM:
            import jieba.posseg
            return jieba.posseg.lcut(text, HMM=True)
        return list(_pairs(text))

    def cut(self, text: str, HMM: bool = True) -> Iterator:  # noqa: N803
        return iter(self.lcut(text, HMM))


@lru_cache(maxsize=4096)
def _pairs(text: str) -> tuple[Pair, ...]:
    return tuple(map(Pair._make, _pos_cut(text)))


def posseg() -> _Posseg | None:
    """A stand-in for ``jieba.posseg`` (None without jieba)."""
    return _Posseg() if available() else None


@lru_cache(maxsize=1)
def acting_words() -> dict[str, str]:
    """word -> the tag hand-tagged news gives it, for the words jieba's dictionary tags as
    nouns (names, idioms) that news uses as verbs, adverbs or prepositions: 参观, 证明, 中断,
    游说 (data/acting_words.tsv, built by tools/build_acting_words.py). The dictionary gives a
    word one tag; where it reads such a word as a noun, the finders read it with this one."""
    from importlib import resources
    text = resources.files(__package__ + ".data").joinpath("acting_words.tsv").read_text(encoding="utf-8")
    return {row[0]: row[1] for row in (line.split("\t") for line in text.splitlines()
                                       if line and not line.startswith(("#", "word\t")))}
