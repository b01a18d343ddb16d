"""Stage 4a, figures: every reported quantity of an article, in base units.

One compiled regex finds the numerals; a measure word must follow (the longest known written
form wins, so ``周年`` is not ``周`` and ``个百分点`` is not ``个``). Each candidate then passes
rules that tell a quantity from the many other uses of numerals in Chinese text:

* calendar and clock words (``2024年``, ``1月``, ``19日``, ``9时``) and ordinal-like measure words
  (``届``, ``版``, ``号``, ``路``, ``周年``) never make a figure; ``年`` does when it is a duration
  (``18年来``), not a year (four-digit numbers, ``一九九八年``);
* ordinals: ``第`` before the numeral or before an enumeration of numerals (``第一、二、三名``),
  ``初六``, ``届`` + ``三次``;
* identifiers: a Latin letter, a ``+`` or a leading zero next to the digits (``C2002次``, ``3+N``),
  event names (``5000米接力``), and numerals inside ``《》`` titles or inside a short quoted
  slogan (``“四个倍增”``), or counting the items of a quoted list (``“安、居、乐、业”四篇``);
* ``X大`` and idioms (``三番五次``) do not pass the measure-word test or are listed as idioms;
* ``一`` + measure word is the indefinite article (``一辆服务车``, ``一张张``) unless a qualifier or
  ``半`` makes it a quantity (``一个半小时``); a demonstrative marks a repeated reference
  (``这两个项目``); ``两人都…`` is a pronoun;
* bare multipliers (``万份``, ``千余家``, ``百万元``) count only when a qualifier or a measure word
  typical of reports goes with them, which keeps ``千家万户`` and ``万人空巷`` out.

Shares: ``1/3``, ``千分之三`` and ratios written ``A比B`` or ``A∶B`` in a clause about a rate or a
proportion (``汇率为3·3比1``, ``竞争比为49：1``; a score, ``以3比1战胜``, a time, ``9:30``, and the parts
of a whole, ``68∶26∶6``, are not one) are stored as their value with the unit
``比例``. A minus (``-3.65亿元``, ``负3.65亿元``, ``增长-6.3%``) makes an amount or a rate negative and
the figure keeps its sign (value < 0); a hyphen between two numbers (``3-5人``) is a dash, and
负 before a floor (``负2层``) is no sign.

Qualifier words before the number (``近``, ``最高``, ``不低于``) or after the unit (``以上``,
``左右``, ``(含)以上``) set the qualifier and are part of the surface when they touch the number.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import words
from .metrics import metric_for
from .noun_units import unit_from_noun
from .numbers import CN_DIGITS, MULTIPLIERS, VAGUE, Numeral, parse_numeral, ratio_value
from .qualifiers import (is_condition, is_policy, is_requirement, prefix_qualifier, role_of,
                         suffix_qualifier)
from .records import Figure
from .units import FORMS, NON_QUANTITY, dimension_of, stored_unit

_CN = "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.·]\d+)?(?:/\d+(?:\.\d+)?)?"
# The lookahead on a numeral's possible first characters, in front of both alternatives, lets
# the scan skip other positions after one test instead of trying each alternative there
# (the scan then takes a third of the time).
NUMERAL = re.compile(
    rf"(?=[\d数几半{_CN}])"
    # 半年, 半个月, 半小时: a half standing alone as the numeral of a duration
    rf"(?:(?P<halfn>(?<![上下前后大多每年一两三四五六七八九十\d])半(?=个多(?:月|小时|钟头|星期)|个?(?:年(?!度|级|报|刊)|月|小时|钟头|星期|世纪|分钟)))"
    # 一半 as a share (一半以上的家庭); 我的一半, 另一半, 各一半 and 一半儿 are parts, not shares;
    # 近半, 过半(数) too (近半产品不合格), and 半数 alone (半数以上的患者); not a half of a time or
    # of a hundred (近半年, 近半百)
    rf"|(?P<yiban>(?<![的另各])一半(?!儿)|(?<=[近过])半数?(?![年月个小钟星世天日夜载百场])|(?<![大多])半数)"
    rf"|(?P<frac>(?:[{_CN}]+|\d+)分之[{_CN}\d.]+(?:点[零〇一二三四五六七八九]+)?)"
    # (a run of four digits takes no 十, 百 or 千: 2018百度世界大会 names a year and a company,
    # 1998千人大会 a year; 2018万 is a number of ten thousands, 1000千克 a weight)
    # (a more-than word may stand between two multipliers: 3千多亿, 2千余万, 76万多亿)
    rf"|(?P<n>(?:{_ARABIC})(?:(?!(?<=\d{{4}})[十百千])[余多来几]?[十百千万亿]+(?:[余多来](?=[万亿])[万亿]+)?(?:(?<=\d万)(?:\d千|\d{{1,4}}(?![\d.,]))|(?<=\d亿)\d{{1,4}}万)?)?|[数几]?[{_CN}]+(?:点[零〇一二三四五六七八九]+[千万亿]*|[余多来几][十百千万亿]+)?)"
    rf"(?P<more>[余多来几])?)")

_SEP = "-—–~至到"
# 每5个患者就有一个, 每10人中有1人: a rate of one in N
_PER_ONE = re.compile(r"每(?P<n>\d+|[两三四五六七八九十百千万]+)(?P<m>个|名|位|人|户|家)"
                      r"[\u4e00-\u9fff]{0,6}?中?[就才]?有(?:一|1)个?(?P=m)")
_CURRENCY_SIGNS = {"¥": "元", "￥": "元", "$": "美元", "€": "欧元", "£": "英镑"}
# a currency's code before the amount, as shops and listings write prices (RMB320, HK$120):
# looked for before the one-character signs, which end some of them (HK$)
_CURRENCY_CODES = {"RMB": "元", "CNY": "元", "USD": "美元", "US$": "美元", "HK$": "港元",
                   "HKD": "港元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元", "AUD": "澳元",
                   "A$": "澳元", "CAD": "加元", "C$": "加元", "NZD": "新西兰元", "SGD": "新元",
                   "S$": "新元", "KRW": "韩元", "NT$": "新台币", "TWD": "新台币", "MOP": "澳门元"}
_CURRENCY_CODE = re.compile("(?<![A-Za-z])(?:" + "|".join(map(re.escape, _CURRENCY_CODES)) + ") ?$")
_ALL_FORMS = set(FORMS) | NON_QUANTITY
_SENTENCE_END = re.compile(r"[。!?;！？；\n]")
# A sentence longer than EVIDENCE_MAX characters (an OCR'd table or a list run together
# without a full stop; People's Daily has one of 11,310) gives each figure its own clause
# instead, cut EVIDENCE_REACH characters either side of it: evidence a reader can take in,
# and work per figure (its role, its metric) that does not grow with the run. Whole, such a
# sentence made a load quadratic in its length (32,000 characters of 5%: 325 s), and a table
# of 3 M characters held its whole text once per figure.
EVIDENCE_MAX = 400
EVIDENCE_REACH = 150
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "《": "》"}
_QUOTED = re.compile(r"“[^“”\n]{0,80}”|「[^「」\n]{0,80}」|『[^『』\n]{0,80}』|‘[^‘’\n]{0,40}’"
                     r"|《[^《》\n]{0,80}》")
_SENTENCE_PUNCT = re.compile(r"[,。!?;:,:;]")
# a slogan that numbers its parts (“六个一”, “三个代表”, “五大行动”), and the bracket right after
# its name that explains them (“六个一”关爱模式(即…))
_NUMBERED = re.compile(r"[一二两三四五六七八九十\d]")
_EXPLAINED = re.compile(r"[\u4e00-\u9fff]{0,8}[(（]即[^)）\n]{1,200}[)）]")

# Continuations that turn a measure word into another word: 3天津 is not three days.
_BAD_NEXT = {
    "人": "民", "天": "津然下气空", "单": "位", "期": "间货刊待望盼", "周": "边末刊", "部": "署长",
    "门": "诊口", "站": "长", "名": "义称字额单", "位": "于置", "所": "有以在谓属", "头": "条发",
    "口": "岸号径", "集": "团中体", "节": "日约能点", "面": "积对临向", "起": "来步", "对": "于话",
    "片": "区", "场": "所景馆地", "笔": "记", "条": "件例", "股": "东份票", "层": "次面级", "类": "型",
    "次": "数", "元": "素旦月宵首", "米": "饭粮", "克": "服隆", "度": "假过", "岁": "月数",
    "组": "织建成合", "家": "长庭", "个人": "民才员", "年": "轻龄", "台": "湾阶风", "本": "地身科", "首": "都府先次", "包": "括",
    "根": "据本", "种": "植子", "道": "路口河沟湾江岔坎梁德理", "批": "准评", "项": "链", "轮": "胎", "票": "价房据",
    "盘": "点", "封": "闭锁", "发": "展生表布放出现动起挥言明达行", "队": "伍员长列",
    "省": "份会级委长内外直属", "市": "民场值面长委级区政属内外直", "县": "城级委长域内外直",
    "村": "民委庄级里", "镇": "街长政级", "顶": "级", "尾": "声", "列": "车入", "处": "理罚置", "例": "如",
    "席": "位", "座": "谈", "份": "额", "平方": "里",
}
# Measure words that are read as a percentage only when nothing nominal follows (八成以上).
_CHENG_NEXT = set("以左多的,。、;:!?)”\n ") | {""}
# one digit (or 半) after 成, the hundredths of a share in tenths (二成五 is 25 %, 一成半 15 %)
_TENTH_AFTER = re.compile(r"[一二三四五六七八九1-9半]")
# the parts of an address a floor or a room number follows (A4栋1单元24层)
_ADDRESS_BEFORE = re.compile(r"(?:单元|号楼|[A-Za-z]\d*(?:栋|幢|座))$")
_TIME_UNITS = {"年", "天", "个月", "小时", "周", "分钟", "秒", "季度", "工作日", "晚"}
# 连续三晚 counts nights; 晚会, 晚上, 晚饭, 晚报… are other words
_NOT_NIGHTS_AFTER = set("会上饭报餐间年期辈霞点安稻婚育些")
_HALF_UNITS = {"年", "个月", "小时", "周", "分钟"}
_HALF_CENTURY = ("个世纪", "世纪")
# A quantity right before these names a programme or an event, not a count.
_NAME_AFTER = re.compile(r"(?:行动|计划(?!生育)|工程|规划|战略|攻坚|纲要)")
_EVENT_AFTER = re.compile(r"(?:接力|长跑|赛跑|跑|栏|自由泳|蛙泳|仰泳|蝶泳|混合泳|障碍|越野|竞走|"
                          r"步枪|手枪|移动靶|项目比赛)")
# Units whose bare multiplier (万份, 百万元) is common in reports; 千家万户 and 万人空巷 are not.
_BARE_OK = {"元", "份", "人次", "个", "件", "吨", "亩", "平方米", "公里", "张", "册", "台", "辆",
            "美元", "千瓦"}
_FAMOUS_AFTER = frozenset("车牌校胜著贵")
_DEMONSTRATIVE = ("这", "那", "此", "该")
# a magnitude written alone, no digit before it (万吨级, 亿吨级, 千万吨级 name a class of size)
_BARE_MAGNITUDES = frozenset({"十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿"})
# a pronoun a count of people stands beside (我们三个人, 他们两人): the people it names
_PLURAL_PRONOUNS = ("我们", "你们", "他们", "她们", "咱们")
# a clause's start (a count opening it is its subject), and the words that join two names
_CLAUSE_OPEN = frozenset("，,。；;：:！？!?（(\n")
_NAME_JOINS = ("和", "与", "、", "跟", "同", "及")


def _the_people_named(text: str, s: int, before: str) -> bool:
    """Is 两人 (三位, 两个人) the people the text has just named, standing for them rather than
    counting anyone: after a plural pronoun (我们三个人), or opening its clause right after two
    names joined by 和, 与 or 、 in its sentence or the one before (郭晶晶和伏明霞…。两人以出色
    的表现…)? A count that opens a clause with no names before it (事故中,两人死亡) counts."""
    if before.endswith(_PLURAL_PRONOUNS):
        return True
    if s and text[s - 1] not in _CLAUSE_OPEN:
        return False
    lo = max(0, s - 80)
    window = text[lo:s]
    if not any(j in window for j in _NAME_JOINS):
        return False
    names = [w for w, tag in words.pos_cut(window) if tag in ("nr", "nrfg", "nrt")]
    return len(names) >= 2


# what makes 两队 a count of teams rather than a match's two sides (共有两队晋级, 分成两队)
_COUNTS_SIDES = ("有", "共", "派出", "组成", "分成", "分为", "仅", "只", "另")
_NOT_RANK = ("目前", "之前", "以前", "此前", "当前", "眼前", "事前", "提前", "生前", "日前", "年前",
             "月前", "面前", "跟前", "空前", "史前", "门前", "节前", "会前", "赛前", "战前")
_IDIOMS = re.compile(
    "三番五次|三天两头|三年五载|一日三餐|四面八方|十年如一日|三三两两|三五成群|五花八门|千门万户|"
    "半斤八两|一五一十|接二连三|三心二意|两面三刀|三长两短|千家万户|万人空巷|千军万马|千方百计|"
    "一年四季|九牛一毛|七上八下|一波三折|三令五申|五湖四海|一石二鸟|一举两得|十万八千里|"
    "不远千里|千里迢迢|万里长城|百年大计|千秋万代|千年古|百年老|成千上万|成百上千|数以万计|"
    "数以千计|数以百计|上千上万|千千万万|一年一度|一次性|说三道四|胡说八道|三番五次|判若两人|"
    "一点一滴")
_ORDINAL_BEFORE = ("第", "初", "周", "星期", "礼拜", "届")


@lru_cache(maxsize=1)
def _formulas() -> tuple[re.Pattern, int]:
    """The numbered formulas of data/numbered_formulas.tsv as one pattern, and the most
    characters one of them holds before a numeral (两种资源、两个市场: 5)."""
    text = resources.files(__package__ + ".data").joinpath("numbered_formulas.tsv") \
        .read_text(encoding="utf-8")
    rows = [line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")]
    names = sorted(set(rows[1:]), key=len, reverse=True)  # (the header first; longest first)
    lead = max(max(i for i, ch in enumerate(n) if ch in CN_DIGITS) for n in names)
    return re.compile("|".join(map(re.escape, names))), lead


def _in_formula(text: str, s: int) -> bool:
    """Does a numbered formula (两个文明, 四项基本原则, 国内外两个市场) hold the numeral at ``s``?
    It names a doctrine or a policy; its number counts nothing."""
    pattern, lead = _formulas()
    for start in range(max(0, s - lead), s + 1):
        m = pattern.match(text, start)
        if m is not None and s < m.end():
            return True
    return False


def _in_idiom(text: str, s: int, e: int) -> bool:
    """Does an idiom or fixed expression of jieba's dictionary (四个字或更多) start where the
    numeral does and run past the measure word (三位一体, 一箭双雕, 九牛一毛)? Its numbers count
    nothing. The dictionary lists some 2,000 such words opening with a numeral, where the list
    above holds the few it lacks or reads otherwise."""
    lexicon = words.lexicon()
    if lexicon is None or text[s:s + 4] not in lexicon.index:
        return False  # (no word of the dictionary opens with these four characters: most)
    for n in range(max(4, e - s + 1), min(8, len(text) - s) + 1):
        word = text[s:s + n]
        tag = lexicon.tag(word)
        if tag == "i" or tag == "l" and sum(ch in CN_DIGITS for ch in word) >= 2:
            # (a fixed expression counts only with a second numeral in it, 三位一体: 万元以上 is
            # one to the dictionary, and a quantity)
            return True
    return False
# 四周 is the word for "all around" (住宅四周, 四周有凸纹, 向四周扩散) unless it is told as a
# length of time: after a verb that lasts it or a word of span (``_lasts_before``, ``_SPAN_OF``:
# 需要四周, 实习了四周, 为期四周), after a word that counts or points to it (近四周, 前四周, 每四周),
# or before a word of when (四周后, 四周内, 四周以来)
_FOUR_WEEKS_POINTERS = ("仅", "只", "近", "约", "前", "第", "每", "过去", "最近", "头", "共", "达",
                        "再", "又", "这", "那", "至少", "最少", "超过", "连续", "经过")
_FOUR_WEEKS_AFTER = re.compile(r"后|以后|之后|内|以内|之内|以来|来|前|以前|之前|里|中|时间|左右|多|的时间")
_EVERY_WEEK = ("每周", "每星期", "每礼拜", "每个星期", "每个礼拜")
_LATIN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # one character
# the numeral characters as strip() sets: ``not s.strip(chars)`` says every character of s is
# one of them, without a generator per numeral
_MULTIPLIER_CHARS = "".join(MULTIPLIERS)
_HUNDREDS_AND_UP = set("百千万亿")  # 六七百字, 两万字: a numeral of hundreds or more
_CN_DIGIT_CHARS = "".join(CN_DIGITS)


@dataclass(slots=True)  # tens of thousands per load: slots make them quicker to build and read
class _Quantity:
    start: int         # numeral start
    end: int           # end of the measure word (or of the numeral when there is none)
    num_end: int
    numeral: Numeral
    text: str          # numeral as written
    form: str | None   # measure word as written
    unit: str | None   # base unit
    factor: float = 1.0
    half: bool = False
    more: bool = False
    unit_basis: str = "written"  # "noun": no measure word, the unit is the counted noun's
    ratio: bool = False          # 3·3比1: two numerals, one share
    negative: bool = False       # -3.65亿元, 负3.65亿元: the sign is written before the numeral


def extract_figures(text: str) -> list[Figure]:
    """All figures of one article's normalized text, in text order."""
    if not text:
        return []
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    slogans = _slogan_spans(text)
    out: list[Figure] = []
    consumed = 0
    for m in _numerals(text):
        if m.start() < consumed:
            continue
        after = text[m.end():m.end() + 1]  # (the character after the numeral, asked thrice)
        whole = _clock_duration(text, m) if after in _CLOCK_FIRST \
            else _years_and_months(text, m) if after == "年" \
            else _doubled(text, m) if after == "番" else None
        if whole is not None:
            # a length read whole (2分51秒, 两年零九个月) or a doubling (翻两番): one figure from
            # the numeral on, its parts none of their own (a game's moment, 第2分10秒, none at all)
            figure = None if whole.unit is None else \
                _figure(text, whole, whole.numeral.value, None, whole.unit, whole.end, ends)
            consumed = whole.end
            if figure is not None:
                out.append(figure)
            continue
        if after not in _MAY_FOLLOW_PLAIN \
                and not m.group().strip(_PLAIN_NUMERAL_CHARS) \
                and text[m.start() - 1:m.start()] not in _BEFORE_PLAIN_FIGURE \
                and m.group()[-1] not in "多余" \
                and not (text[m.start() - 1:m.start()] == " " and _currency_before(text, m.start())):
            # (see _MAY_FOLLOW_PLAIN: what _quantity would say, for 14,000 in 55,000; a price
            # after a currency's code and a space, RMB 8,000, is asked about)
            continue
        q = _quantity(text, m)
        if q is None:
            continue
        if q.start > 1 and text[q.start - 1] in ":：" and text[q.start - 2].isdigit():
            continue  # 6:30起床: the minutes of a clock time, not a count of 起
        if q.start == m.start() and q.start and (
                text[q.start - 1] in _MINUS
                or text[q.start - 1] == "—" and text[q.start - 2:q.start - 1] in _DASH_AS_MINUS_AFTER) \
                and _signed(text, q):
            q.start -= 1
            q.negative = True
        elif q.unit == "℃" and text.endswith("零下", 0, q.start):
            q.start -= 2  # 零下20℃: below zero
            q.negative = True
        lo, hi, end = q.numeral.value * q.factor, q.numeral.value_max, q.end
        if hi is not None:
            hi *= q.factor
        elif q.start and text[q.start - 1] == "±" and not q.negative \
                and (centre := _CENTRE.search(text, max(0, q.start - 12), q.start - 1)):
            # 22±2℃, 5±0.5%: a centre and a tolerance, the range around it
            mid, q.start = float(centre.group()) * q.factor, centre.start()
            lo, hi = mid - lo, mid + lo
            if lo < 0:
                continue
        unit = q.unit
        rng = _range_after(text, q)
        if rng is not None:
            if q.negative:  # -5—3%: rare enough to leave the sign out rather than guess
                q.start, q.negative = q.start + 1, False
            second, lo = rng
            hi, unit, end = second.numeral.value * second.factor, second.unit, second.end
            if q.unit is None:
                q.unit_basis = second.unit_basis
        if unit is None or not _is_quantity(text, q, unit, slogans, hi if rng else None):
            continue
        if q.half:
            lo += 0.5
        jiao = _JIAO.match(text, end) if unit == "元" and hi is None else None
        if jiao:
            # 2元5角, 1元3角多: one amount in yuan, jiao and fen
            lo += _DIGIT[jiao.group(1)] / 10 + (_DIGIT[jiao.group(2)] / 100 if jiao.group(2) else 0)
            end = jiao.end()
        if unit == "块" and hi is None and (spoken := _spoken_yuan(text, q.start, end)) is not None:
            unit, lo, end = "元", lo + spoken[0], spoken[1]
        figure = _figure(text, q, lo, hi, unit, end, ends,
                         second.form if rng is not None and q.form is None else q.form)
        if figure is None:
            continue
        if q.negative:
            _negate(figure)
        if unit == "元" and jiao and text[end:end + 1] in ("多", "余") and figure.char_end == end:
            figure.char_end += 1
            figure.surface += text[end]
            figure.qualifier = "more_than"
        consumed = figure.char_end
        out.append(figure)
    if _BASKETBALL.search(text) is not None and _game_report(text):
        out = _with_game_scores(text, out, ends)
    if "兑" in text:
        out = _without_rate_bases(text, out)
    _share_bounds(text, out)
    _add_metrics(out)
    return out


