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

_CLAUSE_BREAK = re.compile(r"[,、:;()“”\"《》!?。]")
_BREAK_CHARS = frozenset(',、:;()“”"《》!?。')
# Words between the label and the number that say nothing about what is counted.
_FILLER = re.compile(
    r"(?:共计|合计|总计|累计|共|计|约为|约|大约|将近|近|超过|超|逾|突破|不低于|不少于|不超过|最高|"
    r"最多|至少|上限|可达到|可达|达到了|达到|达|为|是|了|有|仅|已|总|到|至|全[国省市区县])+$")
_NOMINAL = {"n", "nz", "vn", "an", "ng", "j", "nt", "nr", "ns", "b", "l", "eng", "nrt", "nrfg"}
_ATTRIBUTE = {"v", "a", "vd", "m", "q", "f", "s"}
_VERB = {"v", "vd", "vi"}
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
    return tuple(words.pos_cut(clause))


def metric_for(sentence: str, start: int, end: int, unit: str | None = None) -> str | None:
    """Label of the figure occupying ``sentence[start:end]``, or None when nothing fits."""
    if not sentence or start < 0 or end > len(sentence):
        return None
    right = sentence[end:]
    m = _CLAUSE_BREAK.search(right)
    right = right[: m.start()] if m else right
    after = _noun_phrase_after(right)
    if after and unit not in _COUNT_UNITS_EXCLUDED and unit not in _PERSON_UNITS:
        return after  # the object counted wins: the words before need not be cut
    head = sentence[:start]
    if ")" in head:
        # 同一统筹区(通常是同一个地市)内共济3.41亿人次: an aside inside the noun phrase
        head = _ASIDE.sub("", head)
    cut = len(head)
    floor = max(0, cut - _LEFT_REACH)
    while cut > floor and head[cut - 1] not in _BREAK_CHARS:
        cut -= 1
    left = _FILLER.sub("", head[cut:])
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
    return label


def _noun_phrase_before(left: str) -> tuple[str, bool] | None:
    """(label, whether it is nominal) from the words just before the number."""
    words = _words(left)
    if not words:
        return None
    picked: list[str] = []
    nominal = False
    i = len(words) - 1
    while i >= 0:
        w, f = words[i]
        if f in _NOMINAL or (picked and f in _ATTRIBUTE and f not in ("m", "q")):
            if f in _NOMINAL:
                nominal = True
            picked.append(w)
            i -= 1
            continue
        break
    if picked and nominal:
        return _trim([(w, words[len(words) - 1 - k][1]) for k, w in enumerate(picked)]), True
    # no noun: take the verb, with the noun phrase before it as subject (理赔率增幅)
    i = len(words) - 1
    verb = []
    while i >= 0 and words[i][1] in _VERB | {"d", "p"} and len(verb) < 3:
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
    for w, _ in kept:
        if size + len(w) > _MAX_LEN and out:
            break
        out.append(w)
        size += len(w)
    return "".join(reversed(out))


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
    out = "".join(w for w, _ in picked)
    return out if len(out) <= _MAX_LEN else picked[0][0]
