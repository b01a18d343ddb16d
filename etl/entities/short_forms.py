"""陕西农发行 and 农业发展银行陕西省分行 in one article: a body named in full and by a short form
(a headline's, usually) is one body, under its full name.

The short form is the place and an abbreviation of the body (农发行 of 农业发展银行…分行): the
abbreviation's characters stand in the full name in order, the first and the last among them.
A short form that opens the full name (总工会 of 总工会女职工委员会) is a parent body, not an
abbreviation, and is left alone; so is any pair whose places differ."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import gazetteer as gz
from .org_text import word_tags
from .org_words import NATIONAL_PREFIXES, team_by_sport


def _team_full(s, first: dict) -> str | None:
    """The one team the text names by its place and sponsor (广东宏远队, 辽宁沈飞客车队) that
    ``s``, the place and 队 alone (广东队, 辽宁队), is: a report names each side both ways."""
    d = gz.get(s.region)
    place = d and next((p for p in (d.short_name, d.name) if p and s.name == p + "队"), None)
    if not place:
        return None
    full = [n for n in first if n != s.name and n.startswith(place) and n.endswith("队")
            and 2 <= len(n) - len(s.name) <= 6
            and not gz.is_place_name(n[len(place):-1])]  # (巴西法国队: two sides, no sponsor)
    return full[0] if len(full) == 1 else None


def _team_of_sport(name: str, first: dict, text: str) -> str | None:
    """The team named by its sport (山东男篮) that ``name``, the same name with 队 (山东队), is,
    when the article found that team (see ``team_by_sport``)."""
    stem = name[:-1]
    team = team_by_sport(stem, text) if len(stem) >= 2 else None
    return team if team in first else None


def merge_short_forms(hits: list, text: str = "") -> list:
    """``hits`` with each short form renamed to the full name it abbreviates (its surface kept
    as an alias of that name). ``text``: the article, where a team's other names are read."""
    if len(hits) < 2:
        return hits
    first: dict[str, object] = {}
    for h in hits:
        first.setdefault(h.name, h)
    longs = [h for h in first.values() if len(h.name) >= 6]
    rename: dict[str, str] = {}
    for s in first.values():
        if s.name.endswith("队") and (s.region is not None and (team := _team_full(s, first))
                                     or text and (team := _team_of_sport(s.name, first, text))):
            rename[s.name] = team
            continue
        if s.region is not None and len(s.name) >= 4:
            # 琼山市公安局 after 海南省琼山市公安局: the same body without its province
            wider = [x.name for x in first.values() if len(x.name) > len(s.name)
                     and x.name.endswith(s.name) and x.region == s.region
                     and gz.is_place_name(x.name[:-len(s.name)])]
            if len(wider) == 1:
                rename[s.name] = wider[0]
                continue
        if s.name.endswith("公司") and (full_form := _registered_form(s.name, first)) is not None:
            rename[s.name] = full_form
            continue
        if len(s.name) > 7 or not longs:
            continue
        national = _national_full(s, longs) or _trade_name_full(s, longs)
        if national:
            rename[s.name] = national
            continue
        if s.region is None:
            continue
        d = gz.get(s.region)
        place = d and next((p for p in (d.name, d.short_name) if p and s.name.startswith(p)), None)
        if not place or len(s.name) - len(place) < 2:
            continue
        core = s.name[len(place):]
        if core in _POLICE_WORDS:
            # 琼山公安, 北京警方: the place's police, the one public security bureau of that
            # place the text names in full (海南省琼山市公安局), not one of its branches
            full = [x.name for x in longs if x.region == s.region and x.name.endswith("公安局")
                    and not x.name.endswith("分局")]
        else:
            # (the places the full name opens with are no part of what is abbreviated:
            # 孝南公安分局 of 湖北省孝感市公安局孝南分局)
            full = [x.name for x in longs if len(x.name) > len(s.name) and d.short_name in x.name
                    and _abbreviates(core, _opening_places_cut(
                        x.name.replace(d.name, "").replace(d.short_name, "")))]
        if len(full) == 1:
            rename[s.name] = full[0]
    if not rename:
        return hits
    return [replace(h, name=rename[h.name], aliases=h.aliases | {h.surface}) if h.name in rename
            else h for h in hits]