# what joins a rate's two sides (1美元兑换41.90比索, 134.38日元兑1美元)
_RATE_JOIN = ("兑换", "兑")


def _without_rate_bases(text: str, figures: list[Figure]) -> list[Figure]:
    """An exchange rate quoted per one unit of a money (45比索兑1美元, 1美元兑换6700盾) is the other
    money's amount; the one dollar is the rate's base, no sum of its own, and readers leave it
    out (8 of the 9 read pages that quote one). Only a single unit of money on one side of 兑
    with an amount of another money on the other: 用100美元兑换人民币 is a sum changed."""
    drop = set()
    for a, b in zip(figures, figures[1:]):
        between = text[a.char_end:b.char_start]
        if between not in _RATE_JOIN or a.unit == b.unit \
                or dimension_of(a.unit) != "currency" or dimension_of(b.unit) != "currency":
            continue
        for base in (a, b):
            if base.value == 1 and base.value_max is None and base.qualifier == "exact":
                drop.add(id(base))
    return [f for f in figures if id(f) not in drop] if drop else figures


# a basketball game's final score (以116-105击败, 116比105): two sides' points, each as high as
# a basketball side scores in a game (a quarter's 28-37 and a football score are lower)
_BASKETBALL = re.compile(r"篮板|助攻|盖帽|三分球|罚球|篮球|NBA|CBA")
_GAME_SCORE = re.compile(r"(?<![\d.:/])(\d{2,3})(?:-|—|–|比|:)(\d{2,3})(?![\d.:%/]|赛季|年|届)")
_GAME_POINTS = (40, 200)


def _with_game_scores(text: str, out: list[Figure], ends: list[int]) -> list[Figure]:
    """``out`` with the points of each side of a basketball game's score, which the score
    writes without 分 (开拓者以116-105击败快船): readers write both down, in 分."""
    added: list[Figure] = []
    for m in _GAME_SCORE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not (_GAME_POINTS[0] <= a <= _GAME_POINTS[1] and _GAME_POINTS[0] <= b <= _GAME_POINTS[1]):
            continue
        if any(f.char_start < m.end() and m.start() < f.char_end for f in out) \
                or "战绩" in text[max(0, m.start() - 4):m.start()]:
            continue  # (战绩为45-37: a season's wins and losses, not a game's points; nor is
            # a season, 93-94赛季)
        for g in (1, 2):
            q = _Quantity(m.start(g), m.end(g), m.end(g), Numeral(float(m.group(g))), m.group(g), None, "分")
            figure = _figure(text, q, float(m.group(g)), None, "分", m.end(g), ends)
            if figure is not None:
                added.append(figure)
    if not added:
        return out
    return sorted(out + added, key=lambda f: f.char_start)


_LIST_JOIN = ("和", "、", "或", "及", "与")


# a duration written as a clock reads: 2分51秒, 2分13秒66 (hundredths), 1小时20分钟, 3小时5分,
# and a race's seconds with their hundredths, 22秒70 (not 22秒10个)
_CLOCK_DURATION = re.compile(r"(?P<h>\d{1,3})小时(?P<m>\d{1,2})分(?:钟)?(?:(?P<s>\d{1,2})秒)?"
                    r"|(?P<m2>\d{1,3})分(?:钟)?(?P<s2>\d{1,2}(?:\.\d+)?)秒(?P<cs>\d{1,2}(?![\d.]))?"
                    r"|(?P<s3>\d{1,2})秒(?P<cs3>\d{2})(?![\d.]|\s*[个人名位次分秒米项场届岁年天元])")
_CLOCK_FIRST = frozenset("小分秒")


def _clock_duration(text: str, m: re.Match) -> _Quantity | None:
    """One duration of hours and minutes, or minutes and seconds: in minutes, or in seconds
    when the seconds are written (2分51秒 is 171 seconds, not 2 points and 51 seconds). A
    moment written so (第2分10秒) comes back with no unit: no figure, and no part of it either."""
    c = _CLOCK_DURATION.match(text, m.start())
    if c is None or not m.group().isdigit():
        return None
    if text[m.start() - 1:m.start()] == "第" or _GAME_MOMENT_BEFORE.search(
            text, max(0, m.start() - 8), m.start()) and (
            text.startswith(("时", "的时候"), c.end()) or text.endswith(_PLAYED_TO, 0, m.start())):
        # 第2分10秒, 在末节9分56秒时, 打到4分24秒: a moment of a game, not a length
        return _Quantity(m.start(), c.end(), c.end(), Numeral(0), c.group(), None, None)
    if c.group("h") is not None:
        minutes = int(c.group("h")) * 60 + int(c.group("m"))
        value, unit = (minutes * 60 + int(c.group("s")), "秒") if c.group("s") else (minutes, "分钟")
    elif c.group("s3") is not None:
        value, unit = int(c.group("s3")) + int(c.group("cs3")) / 100, "秒"
    else:
        value = int(c.group("m2")) * 60 + float(c.group("s2"))
        if c.group("cs"):
            value += int(c.group("cs")) / 10 ** len(c.group("cs"))
        unit = "秒"
    return _Quantity(m.start(), c.end(), c.end(), Numeral(round(value, 2)), c.group(), None, unit)


