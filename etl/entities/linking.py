"""Which region, organization and programme a figure is about.

The governing mention is looked for where a reader would: the figure's own sentence (the
nearest mention before it, else after it), then the lead of its section (the headline lines
and first paragraph under the nearest heading, where news states who reports and where), then
the paper's home region. An organization's region stands in for a missing place name, which
is how a figure reported by 国家医保局 becomes national.

This module holds the linker itself (its article-wide lists, its scopes and ``explain``);
the finders it asks live in place_links.py (regions) and body_links.py (organisations).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from . import gazetteer as gz
from .org_text import HAN_ONLY
from .org_words import CitedBody, ItemBrand, OwnSentenceBody, OrgHit
from .known_bodies import league_names
from .programs import ProgramHit
from .regions import RegionHit
from . import citations
from . import scopes
from ..textorder import TextOrder
from .link_text import (
    REPORTING_KINDS, Span, _KIN, _SET_OUT, _WINDOW, _clause_of, _first_place, _operates,
    _section, _section_heads, _section_line, _sentence_ends, _weak, lead_caption, lead_of,
    region_value, sentence_of, _SUBJECT_LEAD)
from .place_links import PlaceLinks
from .body_links import BodyLinks, objects_of_prepositions, opponents


# datelines name where a wire story was filed, not what it is about
# (本报北京1月4日讯 run on after a headline is no paragraph's start, yet still a dateline)
_DATELINE_WORDS = scopes.AGENCIES + tuple(a + "客户端" for a in scopes.AGENCIES)


# what a place of a dateline may follow: an agency name's last character, or a line break
_DATELINE_LAST = frozenset([w[-1] for w in _DATELINE_WORDS] + ["\n"])


def _is_dateline(text: str, h: RegionHit) -> bool:
    """Do the four characters before the place end with an agency's name (本报北京, 新华社上海)?
    (As ``(?:本报|…)$`` searched in them did, a newline right before the place is passed
    over.) Every place of an article with figures asks: suffix tests, no slice and search."""
    lo, end = max(0, h.start - 4), h.start
    before = text[end - 1:end]
    if before not in _DATELINE_LAST:
        return False  # (most places: the character before them ends no agency's name)
    if before == "\n" and text.endswith(_DATELINE_WORDS, lo, end - 1):
        return True
    return text.endswith(_DATELINE_WORDS, lo, end)


def _nearest(items: TextOrder, span: Span, pos: int):
    """The last item inside ``span`` that ends by ``pos``, else the first inside it that starts
    at or after ``pos``. Bisected, not filtered from every item of the span: a sentence that
    runs on for thousands of names and figures (a table, a list) asked that of each figure."""
    if not items.starts:
        return None
    before = items.last_within(span.start, min(pos, span.end))
    if before is not None:
        return before
    return items.first_within(max(pos, span.start), span.end)


# a number of bodies written right after a body's name (基金组织37个, 协会12家): what is counted
# (not a count of the body's own parts, 政协34个界别, 北京大学20多个院系: the body runs them)
_COUNT_OF_BODIES = re.compile(r"[\d一二三四五六七八九十百千两]+(?:多|余)?[个家所支座处](?=[,，。;；、]|$)")

# the marks of a passive's agent (被国家统计局授予, 受国务院表彰)
_PASSIVE_MARKS = ("被", "受")
# what is held at a body (在农业部召开, 在国务院举行): a meeting, whose venue the body is; or
# a launch (苹果在纽约的布鲁克林音乐学院一口气发布了4款新品): the hall is where it was held
_HELD_AT = re.compile(r"(?:隆重|正式|如期|一口气|首次)?(?:召开|举行|举办|开幕|闭幕|发布)")
# 在 right before the body, or before the city it is in (在纽约的布鲁克林音乐学院)
_AT_CITY = re.compile(r"在[\u4e00-\u9fff]{2,6}的\Z")


def _held_at(text: str, start: int) -> bool:
    """Is the body at ``start`` written as where something is held (在X, 在纽约的X)?"""
    before = text[start - 1:start]
    return before == "在" or before == "的" and _AT_CITY.search(text, max(0, start - 9), start) is not None


# 中国科学院生物物理研究所副教授, 北京医院心内科主任医师: an expert's affiliation, named to say
# who speaks, not the body that ran what the figures count (局长 or 主任 of a bureau speaks
# for it and is not among these)
_EXPERT_POST = re.compile(r"(?:副|首席)?(?:教授|研究员|主任医师|主治医师|医师|讲师|博士后?|专家|院士)")


# a parenthesis that says something by the way: what it names runs no figure outside it (an
# abbreviation, (CNNIC), or a sign-off is no aside: it holds the name alone, or names a person)
_ASIDE = re.compile(r"[(（]([^（()）\n]{4,80})[)）]")


@lru_cache(maxsize=16)
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span(1) for m in _ASIDE.finditer(text)) if "(" in text or "（" in text else ()


def _in_aside(text: str, o: OrgHit) -> bool:
    """Is the body named inside a parenthesis, with more words than its name (an aside)?"""
    for s, e in _asides(text):
        if s <= o.start and o.end <= e:
            inner = text[s:e]
            return len(inner) > len(o.surface) + 4 and not _CREDIT_IN_ASIDE.search(inner)
        if s > o.start:
            break
    return False


# a parenthesis that credits the reporters, signs the text or says who its author is ((记者王明
# 通讯员李四), (河北省保定市委 王明), (作者为林业部综合计划司副司长)): the writers' bodies, no asides
_CREDIT_IN_ASIDE = re.compile(r"记者|通讯员|供稿|来源|作者|报道$|摄影?$| [\u4e00-\u9fff]{2,4}$")


# bodies whose name holds a place they come from, not a place they govern (福建某某集团 invests
# in 宁夏): the place in their name is not a figure's place
_NAMED_ONLY_KINDS = ("company", "bank", "hospital", "school", "media")


# the noun each place of a list may carry (香港同胞、澳门同胞、台湾同胞; 广东省人民、福建省人民)
_MEMBER_NOUN = re.compile(r"[\u4e00-\u9fff]{1,3}(?=、)")
# the directions a list of regions cuts short before the last (东、中、西部地区, 南、北方)
_DIRECTIONS = frozenset("东南西北中")


class Linker(PlaceLinks, BodyLinks):
    """The links of one article's figures. The mention lists every figure filters (datelines
    out, operators, specific places) are built once for the article, not once per figure.

    ``link`` says, beside each link, the scope it was found in (``BASES``), so that a reader
    can keep only the links a figure's own sentence makes. ``explain`` asks the finders in
    turn, nearest scope first: the region's in place_links.py, the organisation's in
    body_links.py; the text's sentences, clauses and leads are read by link_text.py."""

    def __init__(self, text: str, regions: list[RegionHit], orgs: list[OrgHit],
                 programs: list[ProgramHit], home: str | None, body_start: int = 0,
                 figures: list[tuple[int, int]] = (), home_guessed: bool = False):
        self.text = text
        # a shopping list's brands price their own items only: kept out of every other finder
        self._item_brands = TextOrder([o for o in orgs if isinstance(o, ItemBrand)])
        if self._item_brands.items:
            orgs = [o for o in orgs if not isinstance(o, ItemBrand)]
        # a sports league is asked last, by no other finder: a club's points are the club's
        leagues = league_names()
        self._leagues = TextOrder([o for o in orgs if o.name in leagues])
        if self._leagues.items:
            orgs = [o for o in orgs if o.name not in leagues]
        # the home is the city the text names most, no masthead's or manifest's (a web page)
        self.home_guessed = home_guessed
        self.figures = sorted(figures)  # (start, end) of the article's figures: see _respective
        self.body_start = body_start
        # an article of one item and no section heading (most of them) gives every figure the
        # same lead and section: no figure need look for its item or its heading
        self._one_scope = scopes.block_count(text, body_start) == 1 and not _section_heads(text)[0]
        self._named = TextOrder(orgs)
        self._read_cues(text)
        # (sentence opening, end) -> its first 判处 (see _sentencing_court)
        self._sentenced_at: dict[tuple[int, int], int] = {}
        self._level_pointers: dict[Span, list[tuple[int, str]]] = {}  # see _level_pointer
        self._read_place_cues(text)
        # a paper quoted as the source (据北京晨报报道) passes the news on; it runs nothing
        named = orgs
        # nor does the agent of a passive (被国家统计局授予, 受国务院表彰): it did something to the
        # subject, which the figures are about
        credits = citations.credit_lines(text)
        # nor the agency a dateline names (新华社东京1月13日电): it filed the story
        filed = scopes.datelines(text)
        # (each test asked only where it may hold: most articles have no credit line and no
        # parenthesis, and a congress's name ends in 大 or 会)
        asides = "(" in text or "（" in text
        orgs = [o for o in orgs if not citations.is_source(text, o.start, o.end, o.kind)
                and not (filed and any(d.start <= o.start < d.end for d in filed))
                and not _EXPERT_POST.match(text, o.end)
                # nor bodies a figure counts (已建立扶贫基金组织37个, 成立协会12家): what was set up
                and not _COUNT_OF_BODIES.match(text, o.end)
                and text[o.start - 1:o.start] not in _PASSIVE_MARKS
                # (nor a party congress, 贯彻十五大精神: a meeting whose line is followed)
                and not (o.name.endswith(_CONGRESS_LAST) and _CONGRESS_NAME.search(o.name))
                # an expert's employer in a credit line (受访专家：某医院…) runs nothing either
                and not (credits and any(s <= o.start < e for s, e in credits))
                # nor a body a parenthesis mentions by the way ((美国食品和药品管理局推荐的摄入量))
                and not (asides and _in_aside(text, o))
                # nor the body a meeting is held at (会议今天在农业部召开): its host's rooms
                and not (_held_at(text, o.start) and _HELD_AT.match(text, o.end))]
        by_start = self._written = TextOrder(regions)  # (every place written, covered or not)
        # (a paper quoted as the source runs nothing, and the place in its name is not the
        # figures' either: 北京晨报记者获悉，朝阳区… is about 朝阳区)
        covered = {id(h) for span in (*scopes.datelines(text),
                                      *(o for o in named if o.kind in _NAMED_ONLY_KINDS))
                   for h in by_start.within(span.start, span.end)}  # in a dateline or a name
        # (nor is an expert's employer in a credit line: 受访专家：北京医院…; nor the place a
        # photo was taken, in its caption: 资料图：山西太原一公务员考点)
        covered.update(id(h) for start, end in credits for h in by_start.within(start, end))
        if "军区" in text:  # (the city a military command is named after: 北京军区某集团军 in
            covered.update(  # 张家口 is there, not in Beijing; nor does the command report for it)
                id(h) for o in named if "军区" in o.surface
                for h in by_start.within(o.start, o.end) if text.startswith("军区", h.end))
        if "图" in text:
            covered.update(id(h) for m in _CAPTION.finditer(text)
                           for h in by_start.within(m.start(), m.end()))
        if "访" in text:  # (nor the place in the name of the paper that interviewed someone)
            covered.update(id(h) for m in _INTERVIEWED_BY.finditer(text)
                           for h in by_start.within(m.start(1), m.end(1)))
        if covered:
            covered.difference_update(_chained_from(regions, covered, text))
        kept = [h for h in regions if id(h) not in covered and not _is_dateline(text, h)
                and text[h.end:h.end + 1] != "《"]  # 美国《读者文摘》: where a cited paper is published
        self._chain_start = {h.end: h.start for h in kept}
        self._chain_end = {h.start: h.end for h in kept}
        kept = _innermost(kept, text)
        self.regions = TextOrder(kept)  # bisected: a long article has thousands of each
        # a place in the name of the one example of a counted set (完成了湛江50万吨浆厂等6个项目)
        # places that example only: the figures written inside its name (see _example_place)
        self._examples = self._example_places(kept) if "等" in text else {}
        # a place visited to do business there (到深圳招商, 赴京考察) is where the visitors went,
        # not the place of what they count: their own place, named elsewhere, is
        visited = {id(h) for h in kept if _VISIT_AFTER.match(text, h.end)
                   and _VISIT_BEFORE.search(text, max(0, h.start - 2), h.start)} \
            if _VISIT_AFTER.search(text) else ()
        # (only a place of these forms may be _weak: most places are asked no more)
        self.strong = TextOrder([h for h in kept if (h.form not in _MAY_BE_WEAK or not _weak(h)
                                                     or self._subject_country(h))
                                 and id(h) not in self._examples and id(h) not in visited])
        # the places that may speak beyond their sentence: not one a side story names
        # (比如在会宁县, 家住兰考县的王大妈), which is that story's place only
        # nor the city a meeting is held in (从今天在北京举行的国家禁毒委员会全会上获悉): the
        # meeting's venue, not what it reports on
        # nor where a journey sets out from (从海南三亚市出发…我们来到白沙县): the story is where
        # it arrives; the origin stays the place of its own sentence's figures
        story, venue = _STORY_ANY.search(text), _VENUE_VERB.search(text)
        journey = _SET_OUT.search(text)
        native = _NATIVE_CUES.search(text)
        ranked = _RANKED_CUES.search(text)
        if story or venue or journey or native or ranked:
            def native_of(h: RegionHit) -> bool:
                mt = _NATIVE.match(text, h.end)
                if mt is None:
                    return False
                if mt.group("national"):  # (a nationality is a country's, not a province's)
                    return h.key == gz.COUNTRY_CODE or gz.is_country_abroad(h.key)
                return not (mt.group("player") and (h.key == gz.COUNTRY_CODE or gz.is_foreign(h.key)))

            def aside(h: RegionHit) -> bool:
                return story and self._anecdotal(h) or venue and _venue(text, h) \
                    or journey and (self._set_out_from(h) or self._passed_through(h)) \
                    or native and native_of(h) \
                    or ranked and self._ranked_against(h)
            # (the strong places are some of those kept: each place is asked once for both lists)
            asides = {id(h) for h in kept if aside(h)}
            self.governing = TextOrder([h for h in self.strong.items if id(h) not in asides])
            self.governing_all = TextOrder([h for h in kept if id(h) not in asides])
        else:  # (most articles tell no side story: one search spares a look at every place)
            self.governing, self.governing_all = self.strong, self.regions
        self.countries = TextOrder([h for h in kept if h.form in ("country", "world")])
        self.orgs = TextOrder(orgs)
        # a court hears the case the figures are about; it runs none of them (the sums
        # claimed are the parties'), so it is taken only where nothing else is named
        approvals = _APPROVES.search(text) is not None  # (asked once: most texts hold none)
        self.operators = TextOrder([o for o in orgs if _operates(o)
                                    and not (approvals and _approver(text, o))])
        # the side a match was played against runs none of the figures near it (see opponents)
        self._opponents = opponents(text, orgs)
        self._sides_named: dict[str, OrgHit] | None = None  # see _match_sides
        # (and the objects of 从/向/给/对: see objects_of_prepositions)
        self._objects = objects_of_prepositions(text, orgs, regions)
        passive = self._opponents | self._objects
        self._free = TextOrder([o for o in self.orgs.items if o.start not in self._objects]) \
            if self._objects else self.orgs
        self._unopposed = TextOrder([o for o in self.operators.items if o.start not in passive]) \
            if passive else self.operators  # (the operators but the sides played against)
        # what the finders beyond the figure's sentence read (the lead's bodies, the one the
        # section names most, its speakers): not a body of its own sentences only (政府 alone,
        # 台湾当局)
        beyond = orgs
        if "周年" in text:
            # 在中国人民解放军建军70周年之际: a body whose anniversary dates the story does not run
            # it (…由新世纪出版社推出: the publisher does); it stays its own sentence's
            beyond = [o for o in beyond if not _ANNIVERSARY.match(text, o.end)]
        if any(isinstance(o, OwnSentenceBody) for o in orgs):
            # (but the source a story cites is the story's when it names no other body: see
            # CitedBody)
            cited_only = all(isinstance(o, CitedBody) for o in orgs)
            beyond = [o for o in beyond if not isinstance(o, OwnSentenceBody) or cited_only]
        if len(beyond) == len(orgs):
            self.article_orgs, self.article_operators = self.orgs, self.operators
        else:
            self.article_orgs = TextOrder(beyond)
            self.article_operators = TextOrder([o for o in beyond if _operates(o)])
        # national reporting bodies (国家医保局), looked up by position: asking every operator
        # of the lead for each figure was quadratic on a page that is one endless sentence
        # (on a web page, whose home is only the city it names most, a national association or
        # federation reports for the country too: 中国音像著作权集体管理协会发出公告, 足协公布名单)
        kinds = REPORTING_KINDS + ("other",) if home_guessed else REPORTING_KINDS
        self.national_reporters = TextOrder([o for o in self.operators.items
                                             if o.region == gz.COUNTRY_CODE and o.kind in kinds])
        self.programs = TextOrder(programs)
        self.home = home
        self._dominant: dict[Span, OrgHit | None] = {}  # by section: figures share sections
        self._subject: dict[Span, OrgHit | None] = {}
        self._speakers: dict[Span, OrgHit | None] = {}  # see _speaker_body
        self._officials: dict[str, OrgHit] | None = None  # see _named_officials
        self._lists: list[tuple[int, tuple[str, ...]]] | None = None  # see _counted_list
        self._counted: dict[tuple[int, int], tuple[str, ...] | None] = {}
        self._place: dict[Span, RegionHit | None] = {}
        self._operators_by_region: dict[str, OrgHit | None] = {}
        self._scopes_of: dict[tuple[int, int], tuple[Span, Span, scopes.Block]] = {}
        self._in_lead: dict[tuple[Span, bool], tuple] = {}  # see _lead_firsts

    def _chain_start_of(self, h: RegionHit) -> int:
        return self._chain_back(h.start)

    def _chain_forward(self, e: int) -> int:
        """The end of the chain of places (广安市岳池县) whose link ends at ``e``."""
        while e in self._chain_end and self._chain_end[e] > e:
            e = self._chain_end[e]
        return e

    def _chain_back(self, s: int) -> int:
        """The start of the chain of places (广安市岳池县) whose link starts at ``s``."""
        while s in self._chain_start and self._chain_start[s] < s:
            s = self._chain_start[s]
        return s

    def _lead_firsts(self, lead: Span, pos: int = -1) -> tuple:
        """(the first operator, body, governing place and national reporting body) of a lead:
        the figures of an item share its lead, and each asked for them again. The photo's
        place and bodies, named in a caption over the story, are not the lead's for the
        story's figures (those its paragraph names are), only for the caption's own."""
        caption = lead_caption(self.text, lead)
        skip = caption is not None and not caption.start <= pos < caption.end
        key = (lead, skip)
        found = self._in_lead.get(key)
        if found is None:
            lists = (self.article_operators, self.article_orgs, self.governing,
                     self.national_reporters)
            firsts = [items.first_within(lead.start, lead.end) for items in lists]
            for k in (0, 1):
                if firsts[k] is not None and firsts[k].start in self._objects:
                    # (长城汽车向证监会提交的文件显示…: the lead's subject, not what it files with)
                    firsts[k] = next((o for o in lists[k].within(firsts[k].end, lead.end)
                                      if o.start not in self._objects), None)
                if firsts[k] is not None and self._leader_title(firsts[k]):
                    # 国务院副总理某某今天在中国航空工业总公司工作会议上…: the state organ in a
                    # leader's title is who came, not whose story it is; the lead's next body is
                    firsts[k] = next((o for o in lists[k].within(firsts[k].end, lead.end)
                                      if not self._leader_title(o)), None)
            if skip:
                firsts = [items.first_within(caption.end, lead.end)
                          if x is not None and caption.start <= x.start < caption.end else x
                          for x, items in zip(firsts, lists)]
            if firsts[2] is not None and self._listed(firsts[2]):
                # 11月7日起，成都、广州、长沙、…等城市的乘客…: one of a list of places is not
                # the one the story is about; the lead's place is the first named alone
                firsts[2] = next((h for h in self.governing.starting_in(firsts[2].end, lead.end)
                                  if h.end <= lead.end and not self._listed(h)), None)
            if firsts[2] is not None and self.text[firsts[2].start - 1:firsts[2].start] == "驻" \
                    and self.text.startswith(_REPORTER, firsts[2].end):
                # 本报驻澳大利亚记者…: where the correspondent is posted; the city of it the lead
                # goes on to name (我驱车来悉尼) is the story's, if it names one
                post = firsts[2].key
                firsts[2] = next((h for h in self.governing.starting_in(firsts[2].end, lead.end)
                                  if h.end <= lead.end and post in gz.key_ancestors(h.key)
                                  and not self._listed(h)
                                  # (not the city in a body's name: 东京检察机关 is Japan's)
                                  and not any(o.start <= h.start < o.end for o in
                                              self.orgs.within(max(0, h.start - 8), h.end + 16))),
                                 firsts[2])
            if firsts[2] is not None and _HEAD_OF_PLACE.match(self.text, firsts[2].end):
                # 北京军区政委与河北省省长叶连松在张北县会合: the province is the governor's; the
                # place inside it the sentence goes on to name is where the story is
                sent = sentence_of(self.text, firsts[2].start)
                firsts[2] = next((h for h in self.governing.starting_in(firsts[2].end, sent.end)
                                  if firsts[2].key in gz.key_ancestors(h.key)
                                  and not _HEAD_OF_PLACE.match(self.text, h.end)), firsts[2])
            if firsts[2] is not None:
                firsts[2] = self._village_within(firsts[2])
            found = self._in_lead[key] = tuple(firsts)
        return found

    def _world_whole(self, clause: Span, pos: int) -> str | None:
        """跨国公司控制着世界生产总值的三分之一, 拥有世界3000万种物种中的99%: the figure is a part
        of a whole the world has, in a sentence that names no place of its own (美国占全球企业兼并
        总额的58.1% is the United States' share, 收录中国科技论文36万篇,占世界份额的18.6% China's):
        the world's figure, not the paper's country's. Not a body or an event named for the
        world (世界银行的, 世界杯的)."""
        if not _SHARE.match(self.text, pos):
            return None
        w = _WORLD_WHOLE.search(self.text, max(clause.start, pos - 18), pos)
        if w is None:
            return None
        opened = sentence_of(self.text, pos).start
        if self.text[w.end(1):w.end(1) + 1] in _NOT_WORLD_WHOLE \
                or "平均" in w.group() or self.text[w.start() - 1:w.start()] in _COMPARED_BY \
                or _PRONOUN_SUBJECT.search(self.text, opened, w.start()) \
                or any(h.form != "world" for h in self.regions.within(opened, pos)) \
                or self.orgs.first_within(max(clause.start, w.start() - 8), pos) is not None:
            return None
        return gz.group_key("全球" if w.group(1) == "全球" else "全世界")

    def _sentences_before(self, start: int, n: int) -> int:
        """The start of the sentence ``n`` sentences before the one starting at ``start``."""
        ends = _sentence_ends(self.text)
        i = bisect.bisect_right(ends, (start,)) - 1 - n  # (the last end at or before start)
        return ends[i][1] if i >= 0 else 0

    def _sentences_after(self, start: int, n: int) -> int:
        """Where the ``n``-th sentence from ``start`` ends."""
        ends = _sentence_ends(self.text)
        i = bisect.bisect_left(ends, (start,)) + n - 1
        return ends[i][1] if i < len(ends) else len(self.text)

    def _listed(self, h: RegionHit) -> bool:
        """Is the place one of a list of three places or more, or of one closed by 等 (成都、
        广州、长沙…等城市, 在北京、广州等城市举办)? Two places alone (与遂宁、广安两地) may be
        what the story is about."""
        text = self.text
        start = self._chain_start_of(h)
        if text[start - 1:start] == "、" and (self._chain_back(start - 1) < start - 1
                                             or text[start - 2:start - 1] in _DIRECTIONS
                                             or self._member_before(start - 1, h)):
            # (a later member: the list began before it, or was cut short before it: 东、中、
            # 西部地区 is three regions)
            return True
        members, end = 1, self._chain_forward(h.end)
        # (each member may carry the same noun: 向香港特别行政区同胞、澳门同胞、台湾同胞)
        noun = _MEMBER_NOUN.match(text, end)
        noun = noun.group() if noun is not None and not text.startswith("等", end) else ""
        end += len(noun)
        while text[end:end + 1] == "、" and (nxt := self.regions.starting_in(end + 1, end + 2)):
            end = self._chain_forward(nxt[0].end)
            if noun and not text.startswith(noun, end):
                break
            members, end = members + 1, end + len(noun)
        return members >= 3 or members == 2 and text[end:end + 1] == "等"

    def _member_before(self, comma: int, h: RegionHit) -> bool:
        """Does a place end, with the noun ``h`` carries after it, right before the 、 at
        ``comma`` (香港特别行政区同胞、澳门同胞: 澳门 is a later member)?"""
        end = self._chain_forward(h.end)
        for k in range(1, 4):
            noun = self.text[comma - k:comma]
            if not self.text.startswith(noun, end) or not HAN_ONLY.fullmatch(noun):
                continue
            if any(r.end == comma - k for r in self.regions.starting_in(max(0, comma - k - 30),
                                                                       comma - k)):
                return True
        return False

    def _lead_named(self, lead: Span, which: int, pos: int):
        """``_lead_firsts(lead)[which]``, unless the lead names it sentences after the figure:
        a web page's lead paragraph that runs on for the whole story (截至24日,海关报名人数已达
        14725人。…其中人数最多的岗位为深圳海关辖下职位) names its later places and bodies for the
        sentences around them, not for the figures told before them."""
        x = self._lead_firsts(lead, pos)[which]
        return None if x is not None and self._told_later(pos, x.start) else x

    def _told_later(self, pos: int, at: int) -> bool:
        """Is ``at`` two sentences or more after the figure at ``pos``, in the same paragraph
        (a headline's figure is what the lead paragraph goes on to tell)?"""
        if at <= pos or scopes.paragraph_of(self.text, at)[0] > pos:
            return False
        ends = _sentence_ends(self.text)
        return bisect.bisect_left(ends, (at,)) - bisect.bisect_left(ends, (pos,)) >= 2

    def _village_within(self, place: RegionHit) -> RegionHit:
        """The village or township the place's own sentence goes on to name inside it (公共汽车
        停在…杨士岗镇的公路边,…敲开了火石岗村一户人家的大门): the story's place, the most specific
        one, as a chain 杨士岗镇火石岗村 would have named it."""
        sent = sentence_of(self.text, place.start)
        for h in self.governing.within(place.end, sent.end):
            if h.form == "local" and h.key != place.key and (
                    h.key.startswith(place.key + "|") or "|" in place.key
                    and h.key.startswith(place.key)):
                place = h
            elif h.form == "full" and h.start > place.end \
                    and _DESCRIBED_BY.fullmatch(self.text, place.end, h.start) \
                    and place.key in gz.key_ancestors(h.key):
                place = h  # (地处广东省西南边陲的化州市: the province says where the city is)
            elif (h.start == place.end or h.start == place.end + 1 and self.text[place.end] == "的") \
                    and place.key != gz.COUNTRY_CODE and gz.group_inside(h.key, place.key):
                place = h  # (甘肃河西走廊建成…: the part of the province it names; 我国东部地区 sets a scene)
        return place

    def _item_brand(self, pos: int) -> OrgHit | None:
        """The brand of the shopping-list item the figure is the price of (see ItemBrand)."""
        if not self._item_brands.items:
            return None
        last = self._item_brands.last_within(0, pos)
        return last if last is not None and last.end <= pos < last.item_end else None

    def _scopes(self, pos: int) -> tuple[Span, Span, scopes.Block]:
        """(lead, section) of the figure's item: a dateline or sub-heading inside the article
        starts an item of its own, with its own lead. They depend on the figure's place only
        through its item and its section's heading: worked out once for each such pair."""
        text = self.text
        if self._one_scope:
            key = (0, 0)  # (the first item and the first section: see __init__)
        else:
            key = (scopes.block_index(text, pos, self.body_start), _section_line(text, pos))
        found = self._scopes_of.get(key)
        if found is None:
            found = self._scopes_of[key] = self._item_scopes(pos)
        return found

    def _item_scopes(self, pos: int) -> tuple[Span, Span, scopes.Block]:
        text = self.text
        block = scopes.block_at(text, pos, self.body_start)
        lead = article_lead = lead_of(text, pos)
        if block.start > lead.start:
            lead = Span(block.start, _first_body_line_end(text, block))
        section = _section(text, article_lead)
        section = Span(max(section.start, block.start), min(section.end, block.end))
        if lead.end > section.end:
            lead = Span(lead.start, section.end)
        return lead, section, block

    def link(self, pos: int) -> tuple[str | None, str | None, str | None]:
        """(region key, organization name, programme name) for the figure at ``pos``."""
        k = self.explain(pos)
        return k.region, k.organization, k.program

    def _leader_title(self, o: OrgHit) -> bool:
        """Is ``o`` a state organ written as part of a leader's title (国务院副总理, 全国政协副主席,
        中共中央政治局委员)?"""
        return o.name.startswith(_STATE_ORGANS) and _LEADER_POST.match(self.text, o.end) is not None

    def _named_again(self, body: OrgHit, section: Span) -> bool:
        """Does ``section`` name ``body`` three times or more (a story about it)?"""
        return sum(o.name == body.name for o in self.article_orgs.within(section.start, section.end)) >= 3

    def _other_side(self, pos: int, sent: Span) -> OrgHit | None:
        """The side a score's second number is of when no verb names it (勇士上半场以51-64落后,
        雄鹿以54-41拉开差距, 以95比88击败对手): not the side named before the score, whose the
        first number is, but the other side of the match, when the report names just two sides
        (a round-up of several games names more, and is left alone)."""
        if pos < 2 or not _SCORE_FIRST_BEFORE.search(self.text, max(0, pos - 6), pos):
            return None
        sides = self._match_sides()
        if len(sides) != 2:
            return None
        first = self.orgs.last_within(sent.start, pos)
        while first is not None and first.name not in sides:
            first = self.orgs.last_within(sent.start, first.start)
        if first is None:
            return None
        other = next(name for name in sides if name != first.name)
        # (named in the figure's paragraph too: a side the finders missed, 惨败给了雷霆 where 雷霆
        # is no body found, leaves two found sides that need not be this game's)
        lo, hi = scopes.paragraph_of(self.text, pos)
        return next((o for o in self.orgs.within(lo, hi) if o.name == other), None)

    def _match_sides(self) -> dict[str, OrgHit]:
        """The bodies a match report names as sides (before a score, 雄鹿以134-111; or as the
        side played against, 击败雄鹿), each by its name with its first such mention."""
        if self._sides_named is None:
            text, sides = self.text, {}
            for o in self.orgs.items:
                if o.start in self._opponents or _SIDE_BEFORE_SCORE.match(text, o.end):
                    sides.setdefault(o.name, o)
            self._sides_named = sides
        return self._sides_named

    def _previous_subject(self, sent: Span, pos: int) -> OrgHit | None:
        """The body the sentence before, in the same paragraph, opens with as its subject
        (吴忠市乳制品集团公司属下有13家乳品加工企业。这些企业联结养殖户6500多个): a sentence that
        names no body goes on about it, before the body the article's lead named."""
        para_start = scopes.paragraph_of(self.text, pos)[0]
        if sent.start <= para_start or not _BACK_TO_SUBJECT.match(self.text, sent.start):
            return None
        prev = sentence_of(self.text, sent.start - 1)
        if prev.start < para_start - 1:
            return None  # (the sentence before is in the paragraph before)
        lo = max(prev.start, para_start)  # (the first sentence's span opens on the line break)
        org = self.orgs.first_within(lo, prev.end)
        if org is None or org.end > prev.end or org.start in self._opponents \
                or not _SUBJECT_LEAD.fullmatch(self.text, lo, org.start):
            return None
        return org

    def _losing_side(self, pos: int) -> OrgHit | None:
        """The side written right after a game's score and the verb of its result (热火以95-88
        击败马刺: 88 is 马刺's points), for the score's second number; None for any other figure."""
        m = _SCORE_SECOND.match(self.text, pos - 1) if pos else None  # (anchored: one test a figure)
        if m is None:
            return None
        side = self.orgs.starting_in(m.end(), m.end() + 1)
        return side[0] if side else None

    def explain(self, pos: int) -> Link:
        """The figure's links with the scope each was found in, and every region it is
        about when its place is one of a list (长宁区、浦东新区、青浦县)."""
        text, orgs = self.text, self.orgs
        sent = sentence_of(text, pos)
        lead, section, block = self._scopes(pos)
        clause = _clause_of(text, pos, sent)
        # the organization: the first of these finders, nearest scope first, that finds one
        # (written out, not as a list of closures: every figure asks)
        sent_org = _UNSET  # _nearest(orgs, sent, pos), asked here and by _wider_place
        org_basis = "sentence"
        # (a find, not a slice: a sentence of a million characters holds thousands of figures)
        pair_region, pair_org = (self._respective(sent, pos)
                                 if text.find("分别", sent.start, pos) >= 0 else (None, None))
        # (the side a match's margin is over owns none of it: the finders below look before it)
        doer, beaten = self._outscoring_side(clause.start, sent.start, pos)
        until = beaten.start if beaten is not None else pos
        org = self._item_brand(pos) or pair_org or self._losing_side(pos) \
            or (self._other_side(pos, sent) if self._opponents or self._may_outscore else None) \
            or self._sentencing_court(sent, pos) \
            or self._clause_subject(clause.start, pos) \
            or doer or (self._opening_source(sent, pos) if self._may_cite else None) \
            or _nearest(self._unopposed, Span(sent.start, until) if beaten else sent, until)
        if org is None:
            # the sentence's bodies before the figure, listed once for the two finders
            before = self.orgs.within(max(sent.start, pos - _WINDOW), until)
            if self._opponents:
                before = [o for o in before if o.start not in self._opponents]
            org = self._sentence_subject(sent, before) or self._sentence_body(sent, before, clause.start)
        if org is None and sent.start:
            org = self._cited_source(sent.start)
        if org is None and (org := self._paragraph_speaker(pos)) is not None:
            org_basis = "paragraph"
        if org is None and (org := self._previous_subject(sent, pos)) is not None:
            org_basis = "paragraph"
        if org is None:
            org_basis = "article_lead"
            org = self._lead_named(lead, 0, pos)
            title_body = self._title_body(lead)
            if title_body is None and org is None and block.kind == "heading" and block.anchor is None:
                # (a feature's sub-heading, 与国际接轨走向世界舞台, that names no place, as a
                # column's 安徽 does: the story under it is still the headline's)
                title_body = self._title_body(lead_of(text, 0))
            if title_body is not None:
                # (the headline's body over the lead's first one that runs things, and where the
                # lead names none: 靠科技展翅高飞——浙江上风集团创业之路 / 目前,我国东部地区…)
                org = title_body
            subject = self._subject_org(section)
            if subject is not None and title_body is not None and org is title_body \
                    and self._named_again(title_body, section):
                # 中南财经政法大学2019年硕士研究生招生简章, the university named ten times, 教育部
                # twenty (its rules, cited): the body the headline is about, named on through
                # the story, runs it
                subject = None
            if subject is not None and (org is None or subject.name != org.name):
                # 华中科技大学 named eight times, 教育部高教司 once as a commentator: the body the
                # section is about runs its figures, whatever kind it is
                org, org_basis = subject, "inferred"
        if org is None:
            org_basis = "inferred"
            org = self._dominant_org(section)
        if org is None:
            org_basis = "sentence"
            org = _nearest(self._free, sent, pos)  # (not an object of 向/从/给/对)
            if self._free is orgs:
                sent_org = org
        if org is None:
            org_basis = "article_lead"
            org = self._lead_named(lead, 1, pos)
        if org is None:
            org_basis = "inferred"
            org = self._speaker_body(section) or self._study_body(section)
        if org is None and self._leagues.items:
            # (NBA的历史纪录, 欧巡赛奖金: a league's figures where no club or body runs them)
            org_basis = "sentence"
            org = self._leagues.last_within(sent.start, pos)
            if org is None:
                org_basis = "article_lead"
                org = self._leagues.last_within(0, pos) or self._leagues.items[0]
        if org is None:
            org_basis = None
        region_basis = None
        region_hit = pair_region or self._place_counted(pos) \
            or (self._example_place(pos) if self._examples else None) \
            or _nearest(self.strong, Span(clause.start, pos), pos)
        if region_hit is not None and (origin := self._destination(region_hit)) is not None:
            # 我国制造的飞机出口到巴基斯坦等12个国家, 美国从日本进口汽车300万辆: the exporter's or
            # the importer's figure; the other end of the trade is not its place, the place
            # before it is, if the sentence names one (我国 too: the trader is its subject)
            before = Span(sent.start, origin)
            region_hit = _nearest(self.strong, before, pos) or _nearest(self.regions, before, pos) \
                or region_hit
        if region_hit is None:
            # 捐资80万元在宁乡县援建: the place the figure is spent in, right after it in its clause
            region_hit = self._place_spent_in(sent, pos)
        if region_hit is None and (country := self.countries.last_within(
                max(clause.start, pos - 4), pos)) is not None and country.form == "country" \
                and not text.endswith(_SHARE_OF, max(0, country.start - 3), country.start):
            # 向全国1389个老区的县、市捐赠: 全国 right before the figure counts what it counts,
            # whatever place the sentence named before it (not the whole a share is of:
            # 广东…占全国的80% is the part's)
            region_hit = country
        if region_hit is not None:
            region_basis = "clause"
        elif (region_hit := self._place_of_action(sent, pos)
              or _first_place(self.strong, sent, pos, text)) is not None:
            region_basis = "sentence"
        listing: tuple[str, ...] = ()
        if region_hit is not None and region_hit is not pair_region \
                and (holder := self._holder_of_examples(region_hit, pos)) is not None:
            region, region_basis = holder, "inferred"
        elif region_hit is not None:
            # (a place paired with its figure by 分别 is that figure's alone, not its list's)
            items = [region_hit] if region_hit is pair_region else self._listing(region_hit)
            region = items[0].key
            listing = tuple(dict.fromkeys(h.key for h in items)) if len(items) > 1 else ()
        elif pos - 2 >= clause.start and text.startswith("世界", pos - 2):
            # 拥有世界3000万种物种: 世界 right before the figure counts what it counts, as 全球
            # does (全球20个办公室), though alone it is no place the finder takes (世界银行)
            region, region_basis = gz.group_key("全世界"), "clause"
        elif (whole := self._world_whole(clause, pos)) is not None:
            region, region_basis = whole, "clause"
        elif (counted := self._counted_list(sent, section)) is not None:
            region, region_basis, listing = counted[0], "inferred", counted
        elif (world := self._world_subject(sent, pos)) is not None:
            region, region_basis = world, "sentence"
        else:
            if sent_org is _UNSET:
                sent_org = _nearest(orgs, sent, pos)
            region, region_basis = self._wider_place(sent, clause, pos, lead, section, block, org,
                                                     sent_org)
        if org is not None and org_basis in ("article_lead", "inferred") and region \
                and region_basis in ("clause", "sentence", "paragraph") \
                and org.region and org.region != region and org.region not in gz.key_ancestors(region):
            # a body the lead named for another place (鄂州's) does not run a figure its own
            # clause places elsewhere (全省): the article's body for that place does, if any
            own = self._operator_of(region)
            if own is not None:
                org, org_basis = own, "inferred"
        elif org is not None and org_basis in ("article_lead", "inferred") and region \
                and region_basis in ("clause", "sentence", "paragraph") and org.region \
                and org.region != region and org.region in gz.key_ancestors(region) \
                and (own := self._operator_of(region)) is not None and _same_body_below(org, own):
            # 湖北省国税局… / 襄樊市国税局从1997年5月…。…27名: the lead's body is the province's; a
            # figure its clause or paragraph places in a city of it is run by the same body of
            # that city, when the article names it
            org, org_basis = own, "inferred"
        prog = _nearest(self.programs, sent, pos)
        return Link(region, org.name if org else None, prog.name if prog else None,
                    region_basis if region else None, org_basis if org else None, listing)


