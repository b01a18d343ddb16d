"""Where a figure is: the finders of ``Linker`` that choose its region (the place of its
clause, its sentence, its paragraph, the lead's, the article's subject), as a mixin.
"""
from __future__ import annotations

import bisect
import re

from . import gazetteer as gz
from .org_words import OrgHit
from ..numbers import parse_number
from .regions import RegionHit
from . import scopes
from ..textorder import TextOrder
from .link_text import (
    REPORTING_KINDS, Span, _KIN, _LIST_JOINS, _LIST_MAX, _SET_OUT, _SUBJECT_LEAD, _WINDOW,
    _clause_marks, _clause_start, _first_place, _may_open_clause, _most_named, _weak, lead_of,
    listed, scope_takes_over, sentence_of)


def _named_in(org: OrgHit, sent: Span) -> bool:
    """Is the body named in the sentence (not one the lead or the section gave the figure)?"""
    return sent.start <= org.start < sent.end


_STORY_NAMED = 3  # times a place is named for the story to be about it (see _story_place)


def _dominant_place(regions: TextOrder, span: Span, text: str = ""):
    """The place a section is about when no sentence says: the one it names most (twice at
    least), first on ties; 全国/全省 named in comparisons do not count, nor a place listed
    with others (南京、天津取消了…): one of several is not what the section is about."""
    inside = [x for x in regions.within(span.start, span.end) if not _weak(x)
              and not listed(text, x)]
    place, times = _most_named(inside, lambda x: x.key)
    return place if times >= 2 else None


# a side story's setting: an example or a family's home brought in before the place, or one
# family or village of it after it (兰考县的一户农民), or an example by 以…为例; or a person's
# own story: a relative or someone named by an honorific in the place (张女士的女儿在海淀区…上学,
# 李先生在南宁开了一家餐馆)
# a paragraph longer than this is a web page run together (a printed paragraph is a few hundred
# characters); there a place speaks for the next _RUN_ON_REACH sentences, and the lead is the
# first _LEAD_SENTENCES sentences of the body
_RUN_ON = 800


_RUN_ON_REACH = 3


_LEAD_SENTENCES = 2


# the bodies whose own figures (plants, output, sales) a sentence they open goes on to count
_BUSINESS_KINDS = ("company", "bank")
# what closes the clause a residence is told in (住在宣汉县落耳坡村。): the place is its predicate
_CLAUSE_CLOSE = frozenset("，,。；;！!")
_STORY_BEFORE = re.compile(r"(?:比如|例如|譬如|比方|好比|就像|家住|住在|来自|老家|家乡)(?:说)?(?:在|是)?\s*\Z"
                           rf"|(?:{_KIN})(?:在|住在|就读于)\s*\Z")


# (an incident told where it happened: 近期在广东东莞市，有一名乘客…; 湖南一名大学生)
_STORY_AFTER = re.compile(r"(为例)|(?:的|[,，]?有)一[个户家位名座]|一[位名](?=[\u4e00-\u9fff])")


_HAN = re.compile(r"[\u4e00-\u9fff]")


# what ranks a subject against places (继日本、韩国之后, 仅次于美国, 超过德国): right before them
_RANKED_AFTER = re.compile(r"(?:继|仅次于|次于|超过|超越|赶超|落后于|领先于|紧随)$")


_RANKED_GLUE = ("、", "和", "及", "与")  # (a list of places ranked against)


_SET_OUT_AFTER = re.compile(r"(?:" + _SET_OUT.pattern + ")")


_FROM = ("从", "由", "自")


# a place a journey goes by on its way (途经衡阳, 路过株洲, 穿过秦岭, and 过 opening its clause:
# …行进在茫茫林海;过通什,翻过…): right before it
_PASSING = re.compile(r"(?:途经|路过|经过|穿过|穿越|越过|取道|(?:^|(?<=[,，;；。]))过)$")


# a sentence that tells a part or an example of what came before (其中, 如, 比如): its place is
# the part's, not the subject the next sentence goes on about
_PART_OPENS = re.compile(r"\s*(?:其中|如|比如|例如|譬如|像|以)")
# a paragraph that opens by walking into a place: 走进梁四村, 记者来到红花村, 我们走访了…
_PLACE_REACH = 16  # (the longest place name a scene's verb is followed by)
_ENTERS = re.compile(r"(?:^|\n)[^\n,，。]{0,8}?(?:走进|来到|走访|进入|步入|踏进)了?", re.M)
# the verbs alone, one of which a text must hold for _ENTERS to match: _ENTERS opens with a
# group that gives re no first character to skip to, and was tried at every character of
# every article whose scene was asked for (PFR 1998: 16 of _wider_place's 82 samples)
_ENTER_VERB = re.compile(r"走进|来到|走访|进入|步入|踏进")


# an event held at a place (在华沙举行, 在无锡开幕)
_HELD = re.compile(r"(?:隆重|正式|如期|顺利)?(?:举行|举办|召开|开幕|开赛|开营|开幕式)")


# what is held at a venue for its figures to be the venue's: a contest, a show, a fair (not a
# meeting: a country's party congress held in its capital is the country's)
_SHOW = re.compile(r"赛|运动会|展|演出|晚会|音乐会|会演|庙会|灯会|艺术节|文化节|电影节|博览会|交易会")


# 该州, 此县, and 州内/省内 opening a clause: the place of that level named last
_LEVEL_POINTER = re.compile(r"(?:该|此)([州省市县])(?![长委府政])|(?:(?<=[,，。;；:：\n])|^)([州省市县])内")
# (what every match of it holds, opening with one class that re skips to: a text with none
# has no sentence to search)
_LEVEL_POINTER_ANY = re.compile(r"[该此州省市县](?:(?<=[该此])[州省市县]|(?<=[州省市县])内)")


