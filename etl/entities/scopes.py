"""Where a mention stops governing: the scopes of an article's text.

A reader takes the place or body named in a figure's clause, then its sentence, then its
paragraph, then the item the paragraph belongs to. Newspapers run several items under one
headline (a column of short reports, each opened by its own dateline 本报合肥电, or a round-up
under sub-headings 安徽 / 云南 / 青岛): a new dateline or sub-heading starts a new item, and the
places and bodies of the item before no longer speak for it. A dateline names where the
reporter filed, which is the item's place only when nothing nearer says otherwise.

Pure functions over the article text; offsets index into it.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from . import gazetteer as gz

# the papers and agencies whose datelines open a story, a web one's app edition too (中新网客户端)
AGENCIES = ("本报", "新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "中国新闻网", "央广网",
            "光明网", "中国青年网", "国际在线", "中国日报网", "环球网")
# 本报讯, 本报合肥电, 本报北京1月14日讯, 新华社北京1月19日电, 中新网上海3月2日电, 央广网北京11月1日
# 消息, 中新网客户端北京10月31日电: the agency, the place filed from (optional, a town abroad with
# its country in brackets: 新华社达沃斯(瑞士)1月29日电), the date (optional), then 电, 讯 or 消息
# (北京时间11月4日消息 is a time, no agency's)
_DATELINE = re.compile(
    r"(?:" + "|".join(AGENCIES) + r")(?:客户端)?"
    r"(?P<place>[\u4e00-\u9fff]{2,9}?)?(?:\([\u4e00-\u9fff]{2,8}\))?(?P<date>\d{1,2}月\d{1,2}日)?"
    r"(?:电|讯|消息)")
_SENTENCE_MARK = re.compile(r"[。！？!?；;，,：:]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
HEADING_MAX = 12  # a sub-heading line is short and has no sentence punctuation


class Block(NamedTuple):
    """One item of an article: from a dateline or sub-heading to the next one.

    ``anchor`` is the region code the dateline or sub-heading names (None when it names none),
    ``kind`` is ``dateline``, ``heading`` or ``article`` (the article's start). A named tuple,
    not a frozen dataclass (whose fields are each set through ``object.__setattr__``): every
    article makes two at least."""

    start: int
    end: int
    anchor: str | None = None
    kind: str = "article"
    dateline: str | None = None  # the dateline's place code when a dateline opens the block


def place_code(name: str) -> str | None:
    """A division named by ``name`` alone (合肥, 云南省), when the name is not shared."""
    codes = gz.names().get(name) or gz.short_names().get(name) or ()
    codes = tuple(c for c in codes if not gz.get(c).common_word)
    if len(codes) == 1:
        return codes[0]
    if len(codes) > 1:  # 吉林 (a province and its city): the larger unit
        ranked = sorted(codes, key=lambda c: ("country", "province", "prefecture", "county").index(
            gz.get(c).level) if gz.get(c).level in ("country", "province", "prefecture", "county") else 9)
        if gz.get(ranked[0]).level != gz.get(ranked[1]).level:
            return ranked[0]
    return None


class Dateline(NamedTuple):  # (a named tuple: see Block)
    start: int
    end: int
    place: str | None  # region code of the place filed from


@lru_cache(maxsize=64)
def datelines(text: str) -> tuple[Dateline, ...]:
    """Datelines that open a paragraph (a few characters of mark or space may come first).
    Memoized: an article's items and its linker both ask."""
    out: list[Dateline] = []
    if "电" not in text and "讯" not in text and "消息" not in text:
        return ()  # every dateline ends with one of them (a third of the articles hold none)
    for m in _DATELINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        lead = text[line_start:m.start()]
        if lead.endswith("据"):
            lead = lead[:-1]  # 据新华社合肥1月10日电: a paper relaying the agency's story
        if len(lead) > 3 or _WORD_CHAR.search(lead):
            continue
        place = m.group("place")
        code = place_code(place) if place else None
        if place and code is None:
            # 本报华盛顿1月7日电: a town abroad the gazetteer holds back for want of its
            # country (a person's name as often, read alone) is a place where a dateline has it
            code = gz.town_country(place)
        if place and code is None and not m.group("date"):
            continue  # 本报记者…电 is no dateline; a foreign place with a date still is one
        if gz.is_city_abroad(code):
            # 新华社贝尔格莱德电, 新华社华盛顿电: a correspondent abroad files from the capital
            # about the country; a figure its text places nowhere else is the country's
            code = gz.get(code).parent_code
        out.append(Dateline(m.start(), m.end(), code))
    return tuple(out)


def dateline_place(text: str, d: Dateline) -> tuple[int, int] | None:
    """Where the place a dateline names is written (新华社|华盛顿|1月6日电), if it names one."""
    m = _DATELINE.match(text, d.start)
    return m.span("place") if m is not None and m.group("place") else None


def is_heading(line: str) -> bool:
    """A heading line: marked as one by the segmenter (#), or short and without punctuation."""
    if line.startswith("#"):
        return True
    s = line.strip()
    return 0 < len(s) <= HEADING_MAX and not _SENTENCE_MARK.search(s) and not s[-1:].isdigit()


@lru_cache(maxsize=64)
def blocks(text: str, body_start: int = 0) -> tuple[Block, ...]:
    """The article's items, in order, covering ``text`` from 0 to its end.

    A sub-heading line (short, no punctuation) between body paragraphs, or a dateline opening
    a paragraph after the body has begun, starts an item. A dateline right under a sub-heading
    belongs to the sub-heading's item. A place standing alone as a subtitle line (安徽) is the
    first item's anchor."""
    first = Block(0, len(text))
    starts: list[Block] = []
    offset = 0
    seen_body = False  # has the article's body begun?
    bare = False       # is the last item (after the first) still only heading lines?
    marks = {text.rfind("\n", 0, d.start) + 1: d for d in datelines(text)}
    for n, line in enumerate(text.split("\n")):
        here = offset
        offset += len(line) + 1
        if seen_body and not bare and len(line) > 40 and line[0] != "#" and not line[0].isspace() \
                and not line[-1].isspace() and here not in marks:
            continue  # a paragraph of the body once it runs: no heading, no dateline, no change
        if not line.strip():
            continue
        dl = marks.get(here)
        if dl is not None:
            if starts and bare:  # the dateline under a sub-heading: the same item
                last = starts[-1]
                starts[-1] = Block(last.start, 0, last.anchor, last.kind, last.dateline or dl.place)
            elif seen_body:
                starts.append(Block(here, 0, dl.place, "dateline", dl.place))
            elif first.dateline is None:
                first = Block(0, 0, first.anchor, first.kind, dl.place)
            seen_body, bare = True, False
            continue
        if n > 0 and is_heading(line):
            code = place_code(line.strip().lstrip("#").strip())
            if here >= body_start and seen_body:
                if starts and bare:  # a heading's second line (a subtitle)
                    last = starts[-1]
                    starts[-1] = Block(last.start, 0, last.anchor or code, last.kind)
                else:
                    starts.append(Block(here, 0, code, "heading"))
                bare = True
            elif code is not None and not starts and first.anchor is None:
                first = Block(0, 0, code, "heading", first.dateline)
            continue
        if not line.startswith("#") and (len(line) > 40 or _SENTENCE_END.search(line)):
            bare = False
            seen_body = seen_body or here >= body_start
        # else: a title, subtitle or byline line, not yet the body
    items = [first] + starts
    return tuple(Block(b.start, items[i + 1].start if i + 1 < len(items) else len(text),
                       b.anchor, b.kind, b.dateline) for i, b in enumerate(items))


def block_at(text: str, pos: int, body_start: int = 0) -> Block:
    return blocks(text, body_start)[block_index(text, pos, body_start)]


def block_index(text: str, pos: int, body_start: int = 0) -> int:
    """Which of ``blocks(text, body_start)`` holds ``pos``."""
    return max(bisect.bisect_right(_block_starts(text, body_start), pos) - 1, 0)


def block_count(text: str, body_start: int = 0) -> int:
    """How many items ``blocks(text, body_start)`` makes (one for most articles)."""
    return len(_block_starts(text, body_start))


@lru_cache(maxsize=64)
def _block_starts(text: str, body_start: int) -> list[int]:
    return [b.start for b in blocks(text, body_start)]


@lru_cache(maxsize=16)
def _line_breaks(text: str) -> list[int]:
    """Found with str.find: a comprehension over every character cost more than the rest of
    the paragraph lookups together."""
    out, i = [], text.find("\n")
    while i >= 0:
        out.append(i)
        i = text.find("\n", i + 1)
    return out


def paragraph_of(text: str, pos: int) -> tuple[int, int]:
    """The paragraph around ``pos``: its line (normalizing joins a paragraph's lines into one).
    The line breaks are listed once and bisected: every figure asks, and a page that is one
    endless line would otherwise be searched end to end for each."""
    breaks = _line_breaks(text)
    k = bisect.bisect_left(breaks, pos)
    return (breaks[k - 1] + 1 if k else 0), (breaks[k] if k < len(breaks) else len(text))
