"""Programmes and schemes, named the way Chinese news names them.

A programme is a quoted name (“送万福、进万家”), a noun phrase ending in a scheme word
(…活动, …行动, …计划, …工程, …项目, …保障, …保险), or an alias defined in the text
((以下简称“跃升行动”)). Its canonical name drops a trailing generic word, so 职工医疗互助活动,
职工医疗互助保障 and 职工医疗互助 are one programme; operator, region and start year come from
the sentence that starts it (市总工会于2006年开展职工医疗互助活动).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import words
from ..textorder import first_match_in, stop_span
from .declared_names import DECLARED_BEFORE, DECLARES, may_declare

SCHEME_WORDS = ("活动", "行动", "计划", "工程", "项目", "保障", "保险", "共济", "工作")
_GENERIC_TAIL = ("活动", "工作")
_QUOTED = re.compile(r"[“\"]([^“”\"]{2,24})[”\"]\s*(活动|行动|计划|工程|项目|主题活动|专项行动)?")
_PLAIN = re.compile(r"([\u4e00-\u9fff]{4,14}?(?:医疗互助|医疗保险|补充医保|住院医疗保险|互助保障|"
                    r"跨省共济|医保钱包|救助|帮扶)(?:活动|保障|行动|计划|工程|项目)?)")
_ALIAS = re.compile(r"[（(]" + DECLARES + r"[“\"]?([^”\")）]{2,16})[”\"]?[)）]")
_START = re.compile(r"(?:于|自|从)?((?:19|20)\d\d)年(?:\d{1,2}月(?:份)?)?(?:起|开始|开展|启动|实施|推出|设立|成立|以来|正式)")
_VERB_BEFORE = re.compile(r"(?:开展|实施|启动|推出|参加|推进|举办|组织|设立|启动实施|参与)$")


_CORE = re.compile(r"(?:医疗互助|医疗保险|补充医保|住院医疗保险|互助保障|跨省共济|医保钱包|救助|帮扶)")
# words that may stand in a programme's name before its core term: nouns, verbal nouns,
# distinguishing words (职工, 会员, 大病, 个人账户, 补充); a verb, adverb, numeral, place name or
# pronoun ends it (全市共发展职工医疗互助 -> 职工医疗互助)
_NAME_TAGS = ("n", "nz", "vn", "b", "an", "j")


@lru_cache(maxsize=4096)
def _noun_modifiers(before: str) -> int:
    """How many characters at the end of ``before`` belong to the programme's name."""
    if not words.available():  # pragma: no cover - jieba is a dependency
        return 0
    taken = 0
    for word, flag in reversed(words.pos_cut(before)):
        if word not in _MODIFIERS and (flag not in _NAME_TAGS or word in _NOT_NAME_WORDS
                                       or word.startswith(_ADVERB_START)):
            break
        taken += len(word)
    return taken


# tagged as nouns by the dictionary, but here they are the sentence's verb or its frame
_NOT_NAME_WORDS = {"全市", "全省", "全国", "全区", "我市", "本市", "以下", "简称", "工作", "发展", "扩大",
                   "推进", "推动", "实施", "开展", "打造", "落实", "深化", "创新", "探索", "完善", "申报",
                   "申领", "参加", "加入", "上线", "开通", "启动", "赠送", "发放"}
# verbs by the dictionary, modifiers in a scheme's name (补充住院医疗保险, 互助保障)
_MODIFIERS = {"补充", "互助", "住院", "大病", "门诊"}
# jieba's dictionary files some adverb + verb phrases as nouns (不断扩大)
_ADVERB_START = ("不断", "持续", "全面", "积极", "进一步", "大力", "逐步", "稳步")


@dataclass
class ProgramHit:
    start: int
    end: int
    surface: str
    name: str
    start_year: int | None = None
    aliases: set[str] = field(default_factory=set)


def canonical(name: str) -> str:
    name = name.strip("“”\" ")
    for tail in _GENERIC_TAIL:
        if name.endswith(tail) and len(name) - len(tail) >= 4:
            return name[: -len(tail)]
    if name.endswith("保障") and "互助" in name and len(name) > 6:
        return name[:-2]
    return name


_SENTENCE_END = re.compile("[。！？\n]")
_CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")  # a quoted sentence is no programme's name
# where a core term starts (those that overlap too: 医疗保险 inside 住院医疗保险)
_CORE_AT = re.compile("(?=" + _CORE.pattern + ")")
# how many characters stand before a plain name's core term (_PLAIN's {4,14})
_PLAIN_STEM = range(4, 15)


