"""Which region, organization and programme a figure is about.

The governing mention is looked for where a reader would: the figure's own sentence (the
nearest mention before it, else after it), then the lead of its section (the headline lines
and first paragraph under the nearest heading, where news states who reports and where), then
the paper's home region. An organization's region stands in for a missing place name, which
is how a figure reported by 国家医保局 becomes national.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from . import gazetteer as gz
from .known_bodies import system_organs
from .org_words import OrgHit
from .programs import ProgramHit
from ..records import LINK_BASES
from ..normalize import PHOTO_NOTE
from ..numbers import parse_number
from .regions import RegionHit
from . import citations
from . import scopes
from ..textorder import TextOrder, top_two

# OCR keeps line breaks inside sentences: only a blank line or a heading ends one
# (written as one character class first, then what a newline needs after it, for
# "[。！？!?；;]|\n\s*\n|\n(?=#)": an alternation that opens with a class gives ``re`` no
# first character to skip to, and it was tried at every character of every article)
_SENTENCE_END = re.compile(r"[。！？!?；;\n](?:(?<=\n)(?:\s*\n|(?=#))|(?<!\n))")
# datelines name where a wire story was filed, not what it is about
# (本报北京1月4日讯 run on after a headline is no paragraph's start, yet still a dateline)
_DATELINE_WORDS = ("本报", "新华社", "中新社", "人民网", "新华网", "央视网", "中新网")
# what a place of a dateline may follow: an agency name's last character, or a line break
_DATELINE_LAST = frozenset([w[-1] for w in _DATELINE_WORDS] + ["\n"])


class Span(NamedTuple):
    """A stretch of the text. A named tuple, not a frozen dataclass: every figure makes and
    looks up several (its sentence, clause, lead and section), and a frozen dataclass's
    ``__init__`` and ``__hash__`` run in Python."""

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


@lru_cache(maxsize=256)
def _clause_marks(text: str, start: int, end: int) -> list[int]:
    """The clause marks of the sentence ``text[start:end]``. Listed per sentence, not per
    text: only the sentences that hold a figure or a place opening a clause are asked, and
    a comma every dozen characters made the whole text's list a tenth of the linker's cost."""
    return [m.start() for m in _CLAUSE_MARK.finditer(text, start, end)]


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
    if len(line) > 40:
        return False
    if _PHOTO_CAPTION.match(line) is not None:
        return True
    # (a headline may end on ! or ?, before the paper's note of its photos: 周日,让我们志愿服务去!
    # (附图片1张))
    line = PHOTO_NOTE.sub("", line).rstrip("!?！？")
    return not _SENTENCE_MARK.search(line)


_PHOTO_CAPTION = re.compile(r"(?:压题照片|压题图|题图|照片|图片|图)\s*[:：]")


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


def _is_dateline(text: str, h: RegionHit) -> bool:
    """Do the four characters before the place end with an agency's name (本报北京, 新华社上海)?
    (As ``(?:本报|…)$`` searched in them did, a newline right before the place is passed
    over.) Every place of an article with figures asks: suffix tests, no slice and search."""
    lo, end = max(0, h.start - 4), h.start
    before = text[end - 1:end]
    if before not in _DATELINE_LAST:
        return False  # (most places: the character before them ends no agency's name)
    if before == "\n" and text.endswith(_DATELINE_WORDS, lo, end - 1):
        return True
    return text.endswith(_DATELINE_WORDS, lo, end)


def _nearest(items: TextOrder, span: Span, pos: int):
    """The last item inside ``span`` that ends by ``pos``, else the first inside it that starts
    at or after ``pos``. Bisected, not filtered from every item of the span: a sentence that
    runs on for thousands of names and figures (a table, a list) asked that of each figure."""
    if not items.starts:
        return None
    before = items.last_within(span.start, min(pos, span.end))
    if before is not None:
        return before
    return items.first_within(max(pos, span.start), span.end)


# the marks of a passive's agent (被国家统计局授予, 受国务院表彰)
_PASSIVE_MARKS = ("被", "受")


OPERATOR_KINDS = ("union", "government", "other", "insurer")
# 中国科学院生物物理研究所副教授, 北京医院心内科主任医师: an expert's affiliation, named to say
# who speaks, not the body that ran what the figures count (局长 or 主任 of a bureau speaks
# for it and is not among these)
_EXPERT_POST = re.compile(r"(?:副|首席)?(?:教授|研究员|主任医师|主治医师|医师|讲师|博士后?|专家|院士)")
_JUDGES = ("法院", "法庭", "检察院", "仲裁委员会")
REPORTING_KINDS = ("union", "government", "insurer")


def _operates(o: OrgHit) -> bool:
    """May the body run the figures around it without the sentence saying so? Not a court,
    which hears the case the figures are about (the sums claimed are the parties'), nor the
    organs of a whole system written as such (移交司法机关: every court, not one body)."""
    return o.kind in OPERATOR_KINDS and not o.name.endswith(_JUDGES) \
        and o.name not in system_organs()


def _title_lead_before(text: str, start: int) -> bool:
    """Does only a title's lead-in stand before ``start`` on its line (靠科技展翅高飞——)?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return not before or before.endswith(("——", "—", ":", ":", " "))


# a parenthesis that says something by the way: what it names runs no figure outside it (an
# abbreviation, (CNNIC), or a sign-off is no aside: it holds the name alone, or names a person)
_ASIDE = re.compile(r"[(（]([^（()）\n]{4,80})[)）]")


@lru_cache(maxsize=16)
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span(1) for m in _ASIDE.finditer(text)) if "(" in text or "（" in text else ()


def _in_aside(text: str, o: OrgHit) -> bool:
    """Is the body named inside a parenthesis, with more words than its name (an aside)?"""
    for s, e in _asides(text):
        if s <= o.start and o.end <= e:
            inner = text[s:e]
            return len(inner) > len(o.surface) + 4 and not _CREDIT_IN_ASIDE.search(inner)
        if s > o.start:
            break
    return False


# a parenthesis that credits the reporters, signs the text or says who its author is ((记者王明
# 通讯员李四), (河北省保定市委 王明), (作者为林业部综合计划司副司长)): the writers' bodies, no asides
_CREDIT_IN_ASIDE = re.compile(r"记者|通讯员|供稿|来源|作者|报道$|摄影?$| [\u4e00-\u9fff]{2,4}$")