# a score's first number and its mark, right before the figure that is its second (51-64, 95比88)
_SCORE_FIRST_BEFORE = re.compile(r"(?<![\d.])\d{1,3} ?(?:-|—|–|比|:|：) ?\Z")
# a score written right after a side (雄鹿134-111, 热火队最终以95比88, 开拓者在主场以111-81), or
# where it played (热火队主场迎战马刺队)
_SIDE_BEFORE_SCORE = re.compile(r"(?:最终|本场|全场|也只|已经|一举|最后)?(?:在主场|在客场|主场|客场)?以? ?"
                                r"\d{1,3} ?(?:-|—|–|比|:|：) ?\d{1,3}(?![\d.])|在?(?:主场|客场)")
# a game's score and the side it beat or lost to after it (以95-88击败马刺, 111比134输给了雄鹿): the
# score's second number is that side's points
_SCORE_SECOND = re.compile(r"(?<=\d)(?:-|—|–|比|:)\d{2,3}(?:的比分)?"
                           r"(?:击败|战胜|大胜|险胜|力克|击溃|横扫|逆转|负于|不敌|输给|惜败|惨败|败给|击退|轻取"
                           r"|惨负|憾负)(?:给了|了|于|给)?")


def _same_body_below(upper: OrgHit, lower: OrgHit) -> bool:
    """Are the two the same kind of body at two levels (湖北省国税局 and 襄樊市国税局, 湖北省总工会
    and 武汉市总工会): one head after two places' names? Or is the lower one the upper's branch
    there, named after it (中国银行保险监督管理委员会江苏监管局)?"""
    a, b = upper.name, lower.name
    if len(b) > len(a) + 2 and b.startswith(a):
        return True
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k >= 2 and 2 <= len(a) - k <= _PLACE_PREFIX and 2 <= len(b) - k <= _PLACE_PREFIX \
        and a[-k - 1] in _LEVEL_ENDS and b[-k - 1] in _LEVEL_ENDS  # (中央军事委员会: no place)


