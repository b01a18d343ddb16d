"""What a figure measures, in a small fixed vocabulary people can group by.

A figure's ``metric`` is the article's own words (互助金, 补助金, 报销互助金, 赔付金额 ...), so a
``GROUP BY metric`` scatters one quantity over many labels and lumps money collected with money
paid. The vocabulary in ``data/measures.tsv`` names each quantity once (``mutual_aid_payout``)
with its dimension and kind, and the words that signal it; ``assign_measure`` picks the measure
from the words of the figure's own clause, and says which words decided (``measure_basis``), so
a reader can check a choice and a wrong one can be traced to a signal word.

Only the figure's own clause is read: the words between the nearest clause break, or the
nearest other figure, on either side. A sentence such as 筹集互助金4975万元,补助12198人次 holds
two measures, one per clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .records import Figure
from .units import dimension_of

DIMENSIONS = ("money", "people", "person_times", "count", "ratio", "duration", "area")
KINDS = ("stock", "flow", "rate", "parameter")

# a unit's dimension (records.DIMENSIONS) -> a measure's dimension
_FROM_UNIT = {"currency": "money", "person": "people", "person_time": "person_times",
              "count": "count", "ratio": "ratio", "multiple": "ratio", "duration": "duration",
              "area": "area"}
_BREAK = re.compile(r"[,,、;;::。!!??()()\n]")
_UP_TO_LAST_BREAK = re.compile(r"(?s).*[,,、;;::。!!??()()\n]")
_LEFT_REACH, _RIGHT_REACH = 30, 20


@dataclass(frozen=True)
class Measure:
    code: str
    label: str
    dimension: str
    kind: str
    signals: tuple[tuple[str, ...], ...]  # alternatives, each a tuple of words all required
    description: str

    @property
    def signal_text(self) -> str:
        return "|".join("+".join(words) for words in self.signals)


def parse_vocabulary(text: str) -> tuple[Measure, ...]:
    """Measures from the TSV text (comment lines start with '#', the first other line is the
    header). Raises ValueError on a malformed line, naming it."""
    out: list[Measure] = []
    header_seen = False
    codes: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            raise ValueError(f"measures line {n}: {len(cols)} columns, expected 6")
        code, label, dimension, kind, signals, description = (c.strip() for c in cols)
        if dimension not in DIMENSIONS or kind not in KINDS or code in codes:
            raise ValueError(f"measures line {n}: bad dimension, kind or repeated code {code!r}")
        codes.add(code)
        alts = tuple(tuple(w for w in alt.split("+") if w) for alt in signals.split("|"))
        out.append(Measure(code, label, dimension, kind, tuple(a for a in alts if a), description))
    return tuple(out)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[Measure, ...]:
    text = resources.files(__package__).joinpath("data/measures.tsv").read_text(encoding="utf-8")
    return parse_vocabulary(text)


@dataclass(frozen=True)
class _Pool:
    """The signals of the measures of one dimension and role, indexed by their first
    character: a figure's clause is read once, and only the alternatives whose words all
    stand in it are weighed."""

    by_first: dict[str, tuple[str, ...]]  # first character -> the signal words it starts
    alternatives: dict[str, tuple[tuple[int, str, tuple[str, ...]], ...]]  # word -> alts using it
    starts: re.Pattern  # any first character of a signal word

    def words_in(self, clause: str) -> set[str]:
        """Every signal word standing in ``clause``, overlapping ones included: only the
        positions of a signal word's first character (found in C) are tried."""
        found: set[str] = set()
        by_first = self.by_first
        for m in self.starts.finditer(clause):
            i = m.start()
            for w in by_first[m.group()]:
                if clause.startswith(w, i):
                    found.add(w)
        return found


def _pool(measures: tuple[Measure, ...], dimension: str, parameter: bool) -> _Pool:
    by_word: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    order = 0
    for m in measures:
        if m.dimension != dimension or (m.kind == "parameter") != parameter:
            continue
        for words in m.signals:
            for w in set(words):
                by_word.setdefault(w, []).append((order, m.code, words))
            order += 1
    by_first: dict[str, list[str]] = {}
    for w in by_word:
        by_first.setdefault(w[0], []).append(w)
    starts = re.compile("[" + "".join(map(re.escape, by_first)) + "]" if by_first else "(?!)")
    return _Pool({c: tuple(ws) for c, ws in by_first.items()},
                 {w: tuple(v) for w, v in by_word.items()}, starts)


@lru_cache(maxsize=64)
def _default_pool(dimension: str, parameter: bool) -> _Pool:
    return _pool(vocabulary(), dimension, parameter)


_REACHED = "到至"  # 提高到26%: the level reached, not the change


def _distance(word: str, left: str, right: str) -> int | None:
    """How far ``word`` stands from the figure: characters between them, or None if absent.
    A word of change followed by 到/至 does not count: the figure is a level, the one reached
    (提高到26%) or the one it started from (由15%提高到22%)."""
    i = left.rfind(word)
    if i >= 0 and word in _CHANGES and left[i + len(word):i + len(word) + 1] in _REACHED_SET:
        i = -1
    best = len(left) - i - len(word) if i >= 0 else None
    j = right.find(word)
    if j >= 0 and word in _CHANGES and right[j + len(word):j + len(word) + 1] in _REACHED_SET:
        j = -1  # 由15%提高到22%: 15% is the level it started from
    if j >= 0 and (best is None or j < best):
        best = j
    return best


