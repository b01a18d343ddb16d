"""Where a found organization's name really ends, once every finder has spoken.

The finders stop at a head word; what comes right after it can still be the body's, or not:

- a post held in the body is not the body (中共中央政治局常委: the body is 中共中央政治局);
- a plenary session of a party is a meeting, the party is the body (中共十一届三中全会: 中共);
- a party's numbered congress written short is named after the party (民进八大, 九三学社七大);
- a committee a body set up, written right after it, is one name with it (政协第八届全国委员会,
  全国人民代表大会香港特别行政区筹备委员会);
- a set of a match after a team is no bureau (中国队开局, 巴西女排第四局: the team);
- a place and 队 name a team even where the segmenter reads the place as a person (立陶宛队);
- a well-known body before its members is still named (东盟国家: 东盟);
- an international body (东盟, 欧盟) is not China's and in no term: 中国 or a term written
  before it belongs to a meeting or a relation (中国东盟首脑会晤, 第四届东盟地区论坛);
- a field of study is no body (47位社会科学的专门委员: 社会科学);
- a department of a bare 县 or 区 (县供电局) is that of the county the text named last before it
  (肥东县…县供电局: 肥东县供电局), as 全县 is; its span stays as written;
- a body of two countries is named from their short names on (中俄友好、和平与发展委员会,
  美中贸易全国委员会), which no place finder reads as a place.

Pure: text and hits in, hits out; each rule looks at a few characters around one hit.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..textorder import TextOrder
from .known_bodies import _NUMERAL_DA, known_bodies
from .org_words import OrgHit, trie_pattern

_NUM = "一二三四五六七八九十"
# a party's plenary session: 十一届三中全会, 十五届四中全会
_PLENUM = re.compile(rf"[{_NUM}]{{1,3}}届[{_NUM}]{{1,2}}中全会")
_PLENUM_PARTIES = re.compile(rf"(?:中共|中国共产党)(?=[{_NUM}]{{1,3}}届[{_NUM}]{{1,2}}中全会)")
# a short congress after a party's short name: 八大, 十一大
_SHORT_CONGRESS = re.compile(rf"(?:十[{_NUM[:-1]}]?|[{_NUM}])大(?![学会家小多量批型号楼厦院洲部门事师使人])")
_PARTY_NAMES = ("党", "学社", "促进会", "建国会", "革命委员会", "同盟", "中共")
# a committee written right after the body that set it up: its term, or a place it serves
_COMMITTEE_AFTER = re.compile(rf"第[{_NUM}]{{1,3}}届全国委员会|常务委员会")
_COMMITTEE_OF_PLACE = re.compile("筹备委员会|工作委员会|委员会")
_NATIONAL_BODIES = ("全国人民代表大会", "全国人大", "政协", "政治协商会议", "人民政治协商会议")
# a team, then what follows it in a match report: a set or a game (开局, 第四局, 局面)
_TEAM_SET = re.compile(rf"(?:队|女排|男排|女篮|男篮|女足|男足)(?=(?:第[{_NUM}]|开|首|决胜|胜|负|平)?局)")


def settle(text: str, hits: list, regions=()) -> list:
    """The hits with the edges above put right (a hit may be trimmed, joined or added)."""
    out = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        s = h.surface
        if s.endswith(_TRIMMED_ENDS):
            h = _without_post(h) or _without_session(text, h) or _team_before_set(text, h) or h
        elif s[:1] in "第中我" and len(s) > 2:
            h = _world_body_alone(h) or h
        elif s.endswith(_FIELDS_OF_STUDY):
            continue
        if s[:1] in "年月日" and h.start and text[h.start - 1] in _DATE_DIGITS:
            h = _after_date(h, regions)  # 7月经贵州省人民政府批准: 月 is the date's
            if h is None:
                continue
        out.append(h)
    out = _with_short_congress(text, out)
    if any(h.region is None and h.surface[:1] in "县区" for h in out):
        out = _placed_by_county_before(out, regions)
    if "队" in text:
        out = _with_place_teams(text, out, regions)
    # (the members' words are looked for first: the pattern's scan costs more than the searches)
    if _body_before_members(text) and (m := _members_re().search(text)):
        out = _with_bodies_before_members(text, out, m)
    out = _with_bilateral_bodies(text, out)
    out = _joined_committees(text, out, regions)
    if "中全会" in text:
        out = _with_plenum_parties(text, out)
    return out


_DATE_DIGITS = set("0123456789〇零一二三四五六七八九十")


def _after_date(h, regions):
    """A name that opens with the unit of a date before it (月经贵州省人民政府 of 7月经贵州省
    人民政府批准) starts at the first place inside it; with none, it is no name."""
    place = next((r for r in regions if h.start < r.start < h.end), None)
    if place is None:
        return None
    cut = place.start - h.start
    name = h.name[cut:] if h.name.startswith(h.surface[:cut]) else h.name
    return replace(h, start=place.start, surface=h.surface[cut:], name=name)


# fields of study and letters: a name ending in one has no body's head
_FIELDS_OF_STUDY = ("科学", "文学", "哲学", "史学", "数学", "医学", "法学", "经济学")
# what the names a rule below trims end in (政治局常委, 三中全会, 开局)
_TRIMMED_ENDS = ("常委", "中全会", "局")
# no name is longer: a hit that overlaps a span starts at most this far before it, so that the
# question is asked of the few hits near the span, never of a long article's every hit
_REACH = 64


def _overlaps(order: TextOrder, start: int, end: int) -> bool:
    return any(h.end > start for h in order.iter_starting_in(max(0, start - _REACH), end))


def _holds(order: TextOrder, start: int, end: int) -> bool:
    return any(h.end >= end for h in order.iter_starting_in(max(0, start - _REACH), start + 1))


def _without_post(h):
    """中共中央政治局常委: 常委 is a post held in the politburo."""
    if h.surface.endswith("政治局常委") and len(h.surface) > 5:
        surface = h.surface[:-2]
        return replace(h, end=h.end - 2, surface=surface, aliases=set(),
                       name=h.name[:-2] if h.name.endswith("常委") else h.name)
    return None


def _without_session(text: str, h):
    """中共十一届三中全会: the party that met, not the meeting."""
    if not h.surface.endswith("中全会"):
        return None
    m = _PLENUM.search(h.surface)
    if m is None or m.start() == 0:
        return None
    surface = h.surface[:m.start()]
    return replace(h, end=h.start + len(surface), surface=surface, name=surface, aliases=set())


_TERM_BEFORE = re.compile(rf"第[{_NUM}0-9]{{1,3}}届")


def _world_body_alone(h):
    """中国东盟, 第四届东盟: the international body alone."""
    known = known_bodies()
    for k in (2, 3, 4):
        name = h.surface[-k:]
        body = known.get(name)
        if body is None or body.scope != "world" or body.kind == "media" or len(h.surface) == k:
            continue
        before = h.surface[:-k]
        if _TERM_BEFORE.fullmatch(before) or before in ("中国", "我国"):
            start = h.end - k
            return replace(h, start=start, surface=name, name=body.full or body.name,
                           region=None, aliases=set())
        return None
    return None


def _team_before_set(text: str, h):
    """中国队开局, 巴西女排第四局: the team; the set is no bureau."""
    if not h.surface.endswith("局"):
        return None
    m = _TEAM_SET.search(h.surface)
    if m is None or m.start() < 1:
        return None
    surface = h.surface[:m.end()]
    return replace(h, end=h.start + len(surface), surface=surface, name=surface, kind="other",
                   region=None, aliases=set())


def _placed_by_county_before(hits: list, regions) -> list:
    """县供电局 after 肥东县 in the text: 肥东县供电局 (the surface stays 县供电局)."""
    from . import gazetteer as gz
    counties = TextOrder([r for r in regions if r.form in ("full", "short")
                          and (d := gz.get(r.key)) is not None and d.level == "county"])
    out = []
    for h in hits:
        if h.region is None and h.surface[:1] in "县区" and h.name == h.surface:
            county = counties.last_within(0, h.start)
            d = gz.get(county.key) if county is not None else None
            if d is not None and d.name.endswith(h.surface[0]):
                h = replace(h, name=d.name + h.surface[1:], region=d.code,
                            aliases=set(h.aliases) | {h.surface})
        out.append(h)
    return out


def _with_short_congress(text: str, hits: list) -> list:
    """民进八大, 九三学社七大: the party's numbered congress, written after its short name."""
    if _NUMERAL_DA.search(text) is None:
        return hits  # (every short congress holds a numeral right before 大; most texts none)
    out = []
    for h in hits:
        if h.name.endswith(_PARTY_NAMES) or h.surface.endswith(_PARTY_NAMES):
            m = _SHORT_CONGRESS.match(text, h.end)
            if m is not None and len(h.surface) <= 6:
                surface = text[h.start:m.end()]
                h = replace(h, end=m.end(), surface=surface, name=surface, aliases=set(h.aliases))
        out.append(h)
    return out


