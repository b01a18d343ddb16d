"""Stage 3, segment a normalized page into articles.

A newspaper page holds several articles, and OCR gives them back as one stream of paragraphs.
What marks an article is not its position but its parts: a headline (a short line without
sentence punctuation, or a Markdown ``#`` line), a byline (``□记者…``, ``本报记者 …``), a
dateline opening the body (``本报讯``, ``新华社北京1月19日电``), a continuation marker
(``(上接第1版)``), and jump lines closing it (``(下转第3版)``).

Two layouts occur and both are handled:

* headline first (most pages): a run of headlines belongs to the article it precedes when a
  byline or dateline follows; between two body paragraphs it is a subheading of the running
  article, unless that article was closed by a jump line or the run holds a headline of the
  page's headline level (Markdown pages).
* headline after the body (some OCR exports print each article's title below it, sometimes
  several titles grouped after the wrong story): the page is recognised by its headlines
  sharing more words with the text before them than with the text after. There each headline is
  given to the nearby article whose body shares the most distinctive characters with it, and a
  body paragraph after a headline continues the previous article only if it shares its wording.

Word overlap is measured on character bigrams weighted by their rarity on the page, so that
``工会`` or ``职工`` (everywhere) count little and ``跃升行动`` (in one story) counts a lot.
No dictionary and no segmenter are needed.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from math import log
from operator import add

from .normalize import BYLINE, HAN, JUMP_LINE, LEAD, PHOTO_NOTE, is_caption_end
from .records import Article

_MD = re.compile(r"^(#{1,6})\s*")
_PROSE = re.compile(r"[。!?]|.{40}")
_SIGNOFF = re.compile(rf"^\((?:[{HAN}]{{2,4}}|[A-Za-z][A-Za-z .]{{1,20}})\)$")  # (余恒) (Emily)
_DATE_LINE = re.compile(r"^\(?\d{4}年\d{1,2}月\d{1,2}日\)?$")
_NAME_LINE = re.compile(rf"^[{HAN}]{{2,4}}(?: [{HAN}]{{2,4}})*$")
_SENTENCE = re.compile(r"[。;]|[!?](?=.)")
# (记者 张三): what the first bracket holds, when a role word is in it. The role word is looked
# for ahead, so that the bracket is read once: a lazy run before it and a greedy one after it
# read the rest of the line again from each role word (one line of 记者 repeated: quadratic)
_LEAD_BYLINE = re.compile(r"^\((?=[^()]*?(?:记者|通讯员|实习生))([^()]*)\)")
_NON_WORD = re.compile(rf"[^{HAN}0-9A-Za-z]+")
_JUMP_TEXT = re.compile(r"^\((.*)\)$")

_SHORT_HEADING = 50      # a headline without a byline after it is at most this long
_LONG_HEADING = 100      # ... and at most this long when a byline or dateline follows
_KICKER_SHARE = 0.6      # a headline much shorter than the longest in its run is a kicker
_NEIGHBOURS = 3          # a headline printed after its story is looked for this far back


@dataclass
class _Unit:
    text: str
    kind: str  # heading, byline, lead, caption, date, jump_out, jump_in, body
    level: int = 0  # Markdown level of a heading (0: not Markdown)
    alone: bool = False  # a paragraph of its own (blank lines around it)
    opens: bool = False  # the first line of its paragraph (a blank line or the page's start before it)


@dataclass
class _Story:
    headings: list[_Unit] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    jumps: list[str] = field(default_factory=list)
    dateline: str | None = None
    lead_byline: str | None = None  # the (记者…) of a dateline: already in the body text
    has_start: bool = False
    n_body: int = 0
    n_prose: int = 0  # body paragraphs that are prose, not a caption or a label
    closed: bool = False

    def add(self, u: _Unit) -> None:
        if u.kind == "jump_out":
            self.jumps.append(_JUMP_TEXT.sub(r"\1", u.text))
            self.closed = True
        elif u.kind == "jump_in":
            self.jumps.append(_JUMP_TEXT.sub(r"\1", u.text))
            self.has_start = True
        elif u.kind == "byline" and not self.n_body:
            self.bylines.append(u.text)
            self.has_start = True
        else:
            if u.kind == "lead":
                self.has_start = True
                m = LEAD.match(u.text)
                self.dateline = self.dateline or m.group(0).strip()
                b = _LEAD_BYLINE.match(u.text[m.end():].lstrip())
                if b and not self.lead_byline:
                    self.lead_byline = b.group(1)
            elif u.kind == "date" and not self.n_body:
                self.dateline = self.dateline or u.text.strip("()")
            self.lines.append(_MD.sub("", u.text))
            self.n_body += u.kind != "heading"
            self.n_prose += u.kind in ("body", "lead") and bool(_PROSE.search(u.text))

    def text(self) -> str:
        return "\n".join(self.lines)


def split_articles(page: str) -> list[Article]:
    lines = page.split("\n")
    markdown = any(line.startswith("#") and _MD.match(line) for line in lines)
    units = _classify(lines, markdown)
    if not units:
        return []
    items = _runs(units)
    weights = _Weights(page) if not markdown else None
    if weights is not None and _headlines_follow_bodies(items, weights):
        stories = _assemble_titles_after(items, weights)
    else:
        stories = _assemble_titles_first(items, markdown)
    articles = [a for a in (_article(s, markdown) for s in _attach_signoffs(stories)) if a is not None]
    return [Article(seq=i, text=a.text, title=a.title, subtitle=a.subtitle, byline=a.byline,
                    dateline=a.dateline, body_start=a.body_start, jumps=a.jumps)
            for i, a in enumerate(articles, 1)]


# -- units ---------------------------------------------------------------------------------------

def _classify(lines: list[str], markdown: bool) -> list[_Unit]:
    """Label each non-empty line; headlines need to know what follows them."""
    units: list[_Unit] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        md = _MD.match(line) if line.startswith("#") else None
        if md:
            units.append(_Unit(line, "heading", len(md.group(1))))
        elif JUMP_LINE.match(line):
            units.append(_Unit(line, "jump_in" if "接" in line[:3] else "jump_out"))
        elif is_caption_end(line) or _SIGNOFF.match(line):
            units.append(_Unit(line, "caption"))
        elif BYLINE.match(line):
            units.append(_Unit(line, "byline"))
        elif LEAD.match(line):
            units.append(_Unit(line, "lead"))
        elif _DATE_LINE.match(line):
            units.append(_Unit(line, "heading" if not markdown else "date"))
        else:
            opens = i == 0 or not lines[i - 1]
            alone = opens and (i + 1 >= len(lines) or not lines[i + 1])
            kind = "heading" if not markdown and alone and _headline_shape(line) else "body"
            units.append(_Unit(line, kind, alone=alone, opens=opens))
    # Longer headlines are only believed when a byline or dateline follows them; a headline
    # with its dateline on the very next line (a paper's article file: 标题 / 本报北京1月4日讯…)
    # opens its paragraph too.
    for i, u in enumerate(units):
        if u.kind == "body" and not markdown and _headline_shape(u.text, _LONG_HEADING):
            nxt = units[i + 1].kind if i + 1 < len(units) else None
            if nxt in ("byline", "lead", "jump_in") and (u.alone or u.opens):
                u.kind = "heading"
    return units


def _headline_shape(line: str, limit: int = _SHORT_HEADING) -> bool:
    if ")" in line[-2:]:  # (the note closes the line with its bracket: most lines have none)
        line = PHOTO_NOTE.sub("", line)  # 周日,让我们志愿服务去!(附图片1张): the headline ends at its !
    if len(line) > limit or _SENTENCE.search(line) or line.endswith((":", ",", "、")):
        return False
    if line.endswith(("!", "?")) and len(line) > 20:
        return False
    return not line.startswith("图为")


def _runs(units: list[_Unit]) -> list[_Unit | list[_Unit]]:
    """Units with each maximal run of headings grouped into a list."""
    items: list[_Unit | list[_Unit]] = []
    for u in units:
        if u.kind == "heading":
            if items and isinstance(items[-1], list):
                items[-1].append(u)
            else:
                items.append([u])
        else:
            items.append(u)
    return items


def _is_start(u: _Unit) -> bool:
    return u.kind in ("byline", "lead", "jump_in")


# -- word overlap --------------------------------------------------------------------------------

class _Weights:
    """Bigram weights: inverse document frequency over the paragraphs of the page, so that a
    story's own vocabulary weighs more than words every story uses. Counted on first use: most
    pages have no headline run between two texts to vote on, and counting every bigram of the
    page cost more than the rest of the stage."""

    def __init__(self, page: str):
        self.page = page
        self.df: Counter[str] | None = None
        self.n = 0
        self._stripped: dict[str, str] = {}

    def _count(self) -> Counter[str]:
        paragraphs = [_NON_WORD.sub("", p) for p in self.page.split("\n") if p]
        self.df = Counter()
        for t in paragraphs:
            self.df.update(set(map(add, t[:-1], t[1:])))
        self.n = len(paragraphs) + 1
        return self.df

    def bigrams(self, text: str, limit: int = 200) -> dict[str, float]:
        t = _NON_WORD.sub("", text)[:limit]
        df = self.df if self.df is not None else self._count()
        n = self.n
        return {b: log(n / (df.get(b, 0) + 0.5)) for b in set(map(add, t[:-1], t[1:]))}

    def overlap(self, text: str, other: str, limit: int = 200) -> float:
        grams = self.bigrams(text, limit)
        total = sum(grams.values())
        if not total:
            return 0.0
        other = self.stripped(other)
        return sum(w for b, w in grams.items() if b in other) / total

    def stripped(self, text: str) -> str:
        got = self._stripped.get(text)
        if got is None:
            got = self._stripped[text] = _NON_WORD.sub("", text)
        return got


def _headlines_follow_bodies(items: list, weights: _Weights) -> bool:
    """Vote: do headline runs belong to the text before them rather than the text after?"""
    after = before = 0.0
    for i, item in enumerate(items):
        if not isinstance(item, list):
            continue
        prev = _text_between(items, i, -1)
        nxt = _text_between(items, i, +1)
        # A page opening or ending with headlines is weak evidence: pages also end with
        # sign-offs and promotion lines.
        if not prev:
            before += 0.5
            continue
        if not nxt:
            after += 0.5
            continue
        if i + 1 < len(items) and not (isinstance(items[i + 1], _Unit) and _is_start(items[i + 1])):
            continue
        heads = " ".join(u.text for u in item)
        p, n = weights.overlap(heads, prev), weights.overlap(heads, nxt)
        if p > n:
            after += 1
        elif n > p:
            before += 1
    return after > before


def _text_between(items: list, i: int, step: int) -> str:
    """Non-heading text from item i (exclusive) to the next headline run in direction step."""
    out = []
    j = i + step
    while 0 <= j < len(items) and not isinstance(items[j], list):
        if items[j].kind not in ("jump_out", "jump_in"):
            out.append(items[j].text)
        j += step
    return "\n".join(out if step > 0 else out[::-1])


# -- headline first ------------------------------------------------------------------------------

def _assemble_titles_first(items: list, markdown: bool) -> list[_Story]:
    title_level = _title_level(items) if markdown else 0
    stories: list[_Story] = []
    cur: _Story | None = None
    pending: list[_Unit] | None = None
    for item in items:
        if isinstance(item, list):
            pending = item
            continue
        u = item
        if pending is not None:
            new = (cur is None or cur.closed or _is_start(u)
                   or (markdown and min(h.level for h in pending) <= title_level))
            if new:
                cur = _Story(headings=pending)
                stories.append(cur)
            else:
                for h in pending:
                    cur.add(h)
            pending = None
        elif cur is None or _opens_new(cur, u, titles_first=True):
            cur = _Story()
            stories.append(cur)
        cur.add(u)
    if pending is not None:
        stories.append(_Story(headings=pending))
    return stories


def _opens_new(cur: _Story, u: _Unit, titles_first: bool) -> bool:
    """Does a byline, dateline or continuation marker (not preceded by a headline) open a story?
    With headlines first, a dateline met in a story that has none yet is that story's own lead,
    displaced by the layout; a byline after body text always opens a story."""
    if u.kind == "jump_in":
        return bool(cur.n_body or cur.closed)
    if u.kind == "byline":
        return cur.closed or cur.n_prose > 0
    if u.kind == "lead":
        return cur.closed or (cur.n_prose > 0 and (cur.has_start or not titles_first))
    return cur.closed and u.kind != "caption"


def _title_level(items: list) -> int:
    """The Markdown level of article headlines: the deepest level that still opens a story (a
    run followed by a byline or dateline); deeper ones are subheadings."""
    levels = [min(h.level for h in item) for i, item in enumerate(items)
              if isinstance(item, list) and i + 1 < len(items)
              and isinstance(items[i + 1], _Unit) and _is_start(items[i + 1])]
    return max(levels) if levels else 1


# -- headline after the body ---------------------------------------------------------------------

def _assemble_titles_after(items: list, weights: _Weights) -> list[_Story]:
    stories: list[_Story] = []
    cur: _Story | None = None
    for i, item in enumerate(items):
        if isinstance(item, list):
            continue
        u = item
        run = items[i - 1] if i and isinstance(items[i - 1], list) else None
        if run is not None:
            ahead = _text_between(items, i - 1, +1)
            texts = [s.text() for s in stories[-_NEIGHBOURS:]]
            forward = []
            for h in run:
                owner = _owner(h.text, texts, ahead, weights)
                if owner is None:
                    forward.append(h)
                else:
                    stories[len(stories) - len(texts) + owner].headings.append(h)
            if cur is None or _is_start(u) or cur.closed or not forward:
                # A new story: either its headlines come first after all, or every headline of
                # the run went back to the stories above, closing them.
                cur = _Story(headings=forward)
                stories.append(cur)
            else:
                for h in forward:
                    cur.add(h)  # subheadings of the running story, where they were printed
        elif cur is None or _opens_new(cur, u, titles_first=False):
            cur = _Story()
            stories.append(cur)
        cur.add(u)
    if items and isinstance(items[-1], list):
        texts = [s.text() for s in stories[-_NEIGHBOURS:]]
        orphans = []
        for h in items[-1]:
            owner = _owner(h.text, texts, "", weights)
            if owner is None and texts:
                owner = len(texts) - 1
            if owner is None:
                orphans.append(h)
            else:
                stories[len(stories) - len(texts) + owner].headings.append(h)
        if orphans:
            stories.append(_Story(headings=orphans))
    return _join_fragments(stories, weights)


def _join_fragments(stories: list[_Story], weights: _Weights) -> list[_Story]:
    """A body with neither headline nor byline, followed by a headline whose story has no byline
    either and shares its wording, is that story's text printed before its headline (a feature
    whose title, deck and photos come after the jump line)."""
    out: list[_Story] = []
    for s in reversed(stories):
        nxt = out[-1] if out else None
        if (nxt is not None and not s.headings and not s.has_start and s.lines
                and nxt.headings and not nxt.has_start
                and weights.overlap(" ".join(h.text for h in nxt.headings), s.text()) > 0):
            nxt.lines[:0] = s.lines
            nxt.jumps[:0] = s.jumps
        else:
            out.append(s)
    return out[::-1]


def _owner(heading: str, texts: list[str], ahead: str, weights: _Weights) -> int | None:
    """Index into texts of the story a headline printed below a body belongs to: the one sharing
    most of its distinctive wording, the nearest on a tie. None when the text that follows the
    headline shares more (or nothing shares anything): then it heads what follows."""
    scores = [weights.overlap(heading, t) for t in texts]
    best = max(scores, default=0.0)
    if best == 0.0 or weights.overlap(heading, ahead) >= best:
        return None
    return max(i for i, v in enumerate(scores) if v == best)


def _attach_signoffs(stories: list[_Story]) -> list[_Story]:
    """A byline with nothing after it signs the story above (新华社记者张薇 周欣 at the end)."""
    out: list[_Story] = []
    for s in stories:
        if out and s.bylines and not s.headings and not s.lines and not s.jumps:
            out[-1].lines.extend(s.bylines)
        else:
            out.append(s)
    return out


# -- the record ----------------------------------------------------------------------------------

# a dispatch's dateline at its end, in brackets (…。(本报华盛顿1月10日电), (新华社北京1月6日电))
CLOSING_DATELINE = re.compile(r"[(（]((?:本报|新华社|中新社)[^()（）\n]{0,16}?\d{1,2}月\d{1,2}日电)[)）]\s*$")


@dataclass
class _Built:
    text: str
    title: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    body_start: int
    jumps: tuple[str, ...]


def _article(s: _Story, markdown: bool) -> _Built | None:
    heads = [h for h in s.headings]
    bylines = list(s.bylines)
    dateline = s.dateline
    # A bare name or a date at the end of a headline run is the author or the date of a speech.
    while len(heads) > 1 and (_NAME_LINE.match(heads[-1].text) or _DATE_LINE.match(heads[-1].text)):
        h = heads.pop()
        if _DATE_LINE.match(h.text):
            dateline = dateline or h.text.strip("()")
        bylines.insert(0, h.text)
    title_i = _pick_title(heads, markdown)
    head_lines = [_MD.sub("", h.text) for h in heads]
    ordered = ([head_lines[title_i]] + head_lines[:title_i] + head_lines[title_i + 1:]) if heads else []
    others = ordered[1:]
    front = ordered + bylines
    body = s.lines
    if not front and not body:
        return None
    text = "\n".join(front + body)
    body_start = len("\n".join(front)) + 1 if front and body else (len(text) if not body else 0)
    if dateline is None and body and (closing := CLOSING_DATELINE.search(body[-1])) is not None:
        dateline = closing.group(1)  # (…离开了会场。(本报华盛顿1月10日电): a correspondent's
        # dispatch signs off with its dateline instead of opening on it)
    return _Built(
        text=text,
        title=ordered[0] if ordered else None,
        subtitle=" ".join(others) or None,
        byline=" ".join(b for b in bylines if not _DATE_LINE.match(b)) or s.lead_byline,
        dateline=dateline,
        body_start=body_start,
        jumps=tuple(s.jumps),
    )


def _pick_title(heads: list[_Unit], markdown: bool) -> int:
    if not heads:
        return 0
    if markdown and any(h.level for h in heads):
        top = min(h.level for h in heads if h.level)
        return next(i for i, h in enumerate(heads) if h.level == top)
    longest = max(len(h.text) for h in heads)
    return next(i for i, h in enumerate(heads) if len(h.text) >= _KICKER_SHARE * longest)
