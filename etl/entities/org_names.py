"""Where an organisation's name starts, and the name a reader would write for it.

A head word (…总工会, …局) is found first; the name then reaches left over places, trade names
and words that may stand in a name (``left_edge``), and a deictic or short form (市总工会,
烟台市总) becomes the full name of the body the text means (``canonical``). The places an
article names (``Places``) are what both questions are answered against.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from . import gazetteer as gz
from .gazetteer import DATA
from .. import words
from .regions import RegionHit
from ..textorder import TextOrder
from .org_words import (
    CAPITAL, CLASS_MODIFIERS, DOCUMENT_WORDS, ends_event, EVENT_OFFICES, HEAD_RE, HEADS, head_stands, LEVEL_CHARS,
    NATIONAL_PREFIXES, ORDINAL, STOP_TAGS, STOP_WORDS)
from .org_text import block_tail_start, HAN_ONLY, posseg, word_tags


@dataclass(frozen=True)
class Abbreviation:
    alias: str
    full: str
    kind: str
    scope: str
    canonical: str


@lru_cache(maxsize=1)
def abbreviations() -> tuple[Abbreviation, ...]:
    text = resources.files(DATA).joinpath("org_abbreviations.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(Abbreviation(*r) for r in rows[1:])


@lru_cache(maxsize=1)
def region_aliases() -> tuple[str, ...]:
    """Abbreviations that may stand before a place in a name, in the table's order."""
    return tuple(a.alias for a in abbreviations() if a.scope != "local")


@dataclass(frozen=True)
class _AbbreviationIndex:
    """The abbreviation table arranged for the questions asked of it once per head, so that no
    head scans the whole table."""
    forms: frozenset[str]                      # every alias and full form
    national: dict[str, str]                   # alias or full form -> full form
    rewrites: tuple[tuple[str, str, str], ...]  # (prefix | alias | full, alias, full), in order
    local_fulls: dict[str, tuple[str, ...]]     # last character -> local full forms, in order
    # a name that starts with none of these and ends in none of those characters is rewritten
    # by no entry (None: an empty form, every name may be)
    rewrite_starts: tuple[str, ...]
    rewrite_ends: frozenset[str] | None


@lru_cache(maxsize=1)
def abbreviation_index() -> _AbbreviationIndex:
    national: dict[str, str] = {}
    local_fulls: dict[str, list[str]] = {}
    rewrites = []
    for a in abbreviations():
        if a.scope == "national":
            national.setdefault(a.alias, a.full)
            national.setdefault(a.full, a.full)
        elif a.scope == "prefix":
            rewrites.append(("prefix", a.alias, a.full))
        elif a.scope == "local":
            local_fulls.setdefault(a.full[-1:], []).append(a.full)
            if a.canonical in ("alias", "full"):
                rewrites.append((a.canonical, a.alias, a.full))
    ends = [full if how == "alias" else alias for how, alias, full in rewrites if how != "prefix"]
    return _AbbreviationIndex(frozenset(f for a in abbreviations() for f in (a.alias, a.full)),
                              national, tuple(rewrites),
                              {c: tuple(fs) for c, fs in local_fulls.items()},
                              tuple(alias for how, alias, _ in rewrites if how == "prefix"),
                              frozenset(e[-1] for e in ends) if all(ends) else None)


class Places:
    """An article's region mentions (in text order, as ``find_regions`` returns them), arranged
    for the questions every organization head asks about the few characters before it. Each
    head scanned all of the article's regions instead, which made a long article quadratic
    (``bench/long_document.py``: 2 M characters took 74 s)."""

    def __init__(self, regions: list[RegionHit]):
        self.regions = TextOrder(regions)
        self.places = TextOrder([h for h in regions if h.form != "country"])
        self.longest = max((h.end - h.start for h in regions), default=0)
        self.start_at_end = {h.end: h.start for h in regions}  # the last one per end
        self._regions = regions

    @cached_property
    def named_starts(self) -> set[int]:
        """Where a place written by name starts (an address a body's name may open with)."""
        return {h.start for h in self._regions if h.form in ("full", "short")}

    def near(self, lo: int, hi: int) -> list[RegionHit]:
        """The regions that overlap or touch [lo, hi] (end >= lo, start <= hi), in text
        order: every region a question about that stretch of text can be answered by."""
        return [h for h in self.regions.starting_in(lo - self.longest, hi + 1) if h.end >= lo]

    def place_within(self, lo: int, hi: int) -> bool:
        """Does a region other than a country lie within [lo, hi]?"""
        return self.places.first_within(lo, hi) is not None


