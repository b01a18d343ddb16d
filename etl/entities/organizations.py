"""Organizations named in article text, by the suffixes Chinese names end with.

A name is found from its head word (…总工会, …医院, …有限公司, …局) and grown to the left over
the words that can stand in a name (regions, nouns, a parent organization) until a function
word, verb, number or punctuation. Generic heads (…局, …中心, …部) only count with a region or
a national prefix in front, so that 服务中心 or 工作部 alone are not taken for bodies.
Canonical names: a deictic 市/省 becomes the home region (市总工会 -> 滨州市总工会), X总 becomes
X总工会, and abbreviations in ``data/org_abbreviations.tsv`` resolve to one form.
Heads the fixed list lacks (巴西队, 出版社, 国防部) come from ``data/org_heads.tsv``, a table of how
reliably each head word ends a name in annotated news, read off the segmenter's words.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from operator import itemgetter
from typing import NamedTuple

from . import gazetteer as gz
from .gazetteer import DATA
from .. import words
from .regions import RegionHit, division_hits
from ..textorder import TextOrder, occurrences, stop_span
from .abbreviated_bodies import abbreviated_bodies
from .coordinated_bodies import coordinated_bodies
from . import org_edges, org_deictics
from .departments import find_departments
from . import brands

# head word -> kind; generic heads need a region or national prefix
HEADS = {
    "总工会": "union", "工会联合会": "union", "职工保险互助会": "union", "互助会": "union",
    "银行": "bank", "农商行": "bank", "信用社": "bank", "农村信用合作联社": "bank",
    "保险公司": "insurer", "财产保险": "insurer", "人寿保险": "insurer",
    "医院": "hospital", "卫生院": "hospital", "妇幼保健院": "hospital",
    "大学": "school", "学院": "school", "中学": "school", "小学": "school", "学校": "school",
    "幼儿园": "school",
    "股份有限公司": "company", "有限责任公司": "company", "有限公司": "company", "集团": "company",
    "总厂": "company",  # 大庆石油化工总厂, 燕山石化总厂: a works named as a whole
    "广播电视台": "media", "电视台": "media", "日报社": "media", "报社": "media", "新华社": "media",
    "融媒体中心": "media",
    "人民政府": "government", "管理委员会": "government", "管委会": "government",
    "法院": "government", "检察院": "government", "海关": "government", "办事处": "government",
    "宣传部": "government", "组织部": "government", "工作部": "government",
    "妇联": "other", "团委": "other", "残联": "other", "科协": "other", "红十字会": "other",
    "协会": "other", "学会": "other", "基金会": "other", "促进会": "other", "商会": "other",
    "研究院": "other", "研究所": "other", "科学院": "other", "实验室": "other",
    "委员会": "government", "局": "government", "厅": "government", "中心": "other",
    "办公室": "government", "党委": "other", "市委": "government", "县委": "government",
    "区委": "government", "省委": "government",
    "共产党": "other", "国民党": "other", "民主党": "other", "致公党": "other", "党中央": "other",
    "中共中央": "other", "中央委员会": "government", "国务院": "government", "常委会": "government",
    "常务委员会": "government", "人大": "government", "政协": "government", "联合国": "other",
    "议会": "government",
    "通讯社": "media", "部": "government", "军区": "government", "大使馆": "government",
    # a government and its parts by their short names: 省政府, 省财政, 解困办, 卫计委, 领导小组
    "政府": "government", "财政": "government", "办": "government", "委": "government",
    "领导小组": "government",
    # the units of the armed police, the fire service and the police (北京市消防总队, 武警上海总队,
    # 市公安局交警支队, 宁乡县交警大队): only with a place before them (一大队人马 is a crowd)
    "总队": "government", "支队": "government", "大队": "government",
}
# ... named as such: the service is in the name
_FORCE_HEADS = frozenset(("总队", "支队", "大队"))
_FORCE = re.compile(r"武警|消防|公安|交警|刑警|巡警|特警|治安|边防|警察|刑侦|警卫|缉私|森林")
# bodies whose name is the head word alone
STANDALONE = {"国务院", "中共中央", "联合国", "新华社", "共产党", "致公党", "国民党", "政协", "人大",
              "党中央"}
GENERIC = {"政府", "财政", "办", "委", "领导小组", "部", "议会", "局", "厅", "中心", "办公室", "委员会", "工作部", "宣传部", "组织部", "办事处", "学校",
           "中学", "小学", "协会", "学会", "商会", "集团", "党委", "医院", "卫生院", "管委会",
           "总队", "支队", "大队"}
NATIONAL_PREFIXES = ("国家", "中国", "中华", "全国")


def _trie_pattern(names) -> str:
    """One alternation for many names, sharing their beginnings (国家(?:统计局|税务总局)) and
    trying the longer name first: it matches what the flat longest-first alternation matches,
    in half the time, as the regex engine no longer tries every name that shares a first
    character."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")
    return pattern(trie)


# 局长, 部长, 院长: a head followed by a title is a person's post, not the name's end; 省部级, 厅局级:
# a rank. (The heads share their beginnings in one alternation, ``_trie_pattern``: it matches
# what the longest-first alternation matches, the scan of every article 10-20 % faster.)
_HEAD_RE = re.compile("(?:" + _trie_pattern(HEADS) + ")(?![长员门分级])")
# what may not follow or precede a short head for it to end a name: 财政收入 is money, 举办 and
# 办理 are verbs, 委员 and 委托 are not a commission
_NOT_AFTER = {"财政": "收支预资补拨专贴局厅部所体", "办": "理事法学公案证结好成了实妥起过件班报展会厂企",
              "委": "员托屈婉身派会", "政府": "办部采投性间债工",
              "银行": "业法卡家间",  # 银行业, 银行法: the trade and its law
              "部": "队署件位落",  # 消防部队, 部署, 部件: troops, a deployment, a part
              # 大学生, 中学生: students, not a school
              "大学": "生", "中学": "生", "小学": "生"}
_NOT_BEFORE = {"办": "举主承创开兴协合督包代筹试查照难好快要来去会能争申创帮合操督兼买",
               # 常委, 政委 (空军原副政委): a post, a person
               "委": "常纪编政",
               # 重新部署: a deployment, not an office
               "署": "部",
               # 新格局, 大局, 布局, 僵局: a situation, a layout, not a bureau
               "局": "格结大全布僵骗时残终定开败赌饭牌棋危变困",
               # 土耳其南部, 美国中西部: a part of a country, not a ministry; 头颈部, 腹部: of a body;
               # 退休干部, 青年干部: a cadre, a person; 国家内部, 全部, 局部: inside, all, part of;
               # 城乡结合部: where two areas meet;
               # 中国第一部, 五部影片: a measure word for films and books
               "部": "东南西北中头颈腹胸背腰脑肺胃腿臀臂肩颅鼻颊唇脸足面干内外全局底顶合"
                     "一二两三四五六七八九十几"}
def _head_in_other_word(text: str, hs: int, head: str) -> bool:
    """Does the character before the head make another word of it (全部, 新格局, 部署)? 安全 is
    no 全 of those: 国家安全部, 安全局 are bodies."""
    return hs > 0 and text[hs - 1] in _NOT_BEFORE.get(head, "") and not text.startswith("安全", hs - 2)


_SHORT_HEADS = ("政府", "财政", "办", "委")
_PRESS_OFFICES = ("新闻办", "新闻办公室")


def _body_head_before(text: str, hs: int) -> bool:
    """Is there a specific head (大学, 集团) in the 16 characters before a generic one?"""
    return any(m.group() not in GENERIC for m in _HEAD_RE.finditer(text, max(0, hs - 16), hs))


def _starts_with_body(text: str, start: int, hs: int) -> bool:
    """Does the name open with a body's name the segmenter knows (中山大学附属第三医院)?"""
    if not words.available() or hs <= start:
        return False
    first = words.pos_spans(text[start:hs], start)[:1]
    return bool(first) and first[0][3] == "nt" and first[0][1] < hs


def _word_ending_at(text: str, hs: int, he: int) -> int:
    """Where the segmenter's word that ends with a short head begins (市|发改委 -> 发改委), when
    that word is a noun or an abbreviation; else the head's own start."""
    if not words.available():
        return hs
    lo = max(0, hs - 4)
    for s_, e_, word, flag in words.pos_spans(text[lo:he], lo):
        if e_ == he and s_ < hs and flag in ("n", "j", "nt", "nz") and _HAN_ONLY.fullmatch(word):
            return s_
    return hs


def _verb_phrase_before(text: str, region: RegionHit | None, start: int, hs: int) -> bool:
    """Do more than two characters with a verb among them stand between the name's place and a
    short head (福建|致力实施|政府)? 省解困办, 市发改委 keep one short word there."""
    between = text[(region.end if region is not None else start):hs]
    if len(between) <= 2:
        return False
    return any(flag == "v" for _, flag in words.pos_cut(between)) if words.available() else False


# rooms, halls, buildings and stations are places, not bodies (…大楼会议室, …大厅, …车站)
_PREMISES = ("会议室", "大厅", "报告厅", "会议厅", "宴会厅", "展厅", "礼堂", "大楼", "大厦", "办公楼",
             "车站", "火车站", "汽车站", "地铁站", "公交站", "高铁站", "站台", "候车室",
             # a stage, a counter, a stand: a place too (首都文艺舞台)
             "舞台", "讲台", "柜台", "看台", "擂台", "阳台", "主席台", "戏台")
# a meeting is an event, not a body (春节团拜会, 北京召开座谈会); an expo or a fair (博览会,
# 交易会) is named as the body that runs it, and stays
_MEETINGS = ("座谈会", "团拜会", "交流会", "研讨会", "运动会", "展销会", "招待会", "演唱会", "晚会",
             "茶话会", "表彰会", "动员会", "现场会", "洽谈会", "联欢会", "报告会", "发布会", "见面会",
             "推介会", "订货会", "纪念会", "追悼会", "音乐会", "舞会", "年会", "例会")