# what a moment of a game's clock is told after (在末节9分56秒时, 比赛打到4分24秒)
# (还剩1分40秒 is the time left: a length)
_PLAYED_TO = ("打到", "进行到", "比赛到")
_GAME_MOMENT_BEFORE = re.compile(r"(?:在|于|打到|进行到|比赛到)(?:首节|次节|末节|第[一二三四1-4]节|"
                                 r"上半场|下半场|加时赛?|本节)?\Z")


# the months after a count of years, one length (两年零九个月, 有期徒刑三年六个月, 一年又三个月)
_AND_MONTHS = re.compile(r"年(?:零|又)?(?P<m>1[01]|[1-9]|十一?|[一二两三四五六七八九])个(?P<more>多)?月")


def _years_and_months(text: str, m: re.Match) -> _Quantity | None:
    """两年零九个月, 2年6个月: one length of time, as a reader writes it down (2.75 年), not
    two years and then nine months of nothing (零九个月 read as a count of its own). Not a year
    of the calendar (1998年3个月 is no length) nor a vague count of years (几年零三个月)."""
    if m.group("frac") or m.group("halfn") or m.group("more") or _YEAR_DIGITS.fullmatch(m.group()):
        return None
    c = _AND_MONTHS.match(text, m.end())
    years, months = parse_numeral(m.group()), parse_numeral(c.group("m")) if c else None
    if c is None or years is None or months is None or years.value_max is not None \
            or years.qualifier != "exact" or years.value != int(years.value):
        return None
    value = round(years.value + months.value / 12, 4)
    return _Quantity(m.start(), c.end(), m.end(), Numeral(value), text[m.start():c.end()], "年", "年",
                     more=bool(c.group("more")))


_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_DOUBLED = re.compile(r"翻了?\Z")


def _doubled(text: str, m: re.Match) -> _Quantity | None:
    """翻一番, 翻了两番: doubled once (2 倍, twice as much), twice (4 倍), as a reader writes the
    growth down; the figure runs from 翻, which says what the numeral counts."""
    before = _DOUBLED.search(text, max(0, m.start() - 2), m.start())
    times = _DOUBLINGS.get(m.group())
    if before is None or times is None:
        return None
    more = text[m.end() + 1:m.end() + 2] in ("多", "余")  # 翻了一番多: more than twice
    return _Quantity(before.start(), m.end() + 1 + more, m.end(), Numeral(2 ** times), m.group(),
                     "番", "倍", more=more)


_GRADE_COUNT_DIGITS = frozenset("一二三四五六七八九两")
_ONE_DIGIT_ROUND = re.compile(r"[1-9]0*[十百千万亿]+")
# the characters before 一 in a word that ends in it (唯一, 逐一, 统一, 同一, 单一, 万一, 之一)
_ONE_ENDS = frozenset("唯逐统同单万之专划均不归合择")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_SEASON = re.compile(r"(?:19|20)\d\d/(?:(?:19|20)\d\d|\d\d)")  # 2017/2018赛季, 1997/98财年


# the formal digits, written for amounts that must not be altered, mostly beside each other
# or a multiplier; alone, the character is a name's or a word's (陆 a surname, 大陆, 队伍)
_FORMAL_DIGITS = frozenset("壹贰貳叁肆伍陆陸柒捌玖")
_FORMAL_CUES = ("人民币", "大写", "金额", "¥", "￥")


def _numerals(text: str):
    """NUMERAL's matches, a price and the size it buys split apart (¥320/30ml, RMB380/9g): the
    numeral pattern reads 320/30 as a fraction, but a fraction has no currency sign."""
    for m in NUMERAL.finditer(text):
        start, raw = m.start(), m.group()
        if start and raw[:1] in "一二三" and len(raw) > 1:  # (what both rules below ask first)
            if raw[1] == "一" and raw[0] == "一" and text[start - 1] in _ONE_ENDS:
                # 唯一一所, 逐一一个: the first 一 ends the word before, the count is the second
                rest = NUMERAL.match(text, start + 1)
                if rest is not None:
                    yield rest
                continue
            if text[start - 1] in "高初" and raw[1] in _GRADE_COUNT_DIGITS:
                # 高三六门科目: 高三 is a school year, the count starts after it
                rest = NUMERAL.match(text, start + 1)
                if rest is not None:
                    yield rest
                continue
        if raw in _FORMAL_DIGITS and not text.endswith(_FORMAL_CUES, 0, start):
            # 大陆人次, 陆家嘴, 陆道培, 伍顿高中, 队伍里: a surname, a word or a name's first
            # character; a formal digit counts written with others (伍万元, 叁佰元) or after
            # 人民币/大写 (人民币伍元)
            continue
        if start >= 2 and len(raw) == 2 and text[start - 1] == "、" and text[start - 2] in CN_DIGITS \
                and raw[0] in CN_DIGITS and raw[1] in CN_DIGITS:
            # 分为一、二、三三个级次: a list of numerals closed by its last one, then the count
            # of the list (三个), not thirty-three read digit by digit
            rest = NUMERAL.match(text, start + 1)
            if rest is not None:
                yield rest
            continue
        slash = raw.find("/")
        if slash > 0 and _currency_before(text, start) is not None:
            yield NUMERAL.match(text, m.start(), m.start() + slash)
            size = NUMERAL.match(text, m.start() + slash + 1)
            if size is not None:
                yield size
        else:
            yield m


# a brand's name run on after a price in a shopping list (RMB300YSL圣罗兰明彩笔): a word of two
# letters or more, not a multiplier written in English (RMB300M, $5bn, 20K)
_NAME_AFTER_PRICE = re.compile(r"(?![MKBmkb](?![A-Za-z])|bn|mn|million|billion)[A-Za-z]{2,}")


def _price_before_name(text: str, q: _Quantity) -> bool:
    """Is ``q`` a price written with a currency sign or code (its span opens before the
    numeral) that a product's Latin name follows without a space?"""
    return q.form is None and q.unit is not None and not text.startswith(q.text, q.start) \
        and _NAME_AFTER_PRICE.match(text, q.num_end) is not None


def _price_ends_at(text: str, at: int) -> bool:
    """Does a price written with a currency sign or code end at ``at`` (RMB320/…)?"""
    j = at
    while j > 0 and text[j - 1] in "0123456789.,":
        j -= 1
    return j < at and _currency_before(text, j) is not None


def _currency_before(text: str, at: int) -> tuple[int, str] | None:
    """(where the sign or code starts, the currency) of a price written with one right before
    ``at`` (¥100, $25, RMB320, HK$120)."""
    if not at:
        return None
    if text[at - 1] in _CURRENCY_CODE_ENDS:
        code = _CURRENCY_CODE.search(text, max(0, at - 5), at)
        if code is not None:
            return code.start(), _CURRENCY_CODES[code.group().rstrip()]
    sign = _CURRENCY_SIGNS.get(text[at - 1])
    return (at - 1, sign) if sign else None


def _share_bounds(text: str, figures: list[Figure]) -> None:
    """不低于10%和20%, 最高5万元、8万元: a bound written once before a list holds for each
    number of the list."""
    for prev, fig in zip(figures, figures[1:]):
        if prev.qualifier in ("at_least", "at_most") and fig.qualifier == "exact" \
                and fig.value_max is None and prev.unit == fig.unit \
                and text[prev.char_end:fig.char_start] in _LIST_JOIN:
            fig.qualifier = prev.qualifier
            fig.role = prev.role


# -- candidates ----------------------------------------------------------------------------------

def _quantity(text: str, m: re.Match) -> _Quantity | None:
    raw, frac, more_word, halfn, yiban = m.group(0, "frac", "more", "halfn", "yiban")
    at = m.start()  # (the numeral's start, asked by most rules below)
    more = bool(more_word)
    if halfn:
        if text.startswith(_HALF_CENTURY, m.end()):  # 半个世纪: fifty years
            end = m.end() + len(next(w for w in _HALF_CENTURY if text.startswith(w, m.end())))
            return _Quantity(at, end, m.end(), Numeral(0.5), raw, None, "年", 100.0)
        form = _form_at(text, m.end())
        if form is None or form in NON_QUANTITY or FORMS[form][0] not in _HALF_UNITS:
            return None
        end = m.end() + len(form)
        after = text[end:end + 1] == "多"  # 半年多
        return _Quantity(at, end + after, m.end(), Numeral(0.5), raw, form, FORMS[form][0],
                         FORMS[form][1], more=after or "多" in form)  # (or 半个多月)
    if yiban:
        more = text[m.end():m.end() + 1] == "多"
        end, start = m.end() + more, at
        if text[start - 1:start] == "过" and text[start - 2:start] != "超过":
            start, more = start - 1, True  # 过半数: more than half (超过 is read as a qualifier)
        return _Quantity(start, end, m.end(), Numeral(0.5), raw, None, "比例", more=more)
    if "几" in raw or raw[0] == "数":
        return None  # 十几年, 20几个, 数千: no definite value, nothing a reader can write down
    if at and text[at - 1] == "每":
        per = _PER_ONE.match(text, at - 1)
        if per:  # 每5个患者就有一个: one in five
            n = parse_numeral(per.group("n"))
            if n is not None and n.value > 1 and n.value_max is None:
                return _Quantity(at - 1, per.end(), per.end(), Numeral(round(1 / n.value, 4)),
                                 raw, None, "比例")
    if frac:
        num = parse_numeral(frac)
        if num is None:
            return None
        # 百分之五 is a percentage; every other fraction in words (千分之三, 百万分之一) is a
        # share like 1/3, written down as its value with the unit 比例
        unit = "%" if frac.startswith("百分之") else "比例"
        return _Quantity(at, m.end(), m.end(), num, raw, None, unit)
    pos = m.end()
    if raw[-1] in MULTIPLIERS and not more_word:
        # 60千瓦, 118亿千瓦时, 3百分点: the multiplier starts a measure word.
        for cut in range(at + 1, pos):
            if text[cut] in MULTIPLIERS and (raw[0].isdigit() or text[cut - 1] in MULTIPLIERS):
                form = _form_at(text, cut)
                if form and cut + len(form) > pos:
                    raw, pos = text[at:cut], cut
                    break
    if text[pos:pos + 1] in _RATIO_MARKS and not more_word:
        q = _ratio(text, m, raw, pos)
        if q is not None:
            return q
    if text.startswith("个亿", pos) and _form_at(text, pos + 2) is None:
        q = _noun_counted(text, m, raw, pos, more)
        if q is not None:
            return q
    if text[pos:pos + 1] in _GAME_MARKS and (game := _game_record(text, at, pos)) is not None:
        num = parse_numeral(raw)
        return None if num is None else _Quantity(at, game[0], pos, num, raw, game[1], game[2])
    form = _form_at(text, pos)
    if form is None and text[pos:pos + 1] in _SEP and raw[0].isdigit() and "/" not in raw \
            and (sign := _currency_before(text, at)) is not None:
        num = parse_numeral(raw)  # ¥1300~1800, RMB25-30: a price range, the sign written once
        if num is not None:
            return _Quantity(sign[0], pos, pos, num, raw, None, sign[1])
    if form is None and text.startswith("出头", pos) and raw in _TENS_OF_AGE:
        # 看上去像60出头, 三十出头的年轻人: an age in its tens, a little past them
        return _Quantity(at, pos + 2, pos, Numeral(_TENS_OF_AGE[raw]), raw, None, "岁",
                         more=True)
    if form is None and "/" not in raw and (pos == len(text) or text[pos] not in _SEP):
        sign = _currency_before(text, at) if raw[0].isdigit() else None
        if sign is not None:
            num = parse_numeral(raw)  # ¥100, $25, RMB320
            if num is not None:
                return _Quantity(sign[0], pos, pos, num, raw, None, sign[1])
        shared = _form_of_list(text, pos, raw) \
            if text[pos:pos + 1] in _LIST_JOINERS and not _item_number(text, at) else None
        if shared is None:
            return _noun_counted(text, m, raw, pos, more)
        num = parse_numeral(raw)
        if num is None:
            return None
        # 40万和300万港元, 1200和1500名: a numeral of a list takes the measure word its last one
        # is written with (the surface is the numeral alone, as written)
        unit, factor = FORMS[shared]
        return _Quantity(at, pos, pos, num, raw, shared, unit, factor, more=more)
    if form == "分" and _scored(text, at, pos):
        num = parse_numeral(raw)
        return None if num is None else _Quantity(at, pos + 1, pos, num, raw, "分", "分")
    if form == "点" and _index_points(text, at, pos):
        num = parse_numeral(raw)
        return None if num is None else _Quantity(at, pos + 1, pos, num, raw, "点", "点")
    if form == "个" and text.startswith("点", pos + 1) and _points_said(text, at, pos + 1):
        # 增速回落了1.2个点, 沪指下跌了30个点: points of a rate (percentage points) or of an index
        num = parse_numeral(raw)
        if num is None:
            return None
        unit = "点" if _cue_before(text, at, 80, "。！？!?\n", _INDEX_CUE) else "百分点"
        return _Quantity(at, pos + 2, pos, num, raw, "个点", unit)
    if form in NON_QUANTITY:
        # 1月, 19日, 第3版: never a figure, nor the end of a range (the callers drop a
        # candidate without a unit), so no numeral is parsed for it
        return None
    if form in _AFTER_DIGITS_ONLY and not raw[0].isdigit():
        return None  # 三步走, 两步并作一步: a plan's stages; 每天走8000步 counts steps
    if form == "旬" and raw not in _DECADES_OF_AGE:
        return None  # 年过六旬 is an age; 一旬 ten days, and 上旬 is no numeral
    if form is None and (rate := _PER_TEN_THOUSANDS.fullmatch(raw)) is not None:
        # 发病率为70/10万: so many in every hundred thousand, written as epidemiology writes it
        count = parse_numeral(rate.group(1))
        return None if count is None else _Quantity(at, pos, pos, count, raw, None,
                                                      "/" + rate.group(2))
    num = parse_numeral(raw)
    if num is None:
        return None
    if "/" in raw:
        if num.value >= 1 or "." in raw or _SEASON.fullmatch(raw):
            return None  # 69/70次 names a pair of trains; 2017/2018 a season or a fiscal year
        if form is not None:
            # 1/4盎司, 1/2天: a fraction of the unit written after it (not of a count: 1/3个;
            # nor a pair of quotes: 5600/6000盾兑1美元)
            unit, factor = FORMS[form]
            if form in NON_QUANTITY or dimension_of(unit) not in _MEASURED \
                    or not _SMALL_FRACTION.fullmatch(raw):
                return None
            return _Quantity(at, pos + len(form), pos, num, raw, form, unit, factor)
        return _Quantity(at, pos, pos, num, raw, None, "比例")
    if form is None:
        return _Quantity(at, pos, pos, num, raw, None, None, more=more)
    end = pos + len(form)
    if form == "成" and num.value_max is None and _TENTH_AFTER.match(text, end) \
            and text[end + 1:end + 2] in _CHENG_NEXT:
        # 二成五, 三成5, 一成半: tenths and then hundredths, 25 %, 35 %, 15 % (the digit ends
        # the figure)
        digit = 5 if text[end] == "半" else CN_DIGITS[text[end]] if text[end] in CN_DIGITS \
            else int(text[end])
        num = Numeral(num.value + digit / 10, None, num.qualifier)
        end += 1
    # 元/平方米: a rate keeps both measure words.
    unit, factor = FORMS[form]
    if form == "度" and _cue_before(text, at, 12, ",，。；;\n", _TEMPERATURE_CUE):
        unit = "℃"  # 气温到了零度左右, 年平均气温15度: a temperature
    elif form == "度" and not raw[0].isdigit() and "点" not in raw:
        unit = "次"  # 两度夺冠: twice, not two degrees
    if form == "口" and (text.startswith("人", end)
                         or _FAMILY_BEFORE.search(text, max(0, at - 4), at)):
        # 5口人, 一家4口: the people of a household (3口井 stays a count of wells)
        unit = "人"
        end += text.startswith("人", end)
    if text[end:end + 1] == "/":
        second = _form_at(text, end + 1)
        if second in _CONTAINERS and unit in _CONTENTS:
            pass  # 16.8L/桶, 500毫升/瓶, 0.25g/片: what one package holds, not a rate
        elif second and second not in NON_QUANTITY:
            if FORMS[second][0] not in _PER_PERSON:
                unit = f"{unit}/{FORMS[second][0]}"
            # (学费8000元/人/年, 套餐388元/位, 230元/人次: so much for each person, which a reader
            # writes down as 人均 and 每人 write it, in the amount's own unit; 元/公斤 and
            # 元/平方米 stay rates, a price of goods)
            end += 1 + len(second)
        elif second in _PER_CLOCK_WORD:  # 60次/分, 3次/日: per minute, per day
            unit = f"{unit}/{_PER_CLOCK_WORD[second]}"
            end += 1 + len(second)
    half = "半" in form or (text[end:end + 1] == "半" and unit in _TIME_UNITS
                           and text[end + 1:end + 2] not in ("年", "月", "天", "岛", "径", "场"))
    if half and "半" not in form:
        end += 1
    if "多" in form or "余" in form:
        more = True
    elif unit in _TIME_UNITS and text[end:end + 1] in ("多", "余") and not half \
            and text[end + 1:end + 2] not in ("万", "亿", "元", "人", "名", "个", "次", "家", "项"):
        more, end = True, end + 1  # 一年多, 两个月余: more than the duration
    if form == "米" and raw in ("1", "2") and (cm := _HEIGHT_CM.match(text, end)) is not None:
        # 身高1米85, 2米13: a height in metres and centimetres, as it is said
        num = Numeral(num.value + int(cm.group()) / 10 ** len(cm.group()))
        end = cm.end()
    return _Quantity(at, end, pos, num, raw, form, unit, factor, half, more)


