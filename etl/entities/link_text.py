"""The text around a figure that the linker reads: sentences, clauses, the lead and the
sections of an article, and the helpers the place and body finders share.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from . import gazetteer as gz
from .known_bodies import system_organs
from .org_words import OrgHit
from ..records import LINK_BASES
from ..normalize import PHOTO_NOTE, is_caption_end
from .regions import RegionHit
from ..textorder import TextOrder


# OCR keeps line breaks inside sentences: only a blank line or a heading ends one
# (written as one character class first, then what a newline needs after it, for
# "[。！？!?；;]|\n\s*\n|\n(?=#)": an alternation that opens with a class gives ``re`` no
# first character to skip to, and it was tried at every character of every article)
_SENTENCE_END = re.compile(r"[。！？!?；;\n](?:(?<=\n)(?:\s*\n|(?=#))|(?<!\n))")


class Span(NamedTuple):
    """A stretch of the text. A named tuple, not a frozen dataclass: every figure makes and
    looks up several (its sentence, clause, lead and section), and a frozen dataclass's
    ``__init__`` and ``__hash__`` run in Python."""

    start: int
    end: int


# (the matches' spans and starts taken through map, in C: a comprehension's bytecode per
# match cost as much as the scan)
_SPAN = re.Match.span
_START = re.Match.start


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> list[tuple[int, int]]:
    return list(map(_SPAN, _SENTENCE_END.finditer(text)))


def sentence_of(text: str, pos: int) -> Span:
    # Every figure asks, so the text's sentence ends are listed once and bisected. That
    # gives what scanning up to ``pos`` gives unless a match could reach past ``pos``: a
    # blank-line run or a heading mark there; those few take the scan below.
    ch = text[pos:pos + 1]
    if ch and ch != "#" and not ch.isspace():
        ends = _sentence_ends(text)
        i = bisect.bisect_left(ends, (pos,))
        if i == 0 or ends[i - 1][1] <= pos:
            return Span(ends[i - 1][1] if i else 0, ends[i][0] if i < len(ends) else len(text))
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return Span(start, m.start() if m else len(text))


_CLAUSE_MARK = re.compile("[,，、:：]")


@lru_cache(maxsize=256)
def _clause_marks(text: str, start: int, end: int) -> list[int]:
    """The clause marks of the sentence ``text[start:end]``. Listed per sentence, not per
    text: only the sentences that hold a figure or a place opening a clause are asked, and
    a comma every dozen characters made the whole text's list a tenth of the linker's cost."""
    return list(map(_START, _CLAUSE_MARK.finditer(text, start, end)))


def _clause_of(text: str, pos: int, sent: Span) -> Span:
    """From the last clause mark before ``pos`` in its sentence ``sent`` (which every caller
    takes from ``sentence_of``: it holds ``pos``) to the sentence's end."""
    marks = _clause_marks(text, sent.start, sent.end)
    i = bisect.bisect_left(marks, pos) - 1
    start = marks[i] + 1 if i >= 0 else sent.start
    return Span(start, sent.end)


def _is_section_heading(line: str) -> bool:
    """A title (# or ##); deeper headings are cross-heads inside one article."""
    return line.startswith("#") and not line.startswith("###")


_SENTENCE_MARK = re.compile(r"[。！？!?；;]")


def _is_title_or_byline(line: str) -> bool:
    """Short and without a sentence end: a headline, a subtitle or 记者/通讯员 names; or the
    caption of the photo over the story (压题照片:志愿者为困难居民送大白菜。), which is no lead."""
    if _is_caption(line):
        # (of any length: 压题图片:山东省淄博市针对下岗女工增多的实际,…。(孙益新赵旭东摄) over a
        # story of 成都 and 绵阳 tells the photo's place, not the story's)
        return True
    if len(line) > 40:
        return False
    # (a headline may end on ! or ?, before the paper's note of its photos: 周日,让我们志愿服务去!
    # (附图片1张))
    line = PHOTO_NOTE.sub("", line).rstrip("!?！？")
    return not _SENTENCE_MARK.search(line)


def _is_caption(line: str) -> bool:
    return _PHOTO_CAPTION.match(line) is not None or is_caption_end(line)


@lru_cache(maxsize=256)
def lead_caption(text: str, lead: Span) -> Span | None:
    """The photo caption a lead holds between its headline and its first paragraph, when one
    follows it: the photo's places and bodies are not the story's (压题图片:山东省淄博市…(某某摄)
    over a story of 成都 and 绵阳). A caption that is the whole story (a photo and its words)
    is its lead, and is not set apart."""
    start = end = -1
    off = lead.start
    for line in text[lead.start:lead.end].split("\n"):
        if line.strip():
            if _is_caption(line):
                start = off if start < 0 else start
                end = off + len(line)
            elif start >= 0:
                return Span(start, end)  # a paragraph after the caption
        off += len(line) + 1
    return None


