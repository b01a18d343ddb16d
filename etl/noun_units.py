"""The unit of a number written without a measure word, read from the noun it counts.

News drops the measure word when the noun says what is counted: ``人口560万``, ``23万农民``,
``失业人员从3.2万减少到1.1万``, ``GDP是1522亿``. A reader writes these down as people, households
or yuan, so the figure finder does too, but only when the noun fixes the unit: a population
noun counts people (人), a household noun households (户), a money noun yuan (元). A bare number
next to any other noun (``产量3万``: tonnes? boxes?) stays out, and so does one without a
multiplier (``职工12``), which is far more often a code, a score or a rank than a count.

The noun is looked for on both sides of the number, where Chinese puts it:
* after it, within a few characters of modifiers (``10多万贫困职工``, ``18万无房户``);
* before it, across a linking verb and a qualifier (``贫困人口有207万``, ``减少贫困人口约60万``,
  ``总资产是60个亿``), or across the first number of a ``从…到…`` change (``失业人员从3.2万
  减少到1.1万``: both numbers count the 失业人员).
"""
from __future__ import annotations

import re
from functools import lru_cache

# Nouns, longest first where one contains another (贫困人口 before 人口).
PERSON_NOUNS = (
    "人口", "职工", "农民", "农民工", "居民", "群众", "人员", "会员", "工人", "员工", "干部",
    "党员", "团员", "教师", "教职工", "学生", "大学生", "毕业生", "考生", "儿童", "少年儿童",
    "老人", "老年人", "患者", "病人", "村民", "市民", "游客", "旅客", "乘客", "观众", "网民",
    "志愿者", "劳动力", "移民", "难民", "妇女", "青年", "农民工", "下岗职工", "失业者",
    "参保人", "参保者", "人数", "官兵", "士兵", "军人", "退休人员", "残疾人",
    "人民", "女童", "男童", "用户", "网友", "读者", "外国人", "华侨", "侨胞", "农村人口",
    "粉丝", "消费者", "顾客", "中国人", "华人",
)
HOUSEHOLD_NOUNS = (
    "农户", "住户", "贫困户", "困难户", "特困户", "无房户", "缺房户", "危房户", "低保户", "五保户",
    "住房困难户", "家庭", "商户",
)
MONEY_NOUNS = (
    "GDP", "生产总值", "收入", "投资", "资金", "费用", "财政", "经费", "资产", "产值", "利润",
    "利税", "税收", "存款", "贷款", "销售额", "营业额", "营收", "工资", "支出", "金额", "成本",
    "捐款", "预算", "债务", "资本", "投入", "营业收入", "基金", "储蓄", "保费", "赔款",
    "市场规模", "成交额", "交易额", "票房", "融资", "市值", "估值", "收益", "净利润",
    "价格", "售价", "房价", "票价", "年薪", "月薪", "薪资", "薪水", "奖金", "身价", "学费", "租金",
    "底薪", "薪金", "合同", "造价", "总价", "报价", "标价",
)
# verbs that only money follows (卫生部拿出2.3亿要普及, 斥资5亿收购, 耗资3000万): the sum may run
# straight on into what it is for
MONEY_VERBS = ("拿出", "拨出", "拨付", "拨款", "出资", "捐资", "斥资", "耗资", "筹资", "集资", "募集资金",
               # (花了3年 has its measure word: a bare 3000万 or 100个亿 spent is money)
               "花了", "花掉", "花费",
               # what is borrowed, owed, lost, earned, extorted or taken in a bribe with no
               # measure word (借了五万, 被骗20多万, 受贿300多万, 罚款5万): a sum of money
               "借了", "借给", "借款", "欠下", "欠了", "欠款", "赔了", "赔偿", "赔付", "赚了", "挣了",
               "骗走", "骗取", "被骗", "损失", "罚款", "贪污", "受贿", "索贿", "行贿", "挪用")
