"""Region mentions in article text, resolved to gazetteer codes.

News text names places by full name (滨州市), short name (滨州), chains (烟台莱阳市), deictics
(我市, 全省) and development areas (天津滨海高新技术产业开发区, 高新区). A name shared by several
units (鼓楼区, 朝阳区) or a short name that is also an ordinary word is resolved only by context:
the unit right before it in a chain, the units the document names unambiguously, or the paper's
home region. What context cannot settle is left out rather than guessed.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple
from itertools import accumulate, chain, repeat

from . import gazetteer as gz
from . import scopes
from ..currencies import currency_words, money_after
from .. import words
from ..textorder import TextOrder, last_stop_before, occurrences, stop_span, top_two
from ..triematch import TrieMatcher

COUNTRY_WORDS = ("全国", "我国", "全国各地", "中国", "中华人民共和国")
LEVEL_RANK = {"country": 0, "province": 1, "prefecture": 2, "county": 3, "area": 4, "city": 2,
              "state": 1}

# Development-area suffixes, longest first, with the canonical suffix each one is keyed by
# (高新技术产业开发区 and 高新区 name the same zone; 经开区 abbreviates 经济技术开发区).
AREA_SUFFIXES = (
    ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("高新技术产业园区", "高新区"),
    ("经济技术开发区", "经济技术开发区"), ("经济开发区", "经济开发区"), ("综合保税区", "综合保税区"),
    ("自由贸易试验区", "自贸区"), ("工业园区", "工业园区"), ("产业园区", "产业园区"),
    ("高新区", "高新区"), ("经开区", "经济技术开发区"), ("开发区", "开发区"), ("保税区", "保税区"),
    ("自贸区", "自贸区"), ("示范区", "示范区"), ("新区", "新区"),
)
# An area's name takes at most this many places right before its suffix (山东省滨州市高新区
# takes two; a province, a city, a county and one more is the most a real name holds). A list of
# places run together is not one area's name: walking back over all of it, each place put at the
# front of the chain, was quadratic in the list's length.
AREA_CHAIN = 4
_AREA_RE = re.compile("|".join(s for s, _ in AREA_SUFFIXES))
_AREA_CANON = dict(AREA_SUFFIXES)
# the suffixes' last characters (区 for all of them), one of which a text must hold
_AREA_LAST = re.compile("[" + "".join(sorted({s[-1] for s, _ in AREA_SUFFIXES})) + "]")


def _area_suffixes(text: str):
    """``_AREA_RE.finditer(text)``, or nothing at once for a text that holds no suffix's last
    character (区 ends every one): two texts out of three hold none, and the alternation,
    which opens with characters as common as 新, 工, 开 and 产, was tried at each of those."""
    if _AREA_LAST.search(text) is None:
        return ()
    return _AREA_RE.finditer(text)
# (?:我|全|本)(省|市)(?![长委民级])|该市, opening with one class: an alternation opening with
# a group gives ``re`` no first character to skip to, and it was tried at every character
_DEICTIC_RE = re.compile(r"[我全本该](?:(?<=[我全本])(省|市)(?![长委民级场])|(?<=该)市(?!场))")  # (该市场: a market)


class RegionHit(NamedTuple):
    """A place named in a text. A named tuple, not a frozen dataclass: a People's Daily load
    makes some 43,000 (each text read against up to four contexts), and a frozen dataclass
    sets each field through ``object.__setattr__``."""

    start: int
    end: int
    surface: str
    key: str            # region code, or "<parent code>|<name>" for a development area
    form: str           # full | short | area | deictic | country


@lru_cache(maxsize=1)
def _matcher() -> TrieMatcher:
    return TrieMatcher(list(gz.names()) + list(gz.short_names()) + list(COUNTRY_WORDS))


def _on_word_boundary(text: str, start: int, end: int) -> bool:
    """A short name must not straddle a word (推广安全 does not name 广安). The answer is the
    window's (four characters either side), remembered by the window: the same few words
    around a name (在美国的, 日本政府) recur from article to article, where remembering it by
    the whole text answered only the repeats within one.

    Only the run of the window that jieba segments as one block (Han characters, Latin
    letters, digits) around the name is cut: the cuts inside it are the window's cuts there,
    and its ends are cuts anyway. The window's punctuation and the blocks beyond it made half
    of the cost of each cut (a regular expression's split and a word per mark), and a run cut
    at a mark (美国，, 日本的) recurs more often than its window."""
    lo = max(0, start - 4)
    hi = min(len(text), end + 4)
    b = _BLOCK_RUN.match(text, start, hi).end()
    if b < end:  # (a name with a character outside the block class: the window's cut)
        return _window_boundary(text[lo:hi], start - lo, end - lo)
    a = _BLOCK_TAIL.search(text, lo, start).start()
    if a == start and b == end:
        return True  # (the name is the whole block: a cut's words run from its start to its end)
    return _block_boundary(text[a:b], start - a, end - a)


# a run of what jieba's cut segments as one block (its re_han_default, words._HAN_CUT), from a
# position on; and the same run ending where a search's end is (its first match is the longest)
_BLOCK_CLASS = "[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]"
_BLOCK_RUN = re.compile(_BLOCK_CLASS + "*")
_BLOCK_TAIL = re.compile(_BLOCK_CLASS + "*\\Z")


@lru_cache(maxsize=4096)
def _block_boundary(block: str, start: int, end: int) -> bool:
    """``_window_boundary`` of the name at ``block[start:end]``, ``block`` being one of jieba's
    blocks: walks the words to the name's end without listing their spans."""
    if not words.available():  # the boundary check is then skipped
        return True
    toks = words.cut(block)
    pos = k = 0
    while pos < start:
        pos += len(toks[k])
        k += 1
    if pos != start:
        return False  # a word runs across the name's first character
    pos += len(toks[k])
    if pos >= end:
        return True  # the name is a word, or a word starts with it (泉州人, 滨州籍)
    while pos < end:
        k += 1
        pos += len(toks[k])
    return pos == end


@lru_cache(maxsize=4096)
def _window_boundary(window: str, start: int, end: int) -> bool:
    """``_on_word_boundary`` of the name at ``window[start:end]``."""
    if not words.available():  # the boundary check is then skipped
        return True
    hi = len(window)
    spans, pos = [], 0
    for tok in words.cut(window):
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    cuts = {a for a, _ in spans} | {hi}
    if start not in cuts and start != 0:
        return False
    if end in cuts or end == hi:
        return True
    # 泉州人, 滨州籍: a word that starts with the name still names the place
    return any(a == start and b > end for a, b in spans)


# after a short name, a word for a street, a community or a building: the name is a local one
_LOCAL_FEATURE_WORDS = ("社区", "小区", "新村", "村", "路", "街", "巷", "胡同", "里", "苑", "公寓", "大厦",
                        "广场", "公园", "桥", "站")
_LOCAL_FEATURE = re.compile("(?:" + "|".join(_LOCAL_FEATURE_WORDS) + ")")
_LOCAL_FEATURE_FIRST = frozenset(w[0] for w in _LOCAL_FEATURE_WORDS)  # (most names: none after)


def _candidates(surface: str) -> tuple[tuple[str, ...], str]:
    full = gz.names().get(surface)
    if full:
        return full, "full"
    return gz.short_names().get(surface, ()), "short"


@lru_cache(maxsize=None)  # (bounded by the matcher's words: a few thousand)
def _surface(surface: str) -> tuple[tuple[str, ...], str, bool]:
    """``_candidates(surface)`` (the country for its own words, 全国 and 中国, in the form
    ``country``) and whether every code is a foreign country's, worked out once per name the
    matcher finds (news names the same few hundred places again and again)."""
    if surface in COUNTRY_WORDS:
        return (gz.COUNTRY_CODE,), "country", False
    codes, form = _candidates(surface)
    return codes, form, bool(codes) and all(gz.is_foreign(c) for c in codes)


def _pick(codes, context: set[str], prev_code: str | None) -> str | None:
    """One code out of several, or None when nothing in the context tells them apart."""
    if len(codes) == 1:
        return codes[0]
    if prev_code:
        chained = [c for c in codes if prev_code in gz.ancestors(c)]
        if len(chained) == 1:
            return chained[0]
    known = [c for c in codes if c in context]
    if len(known) == 1:
        return known[0]
    depth = {c: max((LEVEL_RANK[gz.get(a).level] for a in gz.ancestors(c) if a in context),
                    default=0) for c in codes}
    best = max(depth.values())
    inside = [c for c in codes if depth[c] == best]
    if best > 0 and len(inside) == 1:
        return inside[0]
    # 吉林 (province and city), 海南 (province and a Qinghai prefecture): the larger unit.
    ranked = sorted(codes, key=lambda c: LEVEL_RANK[gz.get(c).level])
    if LEVEL_RANK[gz.get(ranked[0]).level] < LEVEL_RANK[gz.get(ranked[1]).level] \
            and gz.get(ranked[0]).level in ("province", "prefecture"):
        return ranked[0]
    return None


@lru_cache(maxsize=64)
def _raw_hits(text: str) -> tuple[tuple[int, int, str], ...]:
    """Memoized: a document's articles are scanned for context and again for mentions."""
    return tuple(_matcher().findall(text))


def context_codes(codes) -> set[str]:
    out: set[str] = set()
    for c in codes:
        if c:
            out |= _context_of(c)
    return out


@lru_cache(maxsize=None)  # (bounded by the division codes)
def _context_of(code: str) -> frozenset[str]:
    """A division and the divisions above it, the country left out (nothing for any other
    key): what naming it adds to a text's context. Every full name of every text is asked
    about, for the document's context and again for the text's own."""
    if code not in gz.by_code():
        return frozenset()
    return frozenset((code, *gz.ancestors(code))) - {gz.COUNTRY_CODE}


def division_hits(text: str, context: set[str]) -> list[RegionHit]:
    """The divisions ``text`` names, read against ``context`` (memoized)."""
    return _division_hits(text, context)


def _division_hits(text: str, context: set[str]) -> list[RegionHit]:
    return list(_division_hits_in(text, frozenset(context)))


_NO_CONTEXT: frozenset[str] = frozenset()


# place names that are also part of a common phrase, with the test that tells the phrase
_NOT_PLACE_IN = {
    "北京": lambda text, start, end: text.startswith("时间", end),   # 北京时间11月8日晚
    "大庆": lambda text, start, end: text[start - 1:start] in ("年", "庆", "周"),  # 40年大庆
}


# the first characters of the words for money (马克, 法郎, 元…): most names are followed by none
_MONEY_FIRST = frozenset(w[0] for w in currency_words())


# the words for a kind of area that some districts' names are a direction or a word and (西山区,
# 南山区, 西城区, 郊区): written after a region's name (粤西, 皖南, 湘西), they are that area
_AREA_NOUNS = frozenset({"山区", "城区", "郊区", "矿区", "林区", "湖区", "沙区"})


@lru_cache(maxsize=64)
def _candidate_hits(text: str) -> tuple[tuple[int, int, str, tuple[str, ...], str,
                                                RegionHit | None], ...]:
    """(start, end, surface, codes, form, hit) of the names ``text`` holds that may name a place
    whatever the context: a text is read against up to four contexts (the home city, the
    document's, its own twice), and these checks came out the same each time. ``hit`` is the
    name's RegionHit when no context can change it (全国, 中国; a full name of one code), made
    once, not once per reading; else None."""
    out = []
    for start, end, surface in _raw_hits(text):
        codes, form, foreign = _surface(surface)
        if form == "country":
            out.append((start, end, surface, codes, form,
                        RegionHit(start, end, surface, gz.COUNTRY_CODE, "country")))
            continue
        if not codes:
            continue
        if foreign and not _on_word_boundary(text, start, end) \
                and not (out and out[-1][1] == start
                         and any(gz.get(c).parent_code in out[-1][3] for c in codes)):
            continue  # 增加纳税 does not name 加纳 (美国纽约, one word to the segmenter, does)
        if form == "full" and surface[1:] in _AREA_NOUNS and not _on_word_boundary(text, start, end):
            continue  # 粤西山区, 皖南山区: a region's mountains, not 西山区 or 南山区
        after = text[end:end + 1]
        if form == "short" and after in _LOCAL_FEATURE_FIRST and _LOCAL_FEATURE.match(text, end) \
                and not (after == "站" and any(gz.city_of(c) == c for c in codes)):
            # 减河南社区, 河南路: a street or a community named after the place; but a city's
            # station (济南站, 北京站) is in the city
            continue
        if after == "级" and start and "\u4e00" <= text[start - 1] <= "\u9fff" \
                and not gz.is_place_name(surface[:-1]):
            continue  # 乡镇和县级…: 县级 is a level, and 和 a conjunction, not 和县
        if surface in _NOT_PLACE_IN and _NOT_PLACE_IN[surface](text, start, end):
            continue  # 北京时间 is a time of day, 四十年大庆 a celebration
        if after in _MONEY_FIRST and money_after(text, start, end):
            continue  # 德国马克, 瑞士法郎: a currency, not the place
        fixed = RegionHit(start, end, surface, codes[0], form) if form == "full" and len(codes) == 1 \
            else None
        out.append((start, end, surface, codes, form, fixed))
    return tuple(out)


# The texts whose divisions were read without looking at the context (no shared name, no
# county's short form): the same for any context, so not read again for another (first in,
# first out past _FREE_MAX).
_CONTEXT_FREE: dict[str, tuple[RegionHit, ...]] = {}
_FREE_MAX = 64


@lru_cache(maxsize=64)
def _division_hits_in(text: str, context: frozenset[str]) -> tuple[RegionHit, ...]:
    """Memoized: a text is read for the home city, the document's context and its own
    mentions, and its context is often the same each time (always when the home is unknown).
    Most texts' hits do not depend on the context at all: those are read once."""
    hits = _CONTEXT_FREE.get(text)
    if hits is None:
        hits, read = _read_divisions(text, context)
        if not read:
            if len(_CONTEXT_FREE) >= _FREE_MAX:
                del _CONTEXT_FREE[next(iter(_CONTEXT_FREE))]
            _CONTEXT_FREE[text] = hits
    return hits


@lru_cache(maxsize=None)  # (bounded by the codes short names stand for: a few thousand)
def _short_facts(code: str) -> tuple[bool, bool, tuple[str, ...]]:
    """(is its short name an ordinary word, is it a county, the codes above it) of a code a
    short name stands for: every short name of every text is read against them."""
    d = gz.get(code)
    return d.common_word, d.level == "county", gz.ancestors(code)


def _read_divisions(text: str, context: frozenset[str]) -> tuple[tuple[RegionHit, ...], bool]:
    """(the divisions ``text`` names read against ``context``, whether the context was read)."""
    read = False
    hits: list[RegionHit] = []
    prev: RegionHit | None = None
    for start, end, surface, codes, form, fixed in _candidate_hits(text):
        if fixed is not None:  # (what the reading below makes of it, whatever the context)
            hits.append(fixed)
            prev = fixed if form != "country" else None
            continue
        prev_code = prev.key if prev is not None and prev.end == start and "|" not in prev.key else None
        if form == "short":
            allowed = []
            for c in codes:
                common, county, ups = _short_facts(c)
                chained = prev_code is not None and prev_code in ups
                if common and not chained:
                    continue
                if county and not chained:
                    read = True
                    if not context.intersection(ups[:1]):
                        continue  # a county's short form only inside its own city's news
                allowed.append(c)
            codes = tuple(allowed)
            # the word check segments text, so it runs last, when nothing cheaper has ruled
            # the name out (most short names are counties or common words outside their city)
            if not codes or not _on_word_boundary(text, start, end):
                continue
        if len(codes) > 1:
            read = True  # (one of several codes may be picked by the context)
            code = _pick(codes, context, prev_code)
            if code is None:
                continue
        else:
            code = codes[0]  # (what _pick answers for one code)
        hit = RegionHit(start, end, surface, code, form)
        hits.append(hit)
        prev = hit
    return tuple(hits), read


def _area_hits(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """Development areas: a region chain (or nothing) followed by an area suffix."""
    # most texts hold no area suffix: one scan settles that before the hits are arranged
    # (a document's texts are asked twice, for its context and for their own mentions)
    found = list(_area_suffixes(text))
    if not found:
        return []
    by_end = {h.end: h for h in hits if h.form != "country"}
    # Is an area inside a hit? The hits that start at or before it reach furthest: their
    # starts are bisected and the furthest end so far is kept, instead of every area match
    # reading every hit (a long article's thousands of both).
    covered = sorted((h.start, h.end) for h in hits)
    starts = [a for a, _ in covered]
    reach = list(accumulate((b for _, b in covered), max))
    out: list[RegionHit] = []
    for m in found:
        s, e = m.start(), m.end()
        k = bisect.bisect_right(starts, s) - 1
        if k >= 0 and reach[k] >= e:
            continue  # 滨海新区, 雄安新区 are gazetteer names
        chain = []  # the places right before the suffix, last first
        pos = s
        while pos in by_end and len(chain) < AREA_CHAIN:
            h = by_end[pos]
            chain.append(h)
            pos = h.start
        chain.reverse()
        canon = _AREA_CANON[m.group()]
        if chain:
            inner = chain[-1]
            if "|" in inner.key:
                continue
            d = gz.get(inner.key)
            name = d.short_name + canon if d.short_name != d.name or d.level == "county" else d.name + canon
            if canon == "开发区" and d.level == "county" and d.name.endswith("区"):
                continue
            out.append(RegionHit(chain[0].start, e, text[chain[0].start:e], gz.area_key(d.code, name), "area"))
        else:
            out.append(RegionHit(s, e, m.group(), "|" + canon, "area"))  # bare: resolved later
    return out


def infer_home(texts: list[str], masthead: str | None = None) -> str | None:
    """The paper's home city: named in the masthead, else the city its text names most. A
    masthead that names no place (人民日报, 工人日报) is a national paper's: its home is the
    country, and an article of it that names no place is about the whole country."""
    if masthead:
        for _, _, surface in _raw_hits(masthead):
            codes, _ = _candidates(surface)
            if len(codes) >= 1:
                code = _pick(codes, set(), None)
                if code and code != gz.COUNTRY_CODE:
                    return code
        return gz.COUNTRY_CODE
    counts: dict[str, int] = {}
    named: dict[str, set[str]] = {}  # city -> what of it was named (itself, its counties)
    for text in texts:
        for h in _division_hits_in(text, _NO_CONTEXT):
            if text[h.end:h.end + 1] == "、" or text[max(0, h.start - 1):h.start] == "、":
                continue  # one of a list of places (南京、天津) is not the paper's home
            city = gz.city_of(h.key)
            if city:
                counts[city] = counts.get(city, 0) + (2 if h.form == "full" else 1)
                named.setdefault(city, set()).add((h.key, h.surface.endswith("市")))
    top, n, second = top_two(counts)
    if not (n >= 2 and n > second):
        return None
    only = {key for key, _ in named[top]}
    if len(only) == 1 and all(city for _, city in named[top]) \
            and (d := gz.get(next(iter(only)))) is not None and d.level == "county":
        # a page on 晋江市 alone (a county-level city) is at home there, not in 泉州: its 全市
        # and 市总工会 are 晋江's
        return d.code
    return top


def resolve_home(ref: str | None) -> str | None:
    """A manifest's home region (code or name) as a code."""
    if not ref:
        return None
    if gz.get(ref):
        return ref
    codes, _ = _candidates(ref)
    return _pick(codes, set(), None) if codes else None


def find_regions(text: str, home: str | None = None, context: set[str] | None = None,
                 areas: set[str] | None = None) -> list[RegionHit]:
    """Region mentions of ``text`` in order, each with a resolved key.

    ``home`` is the paper's home city (deictics resolve to it, its counties' short names are
    recognised); ``context`` adds codes the rest of the document names, ``areas`` the area
    keys it names (a bare 高新区 refers to them).
    """
    ctx = set(context or ())
    ctx |= context_codes([home])
    hits = _division_hits(text, ctx)
    known = len(ctx)
    ctx |= context_codes(h.key for h in hits if h.form == "full")
    if len(ctx) > known:  # (the full names added to the context: read again against it)
        hits = _division_hits(text, ctx)
    # Most texts name no development area: their division hits are in text order already
    # (the matcher's, which do not overlap) and hold no bare area word to resolve, and each
    # sort below runs only when something joined the hits it orders.
    found = _area_hits(text, hits)
    resolved = _resolve_areas(text, _in_order(hits + found), home, areas) if found else hits
    extra = _deictic_hits(text, home, resolved) + _group_hits(text)
    if extra or found:
        out = _drop_nested(_in_order(resolved + extra))
        if any(h.form == "group" for h in extra):
            out = _without_groups_described(text, out)
    else:
        out = resolved  # (the matcher's hits alone: none holds another)
    if "《" in text:
        # (only a place after the first 《 and not after the last 》 may be inside a title)
        lo, hi = text.find("《"), text.rfind("》")
        out = [h for h in out if not (lo < h.start <= hi and _in_periodical_title(text, h.start))]
    if "族" in text:
        # 朝鲜族老人, 蒙古族牧民, 俄罗斯族群众: one of China's peoples, not the country abroad
        # (延边朝鲜族自治州 is a division's name, matched whole)
        out = [h for h in out if text[h.end:h.end + 1] != "族" or not gz.is_country_abroad(h.key)]
    if _NAMED_ANY.search(text):
        out = _without_pacts_and_games(text, out)
    local = _local_hits(text, out)
    if local:
        out = _in_order(out + local)
    if "等" in text and (listed := _listed_counties(text, out, home)):
        out = _in_order(out + listed)
    abroad = _places_abroad(text, out)
    if (towns := _towns_abroad(text, out)):
        # (a town the chain reader took with its suffix, 圣艾蒂安市, is named in full)
        abroad += [t for t in towns if not any(a.start < t.end and t.start < a.end for a in abroad)]
    if abroad:
        out = _in_order(out + abroad)
    if "驻" in text:
        stationed = _stationed_hits(text, out)
        if stationed:
            out = _in_order(out + stationed)
    if "全国" in text:
        out = _whole_country_abroad(text, out)
    return _with_townships(text, out, home)


# a list of places closed by 等 and a word for what they are (广水、咸丰、松滋、京山等市县): the
# closing word is looked for first (re skips to each 等 in C), the list read back from it
_LIST_CLOSE = re.compile(r"等(?:市县|县市|县区|区县|市区|县|市|地区|地)")
_PLACE_LIST = re.compile(r"([\u4e00-\u9fff]{2,3}(?:[、和][\u4e00-\u9fff]{2,3})+)\Z")
_LIST_REACH = 40  # characters before 等 a list of short names is read in


def _listed_counties(text: str, hits: list[RegionHit], home: str | None) -> list[RegionHit]:
    """The counties a list of places names by their short names (广水、咸丰、松滋、京山等市县),
    which alone the finder leaves out (a county's short name is read only inside its own
    city's news): the list says they are places. Each is taken when the one county of that
    short name is in a province the text names (湖北省国税局…) or another member is in;
    a name of a county in no such province, or of two, stays out."""
    out: list[RegionHit] = []
    provinces: set[str] | None = None  # (read at the first list: most texts hold none)
    shorts = gz.short_names()
    for close in _LIST_CLOSE.finditer(text):
        lo = max(0, close.start() - _LIST_REACH)
        if text.find("、", lo, close.start()) < 0 and text.find("和", lo, close.start()) < 0:
            continue
        m = _PLACE_LIST.search(text, lo, close.start())  # (\Z: at the 等)
        if m is None:
            continue
        items, pos = [], m.start(1)
        for part in re.split("[、和]", m.group(1)):
            items.append((pos, part))
            pos += len(part) + 1
        first_pos, first = items[0]
        if first not in shorts and first[1:] in shorts and len(first) == 3:
            items[0] = (first_pos + 1, first[1:])  # (在广水、…: the word before is not the name's)
        if provinces is None:
            provinces = {h.key[:2] for h in hits if h.form == "full" and h.key[:2].isdigit()
                         and h.key != gz.COUNTRY_CODE}
            if home and home[:2].isdigit() and home != gz.COUNTRY_CODE:
                provinces.add(home[:2])
        covered = [h for h in hits if m.start(1) <= h.start < m.end(1)]  # (few: a list's)
        here = provinces | {h.key[:2] for h in covered if h.key[:2].isdigit() and h.key != gz.COUNTRY_CODE}
        if not here:
            continue
        for start, name in items:
            if any(h.start <= start < h.end for h in covered):
                continue
            codes = [c for c in shorts.get(name, ()) if c[:2] in here
                     and (d := gz.get(c)) is not None and d.level == "county"]
            if len(codes) == 1:
                out.append(RegionHit(start, start + len(name), name, codes[0], "short"))
    return out


def _whole_country_abroad(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """全国 in a story about one foreign country (哥斯达黎加…。目前全国有咖啡园约20万公顷) is
    that country: a text that names one country abroad more often than any other, at least
    twice, speaks of that country's whole, where it has named no place of China, nor China
    itself. A profile of a country may turn to its ties with China at its end: in a text that
    names China, 全国 is the country's only before that, and only once the text has named the
    country twice. (Of a foreign city, its country is counted.)"""
    if "中共" in text:
        return hits  # (中共中央, 中共党员: a text of China's, whatever places it names)
    home_from = next((h.start for h in hits if _of_china(h)), len(text))
    if home_from == 0:
        return hits
    # (counted once over the whole text when it never names China; as it goes when it does)
    whole = _most_named(_foreign_counts(hits)) if home_from == len(text) else None
    out, counts = [], Counter()
    for i, h in enumerate(hits):
        if gz.is_foreign(h.key):
            counts[h.key[:2]] += 1
        elif h.form == "country" and h.surface == "全国" and h.start < home_from:
            country = _most_named(counts) if home_from < len(text) else whole
            if country is not None:
                # (埃及全国, 智利全国: the country written right before it, in a column of
                # items on several)
                prev = hits[i - 1] if i else None
                own = prev.key if prev is not None and prev.end == h.start \
                    and gz.is_country_abroad(prev.key) else country
                h = h._replace(key=own, form="full")
        out.append(h)
    return out


def _of_china(h: RegionHit) -> bool:
    """中国, 我国, or a place of China (not 全国, which is what is asked about)."""
    return (h.form == "country" and h.surface != "全国"
            or h.form in ("full", "short", "local", "area", "deictic")) and not gz.is_foreign(h.key)


def _foreign_counts(hits: list[RegionHit]) -> Counter:
    return Counter(h.key[:2] for h in hits if gz.is_foreign(h.key))


def _most_named(counts: Counter) -> str | None:
    """The country named most, twice at least, and more than any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


# Where troops or a body are stationed, by the province's one-character abbreviation (驻川某汽
# 车团, 驻港部队, 驻藏部队官兵): that province. Only before a word of what is stationed: 驻京 alone
# opens 驻京办 as often, and 驻澳大利亚 is another country.
_STATIONED = re.compile(r"驻(.)(?=部队|某|官兵|武警|军|单位|机构|企业|办事处|人员|干部)")


def _stationed_hits(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """The provinces ``text`` names as where something is stationed (see above), not inside
    another place's name."""
    codes = gz.province_abbreviations()
    out = []
    for m in _STATIONED.finditer(text):
        code = codes.get(m.group(1))
        if code is not None and not any(h.start <= m.start(1) < h.end for h in hits):
            out.append(RegionHit(m.start(1), m.end(1), m.group(1), code, "short"))
    return out


# A town or city abroad that the gazetteer does not know, named in a chain after its country or
# a place of it (意大利南方塔兰托市附近莫托拉镇, 美国爱荷华州得梅因市): two to four characters
# and the suffix of a division, joined to the place before it by nothing, a direction or 附近.
_ABROAD_LINK = re.compile(r"(?:的)?(?:(?:东|南|西|北|中|东南|西南|东北|西北)部|南方|北方|首都|附近|郊区|境内)?")
_ABROAD_LOCAL = re.compile(r"((?:(?![的在和与及是为等个])[\u4e00-\u9fff]){2,4}?)(市|镇|村|州|省|郡|县|区)"
                           r"(?![长委民政府里内外部场级])")


# a kind of place, not one place's name (海滨城市, 大都市)
_KIND_WORDS = {"城市", "都市", "超市", "股市", "夜市", "城镇", "乡镇", "市镇", "城区", "郊区", "社区"}
# the tags of the words a name abroad is made of: names, places, transliterations the
# dictionary does not know (each a word of its own, or single characters)
_NAME_TAGS = ("nr", "nrt", "nrfg", "ns", "nz", "nt", "x", "eng", "j")


def _name_abroad(stem: str) -> bool:
    """Is ``stem`` a name rather than words (海滨城市, 股市汇市, 部分地区, 第二大城市, 到外省)? Every
    word of two characters or more is a name or a place, and it opens on no preposition."""
    if stem[0] in "到在从往去来向于把被对为与和及":
        return False
    return not words.available() or all(len(w) == 1 or f in _NAME_TAGS for w, f in words.pos_cut(stem))


def _places_abroad(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """The places abroad ``text`` names in a chain after a foreign place the gazetteer knows,
    each keyed under the place before it (``<key>|<name>``): at most two links."""
    out: list[RegionHit] = []
    starts = None  # (listed at the first place abroad: most texts name none)
    for h in hits:
        # (a foreign place's key opens with its country's ISO letters: most keys are digits)
        if not ("A" <= h.key[:1] <= "Z") or not gz.is_foreign(h.key):
            continue
        if starts is None:
            starts = {h.start for h in hits}
        at, prefix = h.end, ""
        for _ in range(2):  # (a town of a city: its name keeps the city's, as a village's does)
            link = _ABROAD_LINK.match(text, at)
            m = _ABROAD_LOCAL.match(text, link.end())
            if m is None or m.start() in starts or not _name_abroad(m.group(1)) \
                    or m.group(1)[-1] + m.group(2) in _KIND_WORDS \
                    or m.group(2) == "省" and h.key[:2] == "JP":  # (大藏省: a ministry of Japan)
                break
            name = prefix + m.group()
            out.append(RegionHit(m.start(), m.end(), m.group(), gz.area_key(h.key, name), "local"))
            at, prefix = m.end(), name
    return out


@lru_cache(maxsize=None)  # (one per country a load's texts name)
def _town_matcher(iso: str) -> TrieMatcher | None:
    names = gz.towns_abroad().get(iso)
    return TrieMatcher(names) if names else None


def _towns_abroad(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """The cities and towns abroad the gazetteer holds back (``gz.towns_abroad``: read alone,
    华盛顿 and 夏洛特 are as often people, 克利夫兰 a team) where ``text`` writes them as places:
    right after their country or one of its places (美国休斯顿, 德国巴伐利亚州慕尼黑), or as a
    dateline's place (本报华盛顿1月7日电). Each is keyed under its country (``US|休斯顿``)."""
    out: list[RegionHit] = []
    chained = {}  # (where a place abroad ends, the link words after it passed over: its country)
    for h in hits:
        if "A" <= h.key[:1] <= "Z" and gz.is_foreign(h.key):
            chained[_ABROAD_LINK.match(text, h.end).end()] = h.key[:2]
    for iso in sorted(set(chained.values())):
        matcher = _town_matcher(iso)
        if matcher is None:
            continue
        for start, end, name in matcher.findall(text):
            if chained.get(start) == iso and text[end:end + 1] != "·" \
                    and _on_word_boundary(text, start, end):
                out.append(RegionHit(start, end, name, gz.area_key(iso, name), "local"))
    for d in scopes.datelines(text):
        span = scopes.dateline_place(text, d)
        if span is not None and d.place == gz.town_country(name := text[span[0]:span[1]]):
            out.append(RegionHit(span[0], span[1], name, gz.area_key(d.place, name), "local"))
    return out


def _in_order(hits: list[RegionHit]) -> list[RegionHit]:
    """``hits`` by start, the longer first where two start together."""
    return sorted(hits, key=lambda h: (h.start, -h.end))


def _resolve_areas(text: str, hits: list[RegionHit], home: str | None,
                   areas: set[str] | None) -> list[RegionHit]:
    """``hits`` with each bare area word (高新区) keyed to the document's area with the same
    suffix, or to the home city's after 市/我/全/本; one that names neither is dropped."""
    # bare area words (高新区) name the document's area with the same suffix
    named = [h for h in hits if h.form == "area" and not h.key.startswith("|")]
    # the areas a bare word may name, found once per suffix, not once per bare word
    same_suffix: dict[str, set[str]] = {}
    resolved: list[RegionHit] = []
    for h in hits:
        if h.form == "area" and h.key.startswith("|"):
            canon = h.key[1:]
            same = same_suffix.get(canon)
            if same is None:
                same = {x.key for x in named if x.key.endswith(canon)}
                if not same:
                    same = {k for k in (areas or ()) if k.endswith(canon)}
                same_suffix[canon] = same
            if len(same) == 1:
                h = RegionHit(h.start, h.end, h.surface, next(iter(same)), "area")
            elif home and canon != "开发区" and text[max(0, h.start - 1):h.start] in ("市", "我", "全", "本"):
                d = gz.get(home)
                h = RegionHit(h.start - 1, h.end, text[h.start - 1:h.end],
                              gz.area_key(home, d.short_name + canon), "area")
            else:
                continue
        resolved.append(h)
    return resolved


_TITLE_MARK = re.compile(r"[《》]")
# the last words of a paper's or a magazine's title
_PERIODICAL = ("报", "周刊", "杂志", "新闻", "画报", "月刊")
# …报 that is a report of the place's own figures, not a paper: 统计公报, 年报, 快报
_REPORTS = ("公报", "年报", "季报", "月报", "快报", "简报", "通报", "汇报", "情报", "预报")


def _in_periodical_title(text: str, pos: int) -> bool:
    """Inside the title of a paper or a magazine (《纽约时报》, 《北京青年报》): the place is
    where it is published, no place the text's figures are about. (A yearbook's or a
    bulletin's title, 《广东统计年鉴》, does say whose figures follow.)"""
    mark = last_stop_before(text, pos, _TITLE_MARK)
    if mark is None or text[mark] != "《":
        return False
    close = text.find("》", pos)
    title = text[mark + 1:close]
    return close >= 0 and title.endswith(_PERIODICAL) and not title.endswith(_REPORTS)


# what a place's name opens when it names an agreement signed there (巴黎协定, 京都议定书,
# 日内瓦公约, 北京宣言) or an edition of the games held there (亚特兰大奥运会, 广岛亚运会)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_NAMED_AFTER = re.compile(r"协定|议定书|公约|条约|宣言|共识|(?P<games>(?:冬|残|夏)?奥运会?|亚运会|世运会|大运会|青奥会)")
# whether a text holds any of them: the same words with 奥运 for the optional 冬/残/夏 and 会
# around it, every branch a literal. The group, whose branch opens with an optional, gave re no
# first character to skip to, and _NAMED_AFTER searched was tried at every character (PFR
# 1998: 20 samples of find_regions' 133).
_NAMED_ANY = re.compile(r"协定|议定书|公约|条约|宣言|共识|奥运|亚运会|世运会|大运会|青奥会")


def _without_pacts_and_games(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """The places that are not only the name of an agreement (蒙特利尔议定书: its figures are
    the signatories', anywhere), as 北京时间 names a time, nor of a foreign edition of the games
    in a sentence that names a country (亚特兰大奥运会上只获2金的澳大利亚队: the medals are
    the team's country's). A games with no country in its sentence is its host's
    (东京奥运会设两个比赛项目，全世界只有40名), and a games held at home stays its host's
    (北京冬奥会将新建12个场馆)."""
    out = []
    for h in hits:
        mt = _NAMED_AFTER.match(text, h.end)
        if mt is not None:
            if not mt.group("games"):
                continue
            if gz.is_foreign(h.key):
                start, end = stop_span(text, h.start, _SENTENCE_END)
                if any(start <= o.start < end and (o.key == gz.COUNTRY_CODE
                                                   or gz.is_country_abroad(o.key)) for o in hits):
                    continue
        out.append(h)
    return out


@lru_cache(maxsize=1)
def _group_matcher() -> TrieMatcher:
    """The groupings' names, leftmost longest, as an alternation of them longest first finds
    them; ``re`` tried that alternation at every character (its branches share no first
    character it could skip to), which cost more than the rest of ``find_regions``."""
    return TrieMatcher(gz.groups())


def _group_hits(text: str) -> list[RegionHit]:
    """Regional groupings (京津冀, 长三角地区, 西海固): one region of level group each."""
    return [RegionHit(s, e, w, gz.group_key(w), "world" if w in _WORLD else "group")
            for s, e, w in _group_matcher().findall(text)
            if not _CRISIS.match(text, e) and not (w in _WORLD and text[e:e + 1] in _NOT_WORLD_AFTER)
            and not _SPEECH.match(text, e)
            # (a two-character name must stand as a word: 有关中国 names no 关中)
            and (e - s > 2 or _on_word_boundary(text, s, e))]


def _without_groups_described(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """Drop a grouping that only says where the place named right after it lies (河西走廊中部的
    临泽县, 苏北的宿迁市): the place is the most specific one, and the grouping, named first, is
    no place of the figures the sentence goes on to tell."""
    out = []
    for i, h in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if h.form == "group" and nxt is not None and nxt.form != "group" \
                and _WHERE_IN_GROUP.fullmatch(text, h.end, nxt.start) \
                and gz.in_group(nxt.key, h.key):
            continue
        out.append(h)
    return out


# between a grouping and the place inside it it locates: nothing, or a part of it and 的
_WHERE_IN_GROUP = re.compile(r"(?:(?:中|东|西|南|北|东南|东北|西南|西北)部|腹地|一带|境内)?的?")


# 闽南话, 陕北方言: the speech of a region, named for it, is no place of a figure
_SPEECH = re.compile(r"(?:话|语|方言|国语|口音|腔)")
# 东南亚金融危机: a crisis named for a part of the world is an event, not a place of its figures
_CRISIS = re.compile(r"(?:金融|货币|经济|债务)?(?:危机|风暴)")
# 全球化, 全球性, 全球通: words of their own, not the world as a place. Where it is one (the form
# "world"), it is the place of a figure right after it (全球20个办公室), never of a clause or an
# article for naming it (全球首款, 全球媒体的关注, a lead that opens 今天全球…)
_WORLD = ("全球", "全世界")
_NOT_WORLD_AFTER = set("化性通型观村")


# a township or village named right after its county (or city, or township): 金寨县铁冲乡前营村,
# 津南区小站镇. Two to four characters and the suffix; the name must not run into a verb.
# (乡 before 镇 is a word of its own: 新办乡镇企业 names no 新办乡, nor 新办乡镇)
_LOCAL_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|乡(?!镇)|镇|村|社区|嘎查|苏木)")
_LOCAL_SUFFIX = re.compile(r"街道|乡|镇|村|社区|嘎查|苏木")  # (one of which _LOCAL_RE must find)
_NOT_IN_LOCAL = set("的了在和与及是为由向对从把被等并或各全每该这本我个")  # (个: 某县一个小山村, a village unnamed)
# 那 is a demonstrative before a measure word (那个村, 那些乡镇), else the start of many a name in
# the south-west (那务镇, 那坡县: "field" in Zhuang)
_THAT = re.compile("那[个些里儿样种时边座片]")


def _verbal(name: str) -> bool:
    """Does a verb, an adverb or a preposition stand in a would-be township's name?"""
    if not words.available():
        return False
    stem = re.sub(r"(?:街道|乡|镇|村|社区|嘎查|苏木)$", "", name)
    cut = words.pos_cut(stem)
    if cut and len(cut[0][0]) >= 2 and cut[0][1] == "t":
        return True  # 西城区今年新建社区医院: a time word opens a clause, never a place's name
    return any(len(word) >= 2 and flag[:1] in ("v", "d", "p", "c") and flag != "vn"
               for word, flag in cut)


# the levels a township or village is named under
_LOCAL_PARENTS = ("county", "prefecture")


@lru_cache(maxsize=4096)  # (division codes: every hit of every text asks twice)
def _level(key: str) -> str | None:
    """The level of the division ``key`` names, None for any other key."""
    d = gz.get(key)
    return d.level if d is not None else None


def _local_hits(text: str, hits: list[RegionHit]) -> list[RegionHit]:
    """Places below the county the text names in a chain with their county: keyed under it
    (``<county code>|<name>``), with the township written before a village kept in its name."""
    out: list[RegionHit] = []
    if _LOCAL_SUFFIX.search(text) is None:
        return out  # (every township or village ends in one of them: most texts hold none)
    # (a city or county pointed back at counts too: 该市那务镇, 我县东风乡)
    by_end = {h.end: h for h in hits if (h.form in ("full", "short") or h.form == "deictic"
                                         and h.surface[0] in "该本我")
              and _level(h.key) in _LOCAL_PARENTS}
    for end, county in by_end.items():
        parent, at, prefix = county.key, end, ""
        if text[at:at + 1] in ("市", "县", "区") and text[at - 1:at] not in ("市", "县", "区"):
            at += 1  # 九台市西营镇: the county written with a suffix of other days
        if (suburb := _SUBURB.match(text, at)) is not None:
            at = suburb.end()  # 济南市郊王舍人镇, 成都北郊天回镇: the township in the city's suburbs
        for _ in range(2):  # a township, then a village in it
            if prefix and text[at:at + 1] == "的":
                at += 1  # 果园镇的红花村: the village of a township, joined by 的
            m = _LOCAL_RE.match(text, at)
            if m is None or _NOT_IN_LOCAL.intersection(m.group()) or _THAT.search(m.group()) \
                    or m.group().endswith("农村") \
                    or "乡镇" in m.group() \
                    or _verbal(m.group()):
                break  # 县新农村, 县实现乡村振兴: the countryside or a verb, not a place
            name = prefix + m.group()
            out.append(RegionHit(m.start(), m.end(), m.group(), gz.area_key(parent, name), "local"))
            if not m.group().endswith(("乡", "镇", "街道", "苏木")):
                break
            at, prefix = m.end(), name
    return out + _repeated_villages(text, hits + out, out)


# the suburbs of a city, written between it and a township in them (市郊, 北郊, 近郊, 城郊)
_SUBURB = re.compile(r"(?:[东西南北近远城]?郊)(?!区)(?=[\u4e00-\u9fff]{2,4}(?:镇|乡|街道))")


def _repeated_villages(text: str, hits: list[RegionHit], local: list[RegionHit]) -> list[RegionHit]:
    """The other mentions of a village or township the text names in its chain (…县…镇红花村):
    a story about one village names it alone as often as not (红花村村口), before the chain or
    after it. Only names of three characters or more, never inside another place's name."""
    out: list[RegionHit] = []
    for v in local:
        if len(v.surface) < 3:
            continue  # (a township too: 仅五里桥乡就有213位 after 西峡县五里桥乡)
        for at in occurrences(text, v.surface):
            end = at + len(v.surface)
            if not any(h.start < end and at < h.end for h in chain(hits, out)):
                out.append(RegionHit(at, end, v.surface, v.key, "local"))
    return out


# a township or street named on its own (在长赤镇, 西柏坡镇今年…): two or three characters and
# the suffix, after a mark, a preposition of place or 的, never a word ending in 乡 (乡村, 乡亲)
# (or right after 该县/本县/我市, the county it is in: 该县宣和镇的蛋鸡饲养量)
_FREE_TOWNSHIP = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在到赴的从和与及])|(?<=[该本我][县市区]))"
                            r"((?:(?![在到赴的从和与及个乡镇村使让把被将向给对为是也都])[\u4e00-\u9fff]){2,3}?)"
                            r"(?:镇(?![定静压守住痛])|街道|乡(?![镇村亲土间情音愁里下]))")
# stems that make a common word with the suffix: a kind of township, not one (小城镇, 重点镇)
_NOT_TOWNSHIP = {"小城", "城市", "山区", "农村", "城乡", "集镇", "中心", "重点", "特色", "示范", "建制",
                 "贫困", "民族", "边境", "偏远", "边远", "沿海", "周边", "附近", "所在", "老家", "家乡",
                 "故乡", "城关", "本地", "当地", "外地", "其他", "其它", "有关", "一些", "这些", "那些",
                 "所有", "个别", "部分", "全部", "多数", "少数", "文明", "卫生", "生态", "历史", "文化",
                 "旅游", "工业", "商贸", "明星", "先进", "百强", "千强", "经济", "欠发达", "发达"}
# words the suffix ends that are no township's name: 听老乡, 去城镇, 在小镇
_SUFFIX_WORDS = {"老乡", "家乡", "故乡", "同乡", "回乡", "返乡", "城乡", "异乡", "他乡", "思乡", "水乡",
                 "梦乡", "还乡", "离乡", "城镇", "集镇", "村镇", "小镇", "古镇", "重镇", "名镇", "坐镇",
                 "乡镇", "市镇", "新镇", "强镇", "大镇", "各镇", "穷乡", "城街道", "条街道", "下乡",
                 "之乡", "侨乡", "灾乡", "县乡", "区乡", "市乡", "省乡", "之镇"}
# 全县, 该县, 本镇: the county or township the text named last
_LOCAL_DEICTIC = re.compile(r"(?:(?:全|该|本|我)(县|镇|乡|村)|(?:该|本)(区))(?![长委级城域内外])")
# where to try them: a township suffix, or a deictic's two characters (a literal scan; the
# patterns above, tried at every character, cost more than all of the text's place names)
_TOWNSHIP_SUFFIX = re.compile("镇|乡|街道")
_VILLAGE_SUFFIX = re.compile("村")
_DEICTIC_PAIR = re.compile("[全该本我][县镇乡区村]")


def _with_townships(text: str, hits: list[RegionHit], home: str | None) -> list[RegionHit]:
    """``hits`` with the townships named on their own and the 全县/该镇 deictics, each under
    the county (or township) the text named last before it. Only a text that names a county
    or city has any: a township is placed by the county it is read with, or not at all."""
    if not ("镇" in text or "乡" in text or "街道" in text or "县" in text):
        return hits
    counties = TextOrder([h for h in hits if h.form in ("full", "short")
                          and _level(h.key) in _LOCAL_PARENTS])
    home_county = home if home and gz.get(home) is not None and gz.get(home).level == "county" else None
    if not counties.items and home_county is None:
        return hits
    named = TextOrder(hits)
    extra: list[RegionHit] = []
    for m in _free_places(text, _TOWNSHIP_SUFFIX, _FREE_TOWNSHIP):
        if _named_over(named, m):
            continue
        stem = m.group(1)
        if stem in _NOT_TOWNSHIP or _NOT_IN_LOCAL.intersection(stem) or "那" in stem \
                or text[m.start(1) + len(stem) - 1:m.end()] in _SUFFIX_WORDS or _common_word(stem):
            continue
        county = counties.last_within(0, m.start())
        parent = county.key if county is not None else home_county
        if parent is None:
            continue
        extra.append(RegionHit(m.start(), m.end(), m.group(), gz.area_key(parent, m.group()), "local"))
    if "村" in text or "社区" in text:
        townships = [h for h in sorted(hits + extra, key=lambda h: h.start)
                     if h.form == "local" and h.surface.endswith(("镇", "乡", "街道"))]
        extra += _free_villages(text, named, counties, home_county, townships)
    for m in (_LOCAL_DEICTIC.match(text, d.start()) for d in _DEICTIC_PAIR.finditer(text)):
        if m is None:
            continue
        unit = m.group(1) or m.group(2)
        if unit in ("县", "区"):
            county = counties.last_within(0, m.start())
            key = county.key if county is not None and gz.get(county.key).level == "county" \
                and gz.get(county.key).name.endswith(unit) else home_county
        elif unit == "村":
            # the village named last before it, when no other place was named since (柳林县前元庄
            # …全村: a village the finder does not know, the county named before it says so)
            last = max((h for h in hits + extra if h.end <= m.start() and h.form != "deictic"),
                       key=lambda h: h.start, default=None)
            key = last.key if last is not None and last.form == "local" \
                and last.surface.endswith("村") else None
        else:
            township = next((h for h in reversed(hits + extra) if h.end <= m.start()
                             and h.form == "local" and h.surface.endswith(unit)), None)
            key = township.key if township is not None else None
        if key:
            extra.append(RegionHit(m.start(), m.end(), m.group(), key, "deictic"))
    if not extra:
        return hits
    return sorted(hits + extra, key=lambda h: (h.start, -h.end))


# A village named on its own (敲开了火石岗村一户人家的门), after a township or a county the text
# named: as a free township's, its stem opens after punctuation, a preposition or a verb's 了.
# (the stem and the suffix; a village right after its township opens where the township ends)
_VILLAGE_NAME = (r"((?:(?![在到赴的从和与及了个乡镇村使让把被将向给对为是也都])"
                 r"[\u4e00-\u9fff]){2,3}?)村(?![民委里子庄干级落镇部长头口])")
_FREE_VILLAGE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在到赴的从和与及了进]))" + _VILLAGE_NAME)
# (right after its township, an urban community is a village's peer: 凤凰街道塘尾社区一出租屋内;
# not the community's clinic or its office, 社区医院, 社区居委会)
_VILLAGE_AFTER = re.compile(_VILLAGE_NAME[:_VILLAGE_NAME.rindex("村")]
                            + r"(?:村(?![民委里子庄干级落镇部长头口])|社区(?![医卫服居工干党]))")