def _joined_committees(text: str, hits: list, regions) -> list:
    """政协 + 第八届全国委员会, 全国人民代表大会 + 香港特别行政区 + 筹备委员会: one name."""
    if "委员会" not in text:
        return hits
    starting_at = {r.start: r for r in regions}
    out: list = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.end == h.start and _COMMITTEE_AFTER.fullmatch(h.surface) \
                and prev.surface.endswith(_NATIONAL_BODIES + ("会议",)):
            surface = text[prev.start:h.end]
            out[-1] = replace(prev, end=h.end, surface=surface, name=surface, kind="government",
                              aliases=set(prev.aliases))
            continue
        out.append(h)
    for i, h in enumerate(out):
        if not h.surface.endswith(_NATIONAL_BODIES):
            continue
        place = starting_at.get(h.end)
        if place is None:
            continue
        m = _COMMITTEE_OF_PLACE.match(text, place.end)
        if m is None:
            continue
        surface = text[h.start:m.end()]
        out[i] = replace(h, end=m.end(), surface=surface, name=surface, kind="government",
                         aliases=set(h.aliases))
    return [h for i, h in enumerate(out)
            if not any(o is not h and o.start <= h.start and h.end <= o.end and
                       (o.end - o.start) > (h.end - h.start) for o in out[max(0, i - 3):i + 4])]