_POLICE_WORDS = ("公安", "警方")  # (the services patterned_bodies.place_services reads)


def _opening_places_cut(name: str) -> str:
    """``name`` without the places it opens with, written in full (湖北省孝感市公安局 -> 公安局;
    a short name may be a word of the body's: 公安 is 公安县's)."""
    full_names = gz.names()
    while True:
        k = next((n for n in range(min(len(name) - 1, 8), 2, -1) if name[:n] in full_names), 0)
        if not k:
            return name
        name = name[k:]


def _national_full(s, longs: list) -> str | None:
    """中国社科院 of 中国社会科学院: a national body's short form keeps the national prefix and
    one character of every word after it (社会 -> 社, 科学 -> 科, 院), so no two characters
    in a row are left out; 中国银行 does not abbreviate 中国农业银行 (农业 is left out, and a
    different bank is named). Only where one full name fits."""
    prefix = next((p for p in NATIONAL_PREFIXES if s.name.startswith(p)), None)
    if prefix is None or len(s.name) - len(prefix) < 2:
        return None
    core = s.name[len(prefix):]
    full = [x.name for x in longs if len(x.name) > len(s.name) and x.name.startswith(prefix)
            and _abbreviates(core, x.name[len(prefix):], max_gap=1)]
    return full[0] if len(full) == 1 else None


_COMPANY_TAILS = ("公司", "集团")
# the forms a company is registered under, which its name may drop (平顶山煤业（集团）公司 of
# 平顶山煤业（集团）有限责任公司)
_REGISTERED_TAILS = frozenset(("有限公司", "有限责任公司", "股份有限公司", "股份公司"))


def _registered_form(name: str, first: dict) -> str | None:
    """The company's registered name the article gives in full, when ``name`` is that name
    with its registered form cut to 公司, its place before it or not (of any length: the
    trade-name rule below takes short names only)."""
    stem = name[:-2]
    full = [x for x in first if len(x) > len(name) and stem in x
            and x[x.index(stem) + len(stem):] in _REGISTERED_TAILS
            and _opens_after_place(x, stem)]
    return full[0] if len(full) == 1 else None


def _trade_name_full(s, longs: list) -> str | None:
    """华广公司 of 华广卫星有线电视有限公司, 青禾集团 of 深圳青禾科技集团有限公司: a company
    named again by its trade name and 公司 (or 集团) is the registered company whose name opens
    with that trade name, after its place if any. Only where one company fits."""
    if not s.name.endswith(_COMPANY_TAILS):
        return None
    core = s.name[:-2]
    if len(core) < 2:
        return None
    full = {x.name for x in longs if len(x.name) > len(s.name) + 1
            and x.name.endswith(_COMPANY_TAILS) and _opens_after_place(x.name, core)}
    return full.pop() if len(full) == 1 else None


def _opens_after_place(name: str, core: str) -> bool:
    """Does ``name`` open with ``core``, or with a place and then ``core``?"""
    at = name.find(core, 0, len(core) + 6)
    return at == 0 or at > 0 and gz.is_place_name(name[:at])


def _abbreviates(core: str, full: str, max_gap: int | None = None) -> bool:
    """农发行 of 农业发展银行分行: same first and last character, the rest in order, and not
    simply the full name's opening words."""
    if not full or core[0] != full[0] or core[-1] != full[-1] or full.startswith(core):
        return False
    at = 0
    for ch in core:
        found = full.find(ch, at)
        if found < 0 or max_gap is not None and found - at > max_gap:
            return False
        at = found + 1
    return max_gap is None or at == len(full)  # (with a gap bound, the head is the last kept)


# the bodies of an article whose initials are looked for: its first ones (a story about a body
# names it in full early)
_INITIALS_NAMES_MAX = 32