# a household before 口 (一家4口, 全家共6口): its members
_FAMILY_BEFORE = re.compile(r"[家户](?:共有|共|有)?$")
# what a package holds (16.8L/桶, 5公斤/袋) is an amount of the first unit, the package named
# after it
_CONTAINERS = frozenset("桶瓶袋盒箱包罐听支片粒颗杯")
# what an amount is per person by (元/人, 元/人次; 位 and 名 are 人 as base units)
_PER_PERSON = frozenset(("人", "人次"))
_CONTENTS = frozenset(("升", "毫升", "克", "毫克", "公斤", "斤", "微克"))
# the centimetres of a height said 1米85 (one or two digits, then no number or unit goes on)
_HEIGHT_CM = re.compile(r"\d{1,2}(?![\d.·万亿千百十米厘公])")


# the dimensions a fraction of a unit is read in: a quantity measured, not counted
_MEASURED = frozenset(("currency", "duration", "length", "weight", "area", "other"))
_SMALL_FRACTION = re.compile(r"[1-9]/(?:[2-9]|[1-9]\d)")


# A clock or calendar word is no quantity after a numeral (9时30分, 5月), but after a rate's
# slash it is the time the rate is counted over, as its full word says: 60次/分 is 次/分钟.
_PER_CLOCK_WORD = {"分": "分钟", "时": "小时", "日": "天", "月": "月"}


# a rate per hundred thousand or per million people (70/10万, 2.1/100万)
_PER_TEN_THOUSANDS = re.compile(r"(\d+(?:\.\d+)?)/((?:10|100)万)")


# Words that make A比B a ratio (an exchange rate, a proportion) rather than a score (3比1战胜):
# web and sports news write scores far more often than ratios, so a ratio needs one of them in
# its clause.
_RATIO_CUE = re.compile(r"汇率|比价|比例|比率|比值|之比|配比|投入比|产出比|竞争比|兑|换算|折算|折合")
_RATIO_REACH = 20  # characters looked back for the cue (the clause before), and 8 ahead
# what stands between A and B: 比, or a colon (1∶11, 49：1, 49:1); the ratio sign ∶ is never a
# clock's, but a colon between an hour and two digits of minutes is (汇率10:30开盘)
_RATIO_MARKS = frozenset("比∶:：")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[:：]\d\d(?!\d)")


def _ratio(text: str, m: re.Match, raw: str, pos: int) -> _Quantity | None:
    """汇率为3·3比1, 以1比13的比价: A比B, one figure of value A÷B (GUIDE: a fraction is
    recorded as its value with the unit 比例)."""
    b = NUMERAL.match(text, pos + 1)
    if b is None or not b.group("n") or b.group("more"):
        return None
    end = b.end()
    if text[pos] in ":：" and _CLOCK.fullmatch(text, m.start(), end):
        return None  # 10:30, a time of day
    if text[end:end + 1] in _RATIO_MARKS and text[end + 1:end + 2].isdigit() \
            or text[m.start() - 1:m.start()] in _RATIO_MARKS and text[m.start() - 2:m.start() - 1].isdigit():
        return None  # 68∶26∶6: the parts of a whole, no one share
    if _form_at(text, end) is not None:
        return None  # 以120比3票: two counts, each with its own measure word
    lo = max(0, pos - _RATIO_REACH)
    stop = max(text.rfind("。", lo, pos), text.rfind("\n", lo, pos))
    if not _RATIO_CUE.search(text, stop + 1 if stop >= 0 else lo, min(len(text), end + 8)):
        return None
    a, d = parse_numeral(raw), parse_numeral(b.group("n"))
    if a is None or d is None or a.value_max is not None or d.value_max is not None \
            or not d.value:
        return None
    return _Quantity(m.start(), end, end, Numeral(ratio_value(a.value / d.value)), raw, None,
                     "比例", ratio=True)


# A minus sign: the hyphen and its full-width and typographic forms, and 负 written before a
# number (负3.65亿元). 亏损3.65亿元 carries its sign in the word and stays positive.
_MINUS = "-－−负"
# A dash set where a number is expected, after 为 or 是 or between the items of a list, is a
# minus as the typesetting of the 1990s wrote it (涨幅为—0.4%、—0.8%和—1·2%); after a number
# or a unit it joins a range (30%—40%), after a letter a model (F—16).
_DASH_AS_MINUS_AFTER = frozenset("为是达至、和及与")
# Before a sign, these make it a dash between two numbers or a part of a code (2017-2018年,
# 3-5人, A-3) or of a score (3胜2负), not a minus.
_NOT_BEFORE_MINUS = frozenset("0123456789.,/-－−~—–:：_#+" + _CN) | _LATIN_CHARS | set("胜正平")


def _signed(text: str, q: _Quantity) -> bool:
    """Whether the sign right before the numeral makes it negative."""
    sign = q.start - 1
    if sign and text[sign - 1] in _NOT_BEFORE_MINUS:
        return False
    if text[sign] == "负":
        # 减负1.78亿元, 胜负, 肩负: 负 ends a word and no sign is written; 负一层, 负2层: a
        # floor below ground, not a negative count
        if sign and _ends_word(text, sign):
            return False
        return q.text[0].isdigit() and q.form not in ("层", "楼") and not q.ratio
    # A hyphen also joins a title to what follows (西甲-10人…): it is read as a minus only
    # before an amount or a rate, the figures a loss or a fall makes negative.
    return not q.ratio and q.unit is not None and (dimension_of(q.unit) in ("currency", "ratio")
                                                   or q.unit == "℃")  # -5℃: below zero


# measure words a figure is written with in digits only: in words they make set phrases
# (三步走, 进一步, 一步到位)
_AFTER_DIGITS_ONLY = frozenset({"步"})
_DECADES_OF_AGE = frozenset("四五六七八九")
_TENS_OF_AGE = {**{f"{n}0": float(n * 10) for n in range(2, 10)},
                **{c + "十": float(n * 10) for n, c in enumerate("二三四五六七八九", start=2)}}
_MULTIPLIERS_ALONE = frozenset("万亿千百")
_VAGUE_MULTITUDES = frozenset(("亿万", "万千", "千百万", "千千万万", "成千上万", "成百上千"))
_DIGITS_ONLY = frozenset("一二三四五六七八九两")
# the characters of the words that are numerals themselves (万余, 百万, 千百, 万把: about 10,000)
_NUMERAL_WORD_CHARS = "万亿千百十余多来几把"


