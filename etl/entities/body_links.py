"""Who reports or runs a figure: the finders of ``Linker`` that choose its organisation (the
body of its clause, its sentence, a court, a cited source, a speaker, the section's subject),
as a mixin.
"""
from __future__ import annotations

import bisect
import itertools
import re

from . import gazetteer as gz
from .known_bodies import system_organs
from .org_words import OwnSentenceBody, OrgHit
from .regions import RegionHit
from . import scopes
from .patterned_bodies import reports_matches
from ..textorder import full_stop_after, TextOrder, top_two
from .link_text import (
    REPORTING_KINDS, Span, _LIST_JOINS, _SUBJECT_LEAD, _clause_start, _may_open_clause,
    _most_named, _operates, lead_of, sentence_of)


def _title_lead_before(text: str, start: int) -> bool:
    """Does only a title's lead-in stand before ``start`` on its line (靠科技展翅高飞——)?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return not before or before.endswith(("——", "—", ":", ":", " "))


def _dominant(orgs: TextOrder, span: Span, opponents: set[int] = frozenset(),
              objects: set[int] = frozenset()):
    """The operating organization of a section: the one it names most, first on ties. Not
    counting where a side is named as the one played against (横扫四川女排, 完胜四川女排: a
    round-up names the beaten side as often as the winner it is about). A body named once as
    the object of 向/从/给/对 (see ``objects_of_prepositions``) does not run it."""
    inside = [x for x in orgs.within(span.start, span.end) if _operates(x) and x.start not in opponents]
    org, times = _most_named(inside, lambda x: x.name)
    if times == 1:
        # named once: a reporting body (union, government, insurer) may still run the section,
        # a research institute or a council named in passing does not, nor a body the text
        # names nowhere (教育局并不作统一规定: whose, it does not say)
        return next((x for x in inside if x.kind in REPORTING_KINDS and x.region
                     and x.start not in objects), None)
    return org


def _most_named_by_far(orgs: TextOrder, span: Span, opponents: set[int] = frozenset()):
    # (not the organs of a whole system, 移送司法机关7人 said three times: no one body, which
    # a story cannot be about; see known_bodies.system_organs)
    organs = system_organs()
    inside = [x for x in orgs.within(span.start, span.end) if x.name not in organs
              and x.start not in opponents]  # (nor a side played against: see _dominant)
    if len(inside) < 3:
        return None  # (named three times at least: most sections name fewer bodies in all)
    counts: dict[str, int] = {}
    for x in inside:
        counts[x.name] = counts.get(x.name, 0) + 1
    top, n, second = top_two(counts)  # (a tie at the top: no body is named by far)
    if n < 3 or n <= 2 * second:
        return None
    return next(x for x in inside if x.name == top)


# what a company is called right before its brand, opening the clause (互联网巨头腾讯, 咨询公司麦肯锡)
_COMPANY_WORDS = ("公司", "集团", "巨头", "厂商", "车企", "企业", "机构", "平台")


_APPOSITIVE = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,6}(?:" + "|".join(_COMPANY_WORDS) + ")")


# how far the first figure of a 分别 run may stand from it (为, 是, 增长), and what may stand
# between the figures of the run (5%、6%和7%)
_RUN_GAP = 8


_RUN_JOIN = re.compile(r"[、，,和及与或]+")


_LIST_GLUE = re.compile(r"(?:[、，,和及与跟\s]|以及)*")


def _listed_run(text: str, hits: list, n: int) -> list | None:
    """The last ``n`` of ``hits`` when they are one list (joined only by 、, 和, 及, 与 …; a
    body's mention may start after the place that opens its name: 、中国贵州茅台酒厂…)."""
    if len(hits) < n:
        return None
    run = hits[-n:]
    for a, b in zip(run, run[1:]):
        if a.end > b.start:
            return None
        glue = _LIST_GLUE.match(text, a.end, b.start)
        if glue.end() < b.start and not gz.is_place_name(text[glue.end():b.start]):
            return None
    return run


# what a body does to a study or a project it runs, after 由 and its name (由…研究所负责的)
_RUNS_STUDY = re.compile(r"(?:负责|完成|承担|主持|牵头|组织|实施|开展|进行|承建|研制|研发|发起)")
# the team a study is the work of, named after its body (哈佛大学的研究人员发现, 某医院研究团队), and
# the author of a study named before the body it works for (该研究作者、圣保罗州大学的某教授说)
_STUDY_TEAM = re.compile(r"的?(?:研究人员|研究团队|研究小组|科研团队|科研人员|研究者|科学家)")
_STUDY_AUTHOR = re.compile(r"研究的?(?:主要|第一|通讯|共同)?(?:作者|负责人|主持人|牵头人|领导者)(?:之一)?"
                           r"[,，、:：]?(?:是|为)?(?:来自)?\Z")


# a sentence a court hands down: 判处, 宣判, 处以 (a term, a fine, a probation); not a civil
# judgment (判决某宾馆赔偿20136元: the sum the party pays)
_SENTENCED = re.compile(r"判处|宣判|处以|判刑")


# a body cited as the source of a sentence's figures: 据X…, X的最新报告显示, X调查数据显示
_CITED_BY = re.compile(r"(?:据|根据|援引)\s?\Z")


_CITES = re.compile(r"[^。！？!?；;\n]{0,24}?(?:报告|数据|统计|调查|研究)(?:显示|称|指出|表明|发现)")


# a sentence that opens by citing the body whose count or forecast it gives (据俄经济部预测,
# 根据国家公务员局公布的数据, 但据民政部门统计): a lead-in of a few characters, 据, the body, and
# what of it is cited, before the sentence's first comma
_OPENS_CITING = re.compile(r"[\s“]*(?:[\u4e00-\u9fff]{1,3}[,，]?)??(?:据|根据|援引)\s?")
_CITED_AS = re.compile(r"[^。！？!?；;,，:：\n]{0,24}?(?:统计|预测|测算|估计|估算|调查|数据|报告|分析|显示|公布|发布)")


# a sentence going on with a study cited before it: 调查发现, 研究显示, 该研究, 研究人员发现
_STUDY_POINTER = re.compile(r"\s*(?:(?:该|这项|这一|此项|这份|该项)(?:研究|调查|报告)"
                            r"|(?:调查|研究|报告|统计)(?:人员|者|团队)?(?:发现|显示|表明|指出|称))")


_CITE_REACH = 400  # (a sentence of semicolons runs a few hundred characters at most)


# a body pointed back to by the kind it is: 这所学校, 该校, 这家公司, 该厂 (-> how its name ends)
_SCHOOL_ENDS = ("学校", "中学", "小学", "大学", "学院", "校")


_POINTED_ENDINGS = {"职业学校": _SCHOOL_ENDS, "学校": _SCHOOL_ENDS, "校": _SCHOOL_ENDS,
                    "中学": ("中学",), "小学": ("小学",), "大学": ("大学",),
                    "医院": ("医院",), "公司": ("公司",), "厂": ("厂",),
                    "企业": ("公司", "厂", "集团"), "银行": ("银行",)}


_POINTER = re.compile(r"(?:该|这所|这家|这个)(" + "|".join(
    sorted(_POINTED_ENDINGS, key=len, reverse=True)) + ")")


# a post, a name of two or three characters at most, then a verb of saying: an official speaks
_POSTS = "局长|部长|厅长|司长|处长|主任|院长|校长|董事长|总经理|主席|书记|负责人"
_OFFICIAL_SPEAKS = re.compile(r"(?:副)?(?:" + _POSTS + r")[\u4e00-\u9fff]{0,3}?(?:在[^,，。]{0,20}?)?"
                              r"(?:说|表示|介绍|指出|透露|称|强调)")


# an official introduced by body, post and name (铁道部党组书记、副部长傅志寰在…, 西藏自治区政府副
# 主席泽仁桑珠今天…, 某集团执行副总裁兼中国区总裁某某: the group's, not its unit's): the name,
# read up to what follows a name (a verb of saying, a time, 在, a stop), is who the body's
# figures are told by wherever the text goes on to quote him by it
_NAMED_POSTS = _POSTS + "|厂长|所长|行长|会长|理事长|秘书长|省长|市长|县长|区长|乡长|镇长|总裁|发言人"
_POST_CHAIN = (r"(?:党组|党委)?(?:常务|第一|执行)?副?(?:" + _NAMED_POSTS + r")"
               r"(?:(?:[、,，]|兼[\u4e00-\u9fff]{0,4}?)(?:党组|党委)?(?:常务|第一|执行)?副?(?:"
               + _NAMED_POSTS + r"))*")
_SPEECH = r"(?:介绍说|介绍|说|表示|指出|透露|称|强调|认为|提出|告诉记者)"
_OFFICIAL_NAMED = re.compile(_POST_CHAIN + r"([\u4e00-\u9fff]{2,4}?)"
                             r"(?=" + _SPEECH + r"|今天|昨天|日前|近日|最近|在|对|向|就|接受|[,，。:：、])")
# a name the text quotes again: 傅志寰说, 据泽仁桑珠介绍, 傅志寰在会上提出 (its clause, before a stop)
_QUOTES_AFTER_NAME = re.compile(r"[^,，。！？!?；;:：\n]{0,14}?" + _SPEECH)


# what brings in a body that receives, not one that acts
_RECEIVES = ("向", "给", "为", "对", "帮助", "资助", "援助", "捐助", "支援", "慰问", "帮扶", "捐赠", "送")


# what a side does to the other in a match: the margin or score that follows is the doer's
_OUTSCORED = ("领先", "落后", "击败", "战胜", "负于", "输给", "不敌", "打爆", "吊打", "力克", "险胜",
              "大胜", "完胜", "横扫", "逆转", "击溃", "掀翻", "轻取", "零封", "淘汰", "狂胜", "痛击", "力挫")


# what brings in the side a match was played against (对阵魔术的比赛中, 11月9日输给雷霆这一场,
# 打太阳吃了顿饺子, 迎战同曦队): besides the verbs of outscoring, those of meeting
_MET = _OUTSCORED + ("对阵", "迎战", "对战", "面对", "对决", "挑战", "打败", "交手", "打")
# (not a word that ends in 打: 拨打中国驻英使馆的电话)
_NOT_MET = ("拨打", "殴打", "敲打", "拍打", "扑打", "抽打", "追打", "攻打", "击打")
# or a side brought in by 与/对 before the match it is the other side of (与尼克斯的比赛中, 对篮网赛后)
_MET_BY = ("与", "对", "同", "和")
_MET_THEN = re.compile(r"(?:队)?(?:的)?(?:比赛|一战|之战|一役|赛后|较量|交手|这场|那场|一场)")


def opponents(text: str, orgs: list[OrgHit]) -> set[int]:
    """Where the bodies a match report names as the side played against stand (the start of
    each): 在76人对阵活塞的比赛之中,大帝砍下39分 are 76人's points, and so are those of 在对阵魔术的
    比赛中,雷迪克砍下31分, where the player's side is the story's. Such a side runs none of the
    figures around it, though it is the body named nearest before them; the side that played it
    (or, if the sentence names none, the story's) does. Empty for a text that reports no match."""
    if not orgs or not reports_matches(text):
        return set()
    out = set()
    for o in orgs:
        before = text[max(0, o.start - 4):o.start]
        if before.endswith(_MET) and not before.endswith(_NOT_MET) \
                or before.endswith(_MET_BY) and _MET_THEN.match(text, o.end):
            out.add(o.start)
    return out


# The object of a preposition (从所属孝感、沈阳备灾救灾中心调出…, 向中保产险公司、太平洋保险公司骗取了…,
# 对市场公司征收…): the body things are taken from, given to or done to. The figures of the clause
# are its subject's, though the object stands nearer them. A list of names before it, joined by
# 、和及与, belongs to the same preposition. Not a body a reporter learns a figure from
# (从统计局获悉: its figure), nor the topic of 对…来说 (对百度来说…增长27%: Baidu's).
_OBJECT_OF = ("从", "向", "给", "对")
_OBJECT_OWNER = ("所属的", "下属的", "所属", "下属", "有关", "其")
_LIST_JOIN = ("、", "和", "及", "与")
# a body's name the finders may miss in such a list: a few characters and a common head
_UNFOUND_ITEM = re.compile(r"(?<=[从向给对、和及与])[\u4e00-\u9fff]{2,10}(?:公司|集团|银行|医院|学校|大学|厂)$")
_POST_AFTER = re.compile(_POST_CHAIN)  # (a post of the body, right after it: 地委书记)
# a body after 对 followed in its clause by 的: it names whose (对美国政府起草的一项新规定, 对某中心获奖
# 作品的七位编剧), and the figures of that are its own (after 向, 从 and 给 the verb before 的 is the
# preposition's: 向证监会提交的文件, 从仓库调出的物资)
# (but not its branches: 向平安保险公司下属的营业机构骗取, still the object's)
_MODIFIES = re.compile(r"(?!下属|所属|旗下|属下|下辖)[^，。；、：,;:！？!?\s\d０-９]{0,8}?的")
_VERBS_IN_DUI = frozenset("面针应相反绝核比派作敌配")  # (面对瑞典队的防守: 对 in a verb, the side faced)
_TOLD_BY = re.compile(r"(?:获悉|得知|了解到|了解|获知|听说|悉|来说|来讲|而言|看来|的角度)")


def objects_of_prepositions(text: str, orgs: list[OrgHit], places: list[RegionHit]) -> set[int]:
    """Where the bodies that are the object of 从, 向, 给 or 对 start (see ``_OBJECT_OF``)."""
    if not orgs or not any(p in text for p in _OBJECT_OF):
        return set()
    ends = {h.end: h.start for h in places}
    ends.update((o.end, o.start) for o in orgs)
    starts = None  # (the names by where they start, made for the first object found)
    out = set()
    for o in orgs:
        j = o.start
        for _ in range(4):  # (back over a short list of names: 孝感、沈阳…中心)
            if j >= 2 and text[j - 1] in _LIST_JOIN and (j - 1) in ends:
                j = ends[j - 1]
            elif j >= 2 and text[j - 1] in _LIST_JOIN \
                    and (m := _UNFOUND_ITEM.search(text, max(0, j - 13), j - 1)) is not None:
                j = m.start()  # (an item the finders missed: 向中保产险公司、|太平洋保险公司)
            else:
                break
        j -= next((len(w) for w in _OBJECT_OWNER if text.endswith(w, 0, j)), 0)
        if j < 1 or text[j - 1] not in _OBJECT_OF:
            continue
        if starts is None:
            starts = {s: e for e, s in ends.items()}
        after = _list_end(text, o.end, starts)
        if _TOLD_BY.match(text, after) or text[j - 1] == "从" and text.startswith(("到", "至"), after):
            continue  # (从省委、省政府到纪检部门: a range of bodies, each of them doing it)
        if _PERSON_AFTER.match(text, o.end) or _POST_AFTER.match(text, o.end) \
                or text[j - 1] == "对" and text[j - 2:j - 1] not in _VERBS_IN_DUI \
                and _MODIFIES.match(text, o.end):
            continue  # (给哈密地委书记, 对美国政府起草的新规: the object is what follows the body)
        out.add(o.start)
    return out


def _list_end(text: str, end: int, starts: dict[int, int]) -> int:
    """Where a list of names that goes on after the one ending at ``end`` ends (``starts``:
    each name's end by its start)."""
    while end < len(text) - 1 and text[end] in _LIST_JOIN and end + 1 in starts:
        end = starts[end + 1]
    return end


# what brings in a body as where a figure was seen or who counted it
_SOURCE_OF = ("据", "在", "经", "由", "从", "来自")


# a body followed by a person it employs: 清华大学专家, 市医院医生
_PERSON_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:专家|教授|博士|院士|学者|医生|护士|老师|教师|学生|"
                           r"师生|职工|干部|员工|代表|负责人|人士)")