# kinds of village, not names: 贫困村, 示范村, 小康村, 行政村 (besides the townships' kinds)
_NOT_VILLAGE = {"小康", "专业", "行政", "自然", "城中", "新农", "富裕", "试点", "移民", "扶贫", "典型",
                "样板", "合并", "搬迁", "后进", "落后", "软弱", "涣散", "空心"}

# what says a village is of a kind, not which one (坪上村原是个有名的老大难村, 成为远近闻名的富裕村)
_KIND_OF = re.compile(r"(?:是|成为|成了|变成|评为|称为)(?:一|一个|个)?[^,，。;；:：]{0,6}\Z")

# words 村 ends that are no village's name: 广大农村, 偏远山村, 邻村
_VILLAGE_WORDS = {"农村", "乡村", "山村", "渔村", "全村", "本村", "该村", "各村", "邻村", "外村", "进村",
                  "出村", "回村", "同村", "小村", "荒村", "孤村", "穷村", "大村", "新村", "老村"}


def _free_villages(text: str, named: TextOrder, counties: TextOrder, home_county: str | None,
                   townships: list[RegionHit]) -> list[RegionHit]:
    """The villages ``text`` names on their own, each under the township named last before it
    (its name kept in the village's, as a chain keeps it), else under the last county."""
    out: list[RegionHit] = []
    township_ends = {h.end: h for h in townships}
    for m in chain(_free_places(text, _VILLAGE_SUFFIX, _FREE_VILLAGE),
                   _villages_after(text, township_ends)):
        if _named_over(named, m):
            continue
        stem = m.group(1)
        chained = m.start() in township_ends  # (新兴村, 光明村: after its township a word is a name)
        if stem in _NOT_TOWNSHIP or stem in _NOT_VILLAGE or _NOT_IN_LOCAL.intersection(stem) \
                or "那" in stem \
                or stem[-1] + "村" in _VILLAGE_WORDS or not chained and _common_word(stem) \
                or _verbal(m.group()) \
                or not chained and _KIND_OF.search(text, max(0, m.start() - 10), m.start()):
            continue
        county = counties.last_within(0, m.start())
        township = next((h for h in reversed(townships) if h.end <= m.start()), None)
        if township is not None and (county is None or township.start > county.start):
            parent, name = township.key.partition("|")[0], township.surface + m.group()
        elif county is not None or home_county is not None:
            parent, name = county.key if county is not None else home_county, m.group()
        else:
            continue
        out.append(RegionHit(m.start(), m.end(), m.group(), gz.area_key(parent, name), "local"))
    return out