def _opens_word(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` opens a dictionary word of two or three characters
    that is no numeral, with or without its measure word (万达, 万科, 百富勤; not 万余, 百万
    or 万把块)."""
    if not words.available():
        return False
    table = words.frequency_table()
    for k in (2, 3):
        w = text[pos:pos + k]
        if len(w) == k and table.get(w):
            rest = w.lstrip(_NUMERAL_WORD_CHARS)
            if rest and rest not in _ALL_FORMS:
                return True
    return False


def _closes_word(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` closes a two-character dictionary word begun right
    before it (之一, 唯一, 统一)."""
    return pos > 0 and words.available() and bool(words.frequency_table().get(text[pos - 1:pos + 1]))


def _ends_word(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` ends a dictionary word begun one or two before it."""
    table = words.frequency_table() if words.available() else {}
    return text[pos - 1:pos + 1] in table or pos > 1 and text[pos - 2:pos + 1] in table \
        or text[pos - 1:pos] in "减担肩胜欺辜抱背正自"


def _noun_counted(text: str, m: re.Match, raw: str, pos: int, more: bool) -> _Quantity | None:
    """人口560万, 23万农民, 总资产60个亿: a number with a multiplier and no measure word, whose
    unit the counted noun fixes (see noun_units). Without a multiplier a bare number is too
    often a code or a score; without such a noun nobody can say what it counts."""
    end = pos
    if text.startswith("个亿", pos) and not raw.endswith(("万", "亿")):
        raw, end = raw + text[pos + 1], pos + 2  # 60个亿: the spoken form of 60亿
    digits = raw.rstrip("余多来几")
    if "万" not in digits and "亿" not in digits and (
            raw[0].isdigit() and raw == digits
            or not raw[0].isdigit() and "千" not in digits and "百" not in digits):
        # 职工12 is more often a code or a score than a count; 5000多贫困户 (a number said to
        # be more than it) is a count
        return None
    if raw in _MULTIPLIERS_ALONE and _opens_word(text, m.start()) \
            or raw[0] in _DIGITS_ONLY and _closes_word(text, m.start()):
        # 万达投资, 万科集团投资: a multiplier alone, with no measure word, that opens a word
        # is the first character of a name; 之一万达: a numeral whose first digit closes a
        # word (之一) was read across two words
        return None
    if "几" in raw or raw[0] in VAGUE or text[end:end + 1] in ("年", "月", "日", "号") \
            or text[end:end + 1].isdigit():  # 6万5000人次: one numeral written in two parts
        return None
    num = parse_numeral(raw)
    if num is None:
        return None
    unit = unit_from_noun(text, m.start(), end)
    if unit is None:
        return None
    return _Quantity(m.start(), end, end, num, raw, None, unit, more=more, unit_basis="noun")


# two quantities, each with its measure word, on each side of a + (6GB+128GB, 8GB内存+256GB存储,
# 12分+16个篮板): not a formula (3+N)
_BEFORE_PLUS = re.compile(r"\d([A-Za-z\u4e00-\u9fff]{1,6})[+＋]$")
_AFTER_PLUS = re.compile(r"[+＋](?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)([A-Za-z\u4e00-\u9fff]{1,4})")

_POINTS = ("分", "点")  # (points, read as a figure only where a score or an index is told)


def _measured_before_plus(before: str) -> bool:
    """Does the text before a + end with a number and its measure word (and a noun of up to two
    characters after it: 8GB内存+)?"""
    m = _BEFORE_PLUS.search(before)
    if m is None:
        return False
    tail = m.group(1)
    return any(tail[:k] in FORMS or tail[:k] in _POINTS
               for k in range(max(1, len(tail) - 2), min(4, len(tail)) + 1))


def _measured_after_plus(text: str, e: int) -> bool:
    """Does a number with its measure word follow the + at ``e``?"""
    m = _AFTER_PLUS.match(text, e)
    return m is not None and any(m.group(1)[:k] in FORMS for k in range(1, len(m.group(1)) + 1))


# Latin symbols that other words run on from as often as they measure: after them, only these
# Chinese characters (L: a litre in 4L的水箱, 30L装; 316L不锈钢 is a steel, 12L组 a race class);
# and 里, the li of a road walked (七里路, 十七里外, 几里地), which is a word's end in 十里长街,
# 三里屯 and 千里之外
_HAN_AFTER_ONLY = {"L": "的装桶瓶", "里": "路外地远"}


def _form_patterns() -> dict[str, re.Pattern]:
    """For each character that starts a measure word, one pattern of the measure words it
    starts, longest first, each barred from running on into the word ``_BAD_NEXT`` names
    (3天津 is not three days, so 天 yields to a shorter form or to none)."""
    by_first: dict[str, list[str]] = {}
    for form in _ALL_FORMS:
        by_first.setdefault(form[0], []).append(form)
    out = {}
    for c, forms in by_first.items():
        alts = []
        for form in sorted(forms, key=len, reverse=True):
            bad = _BAD_NEXT.get(form)
            if form[-1] in _LATIN_CHARS:  # 25g, not 25gb; 30ml, not 30mls
                bad = (bad or "") + "".join(sorted(_LATIN_CHARS))
            if form in _HAN_AFTER_ONLY:  # 4L的水箱, 16.8L/桶; not 316L不锈钢
                alts.append(re.escape(form) + (f"(?![{re.escape(bad)}])" if bad else "")
                            + f"(?!(?![{_HAN_AFTER_ONLY[form]}])[\u4e00-\u9fff])")
                continue
            alts.append(re.escape(form) + (f"(?![{re.escape(bad)}])" if bad else ""))
        out[c] = re.compile("|".join(alts))
    return out


# Most numerals are followed by a character that starts no measure word, the others by one
# pattern that tries that character's few measure words in C.
_FORM_PATTERNS = _form_patterns()


# A numeral of plain digits (一, 三, 1998, 3.5, 十 and the other multipliers aside) makes a figure
# only through a measure word, a range, a ratio or a currency sign: 一些, 统一, 1998 alone are a
# third of the numerals found, and ``_quantity`` would try every rule on each to say None.
# They are passed over when the character after them starts no measure word (nor 个亿), no
# range (至, -) and no ratio (比, ∶), and the one before is no currency sign or 每 (每5个…有一个);
# one said to be more than it (5000多贫困户) may count the noun after it.
# (The empty string: a numeral at the end of the text goes to ``_quantity``.)
_PLAIN_NUMERAL_CHARS = "0123456789.,·" + "".join(CN_DIGITS) + "余多来"
_MAY_FOLLOW_PLAIN = frozenset(_FORM_PATTERNS) | frozenset(_SEP) | {"比", ""} | set("、和与及或∶:：") \
    | set("连胜负平败球金银铜投中") | {"出"}  # (a team's record, a match's goals, medals, a shooting
    # line: see _game_record; an age a little past its tens, 60出头)
_CURRENCY_CODE_ENDS = frozenset(c[-1] for c in _CURRENCY_CODES) | {" "}
_BEFORE_PLAIN_FIGURE = frozenset(_CURRENCY_SIGNS) | {"每"} | _CURRENCY_CODE_ENDS - {" "}


# what joins the numerals of a list that share the last one's measure word (40万和300万港元)
_LIST_JOINERS = frozenset("、和与及或")


def _form_of_list(text: str, pos: int, first: str) -> str | None:
    """The measure word that ends the list of numerals starting at the joiner at ``pos``
    (3万、5万和8万人: 人), when every member is a bare numeral written as the ``first`` is
    (digits or Chinese) and the word is a quantity's. 四、五十年 is one guess, forty or fifty
    years, not four years and fifty."""
    k = pos
    digits = first[0].isdigit()
    for _ in range(8):  # (a list of more is a table, read number by number)
        if text[k:k + 1] not in _LIST_JOINERS:
            return None
        nm = NUMERAL.match(text, k + 1)
        if nm is None or nm.group("n") is None or nm.group()[0].isdigit() != digits \
                or not digits and len(first) == 1 and len(nm.group()) > 1:
            return None
        k = nm.end()
        form = _form_at(text, k)
        if form is not None:
            # (a unit's Latin symbol is written after each number it measures: 骁龙820、10nm
            # names a chip, then a size)
            return None if form in NON_QUANTITY or form in _RANK_FORMS \
                or form[0] in _LATIN_CHARS else form
    return None


# measure words that a list of numerals names ranks with, not counts (三、四类的手术, 二、三层)
_RANK_FORMS = frozenset(("类", "级", "等", "档", "期", "层", "批", "组", "区", "队"))
# a magnitude in words with its decimal (六点二级), and what says a level is an amount (五级左右)
_MAGNITUDE = re.compile(r"[一二三四五六七八九十]+点[零〇一二三四五六七八九]+")
_ABOUT_AFTER = re.compile(r"左右|以上|以下")
_QUAKE_OR_WIND = re.compile(r"震|风")
_COORDINATES = ("北纬", "南纬", "东经", "西经")


def _name_runs_on(text: str, at: int, form: str) -> bool:
    """Does the word the segmenter reads from ``at`` run on past the measure word ``form``
    (米其林, 米兰, 米粉): a name that opens with the measure word's characters?"""
    word = words.pos_cut(text[at:at + len(form) + 4])[0][0]
    # (米左右, which the dictionary reads as a name too, is an amount about 2000 metres)
    return len(word) > len(form) and not word.startswith(_AFTER_MEASURE, len(form))


# what follows a measure word in an amount, which the segmenter may join to it
_AFTER_MEASURE = ("左右", "以上", "以下", "多", "余", "的", "之", "处", "长", "宽", "高", "深", "厚",
                  "远", "内", "外", "上下")


def _item_number(text: str, start: int) -> bool:
    """Whether the numeral at ``start`` numbers an item (3、百年老矿创…, at a line's or a
    sentence's start) or is the second part of a compound one (11秒37、11秒49: seconds and
    hundredths), rather than the first member of a list of quantities."""
    before = text[start - 1:start]
    return before in ("", "\n", "。", " ", ";", ":", "!", "?", ")") \
        or "\u4e00" <= before <= "\u9fff" and text[start - 2:start - 1].isdigit()


def _form_at(text: str, pos: int) -> str | None:
    """The longest measure word written at ``pos`` that does not run on into another word."""
    pattern = _FORM_PATTERNS.get(text[pos:pos + 1])
    if pattern is None:
        return None
    m = pattern.match(text, pos)
    return m.group() if m else None


def _range_after(text: str, q: _Quantity) -> tuple[_Quantity, float] | None:
    """6000—8000元, 25%—45%, 5—10万元: the second numeral and the first value in its units."""
    pos = q.end
    if pos >= len(text) or text[pos] not in _SEP or q.form in NON_QUANTITY and q.unit != "分":
        return None
    price = q.form is None and q.unit is not None and q.start < q.num_end - len(q.text)
    at = pos + 1
    if price and (sign := _SIGN_AGAIN.match(text, at)) is not None:
        at = sign.end()  # ¥1300~¥1800: the sign written again
    m = NUMERAL.match(text, at)
    if not m or m.group("frac"):
        return None
    if q.text in ("拾", "佰", "仟"):
        return None  # 拾到二点三万元: the verb 拾 (to pick up), not the formal numeral
    second = _quantity(text, m)
    if price and m.group()[0].isdigit() and (second is None or second.unit is None
                                             and second.form is None):
        # ¥1300~1800: the second price in the money of the first
        num = parse_numeral(m.group())
        second = None if num is None else _Quantity(m.start(), m.end(), m.end(), num, m.group(),
                                                    None, q.unit)
    if second is None or second.unit is None or second.numeral.value_max is not None:
        return None
    if q.unit is not None and q.unit != second.unit:
        return None
    first = q.numeral.value * q.factor
    if q.unit is None:
        # The multiplier written once serves both ends: 5—10万元.
        mult = second.text[len(second.text.rstrip("十百千万亿")):]
        if mult and not q.text.endswith(tuple("十百千万亿")):
            scaled = q.numeral.value
            for c in mult:
                scaled *= MULTIPLIERS[c]
            if scaled <= second.numeral.value:
                first = scaled
        first *= second.factor
    if not first < second.numeral.value * second.factor:
        return None
    return second, first


_DIGIT = {**{str(i): i for i in range(10)}, **CN_DIGITS}
# a currency's sign or code written again before a range's second price (¥1300~¥1800)
_SIGN_AGAIN = re.compile("|".join(map(re.escape, sorted({*_CURRENCY_SIGNS, *_CURRENCY_CODES},
                                                          key=len, reverse=True))) + r" ?")
# the centre a ± tolerance is written after (22±2℃)
_CENTRE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\Z")
_JIAO = re.compile(r"([0-9一二两三四五六七八九])角(?:([0-9一二两三四五六七八九])分)?")


# 块 is the spoken 元 where money is meant: 1块2 (a digit after it: 1.2元), or a price's clause
# (卖56块, 工资800块) with nothing after 块 but a stop, 多 or 左右 (3块地, 两块蛋糕 are pieces)
_KUAI_DIME = re.compile(r"([0-9一二两三四五六七八九])(?:毛|角)?(?![0-9一二两三四五六七八九十百千万亿.])")
_KUAI_ALONE = re.compile(r"[，。；、！？,;!?）)\n]|多|左右|上下|\Z")
_PRICE_CUE = re.compile(r"卖|买|价|值|花|赚|挣|付|收入|工资|报酬|补贴|奖金|罚款|捐|斤|担|每人|一天|每天|每月|一个月")


def _spoken_yuan(text: str, start: int, end: int) -> tuple[float, int] | None:
    """(jiao to add, new end) when ``N块`` at [start, end) is an amount of money, else None."""
    m = _KUAI_DIME.match(text, end)
    if m is not None:
        return _DIGIT[m.group(1)] / 10, m.end()
    if not _KUAI_ALONE.match(text, end):
        return None
    return (0.0, end) if _cue_before(text, start, 12, "，。；,;\n", _PRICE_CUE) else None


def _cue_before(text: str, start: int, reach: int, stops: str, cue: re.Pattern) -> bool:
    """Does ``cue`` stand between ``start`` and the last of ``stops`` before it, at most
    ``reach`` characters back (the clause or the sentence a measure word is read in)?"""
    lo = max(0, start - reach)
    stop = max(text.rfind(c, lo, start) for c in stops)
    return cue.search(text, max(lo, stop + 1), start) is not None


# 分 is a score where the clause speaks of one (考了95分, 成绩600分以上, 满分100分); elsewhere it
# is a clock's minute (9时30分) or a fen (5分钱), and no figure
# (and a player's points: 砍下25分, 得到10分, 贡献12分, 独得30分, 领先8分)
_SCORE_CUE = re.compile(r"考|得分|满分|成绩|分数|评分|打分|积分|等级分|总分|平均分|分数线|录取线|达到"
                        r"|同积|共积|积了|已积|累积"
                        r"|砍下|砍|拿下|轰下|攻下|贡献|斩获|得到|拿到|独得|揽下|得了|领先|落后|净胜|分差"
                        r"|输给|输了|赢了|负于|胜了|获得|取得|夺得")
_NOT_SCORE_AFTER = set("钟钱之别配享析期类组成布开行散秒球线")  # (三分球, 三分线: a kind of shot)


def _scored(text: str, start: int, pos: int) -> bool:
    if text[pos + 1:pos + 2] in _NOT_SCORE_AFTER or start and text[start - 1] in "时点:：":
        return False
    if text[start:pos] in ("十", "万") and "\u4e00" <= text[pos + 1:pos + 2] <= "\u9fff" \
            and text[pos + 1] not in "的以左篮":
        return False  # 十分自然, 万分感谢: very, not ten points
    return _cue_before(text, start, 12, "，。；,;\n", _SCORE_CUE) \
        or _SCORE_AFTER.match(text, pos + 1) is not None or _scores_listed(text, start) \
        or (_start_of_points(text, start) and _game_report(text)) \
        or _won_with(text, start, pos) or _bracketed_score(text, start, pos)


def _won_with(text: str, start: int, pos: int) -> bool:
    """以518.76分夺冠, 分别以2561分和2278分列榜首: points that what follows says were won with."""
    return start > 0 and text[start - 1] in "以和与、" and _RESULT_AFTER.match(text, pos + 1) is not None \
        and _BY_SCORES_BEFORE.search(text, max(0, start - 24), start) is not None


def _bracketed_score(text: str, start: int, pos: int) -> bool:
    """江苏黄薇(2272分): points in brackets, in a text that speaks of scores (see _rates_scores)."""
    return start > 0 and text[start - 1] in "(（" and text[pos + 1:pos + 2] in ")）" \
        and _rates_scores(text)


# what a result reached by a score is (以518.76分摘取银牌, 以2561分和2278分列榜首, 以1分险胜)
_RESULT_AFTER = re.compile(r"(?:[和与、](?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})分)*"
                           r"(?:列|居|排|位列|名列|位居|摘取|摘得|夺得|夺取|获得|荣获|取得|获|夺|领先|险胜|"
                           r"胜|战胜|击败|的成绩|的总分|的高分|的优势|之差)")
# 以 right before the score, or before the scores listed up to it (以2561分和|2278分列…)
_BY_SCORES_BEFORE = re.compile(r"以(?:(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})分[和与、])*$")
_SCORE_TEXT = re.compile(r"等级分|积分|得分|总分|评分|比分|成绩|分数")


@lru_cache(maxsize=64)
def _rates_scores(text: str) -> bool:
    """Does the text speak of scores (等级分, 积分, 成绩)? There a number of points in brackets
    after a name is that one's score (江苏黄薇(2272分), 选手甲（9.85分）)."""
    return _SCORE_TEXT.search(text) is not None


def _start_of_points(text: str, start: int) -> bool:
    """Could a player's or a side's points start at ``start``: right after a name or a stop
    (欧文39分布克38分, 麦基:13分), not inside a longer number or after a clock's 时?"""
    prev = text[start - 1:start]
    if not text[start:start + 1].isdigit() or text.endswith(_SHOT_BEFORE, max(0, start - 2), start) \
            or _SHOT_AFTER.match(text, text.find("分", start) + 1):
        return False  # (三分, 命中三分, 投3分, 3分得手: a kind of shot, not three points)
    return not prev or prev not in "0123456789.第每约近时点:："


@lru_cache(maxsize=64)
def _game_report(text: str) -> bool:
    """Does the text report a game (two of a match's words: 篮板, 助攻, 主场, 赛季…)? There a
    bare N分 is points (欧文39分布克38分, 输给对手50分), as a score's cue says elsewhere."""
    return len(set(_GAME_WORDS.findall(text))) >= 2


_LIST_REACH = 600  # characters from a list's colon to its last item
_ITEM_REACH = 16  # characters from an item's mark (the colon or a semicolon) to its number
_HEADER_REACH = 30  # characters before the colon the list's header is read in
_LIST_ENDS = re.compile(r"[。！？!?\n]")  # (a line break right after the colon opens the list)


def _scores_listed(text: str, start: int) -> bool:
    """Is the number an item of a list its header says is of scores (等级分排在前20名的棋手如下:
    常昊八段,2693分;马晓春九段,2681分;…)? The header is the clause before the colon that opens
    the list, and the list runs on items split by semicolons, no full stop between."""
    lo = max(0, start - _LIST_REACH)
    colon = max(text.rfind(":", lo, start), text.rfind("：", lo, start))
    if colon < 0 or _LIST_ENDS.search(text, colon + 1 + (text[colon + 1:colon + 2] == "\n"), start) \
            or max(text.rfind(c, max(colon, start - _ITEM_REACH), start) for c in ":：;；") < 0:
        return False  # (not in a list's item: a stop between, or no item mark right before)
    head = max(text.rfind(c, max(0, colon - _HEADER_REACH), colon) for c in "，。；,;\n")
    return _SCORE_CUE.search(text, head + 1, colon) is not None


# A team's record and a match's goals, which sports pages write without a measure word of
# their own: 4连败, 5胜3负, 七胜三平 (games, 场), 打进两球 (goals, 球). Each number of a record
# is a figure of its own, as written.
_GAME_MARKS = frozenset("连胜负平败球金银铜投中")
_STREAK = re.compile(r"连(?:胜|败|负|平)")
_RECORD_NUMERAL = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
_RECORD_NEXT = re.compile(_RECORD_NUMERAL + r"[负平败]")
_RECORD_PREVIOUS = re.compile(_RECORD_NUMERAL + r"[胜平]\Z")
# (一 in a tally counts: 两金一银, 3胜1负)
_TALLY_FORMS = frozenset(("金", "银", "铜", "胜", "负", "平", "败"))
_MEDAL_NEXT = re.compile(_RECORD_NUMERAL + r"[银铜]")
_MEDAL_PREVIOUS = re.compile(_RECORD_NUMERAL + r"[金银]\Z")
_MEDAL_VERB = re.compile(r"(?:夺得|获得|摘得|斩获|收获|拿下|揽获|夺|获|摘|拿)\Z")
_GOAL_VERB = re.compile(r"(?:打进|攻入|打入|射入|射进|踢进|攻进|轰进|顶进|进了|进|丢了|丢|失|入)\Z")


# a player's shooting line, shots taken and made: 全场24投7中, 三分球5投0中 (times, 次); the
# pair only (10中 alone is no shot)
_SHOTS_MADE_NEXT = re.compile(r"\d{1,3}中")
_SHOTS_TAKEN_PREVIOUS = re.compile(r"(?<![\d.])\d{1,3}投\Z")


def _game_record(text: str, start: int, pos: int) -> tuple[int, str, str] | None:
    """(end, measure word, unit) of a number of games won or lost, of goals scored or of shots
    taken and made, right after a numeral (``pos``), or None."""
    ch = text[pos]
    if ch == "投":
        return (pos + 1, "投", "次") if text[start:pos].isdigit() \
            and _SHOTS_MADE_NEXT.match(text, pos + 1) else None
    if ch == "中":
        return (pos + 1, "中", "次") if text[start:pos].isdigit() \
            and _SHOTS_TAKEN_PREVIOUS.search(text, max(0, start - 5), start) else None
    if ch == "连":
        return (pos + 2, text[pos:pos + 2], "场") if _STREAK.match(text, pos) else None
    if ch == "球":
        after = text[pos + 1:pos + 2]
        if after and after in "队员迷场赛衣鞋门星拍类网台":
            return None  # 两球队, 三球员: a word with 球 in it
        return (pos + 1, "球", "球") if _GOAL_VERB.search(text, max(0, start - 3), start) else None
    if ch in "金银铜":
        # 夺得五金, 两金一银, 一银两铜: medals (枚), after a verb of winning or in a tally; not
        # 五金店 (hardware)
        after = text[pos + 1:pos + 2]
        tally = _MEDAL_NEXT.match(text, pos + 1) or _MEDAL_PREVIOUS.search(text, max(0, start - 4), start)
        if tally or ch == "金" and _MEDAL_VERB.search(text, max(0, start - 3), start) \
                and not (after and after in "店属交融额钱牌币库"):
            return pos + 1, ch, "枚"
        return None
    if ch == "胜" and _RECORD_NEXT.match(text, pos + 1) \
            or ch in "负平败" and _RECORD_PREVIOUS.search(text, max(0, start - 4), start):
        return pos + 1, ch, "场"
    return None


# 度 is a temperature where the clause speaks of one (气温到了零度左右, 最低气温零下5度)
_TEMPERATURE_CUE = re.compile(r"气温|温度|水温|体温|零下|高温|低温|降温|升温|摄氏")


# 以671分的好成绩, 考出600分的高分: what the score is said to be, after it
_SCORE_AFTER = re.compile(r"(?:以上|以下|左右)?的(?:好|优异|优秀|最高|总|高考|考试)?(?:成绩|分数|高分|总分|评分)"
                          r"|[和、+＋]?(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个)?(?:篮板|助攻|抢断|盖帽|板|助|断|帽)"
                          r"|(?:惨败|大胜|险胜|完胜|落败|告负|大败)")
# what a kind of shot is written after (投3分被放空, 命中3分): no points
_SHOT_BEFORE = ("投", "命中", "投进", "投中", "飙中", "飚中", "出手", "射", "个", "记")
_SHOT_AFTER = re.compile(r"得手|不中|出手|打铁|命中|绝杀|入网")
# the words of a game's report (see _game_report)
_GAME_WORDS = re.compile(r"篮板|助攻|投篮|罚球|三分球|抢断|盖帽|主场|客场|赛季|季后赛|常规赛|NBA|CBA|"
                         r"球员|进球|射门|比分|"
                         # a volleyball match's (扣球, 拦网, 一传) and any match's top scorer
                         r"扣球|拦网|发球|一传|二传|主攻|副攻|得分王|比赛得分")


# 点 is an index's points where the sentence speaks of a stock index (股市指数下跌10.5点, 恒生指数
# 收于9800点); elsewhere it is a clock's hour (下午3点) or an item (3点意见), and no figure
_INDEX_CUE = re.compile(r"指数|股指|股市|大盘|综指|成指|沪指|深指|上证|深证|道琼斯|道—琼斯|道-琼斯|恒生|日经|纳斯达克|标准普尔")
_CLOCK_BEFORE = re.compile(r"(?:上午|下午|晚上|早上|凌晨|中午|傍晚|夜里|晚|早|到|至|从|于)$")
_NOT_POINTS_AFTER = set("钟半整多前后左起许")
# 5点意见, 三点建议: items of what was said
_ITEMS_AFTER = re.compile(r"意见|看法|建议|要求|体会|措施|希望|原因|理由|做法|经验|内容|主张|原则|共识|想法|启示|结论|说明|规定|指示|打算|好处|不足")


def _index_points(text: str, start: int, pos: int) -> bool:
    if text[pos + 1:pos + 2] in _NOT_POINTS_AFTER or _ITEMS_AFTER.match(text, pos + 1):
        return False
    raw = text[start:pos]
    if len(raw) <= 2 and raw.isdigit() and int(raw) <= 24 \
            and _CLOCK_BEFORE.search(text, max(0, start - 2), start):
        return False  # 股市下午3点收盘, 交易到15点: an hour (points go far higher)
    return _cue_before(text, start, 80, "。！？!?\n", _INDEX_CUE)


# 个点 is a rate's or an index's points where its clause speaks of a change or of a rate (增速
# 回落了1.2个点, 利率上浮3个点); elsewhere (画了三个点, 三个点的建议) it is dots or items
_POINTS_CUE = re.compile(r"率|增速|增幅|涨幅|降幅|跌幅|比重|占比|比例|份额|指数|股指|大盘|"
                         r"增长|下降|上涨|下跌|回落|提高|降低|上升|上浮|下浮|上调|下调|高出|低于|高于|反弹")


_NOT_RATE_POINTS_AFTER = set("钟半整前后起")


def _points_said(text: str, start: int, dot: int) -> bool:
    """Is ``个点`` (its 点 at ``dot``) the points of a rate or an index, not dots or items?"""
    if text[dot + 1:dot + 2] in _NOT_RATE_POINTS_AFTER or _ITEMS_AFTER.match(text, dot + 1):
        return False
    return _cue_before(text, start, 30, "，。；,;！？!?\n", _POINTS_CUE)


def _noun_at(text: str, pos: int) -> bool:
    """Does a noun of two characters or more (jieba's dictionary) start at ``pos``?"""
    lexicon = words.lexicon()
    if lexicon is None:
        return True
    acting = words.acting_words()  # (游说 is a noun to the dictionary, a verb in news)
    return any((lexicon.tag(w := text[pos:pos + n]) or "").startswith("n") and w not in acting
               for n in (2, 3, 4))


def _slogan_spans(text: str) -> list[tuple[int, int]]:
    """Spans of 《titles》 and of quoted names/slogans (short, no sentence punctuation)."""
    if "“" not in text and "《" not in text and "「" not in text and "‘" not in text \
            and "『" not in text:
        return []
    spans = []
    for m in _QUOTED.finditer(text):
        inner = m.group(0)[1:-1]
        if m.group(0)[0] == "《" or "+" in inner or not _SENTENCE_PUNCT.search(inner) and (
                len(inner) <= 15 or "、" in inner):
            spans.append((m.start(), m.end()))
            # “六个一”关爱模式(即每年写一封家书、…): the explanation of a numbered slogan lists
            # its parts, which count nothing the text reports
            if _NUMBERED.search(inner) and (why := _EXPLAINED.match(text, m.end())):
                spans.append((why.start(), why.end()))
    out: list[tuple[int, int]] = []
    for span in sorted(spans):  # (a quote inside an explanation is inside the explanation)
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, len(spans) + 10**9)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