_PLACE_PREFIX = 8  # (内蒙古自治区 and 黔东南苗族侗族自治州 are the longest the bodies start with)
_LEVEL_ENDS = frozenset("省市县区州盟旗")


# a body's anniversary right after its name (中国人民解放军建军70周年, 学校成立50周年)
_ANNIVERSARY = re.compile(r"(?:建军|建党|成立|建院|建校|建厂|建馆|创建|创办|创刊|组建|诞生)?"
                          r"(?:\d+|[一二三四五六七八九十百]+)周年")

# a body that approves or stops what the subject does (获证监会批准发行, 被上交所终止发行): the
# subject's figures are the subject's
_APPROVED_BY = re.compile(r"(?:获|经|被|遭|报请|报经)$")
# a state leader's post right after the organ it is held in (国务院副总理, 全国政协副主席,
# 中共中央政治局委员, 中央军委主席)
_STATE_ORGANS = ("国务院", "中国国务院", "中共中央", "中央政治局", "中央军委", "中央军事委员会", "全国人大",
                 "全国人民代表大会", "全国政协", "中国人民政治协商会议")
_LEADER_POST = re.compile(r"(?:政治局)?(?:常务委员|常委|委员|副?总理|国务委员|副?委员长|副?主席|秘书长)")

_APPROVES = re.compile(r"(?:批准|核准|同意|批复|审批|审核|终止|否决|叫停|驳回)")


