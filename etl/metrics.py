"""What a figure counts: a short label taken from the grammar around the number.

Chinese reports put the label in a few places: a noun phrase right before the number
(``共济金额511.54亿元``, ``理赔率达到了99.89%``), the object after the measure word
(``发展入会单位2165个`` / ``2165个入会单位``), or a verb with its subject (``补助12198人次``,
``同比增长8.6%``). The clause around the number is cut into words with jieba (its dictionary,
no HMM: several times faster and good enough for the nouns sought here), only for sentences
that hold a figure, and the result is cached because headlines repeat body clauses.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import words
from .entities import gazetteer

_CLAUSE_BREAK = re.compile(r"[,、:;()“”\"《》!?。]")
_BREAK_CHARS = frozenset(',、:;()“”"《》!?。')
# Words between the label and the number that say nothing about what is counted.
_FILLER = re.compile(
    r"(?:共计|合计|总计|累计|共|计|约为|约|大约|将近|近|超过|超|逾|突破|不低于|不少于|不超过|最高|"
    r"最多|至少|上限|可达到|可达|达到了|达到|达|为|是|了|有|仅|已|总|到|至|全[国省市区县])+$")
# the last characters of the _FILLER words (and a newline, before which ``$`` matches too): a
# clause ending in none of them has no filler to drop
_FILLER_LAST = frozenset("计共为约近过超逾破于高多少限到达了是有仅已总至国省市区县\n")
_UP_TO_LAST_BREAK = re.compile(r"(?s).*[,、:;()“”\"《》!?。]")
_NOMINAL = {"n", "nz", "vn", "an", "ng", "j", "nt", "nr", "ns", "b", "l", "eng", "nrt", "nrfg"}
_ATTRIBUTE = {"v", "a", "vd", "m", "q", "f", "s"}
_VERB = {"v", "vd", "vi"}
_VERB_OR_ADVERB = _VERB | {"d", "p"}
_STOP_AFTER = set("的地得")
# a parenthetical aside that closes within the clause: dropped before the label is sought
_ASIDE = re.compile(r"\([^()]{1,20}\)(?=[^,、:;()“”\"《》!?。]*$)")
_COUNT_UNITS_EXCLUDED = {"%", "百分点", "倍", "比例", "‰", "元", "美元", "岁"}
_MAX_LEN = 10
# the words before a figure are cut from at most this many characters of its clause: a label
# is a few words, and a clause that runs on (a list without commas) would otherwise be cut
# into words again for every figure in it
_LEFT_REACH = 48
_NOT_LABEL = {"t", "ns", "nr", "nt", "nrt", "nrfg", "r", "m", "eng", "x", "f"}



@lru_cache(maxsize=4096)
def _words(clause: str) -> tuple[tuple[str, str], ...]:
    if not clause:
        return ()
    return words.pos_tuple(clause)


def metric_for(sentence: str, start: int, end: int, unit: str | None = None) -> str | None:
    """Label of the figure occupying ``sentence[start:end]``, or None when nothing fits."""
    if not sentence or start < 0 or end > len(sentence):
        return None
    m = _CLAUSE_BREAK.search(sentence, end)  # (the clause's end, read in place: one copy)
    right = sentence[end:m.start()] if m else sentence[end:]
    after = _noun_phrase_after(right)
    if after and unit not in _COUNT_UNITS_EXCLUDED and unit not in _PERSON_UNITS:
        return tidy_label(after, unit)  # the object counted wins: the words before need not be cut
    head = sentence[:start]
    if ")" in head:
        # 同一统筹区(通常是同一个地市)内共济3.41亿人次: an aside inside the noun phrase
        head = _ASIDE.sub("", head)
    # the clause starts after the last break within _LEFT_REACH characters of the number
    floor = max(0, len(head) - _LEFT_REACH)
    brk = _UP_TO_LAST_BREAK.match(head, floor)
    left = head[brk.end() if brk else floor:]
    if left and left[-1] in _FILLER_LAST:  # the filler can only end in one of these
        left = _FILLER.sub("", left)
    before = _noun_phrase_before(left)
    label = None
    if unit not in _COUNT_UNITS_EXCLUDED and after:
        label = after
    elif before and before[1]:
        label = before[0]
    elif after:
        label = after
    elif before:
        label = before[0]
    if unit in _PERSON_UNITS and (not label or before and not before[1] and label == before[0]):
        # no noun names the people: what they did says more than the verb before them
        label = _action_after(right) or label
    if not label:
        return None
    return tidy_label(label, unit)


# -- the label as a reader would write it ----------------------------------------------------------

_DIGIT_RUN = re.compile(r"[0-9.%]+")
# words that may stand around a label without being part of it: adverbs, prepositions,
# conjunctions, particles, pronouns, numerals and measure words left over from a neighbour
_LOOSE = {"d", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "y", "e", "o", "r", "m", "q",
          "mq", "x"}
_VERBAL = {"v", "vd", "vi", "vg", "d", "p", "ad"}
_UP = ("增长", "增加", "提高", "上升", "上涨", "提升", "增")
_DOWN = ("下降", "减少", "降低", "下跌", "回落", "下滑")
_RATIO_UNITS = {"%", "百分点", "倍", "‰", "比例"}


def tidy_label(label: str, unit: str | None = None) -> str | None:
    """The noun phrase a reader would write for what is counted, or None.

    The grammar walk can bring along what is not part of it: the tail of a neighbouring
    figure (球队30, 12198人次获补助 -> 获补助), a place (成为烟台市, 听说泉州薪资待遇: places
    have a column of their own), a stray adverb or preposition (支出进度均, 常年保持在), or a verb
    with nothing it acts on (动员, 来自, 提出). A change alone becomes the noun for it
    (同比增长 8.6% -> 同比增幅)."""
    tagged = getattr(label, "words", ())
    runs = list(_DIGIT_RUN.finditer(label)) if _DIGIT_RUN.search(label) else ()
    if runs:  # what follows the neighbour's number, else what precedes it (球队30 -> 球队)
        tail = label[runs[-1].end():]
        label = tail if len(tail.lstrip("".join(_UNIT_WORDS))) >= 2 else label[:runs[0].start()]
        tagged = ()
    cut = [(w, "place" if (f == "ns" and _is_place(w)) or w in _SCOPE else f)
           for w, f in (tagged or _words(label))]
    # a place ends the label's scope: what follows it is the label, else what precedes it,
    # without the verb that went to the place (专家赴冀 -> 专家)
    places = [i for i, (_, f) in enumerate(cut) if f == "place"]
    if places:
        after = cut[places[-1] + 1:]
        before = cut[:places[0]]
        if any(f in _NOMINAL for _, f in after):
            cut = after
        else:
            cut = before
            while cut and cut[-1][1] in _VERBAL and any(f in _NOMINAL for _, f in cut[:-1]):
                cut = cut[:-1]
    while cut and (cut[0][1] in _LOOSE or cut[0][0] in _UNIT_WORDS):
        cut = cut[1:]
    while cut and cut[-1][1] in _LOOSE and cut[-1][0] not in _KEEP_LAST:
        cut = cut[:-1]
    if len(cut) > 1 and cut[0][0] in _LIGHT_VERBS and cut[1][1] in _VERBAL:
        cut = cut[1:]  # 实现脱困 -> 脱困
    text = "".join([w for w, _ in cut])
    # a noun's suffix makes a noun whatever the tags say (参保率: jieba reads 率 as a verb)
    if cut and all(f in _VERBAL or w in _COMPARED for w, f in cut) \
            and text[-1] not in _NOUN_SUFFIXES:
        # a verb alone: the amount of what was done is the noun (获补助 -> 获补助人次)
        if unit in _RATIO_UNITS:
            prefix = "同比" if text.startswith("同比") else ""
            if any(v in text for v in _DOWN):
                return prefix + "降幅"
            if any(v in text for v in _UP):
                return prefix + "增幅"
            return None
        if len(text) < 2 or text in _LIGHT_VERBS or unit not in _AMOUNT_NOUN:
            return None
        return text + _AMOUNT_NOUN[unit]
    return text if len(text) >= 2 else None


_NOUN_SUFFIXES = set("率额数量金费值款")
# the noun for "how much was done" by the unit: 放款 1409亿元 -> 放款金额
_AMOUNT_NOUN = {"人次": "人次", "人": "人数", "户": "户数", "元": "金额"}
# verbs that say how a thing came about or where from, not what was counted
_LIGHT_VERBS = {"来自", "经过", "通过", "成为", "提出", "开展", "达成", "实现", "进行", "给予",
                "可享受", "享受", "撰写", "举办", "启动", "保持", "达到", "共有", "拥有"}


_KEEP_LAST = {"比"}  # 占比
# one-character names of provinces, as 京津冀 and 赴冀 write them
_PROVINCE_CHARS = set("京津冀沪渝黑吉辽蒙晋鲁豫皖苏浙闽赣湘鄂粤桂琼川蜀贵黔滇云藏陕甘陇青宁新港澳台")


def _is_place(word: str) -> bool:
    """jieba tags many a word ``ns`` that is no place (惠及): a place is also in the gazetteer."""
    return (word in gazetteer.names() or word in gazetteer.short_names()
            or word in _PROVINCE_CHARS)


# words of scope, which the region column holds
_SCOPE = {"全国", "中国", "全省", "全市", "全区", "全县", "我国", "我省", "我市", "我区", "我县"}
# what a change is compared against: 同比增长 is a change alone
_COMPARED = {"同比", "环比"}


_UNIT_WORDS = {"人次", "人", "个", "名", "家", "项", "户", "次", "支", "元", "亿", "万", "位", "件",
               "批", "所", "场"}


def _noun_phrase_before(left: str) -> tuple[str, bool] | None:
    """(label, whether it is nominal) from the words just before the number."""
    words = _words(left)
    if not words:
        return None
    picked: list[tuple[str, str]] = []  # (word, tag), right to left
    nominal = False
    i = len(words) - 1
    while i >= 0:
        w, f = words[i]
        if f in _NOMINAL or (picked and f in _ATTRIBUTE and f not in ("m", "q")):
            if f in _NOMINAL:
                nominal = True
            picked.append(words[i])
            i -= 1
            continue
        break
    if picked and nominal:
        return _trim(picked), True
    # no noun: take the verb, with the noun phrase before it as subject (理赔率增幅)
    i = len(words) - 1
    verb = []
    while i >= 0 and words[i][1] in _VERB_OR_ADVERB and len(verb) < 3:
        verb.append(words[i][0])
        i -= 1
    verb_text = "".join(reversed(verb)).lstrip("在从对向将把被")
    subject = []
    while i >= 0 and (words[i][1] in _NOMINAL or (subject and words[i][1] in _ATTRIBUTE)):
        subject.append(words[i][0])
        i -= 1
    subject_text = "".join(reversed(subject))
    label = subject_text + verb_text
    return (label, False) if label else None


def _trim(run: list[tuple[str, str]]) -> str:
    """Keep the head of a noun phrase given right to left: at most one verb (共济金额, not
    发展入会单位), no leading scope, time or name words (全市, 今年, 高新区: other fields hold
    them), and no more than ``_MAX_LEN`` characters, cut at word boundaries."""
    kept: list[tuple[str, str]] = []
    verbs = 0
    for w, f in run:
        if f in ("v", "vn", "vd"):
            verbs += 1
            if verbs > 1:
                break
        kept.append((w, f))
    while kept and (kept[-1][1] in _NOT_LABEL or len(kept[-1][0]) == 2 and kept[-1][0][0] == "全"):
        kept.pop()
    out, size = [], 0
    for w, f in kept:
        if size + len(w) > _MAX_LEN and out:
            break
        out.append((w, f))
        size += len(w)
    return Label.of(out[::-1])


class Label(str):
    """A label that remembers its words and their tags as they were cut in the sentence, so
    tidying it needs no second cut (and the sentence's tags are the better ones)."""

    words: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, words: list[tuple[str, str]]) -> Label:
        label = cls("".join([w for w, _ in words]))
        label.words = tuple(words)
        return label