# -- the rules -----------------------------------------------------------------------------------

# the measure words a game's format is written with between its numbers (3V3, 三对三)
_SIDES = frozenset({"V", "v", "对"})
_SIDE_NUMERALS = _CN_DIGIT_CHARS + "十"  # (the numerals a side's count opens with besides digits)


def _is_quantity(text: str, q: _Quantity, unit: str, slogans: list, second_max) -> bool:
    s, e, raw = q.start, q.end, q.text
    before = text[max(0, s - 12):s]
    # Every rule is a test without side effects that says no, so the two that say it most
    # often are asked first (a ratio aside, which the rules below of measure words spare):
    # 一 as "a" (一个, 一次: 6,600 of the 27,000 candidates of People's Daily), a year (2,900).
    # (一到两位, 一至三年: the first end of a range counts, whatever precedes it)
    if not q.ratio and (raw in ("一", "壹") and second_max is None and q.form not in _TALLY_FORMS
                        and not _one_counts(
            text, q, unit, prefix_qualifier(before, round_number=False))
            or unit == "年" and _is_year(text, q, second_max)):
        return False
    prev = before[-1:] if before else ""
    nxt = text[e:e + 1]
    if q.form in NON_QUANTITY and q.unit not in ("分", "点"):  # (see _scored, _index_points)
        return False
    if q.form in _SIDES and nxt and (nxt.isdigit() or nxt in _SIDE_NUMERALS) \
            or prev in _SIDES and len(before) > 1 and (before[-2].isdigit() or before[-2] in _SIDE_NUMERALS):
        return False  # 3V3, 三对三, 1对1: a game's format, so many a side (not 3 volts, 3 pairs)
    # identifiers and formulas: C2002次, TOP10, 3+N, 5G, 01 (but two quantities with their
    # measure words, 6GB+128GB, 8GB内存+256GB存储, 12分+16个篮板, are two figures)
    if prev and (prev in "+＋#_×*" and not (q.form is not None and prev in "+＋"
                                             and _measured_before_plus(before))
                 or prev.isdigit() or prev in _LATIN_CHARS and raw[0].isdigit()):
        return False
    if prev in "-/." and len(before) > 1 and (before[-2].isalnum()) \
            and not (prev == "/" and _price_ends_at(text, s - 1)):
        return False  # (¥320/30ml: the size a price buys, after it)
    after_num = text[q.num_end:q.num_end + 1]
    if after_num in _LATIN_CHARS and not (q.form and q.form[0] in _LATIN_CHARS) \
            and not _price_before_name(text, q):
        return False  # (5G, 6T; but 25g and 350ml are written with a unit's symbol)
    if nxt in ("+", "＋", "×", "*") and not (q.form is not None and nxt in "+＋"
                                            and _measured_after_plus(text, e)) \
            or after_num in ("×", "*") \
            or (nxt in _LATIN_CHARS and q.form is None and not _price_before_name(text, q)):
        return False
    if raw[0] == "0" and len(raw) > 1 and raw[1].isdigit():
        return False
    # ordinals and dates written with a prefix
    if before.endswith(_ORDINAL_BEFORE) and not (before.endswith(_EVERY_WEEK) and raw[0].isdigit()) \
            or _enumerated_ordinal(before):
        # 周3 is Wednesday, 每周六晚 every Saturday evening; 每周150分钟 is every week's 150 minutes
        return False
    if before.endswith("前") and not before.endswith(_NOT_RANK) and q.form in (
            "名", "位", "强", "季度", "个季度"):
        return False  # 前3名: a rank
    if q.form in ("位", "名") and _in_ranking(text, s, prev, text[e:e + 1]):
        return False  # 世界排名从第50位上升到42位, 李某(42位): a place in a ranking, no count
    if before.endswith(_DEMONSTRATIVE) and not raw[0].isdigit():
        return False  # 这两天, 这一年: pointing back, not counting
    if nxt == "级" and raw in _BARE_MAGNITUDES:
        return False  # 万吨级码头, 亿吨级油田: a class of size, no amount of anything
    if raw == "两" and q.form == "队" and not before.endswith(_COUNTS_SIDES):
        return False  # 两队比分交替上升, 中日两队: the two sides of a match, no count
    if q.form == "位" and text.startswith("数", e):
        return False  # 分差来到两位数: a number of two digits, no count of people
    if raw in ("两", "三") and q.form in ("人", "位", "个人") and _the_people_named(text, s, before):
        return False  # 郭晶晶和伏明霞…。两人以出色的表现…: the two just named, no count
    if slogans and _inside(slogans, s) and not (raw[0].isdigit() and dimension_of(unit) == "currency"):
        return False  # “五大行动”, “一卡通”; but “1美元1000韩元” quotes amounts, not a name
    if prev == "”" and _counts_quoted_list(text, s):
        return False
    if raw == "零" and q.form == "件":
        return False  # 零件: a part, no count of nothing
    if not raw[0].isdigit() and (_IDIOMS.search(text, max(0, s - 5), min(len(text), e + 5))
                                 or _in_idiom(text, s, e) or _in_formula(text, s)):
        return False
    if q.ratio:
        return True  # 一比零点五: the rules below are about measure words
    # measure words that need a closer look
    # (a year: asked first, above)
    if q.form == "周" and raw == "四" and not _FOUR_WEEKS_AFTER.match(text, e) \
            and not before.endswith(_FOUR_WEEKS_POINTERS) \
            and not text.endswith(_SPAN_OF, max(0, s - 2), s) and not _lasts_before(text, s):
        return False  # 住宅四周的绿化, 四周绿树环抱: all around, not four weeks (为期四周, 四周后 count)
    if q.form == "处" and raw == "四" and not _noun_at(text, e):
        return False  # 四处奔走, 四处游说: everywhere, not four places (设立四处服务站 counts)
    if q.form == "面" and not raw[0].isdigit() and not _FLAT_THING.match(text, e) \
            and (raw == "四" or not _noun_at(text, e)):
        return False  # 四面通风, 正反两面均不得涂改: sides, not flags (三面锦旗 counts)
    if q.form == "轮" and raw == "三" and (text[e:e + 1] in ("车", "摩") or text[s - 1:s] in _TRICYCLE_BEFORE):
        return False  # 骑着小三轮, 三轮车: a tricycle, not three rounds (进行了三轮谈判 counts)
    if q.form in ("个", "条", "点") and not raw[0].isdigit() and (
            _DISCOURSE.match(text, e) or _ENUMERATION.match(text, e)):
        return False  # 两个方面, 面临三个问题, 思路有两条,一是…: the outline of a speech
    if q.form == "成" and (not nxt or raw == "三五" or (q.numeral.value_max or q.numeral.value) > 10
                           or nxt not in _CHENG_NEXT and not _share_before_noun(text, q)):
        return False  # 成 counts tenths: 三五成桌 (in threes and fives) is no 350 %
    if q.form == "单" and nxt == "元" or q.form in ("层", "室") and _ADDRESS_BEFORE.search(before):
        return False  # A4栋1单元24层: an address, not counts of orders or floors
    if q.form and _YEAR_DIGITS.fullmatch(raw) and _name_runs_on(text, q.num_end, q.form):
        return False  # 2019米其林指南, 2018米兰时装周: a year before a name, not 2019 metres
    if q.form == "度" and before.endswith(_COORDINATES):
        return False  # 北纬四十一点一度, 东经114.3度: where a place lies, no amount of anything
    if q.form == "级" and (not raw[0].isdigit() and not _MAGNITUDE.match(raw) and not (
            _ABOUT_AFTER.match(text, e) and _cue_before(text, s, 24, "。！？!?", _QUAKE_OR_WIND))
                          or _YEAR_DIGITS.fullmatch(raw)):
        # (2018级: the class that entered in 2018; 三级医院, 二级以上医院, 英语四级以上: a grade,
        # while 六点二级 is a magnitude, and so is 五级左右 or 四级以上 told of a quake or a wind)
        return False
    if q.form == "字" and (not raw[0].isdigit() and not set(raw) & _HUNDREDS_AND_UP or nxt in "形型"):
        # 38万字, 800字 count characters; 十字, 八字, “并非”二字, 8字形 name shapes and words
        return False
    if q.form in _COLLECTIVE and raw in ("两", "二", "三", "四", "五"):
        return False  # 闽宁两省区, 郊区五市, 京津冀三地: a name for the places listed, not a count
    if "(" in before and _editorial_note(text, s):
        return False
    if unit in _TIME_UNITS and _NAME_AFTER.match(text, e):
        return False
    if q.form == "晚" and text[e:e + 1] in _NOT_NIGHTS_AFTER:
        return False  # 三晚会, 一晚上: 晚 counts nights only alone
    if unit in ("米", "公里") and (_EVENT_AFTER.match(text, e) or before.endswith(("男子", "女子"))):
        return False
    if text[e:e + len(q.form or "")] == q.form and q.form and len(q.form) == 1 and raw in (
            "一", "壹"):
        return False  # 一张张, 一盘盘
    cn = not raw[0].isdigit()
    if cn and prev == "老":
        return False  # 老三一个月才开400元: 老三 names a son, and 三一 is no 31
    if cn and len(raw) > 2 and not raw.strip(_CN_DIGIT_CHARS):
        return False  # 一九九八 / 一一一: digits read one by one name years and codes
    bare = cn and not raw.rstrip("余多来几").strip(_MULTIPLIER_CHARS) and raw.rstrip(
        "余多来几") not in ("十",)
    prefix = prefix_qualifier(before, round_number=bare)
    if bare and not (q.more or raw[-1] in "余多" or prefix or raw.startswith(("数", "几"))) \
            and not (q.unit_basis == "noun" and len(raw) > 1 and raw not in _VAGUE_MULTITUDES
                     and not before.endswith("数以")):
        # (百万农民, 千万网民: a multiplier of two characters before the people it counts; but
        # 亿万人民, 数以千万计 say "countless")
        if unit not in _BARE_OK and not (unit == "人" and (
                q.form in ("名", "位") or q.form == "人" and len(raw) > 1
                and raw not in _VAGUE_MULTITUDES and not before.endswith(("每", "数以")))):
            # (百名劳模: people written 名 or 位, stored as 人; 十万人, 百万人 as 百万农民 are: a
            # multiplier of two characters, but not 每十万人口, a rate's base; 万人空巷, 千人一面
            # and 百人会 stay out)
            return False
        if q.form == "名" and text[e:e + 1] in _FAMOUS_AFTER:
            return False  # 百万名车, 千名校: 名 is "famous" there, not a count of people
        if prev and prev in _CN:
            return False
    # (一 as "a": asked first, above; its prefix is this one, 一 being no bare multiplier)
    if len(raw) == 2 and raw[0] in _CN_DIGIT_CHARS and raw[1] in _CN_DIGIT_CHARS \
            and q.numeral.value_max is None and raw[0] != raw[1] and raw[0] not in "零〇○":
        return False  # 八一队, 五一节: two digits that are no range (七八个) name a day; 81 is 八十一
    if raw in ("二", "贰") and q.form != "成":
        return False  # 二次救助, 二期, 二级: a lone 二 ranks; a count of two is written 两 (二成: a share)
    if raw in ("两", "二", "三", "俩") and unit == "人" and text[e:e + 1] in ("都", "也", "均"):
        return False
    return True