# the words one of which the finders below must find in the text: read once per article, they
# spare most articles' figures each a finder that could find nothing (a text that names no
# post has no official who speaks, one with no 判处 no sentencing court, and so on)
_POST_ANY = re.compile(_NAMED_POSTS)
_OUTSCORED_ANY = re.compile("|".join(_OUTSCORED))


class BodyLinks:
    """The organisation finders of ``Linker`` (see linking.py), each asked in turn by ``explain``."""

    def _read_cues(self, text: str) -> None:
        """Whether ``text`` holds a post, a verb of outscoring, a sentence handed down, a citing 据."""
        self._may_speak = _POST_ANY.search(text) is not None
        self._may_outscore = _OUTSCORED_ANY.search(text) is not None
        self._may_sentence = _SENTENCED.search(text) is not None
        self._may_cite = "据" in text

    def _operator_of(self, region: str) -> OrgHit | None:
        """The reporting body of ``region`` the article names most (first on ties)."""
        if region not in self._operators_by_region:
            own = [o for o in self.article_operators.items if o.region == region and o.kind in REPORTING_KINDS]
            self._operators_by_region[region] = _most_named(own, lambda x: x.name)[0]
        return self._operators_by_region[region]

    def _respective(self, sent: Span, pos: int) -> tuple[RegionHit | None, OrgHit | None]:
        """A, B和C…分别为x、y和z: the figure that is the k-th of a run after 分别 is about the
        k-th of the list of places (or of bodies) named right before that 分别, when the two
        counts agree (北京、上海、广州分别增长5%、6%和7%; 五家股东分别是甲公司、乙公司…，持股比例
        分别是38%、26%…)."""
        text = self.text
        mark = text.rfind("分别", sent.start, pos)
        run = self._figure_run(mark + 2, sent.end)
        if pos not in run or len(run) < 2:
            return None, None
        k, n = run.index(pos), len(run)
        lo = max(sent.start, text.rfind("分别", sent.start, mark) + 2)
        places = _listed_run(text, self.strong.within(lo, mark), n)
        bodies = _listed_run(text, self.orgs.within(lo, mark), n)
        return (places[k] if places else None), (bodies[k] if bodies else None)

    def _figure_run(self, start: int, end: int) -> list[int]:
        """The starts of the figures from ``start`` on that make one list (5%、6%和7%;
        38.24%、26.47%…和5.88%), the first a few characters after ``start``."""
        i = bisect.bisect_left(self.figures, (start,))
        out: list[int] = []
        last = start
        # (islice, not a slice: a copy of the rest of the figures for each one asking would be
        # quadratic on a page that is one endless sentence)
        for s, e in itertools.islice(self.figures, i, None):
            if s >= end or s - last > _RUN_GAP or out and not _RUN_JOIN.fullmatch(self.text, last, s):
                break
            out.append(s)
            last = e
        return out

    def _clause_subject(self, clause_start: int, pos: int) -> OrgHit | None:
        """The body of any kind that opens the figure's own clause (由促进会组织筹划，某某集团捐资
        80万元): it did what is counted, whoever the sentence named before it."""
        org = self.orgs.first_within(clause_start, pos)
        if org is None or org.end > pos or not _SUBJECT_LEAD.fullmatch(self.text, clause_start, org.start) \
                or org.start in self._objects:  # (a list's item after 、: 从孝感、|沈阳…中心调出)
            return None
        if self.text.find(" ", org.end, pos) >= 0:
            return None  # 南开大学入选…名单 全国仅10所高校入选: a headline's space parts its clauses
        return org

    def _outscoring_side(self, clause_start: int, sent_start: int,
                         pos: int) -> tuple[OrgHit | None, OrgHit | None]:
        """(the side that leads, beats or trails, the side it does so to) when the figure
        follows the latter in its clause (雄鹿64-51领先勇士13分, 最终雷霆大胜火箭,豪取7连胜): the
        margin or the streak is the doer's, not the side named last before it, even when the
        doer is not named there (他们目前落后上港5分). Read in the figure's clause, or in its
        sentence when the clause names no body."""
        if not self._may_outscore:
            return None, None
        text = self.text
        lo = clause_start
        last = self.orgs.last_within(lo, pos)
        if last is None:
            lo = sent_start
            last = self.orgs.last_within(lo, pos)

        def opening(hit):  # (上海上港: the side's city before its name)
            place = self.regions.last_within(lo, hit.start)
            return place.start if place is not None and place.end == hit.start else hit.start

        while last is not None and text.endswith(_LIST_JOINS, lo, opening(last)):
            # (落后上海上港和山东鲁能5分: the sides listed after the verb, back to the first)
            last = self.orgs.last_within(lo, opening(last) - 1)
        if last is None or not text.endswith(_OUTSCORED, lo, opening(last)):
            return None, None
        doer = self.orgs.last_within(lo, last.start)
        return (doer if doer is not None and doer.end <= last.start else None), last

    def _sentence_subject(self, sent: Span, before: list[OrgHit]) -> OrgHit | None:
        """A body of any kind that opens a clause of the figure's sentence before it, as its
        subject (其中,某某集团有限公司投资6000万元,建成4个厂): it, not a body the article's lead
        named, did what is counted. ``before``: the sentence's bodies in the ``_WINDOW``
        before the figure (listed once for this and ``_sentence_body``)."""
        for org in before[:4]:
            if org.start in self._objects:
                continue  # (从孝感、|沈阳…中心: an item of a list after 、 opens no clause)
            if not _may_open_clause(self.text, org.start):
                if org.kind == "company" and self.text.endswith(_COMPANY_WORDS, 0, org.start):
                    start = _clause_start(self.text, org.start, sent)
                    if _APPOSITIVE.fullmatch(self.text, start, org.start):
                        return org  # 咨询公司麦肯锡预测: a company named after what it is
                continue
            start = _clause_start(self.text, org.start, sent)
            if _SUBJECT_LEAD.fullmatch(self.text, start, org.start):
                return org
        return None

    def _sentence_body(self, sent: Span, before: list[OrgHit], clause_start: int) -> OrgHit | None:
        """The nearest body before the figure, of any kind, in its clause or brought into its
        sentence as where the figure was seen or who counted it (据苏州市立医院统计, 记者在市第一
        医院看到): nearer than a body the article's lead named, so it wins over that default.
        Not a body something is given to or done for (向某某小学捐赠图书2000册), nor one named
        only as a person's employer (某大学专家)."""
        text = self.text
        for org in reversed(before[-4:]):
            if _PERSON_AFTER.match(text, org.end) or org.start in self._objects:
                continue
            lead = text[max(sent.start, org.start - 4):org.start]
            if lead.endswith(_RECEIVES):
                continue
            if org.start >= clause_start or lead.endswith(_SOURCE_OF):
                return org
        return None

    def _title_body(self, lead: Span) -> OrgHit | None:
        """The body a headline opens with (山东工艺美术学院2019年硕士研究生招生简章): the one the
        story under it is about, of any kind (a school, a company), before the first body of
        the lead that runs things (经国务院学位办批准…). Not a paper or an agency (据新华社…),
        which passes the news on."""
        if lead.start != 0 or not 0 < self.body_start <= lead.end:
            return None
        first = self._named.first_within(0, self.body_start)
        if first is None or first.start > 0 and not _title_lead_before(self.text, first.start) \
                or first.kind == "media" or first.end > self.body_start \
                or _PERSON_AFTER.match(self.text, first.end) or isinstance(first, OwnSentenceBody):
            return None  # (清华大学人工智能专家…科普行活动举行: a person of the body, not its story)
        return first

    def _subject_org(self, section: Span) -> OrgHit | None:
        """The body a section names far more than any other (three times at least, and more
        than twice as often as the next), of any kind, or the one it keeps pointing back to
        (白沙县中等职业技术学校…这所学校…该校): the one the section is about."""
        if section not in self._subject:
            self._subject[section] = _most_named_by_far(self.article_orgs, section, self._opponents) \
                or self._pointed_back_to(section)
        return self._subject[section]

    def _pointed_back_to(self, section: Span) -> OrgHit | None:
        """The first body the section's lead names, when the section points back to it twice
        at least by the kind of body it is (这所学校, 该校) and to no other body: a story about
        that school. (A body named later and pointed back to, 该厂, is one example of many.)"""
        text = self.text
        refs = list(_POINTER.finditer(text, section.start, section.end))
        if len(refs) < 2:
            return None
        body = self._lead_firsts(lead_of(text, section.start))[1]
        if body is None or body.start < section.start or body.start > refs[0].start() \
                or not all(body.name.endswith(_POINTED_ENDINGS[r.group(1)]) for r in refs):
            return None
        return body

    def _speaker_body(self, section: Span) -> OrgHit | None:
        """The body of the first official the section quotes (冶金部黄金管理局局长王德学…说):
        where nothing else names a body for a figure, the one whose head reports on it.
        Worked out once per section: its figures share it."""
        if not self._may_speak:
            return None
        if section not in self._speakers:
            self._speakers[section] = next(
                (o for o in self.article_orgs.within(section.start, section.end)
                 if _OFFICIAL_SPEAKS.match(self.text, o.end) is not None), None)
        return self._speakers[section]

    def _paragraph_speaker(self, pos: int) -> OrgHit | None:
        """The body whose official opens the figure's paragraph speaking (国家土地管理局局长邹玉川
        介绍，有关部门…。据统计，…): the paragraph is what he reports, and its figures his body's
        rather than the one the article's lead named (the minister who received the meeting).
        Only where the official speaks in the paragraph's first sentence, before the figure."""
        if not self._may_speak:
            return None
        start = scopes.paragraph_of(self.text, pos)[0]
        key = (start, "speaker")
        if key not in self._speakers:
            first = sentence_of(self.text, start)
            self._speakers[key] = next(
                (o for o in self.article_orgs.within(start, first.end)
                 if (m := _OFFICIAL_SPEAKS.match(self.text, o.end)) is not None
                 and m.end() <= first.end), None)
        found = self._speakers[key]
        if found is not None and found.end < pos:
            return found
        # an official introduced with his body earlier and quoted by name alone, in the
        # figure's sentence before it (傅志寰说：到2000年…) or opening its paragraph (据泽仁桑珠
        # 介绍，…9月以来降雪已达40次)
        if not self._named_officials():
            return None
        sent = sentence_of(self.text, pos)
        quoted = self._quoted_official(sent.start, pos)
        if quoted is None and sent.start > start:
            key = (start, "quoted")
            if key not in self._speakers:
                self._speakers[key] = self._quoted_official(start, sentence_of(self.text, start).end)
            quoted = self._speakers[key]
        return quoted

    def _named_officials(self) -> dict[str, OrgHit]:
        """name -> body, for each official the article introduces by body, post and name
        (铁道部党组书记、副部长傅志寰): the first body a name is given with. Read once per article."""
        if self._officials is None:
            self._officials = {}
            text = self.text
            for o in self.article_orgs.items:
                m = _OFFICIAL_NAMED.match(text, o.end)
                if m is not None and m.group(1) not in self._officials:
                    self._officials[m.group(1)] = o
        return self._officials

    def _quoted_official(self, lo: int, hi: int) -> OrgHit | None:
        """The body of the last official quoted by name alone between ``lo`` and ``hi``
        (据泽仁桑珠介绍, 傅志寰说), named with that body earlier (see ``_named_officials``)."""
        officials = self._named_officials()
        if not officials:
            return None
        text = self.text

        def quoted_at(at: int, name: str, body: OrgHit) -> bool:
            said = _QUOTES_AFTER_NAME.match(text, at + len(name))
            return body.end < at and said is not None and said.end() <= hi

        best = None
        for name, body in officials.items():
            at = text.rfind(name, lo, hi)
            while at >= 0 and not quoted_at(at, name, body):
                at = text.rfind(name, lo, at)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, body)
        return best[1] if best is not None else None

    def _study_body(self, section: Span) -> OrgHit | None:
        """The body that ran the study or project the section reports (这项研究是由中国水产科学院
        黑龙江水产研究所负责的, 由国家统计局组织的调查): where nothing else names a body for a
        figure, the study's figures are its own, told before or after it is named."""
        key = (section, "study")
        if key not in self._speakers:
            text = self.text
            self._speakers[key] = next(
                (o for o in self.article_orgs.within(section.start, section.end)
                 if text[o.start - 1:o.start] == "由" and _RUNS_STUDY.match(text, o.end)
                 or _STUDY_TEAM.match(text, o.end)
                 or _STUDY_AUTHOR.search(text, max(section.start, o.start - 12), o.start)),
                None) if "由" in text or "研究" in text or "科学家" in text else None
        return self._speakers[key]

    def _dominant_org(self, section: Span) -> OrgHit | None:
        if section not in self._dominant:
            self._dominant[section] = _dominant(self.article_orgs, section, self._opponents, self._objects)
        return self._dominant[section]

    def _sentencing_court(self, sent: Span, pos: int) -> OrgHit | None:
        """The court that passed the sentence a figure is part of (以贪污罪判处某某有期徒刑10年,
        没收财产1万元): the last court named before it, in its sentence or the few before. A
        court runs no figure of the case it hears (the parties' sums), but a term or a fine it
        hands down is its own."""
        if not self._may_sentence:
            return None
        text = self.text
        lo = max(0, sent.start - _CITE_REACH)
        opening = full_stop_after(text, lo, sent.start - 1) \
            if sent.start and text[sent.start - 1] in "；;" else sent.start
        first = self._sentenced_at.get((opening, sent.end))
        if first is None:  # (once per sentence: a sentence of thousands of figures asks each time)
            m = _SENTENCED.search(text, opening, sent.end)
            first = self._sentenced_at[opening, sent.end] = m.start() if m is not None else len(text)
        if first >= pos:
            return None
        for h in reversed(self._named.within(lo, pos)):
            if h.name.endswith(("法院", "法庭")):
                return h
        return None

    def _cited_source(self, start: int) -> OrgHit | None:
        """The body whose report or study the sentence starting at ``start`` goes on with: the
        one cited earlier in the same sentence, before its semicolons (据CNNIC报告显示,…美国有
        1078家；中国拥有592家), or, when the sentence opens by pointing to the study (调查发现,
        该研究显示), the last body cited before it."""
        text = self.text
        lo = max(0, start - _CITE_REACH)
        opening = start
        if text[start - 1] in "；;":
            opening = full_stop_after(text, lo, start - 1)
            found = self._cited_within(opening, start - 1)
            if found is not None:
                return found
        if _STUDY_POINTER.match(text, opening):
            return self._cited_within(max(0, opening - _CITE_REACH), opening)
        return None

    def _opening_source(self, sent: Span, pos: int) -> OrgHit | None:
        """The body the figure's sentence opens by citing (据俄经济部预测，…比重将从19%下降到15%):
        it gave the figures that follow, whatever bodies the sentence names on the way (独联体,
        the trade's partner, is not who forecast it)."""
        text = self.text
        # (from the sentence's line: a headline above runs into its first sentence)
        m = _OPENS_CITING.match(text, max(sent.start, text.rfind("\n", sent.start, pos) + 1), pos)
        if m is None:
            return None
        org = self.orgs.first_within(m.end(), pos)
        if org is None or org.start != m.end() or org.surface.startswith("各"):
            return None  # (根据各省招办公布的数据: many bodies, none of them named)
        cited = _CITED_AS.match(text, org.end, pos)
        if cited is None:
            return None
        # (据株式会社CyberV的调查: the last of the bodies before what is cited did it)
        return self.orgs.last_within(org.start, cited.end()) or org

    def _cited_within(self, lo: int, hi: int) -> OrgHit | None:
        """The last body in [lo, hi] the text cites as a source (据X, X的报告显示)."""
        text = self.text
        for h in reversed(self.orgs.within(lo, hi)):
            if text[h.start - 1:h.start] == "《":
                continue  # 发表在《健康事务杂志》上的研究: the journal printed it, the body before did it
            if _CITED_BY.search(text, max(0, h.start - 3), h.start) or _CITES.match(text, h.end):
                return h
        return None
