"""The words around a number that say how exact it is, and whether it is a rule or a result.

A report says ``近200名`` (about), ``4万余人`` (more than), ``上限5万元`` (a cap): the same digits
mean different facts, so the qualifier is stored with the value. Policies state parameters
(``每人每年100元``, ``最高15万元``, ``1年以上…的, 给予…``) that must not be summed with outcomes
(``补助12198人次``), hence the role.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Words directly before the number, longest first. A few linking words may stand between the
# qualifier and the number (最高可达2.9万元, 超全省1/3); the surface keeps the qualifier only
# when it touches the number.
_PREFIX_WORDS = {
    "最高不超过": "at_most", "最多不超过": "at_most", "不超过": "at_most", "最高": "at_most",
    "上限": "at_most", "最多": "at_most", "至多": "at_most", "不高于": "at_most", "最长": "at_most",
    "封顶": "at_most", "最大": "at_most",
    "至少": "at_least", "不低于": "at_least", "不少于": "at_least", "最低": "at_least",
    "最少": "at_least", "起码": "at_least", "不短于": "at_least", "年满": "at_least",
    "满": "at_least",
    "将近": "approx", "近乎": "approx", "接近": "approx", "大约": "approx", "约为": "approx",
    "约合": "approx", "大概": "approx", "约": "approx", "近": "approx",
    "超过": "more_than", "突破": "more_than", "多于": "more_than", "高于": "more_than",
    "超出": "more_than", "大于": "more_than", "逾": "more_than", "超": "more_than", "过": "more_than", "破": "more_than",
    "上": "more_than", "年过": "more_than", "年逾": "more_than", "年近": "approx",  # (ages: 年过六旬)
    "不足": "less_than", "不到": "less_than", "未满": "less_than", "少于": "less_than",
    "低于": "less_than", "不满": "less_than", "未到": "less_than", "小于": "less_than",
}
# a rule's bound said as what must not be passed (不得超过1次, 不宜超过15分钟, 不能低于60分): a
# negation before a comparison turns it round
_NEGATIONS = ("不宜", "不得", "不能", "不应", "不可", "不准", "不要", "不许", "不应该", "不应当", "不能够")
_PREFIX_WORDS.update({neg + word: bound for neg in _NEGATIONS
                      for word, bound in (("超过", "at_most"), ("高于", "at_most"), ("多于", "at_most"),
                                          ("大于", "at_most"), ("超出", "at_most"), ("低于", "at_least"),
                                          ("少于", "at_least"), ("小于", "at_least"), ("短于", "at_least"))})
_LINK = (r"(?:可达到|可达|达到|达|为|是|了|至|到|有|可享受|可享|享受|可获得|可获|获得|给予|可|"
         r"需要|需|要|全[国省市区县])?")
PREFIX = re.compile(
    "(?P<q>" + "|".join(sorted(_PREFIX_WORDS, key=len, reverse=True)) + f")(?P<link>{_LINK})$")


def _last_characters(alternatives: str) -> set[str]:
    """The last characters of the words of a regex alternation such as ``_LINK``'s (plain
    words and a final character class)."""
    out = set()
    for word in alternatives.split("|"):
        out.update(word[word.index("[") + 1:-1] if word.endswith("]") else word[-1])
    return out


# What the text before a number ends with when PREFIX can match: a qualifier or a link word,
# or a newline, before which ``$`` matches too
_PREFIX_LAST = frozenset({w[-1] for w in _PREFIX_WORDS} | _last_characters(_LINK[3:-2]) | {"\n"})
# A single-character qualifier after these characters is the end of another word.
_WORD_BEFORE = {  # (纽约3家银行: New York, not about three)
    "约": "签合预节履特公违相邀制契婚条守失践毁租解缔盟集隐纽", "近": "最附接将逼临亲贴靠邻就",
    "超": "赶高", "满": "圆美充饱布占坐住挤丰爆装堆摆写期", "过": "超通经路越错难度",
    "上": "以之向往加马早晚跃迈登踏攀走冲跟赶",  # (跃上100万元新台阶: reached, not over) "破": "突打击冲攻",
}
# a person's age said with 年 (年过六旬, 年近60岁); after these characters 年 ends a time (去年,
# 今年, 每年, 三年)
_OF_AGE = frozenset({"年过", "年逾", "年近"})
_TIME_WORD_FIRST = frozenset("去今明前后每全近当同历翌上下本该多两几半余一二三四五六七八九十百千"
                             "0123456789")
# 上/过/破 only qualify a bare round number (上万人, 破亿元); elsewhere they are verbs or nouns.
_ROUND_ONLY = {"上", "过", "破"}

SUFFIX = re.compile(
    r"(?P<s>\((?:含|含本数)\)(?:以上|以下|以内)|[及或](?:以上|以下)|以上|以下|以内|之内|左右|上下|"
    r"有余|出头|开外|起|封顶|许)")
_SUFFIX_WORDS = {
    "以上": "more_than", "以下": "less_than", "以内": "at_most", "之内": "at_most",
    "左右": "approx", "上下": "approx", "许": "approx", "有余": "more_than", "出头": "more_than",
    "开外": "more_than", "起": "at_least", "封顶": "at_most",
}

# A sentence that lays down rules: conditions (对…的, 凡), grants and limits.
_POLICY = re.compile(
    r"凡|符合|给予|奖励|赠送|补贴|补助|减免|资助|可享|可获|可申请|可领取|可报销|上限|封顶|不超过|不低于|"
    r"最高|每人每|按照?[^,。;]{0,8}(?:给予|补助|奖励)")
_CONDITION = re.compile(r"凡|对[^。;]{0,80}的|符合[^,。;]{0,20}条件|满足[^,。;]{0,20}条件|"
                        r"达到[^,。;]{0,20}的[,,]")
# 每人每年100元, 每户补助: a rate right before the number.
_RATE = re.compile(r"每(?:人|户|年|月|天|日|次|家|个|名|位|周|季度|件|项|吨|亩|平方米)+"
                   r"[\u4e00-\u9fff]{0,2}$")


def prefix_qualifier(left: str, round_number: bool) -> tuple[str, int, bool] | None:
    """(qualifier, length of the words before the number, whether they touch it)."""
    if left[-1:] not in _PREFIX_LAST:
        return None  # PREFIX, anchored at the end, would be tried from every position in vain
    m = PREFIX.search(left)
    if not m:
        return None
    word = m.group("q")
    if word in _OF_AGE and m.start() and left[m.start() - 1] in _TIME_WORD_FIRST:
        # (去年近40万人: 去年 is a time, and 近 alone qualifies the number)
        return _PREFIX_WORDS[word[1:]], len(m.group(0)) - 1, not m.group("link")
    if word in _ROUND_ONLY and (not round_number or m.group("link")):
        return None
    if len(word) == 1 and m.start() and left[m.start() - 1] in _WORD_BEFORE.get(word, "") \
            and not left.endswith("已经" + word, 0, m.end()):
        # 签约3个, 最近3年, 赶超2家: the character belongs to the word before (not 已经|过亿:
        # already over)
        return None
    return _PREFIX_WORDS[word], len(m.group(0)), not m.group("link")


def suffix_qualifier(right: str) -> tuple[str, int] | None:
    """(qualifier, length) of a qualifier right after the unit; 以上 is settled by the caller."""
    m = SUFFIX.match(right)
    if not m:
        return None
    word = m.group("s")
    if word.startswith(("(", "及", "或")):  # 12立方厘米或以上, 60岁及以上: the number itself too
        return ("at_least" if word.endswith("以上") else "at_most"), len(word)
    if word == "起" and right[1:2] and "\u4e00" <= right[1] <= "\u9fff" and right[1] not in "售租购价":
        return None  # 100元起 is a floor; 76人起速, 3天起来 are other words
    if word == "上下" and right[2:3] in ("班", "车", "游", "楼", "级"):
        return None
    return _SUFFIX_WORDS[word], len(word)


# 需要在半年以上, 必须达到3年以上: a requirement right before the number makes 以上 a floor
_REQUIREMENT = re.compile(r"(?:需要|需|须|必须|应当|应|要求|规定)(?:在|达到|达|为|满)?$")


def is_requirement(left: str) -> bool:
    """Whether the words right before the number state a requirement."""
    return bool(_REQUIREMENT.search(left))


@lru_cache(maxsize=256)
def is_policy(sentence: str) -> bool:
    """Memoized, as is_condition: the figures of one sentence (1.6 on average) all ask."""
    return bool(_POLICY.search(sentence))


@lru_cache(maxsize=256)
def is_condition(sentence: str) -> bool:
    """Whether the sentence states an eligibility threshold (对…的, 凡…, 符合…)."""
    return bool(_CONDITION.search(sentence))


def role_of(sentence: str, left: str, qualifier: str) -> str:
    """``parameter`` for the rules of a scheme (fees, caps, thresholds, rates), else ``outcome``."""
    if qualifier in ("at_most", "at_least"):
        return "parameter"
    if "每" in left and _RATE.search(left) or "日均" in left[-6:]:  # (every rate holds 每)
        return "parameter"
    if is_policy(sentence) and is_condition(sentence):
        return "parameter"
    return "outcome"
