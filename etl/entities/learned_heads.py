"""Heads the fixed list lacks (巴西队, 出版社, 国防部, 筹委会), read off the segmenter's words: a
head word after the words of a name (word heads), or a word the segmenter knows whose last
characters are a head (nt 外交部, n 水利局).

``data/org_heads.tsv`` says, per reading and head, how often that reading gave exactly an
annotated organisation name in annotated news text (``tools/build_org_heads.py``); only readings
right often enough are used, so that 部队, 汇报 or 中央银行 (a kind of bank, not a name) stay out.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from .gazetteer import DATA
from .. import words
from .org_words import (
    after_event, CLASS_MODIFIERS, CLASS_NOUNS, COUNTED, head_in_other_word, kind_of, LEVEL_CHARS,
    NAME_TAGS, NAME_WORD_TAGS, ORDINAL, OrgHit, PLACE_OR_NAME, STOP_WORDS)
from .org_text import BLOCK, HAN_WORD, posseg, Token, word_tags
from .org_names import canonical, deictic_cut, DEICTIC_LEVELS, Places, region_in, with_level_before


# the segmenter's tags, grouped as the learned table keys its "word ends in a head" readings
_WORD_GROUP = {"nt": "nt", "nz": "nz", "nrt": "nz", "j": "j", "n": "n", "l": "n", "vn": "n", "ns": "ns"}
LEARNED_MIN_PRECISION = 0.45  # lower bound, tuned on held-out training sentences
LEARNED_MIN_HITS = 5
LEARNED_MIN_NAMES = 3   # a head seen in fewer different names is part of a name, not a head


@lru_cache(maxsize=1)
def _reliable_heads():
    """Heads with a reliable reading: by last character; those read as words of their own;
    and for those read as the end of a longer word, the dictionary's words of that reading."""
    reliable = [key for key, p in learned_heads().items() if p >= LEARNED_MIN_PRECISION]
    word_heads = frozenset(h for r, h in reliable if r.startswith("word"))
    in_word: dict[str, set[str]] = {}
    for r, h in reliable:
        if not r.startswith("word"):
            in_word.setdefault(h, set()).add(r.split(":")[0])
    by_last: dict[str, list[str]] = {}
    for h in word_heads | set(in_word):
        by_last.setdefault(h[-1], []).append(h)
    # the dictionary words that end in each such head, by length (外交部, 新华社)
    words: dict[str, dict[int, set[str]]] = {}
    last = {h[-1] for h in in_word}  # most of the dictionary's words end in no such head
    tags = word_tags()
    # (the words first, the tags of the few left: reading every word's tag cost twice as much)
    for word in [w for w in tags if w[-1] in last]:
        tag = tags.get(word)
        group = _WORD_GROUP.get(tag)
        if group and (tag == "nt" or len(word) >= 3) and len(word) <= 8:
            for n in (1, 2, 3):
                if len(word) > n and group in in_word.get(word[-n:], ()):
                    words.setdefault(word[-n:], {}).setdefault(len(word), set()).add(word)
    return ({c: tuple(sorted(hs)) for c, hs in by_last.items()}, word_heads,
            {h: tuple((n, frozenset(ws)) for n, ws in by_len.items()) for h, by_len in words.items()})


@lru_cache(maxsize=1)
def _head_ends_re() -> re.Pattern:
    """Where a reliable head that may end a name ends: the head's last character, matched when
    the head stands before it, and for a head read only as the end of a dictionary word
    (外交部), when one of the characters those words have right before the head stands before
    that. Every position ``_may_end_name_at`` accepts is matched (the words end in their head, so
    the character before it is one of theirs). The match is that last character alone (the
    rest are look-behinds), so that ``finditer`` tries every position after it.
    Anchored on the heads' 39 last characters rather than their 130 first ones: the regex
    engine walks the alternatives one by one at each place one of those characters stands,
    and the first characters (人, 中, 大, 国 …) stand at three times as many places; the scan
    of a People's Daily load took 84 ms that way, 23 ms this way, and matches a fifth fewer
    places for the check in Python."""
    by_last, word_heads, in_word = _reliable_heads()
    groups = []
    for last, heads in sorted(by_last.items()):
        alts = []
        for h in heads:
            if h in word_heads:
                if len(h) == 1:
                    alts = []  # the character alone may be the head: nothing more to ask
                    break
                alts.append("(?<=" + re.escape(h) + ")")  # as a word of its own: checked per position
                continue
            before = {w[-len(h) - 1] for _, names in in_word.get(h, ()) for w in names}
            if before:
                alts.append("(?<=[" + re.escape("".join(sorted(before))) + "]" + re.escape(h) + ")")
        else:
            if not alts:
                continue
        groups.append(re.escape(last) + ("(?:" + "|".join(alts) + ")" if alts else ""))
    return re.compile("|".join(groups) or "(?!)")