# a word in Latin letters right before a name (a space between allowed): its trade name
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Za-z][A-Za-z0-9&\-]{1,15} ?\Z")
# what such a word (or the space after it) ends in: no other character before a name can end
# one, so the search (tried at each of 18 places, as it opens with a look-behind) is not run
_LATIN_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&- ")
# a registered company's legal form: the name before it is place + trade name + trade
_COMPANY_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "股份公司")
# the lines of business a company names before its legal form that the dictionary tags as verbs
_FORM_VERBS = frozenset({"控股", "投资", "置业", "发展", "建设", "开发", "经营", "运营", "管理"})


# what a character standing alone may be besides part of a name the dictionary lacks: a
# level (市, 县), a word of grammar (在, 的, 该), a numeral
_NOT_IN_UNKNOWN = LEVEL_CHARS | set("的了在和与及是为由向对从把被等并或各全每该这那本我其将于已也都又还就"
                                    "一二两三四五六七八九十百千万第")


# the tags of a character that does a word's work of its own (去, 至, 而, 先, 多, 家): a verb, a
# preposition, an adverb, a conjunction, a particle, a pronoun, a numeral, a measure word
_GRAMMAR_TAGS = ("v", "p", "d", "c", "u", "r", "m", "q", "e", "y", "o")


@lru_cache(maxsize=4096)
def _holds_head(word: str) -> bool:
    """Does the word hold a head word as a head (市政府办, 发改委), not as a character of
    another word (办理, 委托: what ``NOT_AFTER`` and ``head_in_other_word`` say of a head in
    running text)?"""
    return any(head_stands(word, m.start(), m.end(), m.group()) for m in HEAD_RE.finditer(word))


def _unknown_words(spans: list) -> list:
    """``spans`` with each run of two or more characters the segmenter left alone (中|芯, 卑|诗)
    as one word: cut with the dictionary only, a name it does not hold comes out a character at
    a time, and a walk that stopped at one of them (中 as a locality word) would cut the name in
    two (上海市民办中芯学校 read as 芯学校)."""
    out: list = []
    i, n = 0, len(spans)
    while i < n:
        if spans[i][2] == "再" and i + 1 < n and spans[i + 1][3] == "v" and len(spans[i + 1][2]) == 2:
            # 再就业, 再教育: "re-" and a verb, one verbal noun (长沙市再就业服务中心), which the
            # dictionary cuts as an adverb and a verb that end the walk
            out.append((spans[i][0], spans[i + 1][1], "再" + spans[i + 1][2], "vn"))
            i += 2
            continue
        j = i
        while j < n and spans[j][1] - spans[j][0] == 1 and spans[j][2] not in _NOT_IN_UNKNOWN \
                and not spans[j][3].startswith(_GRAMMAR_TAGS) and HAN_ONLY.fullmatch(spans[j][2]):
            j += 1
        if j - i >= 2:
            out.append((spans[i][0], spans[j - 1][1], "".join(sp[2] for sp in spans[i:j]), "nz"))
            i = j
        else:
            out.append(spans[i])
            i += 1
    return out


def left_edge(text: str, head_start: int, places: Places, floor: int) -> int:
    """How far left the name reaches from its head word."""
    edge = _left_edge(text, head_start, places, floor, _REACH)
    if edge == head_start - _REACH and edge > floor and HAN_ONLY.match(text, edge - 1):
        # the walk ran to the end of its reach in the middle of a long name (中国银行保险监督管理
        # 委员会江苏监管局 is 17 characters before 局): walk it again from further, unless that
        # walk runs to its end as well (bodies listed with nothing between them, 中国农业科学院
        # 中国电影公司中国农学会科普部…: no one name, and no longer a better one)
        longer = _left_edge(text, head_start, places, floor, _LONG_REACH)
        if longer > head_start - _LONG_REACH or longer == floor:
            edge = longer
    return edge


# how far before its head word the walk looks for a name's start, and how far it looks again
# when a name runs on past that
_REACH = 16
_LONG_REACH = 32