def _approver(text: str, o: OrgHit) -> bool:
    return _APPROVED_BY.search(text, max(0, o.start - 2), o.start) is not None \
        and _APPROVES.match(text, o.end) is not None


# what follows a correspondent's post (本报驻澳大利亚记者, 驻京特派记者)
_REPORTER = ("记者", "特派记者", "首席记者", "特约记者")

# a visit made to do business, or to work: 到/赴/去/前往 the place, then what the visitors do there
_VISIT_BEFORE = re.compile(r"(?:[到赴去]|前往)$")
_VISIT_AFTER = re.compile(r"(?:招商|引资|考察|参观|取经|推介|洽谈|招聘|慰问|学习"
                          # (or to work there: 丈夫去山西挖煤了,留下22岁的她: the family's place)
                          r"|打工|务工|挖煤|做工|谋生)")

# the head of a place's government written right after it (河北省省长, 张北县县长, 内蒙古自治区
# 副主席): the place names an official's post
_HEAD_OF_PLACE = re.compile(r"副?(?:省长|市长|县长|区长|州长|旗长|乡长|镇长|主席)")
# what stands between a place and one inside it that it describes (广东省西南边陲的化州市): a
# short stretch closed by 的, with no stop or comma in it
_DESCRIBED_BY = re.compile(r"[^，。；、,;！？!?\n]{0,10}的")