@lru_cache(maxsize=1)
def _head_end_table() -> dict[str, tuple]:
    """By a head's last character: the last three characters of the dictionary words of a
    learned group that end in some reliable head with that character, whether one such word
    has two characters only, those words by length (外交部 and 总部 under 部, 3 and 2), and the
    reliable heads with that character that may stand as words of their own (队, 代表团), by
    length too: (length, heads), so that a place asks one slice per length, not one per head."""
    by_last, word_heads, in_word = _reliable_heads()
    table = {}
    for last, heads in by_last.items():
        by_len: dict[int, set[str]] = {}
        for h in heads:
            for n, names in in_word.get(h, ()):
                by_len.setdefault(n, set()).update(names)
        table[last] = (frozenset(w[-3:] for n, ws in by_len.items() if n >= 3 for w in ws),
                       2 in by_len,
                       tuple((n, frozenset(ws)) for n, ws in sorted(by_len.items())),
                       _by_length(h for h in heads if h in word_heads))
    return table


def _by_length(heads) -> tuple[tuple[int, frozenset[str]], ...]:
    """The heads grouped by their length, shortest first."""
    by_len: dict[int, set[str]] = {}
    for h in heads:
        by_len.setdefault(len(h), set()).add(h)
    return tuple((n, frozenset(hs)) for n, hs in sorted(by_len.items()))


class _CountedWords(dict):
    """Whether a string is a dictionary word with a count, remembered per string: the two
    characters around a learned head (会议, 部队) come back article after article, and each
    answer from the lexicon's index of 500,000 words and prefixes cost a cache miss."""

    def __init__(self, lex):
        super().__init__()
        self.index, self.counted = lex.index, lex.words

    def __missing__(self, s: str) -> bool:
        if len(self) >= 200_000:
            self.clear()  # a huge load of varied text: start again rather than grow
        word = self[s] = self.index.get(s, self.counted) < self.counted
        return word


@lru_cache(maxsize=1)
def _counted_words() -> _CountedWords:
    return _CountedWords(words.lexicon())


def _may_end_name_at(text: str, q: int, ends3, two, names_by_len, word_heads_here,
                     is_word: _CountedWords) -> bool:
    """``_may_end_at`` with the table's entry for the head's last character spelt out."""
    return _may_end_at(text, q, (ends3, two, names_by_len, word_heads_here), is_word)


def _may_end_at(text: str, q: int, entry: tuple, is_word: _CountedWords) -> bool:
    """Could the segmenter read a reliable head ending at q as a name's end: a dictionary word
    of a learned group ends there (外交部, 新华社), or a head stands there as a word of its own
    (巴西/队, not 部队): neither the character before it nor the one after it makes a word with
    it. Asked once per place for all the heads with that last character (``_head_end_table``),
    not head by head. The words are looked for length by length only where the last three
    characters end one of them (or one has two characters): 24,000 of the 36,000 places a
    People's Daily load asks about end none, and each length sliced the text again.
    ``entry``: ``_head_end_table``'s for the character at q - 1, passed whole (36,000 calls)."""
    ends3, two, names_by_len, word_heads_here = entry
    if two or text[q - 3 if q >= 3 else 0:q] in ends3:  # (q >= 1; no max() call)
        for n, names in names_by_len:
            if n <= q and text[q - n:q] in names:
                return True
    if not word_heads_here or is_word[text[q - 1:q + 1]]:
        return False  # (the character after the head is the same for every head ending at q)
    for n, heads in word_heads_here:  # (a head of one character is the one at q - 1)
        p = q - n
        if p > 0 and text[p:q] in heads and not is_word[text[p - 1:p + 1]]:
            return True
    return False