# a number a body is known by, right before its head (四五八医院, 301医院, 第二五一医院, 第12中学):
# two to four digits, so 三医院 (a body's ordinal written short) and counts (20家医院) are not
_DESIGNATION = re.compile(r"第?(?:[0-9]{2,4}|[一二三四五六七八九○〇零]{3,4})\Z")
_NUMBERED_HEADS = ("医院", "中学", "小学", "研究所", "工厂", "厂")


def _number_before(text: str, lo: int, head_start: int) -> re.Match | None:
    """The number a body whose head starts at ``head_start`` is known by, written in [lo,
    head_start) right before it (四五八|医院), if the head is one such bodies have."""
    if not text.startswith(_NUMBERED_HEADS, head_start):
        return None
    return _DESIGNATION.search(text, lo, head_start)


def numbered(text: str, head_start: int) -> bool:
    """Is the body whose head starts at ``head_start`` known by a number (四五八医院)? The number
    makes a generic head (医院, 中学) one body's name, with no place before it."""
    return _number_before(text, max(0, head_start - 5), head_start) is not None


def _left_edge(text: str, head_start: int, places: Places, floor: int, reach: int) -> int:
    lo = max(floor, head_start - reach)
    # The walk never leaves [lo, head_start]. Regions up to ``longest`` past head_start are
    # taken too, so that where two regions end at the same place the later one is the one the
    # table keeps, as it would be from the whole list.
    regions = places.near(lo, head_start + places.longest)
    starts_of_regions = {h.end: h.start for h in regions}
    for h in regions:  # 中互会滨州办事处: a known abbreviation is one word
        if h.end == head_start:
            for alias in region_aliases():
                if text.endswith(alias, lo, h.start):
                    starts_of_regions[h.start] = h.start - len(alias)
    # 空军四五八医院, 解放军301医院, 第二五一医院: a body known by its number, which the walk below,
    # stopping at numerals, would leave out; the name goes on before it
    number = _number_before(text, lo, head_start)
    walk_end = head_start if number is None else number.start()
    if posseg() is None:
        spans = [(lo + k, lo + k + 1, ch, "n") for k, ch in enumerate(text[lo:walk_end])]
    else:  # absolute positions, so skipping a token never shifts the others
        # The walk below stops at the first word that is not Chinese, so only the block right
        # before the head matters, and the segmenter cuts each block alone: segmenting that block
        # gives the same words for less. Not when a region runs across the block's start: the
        # walk could jump over the punctuation there and go on.
        cut = block_tail_start(text, lo, walk_end)
        if cut > lo and starts_of_regions and any(s < cut <= e for e, s in starts_of_regions.items()):
            spans = words.pos_spans(text[lo:walk_end], lo)
        elif cut < walk_end:  # one block: cut by the lexicon as pos_spans would, without its test
            spans = words.lexicon().spans(text[cut:walk_end], cut)
        else:
            spans = []
        spans = _unknown_words(spans)  # (with no segmenter every character stands alone anyway)
    edge = walk_end
    abroad = {h.start for h in regions if gz.is_country_abroad(h.key)} if regions else ()
    acting = words.acting_words()
    verb_taken = walk_end < head_start  # (共有|120医院: before a number, no verb is the name's)
    for i in range(len(spans) - 1, -1, -1):
        start, _, word, flag = spans[i]
        misread = word in acting  # 参观, 证明, 中断: a noun to the dictionary, a verb in news
        if misread:
            flag = acting[word]
        elif word == CAPITAL:
            flag = "n"  # (an adverb to the dictionary; the capital, opening 首都国际机场, in news)
        elif word in _FORM_VERBS and text.startswith(_COMPANY_FORMS + ("集团",), start + len(word)) \
                and i > 0 and spans[i - 1][3][:1] in ("n", "j") and spans[i - 1][2] not in STOP_WORDS:
            # 碧桂园控股有限公司, 某某投资集团: a verb to the dictionary, the company's line after
            # its trade name (not 成立投资有限公司: a company of no name)
            flag = "n"
        if edge in starts_of_regions and lo <= starts_of_regions[edge] < edge:
            # a region right before: take it whole and keep going (共青团滨州市委)
            edge = starts_of_regions[edge]
        if start >= edge:
            continue  # inside a region already taken
        if edge in abroad and edge not in starts_of_regions:
            break  # 牢记|美国心脏学会: a foreign country opens a name, unless a place is before it
        if start + len(word) > edge:
            break  # the segmenter's word straddles a region's start: the name ends there
        if len(word) == 1 and start + 1 == edge and edge in starts_of_regions.values() \
                and HAN_ONLY.fullmatch(word):
            break  # 记四川新兴集团公司, 创北京…: one character before a place opens no name
        if not HAN_ONLY.fullmatch(word) or word in STOP_WORDS or word.endswith(DOCUMENT_WORDS):
            break
        if start + len(word) < head_start and ends_event(text, lo, start + len(word)) \
                and not text.startswith(EVENT_OFFICES, start + len(word)):
            break  # 成果交易会|华为公司展台, 长野冬奥会|中国代表团: an event's name ends before a body's
        if ORDINAL.fullmatch(word) and i > 0 and spans[i - 1][3].startswith(("n", "j", "b")):
            edge = start  # 附属第一医院, 第二中学: an ordinal inside a name
            continue
        if flag == "vn" and start + len(word) in starts_of_regions.values() and start + len(word) < head_start:
            break  # 客场挑战|济南军区, 主场迎战|天津: a verb's noun form before a place takes the body as its object
        if flag.startswith(STOP_TAGS) and flag not in ("vn", "nr", "nz", "nt", "ns", "j", "an"):
            # 清源创新实验室: a two-character verb between nouns is part of the name
            left = acting.get(spans[i - 1][2], spans[i - 1][3]) if i > 0 else "x"
            # (one such verb to a name, after a word of two characters or more or a level
            # character, 市扶贫办: 人升入大学 and 证据材料应当当庭移交人民法院 are clauses)
            inner_verb = (flag == "v" and len(word) >= 2 and word not in STOP_WORDS and not misread
                          and not verb_taken
                          and (left in ("n", "nz", "ns", "j", "vn") and i > 0
                               and (len(spans[i - 1][2]) >= 2 or spans[i - 1][2] in LEVEL_CHARS)
                               or start in starts_of_regions.values())
                          # 学生申请美国私立中学: a verb before a place takes the body as its object
                          and start + len(word) not in starts_of_regions.values()
                          # 有限公司诉至法院: a verb after a whole name is done to that body
                          and not (i > 0 and HEAD_RE.search(spans[i - 1][2]))
                          # 移交|人民法院: nor one before a word the dictionary knows as a name,
                          # or as a place (欢聚|伦敦帝国理工学院: a city abroad opens no name
                          # here, so the place test above does not see it)
                          and not (i + 1 < len(spans) and spans[i + 1][3] in ("nt", "ns")))
            # 北京红马传媒…有限公司: a registered company's trade name, right after its place,
            # may be any word (红, 大象); its form (有限公司) says the place begins the name
            trade_name = (flag[:1] in ("a", "b", "z") and len(word) <= 2 and start in starts_of_regions
                          and text.startswith(_COMPANY_FORMS, head_start))
            if not _holds_head(word) and not inner_verb and not trade_name:
                break
            verb_taken = verb_taken or inner_verb
        edge = start
    if edge in starts_of_regions and lo <= starts_of_regions[edge] < edge:
        edge = starts_of_regions[edge]
    latin = _LATIN_BEFORE.search(text, max(floor, edge - 18), edge) \
        if edge > floor and text[edge - 1] in _LATIN_LAST else None
    if latin is not None:
        # TCL科技集团, 北京KaDa故事科技有限公司: a trade name in Latin letters opens the name
        # (the walk above stops at the first word that is not Chinese), after its place if any
        edge = latin.start()
        if edge in starts_of_regions and floor <= starts_of_regions[edge] < edge:
            edge = starts_of_regions[edge]
    return edge


