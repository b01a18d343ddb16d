"""Bodies the text names with their Latin abbreviation in brackets: 国际文凭组织（IBO）,
国际标准化组织(ISO), 世界自然基金会（WWF）.

Why: an international body is mostly written once in full with its abbreviation, and by the
abbreviation alone after that (IBO课程, 按ISO标准), and its Chinese name ends in a word that is
also a verb or a common noun (组织, 机构, 联盟): the heads the organisation finder trusts do
not reach it. The bracketed capitals are what says it is one body: a name of words that are
nouns, ending in such a head and followed by them, is one, and every later mention of the
abbreviation is the same body.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import words
from ..textorder import occurrences
from .org_words import OrgHit

# the head of the name, then the abbreviation: two to eight capitals (an ampersand or a dot
# inside, as in AT&T): (IBO), （OECD）
_NAMED = re.compile(r"(组织|机构|联盟|协会|学会|基金会|委员会|理事会|联合会|署|局|院|银行)"
                    r"[(（]([A-Z][A-Z&.]{1,7})[)）]")
# the words a name is made of: nouns (a place, a body, a noun from a verb), adjectives, the
# 与 / 和 inside 经济合作与发展组织, and the 化 of 标准化
_NAME_TAGS = ("n", "ns", "nt", "nz", "nr", "vn", "an", "a", "b", "j", "l", "eng")
_JOINING = {"与", "和"}
_MAX_WORDS = 6


def abbreviated_bodies(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, name) of every mention of a body named with its abbreviation,
    the full mention first, then each mention of the abbreviation alone; none inside the
    spans already ``taken`` by other bodies (a finder that knew the full name keeps it)."""
    if "（" not in text and "(" not in text:
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _NAMED.finditer(text):
        start = _name_start(text, m.start(1))
        if start is None:
            continue
        name, short = text[start:m.end(1)], m.group(2)
        if len(name) < 4 or any(a < m.end(1) and start < b for a, b in taken):
            continue
        out.append((start, m.end(1), name, name))
        for at in occurrences(text, short):
            end = at + len(short)
            if at == m.start(2) or _in_latin_word(text, at, end):
                continue
            if not any(a < end and at < b for a, b in taken):
                out.append((at, end, short, name))
    return out


def _in_latin_word(text: str, at: int, end: int) -> bool:
    """Is text[at:end] part of a longer Latin word (IBO in IBOX)?"""
    return text[at - 1:at].isascii() and text[at - 1:at].isalnum() \
        or text[end:end + 1].isascii() and text[end:end + 1].isalnum()


def _name_start(text: str, head: int) -> int | None:
    """Where the name whose head starts at ``head`` begins: back over the words that may make
    a name (nouns and their like), no further than the clause; None when no such word stands
    right before the head (…的组织(ABC) is no name)."""
    lo = head
    while lo > 0 and lo > head - 16 and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    if lo == head or not words.available():
        return None
    cut = words.pos_cut(text[lo:head])
    taken: list[tuple[str, str]] = []
    for word, flag in reversed(cut):
        # a name's inner words may be verbs (救灾协调组织, 合作与发展组织)
        if len(taken) >= _MAX_WORDS or not (flag in _NAME_TAGS or flag == "v"
                                            or word in _JOINING and taken):
            break
        taken.append((word, flag))
    # ...but it opens on a noun or the like (他指出国际…组织: 指出 is no part of the name)
    while taken and (taken[-1][1] == "v" or taken[-1][0] in _JOINING):
        taken.pop()
    start = head - sum(len(w) for w, _ in taken)
    return start if start < head else None


# an abbreviation in brackets right after a body's name, however the name was found
_BRACKETED = re.compile(r"[(（]([A-Z][A-Za-z&.]{1,9})[)）]")


def with_bracketed_abbreviations(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """``hits`` with each later mention of an abbreviation a found body's name declared in
    brackets (巴西圣保罗城际铁路公司（CPTM）…。CPTM表示…) read as that body, as 简称 declares
    one: the same name, the abbreviation its alias. (``abbreviated_bodies`` finds the names no
    other finder does; a name another finder knew declares its abbreviation all the same.)"""
    declared: dict[str, tuple[OrgHit, int]] = {}
    for h in hits:
        m = _BRACKETED.match(text, h.end)
        if m is not None and m.group(1) not in declared:
            declared[m.group(1)] = (h, m.start(1))
    if not declared:
        return hits
    declaring = {id(body): short for short, (body, _) in declared.items()}
    # (a copy of the declaring hit with its alias: a finder may hand out the hits it keeps)
    out = [replace(h, aliases=h.aliases | {declaring[id(h)]}) if id(h) in declaring else h
           for h in hits if h.surface not in declared or h is declared[h.surface][0]]
    taken = [(h.start, h.end) for h in out]
    for short, (body, at_bracket) in declared.items():
        for at in occurrences(text, short):
            end = at + len(short)
            if at <= at_bracket or _in_latin_word(text, at, end) \
                    or any(a < end and at < b for a, b in taken):
                continue  # (the declaration itself, or another body's name)
            out.append(OrgHit(at, end, short, body.name, body.kind, body.region, {short}))
    return out