# 队员, 队伍, 队长: a member or the ranks, not the team
_TEAM_WORD = re.compile("队(?![员伍长友列形旗歌礼部医])")


def _with_place_teams(text: str, hits: list, regions) -> list:
    """立陶宛队, 安道尔队: a country, province or city and 队 are its team, the place's name
    being one the finders' segmenter may take for a person's."""
    out = list(hits)
    order = TextOrder(hits)
    for r in regions:
        if r.form not in ("full", "short", "country") or r.surface in ("全国", "我国", "全国各地") \
                or not _TEAM_WORD.match(text, r.end):
            continue
        if _overlaps(order, r.start, r.end + 1):
            continue
        surface = text[r.start:r.end + 1]
        out.append(OrgHit(r.start, r.end + 1, surface, surface, "other", r.key))
    return sorted(out, key=lambda h: (h.start, -h.end)) if len(out) > len(hits) else hits


@lru_cache(maxsize=1)
def _members_re() -> re.Pattern:
    """An international body written before its members: 东盟国家, 欧盟成员国. The names share
    their beginnings in one alternation (``trie_pattern``: what the longest-first alternation
    matches, the longer name tried first when the members do not follow), searched in every
    article that writes 国: 19 -> 13 ms over a People's Daily load."""
    return re.compile("(?:" + trie_pattern(_world_bodies()) + ")(?=" + "|".join(_MEMBERS) + ")")


_MEMBERS = ("成员国", "国家", "各国")


@lru_cache(maxsize=1)
def _world_bodies() -> tuple[str, ...]:
    """The names ``_members_re`` looks for before the members."""
    return tuple(n for n, b in known_bodies().items() if b.scope == "world" and b.kind != "media")