def _county_named_before(text: str, pos: int, places: Places) -> str | None:
    """The county the text named last before ``pos`` (within a few paragraphs), by name: the
    county a story is about, whose 县二轻局 and 县总工会 it goes on to name."""
    for h in reversed(places.places.starting_in(max(0, pos - 1500), pos)):
        if h.form in ("full", "short") and h.end <= pos and gz.get(h.key) is not None \
                and gz.get(h.key).level == "county" and gz.get(h.key).name.endswith("县"):
            return h.key
    return None


def _city_named_before(text: str, pos: int, places: Places) -> str | None:
    """The last prefecture-level city named by name in ``pos``'s paragraph before ``pos``."""
    floor = max(0, pos - 400)  # a paragraph's worth: an endless line is not read end to end
    line_start = text.rfind("\n", floor, pos) + 1 or floor
    for h in reversed(places.places.starting_in(line_start, pos)):
        if h.form in ("full", "short") and h.end <= pos and gz.city_of(h.key) == h.key:
            return h.key
    return None


def deictic_cut(text: str, start: int, head_start: int, places: Places,
                 home: str | None) -> tuple[int, RegionHit | None]:
    """市总工会, 发布会市总工会: a 市/省 that no place name precedes is the home city/province;
    县二轻局 in a story about a county is that county's."""
    if text.find("市", start, head_start) < 0 and text.find("省", start, head_start) < 0 \
            and text.find("县", start, head_start) < 0:
        return start, None  # (most names: none of the characters, no region to look up)
    regions = places.near(start, head_start)
    ends = {h.end for h in regions if h.form != "deictic"}
    for p in range(head_start - 1, start - 1, -1):
        ch = text[p]
        if ch in "市省县" and p + 1 not in ends:
            if any(h.start <= p < h.end and h.form != "deictic" for h in regions):
                continue
            if p not in ends and text.startswith(_NO_LEVEL_WORDS, p):
                continue  # 国家市场监督管理总局: a market, not a city (石家庄|市容环境卫生管理局?)
            if ch == "县":
                if p != start:
                    continue  # 县 inside the name (农村信用县联社?): only a name opening with it
                key = home if home and gz.get(home) is not None and gz.get(home).level == "county" \
                    and gz.get(home).name.endswith("县") else _county_named_before(text, p, places)
                return (p, RegionHit(p, p + 1, ch, key, "deictic")) if key else (start, None)
            if ch == "市" and text[p - 1:p] in ("县", "省") and p not in ends:
                return start, None  # 县市财政, 省市领导: the counties and cities, no one city
            key = home if ch == "市" or home in gz.MUNICIPALITIES else gz.province_of(home)
            if ch == "市" and key and (d := gz.get(key)) is not None and d.level == "county" \
                    and not d.name.endswith("市"):
                key = gz.city_of(key)  # 市总工会 in a county's story: its city's (a county-level
                # city's own 市 is itself: 义乌市 and its 市总工会)
            if ch == "市" and gz.city_of(key) is None:
                # no home city (a national paper, an item filed from a province): the city
                # its paragraph named last (鄂州市… 市总工会 -> 鄂州市总工会)
                key = _city_named_before(text, p, places)
            if not key:
                return p, None
            return p, RegionHit(p, p + 1, ch, key, "deictic")
    return start, None


