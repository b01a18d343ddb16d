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

SCHEME_WORDS = ("活动", "行动", "计划", "工程", "项目", "保障", "保险", "共济", "工作")
_GENERIC_TAIL = ("活动", "工作")
_QUOTED = re.compile(r"[“\"]([^“”\"]{2,24})[”\"]\s*(活动|行动|计划|工程|项目|主题活动|专项行动)?")
_PLAIN = re.compile(r"([\u4e00-\u9fff]{4,14}?(?:医疗互助|医疗保险|补充医保|住院医疗保险|互助保障|"
                    r"跨省共济|医保钱包|救助|帮扶)(?:活动|保障|行动|计划|工程|项目)?)")
_ALIAS = re.compile(r"[（(]以下简称[“\"]?([^”\")）]{2,16})[”\"]?[)）]")
_START = re.compile(r"(?:于|自|从)?((?:19|20)\d\d)年(?:\d{1,2}月(?:份)?)?(?:起|开始|开展|启动|实施|推出|设立|成立|以来|正式)")
_VERB_BEFORE = re.compile(r"(?:开展|实施|启动|推出|参加|推进|举办|组织|设立|启动实施|参与)$")


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


def find_programs(text: str) -> list[ProgramHit]:
    hits: list[ProgramHit] = []
    for m in _QUOTED.finditer(text):
        inner, word = m.group(1), m.group(2)
        before = text[max(0, m.start() - 6):m.start()]
        if before.endswith("简称"):
            continue
        if not word and not _VERB_BEFORE.search(before) and not inner.endswith(SCHEME_WORDS):
            continue
        if re.search(r"[，,。；;！!？?]", inner):
            continue
        surface = inner + (word or "")
        hits.append(ProgramHit(m.start(), m.end(), surface, canonical(surface if inner[-2:] not in SCHEME_WORDS else inner)))
    for m in _PLAIN.finditer(text):
        surface = m.group(1)
        # trim to the phrase after the last function word
        surface = re.split(r"开展|实施|启动|参加|推进|举办|纳入|加入|年|[的在和与及为对从由将把被了是、]",
                           surface)[-1]
        if len(surface) < 4:
            continue
        s = m.end() - len(surface)
        hits.append(ProgramHit(s, m.end(), surface, canonical(surface)))
    for m in _ALIAS.finditer(text):
        alias = m.group(1)
        prior = [h for h in hits if h.end <= m.start() and m.start() - h.end <= 2]
        if prior:
            prior[-1].aliases.add(alias)
            for h in hits:
                if h.name == canonical(alias) and h is not prior[-1]:
                    h.name = prior[-1].name
    # an alias used later resolves to its programme
    alias_of = {canonical(a): h.name for h in hits for a in h.aliases}
    for h in hits:
        if h.name in alias_of:
            h.aliases.add(h.surface)
            h.name = alias_of[h.name]
        elif h.surface != h.name:
            h.aliases.add(h.surface)
    for h in hits:
        sentence_start = max(text.rfind(c, 0, h.start) for c in "。！？\n") + 1
        sentence_end = min([i for i in (text.find(c, h.end) for c in "。！？\n") if i >= 0] or [len(text)])
        m = _START.search(text, sentence_start, sentence_end)
        if m:
            h.start_year = int(m.group(1))
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[ProgramHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out