# a sentence that opens (after a short time phrase) on a place or a local unit the one before
# it named: 该市, 这个县, 该厂, 这家商店, 该岗位. Not 这些 (a list: its places are several),
# not 其中 (a part of a set, whose place is the set's), nor a thing that moves or acts on its own
# (该列车, 该组织, 这位): where the sentence before named it says nothing of where it works.
_REFERS_BACK = re.compile(r"\s*(?:[\u4e00-\u9fff0-9]{1,6}[,，])?(?:该|此|这个|这所|这家|这座)"
                          r"(?:市|县|区|省|州|镇|乡|村|厂|校|院|店|段|矿|场|公司|企业|商店|商场|"
                          r"医院|学校|单位|岗位|工程|项目)")


# where the stretch holding a count's examples opens: its clause (完成了湛江…浆厂等6个项目)
_EXAMPLE_OPENS = ",，;；:：。！？!?\n（("


_LEVEL_AFTER_SHORT = frozenset("省市县区州盟旗镇乡村")


# a name goes on after its place: a character or digit of it, not a mark or a particle
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


# what brings in the place where a thing is given or done
_TOWARDS = ("向", "给", "支援", "援助", "帮助", "帮扶", "资助", "捐助", "赴", "到", "在")


# how far after a figure the place it is spent in may be named (捐资八十万元人民币在湖南省宁乡县)
_SPENT_IN_REACH = 16


# what sends goods to a place: an export or a shipment is the sender's figure
_BOUGHT = ("进口", "引进", "购进", "采购", "购买", "订购", "进货", "调入", "调运", "组织")


_OF_THESE = re.compile(r"等(?:国家|地区|国|地|省|市)?")


_SENT_TO = ("出口到", "出口至", "出口", "销往", "远销", "运往", "输往", "发往", "卖到", "销售到", "运抵")


# documents a government issues each year, the state's when their title names no place
_NATIONAL_DOCUMENTS = ("统计公报", "政府工作报告", "白皮书", "统计年鉴")


# what may stand before the world at the head of its clause: a dateline or the agency cited
# with its reporter (本报讯, 据新华社马德里1月27日电(记者…)), a time (1997年全球…, 去年全球…); and
# how a clause with no subject of its own opens (…为6.2亿人，比上年减少3.8%; …，每30秒就有1人…)
_TIME_BEFORE_SUBJECT = re.compile(r"(?:本报[^,，。]{0,12}?[讯电]|据[^,，。]{0,16}?电|[(（][^)）]{0,16}[)）]|"
                                  r"\d{4}年(?:\d{1,2}月份?)?(?:底|末)?|今年|去年|前年|目前|当前|"
                                  # (a part of the year: 2018年第三季度, 今年上半年, 2018Q3)
                                  r"(?:\d{4}年?|今年|去年)?(?:第?[一二三四1-4]季度|Q[1-4]|[上下]半年|前三季度|全年)|"
                                  r"截至[^,，。]{0,10}|近\d{1,2}年来?|\s)*")


_NO_SUBJECT = re.compile(r"比|同比|较|增长|增加|下降|减少|上升|占|约占|环比|其中|每|平均|相当于")


_WORLD_SUPERLATIVE = set("首第最唯")
# a clause that opens on a count: one more item of what the clause before counts
_COUNT_OPENS = re.compile(r"(?:约|近|逾|超过?)?[0-9一二两三四五六七八九十百千]")
# the fields a world total is told of after 世界 (世界人口, 世界石油市场, 世界旅游总收入), not
# the body, the event or the title 世界 also opens (世界旅游组织, 世界游泳锦标赛, 世界冠军)
_WORLD_FIELD = re.compile(r"(?:总)?(?:人口|经济|市场|贸易|粮食|石油|原油|旅游|能源|钢铁|汽车|航运|"
                          r"造船|黄金|外汇|金融|资本|投资|出口|进口|生产|产量|产值|耕地|森林|平均)"
                          r"(?!组织|协会|理事会|大会|论坛|会议|博览会|计划署|基金)")


# a count of places: 3个试点区县, 这五个城市, 两个县 (the count, then at most four characters of
# what they are, then the kind of place)
_PLACES_COUNT = re.compile(r"([0-9两三四五六七八九十]+)(?:个[\u4e00-\u9fff]{0,4}?(?:区县|县区|县市|市县|"
                           r"区、县|城市|地市|省份|省区|省市|区|县|市|省|地区)|(?:省区市|省市区|省市|省区|"
                           r"省份|地市|县市|城市))(?![长委政府级])")


def _inside(spans: TextOrder, h: RegionHit) -> bool:
    """Does one of ``spans`` (names, datelines: none is longer than 40 characters) hold ``h``?"""
    return any(o.start <= h.start and h.end <= o.end
               for o in spans.starting_in(max(0, h.start - 40), h.start + 1))