def _plain_names(text: str):
    """``_PLAIN.finditer(text)``, tried only where a name can start: 4 to 14 characters before
    a core term. The pattern opens with a lazy run of ideographs, which ``re`` tried at every
    ideograph of a text holding a core term anywhere (a long article's thousands)."""
    starts = sorted({q - k for q in (c.start() for c in _CORE_AT.finditer(text))
                     for k in _PLAIN_STEM if q >= k})
    last = 0
    for p in starts:
        if p < last:
            continue  # (inside the name found before, as finditer goes on after its end)
        m = _PLAIN.match(text, p)
        if m is not None:
            last = m.end()
            yield m


def find_programs(text: str) -> list[ProgramHit]:
    hits: list[ProgramHit] = []
    # (a substring test settles most articles, which quote nothing or define no short name,
    # at a fraction of a scan's cost)
    quoted = "“" in text or '"' in text
    for m in _QUOTED.finditer(text) if quoted else ():
        inner, word = m.group(1), m.group(2)
        before = text[max(0, m.start() - 6):m.start()]
        if DECLARED_BEFORE.search(before):
            continue
        if not word and not _VERB_BEFORE.search(before) and not inner.endswith(SCHEME_WORDS):
            continue
        if _CLAUSE_MARK.search(inner):
            continue
        surface = inner + (word or "")
        hits.append(ProgramHit(m.start(), m.end(), surface, canonical(surface if inner[-2:] not in SCHEME_WORDS else inner)))
    # every plain name holds a core term, and few articles do: the costly scan (a lazy run of
    # ideographs tried before each alternative) is spared the others
    for m in _plain_names(text) if _CORE.search(text) else ():
        core = _CORE.search(m.group(1))
        s = m.start(1) + core.start() - _noun_modifiers(m.group(1)[:core.start()])
        surface = text[s:m.end()]
        if len(surface) < 4:
            continue
        hits.append(ProgramHit(s, m.end(), surface, canonical(surface)))
    # the hits by where they end and by name, so that an alias finds the name it follows and
    # renames its namesakes without reading every hit (a list of thousands of aliased names)
    ending_at: dict[int, int] = {}  # the last hit (its index) ending at a position
    named: dict[str, list[ProgramHit]] = {}
    for k, h in enumerate(hits):
        ending_at[h.end] = k
        named.setdefault(h.name, []).append(h)
    for m in _ALIAS.finditer(text) if may_declare(text) else ():
        alias = m.group(1)
        before = [ending_at[e] for e in range(m.start() - 2, m.start() + 1) if e in ending_at]
        if before:
            prior = hits[max(before)]
            prior.aliases.add(alias)
            if prior.name != canonical(alias):
                for h in named.pop(canonical(alias), ()):
                    h.name = prior.name
                    named.setdefault(prior.name, []).append(h)
    # an alias used later resolves to its programme
    alias_of = {canonical(a): h.name for h in hits for a in h.aliases}
    alias_rank = {a: k for k, a in enumerate(alias_of)}
    for h in hits:
        # 职工补充医保 after (以下简称补充医保): the defined short name, with a modifier in front;
        # of the aliases it ends with, the first defined (its suffixes are looked up, not
        # every alias of the page tried)
        target = alias_of.get(h.name)
        if not target:
            tails = [h.name[i:] for i in range(len(h.name) - 2) if h.name[i:] in alias_of]
            target = alias_of[min(tails, key=alias_rank.get)] if tails else None
        if target is not None:
            h.aliases.add(h.surface)
            h.name = target
        elif h.surface != h.name:
            h.aliases.add(h.surface)
    for h in hits:
        # the sentence around the name (stop_span bisects the sentence ends: searching for
        # each end character read to the text's ends in a paragraph of no line break), and the
        # first start year in it among the text's matches, listed once: searching the sentence
        # for each name made one endless line of names quadratic
        sentence_start = stop_span(text, h.start, _SENTENCE_END)[0]
        sentence_end = stop_span(text, h.end, _SENTENCE_END)[1]
        m = first_match_in(text, sentence_start, sentence_end, _START)
        if m:
            h.start_year = int(m.group(1))
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[ProgramHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out