# “微笑行动”组织, “绿色家园”协会: a name in quotes the text calls a body right after it
_QUOTED_BODY = re.compile(r"“([\u4e00-\u9fffA-Za-z0-9]{2,12})”(?=组织|机构|协会|团体|基金会|俱乐部)")


# 华中科技大学(以下简称华科大), 国家医疗保障局（简称“国家医保局”）: the text declares the short name
_DECLARED = re.compile(r"[(（](?:以下|下文)?简称[:：]?[“\"]?([\u4e00-\u9fffA-Za-z]{2,10})[”\"]?[)）]")


def _declared_short_names(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """Every mention of a short name the text declares for a body right before it: the body's,
    wherever the text writes it alone."""
    out = []
    ends = {h.end: h for h in hits}
    for m in _DECLARED.finditer(text):
        body = ends.get(m.start())
        short = m.group(1)
        if body is None:
            body = _latin_body(text, m.start())
            if body is not None:
                out.append(body)
        if body is None or short == body.name:
            continue
        taken = [(h.start, h.end) for h in hits]
        for h in hits:
            if h.name == short:  # found by another finder (a brand, FF): still the body's
                h.name, h.kind, h.aliases = body.name, body.kind, h.aliases | {short}
        for at in occurrences(text, short):
            if at == m.start(1) or any(a <= at < b for a, b in taken):
                continue
            out.append(OrgHit(at, at + len(short), short, body.name, body.kind, body.region,
                              {short}))
    return out


# 电动车创业公司Faraday Future（以下简称FF）: a body known by a Latin name, declared with its
# short name; it is a company where the words before it say so
_LATIN_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*){0,4}$")
_COMPANY_BEFORE = re.compile(r"(?:公司|企业|集团|厂商|车企|巨头)$")


def _latin_body(text: str, end: int) -> OrgHit | None:
    m = _LATIN_NAME_BEFORE.search(text, max(0, end - 48), end)
    if m is None or len(m.group()) < 3:
        return None
    kind = "company" if _COMPANY_BEFORE.search(text, max(0, m.start() - 4), m.start()) else "other"
    return OrgHit(m.start(), end, m.group(), m.group(), kind, None)


def _quoted_bodies(text: str) -> list[OrgHit]:
    """Bodies named in quotes and called one by the word after the quotes: the name is what
    stands inside the marks, found wherever else the text writes it in the same marks."""
    names = {m.group(1) for m in _QUOTED_BODY.finditer(text)}
    out = []
    for name in names:
        for at in occurrences(text, f"“{name}”"):
            out.append(OrgHit(at + 1, at + 1 + len(name), name, name, "other", None))
    return out


def _not_a_body(surface: str) -> bool:
    """东亚政局, 中东政局: a place's political situation, not a bureau (财政局, 民政局 are);
    上市公司, 控股公司, 参政党: a kind of body the dictionary lists as a name, not one body;
    团拜会: a meeting; 国共两党: bodies counted together."""
    return surface.endswith("政局") and surface[-3:-2] not in ("财", "民", "市", "邮", "行", "") \
        or surface in _KINDS_OF_BODY or surface.endswith(_MEETINGS) \
        or _COUNTED_BODIES.search(surface) is not None


# 新建学校5所, 新增医院3家: a kind of body counted right after it, not one body
_COUNT_AFTER = re.compile(r"[0-9一二两三四五六七八九十百千万]+[所家座](?![\u4e00-\u9fff])")
_KINDS_OF_BODY = {"上市公司", "控股公司", "母公司", "子公司", "分公司", "总公司", "集团公司",
                  "股份公司", "有限公司", "合资公司", "跨国公司", "空壳公司", "投资公司",
                  # kinds of party, and a party or an army as a whole, not one body's name
                  "参政党", "执政党", "在野党", "反对党", "全党全军", "人民军队"}
# 国共两党, 中美两国政府: two bodies counted together, not one
_COUNTED_BODIES = re.compile(r"[两三四五六七八九十多各](?:党|国政府|国议会)$")


# 烟台市总, 山西省总: the union federation, when 总 does not start another word (the place
# character is looked at after 总, so that the search runs on the literal 总)
_ZONG_RE = re.compile(r"总(?<=[市省区县]总)(?![工会部局队站经裁监书体计量额数结理共统的而])")
STOP_WORDS = {
    "记者", "获悉", "联合", "举办", "组织", "成立", "设立", "开展", "发布", "表示", "介绍", "显示",
    "通过", "举行", "主办", "承办", "协办", "指导", "支持", "下属", "所属", "旗下", "各级", "基层",
    "全市", "全省", "全国", "全区", "今年", "近日", "日前", "以来", "同时", "此外", "目前", "其中",
    "以及", "来自", "消息", "新闻", "相关", "负责人", "有关", "各类", "部分", "一些", "多家",
    "本报讯", "本报", "讯", "报道", "当地", "这个", "每个", "据悉", "了解", "据了解", "走进",
    "走访", "依托", "携手", "牵头", "由", "经", "受", "向", "为", "对", "与", "和", "及", "或",
    "在", "从", "于", "自", "以", "把", "被", "让", "使", "给", "将", "已", "是", "了", "的",
    "等", "共", "还", "也", "都", "又", "并", "其", "该", "此", "这", "那", "各", "每", "所",
    "省内外", "省外", "市内", "作为", "成为", "担任", "加入", "参加", "入选", "荣获", "获得", "获",
    "颁发", "授予", "认定", "评为", "位于", "前往", "来到", "赴", "到", "去", "先后", "分别",
    "纷纷", "积极", "不断", "已经", "正在", "带领", "会同", "联手", "配合", "邀请", "聘请",
    "日电", "电", "会见", "出席", "致", "贺电", "贺信", "访问", "代表", "同志",
    # a post held and a match won come before a body's name, not in it (现任北京市文化局,
    # 力克印尼女队)
    "时任", "现任", "历任", "曾任", "原任", "前任", "力克", "战胜", "击败", "负于", "做客", "迎战",
    "上半场", "下半场", "时值", "就读于", "毕业于", "任职于", "供职于", "就职于",
    # one-character verbs jieba's dictionary tags as nouns: what they take is an object, not
    # the start of a name (创海关历史最好水平, 某厂诉银行违约, 雇公司员工, 奖企业10万元)
    "创", "诉", "雇", "奖", "圆",
    # what is done to a body (visited, sued, helped, bought, set up) comes before its name
    # (广州参观金鹏集团, 办起桂光制衣有限公司), whatever tag the dictionary gives the verb
    "参观", "考察", "视察", "调研", "慰问", "检查", "看望", "拜访", "造访", "会晤", "接见", "宴请",
    "起诉", "控告", "状告", "投诉", "举报", "资助", "捐助", "捐赠", "援助", "收购", "兼并", "并购",
    "入股", "参股", "加盟", "入驻", "进驻", "落户", "办起", "创办", "兴办", "开办", "筹建", "组建",
    # a party to a case or a post held is a person (原告周村区法院, 后任靖边县团委书记)
    "原告", "被告", "后任", "继任", "同一个", "同一",
    # a kind of body in apposition before the name (最高学府哈佛大学, 母校北京大学)
    "学府", "母校", "名校",
    # who goes to a body is no part of its name (他的女儿大学毕业, 同龄人圆大学梦)
    "女儿", "儿子", "孩子", "子女", "同龄人", "考生", "学子", "家长",
}
# a numeral and a measure word right before a name: it is counted, so it names a category
_COUNTED = re.compile(r"(?:[0-9]|[零一二两三四五六七八九十百千万几数多余])[家个所座支批]$")
STOP_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "t", "f", "x", "y", "e", "o", "w", "a", "z")


@dataclass
class OrgHit:
    start: int
    end: int
    surface: str
    name: str            # canonical
    kind: str
    region: str | None
    aliases: set[str] = field(default_factory=set)


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
def _posseg():
    """jieba.posseg's interface, answered by words.py: the same words and tags without jieba's
    own load (1.3 s) and per-call cost."""
    return words.posseg()


@lru_cache(maxsize=1)
def _region_aliases() -> tuple[str, ...]:
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
def _abbreviation_index() -> _AbbreviationIndex:
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


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


class _Places:
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