def _villages_after(text: str, township_ends: dict[int, RegionHit]):
    """The villages written right after a township found on its own (与云岭乡新兴村贫困户…),
    as ``_free_places`` gives them: a match whose group 1 is the stem."""
    for end in sorted(township_ends):
        m = _VILLAGE_AFTER.match(text, end)
        if m is not None:
            yield m


def _free_places(text: str, suffix: re.Pattern, pattern: re.Pattern):
    """``pattern``'s matches (a township's or a village's stem and suffix), in order, tried only
    where ``suffix`` stands: the longest stem first, as the pattern's leftmost match would be."""
    last = 0
    for sm in suffix.finditer(text):
        at = sm.start()
        for start in (at - 3, at - 2):
            if start < last:
                continue
            m = pattern.match(text, start)
            if m is not None and m.end(1) == at:
                last = m.end()
                yield m
                break


def _named_over(named: TextOrder, m: re.Match) -> bool:
    """Whether a place already found overlaps the would-be township or village ``m``: it was
    found in its chain, or a place's name stands in its stem."""
    return any(h.start < m.end() and m.start() < h.end
               for h in named.starting_in(max(0, m.start() - 24), m.end()))


def _common_word(stem: str) -> bool:
    """Is the stem one dictionary word that names no place (重点, 贫困): a kind, not a name?"""
    if not words.available():
        return False
    cut = list(words.pos_cut(stem))
    if len(cut) == 1:
        return cut[0][1][:2] not in ("ns", "nr", "nz")
    return any(len(w) >= 2 and f[:1] in ("v", "d", "p", "c") and f != "vn" for w, f in cut)


