"""Units named after the body they belong to (卫生部康复中心, 中科院高能物理所,
浙江美术学院国画系): the unit's head follows a found body directly, so the body is extended to
the unit instead of the unit standing alone as an unplaced 中心 or 所.
"""
from __future__ import annotations

import re

from .known_bodies import league_names
from .org_words import (
    BRANCH_HEADS, kind_of, NAME_WORD_TAGS, NO_UNIT_ENDS, ORDINAL, OrgHit, STOP_WORDS, UNIT_HEADS)
from .org_names import Places, region_in
from .org_text import (
    BLOCK, BLOCK_AFTER, block_at, BLOCK_CHAR, HAN_WORD, START, word_at, word_tags, words_of)


def _ends_in_unit_head(word: str) -> bool:
    """宣传科, 芭蕾舞团: a unit head after a noun or a verb the dictionary knows (宣传|科);
    莫斯|科 is no such word."""
    for h in UNIT_HEADS:
        if word.endswith(h) and (len(h) >= 2 or word_tags().get(word[:-1], "")[:1] in ("n", "v")):
            return True
    return False


# the last characters of the unit heads: a unit's name ends in one
_UNIT_END = re.compile("[" + re.escape("".join(sorted({h[-1] for h in UNIT_HEADS}))) + "]")


def units_of_bodies(text: str, hits: list[OrgHit], places: Places,
                    segmented: dict | None = None) -> list[OrgHit]:
    """Names of a found body's units: up to three words right after it, the last ending in a
    unit head. A branch named after the place it serves (中保人寿保险有限公司本溪分公司) is that
    place's, not its parent's."""
    out = []
    leagues = league_names()
    for h in hits:
        if h.name in leagues:
            continue  # 中超新科冠军: a league has no sections (新科 is "newly crowned")
        # The unit's words run on in the hit's block, so a hit its block ends with (the next
        # character is no block character) has none, and neither has one whose block holds no
        # unit head's last character after it: most hits, found so without segmenting a block.
        if not BLOCK_CHAR.match(text, h.end):
            continue
        run = BLOCK.match(text, h.end)
        if not _UNIT_END.search(text, h.end, min(run.end(), h.end + BLOCK_AFTER)):
            continue
        block = block_at(text, h.start, h.end)
        if block is None or block.start > h.end - 1 or block.end <= h.end:
            continue
        toks, base = words_of(block, segmented)  # offsets from base
        k = word_at(toks, h.end - base, START)
        if k is None:
            continue
        for j, (_, end, word, flag) in enumerate(toks[k:k + 3], k):
            unit = len(word) >= 3 and _ends_in_unit_head(word)
            if flag == "ns" and j + 1 < len(toks) and toks[j + 1][2] in BRANCH_HEADS:
                continue  # 农业发展银行陕西省分行: a body's branch is named after its place
            if word in BRANCH_HEADS and j > k and toks[j - 1][3] == "ns":
                flag = "n"  # (分行 is a verb to the segmenter)
            if not HAN_WORD.fullmatch(word) or word in STOP_WORDS \
                    or not (flag.startswith(NAME_WORD_TAGS) or ORDINAL.fullmatch(word)) \
                    or flag in ("ns", "nrt") or flag in ("nr", "vn") and not unit:
                # 新华社莫斯科, 援引: a place, a person or an action is not a unit; a word ending
                # in a unit head is one whatever the tag (宣传科 is read as a person's name)
                break
            if word.endswith(UNIT_HEADS) and not word.endswith(NO_UNIT_ENDS):  # (离休干部)
                end += base
                surface = text[h.start:end]
                served = region_in(h.end, end, places)
                unit = OrgHit(h.start, end, surface, h.name + text[h.end:end],
                              kind_of(surface), served.key if served else h.region)
                if h.surface in h.aliases:
                    # the body's name as written is one of its names (电子部 for 电子工业部), so
                    # the unit's is too: 电子部情报所 finds 电子工业部情报所
                    unit.aliases.add(surface)
                out.append(unit)
                break
    return out