def _share_before_noun(text: str, q: _Quantity) -> bool:
    """八成下岗职工, 九成人, 近三成换专业: 成 ends the numeral's word and a share of what follows
    is given. The segmenter tells it from 成 opening a word of its own (这一成绩, 一成不变,
    三五成群, 成立, 成都), which no rule of following characters could list."""
    e = q.end
    if text[e:e + 1] in _CN_DIGIT_CHARS or text[e:e + 1].isdigit() or not words.available():
        return False  # 二成五: one share written in two parts
    k = q.start
    for w in words.cut(text[k:e + 6]):
        k += len(w)
        if k >= e:
            return k == e  # 成 ends a word: the numeral's (八成) or 成 alone after digits (9成)
    return False


def _one_counts(text: str, q: _Quantity, unit: str, prefix: tuple[str, int, bool] | None) -> bool:
    """Whether 一 counts one (一个半小时, 近一年, 一岁, 一成, 增长一倍) rather than being the
    article "a" (一个项目, 一次会议). (An age is never 一 as "a", nor 一成 a tenth, nor 一倍 a
    multiple of nothing.) Nor is it "a" in a rate (每天一个鸡蛋, 每年自测一次), a duration a verb
    lasts (持续一周, 住上一个月, 提前一个月) or a number of times that ends its clause
    (烧开一次之后, 半个月一次比较合适)."""
    if q.half or q.more and unit in _TIME_UNITS \
            or prefix and prefix[0] in ("approx", "more_than", "less_than") \
            or unit in ("岁", "倍") or q.form == "成":
        return True
    s, e = q.start, q.end
    if text[s - 1:s] in _NOT_COUNTING_BEFORE or text[e:e + 1] in _ONE_WORD_AFTER \
            or q.form == "度" or q.form == "部" and text[e:e + 1] in ("分", "份"):
        return False  # 第一次, 这一年, 每一天, 下一次; 一次性, 一天天, 一年一度, 一部分
    if _RATE_BEFORE.search(text, max(0, s - 8), s) and text[s - 1:s] not in ("是", "有"):
        return True  # (每天都是一场战争, 每年都会有一批: "a")
    if unit in _DURATION_UNITS and (text.startswith(("来", "以来"), e)
                                    or text.startswith("左右", e) and text[s - 1:s] != "有"
                                    or text.endswith(_SPAN_OF, max(0, s - 2), s)):
        # 一年来, 为期一年的使命, 历时一个月, 一天左右: the length of time told (有一天左右邻居:
        # "one day", and the neighbours on either side)
        return True
    if unit == "次":
        # 体检一次。, 烧开一次之后, 半个月一次比较合适; not 每甩一次 (every time it swings)
        # nor a clause's opening 一次, (once, …)
        return text[s - 1:s] != "上" and text[s - 2:s - 1] != "每" \
            and _CLAUSE_ENDS_AFTER.match(text, e) is not None \
            and (_PERIOD_BEFORE.search(text, max(0, s - 4), s) is not None or _lasts_before(text, s))
    return unit in _DURATION_UNITS and _lasts_before(text, s)