def segment_near_heads(text: str, segmented: dict | None = None) -> list[Token]:
    """The words of the blocks that may hold a name ending in a learned head; a blank word stands
    between blocks so no name runs across them. Segmenting a whole article would cost more
    than the rest of the entity stage, and most blocks hold no head at all. ``segmented``, if
    given, gets each block's words (offsets in text) under (start, end) of the block."""
    pseg = posseg()
    if pseg is None or not learned_heads():
        return []
    by_last = _head_end_table()
    if not by_last:
        return []
    is_word = _counted_words()  # (the lexicon is there, since pseg is)
    # a block is one run of the segmenter's block characters: the lexicon cuts it as
    # words.pos_spans would, without pos_spans' test that it is one block
    spans_of = words.lexicon().spans
    # the first head that may end a name settles its block: the search goes on after the block
    # (a head's characters are all block characters: the block around its last one is its own)
    out: list[Token] = []
    reverse = None  # the text backwards, to find where a block starts
    end = 0  # where the last block taken ends
    for m in _head_ends_re().finditer(text):
        p = m.start()  # the head's last character
        if p < end:
            continue
        if not _may_end_at(text, p + 1, by_last[text[p]], is_word):
            continue
        if reverse is None:
            reverse = text[::-1]
        back = len(text) - 1 - p
        start = p + 1 - (BLOCK.match(reverse, back).end() - back)
        end = BLOCK.match(text, p).end()
        spans = spans_of(text[start:end], start)  # the words at their place in text
        if segmented is not None:
            segmented[(start, end)] = spans
        out += spans
        out.append((end, end, "", "x"))
    return out


# A name reaches at most this far left of its head word: as ``left_edge``'s window does for
# the fixed heads, it keeps the walk over a list of names run together without punctuation
# (an honour roll of 市总工会 after 市总工会) from going back to the list's start for every head.
NAME_REACH = 24


def _grow(toks: list[Token], i: int, named: bool = False) -> int:
    """Index of the first word of the name whose head starts at word i. Left of a place or a
    name (``named``: the head's own word is one) only places and names go on (深圳平安队, not
    球队深圳平安队; 中国人民银行, not 股东中国人民银行)."""
    j = i
    floor = toks[i][0] - NAME_REACH
    pending = None  # where the name ended before a run of verbs not yet known to be inside it
    object_taken = False  # the noun a trade's verb takes (房地产|开发|公司), once
    while j > 0 and toks[j - 1][0] >= floor:
        _, _, word, flag = toks[j - 1]
        if flag == "v" and len(word) >= 2 and not named and word not in STOP_WORDS \
                and HAN_WORD.fullmatch(word):
            # 上海市演出公司, 北京启明演出公司: two-character verbs between a place and the head
            # are the body's trade; they stay in the name only if a place comes before them
            pending = j if pending is None else pending
            j -= 1
            continue
        if flag == "m" and j > 1 and toks[j - 2][3] in ("ns", "nt", "j") and ORDINAL.fullmatch(word):
            j -= 1  # 山西第五建筑公司, 上海第一百货商店: an ordinal after the place is the name's
            continue
        if not HAN_WORD.fullmatch(word) or word in STOP_WORDS or not flag.startswith(NAME_WORD_TAGS):
            break
        if pending is not None and flag != "ns":
            if not object_taken and len(word) >= 2 and flag in ("n", "j", "nz", "vn") \
                    and toks[j][3] == "v" and pending == j + 1:
                # 湖北省矿产开发公司, 深圳市汽车租赁公司: the trade is a noun and one verb; still
                # only if a place comes before them
                object_taken = True
                j -= 1
                continue
            break  # 中央乐团|易名|…: after a body's name a verb is what the body did
        if pending is not None:
            pending = None  # the verbs lie between a place and the head: they are the name's
        if named and flag not in PLACE_OR_NAME:
            break
        named = named or flag in PLACE_OR_NAME
        # 李明公司: a person's name ends the name unless a place or a name stands before it
        if flag in ("nr", "nrfg") and len(word) >= 2 and j > 1 and toks[j - 2][3] not in NAME_TAGS:
            break
        j -= 1
    if pending is not None:
        j = pending
    # 两国议会 segmented 两/国议会: a lone character that is no place or name is not the name's start
    # (县粮食局, 市文化局: a bare level character names the paper's own county or city)
    while j < i and len(toks[j][2]) == 1 and toks[j][3] not in ("ns", "j", "nt") \
            and toks[j][2] not in LEVEL_CHARS and not (j + 1 < i and len(toks[j + 1][2]) == 1):
        j += 1
    return j