_REACHED_SET = frozenset(_REACHED)


def assign_measure(left: str, right: str, unit_dimension: str, role: str,
                   measures: tuple[Measure, ...] | None = None) -> tuple[str | None, str | None]:
    """(measure code, basis) for a figure whose clause reads ``left`` + figure + ``right``.

    ``unit_dimension`` is the dimension of the figure's unit (``units.dimension_of``); only
    measures of that dimension are tried, and only parameter measures for a figure whose role
    is ``parameter`` (a rule of a programme), only the others for an outcome. The basis is the
    deciding signal's words joined by '+'; (None, None) when no signal stands in the clause.
    """
    dimension = _FROM_UNIT.get(unit_dimension)
    if dimension is None:
        return None, None
    parameter = role == "parameter"
    pool = _default_pool(dimension, parameter) if measures is None else \
        _pool(measures, dimension, parameter)
    distance = {w: _distance(w, left, right) for w in pool.words_in(left + "\x00" + right)}
    best: tuple[int, int, int] | None = None
    chosen: tuple[str | None, str | None] = (None, None)
    seen: set[int] = set()
    for w, d in distance.items():
        if d is None:
            continue
        for order, code, words in pool.alternatives[w]:
            if order in seen:
                continue
            seen.add(order)
            far = 0
            for x in words:
                dx = distance.get(x)
                if dx is None:
                    break
                far = max(far, dx)
            else:
                size = sum(map(len, words))
                key = (far - size, -size, order)
                if best is None or key < best:
                    best, chosen = key, (code, "+".join(words))
    return chosen


def clause_around(text: str, start: int, end: int,
                  others: list[tuple[int, int]]) -> tuple[str, str]:
    """The words of ``text`` left and right of the span [start, end) up to a clause break or
    the nearest of the ``others`` spans (other figures), at most a few dozen characters."""
    lo = max(0, start - _LEFT_REACH)
    hi = min(len(text), end + _RIGHT_REACH)
    for s, e in others:
        if e <= start:
            lo = max(lo, e)
        elif s >= end:
            hi = min(hi, s)
    left = text[lo:start]
    m = _UP_TO_LAST_BREAK.match(left)
    if m is not None:
        left = left[m.end():]
    right = text[end:hi]
    m = _BREAK.search(right)
    if m is not None:
        right = right[:m.start()]
    return left, right


_CHANGES = frozenset(("增长", "增加", "提高", "上升", "上涨", "下降", "减少", "降低", "下跌",
                      "回落", "增幅", "降幅", "涨幅", "增速"))
# measure words that count places (14个省 is 14 省): no measure counts them
_PLACE_UNITS = frozenset(("省", "市", "县", "村", "镇", "省市"))
_NUMERAL = re.compile(r"[0-9.〇零一二三四五六七八九十百千万亿两几数多余]+")
# up to the end of the last numeral (of its last character), without listing the numerals
_UP_TO_LAST_NUMERAL = re.compile(r"(?s).*[0-9.〇零一二三四五六七八九十百千万亿两几数多余]")
_COUNTED = ("count", "person", "person_time")
_SUBJECT_SLACK = 4  # characters left of a counted figure's label still read (为, 共为, 累计为)


def add_measures(article_text: str, figures: list[Figure]) -> None:
    """Set ``measure`` and ``measure_basis`` on each figure of one article (in place).

    The words of the surface itself count: 最高 of 最高15万元 stands to its left, 床位 of
    1500张床位 to its right. When the figure's metric is the object after it (2165个入会单位),
    that object says what is counted, and the words before the number (often the subject's
    doings: 医疗机构实现104项检验结果互认) are not read; when it is the noun right before the
    number, only a few characters left of it are."""
    spans = sorted((f.char_start, f.char_end) for f in figures)
    where = {span: i for i, span in enumerate(spans)}
    for f in figures:
        dimension = dimension_of(f.unit)
        if dimension not in _FROM_UNIT or f.unit in _PLACE_UNITS or \
                not _default_pool(_FROM_UNIT[dimension], f.role == "parameter").by_first:
            f.measure = f.measure_basis = None  # no measure is of an age, a weight, 14个省
            continue
        i = where[(f.char_start, f.char_end)]
        neighbours = spans[max(0, i - 1):i] + spans[i + 1:i + 2]
        left, right = clause_around(article_text, f.char_start, f.char_end, neighbours)
        first = _NUMERAL.search(f.surface)
        if first:
            left += f.surface[:first.start()]
            right = f.surface[_UP_TO_LAST_NUMERAL.match(f.surface).end():] + right
        if dimension in _COUNTED and f.metric:
            if 0 <= right.find(f.metric[:2]) <= 4:
                left = ""
            elif left.endswith(f.metric):
                # the label right before the number names what is counted: words further
                # left belong to the subject (公司已建立扶贫基金组织37个)
                left = left[-(len(f.metric) + _SUBJECT_SLACK):]
        f.measure, f.measure_basis = assign_measure(left, right, dimension, f.role)