# verbs that only a sum runs straight on into (拟298亿购盛大游戏, 以5亿收购该公司)
MONEY_AFTER = ("收购", "购买", "购入", "买下", "买入", "入股", "购")
# verbs whose object is staff (裁员1.8万, 裁员一万八, 扩招10万, 分流2.3万): the number after them
# counts people, as 斥资 makes the number after it money
STAFF_VERBS = ("裁员", "减员", "裁减", "招工", "招聘", "扩招", "录用", "分流")
# a count of visits is in person-times, whatever it counts the visits of (访问人次达10.9万,
# 门诊人次为3.2万)
PERSON_TIME_NOUNS = ("人次", "人次数")
# a web page's counts of what readers did, each a number of times (播放量突破10亿, 点击量达500万,
# 阅读量10万+)
TIMES_NOUNS = ("点击量", "浏览量", "访问量", "播放量", "阅读量", "转发量", "评论量", "点赞量",
               "下载量", "搜索量", "观看量", "点击次数", "浏览次数", "播放次数", "下载次数")
_UNIT = {**{n: "人" for n in PERSON_NOUNS + STAFF_VERBS}, **{n: "人次" for n in PERSON_TIME_NOUNS},
         **{n: "次" for n in TIMES_NOUNS},
         **{n: "户" for n in HOUSEHOLD_NOUNS},
         **{n: "元" for n in MONEY_NOUNS + MONEY_VERBS}}
_NOUNS = sorted(_UNIT, key=len, reverse=True)
# Beside the listed nouns, any word for people made the way Chinese makes them: one that does
# something, 者 (感染者, 吸烟者, 求职者), one of a people, 民 (烟民, 股民, 灾民), 同胞, 人才, 人士;
# not the words for "either", "the former" or "both" that end in 者 too (或者, 前者, 两者), nor
# 记者, which a byline run on after a headline puts next to its last number (冻结千万每经记者).
_PERSON_WORD = (r"[\u4e00-\u9fff]{1,2}?(?:者(?<![或再前后两二三笔记]者)|民)"
                r"|同胞|人才|人士")
_ALT = "|".join(re.escape(n) for n in _NOUNS) + "|" + _PERSON_WORD

# After the number: up to four characters of modifiers (贫困, 下岗, 无房), then the noun, and
# the noun ends the word (人口普查 is not a count of people).
_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?P<noun>{_ALT})(?![\u4e00-\u9fff]{{0,1}}(?:普查|结构|政策|问题|工作|比例|比重|增长|水平|标准))")
# Before the number: the noun, then linking words and a qualifier. The words between are the
# ones that can stand between a subject and its count, nothing that starts a new phrase.
# (a count of the noun written with 数, 用户数为22.7亿, 会员数达3.2万, as 人数 is a noun of its own)
_LINK_NOUN = r"(?:总数|总量|总额|规模|数量|数|量)?"
# A comparison between the noun and its count names the base it is compared with (用户较上一季度
# 增长了1亿, 用户规模较2017年4季度的2.01亿增加至2.27亿): a short run of the clause, no stop in it.
_COMPARED = r"(?:较|比)[^，。,；;！？!?、]{1,10}?"
_LINK_VERB = r"(?:共|总共|合计|累计|已|已经|仍|还|只|仅|即将|将要|将|可|有望|预计|目前|现在|如今|一般|普遍|通常|大概|大致|就|便|也|都|又)?(?:有|是|为|在|达|达到|约|约为|近|超过|超|逾|突破|不足|不到|将近|接近|大约|增至|减至|升至|降至|涨至|涨到|增加到|减少到|下降到|上升到|提高到|增长到|收|破|过)*"
_LINK = _LINK_NOUN + _LINK_VERB
# A change counts what its subject counts: 贫困人口减少60万, 农民收入增加30亿; so does a verb that
# says what became of the people counted (下岗职工再就业15万, 劳动力转移就业12万).
_CHANGE = r"(?:新增|净增|增加|减少|增长|下降|上升|提高|降低|扩大|缩小)"
_BECAME = r"(?:实现)?(?:再就业|转移就业|就业|脱贫|参保|入会|返乡)"
# The moment a count is given for, between 从 and the number or after 到 (从1994年的8000万减少到
# 现在的4200万, 由去年底的3.2万): it dates the number, it does not end the phrase.
_WHEN = r"(?:(?:\d{4}年|去年|上年|今年|年)(?:底|初|末)?|前年|目前|现在|当时)的?"
_BEFORE = re.compile(rf"(?P<noun>{_ALT})(?:{_WHEN})?{_LINK_NOUN}(?:{_COMPARED})?{_LINK_VERB}"
                     rf"(?:{_CHANGE}了?|{_BECAME})?"
                     rf"(?:(?:从|由)(?:{_WHEN})?)?$")