def _full_stop_after(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` opens past its semicolons: after the last full stop
    in [lo, hi), or at ``lo`` (a sentence of semicolons is read back that far at most)."""
    return max(max(text.rfind(c, lo, hi) for c in "。！？!?\n") + 1, lo)


def _named_in(org: OrgHit, sent: Span) -> bool:
    """Is the body named in the sentence (not one the lead or the section gave the figure)?"""
    return sent.start <= org.start < sent.end


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
    for h in reversed(strong.within(max(first.end, pos - _WINDOW), min(pos, span.end))[-_LIST_MAX:]):
        if first.key in gz.key_ancestors(h.key) and not listed(text, h) \
                and text[max(0, h.start - 1):h.start] not in _PARTNER:
            return h  # (与泉州高新区共建: a partner's place, not the subject's own)
    return first


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


def _dominant(orgs: TextOrder, span: Span):
    """The operating organization of a section: the one it names most, first on ties."""
    inside = [x for x in orgs.within(span.start, span.end) if _operates(x)]
    org, times = _most_named(inside, lambda x: x.name)
    if times == 1:
        # named once: a reporting body (union, government, insurer) may still run the section,
        # a research institute or a council named in passing does not, nor a body the text
        # names nowhere (教育局并不作统一规定: whose, it does not say)
        return next((x for x in inside if x.kind in REPORTING_KINDS and x.region), None)
    return org


def _most_named_by_far(orgs: TextOrder, span: Span):
    inside = orgs.within(span.start, span.end)
    if len(inside) < 3:
        return None  # (named three times at least: most sections name fewer bodies in all)
    counts: dict[str, int] = {}
    for x in inside:
        counts[x.name] = counts.get(x.name, 0) + 1
    top, n, second = top_two(counts)  # (a tie at the top: no body is named by far)
    if n < 3 or n <= 2 * second:
        return None
    return next(x for x in inside if x.name == top)


def _dominant_place(regions: TextOrder, span: Span, text: str = ""):
    """The place a section is about when no sentence says: the one it names most (twice at
    least), first on ties; 全国/全省 named in comparisons do not count, nor a place listed
    with others (南京、天津取消了…): one of several is not what the section is about."""
    inside = [x for x in regions.within(span.start, span.end) if not _weak(x)
              and not listed(text, x)]
    place, times = _most_named(inside, lambda x: x.key)
    return place if times >= 2 else None


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
# bodies whose name holds a place they come from, not a place they govern (福建某某集团 invests
# in 宁夏): the place in their name is not a figure's place
_NAMED_ONLY_KINDS = ("company", "bank", "hospital", "school", "media")
# what may stand between a clause's start and 全国/我国 when the country is the clause's subject
_LEAD_CHARS = "年月日底初末至到以来今去前后上下半季度"
_LEAD_WORDS = ("截至", "截止", "目前", "同期", "如今", "现在", "当前", "近年", "此前", "随后", "此后", "为此",
               "据悉", "据了解", "据统计", "其中", "此外", "同时", "在", "而", "但", "则")
_SUBJECT_LEAD = re.compile(r"(?:[\s\d,，]|[" + _LEAD_CHARS + "]|" + "|".join(_LEAD_WORDS) + ")*")
# The character right before a place that opens its clause: the last of a _SUBJECT_LEAD run
# (a space or a digit besides these), or what ends a clause or a sentence before it. Any other
# one, and the place is no clause's subject: most 中国/全国 are not, and this test spares them
# the search for their clause.
_MAY_END_LEAD = frozenset(",，" + _LEAD_CHARS + "".join(w[-1] for w in _LEAD_WORDS)
                          + "、:：。！？!?；;")


# what a company is called right before its brand, opening the clause (互联网巨头腾讯, 咨询公司麦肯锡)
_COMPANY_WORDS = ("公司", "集团", "巨头", "厂商", "车企", "企业", "机构", "平台")
_APPOSITIVE = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,6}(?:" + "|".join(_COMPANY_WORDS) + ")")


def _may_open_clause(text: str, pos: int) -> bool:
    """False when no ``_SUBJECT_LEAD`` run from its clause's start can end at ``pos``."""
    prev = text[pos - 1:pos] if pos > 0 else ""
    # (\s and \d in a str pattern are str.isspace and str.isdecimal)
    return not prev or prev in _MAY_END_LEAD or prev.isspace() or prev.isdecimal()


def _clause_start(text: str, pos: int, sent: Span) -> int:
    return _clause_of(text, pos, sent).start


class Linker:
    """The links of one article's figures. The mention lists every figure filters (datelines
    out, operators, specific places) are built once for the article, not once per figure.

    ``link`` says, beside each link, the scope it was found in (``BASES``), so that a reader
    can keep only the links a figure's own sentence makes."""

    def __init__(self, text: str, regions: list[RegionHit], orgs: list[OrgHit],
                 programs: list[ProgramHit], home: str | None, body_start: int = 0,
                 figures: list[tuple[int, int]] = (), home_guessed: bool = False):
        self.text = text
        # the home is the city the text names most, no masthead's or manifest's (a web page)
        self.home_guessed = home_guessed
        self.figures = sorted(figures)  # (start, end) of the article's figures: see _respective
        self.body_start = body_start
        # an article of one item and no section heading (most of them) gives every figure the
        # same lead and section: no figure need look for its item or its heading
        self._one_scope = scopes.block_count(text, body_start) == 1 and not _section_heads(text)[0]
        self._named = TextOrder(orgs)
        # (sentence opening, end) -> its first 判处 (see _sentencing_court)
        self._sentenced_at: dict[tuple[int, int], int] = {}
        self._level_pointers: dict[Span, list[tuple[int, str]]] = {}  # see _level_pointer
        # a paper quoted as the source (据北京晨报报道) passes the news on; it runs nothing
        named = orgs
        # nor does the agent of a passive (被国家统计局授予, 受国务院表彰): it did something to the
        # subject, which the figures are about
        credits = citations.credit_lines(text)
        orgs = [o for o in orgs if not citations.is_source(text, o.start, o.end, o.kind)
                and not _EXPERT_POST.match(text, o.end)
                and text[o.start - 1:o.start] not in _PASSIVE_MARKS
                # (nor a party congress, 贯彻十五大精神: a meeting whose line is followed)
                and _CONGRESS_NAME.search(o.name) is None
                # an expert's employer in a credit line (受访专家：某医院…) runs nothing either
                and not any(s <= o.start < e for s, e in credits)
                # nor a body a parenthesis mentions by the way ((美国食品和药品管理局推荐的摄入量))
                and not _in_aside(text, o)]
        by_start = TextOrder(regions)
        # (a paper quoted as the source runs nothing, and the place in its name is not the
        # figures' either: 北京晨报记者获悉，朝阳区… is about 朝阳区)
        covered = {id(h) for span in (*scopes.datelines(text),
                                      *(o for o in named if o.kind in _NAMED_ONLY_KINDS))
                   for h in by_start.within(span.start, span.end)}  # in a dateline or a name
        # (nor is an expert's employer in a credit line: 受访专家：北京医院…; nor the place a
        # photo was taken, in its caption: 资料图：山西太原一公务员考点)
        covered.update(id(h) for start, end in credits for h in by_start.within(start, end))
        if "军区" in text:  # (the city a military command is named after: 北京军区某集团军 in
            covered.update(  # 张家口 is there, not in Beijing; nor does the command report for it)
                id(h) for o in named if "军区" in o.surface
                for h in by_start.within(o.start, o.end) if text.startswith("军区", h.end))
        if "图" in text:
            covered.update(id(h) for m in _CAPTION.finditer(text)
                           for h in by_start.within(m.start(), m.end()))
        if "访" in text:  # (nor the place in the name of the paper that interviewed someone)
            covered.update(id(h) for m in _INTERVIEWED_BY.finditer(text)
                           for h in by_start.within(m.start(1), m.end(1)))
        kept = [h for h in regions if id(h) not in covered and not _is_dateline(text, h)
                and text[h.end:h.end + 1] != "《"]  # 美国《读者文摘》: where a cited paper is published
        self._chain_start = {h.end: h.start for h in kept}
        self._chain_end = {h.start: h.end for h in kept}
        kept = _innermost(kept, text)
        self.regions = TextOrder(kept)  # bisected: a long article has thousands of each
        # a place in the name of the one example of a counted set (完成了湛江50万吨浆厂等6个项目)
        # places that example only: the figures written inside its name (see _example_place)
        self._examples = self._example_places(kept) if "等" in text else {}
        self.strong = TextOrder([h for h in kept if (not _weak(h) or self._subject_country(h))
                                 and id(h) not in self._examples])
        # the places that may speak beyond their sentence: not one a side story names
        # (比如在会宁县, 家住兰考县的王大妈), which is that story's place only
        # nor the city a meeting is held in (从今天在北京举行的国家禁毒委员会全会上获悉): the
        # meeting's venue, not what it reports on
        # nor where a journey sets out from (从海南三亚市出发…我们来到白沙县): the story is where
        # it arrives; the origin stays the place of its own sentence's figures
        story, venue = _STORY_ANY.search(text), _VENUE_VERB.search(text)
        journey = _SET_OUT.search(text)
        native = _NATIVE_CUES.search(text)
        ranked = _RANKED_CUES.search(text)
        if story or venue or journey or native or ranked:
            def aside(h: RegionHit) -> bool:
                return story and self._anecdotal(h) or venue and _venue(text, h) \
                    or journey and self._set_out_from(h) \
                    or native and _NATIVE.match(text, h.end) is not None \
                    or ranked and self._ranked_against(h)
            self.governing = TextOrder([h for h in self.strong.items if not aside(h)])
            self.governing_all = TextOrder([h for h in kept if not aside(h)])
        else:  # (most articles tell no side story: one search spares a look at every place)
            self.governing, self.governing_all = self.strong, self.regions
        self.countries = TextOrder([h for h in kept if h.form in ("country", "world")])
        self.orgs = TextOrder(orgs)
        # a court hears the case the figures are about; it runs none of them (the sums
        # claimed are the parties'), so it is taken only where nothing else is named
        self.operators = TextOrder([o for o in orgs if _operates(o)])
        # national reporting bodies (国家医保局), looked up by position: asking every operator
        # of the lead for each figure was quadratic on a page that is one endless sentence
        self.national_reporters = TextOrder([o for o in self.operators.items
                                             if o.region == gz.COUNTRY_CODE
                                             and o.kind in REPORTING_KINDS])
        self.programs = TextOrder(programs)
        self.home = home
        self._dominant: dict[Span, OrgHit | None] = {}  # by section: figures share sections
        self._subject: dict[Span, OrgHit | None] = {}
        self._speakers: dict[Span, OrgHit | None] = {}  # see _speaker_body
        self._lists: list[tuple[int, tuple[str, ...]]] | None = None  # see _counted_list
        self._counted: dict[tuple[int, int], tuple[str, ...] | None] = {}
        self._place: dict[Span, RegionHit | None] = {}
        self._operators_by_region: dict[str, OrgHit | None] = {}
        self._scopes_of: dict[tuple[int, int], tuple[Span, Span, scopes.Block]] = {}
        self._in_lead: dict[Span, tuple] = {}  # see _lead_firsts

    def _subject_country(self, h: RegionHit) -> bool:
        """全国/我国 (or 全省) opening its clause is the clause's subject (全国城镇住房共投资…),
        not a comparison (居全国第一, 与全国20多个省份)."""
        if not _weak(h) or h.form == "world" or not _may_open_clause(self.text, h.start):
            return False  # (the world speaks only for the figure right after it)
        if _inside(self._named, h):
            return False  # 中国科学院, 全国总工会: the body's scope, not the clause's subject
        sent = sentence_of(self.text, h.start)
        start = _clause_start(self.text, h.start, sent)
        return _SUBJECT_LEAD.fullmatch(self.text, start, h.start) is not None

    def _anecdotal(self, h: RegionHit) -> bool:
        """Is the place the setting of a side story or an example (比如在甘肃会宁县, 家住兰考县的,
        以安吉县为例, 兰考县的一户农民) rather than what its article reports on?"""
        start = h.start
        for _ in range(4):  # a chain of places is at most province, city, county, township
            if self._chain_start.get(start, start) >= start:
                break
            start = self._chain_start[start]
        if _STORY_BEFORE.search(self.text, max(0, start - 6), start):
            return True
        after = _STORY_AFTER.match(self.text, h.end)
        return after is not None and (after.group(1) is None or self.text[max(0, start - 1):start] == "以")

    def _ranked_against(self, h: RegionHit) -> bool:
        """Is the place one the subject is ranked against (连续4年成为继日本、韩国之后世界第三造船
        大国, 仅次于美国, 超过德国)? It is named to place the subject, not as its setting; a list
        of such places (日本、韩国) is read back to the word before its first place."""
        start = self._chain_start_of(h)
        while self.text[start - 1:start] in _RANKED_GLUE and start - 1 in self._chain_start:
            start = self._chain_start[start - 1]
        return _RANKED_AFTER.search(self.text, max(0, start - 4), start) is not None

    def _set_out_from(self, h: RegionHit) -> bool:
        """Is the place where a journey starts (从北京出发, 由河北石家庄市启程), told before the
        place its paragraph goes on to reach? A journey from a place and to nowhere named
        (车队从保定市出发) is that place's story."""
        after = _SET_OUT_AFTER.match(self.text, h.end)
        if after is None or self.text[max(0, self._chain_start_of(h) - 1):self._chain_start_of(h)] \
                not in _FROM:
            return False
        para_end = scopes.paragraph_of(self.text, h.start)[1]
        return self.strong.first_within(after.end(), para_end) is not None

    def _subject_place(self, sent: Span) -> RegionHit | None:
        """The last place of the sentence that opens one of its clauses as the subject
        (…,2017年全国农村实现…; 上海、北京等地…,2017年,北京市的…比例高达21%: 北京市), after a
        time phrase at most; not a grouping, which says where a place lies (在苏北腹地)."""
        text = self.text
        # (a list's 、 opens no clause: 学习北京、天津的经验 has no subject 天津)
        marks = [m for m in _clause_marks(text, sent.start, sent.end) if text[m] != "、"]
        for h in reversed(self.governing.within(sent.start, sent.end)):
            if h.form == "group":
                continue
            start = self._chain_start_of(h)
            i = bisect.bisect_left(marks, start)
            opened = marks[i - 1] + 1 if i > 0 else sent.start
            if _SUBJECT_LEAD.fullmatch(text, opened, start) is not None:
                return h
        return None

    def _opens(self, h: RegionHit, para_start: int) -> bool:
        """Does the paragraph open with the place as its subject (福建致力于…, 在西吉县…)?"""
        start = h.start
        while start in self._chain_start and self._chain_start[start] < start:
            start = self._chain_start[start]  # 四川广元市: the chain opens the paragraph
        return _SUBJECT_LEAD.fullmatch(self.text, para_start, start) is not None

    def _place_of_action(self, sent: Span, pos: int) -> RegionHit | None:
        """The last place of the sentence before the figure that a verb of giving or going or a
        preposition of place brings in (福建向宁夏捐款955万元,捐衣被124万件): what is given or
        done there is counted there, not at the sentence's subject."""
        # (a window, not the whole sentence: an endless one would be read once per figure)
        for h in reversed(self.strong.within(max(sent.start, pos - _WINDOW), pos)):
            if h.form in ("deictic", "country", "world"):
                continue  # 在全市率先, 在全国: a comparison's range, not a place of action
            start = self._chain_start_of(h)
            lead = self.text[max(sent.start, start - 4):start]
            if lead.endswith(_TOWARDS):
                return h
        return None

    def _place_counted(self, pos: int) -> RegionHit | None:
        """The place written right after the figure's measure word, before the noun it counts
        (3018个广州家长, 500名北京市民, 200户西吉县农民): whose people or things are counted."""
        i = bisect.bisect_left(self.figures, (pos,))
        if i >= len(self.figures) or self.figures[i][0] != pos:
            return None
        end = self.figures[i][1]
        h = self.strong.first_within(end, end + 16)
        if h is None or h.start != end or h.form not in ("full", "short") \
                or not _HAN.match(self.text, h.end):
            return None  # (a place the sentence goes on about, 3个,北京…, is no modifier)
        return h

    def _example_stretches(self) -> list[tuple[int, int]]:
        """(start, where 等 stands) of each stretch naming the single example of a count right
        after 等 (完成了湛江50万吨浆厂等6个项目: 湛江50万吨浆厂; 北京化工四厂等76家企业)."""
        text, out = self.text, []
        for start, _ in self.figures:
            deng = start - 1
            if text[deng:start] != "等":
                continue
            opened = max(text.rfind(c, 0, deng) for c in _EXAMPLE_OPENS) + 1
            if not any(text.find(c, opened, deng) >= 0 for c in _LIST_JOINS):
                out.append((opened, deng))  # (several examples: a place before them may be the set's)
        return out

    def _example_places(self, kept: list[RegionHit]) -> dict[int, tuple[RegionHit, int]]:
        """id of each place that opens the name of the single example before a count
        (湛江50万吨浆厂等6个项目, 北京大学等5所高校) -> (the place, where 等 stands). Not the places
        listed as examples of counted places (河北等22个省, 南京、苏州等5个城市: see
        ``_holder_of_examples``), nor one that qualifies the whole set (广东的美的、格力等), nor the
        place where the things counted are done (在北京建设大兴机场等3个项目)."""
        text, out = self.text, {}
        by_start = TextOrder(kept)
        for opened, deng in self._example_stretches():
            places = by_start.within(opened, deng)
            if not places:
                continue
            h = places[-1]
            first = self._chain_back(h.start)
            # (怀柔县等59个县: a short name and its level, 县 not part of the hit, is still a place)
            end = h.end + 1 if text[h.end:h.end + 1] in _LEVEL_AFTER_SHORT and h.form == "short" \
                else h.end
            if first < opened or end >= deng or text[end] in "的之等" \
                    or not _NAME_GOES_ON.match(text, end) \
                    or text[max(opened, first - 2):first].endswith(_TOWARDS) \
                    or any(x.end > deng for x in places):
                continue
            for x in places:
                if x.start >= first:
                    out[id(x)] = (x, deng)
        return out

    def _example_place(self, pos: int) -> RegionHit | None:
        """The example's place for a figure written inside the example's name (湛江50万吨浆厂:
        the mill's capacity is 湛江's)."""
        for h, deng in self._examples.values():
            if h.end <= pos < deng:
                return h
        return None

    def _place_spent_in(self, sent: Span, pos: int) -> RegionHit | None:
        """The place 在 or 于 brings in right after the figure, in its clause (投资5000万元在西吉县
        兴建, 3000人在北京参加): where what it counts is spent or done."""
        marks = _clause_marks(self.text, sent.start, sent.end)
        i = bisect.bisect_right(marks, pos)
        end = min(marks[i] if i < len(marks) else sent.end, pos + _SPENT_IN_REACH)
        for h in self.strong.within(pos, end):
            if h.form in ("deictic", "country", "world"):
                continue
            start = self._chain_start_of(h)
            if self.text[start - 1:start] in "在于" and start - 1 > pos:
                return h
        return None

    def _destination(self, h: RegionHit) -> int | None:
        """Where the place (or the list it is one of) starts, when it is where goods are sent
        (出口到, 销往, 运往) or bought from (从日本进口, 从日本、澳大利亚等国组织货源), not where
        they are counted; else None."""
        text = self.text
        start = self._chain_start_of(h)
        if text.endswith(_SENT_TO, max(0, start - 3), start):
            return start
        # the list the place is one of: places joined by 、/和/及/与, first to last
        while start > 1 and text[start - 1] in _LIST_JOINS and start - 1 in self._chain_start:
            start = self._chain_back(self._chain_start[start - 1])
        if not text.endswith("从", 0, start):
            return None
        end = h.end
        while text[end:end + 1] in _LIST_JOINS and end + 1 in self._chain_end:
            end = self._chain_end[end + 1]
        after = _OF_THESE.match(text, end)
        return start if text.startswith(_BOUGHT, after.end() if after else end) else None

    def _chain_start_of(self, h: RegionHit) -> int:
        return self._chain_back(h.start)

    def _chain_forward(self, e: int) -> int:
        """The end of the chain of places (广安市岳池县) whose link ends at ``e``."""
        while e in self._chain_end and self._chain_end[e] > e:
            e = self._chain_end[e]
        return e

    def _chain_back(self, s: int) -> int:
        """The start of the chain of places (广安市岳池县) whose link starts at ``s``."""
        while s in self._chain_start and self._chain_start[s] < s:
            s = self._chain_start[s]
        return s

    def _operator_of(self, region: str) -> OrgHit | None:
        """The reporting body of ``region`` the article names most (first on ties)."""
        if region not in self._operators_by_region:
            own = [o for o in self.operators.items if o.region == region and o.kind in REPORTING_KINDS]
            self._operators_by_region[region] = _most_named(own, lambda x: x.name)[0]
        return self._operators_by_region[region]

    def _respective(self, sent: Span, pos: int) -> tuple[RegionHit | None, OrgHit | None]:
        """A, B和C…分别为x、y和z: the figure that is the k-th of a run after 分别 is about the
        k-th of the list of places (or of bodies) named right before that 分别, when the two
        counts agree (北京、上海、广州分别增长5%、6%和7%; 五家股东分别是甲公司、乙公司…，持股比例
        分别是38%、26%…)."""
        text = self.text
        mark = text.rfind("分别", sent.start, pos)
        run = self._figure_run(mark + 2, sent.end)
        if pos not in run or len(run) < 2:
            return None, None
        k, n = run.index(pos), len(run)
        lo = max(sent.start, text.rfind("分别", sent.start, mark) + 2)
        places = _listed_run(text, self.strong.within(lo, mark), n)
        bodies = _listed_run(text, self.orgs.within(lo, mark), n)
        return (places[k] if places else None), (bodies[k] if bodies else None)

    def _figure_run(self, start: int, end: int) -> list[int]:
        """The starts of the figures from ``start`` on that make one list (5%、6%和7%;
        38.24%、26.47%…和5.88%), the first a few characters after ``start``."""
        i = bisect.bisect_left(self.figures, (start,))
        out: list[int] = []
        last = start
        # (islice, not a slice: a copy of the rest of the figures for each one asking would be
        # quadratic on a page that is one endless sentence)
        for s, e in itertools.islice(self.figures, i, None):
            if s >= end or s - last > _RUN_GAP or out and not _RUN_JOIN.fullmatch(self.text, last, s):
                break
            out.append(s)
            last = e
        return out

    def _clause_subject(self, clause_start: int, pos: int) -> OrgHit | None:
        """The body of any kind that opens the figure's own clause (由促进会组织筹划，某某集团捐资
        80万元): it did what is counted, whoever the sentence named before it."""
        org = self.orgs.first_within(clause_start, pos)
        if org is None or org.end > pos or not _SUBJECT_LEAD.fullmatch(self.text, clause_start, org.start):
            return None
        if self.text.find(" ", org.end, pos) >= 0:
            return None  # 南开大学入选…名单 全国仅10所高校入选: a headline's space parts its clauses
        return org

    def _outscoring_side(self, lo: int, pos: int) -> tuple[OrgHit | None, OrgHit | None]:
        """(the side that leads, beats or trails, the side it does so to) when the figure
        follows the latter in its clause (雄鹿64-51领先勇士13分, 最终雷霆大胜火箭,豪取7连胜): the
        margin or the streak is the doer's, not the side named last before it, even when the
        doer is not named there (他们目前落后上港5分). ``lo``: the clause's start, or the
        sentence's when the clause names no body."""
        text = self.text

        def opening(hit):  # (上海上港: the side's city before its name)
            place = self.regions.last_within(lo, hit.start)
            return place.start if place is not None and place.end == hit.start else hit.start

        last = self.orgs.last_within(lo, pos)
        while last is not None and text.endswith(_LIST_JOINS, lo, opening(last)):
            # (落后上海上港和山东鲁能5分: the sides listed after the verb, back to the first)
            last = self.orgs.last_within(lo, opening(last) - 1)
        if last is None or not text.endswith(_OUTSCORED, lo, opening(last)):
            return None, None
        doer = self.orgs.last_within(lo, last.start)
        return (doer if doer is not None and doer.end <= last.start else None), last

    def _sentence_subject(self, sent: Span, before: list[OrgHit]) -> OrgHit | None:
        """A body of any kind that opens a clause of the figure's sentence before it, as its
        subject (其中,某某集团有限公司投资6000万元,建成4个厂): it, not a body the article's lead
        named, did what is counted. ``before``: the sentence's bodies in the ``_WINDOW``
        before the figure (listed once for this and ``_sentence_body``)."""
        for org in before[:4]:
            if not _may_open_clause(self.text, org.start):
                if org.kind == "company" and self.text.endswith(_COMPANY_WORDS, 0, org.start):
                    start = _clause_start(self.text, org.start, sent)
                    if _APPOSITIVE.fullmatch(self.text, start, org.start):
                        return org  # 咨询公司麦肯锡预测: a company named after what it is
                continue
            start = _clause_start(self.text, org.start, sent)
            if _SUBJECT_LEAD.fullmatch(self.text, start, org.start):
                return org
        return None

    def _sentence_body(self, sent: Span, before: list[OrgHit], clause_start: int) -> OrgHit | None:
        """The nearest body before the figure, of any kind, in its clause or brought into its
        sentence as where the figure was seen or who counted it (据苏州市立医院统计, 记者在市第一
        医院看到): nearer than a body the article's lead named, so it wins over that default.
        Not a body something is given to or done for (向某某小学捐赠图书2000册), nor one named
        only as a person's employer (某大学专家)."""
        text = self.text
        for org in reversed(before[-4:]):
            if _PERSON_AFTER.match(text, org.end):
                continue
            lead = text[max(sent.start, org.start - 4):org.start]
            if lead.endswith(_RECEIVES):
                continue
            if org.start >= clause_start or lead.endswith(_SOURCE_OF):
                return org
        return None

    def _title_body(self, lead: Span) -> OrgHit | None:
        """The body a headline opens with (山东工艺美术学院2019年硕士研究生招生简章): the one the
        story under it is about, of any kind (a school, a company), before the first body of
        the lead that runs things (经国务院学位办批准…). Not a paper or an agency (据新华社…),
        which passes the news on."""
        if lead.start != 0 or not 0 < self.body_start <= lead.end:
            return None
        first = self._named.first_within(0, self.body_start)
        if first is None or first.start > 0 and not _title_lead_before(self.text, first.start) \
                or first.kind == "media" or first.end > self.body_start \
                or _PERSON_AFTER.match(self.text, first.end):
            return None  # (清华大学人工智能专家…科普行活动举行: a person of the body, not its story)
        return first

    def _subject_org(self, section: Span) -> OrgHit | None:
        """The body a section names far more than any other (three times at least, and more
        than twice as often as the next), of any kind, or the one it keeps pointing back to
        (白沙县中等职业技术学校…这所学校…该校): the one the section is about."""
        if section not in self._subject:
            self._subject[section] = _most_named_by_far(self.orgs, section) \
                or self._pointed_back_to(section)
        return self._subject[section]

    def _pointed_back_to(self, section: Span) -> OrgHit | None:
        """The first body the section's lead names, when the section points back to it twice
        at least by the kind of body it is (这所学校, 该校) and to no other body: a story about
        that school. (A body named later and pointed back to, 该厂, is one example of many.)"""
        text = self.text
        refs = list(_POINTER.finditer(text, section.start, section.end))
        if len(refs) < 2:
            return None
        body = self._lead_firsts(lead_of(text, section.start))[1]
        if body is None or body.start < section.start or body.start > refs[0].start() \
                or not all(body.name.endswith(_POINTED_ENDINGS[r.group(1)]) for r in refs):
            return None
        return body

    def _speaker_body(self, section: Span) -> OrgHit | None:
        """The body of the first official the section quotes (冶金部黄金管理局局长王德学…说):
        where nothing else names a body for a figure, the one whose head reports on it.
        Worked out once per section: its figures share it."""
        if section not in self._speakers:
            self._speakers[section] = next(
                (o for o in self.orgs.within(section.start, section.end)
                 if _OFFICIAL_SPEAKS.match(self.text, o.end) is not None), None)
        return self._speakers[section]

    def _paragraph_speaker(self, pos: int) -> OrgHit | None:
        """The body whose official opens the figure's paragraph speaking (国家土地管理局局长邹玉川
        介绍，有关部门…。据统计，…): the paragraph is what he reports, and its figures his body's
        rather than the one the article's lead named (the minister who received the meeting).
        Only where the official speaks in the paragraph's first sentence, before the figure."""
        start = scopes.paragraph_of(self.text, pos)[0]
        key = (start, "speaker")
        if key not in self._speakers:
            first = sentence_of(self.text, start)
            self._speakers[key] = next(
                (o for o in self.orgs.within(start, first.end)
                 if (m := _OFFICIAL_SPEAKS.match(self.text, o.end)) is not None
                 and m.end() <= first.end), None)
        found = self._speakers[key]
        return found if found is not None and found.end < pos else None

    def _study_body(self, section: Span) -> OrgHit | None:
        """The body that ran the study or project the section reports (这项研究是由中国水产科学院
        黑龙江水产研究所负责的, 由国家统计局组织的调查): where nothing else names a body for a
        figure, the study's figures are its own, told before or after it is named."""
        key = (section, "study")
        if key not in self._speakers:
            self._speakers[key] = next(
                (o for o in self.orgs.within(section.start, section.end)
                 if self.text[o.start - 1:o.start] == "由" and _RUNS_STUDY.match(self.text, o.end)),
                None) if "由" in self.text else None
        return self._speakers[key]

    def _dominant_org(self, section: Span) -> OrgHit | None:
        if section not in self._dominant:
            self._dominant[section] = _dominant(self.orgs, section)
        return self._dominant[section]

    def _dominant_place(self, section: Span) -> RegionHit | None:
        if section not in self._place:
            self._place[section] = _dominant_place(self.governing_all, section, self.text)
        return self._place[section]

    def _lead_firsts(self, lead: Span) -> tuple:
        """(the first operator, body, governing place and national reporting body) of a lead:
        the figures of an item share its lead, and each asked for them again."""
        found = self._in_lead.get(lead)
        if found is None:
            firsts = [items.first_within(lead.start, lead.end)
                      for items in (self.operators, self.orgs, self.governing, self.national_reporters)]
            if firsts[2] is not None and self._listed(firsts[2]):
                # 11月7日起，成都、广州、长沙、…等城市的乘客…: one of a list of places is not
                # the one the story is about; the lead's place is the first named alone
                firsts[2] = next((h for h in self.governing.starting_in(firsts[2].end, lead.end)
                                  if h.end <= lead.end and not self._listed(h)), None)
            if firsts[2] is not None:
                firsts[2] = self._village_within(firsts[2])
            found = self._in_lead[lead] = tuple(firsts)
        return found

    def _sentences_before(self, start: int, n: int) -> int:
        """The start of the sentence ``n`` sentences before the one starting at ``start``."""
        ends = _sentence_ends(self.text)
        i = bisect.bisect_right(ends, (start,)) - 1 - n  # (the last end at or before start)
        return ends[i][1] if i >= 0 else 0

    def _sentences_after(self, start: int, n: int) -> int:
        """Where the ``n``-th sentence from ``start`` ends."""
        ends = _sentence_ends(self.text)
        i = bisect.bisect_left(ends, (start,)) + n - 1
        return ends[i][1] if i < len(ends) else len(self.text)

    def _listed(self, h: RegionHit) -> bool:
        """Is the place one of a list of three places or more, or of one closed by 等 (成都、
        广州、长沙…等城市, 在北京、广州等城市举办)? Two places alone (与遂宁、广安两地) may be
        what the story is about."""
        text = self.text
        start = self._chain_start_of(h)
        if text[start - 1:start] == "、" and self._chain_back(start - 1) < start - 1:
            return True  # (a later member: the list began before it)
        members, end = 1, self._chain_forward(h.end)
        while text[end:end + 1] == "、" and (nxt := self.regions.starting_in(end + 1, end + 2)):
            members, end = members + 1, self._chain_forward(nxt[0].end)
        return members >= 3 or members == 2 and text[end:end + 1] == "等"

    def _lead_named(self, lead: Span, which: int, pos: int):
        """``_lead_firsts(lead)[which]``, unless the lead names it sentences after the figure:
        a web page's lead paragraph that runs on for the whole story (截至24日,海关报名人数已达
        14725人。…其中人数最多的岗位为深圳海关辖下职位) names its later places and bodies for the
        sentences around them, not for the figures told before them."""
        x = self._lead_firsts(lead)[which]
        return None if x is not None and self._told_later(pos, x.start) else x

    def _lead_venue(self, lead: Span, place: RegionHit) -> RegionHit | None:
        """The place inside the lead's first one where the lead says its contest or show is held
        (波兰春节武术比赛今天在华沙举行; 江苏省运动会在无锡开幕): the story's place, the most
        specific one. The sentence must name the event after the lead's place; not inside 全国 (a
        national contest held in the capital stays the country's), nor a meeting."""
        if place.key == gz.COUNTRY_CODE or "举" not in self.text and "开" not in self.text \
                and "办" not in self.text:
            return None
        for h in self.regions.within(place.end, lead.end):  # (a venue governs no clause of its own)
            if self.text[h.start - 1:h.start] == "在" and _HELD.match(self.text, h.end) \
                    and h.key != place.key and place.key in gz.key_ancestors(h.key):
                sent = sentence_of(self.text, h.start)
                named = self.regions.last_within(sent.start, h.start - 1)
                if named is not None and named.key == place.key \
                        and _SHOW.search(self.text, named.end, h.start):
                    return h
        return None

    def _told_later(self, pos: int, at: int) -> bool:
        """Is ``at`` two sentences or more after the figure at ``pos``, in the same paragraph
        (a headline's figure is what the lead paragraph goes on to tell)?"""
        if at <= pos or scopes.paragraph_of(self.text, at)[0] > pos:
            return False
        ends = _sentence_ends(self.text)
        return bisect.bisect_left(ends, (at,)) - bisect.bisect_left(ends, (pos,)) >= 2

    def _village_within(self, place: RegionHit) -> RegionHit:
        """The village or township the place's own sentence goes on to name inside it (公共汽车
        停在…杨士岗镇的公路边,…敲开了火石岗村一户人家的大门): the story's place, the most specific
        one, as a chain 杨士岗镇火石岗村 would have named it."""
        sent = sentence_of(self.text, place.start)
        for h in self.governing.within(place.end, sent.end):
            if h.form == "local" and h.key != place.key and (
                    h.key.startswith(place.key + "|") or "|" in place.key
                    and h.key.startswith(place.key)):
                place = h
        return place

    def _scopes(self, pos: int) -> tuple[Span, Span, scopes.Block]:
        """(lead, section) of the figure's item: a dateline or sub-heading inside the article
        starts an item of its own, with its own lead. They depend on the figure's place only
        through its item and its section's heading: worked out once for each such pair."""
        text = self.text
        if self._one_scope:
            key = (0, 0)  # (the first item and the first section: see __init__)
        else:
            key = (scopes.block_index(text, pos, self.body_start), _section_line(text, pos))
        found = self._scopes_of.get(key)
        if found is None:
            found = self._scopes_of[key] = self._item_scopes(pos)
        return found

    def _item_scopes(self, pos: int) -> tuple[Span, Span, scopes.Block]:
        text = self.text
        block = scopes.block_at(text, pos, self.body_start)
        lead = article_lead = lead_of(text, pos)
        if block.start > lead.start:
            lead = Span(block.start, _first_body_line_end(text, block))
        section = _section(text, article_lead)
        section = Span(max(section.start, block.start), min(section.end, block.end))
        if lead.end > section.end:
            lead = Span(lead.start, section.end)
        return lead, section, block

    def link(self, pos: int) -> tuple[str | None, str | None, str | None]:
        """(region key, organization name, programme name) for the figure at ``pos``."""
        k = self.explain(pos)
        return k.region, k.organization, k.program

    def explain(self, pos: int) -> Link:
        """The figure's links with the scope each was found in, and every region it is
        about when its place is one of a list (长宁区、浦东新区、青浦县)."""
        text, orgs, operators = self.text, self.orgs, self.operators
        sent = sentence_of(text, pos)
        lead, section, block = self._scopes(pos)
        clause = _clause_of(text, pos, sent)
        # the organization: the first of these finders, nearest scope first, that finds one
        # (written out, not as a list of closures: every figure asks)
        sent_org = _UNSET  # _nearest(orgs, sent, pos), asked here and by _wider_place
        org_basis = "sentence"
        # (a find, not a slice: a sentence of a million characters holds thousands of figures)
        pair_region, pair_org = (self._respective(sent, pos)
                                 if text.find("分别", sent.start, pos) >= 0 else (None, None))
        # (the side a match's margin is over owns none of it: the finders below look before it)
        doer, beaten = self._outscoring_side(
            clause.start if self.orgs.last_within(clause.start, pos) is not None else sent.start, pos)
        until = beaten.start if beaten is not None else pos
        org = pair_org or self._sentencing_court(sent, pos) or self._clause_subject(clause.start, pos) \
            or doer or _nearest(operators, Span(sent.start, until) if beaten else sent, until)
        if org is None:
            # the sentence's bodies before the figure, listed once for the two finders
            before = self.orgs.within(max(sent.start, pos - _WINDOW), until)
            org = self._sentence_subject(sent, before) or self._sentence_body(sent, before, clause.start)
        if org is None and sent.start:
            org = self._cited_source(sent.start)
        if org is None and (org := self._paragraph_speaker(pos)) is not None:
            org_basis = "paragraph"
        if org is None:
            org_basis = "article_lead"
            org = self._lead_named(lead, 0, pos)
            if org is not None and (title_body := self._title_body(lead)) is not None:
                org = title_body  # (the headline's body over the lead's first one that runs things)
            subject = self._subject_org(section)
            if subject is not None and (org is None or subject.name != org.name):
                # 华中科技大学 named eight times, 教育部高教司 once as a commentator: the body the
                # section is about runs its figures, whatever kind it is
                org, org_basis = subject, "inferred"
        if org is None:
            org_basis = "inferred"
            org = self._dominant_org(section)
        if org is None:
            org_basis = "sentence"
            org = sent_org = _nearest(orgs, sent, pos)
        if org is None:
            org_basis = "article_lead"
            org = self._lead_named(lead, 1, pos)
        if org is None:
            org_basis = "inferred"
            org = self._speaker_body(section) or self._study_body(section)
        if org is None:
            org_basis = None
        region_basis = None
        region_hit = pair_region or self._place_counted(pos) \
            or (self._example_place(pos) if self._examples else None) \
            or _nearest(self.strong, Span(clause.start, pos), pos)
        if region_hit is not None and (origin := self._destination(region_hit)) is not None:
            # 我国制造的飞机出口到巴基斯坦等12个国家, 美国从日本进口汽车300万辆: the exporter's or
            # the importer's figure; the other end of the trade is not its place, the place
            # before it is, if the sentence names one (我国 too: the trader is its subject)
            before = Span(sent.start, origin)
            region_hit = _nearest(self.strong, before, pos) or _nearest(self.regions, before, pos) \
                or region_hit
        if region_hit is None:
            # 捐资80万元在宁乡县援建: the place the figure is spent in, right after it in its clause
            region_hit = self._place_spent_in(sent, pos)
        if region_hit is not None:
            region_basis = "clause"
        elif (region_hit := self._place_of_action(sent, pos)
              or _first_place(self.strong, sent, pos, text)) is not None:
            region_basis = "sentence"
        listing: tuple[str, ...] = ()
        if region_hit is not None and region_hit is not pair_region \
                and (holder := self._holder_of_examples(region_hit, pos)) is not None:
            region, region_basis = holder, "inferred"
        elif region_hit is not None:
            # (a place paired with its figure by 分别 is that figure's alone, not its list's)
            items = [region_hit] if region_hit is pair_region else self._listing(region_hit)
            region = items[0].key
            listing = tuple(dict.fromkeys(h.key for h in items)) if len(items) > 1 else ()
        elif (counted := self._counted_list(sent, section)) is not None:
            region, region_basis, listing = counted[0], "inferred", counted
        elif (world := self._world_subject(sent, pos)) is not None:
            region, region_basis = world, "sentence"
        else:
            if sent_org is _UNSET:
                sent_org = _nearest(orgs, sent, pos)
            region, region_basis = self._wider_place(sent, clause, pos, lead, section, block, org,
                                                     sent_org)
        if org is not None and org_basis in ("article_lead", "inferred") and region \
                and region_basis in ("clause", "sentence", "paragraph") \
                and org.region and org.region != region and org.region not in gz.key_ancestors(region):
            # a body the lead named for another place (鄂州's) does not run a figure its own
            # clause places elsewhere (全省): the article's body for that place does, if any
            own = self._operator_of(region)
            if own is not None:
                org, org_basis = own, "inferred"
        prog = _nearest(self.programs, sent, pos)
        return Link(region, org.name if org else None, prog.name if prog else None,
                    region_basis if region else None, org_basis if org else None, listing)

    def _sentencing_court(self, sent: Span, pos: int) -> OrgHit | None:
        """The court that passed the sentence a figure is part of (以贪污罪判处某某有期徒刑10年,
        没收财产1万元): the last court named before it, in its sentence or the few before. A
        court runs no figure of the case it hears (the parties' sums), but a term or a fine it
        hands down is its own."""
        text = self.text
        lo = max(0, sent.start - _CITE_REACH)
        opening = _full_stop_after(text, lo, sent.start - 1) \
            if sent.start and text[sent.start - 1] in "；;" else sent.start
        first = self._sentenced_at.get((opening, sent.end))
        if first is None:  # (once per sentence: a sentence of thousands of figures asks each time)
            m = _SENTENCED.search(text, opening, sent.end)
            first = self._sentenced_at[opening, sent.end] = m.start() if m is not None else len(text)
        if first >= pos:
            return None
        for h in reversed(self._named.within(lo, pos)):
            if h.name.endswith(("法院", "法庭")):
                return h
        return None

    def _level_pointer(self, sent: Span, pos: int) -> str | None:
        """The level (州, 省, 市, 县) of the first 该州/州内 before ``pos`` in its sentence; the
        sentence is searched once (a sentence of thousands of figures asks for each)."""
        found = self._level_pointers.get(sent)
        if found is None:
            found = self._level_pointers[sent] = [
                (m.start(), m.group(1) or m.group(2))
                for m in _LEVEL_POINTER.finditer(self.text, sent.start, sent.end)]
        return found[0][1] if found and found[0][0] < pos else None

    def _last_of_level(self, level: str, lo: int, hi: int) -> RegionHit | None:
        """The last place in [lo, hi] whose name ends in ``level`` (州, 省, 市, 县), an example's
        too (以南达科他州为例,…该州…: the example is what the text goes on about)."""
        for h in reversed(self.regions.within(lo, hi)):
            d = gz.get(h.key)
            if h.surface.endswith(level) or d is not None and d.name.endswith(level):
                return h
        return None

    def _cited_source(self, start: int) -> OrgHit | None:
        """The body whose report or study the sentence starting at ``start`` goes on with: the
        one cited earlier in the same sentence, before its semicolons (据CNNIC报告显示,…美国有
        1078家；中国拥有592家), or, when the sentence opens by pointing to the study (调查发现,
        该研究显示), the last body cited before it."""
        text = self.text
        lo = max(0, start - _CITE_REACH)
        opening = start
        if text[start - 1] in "；;":
            opening = _full_stop_after(text, lo, start - 1)
            found = self._cited_within(opening, start - 1)
            if found is not None:
                return found
        if _STUDY_POINTER.match(text, opening):
            return self._cited_within(max(0, opening - _CITE_REACH), opening)
        return None

    def _cited_within(self, lo: int, hi: int) -> OrgHit | None:
        """The last body in [lo, hi] the text cites as a source (据X, X的报告显示)."""
        text = self.text
        for h in reversed(self.orgs.within(lo, hi)):
            if text[h.start - 1:h.start] == "《":
                continue  # 发表在《健康事务杂志》上的研究: the journal printed it, the body before did it
            if _CITED_BY.search(text, max(0, h.start - 3), h.start) or _CITES.match(text, h.end):
                return h
        return None

    def _wider_place(self, sent: Span, clause: Span, pos: int, lead: Span, section: Span,
                     block: scopes.Block, org: OrgHit | None, sent_org: OrgHit | None
                     ) -> tuple[str | None, str | None]:
        """(region key, basis) when the figure's clause and sentence name no place: the
        scopes around it, nearest first, each looked at only when the nearer ones are silent.
        ``sent_org`` is the body nearest the figure in its sentence."""
        text = self.text
        if sent_org is not None and sent_org.region and sent_org.kind in REPORTING_KINDS:
            return sent_org.region, "organization"
        # 覆盖全国31个省: 全国 right before the figure counts what it counts
        country = self.countries.last_within(max(clause.start, pos - 4), pos)
        if country is not None:
            return country.key, "sentence"
        if sent_org is not None and sent_org.region and sent_org.region != gz.COUNTRY_CODE \
                and not gz.is_foreign(sent_org.region) \
                and (subject := self._subject_org(section)) is not None \
                and subject.name == sent_org.name:
            # 该校走出了26名将军 in a story about one school: the body the section is about,
            # named by the figure's sentence, is where the figure is (not a place the paragraph
            # named in passing, where the school was founded); a body visited (走进山东航空学院)
            # is no section's subject
            return sent_org.region, "organization"
        if self._cites_national_document(sent, pos):
            return gz.COUNTRY_CODE, "sentence"
        para_start = max(scopes.paragraph_of(text, pos)[0], block.start)
        if (level := self._level_pointer(sent, pos)) is not None \
                and (back := self._last_of_level(level, para_start, sent.start)) is not None:
            # 以南达科他州为例,…。从1999至2014年间,该州…增加1.7%。州内公立大学学杂费…8450美元:
            # 该州 and 州内 point to the last state the paragraph named
            return back.key, "paragraph"
        before = sentence_of(text, sent.start - 1) if sent.start > para_start else None
        if before is not None and before.start >= para_start:
            # 北京海关的职位最热。该岗位共招录1人: the sentence speaks of what the one before it
            # named, and that one's place is its own
            if _REFERS_BACK.match(text, sent.start) and (
                    back := _first_place(self.governing, before, before.end, text)) is not None:
                return back.key, "paragraph"
            # 数据显示,2017年全国农村实现网络零售额…。截至2017年底,农村网店达985.6万家: a
            # sentence that names no place goes on about the subject place of the one before
            if not _PART_OPENS.match(text, before.start) \
                    and (subject := self._subject_place(before)) is not None:
                return subject.key, "paragraph"
        para_hit = self.governing.first_within(para_start, sent.start) if para_start < sent.start else None
        if para_hit is not None and self._listed(para_hit):
            para_hit = None  # (成都、武汉、西安等城市的乘客…: no one of them is the paragraph's)
        run_on = scopes.paragraph_of(text, pos)[1] - para_start > _RUN_ON
        if run_on and para_hit is not None:
            # A web page run together into one paragraph of thousands of characters: its first
            # place is not every later sentence's. The place the last few sentences named
            # speaks for this one, if any does.
            # (after the lead's own place, which the whole page may be about)
            para_hit = self.governing.last_within(
                self._sentences_before(sent.start, _RUN_ON_REACH), sent.start)
            if para_hit is not None and self._listed(para_hit):
                para_hit = None
        if para_hit is not None and self._opens(para_hit, para_start):
            return para_hit.key, "paragraph"  # a paragraph on a new place
        if block.kind == "heading" and block.anchor:
            return block.anchor, "heading"
        lead_hit = self._lead_named(lead, 2, pos)
        if run_on and lead_hit is not None and lead_hit.start >= self.body_start \
                and lead_hit.start >= self._sentences_after(self.body_start, _LEAD_SENTENCES):
            lead_hit = None  # (a run-on page's lead is its first sentences, not all of it)
        if lead_hit is not None and lead_hit.key == gz.COUNTRY_CODE and lead_hit.start >= self.body_start \
                and (body := self._lead_named(lead, 1, pos)) is not None and body.start < self.body_start \
                and body.region \
                and body.region != gz.COUNTRY_CODE and not gz.is_foreign(body.region):
            # 浙江上风集团创业之路 / 我国东部地区的众多乡镇企业…: a headline on a body, a lead
            # that sets the country's scene; the story is at the body's place (a headline's
            # 全国男篮甲A联赛 names a national event, not a scene)
            return body.region, "organization"
        if lead_hit is not None:
            if (venue := self._lead_venue(lead, lead_hit)) is not None:
                return venue.key, "article_lead"
            return lead_hit.key, "article_lead"
        if para_hit is not None:
            return para_hit.key, "paragraph"
        if self._lead_named(lead, 3, pos) is not None:
            return gz.COUNTRY_CODE, "article_lead"  # a national body reports in the lead
        if org is not None and org.region == gz.COUNTRY_CODE and block.dateline:
            # 本报北京电 中国儿童少年基金会公布…: a body of the whole country reports for it, not
            # for the city the reporter filed from
            return org.region, "organization"
        if block.dateline and block.dateline != gz.CAPITAL:
            # (本报北京电: the national desk files from the capital whatever the story is about;
            # its figures are the capital's only when the text names it)
            return block.dateline, "dateline"
        if org is not None and org.region and org.kind in REPORTING_KINDS:
            return org.region, "organization"
        if org is not None and org.region and org.region != gz.COUNTRY_CODE \
                and not gz.is_foreign(org.region):
            # 辽宁本钢集团公司 reports a figure no place of the text claims: where the company
            # is, not the paper's 全国 (a place the text names for the figure comes first)
            return org.region, "organization"
        if self.home != gz.COUNTRY_CODE and (place := self._dominant_place(section)) is not None:
            # (a national paper's article whose lead names no place is a national story)
            return place.key, "inferred"
        if (self.home is None or self.home_guessed) and org is not None \
                and org.region == gz.COUNTRY_CODE and _named_in(org, sent):
            # 国家队集训队二期的总人数为44人: a national body (the national team, 中国足协) of the
            # figure's own sentence, no place named and no paper's home to fall back on (a web
            # page): the country's figure. (A local paper's figure stays its home's: 共42人通过了
            # 中国科学院心理研究所举办的考试 counts the city's trainees; a web page's home, the
            # city it names most, is a guess that gives way: 中国音像著作权集体管理协会发出公告,
            # 要求…删除6000多部作品 in a story that names 广州 seven times is the country's.)
            return gz.COUNTRY_CODE, "organization"
        if self.home:
            return self.home, "home_region"
        weak = self.regions.first_within(sent.start, sent.end)
        return (weak.key, "inferred") if weak else (None, None)

    def _cites_national_document(self, sent: Span, pos: int) -> bool:
        """《2016年度人力资源和社会保障事业发展统计公报》显示…: the sentence quotes a bulletin or
        a work report whose title names no place, which is the state's (a city's or a
        province's opens with its name: 《杭州市2016年国民经济…统计公报》)."""
        close = self.text.rfind("》", sent.start, pos)
        if close < 0:
            return False
        open_ = self.text.rfind("《", sent.start, close)
        return open_ >= 0 and self.text.endswith(_NATIONAL_DOCUMENTS, open_ + 1, close) \
            and self.regions.first_within(open_, close) is None

    def _counted_list(self, sent: Span, section: Span) -> tuple[str, ...] | None:
        """3个试点区县, 这五个城市: a sentence that counts places as many as a list its section
        named before (在长宁区、浦东新区、青浦县进行试点) is about the places of that list.
        Worked out once per sentence: a run-on sentence of many figures is read once."""
        key = (sent.start, sent.end)
        if key not in self._counted:
            self._counted[key] = self._count_in(sent, section)
        return self._counted[key]

    def _count_in(self, sent: Span, section: Span) -> tuple[str, ...] | None:
        if self.text.find("个", sent.start, sent.end) < 0:
            return None  # (found in place: a run-on sentence of many figures is not copied)
        m = _PLACES_COUNT.search(self.text, sent.start, sent.end)
        if m is None:
            return None
        n = parse_number(m.group(1))
        if self._lists is None:
            self._lists = []
            seen: set[int] = set()
            for h in self.regions.items:
                if id(h) in seen or self.text[h.end:h.end + 1] != "、":
                    continue
                items = self._listing(h)
                seen.update(id(x) for x in items)
                if len(items) > 1:
                    self._lists.append((items[-1].end, tuple(dict.fromkeys(x.key for x in items))))
        return next((keys for end, keys in reversed(self._lists)
                     if section.start <= end <= m.start() and len(keys) == n), None)

    def _world_subject(self, sent: Span, pos: int) -> str | None:
        """1997年全球跨国旅游人数为6.2亿人，比上年减少3.8%: the world (全球, 全世界) opens the
        subject of the figure's clause, after a time phrase at most, or of the clause the
        figure's own carries on (one that opens on 比, 同比, 增长…: no subject of its own), and
        no place or body stands between: the figure is the world's, whatever the paper's home.
        Not the world as the field of a superlative (全球首款, 全球最大)."""
        text = self.text
        h = self.countries.last_within(sent.start, pos)
        if h is None or h.form != "world" or text[h.end:h.end + 1] in _WORLD_SUPERLATIVE \
                or self.regions.first_within(h.end, pos) is not None \
                or self.orgs.first_within(h.end, pos) is not None:
            return None
        marks = _clause_marks(text, sent.start, sent.end)
        i = bisect.bisect_left(marks, h.start)
        opened = marks[i - 1] + 1 if i > 0 else sent.start
        if not _TIME_BEFORE_SUBJECT.fullmatch(text, opened, h.start):
            return None
        for mark in marks[i:]:
            if mark >= pos:
                break
            if not _NO_SUBJECT.match(text, mark + 1):
                return None  # a clause with a subject of its own between
        return h.key

    def _holder_of_examples(self, h: RegionHit, pos: int) -> str | None:
        """河北等22个省, 北京、上海、广州等18个城市, 苏州、无锡等5个城市: the places listed with
        ``h`` right before 等 and a count of places are only examples of them. What the
        sentence counts of them (the count itself, and 黑龙江、辽宁…等25个省…统计,已筹集资金15亿元)
        is about the region that holds them all (全国; 江苏省 for two of its cities), not about
        its first example. None when ``h`` is no such example, or the examples share no region
        (places abroad)."""
        text = self.text
        if text.find("等", h.end) < 0:
            return None  # (most places have no 等 after them at all)
        items = self._listing(h)
        end = items[-1].end
        if text[end:end + 1] != "等" or not _PLACES_COUNT.match(text, end + 1):
            return None
        keys = [x.key for x in items]
        others = [set(gz.key_ancestors(k)) for k in keys[1:]]
        return next((a for a in gz.key_ancestors(keys[0]) if all(a in o for o in others)), None)

    def _listing(self, h: RegionHit) -> list[RegionHit]:
        """The places listed with ``h`` (joined by 、 和 及 与), in text order, or [h]; at most
        ``_LIST_MAX`` either way (a table's endless list is not walked for every figure)."""
        start_of = self._chain_start_of  # 广安市岳池县 is listed from 广安市
        items = [h]
        for _ in range(_LIST_MAX):
            prev = self.regions.last_within(max(0, start_of(items[0]) - 24), start_of(items[0]))
            if prev is None or self.text[prev.end:start_of(items[0])] not in _LIST_JOINS:
                break
            items.insert(0, prev)
        for _ in range(_LIST_MAX):
            nxt = self.regions.first_within(items[-1].end, items[-1].end + 24)
            if nxt is None or self.text[items[-1].end:start_of(nxt)] not in _LIST_JOINS:
                break
            items.append(nxt)
        if len(items) > 1:  # 江苏省、南京市: the province only says where the city lies
            inner = {a for x in items for a in gz.key_ancestors(x.key)}
            items = [x for x in items if x.key not in inner] or items
        return items


# how far the first figure of a 分别 run may stand from it (为, 是, 增长), and what may stand
# between the figures of the run (5%、6%和7%)
_RUN_GAP = 8
_RUN_JOIN = re.compile(r"[、，,和及与或]+")
_LIST_GLUE = re.compile(r"(?:[、，,和及与跟\s]|以及)*")


def _listed_run(text: str, hits: list, n: int) -> list | None:
    """The last ``n`` of ``hits`` when they are one list (joined only by 、, 和, 及, 与 …; a
    body's mention may start after the place that opens its name: 、中国贵州茅台酒厂…)."""
    if len(hits) < n:
        return None
    run = hits[-n:]
    for a, b in zip(run, run[1:]):
        if a.end > b.start:
            return None
        glue = _LIST_GLUE.match(text, a.end, b.start)
        if glue.end() < b.start and not gz.is_place_name(text[glue.end():b.start]):
            return None
    return run


# what may stand between a place and a place inside it: 的 (果园镇的红花村), or the suffix of a
# county or city the finder read by its short name (宜昌县鄢家河村: 宜昌 then 县)
_JOINS_INNER = ("的", "县", "市", "区")


def _innermost(hits: list[RegionHit], text: str) -> list[RegionHit]:
    """四川广元市, 宁夏西吉县, 果园镇的红花村, 宜昌县鄢家河村: a place written right before a
    place inside it (or joined to it by 的, or by the suffix of a county named by its short name)
    only says where that one lies; the most specific place is the one the text is about."""
    out = []
    for i, h in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and (nxt.start == h.end or nxt.start == h.end + 1 and text[h.end] in _JOINS_INNER) \
                and _lies_in(nxt.key, h.key):
            continue
        out.append(h)
    return out


def _lies_in(key: str, outer: str) -> bool:
    """Whether the place ``key`` lies in ``outer``: a division's ancestors, or a township's
    villages (``<county>|<township><village>`` under ``<county>|<township>``)."""
    if "|" in outer:
        return key != outer and key.startswith(outer)
    return outer in gz.key_ancestors(key)


# a side story's setting: an example or a family's home brought in before the place, or one
# family or village of it after it (兰考县的一户农民), or an example by 以…为例; or a person's
# own story: a relative or someone named by an honorific in the place (张女士的女儿在海淀区…上学,
# 李先生在南宁开了一家餐馆)
# a paragraph longer than this is a web page run together (a printed paragraph is a few hundred
# characters); there a place speaks for the next _RUN_ON_REACH sentences, and the lead is the
# first _LEAD_SENTENCES sentences of the body
_RUN_ON = 800
_RUN_ON_REACH = 3
_LEAD_SENTENCES = 2
_KIN = "儿子|女儿|孩子|父亲|母亲|妻子|丈夫|爷爷|奶奶|孙子|孙女|先生|女士|大妈|大爷|阿姨"
_STORY_BEFORE = re.compile(r"(?:比如|例如|譬如|比方|好比|就像|家住|住在|来自|老家|家乡)(?:说)?(?:在|是)?\s*\Z"
                           rf"|(?:{_KIN})(?:在|住在|就读于)\s*\Z")
# (an incident told where it happened: 近期在广东东莞市，有一名乘客…; 湖南一名大学生)
_STORY_AFTER = re.compile(r"(为例)|(?:的|[,，]?有)一[个户家位名座]|一[位名](?=[\u4e00-\u9fff])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# the paper or channel someone gave an interview to (接受了日本经济新闻的采访, 在接受美国有线电视
# 新闻网专访时): the place in its name is where it is published, not what is said
_INTERVIEWED_BY = re.compile(r"接受(?:了)?([^,，。;；:：“”]{2,16}?)(?:记者)?的?(?:专访|采访)")
# a photo's caption, to the end of its sentence or line: 资料图：…, 图为…, (图片来源：…)
_CAPTION = re.compile(r"(?:资料图片?|图片来源|图为)[:：]?[^。\n]*")
# a meeting held in a city: 在北京举行的…全会, 于上海召开的, 在京开幕
_VENUE_VERB = re.compile(r"举行|召开|开幕|闭幕|举办|揭幕")
# a journey's start: 从北京出发, 由石家庄启程 (the place, then the verb, right after it)
_SET_OUT = re.compile(r"出发|启程|起程|动身")
# what a body does to a study or a project it runs, after 由 and its name (由…研究所负责的)
_RUNS_STUDY = re.compile(r"(?:负责|完成|承担|主持|牵头|组织|实施|开展|进行|承建|研制|研发|发起)")
# what ranks a subject against places (继日本、韩国之后, 仅次于美国, 超过德国): right before them
_RANKED_AFTER = re.compile(r"(?:继|仅次于|次于|超过|超越|赶超|落后于|领先于|紧随)$")
_RANKED_GLUE = ("、", "和", "及", "与")  # (a list of places ranked against)
_RANKED_CUES = re.compile(r"继|次于|超过|超越|赶超|落后于|领先于|紧随")
# where a person comes from, written before the person (新疆小伙儿热瓦甫来到石头城, 四川民工,
# 河南籍): the person's origin, not where the story goes on
_NATIVE = re.compile(r"籍?(?:小伙子?儿?|姑娘|老乡|民工|农民工|打工妹|打工仔|汉子|老汉|妹子)")
_NATIVE_CUES = re.compile(r"小伙|姑娘|老乡|民工|打工|汉子|老汉|妹子")
_SET_OUT_AFTER = re.compile(r"(?:" + _SET_OUT.pattern + ")")
_FROM = ("从", "由", "自")
# a numbered party congress or plenum (十五大, 党的十五大, 十五届三中全会, 第十五次全国代表大会)
_CONGRESS_NAME = re.compile(r"(?:^|党的?)[一二三四五六七八九十]{1,3}大$|届[一二三四五六七八九十]中全会$"
                            r"|次全国代表大会$")
# a sentence a court hands down: 判处, 宣判, 处以 (a term, a fine, a probation); not a civil
# judgment (判决某宾馆赔偿20136元: the sum the party pays)
_SENTENCED = re.compile(r"判处|宣判|处以|判刑")
# a body cited as the source of a sentence's figures: 据X…, X的最新报告显示, X调查数据显示
_CITED_BY = re.compile(r"(?:据|根据|援引)\s?\Z")
_CITES = re.compile(r"[^。！？!?；;\n]{0,24}?(?:报告|数据|统计|调查|研究)(?:显示|称|指出|表明|发现)")
# a sentence going on with a study cited before it: 调查发现, 研究显示, 该研究, 研究人员发现
_STUDY_POINTER = re.compile(r"\s*(?:(?:该|这项|这一|此项|这份|该项)(?:研究|调查|报告)"
                            r"|(?:调查|研究|报告|统计)(?:人员|者|团队)?(?:发现|显示|表明|指出|称))")
_CITE_REACH = 400  # (a sentence of semicolons runs a few hundred characters at most)
# a sentence that tells a part or an example of what came before (其中, 如, 比如): its place is
# the part's, not the subject the next sentence goes on about
_PART_OPENS = re.compile(r"\s*(?:其中|如|比如|例如|譬如|像|以)")
# a body pointed back to by the kind it is: 这所学校, 该校, 这家公司, 该厂 (-> how its name ends)
_SCHOOL_ENDS = ("学校", "中学", "小学", "大学", "学院", "校")
_POINTED_ENDINGS = {"职业学校": _SCHOOL_ENDS, "学校": _SCHOOL_ENDS, "校": _SCHOOL_ENDS,
                    "中学": ("中学",), "小学": ("小学",), "大学": ("大学",),
                    "医院": ("医院",), "公司": ("公司",), "厂": ("厂",),
                    "企业": ("公司", "厂", "集团"), "银行": ("银行",)}
_POINTER = re.compile(r"(?:该|这所|这家|这个)(" + "|".join(
    sorted(_POINTED_ENDINGS, key=len, reverse=True)) + ")")
# a post, a name of two or three characters at most, then a verb of saying: an official speaks
_OFFICIAL_SPEAKS = re.compile(r"(?:副)?(?:局长|部长|厅长|司长|处长|主任|院长|校长|董事长|总经理|主席|"
                              r"书记|负责人)[\u4e00-\u9fff]{0,3}?(?:在[^,，。]{0,20}?)?"
                              r"(?:说|表示|介绍|指出|透露|称|强调)")
# an event held at a place (在华沙举行, 在无锡开幕)
_HELD = re.compile(r"(?:隆重|正式|如期|顺利)?(?:举行|举办|召开|开幕|开赛|开营|开幕式)")
# what is held at a venue for its figures to be the venue's: a contest, a show, a fair (not a
# meeting: a country's party congress held in its capital is the country's)
_SHOW = re.compile(r"赛|运动会|展|演出|晚会|音乐会|会演|庙会|灯会|艺术节|文化节|电影节|博览会|交易会")
# 该州, 此县, and 州内/省内 opening a clause: the place of that level named last
_LEVEL_POINTER = re.compile(r"(?:该|此)([州省市县])(?![长委府政])|(?:(?<=[,，。;；:：\n])|^)([州省市县])内")
# a sentence that opens (after a short time phrase) on a place or a local unit the one before
# it named: 该市, 这个县, 该厂, 这家商店, 该岗位. Not 这些 (a list: its places are several),
# not 其中 (a part of a set, whose place is the set's), nor a thing that moves or acts on its own
# (该列车, 该组织, 这位): where the sentence before named it says nothing of where it works.
_REFERS_BACK = re.compile(r"\s*(?:[\u4e00-\u9fff0-9]{1,6}[,，])?(?:该|此|这个|这所|这家|这座)"
                          r"(?:市|县|区|省|州|镇|乡|村|厂|校|院|店|段|矿|场|公司|企业|商店|商场|"
                          r"医院|学校|单位|岗位|工程|项目)")
# where the stretch holding a count's examples opens: its clause (完成了湛江…浆厂等6个项目)
_EXAMPLE_OPENS = ",，;；:：。！？!?\n（("
_LEVEL_AFTER_SHORT = frozenset("省市县区州盟旗镇乡村")
# a name goes on after its place: a character or digit of it, not a mark or a particle
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
_VENUE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:" + _VENUE_VERB.pattern + ")")
# 在国家会展中心（: a hall after 在 or 于, its city to come in brackets
_HALL_BEFORE = re.compile(r"[在于][\u4e00-\u9fff]{2,12}[(（]\Z")


def _venue(text: str, h: RegionHit) -> bool:
    """Is the place where a meeting is held (在北京举行的, 于上海人民大会堂召开, 在国家会展中心
    （上海）开幕)? The venue only: 在北京举行 opens with 在 or 于 before the place, or before the
    hall whose city is written after it in brackets."""
    if text[h.start - 1:h.start] in ("在", "于"):
        return _VENUE_AFTER.match(text, h.end) is not None
    return text[h.start - 1:h.start] in "(（" and _HALL_BEFORE.search(text, max(0, h.start - 16), h.start) \
        is not None and _VENUE_AFTER.match(text, h.end + 1) is not None and text[h.end:h.end + 1] in ")）"


_STORY_ANY = re.compile(r"比如|例如|譬如|比方|好比|就像|家住|住在|来自|老家|家乡|为例|[的有]一[个户家位名座]|一[位名]"
                        rf"|(?:{_KIN})(?:在|住在|就读于)")
_WINDOW = 200  # how far back in its sentence a figure looks for a place of action or a subject
# what brings in the place where a thing is given or done
_TOWARDS = ("向", "给", "支援", "援助", "帮助", "帮扶", "资助", "捐助", "赴", "到", "在")
# how far after a figure the place it is spent in may be named (捐资八十万元人民币在湖南省宁乡县)
_SPENT_IN_REACH = 16
# what sends goods to a place: an export or a shipment is the sender's figure
_BOUGHT = ("进口", "引进", "购进", "采购", "购买", "订购", "进货", "调入", "调运", "组织")
# what joins the places of a list, and what may close it (日本、澳大利亚等国)
_LIST_JOINS = "、和及与"
_OF_THESE = re.compile(r"等(?:国家|地区|国|地|省|市)?")
_SENT_TO = ("出口到", "出口至", "出口", "销往", "远销", "运往", "输往", "发往", "卖到", "销售到", "运抵")
# what brings in a partner or a recipient
_PARTNER = ("与", "同", "和", "跟", "向", "给", "对")
# what brings in a body that receives, not one that acts
_RECEIVES = ("向", "给", "为", "对", "帮助", "资助", "援助", "捐助", "支援", "慰问", "帮扶", "捐赠", "送")
# what a side does to the other in a match: the margin or score that follows is the doer's
_OUTSCORED = ("领先", "落后", "击败", "战胜", "负于", "输给", "不敌", "打爆", "吊打", "力克", "险胜",
              "大胜", "完胜", "横扫")
# what brings in a body as where a figure was seen or who counted it
_SOURCE_OF = ("据", "在", "经", "由", "从", "来自")
# a body followed by a person it employs: 清华大学专家, 市医院医生
_PERSON_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:专家|教授|博士|院士|学者|医生|护士|老师|教师|学生|"
                           r"师生|职工|干部|员工|代表|负责人|人士)")
_LIST_JOINS = ("、", "和", "及", "与", "以及")
# documents a government issues each year, the state's when their title names no place
_NATIONAL_DOCUMENTS = ("统计公报", "政府工作报告", "白皮书", "统计年鉴")
# what may stand before the world at the head of its clause: a dateline or the agency cited
# with its reporter (本报讯, 据新华社马德里1月27日电(记者…)), a time (1997年全球…, 去年全球…); and
# how a clause with no subject of its own opens (…为6.2亿人，比上年减少3.8%; …，每30秒就有1人…)
_TIME_BEFORE_SUBJECT = re.compile(r"(?:本报[^,，。]{0,12}?[讯电]|据[^,，。]{0,16}?电|[(（][^)）]{0,16}[)）]|"
                                  r"\d{4}年(?:\d{1,2}月份?)?(?:底|末)?|今年|去年|前年|目前|当前|"
                                  r"截至[^,，。]{0,10}|近\d{1,2}年来?|\s)*")
_NO_SUBJECT = re.compile(r"比|同比|较|增长|增加|下降|减少|上升|占|约占|环比|其中|每|平均|相当于")
_WORLD_SUPERLATIVE = set("首第最唯")
# a count of places: 3个试点区县, 这五个城市, 两个县 (the count, then at most four characters of
# what they are, then the kind of place)
_PLACES_COUNT = re.compile(r"([0-9两三四五六七八九十]+)(?:个[\u4e00-\u9fff]{0,4}?(?:区县|县区|县市|市县|"
                           r"区、县|城市|地市|省份|省区|省市|区|县|市|省|地区)|(?:省区市|省市区|省市|省区|"
                           r"省份|地市|县市|城市))(?![长委政府级])")
_LIST_MAX = 40


class Link(NamedTuple):  # (one per figure: see Span)
    region: str | None
    organization: str | None
    program: str | None
    region_basis: str | None = None
    organization_basis: str | None = None
    regions: tuple[str, ...] = ()  # every place of a list the region is one of


_UNSET = object()  # a value not yet looked up


def _inside(spans: TextOrder, h: RegionHit) -> bool:
    """Does one of ``spans`` (names, datelines: none is longer than 40 characters) hold ``h``?"""
    return any(o.start <= h.start and h.end <= o.end
               for o in spans.starting_in(max(0, h.start - 40), h.start + 1))


@lru_cache(maxsize=256)
def _first_body_line_end(text: str, block: scopes.Block) -> int:
    """End of the block's first line that is not a sub-heading (its lead paragraph)."""
    pos = block.start
    while pos < block.end:
        nl = text.find("\n", pos, block.end)
        end = block.end if nl < 0 else nl
        if not scopes.is_heading(text[pos:end]):
            return end
        pos = end + 1
    return block.end


def region_value(key: str | None) -> str | None:
    """What goes in Figure.region: the code, or an area's key."""
    if key and key.startswith("|"):
        return None
    return key if key else None


__all__ = ["Linker", "sentence_of", "lead_of", "region_value", "gz"]