def _body_before_members(text: str) -> bool:
    """Does one of ``_members_re``'s names end right where a members' word starts, as it does
    in every match of it? A text that writes 国家 (half of them) mostly has no body right
    before it: asked at each members' word, not by the pattern's scan of the whole text."""
    names = _world_bodies()
    for word in _MEMBERS:
        at = text.find(word)
        while at >= 0:
            if text.endswith(names, 0, at):
                return True
            at = text.find(word, at + 1)
    return False


def _with_bodies_before_members(text: str, hits: list, first: re.Match) -> list:
    """东盟国家: the known body is written as one word with its members."""
    known = known_bodies()
    out = list(hits)
    order = TextOrder(hits)
    m: re.Match | None = first
    while m is not None:
        body = known[m.group()]
        if not _overlaps(order, m.start(), m.end()):
            out.append(OrgHit(m.start(), m.end(), m.group(), body.full or body.name, body.kind, None))
        m = _members_re().search(text, m.end())
    return sorted(out, key=lambda h: (h.start, -h.end)) if len(out) > len(hits) else hits


# two countries' one-character names (中俄, 美中), then the body's field and its head
_COUNTRY_CHARS = "中美俄日法英德韩朝印巴加澳意越泰"
_BILATERAL_HEADS = re.compile("委员会|协会|友协|联委会|商会|促进会|理事会|基金会|友好小组|贸委会")
_BILATERAL = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[和与及的在由同对向、]))([{_COUNTRY_CHARS}])(?!\1)[{_COUNTRY_CHARS}]"
    r"(?:(?![的了是将在对把被着过中美俄日])[\u4e00-\u9fff、]){0,10}?"
    r"(?:委员会|友好协会|协会|友协|联委会|商会|促进会|理事会|基金会|友好小组|贸委会)"
    r"(?:[\u4e00-\u9fff]{2,3}分会)?")


_COUNTRY_PAIR = re.compile(f"[{_COUNTRY_CHARS}](?=[{_COUNTRY_CHARS}])")


def _bilateral_matches(text: str):
    """``_BILATERAL``'s matches, tried only at a pair of country characters in the dozen before
    a head word (the pattern tried at every character cost more than all the rules here)."""
    last = 0
    for head in _BILATERAL_HEADS.finditer(text):
        lo = max(last, head.start() - 12)
        # each pair of country characters in [lo, head's start), in order (searched in C)
        pair = _COUNTRY_PAIR.search(text, lo, head.start())
        while pair is not None:
            m = _BILATERAL.match(text, pair.start())
            if m is not None and m.end() >= head.end():
                last = m.end()
                yield m
                break
            pair = _COUNTRY_PAIR.search(text, pair.start() + 1, head.start())


def _with_bilateral_bodies(text: str, hits: list) -> list:
    """美中贸易全国委员会, 中俄友好、和平与发展委员会, 美中友协美西分会."""
    found = []
    for m in _bilateral_matches(text):
        if "、" in m.group()[-4:] or m.group().count("、") > 1:
            continue
        found.append(OrgHit(m.start(), m.end(), m.group(), m.group(), "other", None))
    if not found:
        return hits
    order = TextOrder(hits)
    found = [f for f in found if not _holds(order, f.start, f.end)]
    new = TextOrder(found)
    kept = [h for h in hits if not any(f.start <= h.start and h.end <= f.end or
                                       h.start < f.start < h.end < f.end
                                       for f in new.iter_starting_in(max(0, h.start - _REACH), h.end))]
    kept += found
    return sorted(kept, key=lambda h: (h.start, -h.end))


def _with_plenum_parties(text: str, hits: list) -> list:
    """沿着中共十一届三中全会: 中共 is named even where no finder took it."""
    order = TextOrder(hits)
    out = list(hits)
    for m in _PLENUM_PARTIES.finditer(text):
        if not _holds(order, m.start(), m.start() + 1):
            out.append(OrgHit(m.start(), m.end(), m.group(), "中国共产党", "other", None))
    return sorted(out, key=lambda h: (h.start, -h.end))


__all__ = ["settle"]