def _left_edge(text: str, head_start: int, places: _Places, floor: int) -> int:
    """How far left the name reaches from its head word."""
    lo = max(floor, head_start - 16)
    # The walk never leaves [lo, head_start]. Regions up to ``longest`` past head_start are
    # taken too, so that where two regions end at the same place the later one is the one the
    # table keeps, as it would be from the whole list.
    regions = places.near(lo, head_start + places.longest)
    starts_of_regions = {h.end: h.start for h in regions}
    for h in regions:  # 中互会滨州办事处: a known abbreviation is one word
        if h.end == head_start:
            for alias in _region_aliases():
                if text.endswith(alias, lo, h.start):
                    starts_of_regions[h.start] = h.start - len(alias)
    if _posseg() is None:
        spans = [(lo + k, lo + k + 1, ch, "n") for k, ch in enumerate(text[lo:head_start])]
    else:  # absolute positions, so skipping a token never shifts the others
        # The walk below stops at the first word that is not Chinese, so only the block right
        # before the head matters, and the segmenter cuts each block alone: segmenting that block
        # gives the same words for less. Not when a region runs across the block's start: the
        # walk could jump over the punctuation there and go on.
        cut = _block_tail_start(text, lo, head_start)
        if cut > lo and any(s < cut <= e for e, s in starts_of_regions.items()):
            spans = words.pos_spans(text[lo:head_start], lo)
        elif cut < head_start:  # one block: cut by the lexicon as pos_spans would, without its test
            spans = words.lexicon().spans(text[cut:head_start], cut)
        else:
            spans = []
    edge = head_start
    abroad = {h.start for h in regions if gz.is_country_abroad(h.key)}
    acting = words.acting_words()
    verb_taken = False
    for i in range(len(spans) - 1, -1, -1):
        start, _, word, flag = spans[i]
        misread = word in acting  # 参观, 证明, 中断: a noun to the dictionary, a verb in news
        if misread:
            flag = acting[word]
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
                and _HAN_ONLY.fullmatch(word):
            break  # 记四川新兴集团公司, 创北京…: one character before a place opens no name
        if not _HAN_ONLY.fullmatch(word) or word in STOP_WORDS:
            break
        if _ORDINAL.fullmatch(word) and i > 0 and spans[i - 1][3].startswith(("n", "j", "b")):
            edge = start  # 附属第一医院, 第二中学: an ordinal inside a name
            continue
        if flag.startswith(STOP_TAGS) and flag not in ("vn", "nr", "nz", "nt", "ns", "j", "an"):
            # 清源创新实验室: a two-character verb between nouns is part of the name
            left = acting.get(spans[i - 1][2], spans[i - 1][3]) if i > 0 else "x"
            # (one such verb to a name, after a word of two characters or more or a level
            # character, 市扶贫办: 人升入大学 and 证据材料应当当庭移交人民法院 are clauses)
            inner_verb = (flag == "v" and len(word) >= 2 and word not in STOP_WORDS and not misread
                          and not verb_taken
                          and (left in ("n", "nz", "ns", "j") and i > 0
                               and (len(spans[i - 1][2]) >= 2 or spans[i - 1][2] in _LEVEL_CHARS)
                               or start in starts_of_regions.values())
                          # 学生申请美国私立中学: a verb before a place takes the body as its object
                          and start + len(word) not in starts_of_regions.values()
                          # 有限公司诉至法院: a verb after a whole name is done to that body
                          and not (i > 0 and _HEAD_RE.search(spans[i - 1][2]))
                          # 移交|人民法院: nor one before a word the dictionary knows as a name
                          and not (i + 1 < len(spans) and spans[i + 1][3] == "nt"))
            # 北京红马传媒…有限公司: a registered company's trade name, right after its place,
            # may be any word (红, 大象); its form (有限公司) says the place begins the name
            trade_name = (flag[:1] in ("a", "b", "z") and len(word) <= 2 and start in starts_of_regions
                          and text.startswith(_COMPANY_FORMS, head_start))
            if not _HEAD_RE.search(word) and not inner_verb and not trade_name:
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


def _county_named_before(text: str, pos: int, places: _Places) -> str | None:
    """The county the text named last before ``pos`` (within a few paragraphs), by name: the
    county a story is about, whose 县二轻局 and 县总工会 it goes on to name."""
    for h in reversed(places.places.starting_in(max(0, pos - 1500), pos)):
        if h.form in ("full", "short") and h.end <= pos and gz.get(h.key) is not None \
                and gz.get(h.key).level == "county" and gz.get(h.key).name.endswith("县"):
            return h.key
    return None


def _city_named_before(text: str, pos: int, places: _Places) -> str | None:
    """The last prefecture-level city named by name in ``pos``'s paragraph before ``pos``."""
    floor = max(0, pos - 400)  # a paragraph's worth: an endless line is not read end to end
    line_start = text.rfind("\n", floor, pos) + 1 or floor
    for h in reversed(places.places.starting_in(line_start, pos)):
        if h.form in ("full", "short") and h.end <= pos and gz.city_of(h.key) == h.key:
            return h.key
    return None


_ORDINAL = re.compile(r"第[一二三四五六七八九十百0-9]+")


def _deictic_cut(text: str, start: int, head_start: int, places: _Places,
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
            if ch == "县":
                if p != start:
                    continue  # 县 inside the name (农村信用县联社?): only a name opening with it
                key = home if home and gz.get(home) is not None and gz.get(home).level == "county" \
                    and gz.get(home).name.endswith("县") else _county_named_before(text, p, places)
                return (p, RegionHit(p, p + 1, ch, key, "deictic")) if key else (start, None)
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


def _with_level_before(text: str, start: int, hs: int, places: _Places, home: str | None) -> int:
    """县总工会, 县公安局, 市劳动局: the segmenter leaves a level character before a body's
    name outside it when the two are no word of its dictionary, and the name was then the head
    alone, or a body of no place. The character is the name's first when the text can say
    which place it stands for (the deictic cut then places it): not the end of a place's name
    (铅山县), nor part of a word with the character before it (全县, 各县, 城市)."""
    if start < 1 or text[start - 1] not in _DEICTIC_LEVELS or start in places.start_at_end \
            or text[start - 2:start] in _word_tags() or hs - start > 6 \
            or hs > start and _HAN_ONLY.fullmatch(text, start, hs) is None:
        return start
    if text[start - 1] == "县" and home is None \
            and _county_named_before(text, start - 1, places) is None:
        return start
    return start - 1


_DEICTIC_LEVELS = "市县省"


def _kind_after_place(text: str, start: int, head_start: int, places: _Places) -> bool:
    """美国私立中学, 中国民营企业: a place and a word for a class of bodies before the head."""
    place = next((h for h in places.near(start, head_start) if h.start == start), None)
    return place is not None and text[place.end:head_start] in CLASS_MODIFIERS


def _kind_after_nation(text: str, start: int, head_start: int) -> bool:
    """中国民办学校, 全国公立医院: the nation's name and a word for a class of bodies before
    the head (the country is no place of ``_Places``, so ``_kind_after_place`` misses it)."""
    prefix = next((p for p in NATIONAL_PREFIXES if text.startswith(p, start)), None)
    return prefix is not None and text[start + len(prefix):head_start] in CLASS_MODIFIERS


def _region_in(start: int, end: int, places: _Places) -> RegionHit | None:
    """The last place (no country) that lies within [start, end]: the regions other than
    countries that start in [start, end) are the only ones that can, bisected for directly
    (the regions near the span, filtered, cost a list per name)."""
    return places.places.last_within(start, end)


def canonical(surface: str, region: RegionHit | None, home: str | None, start: int) -> tuple[str, str | None]:
    """Canonical name and region code of an organization name as written."""
    name = surface
    code = region.key if region else None
    # deictic prefix: 市总工会 -> 滨州市总工会, 省总工会 -> 山东省总工会
    if region is not None and region.form == "deictic" and region.start == start:
        d = gz.get(region.key)
        if d is not None:
            tail = surface[region.end - start:]
            if tail.startswith("级") and len(tail) > 3:
                tail = tail[1:]  # 市级职工互助会: the city's own, 鄂州市职工互助会
            name = d.name + tail
    elif region is not None and region.form in ("short", "area") and region.start == start:
        tail = surface[region.end - start:]
        bare_department = (_HEAD_RE.fullmatch(tail) and HEADS.get(tail) in ("government", "union")
                           or tail in _abbreviation_index().forms)
        if bare_department and region.form == "short" and (d := gz.get(region.key)) is not None:
            name = d.name + tail  # 泉州人社局 -> 泉州市人社局 (bare department of a city)
        elif bare_department and region.form == "area":
            # 高新区总工会 and 天津滨海高新技术产业开发区总工会: one body, named by its area
            name = region.key.partition("|")[2] + tail
    index = _abbreviation_index()
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
    if code is None and name.startswith(NATIONAL_PREFIXES):
        code = gz.COUNTRY_CODE
    return name, code


# -- heads learned from annotated news ---------------------------------------------------------
# Names the fixed HEADS do not cover (巴西队, 出版社, 国防部, 筹委会) are read off the segmenter's
# words: a head word after the words of a name (word heads), or a word the segmenter knows whose
# last characters are a head (nt 外交部, n 水利局). data/org_heads.tsv says, per reading and head,
# how often that reading gave exactly an annotated organization name in annotated news text
# (tools/build_org_heads.py); only readings right often enough are used, so that 部队, 汇报 or
# 中央银行 (a kind of bank, not a name) stay out.
NAME_TAGS = ("ns", "nt", "nz", "nrt", "j", "nr")
_NAME_WORD_TAGS = ("vn", "nr", "nz", "nt", "ns", "j", "an", "n", "nrt", "ng", "nrfg", "l", "s", "zg")
# the segmenter's tags, grouped as the learned table keys its "word ends in a head" readings
_WORD_GROUP = {"nt": "nt", "nz": "nz", "nrt": "nz", "j": "j", "n": "n", "l": "n", "vn": "n", "ns": "ns"}
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
LEARNED_MIN_PRECISION = 0.45  # lower bound, tuned on held-out training sentences
LEARNED_MIN_HITS = 5
LEARNED_MIN_NAMES = 3   # a head seen in fewer different names is part of a name, not a head
Token = tuple[int, int, str, str]   # start, end, word, part-of-speech tag


def segment(text: str) -> list[Token]:
    """The segmenter's words with their tags and absolute offsets (dictionary only, no HMM)."""
    if _posseg() is None:
        return []
    return words.pos_spans(text)


# the segmenter cuts text into these blocks and segments each one alone
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._]+")
_BLOCK_CHAR = re.compile(_BLOCK.pattern[:-1])  # one character of a block
# the run of block characters that ends a window (search with pos and endpos)
_BLOCK_TAIL = re.compile(_BLOCK.pattern[:-1] + r"*\Z")
# the text up to the last character that is no block character (match with pos and endpos): it
# ends where _BLOCK_TAIL's search starts, found in one greedy pass where that search tries
# every position of the window again
_UP_TO_BLOCK_TAIL = re.compile(r"(?s:.*)[^" + _BLOCK.pattern[1:-2] + "]")


def _block_tail_start(text: str, lo: int, hi: int) -> int:
    """Where the run of block characters that ends text[lo:hi] starts (lo if it fills it)."""
    m = _UP_TO_BLOCK_TAIL.match(text, lo, hi)
    return m.end() if m is not None else lo


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
    tags = _word_tags()
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
    reliable heads with that character that may stand as words of their own (队, 代表团)."""
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
                       tuple(h for h in heads if h in word_heads))
    return table


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
    """Could the segmenter read a reliable head ending at q as a name's end: a dictionary word
    of a learned group ends there (外交部, 新华社), or a head stands there as a word of its own
    (巴西/队, not 部队): neither the character before it nor the one after it makes a word with
    it. Asked once per place for all the heads with that last character (``_head_end_table``),
    not head by head. The words are looked for length by length only where the last three
    characters end one of them (or one has two characters): 24,000 of the 36,000 places a
    People's Daily load asks about end none, and each length sliced the text again."""
    if two or text[max(0, q - 3):q] in ends3:
        for n, names in names_by_len:
            if n <= q and text[q - n:q] in names:
                return True
    if not word_heads_here or is_word[text[q - 1:q + 1]]:
        return False  # (the character after the head is the same for every head ending at q)
    for h in word_heads_here:
        p = q - len(h)
        if p > 0 and text.endswith(h, 0, q) and not is_word[text[p - 1:p + 1]]:
            return True
    return False