@lru_cache(maxsize=8)
def _last_chars(heads: frozenset[str]) -> frozenset[str]:
    return frozenset(h[-1] for h in heads if h)


def head_readings(text: str, toks: list[Token], heads: frozenset[str] | None = None):
    """Each word's readings as the end of a name, longest head first: (word index,
    [(reading, head, start, end)]). ``reading`` is ``word`` (the head is whole words after the
    name's other words) or the segmenter's word group (the word itself ends in the head), with
    ``:name`` when a place or name word is among the name's words. With ``heads``, only
    readings of those heads. A word ending in the head also says whether what is left of it is a
    place or name (``:name``) or a noun or verb (``:stem``)."""
    # every reading's head ends with the word's last character: most words end in none
    last = _last_chars(frozenset(heads)) if heads is not None else None
    for k, (_, end, word, flag) in enumerate(toks):
        if last is not None and (end == 0 or text[end - 1] not in last):
            continue
        out = []
        for m in (3, 2, 1):
            i = k - m + 1
            if i < 1 or end - toks[i][0] > 4:
                continue
            head = text[toks[i][0]:end]
            if (heads is not None and head not in heads) or not HAN_WORD.fullmatch(head):
                continue
            j = _grow(toks, i)
            if j < i:
                named = any(toks[x][3] in NAME_TAGS for x in range(j, i))
                out.append(("word:name" if named else "word", head, toks[j][0], end))
        group = _WORD_GROUP.get(flag)
        if group and (group == "nt" or len(word) >= 3):
            tails = [word[-n:] for n in (3, 2, 1) if len(word) > n
                     and (heads is None or word[-n:] in heads)]
            if tails:
                j = _grow(toks, k, named=group in ("nt", "nz", "j"))
                named = any(toks[x][3] in NAME_TAGS for x in range(j, k))
                for t in tails:
                    # 沙特队: the word's stem is a place or name; 教育部: a noun or verb
                    stem = word_tags().get(word[:-len(t)], "")
                    how = ":name" if named or stem in NAME_TAGS else ":stem" if stem[:1] in ("n", "v") else ""
                    out.append((group + how, t, toks[j][0], end))
        if out:
            yield k, out


@lru_cache(maxsize=1)
def _reliable_labels() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The heads some ``word`` reading of which is reliable, and the (word group, head) pairs
    some reading of which (bare, ``:name`` or ``:stem``) is: a reading outside them is never
    reliable, whatever the name's words turn out to be, so its name need not be grown."""
    reliable = [key for key, p in learned_heads().items() if p >= LEARNED_MIN_PRECISION]
    words_ok = frozenset(h for r, h in reliable if r in ("word", "word:name"))
    groups_ok = frozenset((r.split(":")[0], h) for r, h in reliable if not r.startswith("word"))
    return words_ok, groups_ok


@lru_cache(maxsize=8192)
def _word_tails(word: str, group: str) -> tuple[tuple[str, str], ...]:
    """The heads a word of the segmenter's word ``group`` ends in that some reading of that
    group makes reliable, longest first, each with the tag of the rest of the word (its stem):
    kept, as the same words (新华社, 外交部) come back article after article, and the tag of
    each stem was a lookup in the lexicon's index of 500,000 words and prefixes."""
    groups_ok = _reliable_labels()[1]
    tags = word_tags()
    return tuple((word[-n:], tags.get(word[:-n], "")) for n in (3, 2, 1)
                 if len(word) > n and (group, word[-n:]) in groups_ok)