def _noun_phrase_after(right: str) -> str | None:
    """The object counted by the measure word: 2165个入会单位 -> 入会单位."""
    if not right or right[0] in _STOP_AFTER:
        return None
    picked: list[tuple[str, str]] = []
    words = _words(right[:24])
    for i, (w, f) in enumerate(words):
        if f in _NOMINAL or (f in _ATTRIBUTE and f not in ("m", "q", "v", "vd")):
            picked.append((w, f))
            continue
        # a verb inside the phrase qualifies the noun after it: 基层入会单位
        if f == "v" and len(picked) == 1 and i + 1 < len(words) and words[i + 1][1] in _NOMINAL:
            picked.append((w, f))
            continue
        break
    # the head noun is the last nominal word picked
    while picked and picked[-1][1] not in _NOMINAL:
        picked.pop()
    return _trim(picked[::-1]) or None


_PERSON_UNITS = {"人", "人次", "户", "户次"}
_ASPECT = {"了", "过", "着"}


def _action_after(right: str) -> str | None:
    """What the people counted did or received, when nothing names them: 为36.7万人次发放互助金
    -> 发放互助金, 12198人次获补助 -> 获补助, 1.93万人次参与 -> 参与."""
    words = [(w, f) for w, f in _words(right[:16]) if w not in _ASPECT]
    if not words or words[0][1] not in _VERB:
        return None
    picked = [words[0]]
    for w, f in words[1:4]:
        # 获补助, 受资助: after a one-character verb of receiving, a verb is what is received
        received = len(picked) == 1 and len(picked[0][0]) == 1 and f in _VERB
        if (f not in _NOMINAL or f in _NOT_LABEL) and not received:
            break
        picked.append((w, f))
    out = Label.of(picked)
    return out if len(out) <= _MAX_LEN else Label.of(picked[:1])