def segment_near_heads(text: str, segmented: dict | None = None) -> list[Token]:
    """The words of the blocks that may hold a name ending in a learned head; a blank word stands
    between blocks so no name runs across them. Segmenting a whole article would cost more
    than the rest of the entity stage, and most blocks hold no head at all. ``segmented``, if
    given, gets each block's words (offsets in text) under (start, end) of the block."""
    pseg = _posseg()
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
        if not _may_end_name_at(text, p + 1, *by_last[text[p]], is_word):
            continue
        if reverse is None:
            reverse = text[::-1]
        back = len(text) - 1 - p
        start = p + 1 - (_BLOCK.match(reverse, back).end() - back)
        end = _BLOCK.match(text, p).end()
        spans = spans_of(text[start:end], start)  # the words at their place in text
        if segmented is not None:
            segmented[(start, end)] = spans
        out += spans
        out.append((end, end, "", "x"))
    return out


_PLACE_OR_NAME = ("ns", "nt", "nz", "j")
_LEVEL_CHARS = set("省市县区乡镇村")


@lru_cache(maxsize=4096)
def _block_words(block: str) -> tuple[Token, ...]:
    """segment() of one block, kept: the known bodies, the units of a body and the heads that
    stand alone all look at the same few blocks of an article."""
    return tuple(segment(block))


class _Block(NamedTuple):
    start: int
    end: int
    text: str


def _words_of(block: _Block, segmented: dict | None) -> tuple[list[Token] | tuple[Token, ...], int]:
    """The block's words and what their offsets count from: the text's start for a whole block
    the learned heads' search segmented already (``segmented``, the article's), else the
    block's. The known bodies and the units of a body look at 8,000 blocks of a People's Daily
    load, 7 in 8 of them blocks segmented there."""
    got = segmented.get((block.start, block.end)) if segmented else None
    if got is not None:
        return got, 0
    return _block_words(block.text), block.start


# The block around a hit is read from at most 24 characters before it to at most this many
# after it. Blocks of news text are far shorter; a list of names run together without
# punctuation is one block of thousands, which was segmented again from every hit in it to its
# end (32,000 characters of 第一次全国代表大会: 5 s).
_BLOCK_AFTER = 64


_START, _END = itemgetter(0), itemgetter(1)


def _word_at(toks, at: int, edge=_START) -> int | None:
    """The index of the word of ``toks`` (one block's words, in text order) that starts at
    ``at`` (or, with ``_END``, ends there), None if none: bisected, where a search word by word
    went through half a block's words for each of 17,000 known bodies and units of a People's
    Daily load."""
    k = bisect.bisect_left(toks, at, key=edge)
    return k if k < len(toks) and edge(toks[k]) == at else None


def _block_at(text: str, start: int, end: int) -> _Block | None:
    """The run of block characters that reaches ``end``, searched from 24 characters before
    ``start``, cut ``_BLOCK_AFTER`` characters after ``end``."""
    # The first block from there that reaches ``end`` is the run holding text[end - 1] (cut
    # at the search's start), or when that is no block character, the next run after it: found
    # by two calls in C rather than by walking every block from the search's start (the known
    # bodies and the units of a body ask this for 12,000 hits of a People's Daily load).
    # endpos bounds the match too: a block match runs greedily to the end of its run
    if _BLOCK_CHAR.match(text, end - 1) is not None:
        b = _BLOCK.match(text, _block_tail_start(text, max(0, start - 24), end), end + _BLOCK_AFTER)
    else:
        b = _BLOCK.search(text, end, end + _BLOCK_AFTER)
    return _Block(b.start(), b.end(), b.group()) if b is not None else None


# A name reaches at most this far left of its head word: as ``_left_edge``'s window does for
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
    while j > 0 and toks[j - 1][0] >= floor:
        _, _, word, flag = toks[j - 1]
        if flag == "v" and len(word) >= 2 and not named and word not in STOP_WORDS \
                and _HAN_WORD.fullmatch(word):
            # 上海市演出公司, 北京启明演出公司: two-character verbs between a place and the head
            # are the body's trade; they stay in the name only if a place comes before them
            pending = j if pending is None else pending
            j -= 1
            continue
        if flag == "m" and j > 1 and toks[j - 2][3] in ("ns", "nt", "j") and _ORDINAL.fullmatch(word):
            j -= 1  # 山西第五建筑公司, 上海第一百货商店: an ordinal after the place is the name's
            continue
        if not _HAN_WORD.fullmatch(word) or word in STOP_WORDS or not flag.startswith(_NAME_WORD_TAGS):
            break
        if pending is not None and flag != "ns":
            break  # 中央乐团|易名|…: after a body's name a verb is what the body did
        if pending is not None:
            pending = None  # the verbs lie between a place and the head: they are the name's
        if named and flag not in _PLACE_OR_NAME:
            break
        named = named or flag in _PLACE_OR_NAME
        # 李明公司: a person's name ends the name unless a place or a name stands before it
        if flag in ("nr", "nrfg") and len(word) >= 2 and j > 1 and toks[j - 2][3] not in NAME_TAGS:
            break
        j -= 1
    if pending is not None:
        j = pending
    # 两国议会 segmented 两/国议会: a lone character that is no place or name is not the name's start
    # (县粮食局, 市文化局: a bare level character names the paper's own county or city)
    while j < i and len(toks[j][2]) == 1 and toks[j][3] not in ("ns", "j", "nt") \
            and toks[j][2] not in _LEVEL_CHARS and not (j + 1 < i and len(toks[j + 1][2]) == 1):
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
            if (heads is not None and head not in heads) or not _HAN_WORD.fullmatch(head):
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
                    stem = _word_tags().get(word[:-len(t)], "")
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
    tags = _word_tags()
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
    for k, (_, end, word, flag) in enumerate(toks):
        if end == 0 or text[end - 1] not in last:
            continue
        found = None
        for m in (3, 2, 1):
            i = k - m + 1
            if i < 1 or end - toks[i][0] > 4:
                continue
            head = text[toks[i][0]:end]
            if head not in words_ok or not _HAN_WORD.fullmatch(head):
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
def _word_tags() -> dict[str, str]:
    """The segmenter's dictionary: word -> part-of-speech tag."""
    pseg = _posseg()
    return pseg.dt.word_tag_tab if pseg is not None else {}


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
    """The heads with at least one reading reliable enough to name: ``_learned_names`` keeps
    only such readings, so reading the others (and the words ending in them) is wasted."""
    return frozenset(h for (_, h), p in learned_heads().items() if p >= LEARNED_MIN_PRECISION)


# kinds of names ending in a learned head, by their last characters (分公司, 农商银行, 出版社)
_KIND_ENDINGS = (
    ("company", ("公司", "集团", "厂", "企业")), ("bank", ("银行", "信用社")),
    ("hospital", ("医院", "卫生院")), ("school", ("大学", "学院", "学校", "中学", "小学")),
    ("media", ("报社", "日报", "晚报", "晨报", "早报", "商报", "时报", "周报", "青年报", "都市报",
               "电视台", "广播电台", "通讯社", "出版社", "杂志社")),
    ("union", ("工会",)),
    ("government", ("部", "局", "厅", "署", "委", "委员会", "办公室", "政府", "法院", "检察院")),
)
_GROUP_HEADS = ("队", "代表团", "访问团", "考察团")
# class nouns: 单位工会, 企业工会, 开发区工会 name a kind of body, not one body
CLASS_NOUNS = {"单位", "基层", "企业", "机关", "事业单位", "企事业单位", "开发区", "园区", "乡镇",
               "街道", "社区", "村", "学校", "行业", "县市区", "县区", "各级", "地方", "外国", "国外",
               "国内", "中小", "大型", "小型", "民营", "私营", "国有", "外资", "合资", "股份制"}


# words that, alone before a head, say what kind of body it is (商业银行, 外国公司, 私立大学)
CLASS_MODIFIERS = CLASS_NOUNS | {"商业", "外国", "债权", "网上", "地方", "民间", "私人", "私立", "公立",
                                 "民办", "公办", "政策性", "城市", "农村", "各", "该", "这家", "一家",
                                 "有关", "主要", "其他", "其它"}


@lru_cache(maxsize=4096)
def _kind_of(name: str) -> str:
    """The kind of body a name is, by its head: kept, as the same names (新华社, 外交部) come
    back article after article."""
    if name.endswith(_PRESS_OFFICES):
        return "media"
    for n in range(min(len(name), 8), 0, -1):
        if name[-n:] in HEADS:
            return HEADS[name[-n:]]
    return next((kind for kind, ends in _KIND_ENDINGS if name.endswith(ends)), "other")


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