# 从3.2万减少到: the first number of a change, which the second shares its noun with.
_FROM = re.compile(rf"(?P<noun>{_ALT}){_LINK}(?:(?:从|由)(?:{_WHEN})?|{_COMPARED})"
                   r"[\d.·,一二三四五六七八九十两百千万亿余多]+"
                   rf"(?:减少|增加|增长|下降|上升|提高|降低|扩大|缩小|降|增|减|升)?(?:到|至|为)(?:{_WHEN})?$")


# What may follow a number whose noun stands before it: the end of the clause, a qualifier,
# a conjunction or the verb of a change (从3.2万减少到1.1万).
_FOLLOWS = set("的左以上下减增降升提和及与或多余")
# ... and the mark a count passes (人口突破1000万大关, 点击量跨过1亿关口)
_MILESTONES = ("大关", "关口")


def unit_from_noun(text: str, start: int, end: int) -> str | None:
    """The unit the noun next to the number ``text[start:end]`` fixes, or None."""
    m = _AFTER.match(text, end, min(len(text), end + 12))
    if m and "," not in m.group(0) and (m.group(0)[:1] not in "的是为和及与"
                                        or m.group(0)[:1] == "的" and m.start("noun") == end + 1):
        # (一个56亿的票房, 3000万的投资: 的 right before the noun ties the number to it)
        return _UNIT.get(m.group("noun"), "人")
    if _people_of_country_at(text, end + (text[end:end + 1] == "的")):
        return "人"
    left = text[max(0, start - 40):start]
    if end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _FOLLOWS \
            and not text.startswith(_MILESTONES, end):
        # 6000亿玻利瓦尔: a measure word nobody listed follows; the noun is not it (but 拿出2.3亿
        # 要普及: a verb of money, and a verb after the sum)
        if text.startswith(MONEY_AFTER, end) and not _money_word_at(text, end):
            return "元"  # 拟298亿购盛大游戏, 以5亿收购: what only a sum buys
        if not (left.endswith(MONEY_VERBS) and _verb_at(text, end)) or _money_word_at(text, end):
            return None  # (拨款3亿谢克尔: a currency's name the units do not list)
        return "元"
    m = _BEFORE.search(left) or _FROM.search(left)
    if m:
        return _UNIT.get(m.group("noun"), "人")
    return None


def _verb_at(text: str, pos: int) -> bool:
    """Does a verb, a preposition or an adverb start at ``pos`` (要普及, 收购, 用于)?"""
    from . import words

    lexicon = words.lexicon()
    if lexicon is None:
        return False
    return any((lexicon.tag(text[pos:pos + n]) or "x")[:1] in ("v", "p", "d")
               for n in (2, 1) if pos + n <= len(text))


def _money_word_at(text: str, pos: int) -> bool:
    """Does a word for money of CLDR's currency names start at ``pos`` (谢克尔, 玻利瓦尔)?"""
    from .currencies import _by_first

    return any(text.startswith(w, pos) for w in _by_first().get(text[pos:pos + 1], ()))


def _people_of_country_at(text: str, pos: int) -> bool:
    """Do the people of a country follow at ``pos`` (4500万的美国人, 30万意大利人): a country's
    name as CLDR writes it in Chinese, then 人 (not 人口 or 人民币, nouns of their own)."""
    for name in _countries_by_first().get(text[pos:pos + 1], ()):
        if text.startswith(name, pos) and text[pos + len(name):pos + len(name) + 1] == "人" \
                and text[pos + len(name) + 1:pos + len(name) + 2] not in ("口", "民"):
            return True
    return False


@lru_cache(maxsize=1)
def _countries_by_first() -> dict[str, tuple[str, ...]]:
    """CLDR's Chinese names of the world's countries (Babel ships them: 美国, 意大利), by first
    character, longest first."""
    from babel import Locale

    names = {n for iso, n in Locale.parse("zh_Hans_CN").territories.items()
             if len(iso) == 2 and iso.isalpha() and len(n) >= 2}
    out: dict[str, list[str]] = {}
    for n in sorted(names, key=len, reverse=True):
        out.setdefault(n[0], []).append(n)
    return {k: tuple(v) for k, v in out.items()}
