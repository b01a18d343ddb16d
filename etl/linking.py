"""Which region, organization and programme a figure is about.

The governing mention is looked for where a reader would: the figure's own sentence (the
nearest mention before it, else after it), then the lead of its section (the headline lines
and first paragraph under the nearest heading, where news states who reports and where), then
the paper's home region. An organization's region stands in for a missing place name, which
is how a figure reported by 国家医保局 becomes national.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import gazetteer as gz
from .organizations import OrgHit
from .programs import ProgramHit
from .regions import RegionHit
from .textorder import TextOrder

# OCR keeps line breaks inside sentences: only a blank line or a heading ends one
_SENTENCE_END = re.compile(r"[。！？!?；;]|\n\s*\n|\n(?=#)")
# datelines name where a wire story was filed, not what it is about
_DATELINE = re.compile(r"(?:新华社|中新社|人民网|新华网|央视网|中新网)$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE_END.finditer(text)]


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


@lru_cache(maxsize=16)
def _clause_marks(text: str) -> list[int]:
    return [m.start() for m in _CLAUSE_MARK.finditer(text)]


def _clause_of(text: str, pos: int, sent: Span) -> Span:
    # the last clause mark before ``pos``, by bisecting the text's marks (listed once)
    marks = _clause_marks(text)
    i = bisect.bisect_left(marks, pos) - 1
    start = marks[i] + 1 if i >= 0 and marks[i] >= sent.start else sent.start
    return Span(start, sent.end)


def _is_section_heading(line: str) -> bool:
    """A title (# or ##); deeper headings are cross-heads inside one article."""
    return line.startswith("#") and not line.startswith("###")


def _is_title_or_byline(line: str) -> bool:
    """Short and without a sentence end: a headline, a subtitle or 记者/通讯员 names."""
    return len(line) <= 40 and not re.search(r"[。！？!?；;]", line)


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
    lines = _lines(text)
    offsets, indexes = [], []
    for i, (off, line) in enumerate(lines):
        if _is_section_heading(line) and (i == 0 or not lines[i - 1][1].startswith("#")):
            offsets.append(off)
            indexes.append(i)
    return offsets, indexes


def lead_of(text: str, pos: int) -> Span:
    """Heading lines and the first paragraph under the nearest heading before ``pos``."""
    # Every figure asks: the section's heading is found by bisecting, its lead read once.
    offsets, indexes = _section_heads(text)
    k = bisect.bisect_right(offsets, pos) - 1
    return _lead(text, indexes[k] if k >= 0 else 0)


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


def _is_dateline(text: str, h: RegionHit) -> bool:
    return bool(_DATELINE.search(text[max(0, h.start - 4):h.start]))


def _nearest(items: TextOrder, span: Span, pos: int):
    """The last item inside ``span`` that ends by ``pos``, else the first inside it that starts
    at or after ``pos``. Bisected, not filtered from every item of the span: a sentence that
    runs on for thousands of names and figures (a table, a list) asked that of each figure."""
    before = items.last_within(span.start, min(pos, span.end))
    if before is not None:
        return before
    return items.first_within(max(pos, span.start), span.end)


OPERATOR_KINDS = ("union", "government", "other", "insurer")
REPORTING_KINDS = ("union", "government", "insurer")


def _first_place(strong: TextOrder, span: Span, pos: int):
    """The sentence's subject place: the first one before the figure. Chinese news states the
    place first; one named after the figure belongs to what follows (…立项34项,…福建省自然科学
    基金5项), so the article and its paper speak instead. A specific place (``strong``: none
    that is ``_weak``) wins over 全国 named in passing (泉州已与全国20多个省份)."""
    return strong.first_within(span.start, min(pos, span.end))


def _weak(h: RegionHit) -> bool:
    """全国, 全省: named in comparisons (居全省第一) more than as the figure's place."""
    return h.form == "country" or (h.form == "deictic" and gz.get(h.key) is not None
                                   and gz.get(h.key).level == "province"
                                   and h.key not in gz.MUNICIPALITIES)


def _most_named(items, key):
    """(the item named most, first on ties; how often it is named), or (None, 0)."""
    counts = Counter(key(x) for x in items)
    if not counts:
        return None, 0
    best = max(counts.values())
    return next(x for x in items if counts[key(x)] == best), best


def _dominant(orgs: TextOrder, span: Span):
    """The operating organization of a section: the one it names most, first on ties."""
    inside = [x for x in orgs.within(span.start, span.end) if x.kind in OPERATOR_KINDS]
    org, times = _most_named(inside, lambda x: x.name)
    if times == 1:
        # named once: a reporting body (union, government, insurer) may still run the section,
        # a research institute or a council named in passing does not
        return next((x for x in inside if x.kind in REPORTING_KINDS), None)
    return org


def _dominant_place(regions: TextOrder, span: Span):
    """The place a section is about when no sentence says: the one it names most (twice at
    least), first on ties; 全国/全省 named in comparisons do not count."""
    inside = [x for x in regions.within(span.start, span.end) if not _weak(x)]
    place, times = _most_named(inside, lambda x: x.key)
    return place if times >= 2 else None


_SECTION_START = re.compile(r"^##? ", re.M)


def section_of(text: str, pos: int) -> Span:
    return _section(text, lead_of(text, pos))


@lru_cache(maxsize=256)
def _section(text: str, lead: Span) -> Span:
    m = _SECTION_START.search(text, lead.end)
    return Span(lead.start, m.start() if m else len(text))


class Linker:
    """The links of one article's figures. The mention lists every figure filters (datelines
    out, operators, specific places) are built once for the article, not once per figure."""

    def __init__(self, text: str, regions: list[RegionHit], orgs: list[OrgHit],
                 programs: list[ProgramHit], home: str | None):
        self.text = text
        kept = [h for h in regions if not _is_dateline(text, h)]
        self.regions = TextOrder(kept)  # bisected: a long article has thousands of each
        self.strong = TextOrder([h for h in kept if not _weak(h)])
        self.orgs = TextOrder(orgs)
        self.operators = TextOrder([o for o in orgs if o.kind in OPERATOR_KINDS])
        self.programs = TextOrder(programs)
        self.home = home
        self._dominant: dict[Span, OrgHit | None] = {}  # by section: figures share sections
        self._place: dict[Span, RegionHit | None] = {}

    def _dominant_org(self, section: Span) -> OrgHit | None:
        if section not in self._dominant:
            self._dominant[section] = _dominant(self.orgs, section)
        return self._dominant[section]

    def _dominant_place(self, section: Span) -> RegionHit | None:
        if section not in self._place:
            self._place[section] = _dominant_place(self.regions, section)
        return self._place[section]

    def link(self, pos: int) -> tuple[str | None, str | None, str | None]:
        """(region key, organization name, programme name) for the figure at ``pos``."""
        text, regions, orgs, operators = self.text, self.regions, self.orgs, self.operators
        sent = sentence_of(text, pos)
        lead = lead_of(text, pos)
        org = (_nearest(operators, sent, pos) or operators.first_within(lead.start, lead.end)
               or self._dominant_org(section_of(text, pos)) or _nearest(orgs, sent, pos)
               or orgs.first_within(lead.start, lead.end))
        clause = _clause_of(text, pos, sent)
        region_hit = _nearest(self.strong, Span(clause.start, pos), pos) \
            or _first_place(self.strong, sent, pos)
        if region_hit is not None:
            region = region_hit.key
        else:
            sent_org = _nearest(orgs, sent, pos)
            lead_hit = self.strong.first_within(lead.start, lead.end)
            weak = regions.first_within(sent.start, sent.end)
            if sent_org is not None and sent_org.region and sent_org.kind in REPORTING_KINDS:
                region = sent_org.region
            elif lead_hit is not None:
                region = lead_hit.key
            elif org is not None and org.region and org.kind in REPORTING_KINDS:
                region = org.region
            elif (place := self._dominant_place(section_of(text, pos))) is not None:
                region = place.key
            else:
                region = self.home or (weak.key if weak else None)
        prog = _nearest(self.programs, sent, pos)
        return region, (org.name if org else None), (prog.name if prog else None)


def region_value(key: str | None) -> str | None:
    """What goes in Figure.region: the code, or an area's key."""
    if key and key.startswith("|"):
        return None
    return key if key else None


__all__ = ["Linker", "sentence_of", "lead_of", "region_value", "gz"]