def document_context(texts: list[str], home: str | None) -> tuple[set[str], set[str]]:
    """Codes a document names unambiguously by full name, and the area keys it names."""
    codes: set[str] = set()
    areas: set[str] = set()
    base = context_codes([home])
    for text in texts:
        hits = _division_hits(text, base)
        codes |= context_codes(h.key for h in hits if h.form == "full")
        areas |= {h.key for h in _area_hits(text, hits) if not h.key.startswith("|")}
    return codes, areas


_CLAUSE_REACH = 200
_CLAUSE_ENDS = ("，", ",", "。", "；", ";", "！", "!", "？", "?", "\n")  # (the normaliser writes "," for "，")


def _deictic_hits(text: str, home: str | None, hits: list[RegionHit]) -> list[RegionHit]:
    out = []
    province = gz.province_of(home) if home else None
    cities = None  # the hits that name a city, in text order, once 该市 is seen
    for m in _DEICTIC_RE.finditer(text):
        surface = m.group()
        if surface == "该市":
            if cities is None:
                cities = TextOrder([h for h in hits if gz.city_of(h.key) == h.key
                                    or h.surface.endswith("市") and gz.get(h.key) is not None
                                    and gz.get(h.key).name.endswith("市")])  # (化州市 too)
            # the last city named before its clause: 该 points back past a clause's own words
            # (深圳的老板梁汝堂向该市那务镇提出…: the city the story is about, not the boss's)
            # (a clause is read back a bounded stretch: a page of one line has no stop to find)
            lo = max(0, m.start() - _CLAUSE_REACH)
            clause = max(lo, max(map(text.rfind, _CLAUSE_ENDS, repeat(lo), repeat(m.start()))) + 1)
            prior = cities.last_within(0, clause) or cities.last_within(0, m.start())
            if prior is not None:
                out.append(RegionHit(m.start(), m.end(), surface, prior.key, "deictic"))
            continue
        unit = m.group(1) or "市"
        key = (province or home) if unit == "省" else home
        if unit == "市" and gz.city_of(home) is None:
            continue  # 全市 with no home city (a province's item): no city to name
        if unit == "市" and home in gz.MUNICIPALITIES or unit == "省" and home in gz.MUNICIPALITIES:
            key = home
        if key:
            out.append(RegionHit(m.start(), m.end(), surface, key, "deictic"))
    return out


def _drop_nested(hits: list[RegionHit]) -> list[RegionHit]:
    """An area that contains division hits (天津滨海高新区) replaces them."""
    out: list[RegionHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            if h.end <= out[-1].end:
                continue
            if h.end - h.start > out[-1].end - out[-1].start:
                out[-1] = h
            continue
        out.append(h)
    return out