class PlaceLinks:
    """The region finders of ``Linker`` (see linking.py), each asked in turn by ``explain``."""

    def _read_place_cues(self, text: str) -> None:
        """Whether ``text`` may point back to a level (see _level_pointer), once per article;
        and the memo of ``_subject_place``."""
        self._may_point = _LEVEL_POINTER_ANY.search(text) is not None
        self._subjects: dict[Span, RegionHit | None] = {}
        # the villages paragraphs walk into (see _scene_entered), found once per article, and
        # each paragraph's answer, asked by every figure of it that reaches that far
        self._entered: list[RegionHit] | None = None
        self._scenes: dict[tuple[int, int], RegionHit | None] = {}
        self._story: dict[str, RegionHit | None] | None = None  # (see _story_place)

    def _subject_country(self, h: RegionHit) -> bool:
        """全国/我国 (or 全省) opening its clause is the clause's subject (全国城镇住房共投资…),
        not a comparison (居全国第一, 与全国20多个省份)."""
        if not _weak(h) or h.form == "world" or not _may_open_clause(self.text, h.start):
            return False  # (the world speaks only for the figure right after it)
        if _inside(self._named, h):
            return False  # 中国科学院, 全国总工会: the body's scope, not the clause's subject
        sent = sentence_of(self.text, h.start)
        start = _clause_start(self.text, h.start, sent)
        return _SUBJECT_LEAD.fullmatch(self.text, start, h.start) is not None

    def _anecdotal(self, h: RegionHit) -> bool:
        """Is the place the setting of a side story or an example (比如在甘肃会宁县, 家住兰考县的,
        以安吉县为例, 兰考县的一户农民) rather than what its article reports on?"""
        start = h.start
        for _ in range(4):  # a chain of places is at most province, city, county, township
            if self._chain_start.get(start, start) >= start:
                break
            start = self._chain_start[start]
        if (cue := _STORY_BEFORE.search(self.text, max(0, start - 6), start)) is not None:
            return not self._lead_residence(h, cue)
        after = _STORY_AFTER.match(self.text, h.end)
        return after is not None and (after.group(1) is None or self.text[max(0, start - 1):start] == "以")

    def _lead_residence(self, h: RegionHit, cue: re.Match) -> bool:
        """Is the place where the story's subject lives, said in its lead (她叫黄继美，住在四川宣汉
        县落耳坡村。)? A lead that opens on a person and where she lives tells her place's story; a
        home told to introduce someone (家住兰考县的王大妈, 住在城里的儿子说), or told later, is a
        side story's."""
        if not cue.group().startswith(("住在", "家住")) or self.text[cue.start() - 1:cue.start()] == "居":
            return False  # (近40%的受访者居住在北美: where a population lives, not a portrait)
        end = self._chain_forward(h.end)
        if self.text[end:end + 1] not in _CLAUSE_CLOSE:
            return False
        lead = lead_of(self.text, h.start)
        return h.start < lead.end

    def _ranked_against(self, h: RegionHit) -> bool:
        """Is the place one the subject is ranked against (连续4年成为继日本、韩国之后世界第三造船
        大国, 仅次于美国, 超过德国)? It is named to place the subject, not as its setting; a list
        of such places (日本、韩国) is read back to the word before its first place."""
        start = self._chain_start_of(h)
        while self.text[start - 1:start] in _RANKED_GLUE and start - 1 in self._chain_start:
            start = self._chain_start[start - 1]
        return _RANKED_AFTER.search(self.text, max(0, start - 4), start) is not None

    def _set_out_from(self, h: RegionHit) -> bool:
        """Is the place where a journey starts (从北京出发, 由河北石家庄市启程), told before the
        place its paragraph goes on to reach? A journey from a place and to nowhere named
        (车队从保定市出发) is that place's story."""
        after = _SET_OUT_AFTER.match(self.text, h.end)
        if after is None or self.text[max(0, self._chain_start_of(h) - 1):self._chain_start_of(h)] \
                not in _FROM:
            return False
        para_end = scopes.paragraph_of(self.text, h.start)[1]
        return self.strong.first_within(after.end(), para_end) is not None

    def _passed_through(self, h: RegionHit) -> bool:
        """Is the place one a journey goes by (从三亚市出发…;过通什,…我们来到白沙县), before the
        place its paragraph goes on to reach? Only in a text that tells a journey (see
        ``_set_out_from``): the story is where it arrives."""
        start = self._chain_start_of(h)
        if _PASSING.search(self.text, max(0, start - 2), start) is None:
            return False
        para_end = scopes.paragraph_of(self.text, h.start)[1]
        return self.strong.first_within(h.end, para_end) is not None

    def _subject_place(self, sent: Span) -> RegionHit | None:
        """The last place of the sentence that opens one of its clauses as the subject
        (…,2017年全国农村实现…; 上海、北京等地…,2017年,北京市的…比例高达21%: 北京市), after a
        time phrase at most; not a grouping, which says where a place lies (在苏北腹地).
        Worked out once per sentence: the figures of the sentence after it each ask."""
        if sent not in self._subjects:
            self._subjects[sent] = self._find_subject_place(sent)
        return self._subjects[sent]

    def _find_subject_place(self, sent: Span) -> RegionHit | None:
        text = self.text
        # (a list's 、 opens no clause: 学习北京、天津的经验 has no subject 天津)
        marks = [m for m in _clause_marks(text, sent.start, sent.end) if text[m] != "、"]
        for h in reversed(self.governing.within(sent.start, sent.end)):
            if h.form == "group":
                continue
            start = self._chain_start_of(h)
            i = bisect.bisect_left(marks, start)
            opened = marks[i - 1] + 1 if i > 0 else sent.start
            if _SUBJECT_LEAD.fullmatch(text, opened, start) is not None:
                return h
        return None

    def _scene_entered(self, section: Span, para_start: int) -> RegionHit | None:
        """The township or village an earlier paragraph of the section walks into as it opens
        (走进梁四村村头的一户农民家里, 我们来到红花村): a reportage's scene, where what the
        paragraphs after it tell (what the people met there say and count) happens, until a
        paragraph opens on another place. Only a place below the county: a story that goes to
        a city or a country still reports on what its lead names."""
        key = (section.start, para_start)
        if key not in self._scenes:
            self._scenes[key] = self._find_scene(section.start, para_start)
        return self._scenes[key]

    def _find_scene(self, lo: int, para_start: int) -> RegionHit | None:
        text = self.text
        if self._entered is None:
            self._entered = []
            if "\n" in text and _ENTER_VERB.search(text) is not None:
                for m in _ENTERS.finditer(text):
                    h = self.regions.first_within(m.end(), m.end() + _PLACE_REACH)
                    if h is not None and h.start == m.end() and h.form == "local":
                        self._entered.append(h)
        found = next((h for h in reversed(self._entered) if lo <= h.start < para_start), None)
        if found is None:
            return None
        # (a later paragraph that opens on a place of its own ends the scene)
        later = self.regions.within(found.end, para_start)
        if any(h.key != found.key and self._opens(h, scopes.paragraph_of(text, h.start)[0])
               for h in later):
            return None
        return found

    def _paragraph_part_of(self, lead_hit: RegionHit, lo: int, hi: int) -> RegionHit | None:
        """The one place inside the lead's that the paragraph names in [lo, hi), whatever form
        it is named in (该镇, 那务镇), when it is the last place named there and not one of a
        list (the lead's own place may be named before it: 带动全市经济…同意他与该镇签订…)."""
        named = self.governing.within(lo, hi)
        if not named:
            return None
        last = named[-1]
        if last.key == lead_hit.key or lead_hit.key not in gz.key_ancestors(last.key):
            return None
        for h in named:
            if h.key != lead_hit.key and h.key != last.key or self._listed(h):
                return None
        if _TEAM_AFTER.match(self.text, last.end) or self.text.endswith(_PLAYED, 0, last.start):
            return None  # (广东客场击败广州: a team named for its city is no place of the story)
        return last

    def _story_place(self, lead_hit: RegionHit) -> RegionHit | None:
        """The place inside the lead's that the story is about: named at least _STORY_NAMED
        times, as often as the lead's own place or more, and more often than any other place
        inside it (飞临阿根廷火地岛上空… then 乌斯怀亚 five times: the city's story, the most
        specific place). Counted once per article."""
        if lead_hit.key == gz.COUNTRY_CODE:
            return None  # (a national story names the capital often: 北京 is not what it is about)
        if self._story is None:
            self._story = {}
        if lead_hit.key not in self._story:
            counts: dict[str, list[RegionHit]] = {}
            for h in self.governing_all.items:
                counts.setdefault(h.key, []).append(h)
            own = len(counts.get(lead_hit.key, ()))
            inside = sorted(((len(hs), k) for k, hs in counts.items()
                             if k != lead_hit.key and lead_hit.key in gz.key_ancestors(k)), reverse=True)
            found = None
            if inside and inside[0][0] >= _STORY_NAMED and inside[0][0] > own \
                    and (len(inside) == 1 or inside[1][0] < inside[0][0]):
                found = counts[inside[0][1]][0]
            self._story[lead_hit.key] = found
        return self._story[lead_hit.key]

    def _opens(self, h: RegionHit, para_start: int) -> bool:
        """Does the paragraph open with the place as its subject (福建致力于…, 在西吉县…)?"""
        start = h.start
        while start in self._chain_start and self._chain_start[start] < start:
            start = self._chain_start[start]  # 四川广元市: the chain opens the paragraph
        return _SUBJECT_LEAD.fullmatch(self.text, para_start, start) is not None

    def _place_of_action(self, sent: Span, pos: int) -> RegionHit | None:
        """The last place of the sentence before the figure that a verb of giving or going or a
        preposition of place brings in (福建向宁夏捐款955万元,捐衣被124万件): what is given or
        done there is counted there, not at the sentence's subject."""
        # (a window, not the whole sentence: an endless one would be read once per figure)
        for h in reversed(self.strong.within(max(sent.start, pos - _WINDOW), pos)):
            if h.form in ("deictic", "country", "world"):
                if (first := self.strong.first_within(sent.start, pos)) is not None \
                        and scope_takes_over(first, h, self.text):
                    return None  # 在北京开业至今，全国已开设了…: the scope's clause governs (_first_place)
                continue  # 在全市率先, 在全国: a comparison's range, not a place of action
            start = self._chain_start_of(h)
            lead = self.text[max(sent.start, start - 4):start]
            if lead.endswith(_TOWARDS):
                return h
        return None

    def _place_counted(self, pos: int) -> RegionHit | None:
        """The place written right after the figure's measure word, before the noun it counts
        (3018个广州家长, 500名北京市民, 200户西吉县农民): whose people or things are counted."""
        i = bisect.bisect_left(self.figures, (pos,))
        if i >= len(self.figures) or self.figures[i][0] != pos:
            return None
        end = self.figures[i][1]
        h = self.strong.first_within(end, end + 16)
        if h is None or h.start != end or h.form not in ("full", "short") \
                or not _HAN.match(self.text, h.end):
            return None  # (a place the sentence goes on about, 3个,北京…, is no modifier)
        return h

    def _example_stretches(self) -> list[tuple[int, int]]:
        """(start, where 等 stands) of each stretch naming the single example of a count right
        after 等 (完成了湛江50万吨浆厂等6个项目: 湛江50万吨浆厂; 北京化工四厂等76家企业)."""
        text, out = self.text, []
        for start, _ in self.figures:
            deng = start - 1
            if text[deng:start] != "等":
                continue
            opened = max(text.rfind(c, 0, deng) for c in _EXAMPLE_OPENS) + 1
            if not any(text.find(c, opened, deng) >= 0 for c in _LIST_JOINS):
                out.append((opened, deng))  # (several examples: a place before them may be the set's)
        return out

    def _example_places(self, kept: list[RegionHit]) -> dict[int, tuple[RegionHit, int]]:
        """id of each place that opens the name of the single example before a count
        (湛江50万吨浆厂等6个项目, 北京大学等5所高校) -> (the place, where 等 stands). Not the places
        listed as examples of counted places (河北等22个省, 南京、苏州等5个城市: see
        ``_holder_of_examples``), nor one that qualifies the whole set (广东的美的、格力等), nor the
        place where the things counted are done (在北京建设大兴机场等3个项目)."""
        text, out = self.text, {}
        by_start = TextOrder(kept)
        for opened, deng in self._example_stretches():
            places = by_start.within(opened, deng)
            if not places:
                continue
            h = places[-1]
            first = self._chain_back(h.start)
            # (怀柔县等59个县: a short name and its level, 县 not part of the hit, is still a place)
            end = h.end + 1 if text[h.end:h.end + 1] in _LEVEL_AFTER_SHORT and h.form == "short" \
                else h.end
            if first < opened or end >= deng or text[end] in "的之等" \
                    or not _NAME_GOES_ON.match(text, end) \
                    or text[max(opened, first - 2):first].endswith(_TOWARDS) \
                    or any(x.end > deng for x in places):
                continue
            for x in places:
                if x.start >= first:
                    out[id(x)] = (x, deng)
        return out

    def _example_place(self, pos: int) -> RegionHit | None:
        """The example's place for a figure written inside the example's name (湛江50万吨浆厂:
        the mill's capacity is 湛江's)."""
        for h, deng in self._examples.values():
            if h.end <= pos < deng:
                return h
        return None

    def _place_spent_in(self, sent: Span, pos: int) -> RegionHit | None:
        """The place 在 or 于 brings in right after the figure, in its clause (投资5000万元在西吉县
        兴建, 3000人在北京参加): where what it counts is spent or done."""
        marks = _clause_marks(self.text, sent.start, sent.end)
        i = bisect.bisect_right(marks, pos)
        end = min(marks[i] if i < len(marks) else sent.end, pos + _SPENT_IN_REACH)
        for h in self.strong.within(pos, end):
            if h.form in ("deictic", "country", "world"):
                continue
            start = self._chain_start_of(h)
            if self.text[start - 1:start] in "在于" and start - 1 > pos:
                return h
        return None

    def _destination(self, h: RegionHit) -> int | None:
        """Where the place (or the list it is one of) starts, when it is where goods are sent
        (出口到, 销往, 运往) or bought from (从日本进口, 从日本、澳大利亚等国组织货源), not where
        they are counted; else None."""
        text = self.text
        start = self._chain_start_of(h)
        if text.endswith(_SENT_TO, max(0, start - 3), start):
            return start
        # the list the place is one of: places joined by 、/和/及/与, first to last
        while start > 1 and text[start - 1] in _LIST_JOINS and start - 1 in self._chain_start:
            start = self._chain_back(self._chain_start[start - 1])
        if not text.endswith("从", 0, start):
            return None
        end = h.end
        while text[end:end + 1] in _LIST_JOINS and end + 1 in self._chain_end:
            end = self._chain_end[end + 1]
        after = _OF_THESE.match(text, end)
        return start if text.startswith(_BOUGHT, after.end() if after else end) else None

    def _dominant_place(self, section: Span) -> RegionHit | None:
        if section not in self._place:
            self._place[section] = _dominant_place(self.governing_all, section, self.text)
        return self._place[section]

    def _lead_venue(self, lead: Span, place: RegionHit) -> RegionHit | None:
        """The place inside the lead's first one where the lead says its contest or show is held
        (波兰春节武术比赛今天在华沙举行; 江苏省运动会在无锡开幕): the story's place, the most
        specific one. The sentence must name the event after the lead's place; not inside 全国 (a
        national contest held in the capital stays the country's), nor a meeting."""
        if place.key == gz.COUNTRY_CODE or "举" not in self.text and "开" not in self.text \
                and "办" not in self.text:
            return None
        for h in self.regions.within(place.end, lead.end):  # (a venue governs no clause of its own)
            if self.text[h.start - 1:h.start] == "在" and _HELD.match(self.text, h.end) \
                    and h.key != place.key and place.key in gz.key_ancestors(h.key):
                sent = sentence_of(self.text, h.start)
                named = self.regions.last_within(sent.start, h.start - 1)
                if named is not None and named.key == place.key \
                        and _SHOW.search(self.text, named.end, h.start):
                    return h
        return None

    def _level_pointer(self, sent: Span, pos: int) -> str | None:
        """The level (州, 省, 市, 县) of the first 该州/州内 before ``pos`` in its sentence; the
        sentence is searched once (a sentence of thousands of figures asks for each)."""
        if not self._may_point:
            return None
        found = self._level_pointers.get(sent)
        if found is None:
            found = self._level_pointers[sent] = [
                (m.start(), m.group(1) or m.group(2))
                for m in _LEVEL_POINTER.finditer(self.text, sent.start, sent.end)]
        return found[0][1] if found and found[0][0] < pos else None

    def _last_of_level(self, level: str, lo: int, hi: int) -> RegionHit | None:
        """The last place in [lo, hi] whose name ends in ``level`` (州, 省, 市, 县), an example's
        too (以南达科他州为例,…该州…: the example is what the text goes on about)."""
        for h in reversed(self.regions.within(lo, hi)):
            d = gz.get(h.key)
            if h.surface.endswith(level) or d is not None and d.name.endswith(level):
                return h
        return None

    def _lead_body_abroad(self, lead: Span, pos: int) -> str | None:
        """The country abroad the lead's first body is named with (英国国民西敏寺银行, 日本丰田
        汽车公司), written at the start of its name: in the story's first lines, not its headline
        (巴林银行告终结 / …英国巴林银行宣布倒闭: a name can hold another country's), and in a
        paper whose stories are the country's unless they say otherwise (a web page's study
        from abroad, 美国《细胞》杂志刊文称, is as often general advice)."""
        if self.home != gz.COUNTRY_CODE or self.home_guessed:
            return None
        first_line_end = self.text.find("\n", lead.start, lead.end)
        body = next((b for b in self.article_orgs.starting_in(max(lead.start, self.body_start,
                                                                  first_line_end), lead.end)
                     if b.end <= lead.end), None)
        if body is None or not gz.is_country_abroad(body.region):
            return None
        before = self._written.last_within(max(0, body.start - 6), body.start)
        if before is not None and before.end == body.start:
            # (英国巴林银行: the country written before the name, not the one inside it)
            return before.key if gz.is_country_abroad(before.key) else None
        first = self._written.first_within(body.start, body.end)
        return first.key if first is not None and first.start == body.start \
            and gz.is_country_abroad(first.key) else None

    def _wider_place(self, sent: Span, clause: Span, pos: int, lead: Span, section: Span,
                     block: scopes.Block, org: OrgHit | None, sent_org: OrgHit | None
                     ) -> tuple[str | None, str | None]:
        """(region key, basis) when the figure's clause and sentence name no place: the
        scopes around it, nearest first, each looked at only when the nearer ones are silent.
        ``sent_org`` is the body nearest the figure in its sentence."""
        text = self.text
        if sent_org is not None and sent_org.region and sent_org.kind in REPORTING_KINDS:
            return sent_org.region, "organization"
        # 覆盖全国31个省: 全国 right before the figure counts what it counts
        country = self.countries.last_within(max(clause.start, pos - 4), pos)
        if country is not None:
            return country.key, "sentence"
        if sent_org is not None and sent_org.region and sent_org.region != gz.COUNTRY_CODE \
                and not gz.is_foreign(sent_org.region) \
                and (subject := self._subject_org(section)) is not None \
                and subject.name == sent_org.name:
            # 该校走出了26名将军 in a story about one school: the body the section is about,
            # named by the figure's sentence, is where the figure is (not a place the paragraph
            # named in passing, where the school was founded); a body visited (走进山东航空学院)
            # is no section's subject
            return sent_org.region, "organization"
        if self._cites_national_document(sent, pos):
            return gz.COUNTRY_CODE, "sentence"
        para = scopes.paragraph_of(text, pos)
        para_start = max(para[0], block.start)
        if (level := self._level_pointer(sent, pos)) is not None \
                and (back := self._last_of_level(level, para_start, sent.start)) is not None:
            # 以南达科他州为例,…。从1999至2014年间,该州…增加1.7%。州内公立大学学杂费…8450美元:
            # 该州 and 州内 point to the last state the paragraph named
            return back.key, "paragraph"
        if sent_org is not None and sent_org.region and sent_org.start <= sent.start + 1 \
                and sent_org.kind in _BUSINESS_KINDS \
                and sent_org.region != gz.COUNTRY_CODE and not gz.is_foreign(sent_org.region) \
                and (d := gz.get(sent_org.region)) is not None and d.level != "province" \
                and any(h.key == sent_org.region for h in self._written.within(sent_org.start, sent_org.end)):
            # 银川市建有…市场19个。吴忠市乳制品集团公司，属下有13家乳品加工企业: a body named with
            # its place opens the sentence as its subject; the figures it goes on to count are at
            # its place, not at the one the sentence before was about (a province's body, 广西某
            # 集团公司开发1万亩, works in the city its paragraph is about, which is more specific;
            # a university or a hospital opens a sentence as an expert's employer, 西安体育学院
            # 教授某某指出: what the expert says is not about its city)
            return sent_org.region, "organization"
        before = sentence_of(text, sent.start - 1) if sent.start > para_start else None
        if before is not None and before.start >= para_start:
            # 北京海关的职位最热。该岗位共招录1人: the sentence speaks of what the one before it
            # named, and that one's place is its own
            if _REFERS_BACK.match(text, sent.start) and (
                    back := _first_place(self.governing, before, before.end, text)) is not None:
                return back.key, "paragraph"
            # 数据显示,2017年全国农村实现网络零售额…。截至2017年底,农村网店达985.6万家: a
            # sentence that names no place goes on about the subject place of the one before
            if not _PART_OPENS.match(text, before.start) \
                    and (subject := self._subject_place(before)) is not None:
                return subject.key, "paragraph"
        para_hit = self.governing.first_within(para_start, sent.start) if para_start < sent.start else None
        if para_hit is not None and self._listed(para_hit):
            para_hit = None  # (成都、武汉、西安等城市的乘客…: no one of them is the paragraph's)
        run_on = para[1] - para_start > _RUN_ON
        if run_on and para_hit is not None:
            # A web page run together into one paragraph of thousands of characters: its first
            # place is not every later sentence's. The place the last few sentences named
            # speaks for this one, if any does.
            # (after the lead's own place, which the whole page may be about)
            para_hit = self.governing.last_within(
                self._sentences_before(sent.start, _RUN_ON_REACH), sent.start)
            if para_hit is not None and self._listed(para_hit):
                para_hit = None
        if para_hit is not None and self._opens(para_hit, para_start):
            return para_hit.key, "paragraph"  # a paragraph on a new place
        if block.kind == "heading" and block.anchor:
            return block.anchor, "heading"
        if (scene := self._scene_entered(section, para_start)) is not None:
            return scene.key, "paragraph"
        lead_hit = self._lead_named(lead, 2, pos)
        if run_on and lead_hit is not None and lead_hit.start >= self.body_start \
                and lead_hit.start >= self._sentences_after(self.body_start, _LEAD_SENTENCES):
            lead_hit = None  # (a run-on page's lead is its first sentences, not all of it)
        if lead_hit is not None and lead_hit.key == gz.COUNTRY_CODE and lead_hit.start >= self.body_start \
                and (body := self._lead_named(lead, 1, pos)) is not None and body.start < self.body_start \
                and body.region \
                and body.region != gz.COUNTRY_CODE and not gz.is_foreign(body.region):
            # 浙江上风集团创业之路 / 我国东部地区的众多乡镇企业…: a headline on a body, a lead
            # that sets the country's scene; the story is at the body's place (a headline's
            # 全国男篮甲A联赛 names a national event, not a scene)
            return body.region, "organization"
        if lead_hit is not None and sent_org is not None and sent_org.region and org is not None \
                and org.name == sent_org.name and sent_org.region != lead_hit.key \
                and lead_hit.key in gz.key_ancestors(sent_org.region) \
                and any(h.key == sent_org.region for h in self._written.within(sent_org.start, sent_org.end)):
            # 山西省委… / 介休纺织厂原有教职工153人: the figure's body, named in its sentence
            # with a place inside the lead's, is at the most specific place (the place in its
            # name is the body's, no place of the sentence's own)
            return sent_org.region, "organization"
        if lead_hit is not None and para_start < sent.start and lead_hit.key != gz.COUNTRY_CODE \
                and not gz.is_country_abroad(lead_hit.key) \
                and _WIDER_SCOPE.search(text, sent.start, pos) is None \
                and (inside := self._paragraph_part_of(lead_hit, para_start, sent.start)) is not None:
            # 化州市…/市委市政府…同意他与该镇签订承包3万多亩山岭的合同…。梁汝堂在取得大片山岭50年
            # 的承包经营权后…: the one place inside the lead's that the paragraph has named is
            # what it goes on to tell of, the most specific place (not a place a national
            # story names, every one of which is inside the country, nor the capital a story on a
            # country abroad goes to); not when the figure's sentence speaks of a wider whole
            # before the figure (全区地县两级…新修道路320多公里; not 为全市之最 after it)
            return inside.key, "paragraph"
        if lead_hit is not None:
            if (venue := self._lead_venue(lead, lead_hit)) is not None:
                return venue.key, "article_lead"
            if (city := self._story_place(lead_hit)) is not None:
                return city.key, "article_lead"
            return lead_hit.key, "article_lead"
        if para_hit is not None:
            return para_hit.key, "paragraph"
        if (abroad := self._lead_body_abroad(lead, pos)) is not None:
            # 1997年春天,英国国民西敏寺银行发现其下属的…公司…损失巨额资金: a lead that names no
            # place but a body with its country in its name tells a story in that country
            return abroad, "article_lead"
        if self._lead_named(lead, 3, pos) is not None:
            return gz.COUNTRY_CODE, "article_lead"  # a national body reports in the lead
        if org is not None and org.region == gz.COUNTRY_CODE and block.dateline:
            # 本报北京电 中国儿童少年基金会公布…: a body of the whole country reports for it, not
            # for the city the reporter filed from
            return org.region, "organization"
        if block.dateline and block.dateline != gz.CAPITAL:
            # (本报北京电: the national desk files from the capital whatever the story is about;
            # its figures are the capital's only when the text names it)
            return block.dateline, "dateline"
        if org is not None and org.region and org.kind in REPORTING_KINDS:
            return org.region, "organization"
        if org is not None and org.region and org.region != gz.COUNTRY_CODE \
                and not gz.is_foreign(org.region):
            # 辽宁本钢集团公司 reports a figure no place of the text claims: where the company
            # is, not the paper's 全国 (a place the text names for the figure comes first)
            return org.region, "organization"
        if block.kind == "heading" and not block.dateline and lead.start > self.body_start \
                and not self.home_guessed \
                and (opening := self._lead_named(lead_of(text, pos), 2, pos)) is not None:
            # 交口县地处山西省中部… / 找准突破口 / 我们先后完成了109项: a section under a
            # sub-heading of no place, whose first lines name none, goes on about the place the
            # article opened on. Not on a web page, whose short lines are mostly its photos'
            # captions (周琦助攻队友), nor an item with a dateline of its own, or a body with a
            # place (placed above).
            return opening.key, "article_lead"
        if self.home != gz.COUNTRY_CODE and (place := self._dominant_place(section)) is not None:
            # (a national paper's article whose lead names no place is a national story)
            return place.key, "inferred"
        if (self.home is None or self.home_guessed) and org is not None \
                and org.region == gz.COUNTRY_CODE and _named_in(org, sent):
            # 国家队集训队二期的总人数为44人: a national body (the national team, 中国足协) of the
            # figure's own sentence, no place named and no paper's home to fall back on (a web
            # page): the country's figure. (A local paper's figure stays its home's: 共42人通过了
            # 中国科学院心理研究所举办的考试 counts the city's trainees; a web page's home, the
            # city it names most, is a guess that gives way: 中国音像著作权集体管理协会发出公告,
            # 要求…删除6000多部作品 in a story that names 广州 seven times is the country's.)
            return gz.COUNTRY_CODE, "organization"
        if self.home:
            return self.home, "home_region"
        weak = self.regions.first_within(sent.start, sent.end)
        return (weak.key, "inferred") if weak else (None, None)

    def _cites_national_document(self, sent: Span, pos: int) -> bool:
        """《2016年度人力资源和社会保障事业发展统计公报》显示…: the sentence quotes a bulletin or
        a work report whose title names no place, which is the state's (a city's or a
        province's opens with its name: 《杭州市2016年国民经济…统计公报》)."""
        close = self.text.rfind("》", sent.start, pos)
        if close < 0:
            return False
        open_ = self.text.rfind("《", sent.start, close)
        return open_ >= 0 and self.text.endswith(_NATIONAL_DOCUMENTS, open_ + 1, close) \
            and self.regions.first_within(open_, close) is None

    def _counted_list(self, sent: Span, section: Span) -> tuple[str, ...] | None:
        """3个试点区县, 这五个城市: a sentence that counts places as many as a list its section
        named before (在长宁区、浦东新区、青浦县进行试点) is about the places of that list.
        Worked out once per sentence: a run-on sentence of many figures is read once."""
        key = (sent.start, sent.end)
        if key not in self._counted:
            self._counted[key] = self._count_in(sent, section)
        return self._counted[key]

    def _count_in(self, sent: Span, section: Span) -> tuple[str, ...] | None:
        if self.text.find("个", sent.start, sent.end) < 0:
            return None  # (found in place: a run-on sentence of many figures is not copied)
        m = _PLACES_COUNT.search(self.text, sent.start, sent.end)
        if m is None:
            return None
        n = parse_number(m.group(1))
        if self._lists is None:
            self._lists = []
            seen: set[int] = set()
            for h in self.regions.items:
                if id(h) in seen or self.text[h.end:h.end + 1] != "、":
                    continue
                items = self._listing(h)
                seen.update(id(x) for x in items)
                if len(items) > 1:
                    self._lists.append((items[-1].end, tuple(dict.fromkeys(x.key for x in items))))
        return next((keys for end, keys in reversed(self._lists)
                     if section.start <= end <= m.start() and len(keys) == n), None)

    def _world_subject(self, sent: Span, pos: int) -> str | None:
        """1997年全球跨国旅游人数为6.2亿人，比上年减少3.8%: the world (全球, 全世界) opens the
        subject of the figure's clause, after a time phrase at most, or of the clause the
        figure's own carries on (one that opens on 比, 同比, 增长…: no subject of its own), and
        no place or body stands between: the figure is the world's, whatever the paper's home.
        Not the world as the field of a superlative (全球首款, 全球最大)."""
        text = self.text
        h = self.countries.last_within(sent.start, pos)
        if h is not None and h.form == "world":
            start, end = h.start, h.end
        elif (at := text.rfind("世界", sent.start, pos)) >= 0 \
                and _WORLD_FIELD.match(text, at + 2) is not None \
                and ((o := self.orgs.last_starting_in(sent.start, at + 1)) is None or o.end <= at):
            # 1997年世界旅游总收入达4482亿美元, 世界石油市场每天少销100万桶: 世界 before the
            # field a world total is of opens the subject as 全球 does (not a body, 世界旅游组织,
            # an event, 世界游泳锦标赛, or a title, 世界男子头号网球选手)
            start, end = at, at + 2
        elif (at := text.rfind("世界上", sent.start, pos)) >= 0 \
                and ((o := self.orgs.last_starting_in(sent.start, at + 1)) is None or o.end <= at):
            # 世界上有120多个国家: "in the world", the place of what the clause counts
            start, end = at, at + 3
        else:
            return None
        if text[end:end + 1] in _WORLD_SUPERLATIVE \
                or self.regions.first_within(end, pos) is not None \
                or self.orgs.first_within(end, pos) is not None:
            return None
        marks = _clause_marks(text, sent.start, sent.end)
        i = bisect.bisect_left(marks, start)
        opened = marks[i - 1] + 1 if i > 0 else sent.start
        # (a headline with no stop at its end runs into the sentence: the body opens its line)
        opened = max(opened, text.rfind("\n", opened, start) + 1)
        if not _TIME_BEFORE_SUBJECT.fullmatch(text, opened, start):
            return None
        for mark in marks[i:]:
            if mark >= pos:
                break
            if not _NO_SUBJECT.match(text, mark + 1) and not _COUNT_OPENS.match(text, mark + 1):
                return None  # a clause with a subject of its own between (not one more count
                # the world holds: 全球有120多个国家,6000多所学校开设了中文课程)
        # (the world as the text names it: 世界 and 世界上 are 全世界's words, not 全球's)
        return h.key if h is not None and h.form == "world" else gz.group_key("全世界")

    def _holder_of_examples(self, h: RegionHit, pos: int) -> str | None:
        """河北等22个省, 北京、上海、广州等18个城市, 苏州、无锡等5个城市: the places listed with
        ``h`` right before 等 and a count of places are only examples of them. What the
        sentence counts of them (the count itself, and 黑龙江、辽宁…等25个省…统计,已筹集资金15亿元)
        is about the region that holds them all (全国; 江苏省 for two of its cities), not about
        its first example. None when ``h`` is no such example, or the examples share no region
        (places abroad)."""
        text = self.text
        if text.find("等", h.end) < 0:
            return None  # (most places have no 等 after them at all)
        items = self._listing(h)
        end = items[-1].end
        if text[end:end + 1] != "等" or not _PLACES_COUNT.match(text, end + 1):
            return None
        keys = [x.key for x in items]
        others = [set(gz.key_ancestors(k)) for k in keys[1:]]
        return next((a for a in gz.key_ancestors(keys[0]) if all(a in o for o in others)), None)

    def _listing(self, h: RegionHit) -> list[RegionHit]:
        """The places listed with ``h`` (joined by 、 和 及 与), in text order, or [h]; at most
        ``_LIST_MAX`` either way (a table's endless list is not walked for every figure)."""
        start_of = self._chain_start_of  # 广安市岳池县 is listed from 广安市
        items = [h]
        for _ in range(_LIST_MAX):
            prev = self.regions.last_within(max(0, start_of(items[0]) - 24), start_of(items[0]))
            if prev is None or self.text[prev.end:start_of(items[0])] not in _LIST_JOINS:
                break
            items.insert(0, prev)
        for _ in range(_LIST_MAX):
            nxt = self.regions.first_within(items[-1].end, items[-1].end + 24)
            if nxt is None or self.text[items[-1].end:start_of(nxt)] not in _LIST_JOINS:
                break
            items.append(nxt)
        if len(items) > 1:  # 江苏省、南京市: the province only says where the city lies
            inner = {a for x in items for a in gz.key_ancestors(x.key)}
            items = [x for x in items if x.key not in inner] or items
        return items


# what a sentence says of a whole wider than one place inside it: the whole of a division
# (全区, 自治区), its parts one by one (各地, 各县) or counted (17个地州市)
_WIDER_SCOPE = re.compile(r"全(?:省|区|市|县|州|盟|旗)|自治区|各(?:地|省|市|县|区|乡|镇)|\d+个(?:地|州|市|县|乡)")
# a team named for its place: what follows the name, or what a match report says right before it
_TEAM_AFTER = re.compile(r"(?:队|男篮|女篮|男排|女排|男足|女足|球队)")
_PLAYED = ("击败", "战胜", "负于", "迎战", "对阵", "输给", "不敌", "战平", "逼平", "客场", "主场", "力克")