def _reliable_readings(text: str, toks: list[Token]):
    """(word index, reading) for each word that has a reliable reading: the first of its
    ``head_readings`` (with the reliable heads) that ``learned_heads`` rates at least
    ``LEARNED_MIN_PRECISION``. The same readings in the same order, but a reading that no
    label can make reliable is not grown (``_grow`` for each of 27,000 readings of a People's
    Daily load was most of their cost, and half of them were thrown away), and a word's
    readings stop at the first reliable one."""
    table = learned_heads()
    heads = _reliable_head_words()
    words_ok = _reliable_labels()[0]
    last = _last_chars(heads)
    # (the words that end in a head's last character picked out first, a fifth of them, in one
    # comprehension rather than a step of the loop below for each word)
    for k in [k for k, t in enumerate(toks) if t[1] and text[t[1] - 1] in last]:
        _, end, word, flag = toks[k]
        found = None
        for m in (3, 2, 1):
            i = k - m + 1
            if i < 1 or end - toks[i][0] > 4:
                continue
            head = text[toks[i][0]:end]
            if head not in words_ok or not HAN_WORD.fullmatch(head):
                continue
            j = _grow(toks, i)
            if j < i:
                named = any(toks[x][3] in NAME_TAGS for x in range(j, i))
                reading = "word:name" if named else "word"
                if table.get((reading, head), 0) >= LEARNED_MIN_PRECISION:
                    found = (reading, head, toks[j][0], end)
                    break
        if found is None:
            group = _WORD_GROUP.get(flag)
            if group and (group == "nt" or len(word) >= 3):
                tails = _word_tails(word, group)
                if tails:
                    j = _grow(toks, k, named=group in ("nt", "nz", "j"))
                    named = any(toks[x][3] in NAME_TAGS for x in range(j, k))
                    for t, stem in tails:
                        how = ":name" if named or stem in NAME_TAGS else ":stem" if stem[:1] in ("n", "v") else ""
                        if table.get((group + how, t), 0) >= LEARNED_MIN_PRECISION:
                            found = (group + how, t, toks[j][0], end)
                            break
        if found is not None:
            yield k, found