_PHOTO_CAPTION = re.compile(r"(?:压题照片|压题图片|压题图|题图|照片|图片说明|图片|图)\s*[:：]")


@lru_cache(maxsize=16)
def _lines(text: str) -> list[tuple[int, str]]:
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


@lru_cache(maxsize=16)
def _section_heads(text: str) -> tuple[list[int], list[int]]:
    """Offsets and line numbers of the headings that open a section (a # or ## line not
    right under another heading line)."""
    offsets: list[int] = []
    indexes: list[int] = []
    if "#" not in text:
        return offsets, indexes  # (no heading at all: most articles, whose titles are unmarked)
    lines = _lines(text)
    for i, (off, line) in enumerate(lines):
        if _is_section_heading(line) and (i == 0 or not lines[i - 1][1].startswith("#")):
            offsets.append(off)
            indexes.append(i)
    return offsets, indexes


def lead_of(text: str, pos: int) -> Span:
    """Heading lines and the first paragraph under the nearest heading before ``pos``."""
    # Every figure asks: the section's heading is found by bisecting, its lead read once.
    return _lead(text, _section_line(text, pos))


def _section_line(text: str, pos: int) -> int:
    """The line of the heading that opens the section around ``pos`` (0 before any)."""
    offsets, indexes = _section_heads(text)
    k = bisect.bisect_right(offsets, pos) - 1
    return indexes[k] if k >= 0 else 0


@lru_cache(maxsize=256)
def _lead(text: str, section: int) -> Span:
    lines = _lines(text)
    start = lines[section][0] if lines else 0
    end = len(text)
    seen_body = False
    for k in range(section, len(lines)):  # not lines[section:]: a copy of the rest per section
        off, line = lines[k]
        if not line.strip():
            continue
        if line.startswith("#"):
            if seen_body or not _is_section_heading(line):
                end = off
                break
            continue
        if not seen_body and _is_title_or_byline(line):
            continue  # an unmarked title or byline line: the lead goes on to the first paragraph
        if seen_body:
            end = off
            break
        seen_body = True
    return Span(start, end)


OPERATOR_KINDS = ("union", "government", "other", "insurer")


_JUDGES = ("法院", "法庭", "检察院", "仲裁委员会")


REPORTING_KINDS = ("union", "government", "insurer")


def _operates(o: OrgHit) -> bool:
    """May the body run the figures around it without the sentence saying so? Not a court,
    which hears the case the figures are about (the sums claimed are the parties'), nor the
    organs of a whole system written as such (移交司法机关: every court, not one body)."""
    return o.kind in OPERATOR_KINDS and not o.name.endswith(_JUDGES) \
        and o.name not in system_organs()


def _first_place(strong: TextOrder, span: Span, pos: int, text: str = ""):
    """The sentence's subject place: the first one before the figure. Chinese news states the
    place first; one named after the figure belongs to what follows (…立项34项,…福建省自然科学
    基金5项), so the article and its paper speak instead. A specific place (``strong``: none
    that is ``_weak``) wins over 全国 named in passing (泉州已与全国20多个省份). A place inside
    the subject named later, still before the figure, is the more specific one and wins
    (平山县大力发展林果业,西柏坡镇新栽果树,面积3000亩: 西柏坡镇), unless it is a partner's
    or a recipient's (与泉州高新区共建…,孵化企业3家)."""
    first = strong.first_within(span.start, min(pos, span.end))
    if first is None:
        return None
    if (last := strong.last_within(first.end, min(pos, span.end))) is not None \
            and scope_takes_over(first, last, text):
        # 从第一家专卖店在北京开业至今，全国已开设了330多家专卖店、600多家店中店: what the figures
        # after a scope word's clause are told of, not the place a side clause named first
        return last
    for h in reversed(strong.within(max(first.end, pos - _WINDOW), min(pos, span.end))[-_LIST_MAX:]):
        if first.key in gz.key_ancestors(h.key) and not listed(text, h) \
                and text[max(0, h.start - 1):h.start] not in _PARTNER:
            return h  # (与泉州高新区共建: a partner's place, not the subject's own)
    return first


# what makes 全国 a level among others rather than a clause's subject (全国和省市级“最美驿站”)
_SCOPE_COORDINATED = set("和、及与级")


def scope_takes_over(first: RegionHit, scope: RegionHit, text: str) -> bool:
    """Does ``scope`` (全国, 全省, 我国: among the strong places only as a clause's subject,
    place_links._subject_country), the last strong place before a figure, govern it rather
    than ``first``, the specific place its sentence named before? Yes, unless the sentence is
    about a country abroad and the scope is 全国 (乌拉圭…，全国19个省中的15个: that country's
    whole, which the gazetteer reads as China; 我国 stays China), or the scope is one of several
    (全国和省市级, …、中国球员)."""
    return _weak(scope) and not _weak(first) \
        and not (gz.is_foreign(first.key) and scope.surface.startswith("全")) \
        and text[scope.end:scope.end + 1] not in _SCOPE_COORDINATED \
        and text[scope.start - 1:scope.start] not in _SCOPE_COORDINATED