def initials_mentions(text: str, hits: list) -> list:
    """``hits`` with a hit for each place the text names a body by the first characters of its
    words (广大附中 of 广州大学附属中学, 北师大 of 北京师范大学, 华科大 of 华中科技大学): web news
    names a body in full once and by its initials after, often in the headline.

    The words are taken two characters at a time, as most names of bodies are made of
    two-character words; a form of fewer than three characters (北大, 广大) is left alone, as
    too many ordinary words open with one (北大荒, 广大群众)."""
    if not hits:
        return hits
    fulls: dict[str, object] = {}
    for h in hits:
        if len(h.name) >= 6 and len(h.name) % 2 == 0:
            fulls.setdefault(h.name, h)
            if len(fulls) == _INITIALS_NAMES_MAX:
                break  # (each name is a search of the text: a list of thousands stays linear)
    forms: dict[str, object] = {}
    for name, h in fulls.items():
        if name[::2] not in fulls:
            forms.setdefault(name[::2], h)
    return _with_mentions(text, hits, forms, own_span=False)


def _with_mentions(text: str, hits: list, forms: dict, own_span: bool) -> list:
    """``hits`` with a hit of the body ``forms`` maps each short form to, wherever the text
    writes that form and no name found already holds it (or, with ``own_span``, where a finder
    found the short form as a name of its own, which gives way)."""
    extra = []
    starts = [x.start for x in hits]
    spans = {(x.start, x.end) for x in hits} if own_span else set()
    for short, h in forms.items():
        at = text.find(short)
        while at >= 0:
            i = bisect.bisect_right(starts, at)
            if not (i and hits[i - 1].end > at) or (at, at + len(short)) in spans:
                extra.append(replace(h, start=at, end=at + len(short), surface=short,
                                     aliases={short}))
            at = text.find(short, at + len(short))
    if not extra:
        return hits
    taken = {(x.start, x.end) for x in extra}
    # a hit the finders made of the short form itself gives way to the full name's
    rest = [x for x in hits if (x.start, x.end) not in taken]
    return sorted(rest + extra, key=lambda x: (x.start, -x.end))


# a body named after the body it belongs to (邯郸县公安局|黄粱梦派出所, 某市工商银行|城南支行):
# the part after the parent, four characters or more, names it alone as well
_PARENT_THEN_UNIT = re.compile(
    r"(?:.{2,}?(?:局|公司|集团|厅|大学|委员会|政府|银行))"
    r"(?P<unit>(?P<stem>.{2,}?)(?:派出所|所|站|队|科|处|分局|支行|分行|分公司|营业部|中心|医院|中学|"
    r"小学))")
# the words a unit's name ends in (``_PARENT_THEN_UNIT``'s last group), one of which a name
# must end in to match it
_UNIT_WORDS = ("派出所", "所", "站", "队", "科", "处", "分局", "支行", "分行", "分公司", "营业部", "中心",
               "医院", "中学", "小学")
# what the unit's own name may be: a place's, a person's or another name, or no word of the
# dictionary (黄粱梦, 江汉); a common word (公立医院, 检修中心) names any such unit, not this one
_NAME_TAGS = ("ns", "nr", "nz", "nt", "j")


def unit_mentions(text: str, hits: list) -> list:
    """``hits`` with a hit for each place the text names a body found in full by its own part
    alone (黄粱梦派出所 of 邯郸县公安局黄粱梦派出所): a story about a police station or a branch
    names it so before or after giving its parent."""
    units: dict[str, object] = {}
    for h in hits:
        # (a name that ends in no unit's word is none: the pattern, two lazy runs of anything,
        # cost 1.5 µs a character of every body's name to say so)
        m = _PARENT_THEN_UNIT.fullmatch(h.name) if h.name.endswith(_UNIT_WORDS) else None
        if m is not None and len(m.group("unit")) >= 4 \
                and word_tags().get(m.group("stem"), "ns").startswith(_NAME_TAGS):
            units.setdefault(m.group("unit"), h)
    if not units:
        return hits
    return _with_mentions(text, hits, units, own_span=True)  # (江汉派出所 found on its own)