# what 一 is no count after (第一, 这一年, 每一天, 下一次, 唯一) or before (一次性, 一天天, 一年一度,
# 一次次): an ordinal, a pointer, "every", a word 一 is part of (上 is "last" only where no verb
# comes before it: 上一次, 比上一年; 住上一个月 lasts)
# what 面 counts: flat things (旗, 锦旗, 墙, 镜子, 鼓); 四面 before anything else is all sides
_FLAT_THING = re.compile(r"[\u4e00-\u9fff]{0,2}?[旗墙镜鼓锣牌屏]")
_TRICYCLE_BEFORE = set("小板动力蹬")  # 小三轮, 平板三轮, 电动三轮, 人力三轮, 脚蹬三轮
_NOT_COUNTING_BEFORE = set("第这那每哪下同唯统之另其任某单")
_ONE_WORD_AFTER = set("性天年次度日月周又")
# a rate: 每天一个鸡蛋, 每年可自测一次, 每月一次, 每人一份 (每 and its period, then at most a few
# characters of the clause, no punctuation)
_RATE_BEFORE = re.compile(r"每(?:天|日|晚|周|星期|月|个月|年|季度|个季度|小时|人|户)"
                          r"[^,，。;；:：!！?？、最第头末]{0,5}\Z")  # (每月最后一周: a date)
# what ends the clause of a number of times: 烧开一次之后, 半个月一次比较合适, 体检一次。 (not
# 就: 一次就考取9个 is "at one go")
_CLAUSE_ENDS_AFTER = re.compile(r"[,，。;；!！?？、)）]|之?后|以后|即可|为宜|比较|左右|\Z")
# a length of time a number of times is per (半个月一次, 两年一次, 三天一次; not a moment: 去年一次)
_PERIOD_BEFORE = re.compile(r"[0-9一二两三四五六七八九十半](?:个月|个星期|年|天|周|日|月)\Z")
# what says the length of time that follows it (为期一年, 历时一个月, 长达一年)
_SPAN_OF = ("为期", "历时", "长达", "整整", "足足")
# the time units a duration of one is counted in
_DURATION_UNITS = {"年", "天", "个月", "小时", "周", "分钟", "晚", "星期", "日", "学期"}
# a verb a duration follows that is not "there is" or "be" (有一天 is "one day"); its aspect marker
_NOT_LASTING = {"有", "是", "在", "到", "为", "像", "属", "属于", "过去", "最近", "近", "这", "那", "每", "第"}


def _lasts_before(text: str, s: int) -> bool:
    """Is 一 at ``s`` right after a verb that lasts the duration (持续, 住上, 连打了, 提前, 需要,
    写), or its aspect marker?"""
    before = text[max(0, s - 6):s]
    if not before or not ("\u4e00" <= before[-1] <= "\u9fff"):
        return False
    cut = words.pos_cut(before)
    word, flag = cut[-1]
    if word in _NOT_LASTING or word.endswith("是"):  # (便是一年过去得太快: "is a year")
        return False
    if word == "上":  # 住上一个月 lasts; 比上一年, 上一周 point back
        return len(cut) > 1 and cut[-2][1].startswith("v") and cut[-2][0] not in _NOT_LASTING
    return flag.startswith("v") or word in ("了", "过", "不了")


# Nouns that count the parts of an argument, not things in the world
_DISCOURSE = re.compile(r"(?:主要|重要|基本|突出|具体)?(?:方面|问题|原因|特点|层面|方向|思路|原则|要点|角度|途径|"
                        r"关键|难点|重点|环节|理由|好处|作用|意义|观点|建议|体会|启示|误区|优势|步骤)")
# 思路有两条,一个是…/ 两条:一是…: the count announces an enumeration
_ENUMERATION = re.compile(r"[,:,:]\s*(?:一个是|一是|第一个是|第一是|首先|其一|一方面|一个方面是)")
_COLLECTIVE = {"省", "市", "县", "省市", "村", "镇", "省区", "地市", "县市", "市县", "区县"}
# Notes of the desk, not of the story: (附图片2张), (图3), (见第二版), (转第5版), (本版编辑…).
_EDITORIAL = re.compile(r"\((?:附|图|照片|摄影|见|转|接|详见|本版|编者|下转|上接)")


def _editorial_note(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a parenthesis the desk adds to a story."""
    opener = text.rfind("(", max(0, pos - 12), pos)
    return opener >= 0 and ")" not in text[opener:pos] and _EDITORIAL.match(text, opener) is not None


# a ranking named before a place in it (世界排名从第50位上升到42位, 排名第14位, 名次升至12位),
# and the verbs that move a place in it, right before the number
_RANKING = re.compile(r"排名|排行|名次|位次|排位")
_RANKED_AT = re.compile(r"(?:(?:排名|排行|名次|位次|排位)(?:为|是|在|从)?|(?:上升|下降|滑落|跌落|攀升|"
                        r"提升|跃升|升|降|跌|回落)(?:到|至))$")
_RANKING_REACH = 24  # characters from the ranking's word to the place


def _in_ranking(text: str, s: int, prev: str, nxt: str) -> bool:
    """Is the number at ``s`` (written with 位 or 名) a place in a ranking its sentence names:
    right after the ranking or a verb that moves a place in it, or in brackets after a name in a
    ranked list (以下为排名前十位的球员：李某（42位），王某（186位））?"""
    lo = max(0, s - _RANKING_REACH)
    if _RANKED_AT.search(text, lo, s) is not None:
        return _RANKING.search(text, lo, s) is not None
    if prev in "(（" and nxt in ")）":
        opening = max(text.rfind("。", 0, s), text.rfind("\n", 0, s)) + 1
        return _RANKING.search(text, opening, s) is not None
    return False


def _enumerated_ordinal(before: str) -> bool:
    """第一、二、三名: a numeral in a list opened by 第."""
    if not before.endswith(("、", ",")):
        return False
    i = len(before) - 1
    while i >= 0 and (before[i] in "、," or before[i] in CN_DIGITS or before[i] in "十百"
                      or before[i].isdigit()):
        i -= 1
    return i >= 0 and before[i] == "第"


def _counts_quoted_list(text: str, pos: int) -> bool:
    """“安、居、乐、业”四篇文章: the number counts the items of a quoted list."""
    close = pos - 1
    opener = text.rfind("“", max(0, close - 40), close)
    return opener >= 0 and "、" in text[opener:close]


# A year written in two digits (96年建市, 从13年到15年, 98年底): what follows or precedes 年 makes it
# a moment, not a duration (5年建成 would be a duration: 建成 is not among these).
_SHORT_YEAR_AFTER = re.compile(r"(?:\d{1,2}月|建市|建县|建省|建厂|建校|成立|底|初|末|年底|年初|年末|的时候|"
                               r"上半年|下半年)")
# 从13年到15年, 自96年起: 从/自 before, a second short year or 起 after; the spans of years a
# duration range also has (15年—30年的培养) lack the 从.
_SHORT_YEAR_FROM = re.compile(r"(?:到|至|—|-|~)(\d\d)年|起")
_SHORT_YEAR_BEFORE = re.compile(r"(?:从|自)(\d\d)年(?:到|至|—|-|~)$")
# where a short year stands as a time (19年的新科状元, 就19年选秀市场来讲, 在96年之后), and
# what makes 19年 a length of time even there (经过19年的努力, 50年厂庆)
_YEAR_THEN = ("的", "之后", "之前", "以后", "以前")
_AFTER_A_DURATION = frozenset("来以多半间里内中左前后")  # (在13年前: thirteen years ago)
_YEAR_AFTER = ("在", "于", "就", "到", "至", "从", "自", "是", "截至", "截止")
_ANNIVERSARY = ("厂庆", "校庆", "店庆", "台庆", "大庆", "华诞", "诞辰", "周年", "纪念", "庆典")  # 50年厂庆
_BEFORE_A_DURATION = ("了", "用", "花", "历时", "长达", "达", "近", "过去", "连续", "整整", "经过", "工作",
                      "干", "做", "有", "约", "的", "这", "那", "每", "再")


def _is_year(text: str, q: _Quantity, second_max) -> bool:
    raw = q.text
    if raw.isdigit():
        v = int(raw)
        if len(raw) == 4:
            return 1000 <= v <= 2999
        if len(raw) != 2:
            return False
        if _SHORT_YEAR_AFTER.match(text, q.end):
            return True
        frm = _SHORT_YEAR_FROM.match(text, q.end)
        if frm and text[max(0, q.start - 1):q.start] in ("从", "自") and (
                frm.group(1) is None or 0 < int(frm.group(1)) - v < 10):
            return True
        back = _SHORT_YEAR_BEFORE.search(text, max(0, q.start - 6), q.start)
        if back is not None and 0 < v - int(back.group(1)) < 10:
            return True
        # 19年的新科状元 in a page that writes 2019年: the year in short, unless what stands
        # around it makes it a length of time (19年来, 用了19年, 经过19年的努力)
        return (f"20{raw}年" in text or f"19{raw}年" in text) \
            and (text.startswith(_YEAR_THEN, q.end) or text.endswith(_YEAR_AFTER, 0, q.start)) \
            and text[q.end:q.end + 1] not in _AFTER_A_DURATION \
            and not text.startswith(_ANNIVERSARY, q.end) \
            and not text.endswith(_BEFORE_A_DURATION, max(0, q.start - 4), q.start)
    if all(c in CN_DIGITS for c in raw) and (len(raw) >= 3 or "〇" in raw or "零" in raw):
        return True
    return False


# -- building the record -------------------------------------------------------------------------

def _figure(text: str, q: _Quantity, lo: float, hi: float | None, unit: str, end: int,
            ends: list[int], form: str | None = None) -> Figure | None:
    """The figure of a quantity read from ``q.start`` to ``end``; ``form``, the measure word as
    written (a range's second one when the first has none: 200~300mL), says what the unit is
    stored as (see ``units.stored_unit``)."""
    if not math.isfinite(lo) or lo < 0:
        return None  # a digit run too long for a float, or a sign that slipped through
    if hi is not None and (not math.isfinite(hi) or hi <= lo):
        hi = None
    i = bisect.bisect_left(ends, q.start)
    sent_start = ends[i - 1] + 1 if i > 0 else 0
    sent_end = ends[i] if i < len(ends) else len(text)
    if sent_end - sent_start > EVIDENCE_MAX:
        # the figure's own clause, within EVIDENCE_REACH characters either side of it
        first = max(sent_start, q.start - EVIDENCE_REACH)
        for brk in _CLAUSE_BREAK.finditer(text, first, q.start):
            first = brk.end()
        last = min(sent_end, end + EVIDENCE_REACH)  # end: the figure's, never before q.end
        brk = _CLAUSE_BREAK.search(text, end, last)
        sent_start, sent_end = first, (brk.start() if brk else last)
    sentence = text[sent_start:sent_end]
    left = text[max(sent_start, q.start - 12):q.start]
    start = q.start
    qualifier = q.numeral.qualifier
    if q.more:
        # 二十多, 百余: a floor; 十来个, 四十来岁: about that many (来 says a little more or less)
        qualifier = "approx" if q.text.endswith("来") else "more_than"
    # (a round number: multipliers alone, 破亿, 上万; or one significant digit before them, 破1亿,
    # 破5万, 过10万)
    stem = q.text.rstrip("余多来几")
    round_number = stem and (not stem.strip(_MULTIPLIER_CHARS)
                             or _ONE_DIGIT_ROUND.fullmatch(stem) is not None)
    pre = prefix_qualifier(left, round_number=bool(round_number))
    suf = suffix_qualifier(text[end:end + 6])
    if suf:
        word_q, n = suf
        if word_q == "more_than" and text[end:end + 2] == "以上" and (
                is_policy(sentence) and is_condition(sentence) or is_requirement(left)):
            word_q = "at_least"
        if hi is None:
            qualifier = word_q
        end += n
    elif unit in _TIME_UNITS and text[end:end + 1] == "内" and hi is None:
        qualifier = "at_most"  # 6个月内, 3年内: within, the duration is a bound
    if pre:
        word_q, n, touching = pre
        if hi is None:
            qualifier = word_q
        if touching:
            start -= n
    if hi is not None:
        qualifier = "exact" if not pre and not suf else qualifier
    surface = text[start:end]
    evidence = sentence.strip()
    evidence_start = sent_start + (len(sentence) - len(sentence.lstrip()))
    return Figure(
        char_start=start, char_end=end, surface=surface, value=_clean(lo), unit=stored_unit(form, unit),
        qualifier=qualifier, value_max=None if hi is None else _clean(hi),
        role=role_of(sentence, left, qualifier), evidence=evidence,
        evidence_start=evidence_start, unit_basis=q.unit_basis,
    )


def _negate(figure: Figure) -> None:
    """-3.65亿元, 负1.2亿元, 增长-6.3%: the value below zero, its sign kept (a loss is never
    read as a gain). 负三四亿元 spans -4亿 to -3亿: ``value`` stays the lower end. The qualifier
    keeps its words' meaning, the size as written (-3亿多元: more than 3亿 below zero)."""
    if figure.value_max is None:
        figure.value = -figure.value
    else:
        figure.value, figure.value_max = -figure.value_max, -figure.value


def _clean(v: float) -> float:
    if not math.isfinite(v):
        return v
    r = round(v)
    return float(r) if abs(v - r) < 1e-6 * max(1.0, abs(v)) else round(v, 6)


def _add_metrics(figures: list[Figure]) -> None:
    for f in figures:
        rel = f.char_start - f.evidence_start
        f.metric = metric_for(f.evidence, rel, rel + len(f.surface), f.unit)