# words that open with a level character and name no level: a market, its prices and
# values, a province as a unit of count, a county seat (not 市容 or 市民: a city's too)
_NO_LEVEL_WORDS = ("市场", "市值", "市面", "市价", "市井", "省份", "县城")


def with_level_before(text: str, start: int, hs: int, places: Places, home: str | None) -> int:
    """县总工会, 县公安局, 市劳动局: the segmenter leaves a level character before a body's
    name outside it when the two are no word of its dictionary, and the name was then the head
    alone, or a body of no place. The character is the name's first when the text can say
    which place it stands for (the deictic cut then places it): not the end of a place's name
    (铅山县), nor part of a word with the character before it (全县, 各县, 城市)."""
    if start < 1 or text[start - 1] not in DEICTIC_LEVELS or start in places.start_at_end \
            or text[start - 2:start] in word_tags() or hs - start > 6 \
            or hs > start and HAN_ONLY.fullmatch(text, start, hs) is None:
        return start
    if text[start - 1] == "县" and home is None \
            and _county_named_before(text, start - 1, places) is None:
        return start
    return start - 1


DEICTIC_LEVELS = "市县省"


def kind_after_place(text: str, start: int, head_start: int, places: Places) -> bool:
    """美国私立中学, 中国民营企业: a place and a word for a class of bodies before the head."""
    place = next((h for h in places.near(start, head_start) if h.start == start), None)
    return place is not None and text[place.end:head_start] in CLASS_MODIFIERS


def kind_after_nation(text: str, start: int, head_start: int) -> bool:
    """中国民办学校, 全国公立医院: the nation's name and a word for a class of bodies before
    the head (the country is no place of ``Places``, so ``kind_after_place`` misses it)."""
    prefix = next((p for p in NATIONAL_PREFIXES if text.startswith(p, start)), None)
    return prefix is not None and text[start + len(prefix):head_start] in CLASS_MODIFIERS