_MAY_BE_WEAK = ("country", "world", "deictic")  # (the forms of the places link_text._weak finds)


# what may stand between a place and a place inside it: 的 (果园镇的红花村), or the suffix of a
# county or city the finder read by its short name (宜昌县鄢家河村: 宜昌 then 县)
_JOINS_INNER = ("的", "县", "市", "区")


def _innermost(hits: list[RegionHit], text: str) -> list[RegionHit]:
    """四川广元市, 宁夏西吉县, 果园镇的红花村, 宜昌县鄢家河村: a place written right before a
    place inside it (or joined to it by 的, or by the suffix of a county named by its short name)
    only says where that one lies; the most specific place is the one the text is about."""
    out = []
    for i, h in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and (nxt.start == h.end or nxt.start == h.end + 1 and text[h.end] in _JOINS_INNER) \
                and _lies_in(nxt.key, h.key):
            continue
        out.append(h)
    return out


def _chained_from(regions: list[RegionHit], covered: set[int], text: str) -> set[int]:
    """The covered places written right after a place they lie in that is not covered (南京市
    of 江苏省南京市城际铁路公司, whose name the finder took from 南京市 on, its address before
    it): the address and the place it ends in are one place, named outside the body's name,
    and the most specific of them is where the text says the body is."""
    out: set[int] = set()
    for i in range(1, len(regions)):
        h, prev = regions[i], regions[i - 1]
        if id(h) in covered and (id(prev) not in covered or id(prev) in out) \
                and (h.start == prev.end or h.start == prev.end + 1 and text[prev.end] in _JOINS_INNER) \
                and _lies_in(h.key, prev.key):
            out.add(id(h))
    return out


