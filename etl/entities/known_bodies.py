"""Bodies known by name (``data/org_known.tsv``: 国务院, 北大, 新华社) and party congresses
(十五大, 中共十五大), which no head word finds: their names are complete words of their own.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import gazetteer as gz
from .gazetteer import DATA
from .. import words
from .regions import division_hits
from .org_words import OrgHit, OwnSentenceBody
from ..triematch import TrieMatcher
from .org_text import block_at, END, START, word_at, word_tags, words_of
from .org_names import own_country, Places, region_in


@dataclass(frozen=True)
class KnownBody:
    name: str
    kind: str
    scope: str          # national | world | system (see data/org_known.tsv)
    full: str           # canonical name, empty when ``name`` is it


@lru_cache(maxsize=1)
def known_bodies() -> dict[str, KnownBody]:
    text = resources.files(DATA).joinpath("org_known.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {r[0]: KnownBody(*r) for r in rows[1:]}


# bodies that stand somewhere: a school, a hospital or a company of the whole country (北大) is
# still in the city its name opens with, unlike a ministry or a party, which are the country's
_SEATED_KINDS = ("school", "hospital", "company", "bank")


@lru_cache(maxsize=1)
def system_organs() -> frozenset[str]:
    """公安机关, 司法机关: the names of a kind of organ at every level, written without a place.
    Such a name is every police force or every court, not one body: it runs no figure by
    being named in passing (对违法者移交司法机关)."""
    return frozenset(name for name, b in known_bodies().items() if b.scope == "system")


def is_club(name: str) -> bool:
    """A basketball club named for a word (热火, 76人), a body in game reports only."""
    body = known_bodies().get(name)
    return body is not None and body.scope == "club"


@lru_cache(maxsize=1)
def league_names() -> frozenset[str]:
    """NBA, 英超, 欧巡赛 and their full names: a league runs the figures of its games (a record,
    a purse) that no club, team or other body of the text runs, never theirs."""
    return frozenset(n for name, b in known_bodies().items() if b.scope == "league"
                     for n in (name, b.full) if n)


@lru_cache(maxsize=1)
def brand_names() -> frozenset[str]:
    """百度, 富士康: companies known by their brand, which a registered name the text gives in
    full (深圳市腾讯计算机系统有限公司) names better."""
    return frozenset(name for name, b in known_bodies().items() if b.scope == "brand")


@lru_cache(maxsize=None)  # (a few hundred known bodies)
def _seat(name: str, kind: str, scope: str) -> str | None:
    """The region a known body written by its short form (北大, 央视) belongs to: where its full
    name says it stands (北京大学: 北京市) for a body of a seated kind, else the country for a
    national body and nobody for a foreign or an international one."""
    if kind in _SEATED_KINDS:
        hits = division_hits(name, set())
        if hits and hits[0].start == 0 and hits[0].form != "country" \
                and not gz.is_foreign(hits[0].key):
            return hits[0].key
    return gz.COUNTRY_CODE if scope == "national" else None


_LATIN = re.compile(r"[A-Za-z0-9]")
# a brand in Latin letters that a product's name goes on from (Apple Watch, Intel Core i5) or
# that closes one (Off-White x Nike): the product, not the company
_PRODUCT_AFTER = re.compile(r" [A-Za-z0-9]")
_LATIN_NAME = re.compile(r"[A-Za-z]")  # (a name in Latin letters: Facebook; not 76人)
_PRODUCT_AROUND = re.compile(r"[A-Za-z0-9] \Z")
# what only a basketball game's report writes: where a club named for a word (热火, 火箭) is one
_GAME_REPORT = re.compile(r"NBA|季后赛|常规赛|篮板|助攻|三分球|罚球|季前赛")


@lru_cache(maxsize=1)
def _known_matcher() -> TrieMatcher:
    """The known names' leftmost longest occurrences, as a trie-shaped regular expression finds
    them, in 60% of its time (every article is scanned)."""
    return TrieMatcher(known_bodies())


def known_names(text: str, places: Places, segmented: dict | None = None) -> list[OrgHit]:
    """Well-known bodies named as words of their own (北约, not 北大 of 北大荒), with the places
    written right before them (美国国会, 巴基斯坦外交部)."""
    hits = []
    report = None  # (is the text a game report? asked once, at its first club)
    for m_start, m_end, found in _known_matcher().finditer(text):
        body = known_bodies()[found]
        if body.scope == "club":
            if report is None:
                report = _GAME_REPORT.search(text) is not None
            if not report:
                continue  # 火箭, 勇士, 太阳 outside a game report are a rocket, a warrior, the sun
        if body.scope in ("brand", "club") and len(found) >= 3:
            # a brand of three characters or more is itself wherever it stands (the segmenter
            # cuts 小红书 as 小红/书), if not inside a longer Latin word (SpaceXs)
            latin = _LATIN_NAME.match(found) is not None
            if not _LATIN.match(text, max(0, m_start - 1), m_start) \
                    and not _LATIN.match(text, m_end) \
                    and not (latin and (_PRODUCT_AROUND.search(text, max(0, m_start - 2), m_start)
                                        or _PRODUCT_AFTER.match(text, m_end))):
                # (one written in Latin letters, Facebook, Google, is most often named in
                # passing, as a platform or a rival of the story's company: it runs the figures
                # of its own sentences only)
                hits.append((OwnSentenceBody if latin else OrgHit)(
                    m_start, m_end, found, body.full or body.name, body.kind, None))
            continue
        if body.scope in ("brand", "club") and text[m_end:m_end + 1] == "队" \
                and (body.scope == "brand" or report is not False):
            # 快船队：加里纳利20分, 湖人队: the club and the word for a team, which the segmenter
            # cuts as one word (a club only in a game's report, as above)
            hits.append(OrgHit(m_start, m_end + 1, text[m_start:m_end + 1], body.full or body.name,
                               body.kind, None))
            hits[-1].aliases.add(text[m_start:m_end + 1])
            continue
        block = block_at(text, m_start, m_end)
        if block is None:
            continue
        toks, base = words_of(block, segmented)  # offsets from base
        at, upto = m_start - base, m_end - base
        if word_at(toks, upto, END) is None:
            continue
        i = word_at(toks, at, START)
        if body.scope == "league":
            # NBA, 中超: a word of its own, with nothing of a place before it (城市中超文化 is
            # the league's culture in cities, 太阳NBA a club's name and the league's)
            if i is not None:
                hits.append(OrgHit(m_start, m_end, found, body.full or body.name, body.kind, None))
                hits[-1].aliases.add(found)
            continue
        if i is None:  # 美国国会 as one word: a place and the body
            i = bisect.bisect_right(toks, at, key=START) - 1  # the word at holds
            if word_tags().get(text[toks[i][0] + base:m_start]) != "ns":
                continue
        while i > 0 and toks[i - 1][3] == "ns" and toks[i - 1][2] not in words.acting_words() \
                and body.scope not in ("brand", "club"):
            # (a place before the body, not a verb the dictionary tags as one: 中断联合国; and
            # none before a brand, which is one company wherever it is written: 加盟湖人)
            i -= 1
        start = min([toks[i][0] + base]
                    + [h.start for h in places.near(m_start, m_start)
                       if h.end == m_start and h.form != "deictic"])
        surface = text[start:m_end]
        if start == m_start or body.scope in ("national", "system") \
                and own_country(places, start, m_start):
            # (中国外交部, 我国农业部: the country's own name adds nothing to a body of its state;
            # 全国公安机关 are the country's, 公安机关 alone nobody's in particular)
            name = body.full or body.name
            code = gz.COUNTRY_CODE if body.scope == "system" and start < m_start \
                else _seat(name, body.kind, body.scope)
        else:
            name = surface
            region = region_in(start, m_end, places)
            code = region.key if region else None
        hit = OrgHit(start, m_end, surface, name, body.kind, code)
        if surface != name:
            hit.aliases.add(surface)
        hits.append(hit)
    stems, stem_re = _brand_stems()
    if stem_re is not None and (acting := stem_re.search(text)) is not None:
        hits = _with_acting_brands(text, hits, stems, stem_re, acting.start(), segmented)
    return hits


# what only a company does right after its name (苹果发布, 三星宣布, 小米的股价, 苹果在纽约…发布):
# a brand that is also a word (see _brand_stems) is the company here
_BRAND_ACTS = re.compile(r"(?:公司)?(?:发布|推出|宣布|公布|披露|上市|收购|股价|市值|财报|营收|净利润|"
                         r"首席执行官|CEO|旗下|官方|官网|官宣|的股价|的市值|的财报|的营收|"
                         r"(?:今天|今日|昨天|日前|近日)?在[^,，。;；:：]{1,20}?(?:发布|推出|举办|举行))")


def _lead_end(text: str) -> int:
    """Where the headline and the lead end: the lead's paragraph, but no more than its first
    two sentences (a web page runs its whole story into one paragraph)."""
    from .link_text import lead_of, sentence_of

    lead = lead_of(text, 0)
    body = text.find("\n", 0, lead.end) + 1  # (the headline's line, then the body)
    first = sentence_of(text, body)
    return min(lead.end, sentence_of(text, first.end + 1).end + 1) if first.end + 1 < lead.end \
        else lead.end


@lru_cache(maxsize=1)
def _brand_stems() -> tuple[dict[str, str], re.Pattern | None]:
    """({苹果: 苹果公司, 小米: 小米公司, …}, a pattern finding them): the brands the table lists
    only with their 公司, 集团 or 电子 because alone they are also words (an apple, millet, a
    Michelin guide's 三星)."""
    out: dict[str, str] = {}
    for name, b in known_bodies().items():
        stem = name[:-2]
        if b.scope == "brand" and name.endswith(("公司", "集团", "电子")) and len(stem) >= 2 \
                and stem not in known_bodies():
            out.setdefault(stem, b.full or name)
    pattern = re.compile("|".join(sorted(map(re.escape, out), key=len, reverse=True))) if out else None
    return out, pattern


def _with_acting_brands(text: str, hits: list[OrgHit], stems: dict[str, str],
                        stem_re: re.Pattern, first: int, segmented: dict | None) -> list[OrgHit]:
    """``hits`` and each such brand written alone as the subject of what only a company does
    (苹果发布了4款新品, 小米宣布): the company, named by its brand as the text goes on to."""
    taken = {h.start for h in hits}
    added = []
    lead_end = None
    for m in stem_re.finditer(text, first):
        stem = m.group()
        if m.start() in taken or not _BRAND_ACTS.match(text, m.end()):
            continue
        block = block_at(text, m.start(), m.end())
        if block is None:
            continue
        toks, base = words_of(block, segmented)
        if word_at(toks, m.start() - base, START) is None or word_at(toks, m.end() - base, END) is None:
            continue  # (inside a longer word: 红苹果, 苹果园)
        # (in the headline or the lead, the story's company; named later, a rival or a
        # customer in passing, which runs the figures of its own sentence only)
        if lead_end is None:
            lead_end = _lead_end(text)
        hit = (OrgHit if m.start() < lead_end else OwnSentenceBody)(
            m.start(), m.end(), stem, stems[stem], "company", None)
        hit.aliases.add(stem)
        added.append(hit)
    return sorted(hits + added, key=lambda h: h.start) if added else hits


# 十五大, 中共十五大, 致公党第十一次全国代表大会: a party congress is named by its number.
# The pattern opens with the class of every first character, and the branches check behind
# them which one it was: a pattern that opens with a class is searched for by the regex engine
# at C speed, one that opens with a lookahead is tried at every character (3x slower)
_CONGRESS_RE = re.compile(
    r"[第全一二三四五六七八九十]"
    r"(?:(?<=第)[一二三四五六七八九十]{1,3}次全国代表大会|(?<=全)国代表大会"
    # a number not inside a longer one: 十[一-九]大, 二十[一-九]?大, [一-十]大
    r"|(?<=[一二三四五六七八九十])(?<![一二三四五六七八九十百千万第][一二三四五六七八九十])"
    r"(?:(?<=十)[一二三四五六七八九]|(?<=二)十[一二三四五六七八九]?|)大"
    r"(?![学会家小多量批型号楼厦概米豆陆院洲部门事师使人]))")


# what every congress the pattern above finds holds: 代表大会, or 大 right after a numeral (a
# scan that checks one character after each numeral, where the pattern tries its alternatives
# at every 第, 全 and numeral). It opens with 大 and looks behind it for the numeral: re skips
# in C to each 大 (a few instructions a character) where a pattern opening with a class of
# characters tests each character against the class (some sixty), which made the scan four
# times as costly; only whether it matches is asked
_NUMERAL_DA = re.compile("大(?<=[一二三四五六七八九十]大)")


def congresses(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """A numbered congress, with the party right before it; 十一大 to 二十九大 stand alone."""
    out: list[OrgHit] = []
    if "代表大会" not in text and _NUMERAL_DA.search(text) is None:
        return out  # (most articles name no congress: one search and a cheap scan tell)
    parties = bodies = None  # made at the first congress: most articles name none
    for m in _CONGRESS_RE.finditer(text):
        if bodies is None:
            parties = {h.end: h for h in hits if h.surface.endswith(("党", "中共"))}
            bodies = {h.end: h for h in hits}
        party = parties.get(m.start())
        if party is None and m.group().startswith("第"):
            party = bodies.get(m.start())  # 中国民主建国会第七次全国代表大会: any body's congress
        if party is None and not (m.group().startswith("第") or re.match("(?:十[一-九]|二十)", m.group())):
            continue  # 全国代表大会, 八大: only after a party's name
        start = party.start if party else m.start()
        surface = text[start:m.end()]
        out.append(OrgHit(start, m.end(), surface, surface, "other", party.region if party else None))
    return out