def _learned_names(text: str, places: _Places, home: str | None,
                   toks: list[Token] | None = None) -> list[OrgHit]:
    """Names ending in a learned head whose reading is reliable enough; ``toks``: the words
    ``segment_near_heads`` gives, when the caller has them."""
    table = learned_heads()
    if not table:
        return []
    if toks is None:
        toks = segment_near_heads(text)
    hits = []
    # the first reliable reading of each word, longest head first (有限公司 before 公司)
    for k, known in _reliable_readings(text, toks):
        _, head, start, end = known
        # (the words before the head, or before its last two or three characters: three tests
        # written out, not a generator over a set made for each of 10,000 readings of a load)
        if text[start:end - len(head)] in CLASS_MODIFIERS or text[start:end - 2] in CLASS_MODIFIERS \
                or text[start:end - 3] in CLASS_MODIFIERS \
                or text[end - 1] in ("部", "局", "署") and _head_in_other_word(text, end - 1, text[end - 1]):
            continue  # 商业银行, 美国中西部, 新格局: a kind of body, a part of a country, no bureau
        if _COUNTED.search(text, max(0, start - 6), start):
            continue
        if known[0].startswith("word") and _only_class_nouns(toks, k, start, end - len(head)):
            continue
        deictic = None
        start = _with_level_before(text, start, start, places, home)  # 县|卫生院
        if text[start] in _DEICTIC_LEVELS:  # 市文化局 -> the home city's
            start, deictic = _deictic_cut(text, start, start + 1, places, home)
        surface = text[start:end]
        region = deictic or _region_in(start, end, places)
        name, code = canonical(surface, region, home, start)
        hit = OrgHit(start, end, surface, name, _kind_of(surface), code)
        if surface != name:
            hit.aliases.add(surface)
        hits.append(hit)
    return hits


# -- well-known bodies and party congresses ----------------------------------------------------
@dataclass(frozen=True)
class KnownBody:
    name: str
    kind: str
    scope: str          # national | world
    full: str           # canonical name, empty when ``name`` is it