def _weak(h: RegionHit) -> bool:
    """全国, 全省: named in comparisons (居全省第一) more than as the figure's place."""
    return h.form in ("country", "world") or (h.form == "deictic" and gz.get(h.key) is not None
                                   and gz.get(h.key).level == "province"
                                   and h.key not in gz.MUNICIPALITIES)


def _most_named(items, key):
    """(the item named most, first on ties; how often it is named), or (None, 0)."""
    counts = Counter(key(x) for x in items)
    if not counts:
        return None, 0
    best = max(counts.values())
    return next(x for x in items if counts[key(x)] == best), best


def listed(text: str, h) -> bool:
    """Is the mention one item of an enumeration (a 、 right before or after it)?"""
    return text[h.end:h.end + 1] == "、" or text[max(0, h.start - 1):h.start] == "、"


_SECTION_MARKS = ("# ", "## ")  # a line opening with one of these opens a section


def section_of(text: str, pos: int) -> Span:
    return _section(text, lead_of(text, pos))


@lru_cache(maxsize=256)
def _section(text: str, lead: Span) -> Span:
    return Span(lead.start, _next_section_start(text, lead.end))


def _next_section_start(text: str, pos: int) -> int:
    """Where the first line at or after ``pos`` that opens with ``# `` or ``## `` starts, else
    the text's end (what ``^##? `` searched from ``pos`` finds): the line starts holding a #
    are found by str.find, where the anchored pattern was tried at every character."""
    if pos == 0 and text.startswith(_SECTION_MARKS):
        return 0
    k = text.find("\n#", max(pos - 1, 0))
    while k >= 0:
        if text.startswith(_SECTION_MARKS, k + 1):
            return k + 1
        k = text.find("\n#", k + 1)
    return len(text)


# how a figure's region or organization was chosen (Figure.region_basis / organization_basis)
BASES = LINK_BASES


# what may stand between a clause's start and 全国/我国 when the country is the clause's subject
_LEAD_CHARS = "年月日底初末至到以来今去前后上下半季度"
# (and a period named by a plan or an era, in words and quotes: “九五”期间, 九十年代以来)
_LEAD_ERA_CHARS = "〇零一二三四五六七八九十"
_LEAD_PLAN = "[“\"][" + _LEAD_ERA_CHARS + "]{2,3}[”\"]"


_LEAD_WORDS = ("期间", "时期", "年代", "世纪",
               "截至", "截止", "目前", "同期", "如今", "现在", "当前", "近年", "此前", "随后", "此后", "为此",
               "据悉", "据了解", "据统计", "其中", "此外", "同时", "在", "而", "但", "则",
               # what kind of city the place is, written before its name (首都布加勒斯特一座…)
               "首都", "省会", "首府")


_SUBJECT_LEAD = re.compile(r"(?:[\s\d,，]|[" + _LEAD_CHARS + _LEAD_ERA_CHARS + "]|" + _LEAD_PLAN + "|"
                           + "|".join(_LEAD_WORDS) + ")*")


# The character right before a place that opens its clause: the last of a _SUBJECT_LEAD run
# (a space or a digit besides these), or what ends a clause or a sentence before it. Any other
# one, and the place is no clause's subject: most 中国/全国 are not, and this test spares them
# the search for their clause.
_MAY_END_LEAD = frozenset(",，”\"" + _LEAD_CHARS + _LEAD_ERA_CHARS + "".join(w[-1] for w in _LEAD_WORDS)
                          + "、:：。！？!?；;")


def _may_open_clause(text: str, pos: int) -> bool:
    """False when no ``_SUBJECT_LEAD`` run from its clause's start can end at ``pos``."""
    prev = text[pos - 1:pos] if pos > 0 else ""
    # (\s and \d in a str pattern are str.isspace and str.isdecimal)
    return not prev or prev in _MAY_END_LEAD or prev.isspace() or prev.isdecimal()


def _clause_start(text: str, pos: int, sent: Span) -> int:
    return _clause_of(text, pos, sent).start


_KIN = "儿子|女儿|孩子|父亲|母亲|妻子|丈夫|爷爷|奶奶|孙子|孙女|先生|女士|大妈|大爷|阿姨"


# a journey's start: 从北京出发, 由石家庄启程 (the place, then the verb, right after it)
_SET_OUT = re.compile(r"出发|启程|起程|动身")


_WINDOW = 200  # how far back in its sentence a figure looks for a place of action or a subject


# what brings in a partner or a recipient
_PARTNER = ("与", "同", "和", "跟", "向", "给", "对")


_LIST_JOINS = ("、", "和", "及", "与", "以及")


_LIST_MAX = 40


def region_value(key: str | None) -> str | None:
    """What goes in Figure.region: the code, or an area's key."""
    if key and key.startswith("|"):
        return None
    return key if key else None