def _lies_in(key: str, outer: str) -> bool:
    """Whether the place ``key`` lies in ``outer``: a division's ancestors, or a township's
    villages (``<county>|<township><village>`` under ``<county>|<township>``)."""
    if "|" in outer:
        return key != outer and key.startswith(outer)
    return outer in gz.key_ancestors(key)


# the paper or channel someone gave an interview to (接受了日本经济新闻的采访, 在接受美国有线电视
# 新闻网专访时): the place in its name is where it is published, not what is said
_INTERVIEWED_BY = re.compile(r"接受(?:了)?([^,，。;；:：“”]{2,16}?)(?:记者)?的?(?:专访|采访)")


# a photo's caption, to the end of its sentence or line: 资料图：…, 图为…, (图片来源：…)
_CAPTION = re.compile(r"(?:资料图片?|图片来源|图为)[:：]?[^。\n]*")


# a meeting held in a city: 在北京举行的…全会, 于上海召开的, 在京开幕
_VENUE_VERB = re.compile(r"举行|召开|开幕|闭幕|举办|揭幕|颁奖|揭晓")


_RANKED_CUES = re.compile(r"继|次于|超过|超越|赶超|落后于|领先于|紧随")


# what a share of a whole is said with, right before the whole (占全国的80%, 相当于全国的)
_SHARE_OF = ("占", "约占", "占了", "相当于", "为")