@lru_cache(maxsize=1)
def known_bodies() -> dict[str, KnownBody]:
    text = resources.files(DATA).joinpath("org_known.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {r[0]: KnownBody(*r) for r in rows[1:]}


# bodies that stand somewhere: a school, a hospital or a company of the whole country (北大) is
# still in the city its name opens with, unlike a ministry or a party, which are the country's
_SEATED_KINDS = ("school", "hospital", "company", "bank")


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


@lru_cache(maxsize=1)
def _known_re() -> re.Pattern:
    return re.compile(_trie_pattern(known_bodies()))


def _known_names(text: str, places: _Places, segmented: dict | None = None) -> list[OrgHit]:
    """Well-known bodies named as words of their own (北约, not 北大 of 北大荒), with the places
    written right before them (美国国会, 巴基斯坦外交部)."""
    hits = []
    for m in _known_re().finditer(text):
        block = _block_at(text, m.start(), m.end())
        if block is None:
            continue
        toks, base = _words_of(block, segmented)  # offsets from base
        at, upto = m.start() - base, m.end() - base
        if _word_at(toks, upto, _END) is None:
            continue
        i = _word_at(toks, at, _START)
        if i is None:  # 美国国会 as one word: a place and the body
            i = bisect.bisect_right(toks, at, key=_START) - 1  # the word at holds
            if _word_tags().get(text[toks[i][0] + base:m.start()]) != "ns":
                continue
        while i > 0 and toks[i - 1][3] == "ns" and toks[i - 1][2] not in words.acting_words():
            # (a place before the body, not a verb the dictionary tags as one: 中断联合国)
            i -= 1
        start = min([toks[i][0] + base]
                    + [h.start for h in places.near(m.start(), m.start())
                       if h.end == m.start() and h.form != "deictic"])
        body = known_bodies()[m.group()]
        surface = text[start:m.end()]
        if start == m.start() or body.scope == "national" and _own_country(places, start, m.start()):
            # (中国外交部, 我国农业部: the country's own name adds nothing to a body of its state)
            name = body.full or body.name
            code = _seat(name, body.kind, body.scope)
        else:
            name = surface
            region = _region_in(start, m.end(), places)
            code = region.key if region else None
        hit = OrgHit(start, m.end(), surface, name, body.kind, code)
        if surface != name:
            hit.aliases.add(surface)
        hits.append(hit)
    return hits


def _own_country(places: _Places, start: int, end: int) -> bool:
    """Is text[start:end] the country's own name (中国, 我国), and nothing else?"""
    return any(h.start == start and h.end == end and h.key == gz.COUNTRY_CODE
               for h in places.near(start, end))


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


def _congresses(text: str, hits: list[OrgHit]) -> list[OrgHit]:
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


def _straddled(text: str, start: int, end: int, segmented: dict | None = None) -> bool:
    """Does a segmenter word run across the start or the end of text[start:end] (领导人|大约)?"""
    block = _block_at(text, start, end)
    if block is None or _posseg() is None:
        return False
    toks, base = _words_of(block, segmented)
    for s, e, _, _ in toks:
        s, e = s + base, e + base
        if (s < start < e and e < end) or (start < s < end < e):
            return True
    return False


def _place_before(text: str, at: int, places: _Places) -> int:
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


# 卫生部康复中心, 中科院高能物理所, 浙江美术学院国画系: a unit of a body is named after it
UNIT_HEADS = ("系", "所", "处", "科", "室", "办", "中心", "部", "局", "厅", "署", "司", "组", "分行",
              "分公司", "分局", "分会", "支部", "党委", "委员会", "学院", "医院", "政治局", "书记处",
              "办公厅", "研究院", "研究所", "事务所", "办事处", "代表处", "工会", "团委",
              # 歌剧院芭蕾舞团: a company of performers a body keeps (a team or delegation
              # named after a body is a group of its people, see _GROUP_HEADS)
              "舞团", "剧团", "乐团", "合唱团", "艺术团", "总行", "编辑部")


# a body's branches, named with the place they serve between the body and the head
_BRANCH_HEADS = {"分行", "支行", "分公司", "分局", "分会", "办事处", "代表处", "分院", "分校"}
# words ending in a unit head that name no unit: how much of a body (该厂全部职工, 局部),
# its people (干部) or an abstraction (关系, 体系)
_NO_UNIT = {"全部", "局部", "干部", "关系", "体系", "内部", "部署", "总部", "结合部"}  # (部署: a deployment)


def _ends_in_unit_head(word: str) -> bool:
    """宣传科, 芭蕾舞团: a unit head after a noun or a verb the dictionary knows (宣传|科);
    莫斯|科 is no such word."""
    for h in UNIT_HEADS:
        if word.endswith(h) and (len(h) >= 2 or _word_tags().get(word[:-1], "")[:1] in ("n", "v")):
            return True
    return False


# the last characters of the unit heads: a unit's name ends in one
_UNIT_END = re.compile("[" + re.escape("".join(sorted({h[-1] for h in UNIT_HEADS}))) + "]")


def _units(text: str, hits: list[OrgHit], segmented: dict | None = None) -> list[OrgHit]:
    """Names of a found body's units: up to three words right after it, the last ending in a
    unit head."""
    out = []
    for h in hits:
        # The unit's words run on in the hit's block, so a hit its block ends with (the next
        # character is no block character) has none, and neither has one whose block holds no
        # unit head's last character after it: most hits, found so without segmenting a block.
        if not _BLOCK_CHAR.match(text, h.end):
            continue
        run = _BLOCK.match(text, h.end)
        if not _UNIT_END.search(text, h.end, min(run.end(), h.end + _BLOCK_AFTER)):
            continue
        block = _block_at(text, h.start, h.end)
        if block is None or block.start > h.end - 1 or block.end <= h.end:
            continue
        toks, base = _words_of(block, segmented)  # offsets from base
        k = _word_at(toks, h.end - base, _START)
        if k is None:
            continue
        for j, (_, end, word, flag) in enumerate(toks[k:k + 3], k):
            unit = len(word) >= 3 and _ends_in_unit_head(word)
            if flag == "ns" and j + 1 < len(toks) and toks[j + 1][2] in _BRANCH_HEADS:
                continue  # 农业发展银行陕西省分行: a body's branch is named after its place
            if word in _BRANCH_HEADS and j > k and toks[j - 1][3] == "ns":
                flag = "n"  # (分行 is a verb to the segmenter)
            if not _HAN_WORD.fullmatch(word) or word in STOP_WORDS \
                    or not (flag.startswith(_NAME_WORD_TAGS) or _ORDINAL.fullmatch(word)) \
                    or flag in ("ns", "nrt") or flag in ("nr", "vn") and not unit:
                # 新华社莫斯科, 援引: a place, a person or an action is not a unit; a word ending
                # in a unit head is one whatever the tag (宣传科 is read as a person's name)
                break
            if word.endswith(UNIT_HEADS) and word not in _NO_UNIT:
                end += base
                surface = text[h.start:end]
                out.append(OrgHit(h.start, end, surface, h.name + text[h.end:end],
                                  _kind_of(surface), h.region))
                break
    return out


_PAREN_PART = re.compile(r"\([\u4e00-\u9fff]{1,6}\)$")


def _over_parentheses(text: str, start: int, places: _Places) -> int:
    """福建莆田香江(集团)有限公司, 阿斯利康(无锡)贸易有限公司: a company's name goes on
    left over a short parenthesised part, which the word walk stops at."""
    m = _PAREN_PART.search(text, max(0, start - 8), start)
    if m is None:
        return start
    before = _over_brand(text, _left_edge(text, m.start(), places, 0), places)
    return before if before < m.start() else start


_NOT_IN_BRAND = set("的了在和与及是为由向对从把被将等并或")


def _acts(words_: str) -> bool:
    """Does the segmenter read a verb of two characters or more (not a verbal noun), a pronoun
    or a stop word among these characters? 江苏某厂起诉|中国银行: what stands between a place and
    a body is then a clause, the place its subject's, not a trade name. (A trade name cut into
    single characters has any tags: 恒润 is 恒/nr 润/v.)"""
    lexicon = words.lexicon()
    if lexicon is None:
        return False
    return any(flag[:1] == "v" and flag != "vn" and len(word) >= 2 or flag[:1] == "r"
               or word in STOP_WORDS for _, _, word, flag in lexicon.spans(words_, 0))


def _over_brand(text: str, start: int, places: _Places) -> int:
    """江苏恒润…公司: a trade name (two to four characters the segmenter cuts apart) between
    a place and the rest of a company's name belongs to the name, place and all."""
    for k in range(1, 5):  # (one character: the walk took the rest of 新|康 already)
        p = start - k
        if p < 0:
            break
        if p in places.start_at_end and places.start_at_end[p] < p:
            between = text[p:start]
            if _HAN_ONLY.fullmatch(between) and not _NOT_IN_BRAND.intersection(between) \
                    and not _acts(between):
                return places.start_at_end[p]
            break
    return start


# 县公安局, 省劳动厅, 市第一人民医院: a level character alone before a department names the
# writer's own county, province or city; in a text with no home place it cannot be resolved, yet
# the words still name one body, so it is kept under the name as written (region unknown)
_OWN_LEVEL = "省市县区"
_LEVEL_BEFORE = re.compile("[县区]")
_OWN_LEVEL_HEADS = {"局", "厅", "医院", "中心", "委员会", "办公室", "学校", "中学", "小学", "卫生院",
                    "政府", "财政", "办", "委", "宣传部", "组织部", "工作部", "管委会", "党委"}


def _unplaced_level(ch: str, home: str | None) -> bool:
    """Can the home place not resolve the level character ``ch``? With no home none can; a
    city's or province's paper names many counties, so its bare 县/区 (县医保局) is not one."""
    if home is None:
        return True
    return ch in "县区" and ((d := gz.get(home)) is None or d.level != "county")


def _own_level_start(text: str, start: int, hs: int, head: str, home: str | None) -> int | None:
    """Where the name starts when it is a level character and a department of that unnamed
    place (县|公安|局), read where no home place resolves it; the segmenter may have cut the
    character off (县公安局 is one of its words, split at the head). With a home, the deictic
    cut has placed it already."""
    # (the tests on characters come first: they settle most heads before a place is looked up)
    if start > 0 and head in _OWN_LEVEL_HEADS and text[start - 1] in _OWN_LEVEL \
            and text[start] not in _OWN_LEVEL and _unplaced_level(text[start - 1], home) \
            and text[start - 2:start] not in _word_tags():
        start -= 1
    tags = _word_tags()
    ok = (head in _OWN_LEVEL_HEADS and text[start] in _OWN_LEVEL and _unplaced_level(text[start], home)
          and text[start + 1] != "级"  # 区级服务中心: a kind of centre
          # 城市|电信局, 市场|办: the character is part of another word
          and text[start - 1:start + 1] not in tags and text[start:start + 2] not in tags
          and 1 < hs - start <= (10 if head == "委员会" else 8)
          and _HAN_ONLY.fullmatch(text, start, hs) is not None
          and not _verb_phrase_before(text, None, start + 1, hs))
    return start if ok else None


def _may_be_placed(text: str, name_head: int, hs: int, he: int, places: _Places) -> bool:
    """Could a name ending at ``he`` have a region or a national prefix? Its start is at most 16
    characters before ``name_head`` (``_left_edge``'s window), so it needs a place inside that
    span, a deictic 市/省 before the head, or a national prefix or abbreviation in it. A generic
    head without any (a third of all heads) is dropped before its name is segmented."""
    lo = max(0, name_head - 16)
    return (places.place_within(lo, he)
            or text.find("市", lo, hs) >= 0 or text.find("省", lo, hs) >= 0
            or _national_starts_re().search(text, lo, he) is not None)


@lru_cache(maxsize=1)
def _national_starts_re() -> re.Pattern:
    """Any of the national prefixes and region abbreviations (one search, not one per form)."""
    return re.compile("|".join(map(re.escape, NATIONAL_PREFIXES + _region_aliases())))


def find_organizations(text: str, regions: list[RegionHit], home: str | None = None) -> list[OrgHit]:
    hits: list[OrgHit] = []
    heads = [(m.start(), m.end(), m.group()) for m in _HEAD_RE.finditer(text)]
    heads += [(m.start(), m.end(), "总") for m in _ZONG_RE.finditer(text)]
    heads.sort()
    local_fulls = _abbreviation_index().local_fulls
    national_starts = NATIONAL_PREFIXES + _region_aliases()
    places = _Places(regions)
    # the blocks around learned heads, segmented first: the heads that stand alone, the known
    # bodies and the units of a body look at the words of many of them again
    segmented: dict = {}
    near_heads = segment_near_heads(text, segmented)
    for hs, he, head in heads:
        if text[he:he + 1] and text[he] in _NOT_AFTER.get(head, "") \
                or _head_in_other_word(text, hs, head):
            continue
        kind = HEADS.get(head, "union")
        # 人力资源和社会保障局: a known full department name is one unit even with 和 inside
        full = next((f for f in local_fulls.get(text[he - 1], ()) if len(f) > len(head)
                     and text.endswith(f, 0, he)), None)
        if head in STANDALONE and _straddled(text, hs, he, segmented):
            continue  # 领导人大约, 真人大小: the head's characters belong to other words
        if head in GENERIC and not _may_be_placed(text, he - len(full) if full else hs, hs, he,
                                                  places) \
                and not _body_head_before(text, hs) \
                and not _LEVEL_BEFORE.search(text, max(0, hs - 8), hs):
            continue  # a generic head no place can come to: the checks below would drop it
        name_head = he - len(full) if full else hs
        if head in _SHORT_HEADS and not full:
            name_head = _word_ending_at(text, hs, he)  # 发改委, 财贸办: one word with its head
        start = _left_edge(text, name_head, places, 0)
        if kind in ("company", "bank", "insurer"):
            start = _over_brand(text, _over_parentheses(text, start, places), places)
        if head in STANDALONE:
            start = max(start, _place_before(text, hs, places))
        else:
            start = _with_level_before(text, start, hs, places, home)
            if start == hs and name_head == hs:  # the head alone: 妇联, 局 (no 市/县 before it either)
                continue
        start, deictic = _deictic_cut(text, start, hs, places, home)
        surface = text[start:he] + ("工会" if head == "总" else "")
        region = deictic or _region_in(start, he, places)
        national = surface.startswith(national_starts)
        if text[start:name_head] in CLASS_MODIFIERS \
                or start in places.named_starts and _kind_after_place(text, start, name_head, places) \
                or national and _kind_after_nation(text, start, name_head):
            continue  # 商业银行, 外国银行, 美国私立中学, 中国民办学校: a kind of body, not one body's name
        if _COUNTED.search(text, max(0, start - 6), start):
            continue  # 共建7家全国重点实验室, 5所大学: a counted kind of body, not one body's name
        own_level = None
        if region is None and not national:
            own_level = _own_level_start(text, start, hs, head, home)
            if own_level is not None and own_level < start:
                start = own_level
                surface = text[start:he]
        if head in GENERIC and region is None and not national \
                and not _starts_with_body(text, start, hs) and own_level is None:
            continue  # (中山大学附属第三医院: a unit of a body found before is placed by it)
        if head in ("市委", "县委", "区委", "省委") and region is None:
            continue
        if head in _SHORT_HEADS and own_level is None and (region is None or gz.get(region.key) is None
                                     or gz.get(region.key).level == "country") \
                and not (head in ("办", "委") and surface.startswith(NATIONAL_PREFIXES)):
            continue  # 中国政府, 美国政府 speak for a state; 省政府, 国家发改委 name a body
        if head in _SHORT_HEADS and _verb_phrase_before(text, region, start, name_head):
            continue  # 福建致力实施政府、企业…: a verb phrase, not a body's name
        if head in _FORCE_HEADS and not _FORCE.search(surface):
            continue  # 调查总队, 生产大队: not a unit of a force (the survey's is its bureau's)
        name, code = canonical(surface, region, home, start)
        if name.endswith(_PRESS_OFFICES):
            kind = "media"  # 市政府新闻办 hosts the briefing, it does not run what is reported
        if "(" in name:  # a registered name writes its parenthesised part in full-width brackets
            name = name.replace("(", "（").replace(")", "）")
        if head in ("办事处", "分会") or "互助会" in surface[:-len(head)]:
            kind = "union" if "工会" in name or "互助会" in name else kind
        hit = OrgHit(start, he, surface, name, kind, code)
        if surface != name:
            hit.aliases.add(surface)
        hits.append(hit)
    # 市委宣传部代表队, 某某有限公司滨州分公司代表队: a team or delegation named after a body the
    # fixed heads found is a group of that body's people; the body stays the name there
    ruled = sorted(h.end for h in hits)
    hits += [h for h in _learned_names(text, places, home, near_heads)
             if not (h.surface.endswith(_GROUP_HEADS) and _any_within(ruled, h.start, h.end))]
    hits += _brand_companies(text, places, hits)
    hits += _bodies_of_posts(text, places)
    hits += _place_teams(text, places)
    hits += _place_services(text, places)
    hits += _sponsored_teams(text, places, segmented)
    hits += _newspapers(text, places)
    hits += _brand_names(text, places, hits)
    if home is None:
        hits += _bare_committees(text)
    if "”" in text:
        hits += _quoted_bodies(text)
    if "简称" in text:
        hits += _declared_short_names(text, hits)
    hits += _known_names(text, places, segmented)  # last: on the same span, the known body's kind stands
    # 国际文凭组织（IBO）, then IBO alone: after every other finder, which keep their spans
    hits += [OrgHit(s, e, surface, name, "other", None, {surface} - {name})
             for s, e, surface, name in abbreviated_bodies(text, [(h.start, h.end) for h in hits])]
    hits += _congresses(text, hits)
    if "和" in text:  # 工业和信息化部, 商务部电子商务和信息化司: one body, not the part after 和
        opens = {r.end: (r.start, r.key) for r in regions if r.form != "country"}
        opens.update((h.end, (h.start, h.region)) for h in hits)
        for s, e, surface, region, short in coordinated_bodies(text, opens):
            if any(h.start <= s and e <= h.end for h in hits):
                continue  # a name the table knows (人力资源和社会保障局 -> 人社局), found whole
            for h in hits:
                if h.surface == short:  # 商务部电子商务司 in the headline: the same body
                    h.name, h.kind, h.aliases = surface, "government", h.aliases | {short}
            hits.append(OrgHit(s, e, surface, surface, "government", region))
    hits = [h for h in hits if not h.surface.endswith(_PREMISES) and not _not_a_body(h.surface)
            and not _COUNT_AFTER.match(text, h.end)]
    if "届" in text:  # a term is written 第…届
        hits = [_with_term(text, h) for h in hits]
    ends = sorted(h.end for h in hits)
    covered = {(h.start, h.end) for h in hits}
    hits = [_over_conjunction(text, h, places, ends, covered) for h in hits]
    units = [u for u in _units(text, _drop_nested(list(hits)), segmented) if not u.surface.endswith(_PREMISES)]
    found = [_at_own_place(h, places) for h in _joint_bodies(text, _drop_nested(hits + units))]
    if "部门" in text:
        found = _with_departments(found, find_departments(text, regions, home, found))
    return org_deictics.with_deictics(text, org_edges.settle(text, found, regions))


def _with_departments(found: list[OrgHit], departments: list[OrgHit]) -> list[OrgHit]:
    """The departments no other finder took (their spans overlap none of ``found``)."""
    order = TextOrder(found)
    new = [d for d in departments
           if not any(h.end > d.start for h in order.iter_starting_in(max(0, d.start - 64), d.end))]
    return sorted(found + new, key=lambda h: (h.start, -h.end)) if new else found


_DIVISION_ENDS = set("市县区州盟旗")


def _at_own_place(h: OrgHit, places: _Places) -> OrgHit:
    """江苏省宿迁市中级人民法院: the places a name opens with that contain the next one are its
    address, written as place mentions of their own; the body as written starts at its own
    place (宿迁市中级人民法院), when that place is written with its level (县, 市, 区); a short
    name (郑州二七…) reads as one name with the place before it. The canonical name keeps the whole address, so the record is the
    same; the full form is kept as an alias."""
    start = h.start
    if start not in places.named_starts:
        return h  # (most names: no place opens them)
    chain = {r.start: r for r in places.near(h.start, h.end) if r.form in ("full", "short")}
    while start in chain:
        outer = chain[start]
        inner = chain.get(outer.end)
        if inner is None or outer.key not in gz.key_ancestors(inner.key) or inner.end >= h.end \
                or inner.surface[-1:] not in _DIVISION_ENDS:
            break  # 郑州二七…, 重庆黔江…: a short name goes on from the place before it
        start = inner.start
    if start == h.start:
        return h
    surface = h.surface[start - h.start:]
    return OrgHit(start, h.end, surface, h.name, h.kind, h.region, h.aliases | {h.surface})


# 财政部长, 外交部长: the segmenter reads a minister's post as one word, so the ministry inside
# it is found by its head no more (局长 after a head is a person's post, see _HEAD_RE)
# (the lookbehind comes after the first character: a pattern that opens with a lookbehind is
# tried at every character, one that opens with a class is searched for)
_POST_RE = re.compile(r"[部局厅](?<=[\u4e00-\u9fff][部局厅])长")


def _bodies_of_posts(text: str, places: _Places) -> list[OrgHit]:
    """The body in a post written as one word (泰国财政部长 -> 泰国财政部): the characters
    before 长 are a body's name the segmenter knows as such (nt), with the places right before."""
    out = []
    # (three string searches cost less than the pattern's scan, and most articles name no post)
    if "部长" not in text and "局长" not in text and "厅长" not in text:
        return out
    tags = _word_tags()
    for m in _POST_RE.finditer(text):
        end = m.start() + 1
        for n in (4, 3):
            body = text[end - n:end] if end >= n else ""
            if tags.get(body) == "nt":
                start = end - n
                while start in places.start_at_end and places.start_at_end[start] < start:
                    start = places.start_at_end[start]
                region = _region_in(start, end, places)
                surface = text[start:end]
                out.append(OrgHit(start, end, surface, surface, "government",
                                  region.key if region is not None else None))
                break
    return out


# 女篮, 男排, 女足: a sport's team word, written right after the country or place it plays for
# (each branch opens with one character, so the regex engine searches for those three only)
_TEAM_RE = re.compile(r"男(?:篮|排|足|乒|垒|曲|手|水)(?!球)|女(?:篮|排|足|乒|垒|曲|手|水)(?!球)"
                      r"|国[奥青少]队")


def _place_teams(text: str, places: _Places) -> list[OrgHit]:
    """中国女篮, 巴西女排, 辽宁男篮: a team named by its place and the sport's short team word.
    全国 before one names a national league or contest (全国男篮甲A联赛), not a team."""
    out = []
    if "男" not in text and "女" not in text and "队" not in text:
        return out  # (each team word holds one of them; most articles hold none)
    for m in _TEAM_RE.finditer(text):
        start = places.start_at_end.get(m.start())
        if start is None or start >= m.start() or text[start:m.start()] == "全国":
            continue
        region = _region_in(start, m.end(), places)
        surface = text[start:m.end()]
        out.append(OrgHit(start, m.end(), surface, surface, "other",
                          region.key if region is not None else None))
    return out


# 海口公安, 北京警方, 深圳交警: a city's police named by its place and the service's word, as
# web news writes it (not 公安局, 公安机关, 交警支队, 警方人员: a longer name or a person)
_SERVICE_RE = re.compile(r"(?:公安|警方|交警|特警|巡警)(?![局厅部分机干人民队支大总处所站官员车系])")


def _place_services(text: str, places: _Places) -> list[OrgHit]:
    """The police of a place (海口公安, 北京警方): a body, where a full or short name of a place
    of the country (not the country's own) stands right before the service's word."""
    out = []
    if "公安" not in text and "警" not in text:
        return out
    for m in _SERVICE_RE.finditer(text):
        start = places.start_at_end.get(m.start())
        if start is None or start >= m.start():
            continue
        region = _region_in(start, m.end(), places)
        if region is None or region.key == gz.COUNTRY_CODE or region.form not in ("full", "short") \
                or gz.is_foreign(region.key):
            continue
        surface = text[start:m.end()]
        out.append(OrgHit(start, m.end(), surface, surface, "government", region.key))
    return out


_LONE_TEAM = re.compile(r"队(?<=[\u4e00-\u9fff]队)")  # 队 after a Chinese character
_NOT_IN_TEAM = set("的了在和与及是为由向对从把被将等并或胜负平战迎两各全队派")


def _sponsored_teams(text: str, places: _Places, segmented: dict | None = None) -> list[OrgHit]:
    """江苏加佳队, 武汉雅琪队: a club team is its place, a sponsor's name of two to four
    characters the segmenter cuts apart, and 队 as a word of its own (not 部队, 总队, 领队)."""
    out = []
    for m in _LONE_TEAM.finditer(text):
        at = m.start()
        for k in (2, 3, 4):
            p = at - k
            start = places.start_at_end.get(p)
            if start is None or start >= p:
                continue
            between = text[p:at]
            if _HAN_ONLY.fullmatch(between) is None or _NOT_IN_TEAM.intersection(between):
                break
            block = _block_at(text, at, at + 1)
            if block is None:
                break
            toks, base = _words_of(block, segmented)
            if not any(t[0] == at - base and t[1] == at + 1 - base for t in toks):
                break
            region = _region_in(start, at + 1, places)
            surface = text[start:at + 1]
            out.append(OrgHit(start, at + 1, surface, surface, "other",
                              region.key if region is not None else None))
            break
    return out


# a paper's title in book-title marks: 《经济日报》, 英国《金融时报》
_PAPER_RE = re.compile(r"《([\u4e00-\u9fff]{1,10}(报|周刊|杂志|画报|月刊|新闻))》")
# 《检察日报》社, 《科学新闻》杂志: the title is part of a longer name or a column's
_AFTER_PAPER = ("社", "杂志", "报", "编辑部", "栏目", "专栏", "版")


def _newspapers(text: str, places: _Places) -> list[OrgHit]:
    """A newspaper or magazine named by its title: with the country or city it is published in
    right before it, the name is place and title, marks and all (英国《金融时报》); alone, the
    title inside the marks (《经济日报》). A bare 《…新闻》 is as often a column or a programme,
    so it needs its place."""
    out = []
    for m in _PAPER_RE.finditer(text):
        if text.startswith(_AFTER_PAPER, m.end()):
            continue
        start = places.start_at_end.get(m.start())
        if start is not None and start < m.start():
            region = _region_in(start, m.start(), places) or next(
                (h for h in places.near(start, m.start()) if h.start == start), None)
            out.append(OrgHit(start, m.end(), text[start:m.end()], m.group(1), "media",
                              region.key if region is not None else None))
        elif m.group(2) != "新闻":
            out.append(OrgHit(m.start(1), m.end(1), m.group(1), m.group(1), "media", None))
    return out


# 市委, 省委, 村党支部, 村委会: the committee of the writer's own place, written bare
# (it opens with the class of its first characters, so the engine searches for those only)
_BARE_COMMITTEE = re.compile(r"[市省县村](?:(?<=[市省县])委|(?<=村)(?:党支部|委会))(?![员会])")
# what may stand right before such a committee for it to be written bare: no character at all,
# punctuation, or a function word (在县委工作, 由市委决定), not a name it is part of (洪泽县委)
_BEFORE_BARE = set("的在和与及由向对从把被将等并或为是了到任当受经据给同跟让使请、,。;:“”")


def _bare_committees(text: str) -> list[OrgHit]:
    """A party or village committee written bare in a text with no home place (受到市委表彰,
    村委会主任): it cannot be placed, yet it names one body; it is kept as written."""
    out = []
    if "委" not in text and "党支部" not in text:
        return out  # (what every match holds: four in five articles with no home have neither)
    for m in _BARE_COMMITTEE.finditer(text):
        before = text[m.start() - 1:m.start()]
        if before and _HAN_ONLY.fullmatch(before) and before not in _BEFORE_BARE:
            continue
        out.append(OrgHit(m.start(), m.end(), m.group(), m.group(), "government", None))
    return out


_CONJUNCTIONS = "和与及"
# people and posts, not a body's field (中国人民和…, 国家主席和…)
_NOT_A_FIELD = {"人民", "主席", "总统", "总理", "首相", "政府", "领导人", "各国", "人", "国家",
                "代表", "部长", "官员", "企业", "公司", "群众"}
_IN_NAME_TAGS = ("n", "vn", "nz", "an", "b", "ng", "nt", "j", "ns", "l")


def _over_conjunction(text: str, h: OrgHit, places: _Places, ends: list[int],
                      covered: set[tuple[int, int]]) -> OrgHit:
    """美国国家海洋与大气管理局, 中国对外贸易和经济合作部: a body whose field is two nouns joined
    by 和/与/及 is one name from its place on. The head found the name after the conjunction;
    when the words before it are nouns back to a place or 国家 (not a place itself: 中国和美国
    外交部 are two; nor a body's name: 韩国商业银行和…), the name reaches that place."""
    at = h.start - 1
    if at < 1 or text[at] not in _CONJUNCTIONS or not words.available() \
            or h.surface in known_bodies():
        return h
    lo = max(0, at - 10)
    cut = _block_tail_start(text, lo, at)
    toks = words.pos_spans(text[cut:at], cut)
    if not toks or toks[-1][3].startswith("nr") or toks[-1][1] in places.start_at_end:
        return h
    for i in range(len(toks) - 1, -1, -1):
        s_, e_, word, flag = toks[i]
        if s_ != toks[i][0] or not _HAN_ONLY.fullmatch(word):
            return h
        if i < len(toks) - 1 and (s_ + len(word) in places.start_at_end
                                  or word in NATIONAL_PREFIXES):
            break  # the place or 国家 is reached; the words after it are the first field
        if word in NATIONAL_PREFIXES:
            e_ = s_ + len(word)
            break
        if not flag.startswith(_IN_NAME_TAGS) or word in STOP_WORDS:
            return h
    else:
        return h
    if i == len(toks) - 1 or any(t[2] in _NOT_A_FIELD for t in toks[i + 1:]):
        return h  # 国家和联合国, 中国人民和东盟, 主席和…: no field before the conjunction
    end_of_place = toks[i][1]
    start = _place_before(text, end_of_place, places)
    if start >= end_of_place or _any_within(ends, start + 1, at + 1) \
            or _HEAD_RE.search(text, end_of_place, at) or text[at - 1] in "队者省党会团社院部局厅" \
            or any(t[3] in ("nt", "nz", "j") for t in toks[i + 1:]):
        return h  # 大连万达队与深圳平安队, 劳动部和社会发展部: two bodies, not one
    place = next((r for r in places.near(start, end_of_place) if r.end == end_of_place), None)
    if place is not None and place.form == "deictic" \
            or any(t[2] in CLASS_MODIFIERS or t[2] in ("高校", "院校") for t in toks[i + 1:]):
        return h  # 我市高校与清华大学: the paper's own place and a class of bodies, then a body
    if (start, h.end) in covered:
        return h  # 人力资源和社会保障局: a full name the table knows was found whole already
    surface = text[start:h.end]
    return OrgHit(start, h.end, surface, surface, h.kind,
                  h.region or (r.key if (r := _region_in(start, h.end, places)) else None),
                  h.aliases | {h.surface})


_TERM = re.compile(r"第[一二三四五六七八九十百0-9]{1,4}届$")


def _with_term(text: str, h: OrgHit) -> OrgHit:
    """第九届全国人民代表大会, 第一届推选委员会: the term a body is in is part of its name as
    written (the canonical name stays the body's)."""
    m = _TERM.search(text, max(0, h.start - 6), h.start)
    if m is None:
        return h
    surface = text[m.start():h.end]
    return OrgHit(m.start(), h.end, surface, h.name, h.kind, h.region, h.aliases | {surface})


# 省委、省政府, 市委、市政府: the party committee and the government of one place act as one body
_JOINT = re.compile(r"、|和|与")


def _joint_bodies(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """A government body followed, after 、, by the same place's other leading body written
    short (浙江省委、省政府) is one organization, named as written with the place in front."""
    out: list[OrgHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "government" and h.kind == "government" \
                and h.region == prev.region and h.region and text[prev.end:h.start] in ("、", "和") \
                and h.surface[:1] in "省市县区" and prev.surface.endswith(("委", "政府")) \
                and h.surface.endswith(("委", "政府")) and len(h.surface) <= 4:
            surface = text[prev.start:h.end]
            joint = OrgHit(prev.start, h.end, surface, prev.name + text[prev.end:h.end],
                           "government", prev.region, prev.aliases | {surface})
            out[-1] = joint
            continue
        out.append(h)
    return out


# a company's trade name and trade, without 公司 (晨鸣纸业, 华北制药): only believed where its
# sentence speaks of companies
_BRAND_RE = re.compile(r"(?:纸业|药业|制药|乳业|酒业|实业|置业|矿业|钢铁|电器|化工|物流|传媒|控股|股份|汽车|重工)"
                       r"(?![公集有股厂])")
_SENTENCE_STOP = re.compile("[。！？!?；;\n]")
_COMPANY_WORDS = re.compile(r"企业|公司|集团|厂家|龙头|上市")


def _brand_companies(text: str, places: _Places, found: list[OrgHit]) -> list[OrgHit]:
    """Trade name + trade (晨鸣纸业, 伊利乳业), where the sentence calls such names companies
    (…等龙头企业, …公司): two to four characters of name before the trade, a place before
    them allowed, all one run of name words."""
    out = []
    taken = [(h.start, h.end) for h in found]
    for m in _BRAND_RE.finditer(text):
        hs, he = m.span()
        if any(a <= hs < b for a, b in taken):
            continue
        s0, s1 = stop_span(text, hs, _SENTENCE_STOP)
        if not _COMPANY_WORDS.search(text, s0, s1):
            continue
        start = _left_edge(text, hs, places, max(0, hs - 8))
        region = _region_in(start, hs, places)
        brand = text[(region.end if region is not None and region.start == start else start):hs]
        if not 2 <= len(brand) <= 4 or not _HAN_ONLY.fullmatch(brand) or brand in STOP_WORDS \
                or _verbal_brand(brand):
            continue
        surface = text[start:he]
        out.append(OrgHit(start, he, surface, surface, "company",
                          region.key if region is not None else None))
    return out


_BRAND_NOT_ENDS = tuple(HEADS) + UNIT_HEADS


def _brand_names(text: str, places: _Places, found: list[OrgHit]) -> list[OrgHit]:
    """Every mention of a company the text names by its brand alone (百度, 腾讯; see
    ``brands``), as the registered company it opens when the article gives one (乐视网 ->
    乐视网信息技术（北京）股份有限公司)."""
    registered = [(h.start, h.end, h.name) for h in found if h.kind == "company"]
    names = brands.brand_names(text, registered, {text[r.start:r.end] for r in places._regions},
                               _BRAND_NOT_ENDS)
    if not names:
        return []
    taken = sorted((h.start, h.end) for h in found)
    out = []
    for brand, full in names.items():
        if full is None:
            # 浙江执御 … 执御: the brand written once after its place is named so everywhere
            # (the fullest form the article gives)
            full = next((text[places.start_at_end[a]:a] + brand for a in occurrences(text, brand)
                         if a in places.start_at_end), None)
        for at in occurrences(text, brand):
            end = at + len(brand)
            if full is not None and at in places.start_at_end and full == text[places.start_at_end[at]:end]:
                at = places.start_at_end[at]  # (this mention only: the search goes on after it)
            k = bisect.bisect_right(taken, (at, len(text))) - 1
            inside = k >= 0 and taken[k][1] > at or k + 1 < len(taken) and taken[k + 1][0] < end
            latin = brand.isascii() and (at > 0 and _in_latin_word(text[at - 1])
                                         or end < len(text) and _in_latin_word(text[end]))
            if not inside and not latin:
                suffix = brands.LEGAL_SUFFIX.match(text, end)
                if suffix is not None:  # 李宁公司, TCL集团有限公司: one mention with its suffix
                    end = suffix.end()
                hit = OrgHit(at, end, text[at:end], full or brand, "company", None)
                if hit.surface != hit.name:
                    hit.aliases.add(hit.surface)
                out.append(hit)
    return out


def _in_latin_word(ch: str) -> bool:
    """Béranger holds "ranger": a letter (accented too) or digit, not a Chinese character."""
    return ch.isalnum() and not _HAN_ONLY.match(ch)


def _verbal_brand(brand: str) -> bool:
    """发展化工, 推进物流: a verb before the trade names an activity, not a company."""
    if not words.available():
        return False
    return any(flag[:1] in ("v", "d", "p", "c", "m", "q", "r", "a") and flag != "vn"
               for _, flag in words.pos_cut(brand))


def _any_within(points: list[int], lo: int, hi: int) -> bool:
    """Is one of the sorted ``points`` in [lo, hi)?"""
    k = bisect.bisect_left(points, lo)
    return k < len(points) and points[k] < hi


def _drop_nested(hits: list[OrgHit]) -> list[OrgHit]:
    """中国职工保险互助会 inside 中国职工保险互助会滨州办事处: the longer name stands."""
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[OrgHit] = []
    for h in hits:
        while out and h.start <= out[-1].start and h.end >= out[-1].end:
            out.pop()
        if out and h.start < out[-1].end:
            if h.end <= out[-1].end:
                continue
            if h.start >= out[-1].start and h.end > out[-1].end:
                # the later name grows out of the earlier one (市委 -> 市委宣传部)
                if h.start == out[-1].start or text_overlap_allowed(out[-1], h):
                    out[-1] = h
                    continue
        out.append(h)
    return out


def text_overlap_allowed(a: OrgHit, b: OrgHit) -> bool:
    return b.start <= a.start + 1


def merge(hits: list[OrgHit]) -> dict[str, OrgHit]:
    """One record per canonical name, with every surface seen as an alias."""
    out: dict[str, OrgHit] = {}
    for h in hits:
        cur = out.get(h.name)
        if cur is None:
            out[h.name] = OrgHit(h.start, h.end, h.surface, h.name, h.kind, h.region, set(h.aliases))
        else:
            cur.aliases |= h.aliases
            cur.region = cur.region or h.region
    return out