@lru_cache(maxsize=1)
def learned_heads() -> dict[tuple[str, str], float]:
    """(reading, head) -> how often, at least, that reading gives exactly a name (lower bound),
    for heads attested in enough names."""
    text = resources.files(DATA).joinpath("org_heads.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith(("#", "reading\t")):
            reading, head, names, hits, seen = line.split("\t")
            if int(names) >= LEARNED_MIN_NAMES and int(hits) >= LEARNED_MIN_HITS:
                out[(reading, head)] = _lower_bound(int(hits), int(seen))
    return out


def _lower_bound(hits: int, seen: int, z: float = 1.64) -> float:
    """Wilson lower bound of hits/seen: 9 right of 12 is weaker evidence than 90 of 120."""
    p = hits / seen
    centre = p + z * z / (2 * seen)
    margin = z * ((p * (1 - p) + z * z / (4 * seen)) / seen) ** 0.5
    return (centre - margin) / (1 + z * z / seen)


@lru_cache(maxsize=1)
def _reliable_head_words() -> frozenset[str]:
    """The heads with at least one reading reliable enough to name: ``learned_names`` keeps
    only such readings, so reading the others (and the words ending in them) is wasted."""
    return frozenset(h for (_, h), p in learned_heads().items() if p >= LEARNED_MIN_PRECISION)


def _places_as_places(toks: list[Token], places: Places) -> list[Token]:
    """The words the region finder read as places tagged as places (ns), whatever the
    segmenter's dictionary says: it tags 介休 and 介休市 as verbs, so 介休纺织厂 read as a
    factory with no name before it (a reading too unreliable to keep)."""
    out = None
    merged = 0  # (tokens merged so far: out's indices run that far behind toks')
    for h in places.regions.items:
        if h.form not in ("full", "short"):
            continue
        i = bisect_left(toks, (h.start,))
        if i >= len(toks) or toks[i][0] != h.start:
            continue
        if toks[i][1] == h.end:
            if toks[i][3] != "ns":
                if out is None:
                    out = list(toks)
                out[i - merged] = (h.start, h.end, toks[i][2], "ns")
            continue
        # a place the segmenter cut in two (孝南 as 孝|南, the first a bound morpheme): one
        # place word, or the name after it opens at its second half (南公安分局)
        j = i
        while j + 1 < len(toks) and toks[j][1] < h.end:
            j += 1
        if toks[j][1] != h.end:
            continue
        if out is None:
            out = list(toks)
        k = i - merged
        out[k:k + j - i + 1] = [(h.start, h.end, "".join(t[2] for t in toks[i:j + 1]), "ns")]
        merged += j - i
    return toks if out is None else out


def _only_class_nouns(toks: list[Token], k: int, start: int, end: int) -> bool:
    """Are the words up to the k-th that lie in [start, end) all class nouns (单位工会)? The
    words are in text order, so only those from the k-th back to ``start`` are looked at, not
    every word of the article before them."""
    for i in range(k, -1, -1):
        t = toks[i]
        if t[0] < start:
            break
        if t[1] <= end and t[2] not in CLASS_NOUNS:
            return False
    return True


# what a group of people ends in (全班同学, 同班同学, 普通员工): no body's name ends so
_PEOPLE = ("同学", "师生", "职工", "员工", "干部", "群众", "学生", "教师", "医师", "党员", "官兵",
           "村民", "居民", "农民", "市民")


# the dictionary's words for the bodies of a kind (党组织 nt): a place before one names its
# bodies of that kind (运城党组织, 各级党组织), not a body
_KINDS_OF_BODY = ("党组织", "团组织", "基层组织", "群众组织", "社会组织", "民间组织")


# what a school's name ends in, of the names ending in 学 (人体工学 and 新闻学 are fields)
_SCHOOLS = ("大学", "中学", "小学", "公学", "夜学", "义学")


def learned_names(text: str, places: Places, home: str | None,
                   toks: list[Token] | None = None) -> list[OrgHit]:
    """Names ending in a learned head whose reading is reliable enough; ``toks``: the words
    ``segment_near_heads`` gives, when the caller has them."""
    table = learned_heads()
    if not table:
        return []
    if toks is None:
        toks = segment_near_heads(text)
    toks = _places_as_places(toks, places)
    hits = []
    # the first reliable reading of each word, longest head first (有限公司 before 公司)
    for k, known in _reliable_readings(text, toks):
        _, head, start, end = known
        # (the words before the head, or before its last two or three characters: three tests
        # written out, not a generator over a set made for each of 10,000 readings of a load)
        if text[start:end - len(head)] in CLASS_MODIFIERS or text[start:end - 2] in CLASS_MODIFIERS \
                or text[start:end - 3] in CLASS_MODIFIERS \
                or text[end - 1] in ("部", "局", "署", "所") and head_in_other_word(text, end - 1, text[end - 1]):
            continue  # 商业银行, 美国中西部, 新格局, 娱乐场所: a kind of body, a part of a country, no bureau
        if COUNTED.search(text, max(0, start - 6), start):
            continue
        if known[0].startswith("word") and _only_class_nouns(toks, k, start, end - len(head)):
            continue
        if text.endswith(_PEOPLE, start, end):
            continue  # 全班同学, 全体员工: the dictionary's nt for a group of people, no body
        if text.endswith(_KINDS_OF_BODY, start, end):
            continue  # 运城党组织, 农村基层组织: a place's bodies of a kind, none of them named
        if text[end - 1] == "学" and not text.endswith(_SCHOOLS, start, end):
            continue  # 人体工学, 统计学, 外语教学: the dictionary's nt for a field, no school
        if (cut := after_event(text, start, end - len(head))) > start:
            if end - len(head) - cut < 2:
                continue  # 交易会公司: no name left once the event is
            start = cut  # 成果交易会|华为公司: the event names the occasion, not the body
        deictic = None
        start = with_level_before(text, start, start, places, home)  # 县|卫生院
        if text[start] in DEICTIC_LEVELS:  # 市文化局 -> the home city's
            start, deictic = deictic_cut(text, start, start + 1, places, home)
        surface = text[start:end]
        region = deictic or region_in(start, end, places)
        name, code = canonical(surface, region, home, start)
        hit = OrgHit(start, end, surface, name, kind_of(surface), code)
        if surface != name:
            hit.aliases.add(surface)
        hits.append(hit)
    return hits