def region_in(start: int, end: int, places: Places) -> RegionHit | None:
    """The last place (no country) that lies within [start, end]: the regions other than
    countries that start in [start, end) are the only ones that can, bisected for directly
    (the regions near the span, filtered, cost a list per name)."""
    return places.places.last_within(start, end)


# a military command named after the city it sits in, not the city's own body: 北京军区 and
# 济南军区 keep their names (not 北京市军区); so does a customs district of the state's (深圳海关,
# 拱北海关: not 深圳市海关); and a place's authorities, as the text calls them (台湾当局 is not a
# body of 台湾省's)
_COMMANDS = ("军区", "军分区", "警备区", "战区", "海关", "当局")


def canonical(surface: str, region: RegionHit | None, home: str | None, start: int) -> tuple[str, str | None]:
    """Canonical name and region code of an organization name as written."""
    if region is None:
        return _canonical(surface, None, None, 0)
    if region.start != start:
        return _canonical(surface, region.key, None, 0)  # (the form matters only at the start)
    return _canonical(surface, region.key, region.form, region.end - start)


@lru_cache(maxsize=16384)
def _canonical(surface: str, key: str | None, form: str | None, opens: int) -> tuple[str, str | None]:
    """``canonical`` of a name whose region (``key``) is written at its start with that
    ``form``, taking its first ``opens`` characters (``form`` None: no region at its start).
    A pure function of these (the gazetteer and the abbreviation table are fixed), kept, as
    the same names in the same places (国务院, 外交部, 市委) come back article after article."""
    name = surface
    code = key
    # deictic prefix: 市总工会 -> 滨州市总工会, 省总工会 -> 山东省总工会
    if form == "deictic":
        d = gz.get(key)
        if d is not None:
            tail = surface[opens:]
            if tail.startswith("级") and len(tail) > 3:
                tail = tail[1:]  # 市级职工互助会: the city's own, 鄂州市职工互助会
            name = d.name + tail
    elif form in ("short", "area"):
        tail = surface[opens:]
        bare_department = (HEAD_RE.fullmatch(tail) and HEADS.get(tail) in ("government", "union")
                           or tail in abbreviation_index().forms)
        if bare_department and form == "short" and tail not in _COMMANDS \
                and (d := gz.get(key)) is not None:
            name = d.name + tail  # 泉州人社局 -> 泉州市人社局 (bare department of a city)
        elif bare_department and form == "area":
            # 高新区总工会 and 天津滨海高新技术产业开发区总工会: one body, named by its area
            name = key.partition("|")[2] + tail
    index = abbreviation_index()
    national = index.national.get(name)
    if national is not None:
        return national, gz.COUNTRY_CODE
    if not name.startswith(index.rewrite_starts) and index.rewrite_ends is not None \
            and name[-1:] not in index.rewrite_ends:
        rewrites = ()  # the usual case: nothing to rewrite
    else:
        rewrites = index.rewrites
    for how, alias, full in rewrites:
        if how == "prefix" and name.startswith(alias):
            name = full + name[len(alias):]
        elif how == "alias" and name.endswith(full):
            name = name[: -len(full)] + alias
        elif how == "full" and name.endswith(alias) and not name.endswith(full):
            name = name[: -len(alias)] + full
    if "集团(集团)" in name or "集团（集团）" in name:
        # 中国人保(集团)公司: the short form's rewrite (人保 -> 人民保险集团) says 集团 once already
        name = name.replace("集团(集团)", "(集团)").replace("集团（集团）", "（集团）")
    if code is None and name.startswith(NATIONAL_PREFIXES):
        code = gz.COUNTRY_CODE
    return name, code


def own_country(places: Places, start: int, end: int) -> bool:
    """Is text[start:end] the country's own name (中国, 我国), and nothing else?"""
    return any(h.start == start and h.end == end and h.key == gz.COUNTRY_CODE
               for h in places.near(start, end))


def place_before(text: str, at: int, places: Places) -> int:
    """Start of the places and national prefixes right before ``at`` (滨州市政协, 中国共产党):
    a body named by its head word alone takes nothing else before it (决议敦请联合国)."""
    ends = places.start_at_end
    while True:
        if at in ends and ends[at] < at:
            at = ends[at]
        elif text.endswith(("中华人民共和国",), 0, at):
            at -= 7
        elif text.endswith(NATIONAL_PREFIXES, 0, at):
            at -= 2
        else:
            return at