# where a person comes from, written before the person (新疆小伙儿热瓦甫来到石头城, 四川民工,
# 河南籍): the person's origin, not where the story goes on
# and the province or city a player plays for (上海新秀常昊, 山东选手, 辽宁籍球员): the player's,
# not the event's (a country's players, 中国选手, stay their country's: an international event's
# figures are told for the sides)
# and a country before its people, who are somewhere else (中国学生留学法国, 日本游客在北京): their
# nationality, not the story's place (not 中国人 or 日本人: 日本人气, 中国人寿 are other words); a
# nation's own people at home (中国游客达1.5亿人次) are still its figures where nothing else is named
_NATIONALS = r"留学生|学生|游客|旅客|公民|侨民|侨胞|华侨|华人|移民|劳工|船员"
_NATIVE = re.compile(r"籍?(?:小伙子?儿?|姑娘|老乡|民工|农民工|打工妹|打工仔|汉子|老汉|妹子"
                     r"|(?P<player>新秀|名将|小将|老将|选手|棋手|球员|运动员|队员|好手)"
                     r"|(?P<national>" + _NATIONALS + "))")


_NATIVE_CUES = re.compile(r"小伙|姑娘|老乡|民工|打工|汉子|老汉|妹子|新秀|名将|小将|老将|选手|棋手|球员"
                          r"|运动员|队员|好手|" + _NATIONALS)


# a numbered party congress or plenum (十五大, 党的十五大, 十五届三中全会, 第十五次全国代表大会)
_CONGRESS_LAST = ("大", "会")  # (the last character of every name _CONGRESS_NAME finds)
_CONGRESS_NAME = re.compile(r"(?:^|党的?)[一二三四五六七八九十]{1,3}大$|届[一二三四五六七八九十]中全会$"
                            r"|次全国代表大会$")


_VENUE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:" + _VENUE_VERB.pattern + ")")


# 在国家会展中心（: a hall after 在 or 于, its city to come in brackets
_HALL_BEFORE = re.compile(r"[在于][\u4e00-\u9fff]{2,12}[(（]\Z")


def _venue(text: str, h: RegionHit) -> bool:
    """Is the place where a meeting is held (在北京举行的, 于上海人民大会堂召开, 在国家会展中心
    （上海）开幕)? The venue only: 在北京举行 opens with 在 or 于 before the place, or before the
    hall whose city is written after it in brackets."""
    if text[h.start - 1:h.start] in ("在", "于"):
        return _VENUE_AFTER.match(text, h.end) is not None
    return text[h.start - 1:h.start] in "(（" and _HALL_BEFORE.search(text, max(0, h.start - 16), h.start) \
        is not None and _VENUE_AFTER.match(text, h.end + 1) is not None and text[h.end:h.end + 1] in ")）"


# a whole the world has, then the part of it a figure is (世界生产总值的, 全球市场的近): see
# Linker._world_whole; not a word that only opens with the world's (世界杯, 世界观, 世界级)
_WORLD_WHOLE = re.compile(r"(全球|全世界|世界)[\u4e00-\u9fff0-9.]{0,12}?(?:中|里)?的(?:近|约|超过|将近)?\Z")
_NOT_WORLD_WHOLE = set("杯观级各上第")
# a share: a percentage or a fraction (the part of a whole; a count of the world's is another rule)
_SHARE = re.compile(r"[0-9.]+%|[0-9]+/[0-9]+|[一二三四五六七八九十]+分之|百分之|千分之")
# 是世界平均水平的1/15: the world is what the figure is compared with, not whose it is
_COMPARED_BY = set("是为比及达")
# 它生产了世界GDP的12.9%,拥有世界人口的20.9%: a subject that stands for a place named before
# (China), in the figure's sentence, not the world
_PRONOUN_SUBJECT = re.compile(r"它|其|他们|我们|该国|两国|各国")


# (every alternative opens with a literal character, so that re skips from one of their first
# characters to the next; with [的有] or (?:{_KIN}) opening one, it tried the whole pattern at
# every character of every article, five times the cost)
_STORY_ANY = re.compile(r"比如|例如|譬如|比方|好比|就像|家住|住在|来自|老家|家乡|为例|的一[个户家位名座]|有一[个户家位名座]"
                        r"|一[位名]|" + "|".join(kin + "(?:在|住在|就读于)" for kin in _KIN.split("|")))


# what opens a sentence that goes on about the subject of the one before (这些企业, 该公司, 其)
_BACK_TO_SUBJECT = re.compile(r"\s*(?:这些|这家|这个|该|其(?![他它余中次实])|它们|它|他们)")


class Link(NamedTuple):  # (one per figure: see Span)
    region: str | None
    organization: str | None
    program: str | None
    region_basis: str | None = None
    organization_basis: str | None = None
    regions: tuple[str, ...] = ()  # every place of a list the region is one of


_UNSET = object()  # a value not yet looked up


@lru_cache(maxsize=256)
def _first_body_line_end(text: str, block: scopes.Block) -> int:
    """End of the block's first line that is not a sub-heading (its lead paragraph)."""
    pos = block.start
    while pos < block.end:
        nl = text.find("\n", pos, block.end)
        end = block.end if nl < 0 else nl
        if not scopes.is_heading(text[pos:end]):
            return end
        pos = end + 1
    return block.end


__all__ = ["Linker", "sentence_of", "lead_of", "region_value", "gz"]
