"""Facts: the mentions of one reported quantity gathered into one row, and the values a
comparison implies. Pure functions over plain records (no database: ``consolidate.py`` reads
and writes the rows).

Why: ``figure_facts`` has one row per *mention*. A page states its national figure in the
headline, the lead and the body; two papers report the same statistic. Adding mentions up
counts a fact two or three times. A fact is what the mentions say once.

The merge is conservative, because a wrong merge hides a figure while a missed one only
repeats it:

- value, value_max, unit (after base units), qualifier and role agree exactly;
- period, region, organisation and programme do not contradict (one unknown and the other
  known is no contradiction, and the fact takes the known one);
- the metrics are compatible: the same words, or one contained in the other, or the same
  measure of the vocabulary (获补助金额 and 涉及补助金 are both mutual_aid_payout), for every
  pair of mentions of the fact (a metric of one character, 内 or 用, says nothing: unknown);
- the value is distinctive enough for the pair: "两个方面", "5个动作" or "增加7%" recur in
  a page as different things. A pair needs 2 significant digits (one less counted for a
  percentage, a fraction counts 1), one more for each mention without a metric, one less
  when one of them is in the headline or the later one follows 这/该/此 (这10种收费项目);
- no two mentions are in the same sentence: a sentence states a fact once, and the same
  number twice in it is a list (国家自然科学基金4项，博士后资助4项) or a breakdown; in one
  paragraph the later mention must point back (这10种收费项目): two models described one
  after the other (P10型长宽16厘米 ... L10型长宽16厘米) are two facts;
- across documents, each document's share of the fact must know its region and its period
  (with dates) and agree on them, both must name a metric and the value must have two
  significant digits: two pages that say "增长10%" for the country in 1997 rarely speak of
  the same thing.

Mentions are first gathered inside each document, then the documents' groups across
documents, so the outcome does not depend on the order the documents were loaded in.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from .records import Period

ATTRIBUTES = ("period", "region", "organization", "program")
PERCENT_UNITS = {"%"}


@dataclass(unsafe_hash=True)
class Mention:
    """One stored figure as the merge sees it. ``period`` is the period's identity
    (``period_identity``), ``period_id`` the row it came from; ``order`` sorts mentions by
    publication and position, so the first mention is the earliest.

    Treated as immutable (changed with ``dataclasses.replace``; hashed on its fields as a
    frozen one would be), but not declared frozen: a frozen dataclass sets each of its 20
    fields through ``object.__setattr__``, which made building the mentions of a refresh
    half again as slow."""

    figure_id: int
    document_id: int
    order: tuple
    value: float
    value_max: float | None
    unit: object
    qualifier: str
    role: str
    metric: str | None
    period: tuple | None = None
    period_id: int | None = None
    region: int | None = None
    organization: int | None = None
    program: int | None = None
    sentence: object = None  # mentions in one sentence are never one fact
    headline: bool = False   # in the article's headline lines
    anaphoric: bool = False  # right after 这/该/此/上述: it points back to a mention before it
    unit_name: str | None = None  # when ``unit`` is a row id
    paragraph: object = None  # mentions in one paragraph need a cue (这, a headline)
    measure: str | None = None  # the measure code its clause's words chose (etl/measures.py)

    @property
    def block(self) -> tuple:
        """Mentions can only be one fact inside one block: the quantity itself."""
        return block_of(self.unit, self.qualifier, self.role, self.value, self.value_max)


def block_of(unit, qualifier: str, role: str, value: float, value_max: float | None) -> tuple:
    return (unit, qualifier, role, float(value), None if value_max is None else float(value_max))


def period_identity(start: date | None, end: date | None, cumulative: bool,
                    label: str | None) -> tuple | None:
    """What makes two periods the same period: their dates when they have them (今年 and
    2024年 are one year), else the words (近年来); None when nothing is known."""
    if start is not None or end is not None:
        return ("dates", start, end, bool(cumulative))
    if label:
        return ("label", label)
    return None


def dated(period: tuple | None) -> bool:
    return period is not None and period[0] == "dates" and None not in period[1:3]


_NOT_WORDS = re.compile(r"[\s\u3000“”\"'《》()（）、，,。:：]")


@lru_cache(maxsize=65536)
def metric_words(metric: str | None) -> str | None:
    """The metric's words, or None when it is unknown, too short to tell anything apart, or
    holds a number (2分 before 13秒66: the figure was cut out of a larger one)."""
    if not metric:
        return None
    words = _NOT_WORDS.sub("", metric)
    if len(words) < 2 or any(c.isdigit() for c in words):
        return None
    return words


def metrics_compatible(a: str | None, b: str | None, measure_a: str | None = None,
                       measure_b: str | None = None) -> bool:
    """Same words, or one contained in the other (发放互助金 and 互助金), or the same measure
    (获补助金额 and 涉及补助金: both money paid out); an unknown metric contradicts nothing."""
    if measure_a is not None and measure_a == measure_b:
        return True
    a, b = metric_words(a), metric_words(b)
    if a is None or b is None:
        return True
    return a in b or b in a


@lru_cache(maxsize=65536)
def significant_digits(value: float) -> int:
    """3.71亿 -> 3, 12198 -> 5, 2000 -> 1; a simple fraction (1/3 stored as 0.3333) -> 1."""
    value = abs(value)  # -3.65亿 is as distinctive as 3.65亿
    if 0 < value < 1 and any(abs(value * d - round(value * d)) < 0.002 * d
                             for d in range(2, 13)):
        return 1
    return len(f"{abs(value):.6f}".replace(".", "").strip("0"))


def distinctiveness(m: Mention) -> int:
    """How unlikely the value is to recur by chance: its significant digits (of the low end
    of a range: 一两首 and 四五次 are as vague as 2), one less for a percentage (7%, 25% and
    45% are common)."""
    digits = significant_digits(m.value)
    return max(1, digits - 1) if (m.unit_name or m.unit) in PERCENT_UNITS else digits


@dataclass
class Group:
    """Mentions being gathered into one fact, with what they know together."""

    mentions: list[Mention] = field(default_factory=list)
    known: dict = field(default_factory=dict)   # attribute -> the known value
    metrics: list[tuple[str, str | None]] = field(default_factory=list)  # (metric, measure)

    def accepts(self, m: Mention) -> bool:
        if m.sentence is not None and any(x.sentence == m.sentence for x in self.mentions):
            return False
        if m.paragraph is not None and not m.anaphoric and any(
                x.paragraph == m.paragraph and not x.headline for x in self.mentions):
            return False
        for attr in ATTRIBUTES:
            mine, theirs = self.known.get(attr), getattr(m, attr)
            if mine is not None and theirs is not None and mine != theirs:
                return False
        digits = distinctiveness(m)
        unknown = metric_words(m.metric) is None
        for x in self.mentions:
            need = 2 + unknown + (metric_words(x.metric) is None)
            if x.headline or m.headline or m.anaphoric:
                need -= 1
            if digits < need:
                return False
        return all(metrics_compatible(x, m.metric, xm, m.measure) for x, xm in self.metrics)

    @classmethod
    def of(cls, m: Mention) -> Group:
        """The group of one mention, as ``Group()`` and ``add(m)`` make it, in one step (a
        refresh makes one per block, most with one mention)."""
        known = {}
        if m.period is not None:
            known["period"] = m.period
        if m.region is not None:
            known["region"] = m.region
        if m.organization is not None:
            known["organization"] = m.organization
        if m.program is not None:
            known["program"] = m.program
        return cls([m], known, [(m.metric, m.measure)] if metric_words(m.metric) else [])

    def add(self, m: Mention) -> None:
        # ATTRIBUTES written out: a loop of getattr per attribute was a third of the grouping
        # of a refresh, where most groups get one mention (``known`` holds no None)
        self.mentions.append(m)
        known = self.known
        if m.period is not None and "period" not in known:
            known["period"] = m.period
        if m.region is not None and "region" not in known:
            known["region"] = m.region
        if m.organization is not None and "organization" not in known:
            known["organization"] = m.organization
        if m.program is not None and "program" not in known:
            known["program"] = m.program
        if metric_words(m.metric):
            self.metrics.append((m.metric, m.measure))

    def joinable_across_documents(self) -> bool:
        return (self.known.get("region") is not None and dated(self.known.get("period"))
                and bool(self.metrics) and all(distinctiveness(m) >= 2 for m in self.mentions))

    def cross_key(self) -> tuple:
        return (self.known.get("region"), self.known.get("period"))

    def accepts_group(self, other: Group) -> bool:
        if not (self.joinable_across_documents() and other.joinable_across_documents()):
            return False
        if self.known["region"] != other.known["region"] \
                or self.known["period"] != other.known["period"]:
            return False
        for attr in ("organization", "program"):
            mine, theirs = self.known.get(attr), other.known.get(attr)
            if mine is not None and theirs is not None and mine != theirs:
                return False
        if {m.document_id for m in self.mentions} & {m.document_id for m in other.mentions}:
            return False  # a document's own groups stay apart: it told them apart
        return all(metrics_compatible(x, y, xm, ym)
                   for x, xm in self.metrics for y, ym in other.metrics)

    def absorb(self, other: Group) -> None:
        for m in other.mentions:
            self.add(m)
        self.mentions.sort(key=lambda m: m.order)


def gather(mentions: Iterable[Mention],
           local: dict[tuple, list[Group]] | None = None) -> list[list[Mention]]:
    """The facts the mentions make: lists of mentions, each in order, the lists ordered by
    their first mention. Deterministic for a given set of mentions, whatever their order.

    ``local`` (from ``local_groups``, made of some of these mentions and not used after) saves
    grouping again a block whose mentions are all in it: a refresh has grouped the new
    figures already to find what other documents they could join, and most blocks of a load
    hold new figures only."""
    blocks: dict[tuple, list[Mention]] = {}
    for m in mentions:
        blocks.setdefault(m.block, []).append(m)
    out: list[list[Mention]] = []
    for key, block in blocks.items():
        groups = (local or {}).get(key)
        if groups is None or sum(len(g.mentions) for g in groups) != len(block):
            groups = _local_groups(block)
        out += [g.mentions for g in _gather_block(groups)]
    out.sort(key=lambda ms: ms[0].order)
    return out


def gather_with(local: dict[tuple, list[Group]], others: Iterable[Mention]) -> list[list[Mention]]:
    """``gather`` of the mentions of ``local`` (from ``local_groups``, not used after) and of
    ``others``: only the blocks ``others`` share with ``local`` are grouped again. A refresh
    has grouped the new figures already, and most blocks of a load hold new figures only:
    this spares reading the block of each of them again (14,000 in a People's Daily load)."""
    extra: dict[tuple, list[Mention]] = {}
    for m in others:
        extra.setdefault(m.block, []).append(m)
    out: list[list[Mention]] = []
    for key, groups in local.items():
        more = extra.pop(key, None)
        if more is not None:
            groups = _local_groups([m for g in groups for m in g.mentions] + more)
        out += [g.mentions for g in _gather_block(groups)]
    for block in extra.values():
        out += [g.mentions for g in _gather_block(_local_groups(block))]
    out.sort(key=lambda ms: ms[0].order)
    return out


def local_groups(mentions: Iterable[Mention]) -> dict[tuple, list[Group]]:
    """Each block's groups made inside one document (``_local_groups``), by block."""
    blocks: dict[tuple, list[Mention]] = {}
    for m in mentions:
        blocks.setdefault(m.block, []).append(m)
    return {key: _local_groups(block) for key, block in blocks.items()}


def _local_groups(block: list[Mention]) -> list[Group]:
    """Each document's own groups of one block, ordered by their first mention."""
    if len(block) == 1:  # most blocks of a load: one mention, one group
        return [Group.of(block[0])]
    per_document: dict[int, list[Mention]] = {}
    for m in sorted(block, key=lambda m: m.order):
        per_document.setdefault(m.document_id, []).append(m)
    local: list[Group] = []
    for doc_mentions in per_document.values():
        groups: list[Group] = []
        for m in doc_mentions:
            target = next((g for g in groups if g.accepts(m)), None)
            if target is None:
                target = Group()
                groups.append(target)
            target.add(m)
        local += groups
    local.sort(key=lambda g: g.mentions[0].order)
    return local


def _gather_block(local: list[Group]) -> list[Group]:
    """One block's local groups (``_local_groups``) merged across documents; the groups
    merged into another are changed."""
    if len(local) == 1:  # most blocks: nothing to merge
        return local
    merged: list[Group] = []
    joinable: dict[tuple, list[Group]] = {}  # (region, period) -> groups that may take others
    for g in local:
        if not g.joinable_across_documents():
            merged.append(g)
            continue
        candidates = joinable.setdefault(g.cross_key(), [])
        target = next((t for t in candidates if t.accepts_group(g)), None)
        if target is None:
            merged.append(g)
            candidates.append(g)
        else:
            target.absorb(g)
    return merged


def cross_document_keys(mentions: Iterable[Mention] = (),
                        local: dict[tuple, list[Group]] | None = None) -> set[tuple]:
    """(block, region, period) of every group of these mentions (or of these ``local_groups``)
    that another document's group could join: the facts of other documents a refresh must
    look at again."""
    if local is None:
        local = local_groups(mentions)
    return {(block, *g.cross_key()) for block, groups in local.items()
            for g in groups if g.joinable_across_documents()}


class FactValues(NamedTuple):
    """The attributes of a fact, taken from its mentions: the known ones, and the most
    specific metric (the longest: compatible metrics are contained in one another).

    A named tuple, not a frozen dataclass: a refresh makes one per fact (14,000 for People's
    Daily 1998), and a frozen dataclass sets each of its ten fields through
    ``object.__setattr__``, five times the cost of a tuple."""

    value: float
    value_max: float | None
    unit: object
    qualifier: str
    role: str
    metric: str | None
    period_id: int | None
    region: int | None
    organization: int | None
    program: int | None


def fact_values(mentions: Sequence[Mention]) -> FactValues:
    first = mentions[0]
    if len(mentions) == 1:  # most facts: what the one mention says
        return FactValues(first.value, first.value_max, first.unit, first.qualifier, first.role,
                          first.metric or None, first.period_id, first.region, first.organization,
                          first.program)
    metrics = [m.metric for m in mentions if metric_words(m.metric)] \
        or [m.metric for m in mentions if m.metric]
    period_id = next((m.period_id for m in mentions if dated(m.period)), None) \
        or next((m.period_id for m in mentions if m.period_id is not None), None)
    return FactValues(
        value=first.value, value_max=first.value_max, unit=first.unit,
        qualifier=first.qualifier, role=first.role,
        metric=max(metrics, key=lambda s: (len(metric_words(s) or s), s)) if metrics else None,
        period_id=period_id,
        region=next((m.region for m in mentions if m.region is not None), None),
        organization=next((m.organization for m in mentions if m.organization is not None), None),
        program=next((m.program for m in mentions if m.program is not None), None))


# -- comparisons and the values they imply ---------------------------------------------------

RATE_UNITS = {"%", "百分点", "倍"}
_UP = "增长|增加|上升|提高|上涨|提升|多"
_DOWN = "下降|减少|降低|下跌|回落|少"
_AGAINST = r"(?P<against>上年|去年|上一年|前一年|(?P<year>(?:19|20)\d\d)年)"
# the words between a figure and its comparison: the counted noun (6.1万多宗案件，) and a comma,
# nothing after the comma (7.4万人，亏损额比上年下降14%: another subject), no number, and
# nothing that makes the comparison another subject's:
# 分别 (respectively: 354亿元、585亿元，分别增长4%和14.6%), 均/年均 (an average), 其中, 占
_GAP = r"(?:(?!分别|均|其中|占|而|但)[^。；;！!？?\n\d０-９·.，,、]){0,4}?[，,]?"
_CHANGE = re.compile(
    _GAP + r"(?:(?:较|比|与)" + _AGAINST + r"(?P<same>同期)?(?:相比|相较)?[，,]?|(?P<yoy>同比))"
    r"(?P<dir>" + _UP + "|" + _DOWN + r")了?(?P<approx>约|近|大约)?"
    r"(?P<rate>\d+(?:\.\d+)?)(?P<unit>%|％|个百分点|倍)(?![和、与及])")
_TIMES = re.compile(
    _GAP + r"(?:是|为|相当于)" + _AGAINST + r"(?P<same>同期)?的(?P<approx>约|近|大约)?"
    r"(?P<rate>\d+(?:\.\d+)?)倍")


@dataclass(frozen=True)
class Span:
    """A figure as the comparison finder sees it: where it is and what it says."""

    char_start: int
    char_end: int
    value: float
    unit: str
    qualifier: str = "exact"
    value_max: float | None = None


@dataclass(frozen=True)
class Comparison:
    """``base`` (an index into the spans) was stated with a change against another period:
    ``relation`` is 'up' or 'down' (by ``rate`` in ``rate_unit``, % or 百分点) or 'times'
    (``rate`` times the other). ``year`` is the other period's year when written, else the
    comparison is with the year before (``same_period``: 同期/同比, the same months).
    ``rate_index`` is the span of the rate when it is a figure of its own."""

    base: int
    relation: str
    rate: float
    rate_unit: str
    rate_qualifier: str = "exact"
    rate_index: int | None = None
    year: int | None = None
    same_period: bool = False
    end: int | None = None  # where the comparison's words end in the text


def find_comparisons(text: str, spans: Sequence[Span]) -> list[Comparison]:
    """Comparisons stated right after a figure, in its clause: ``5.5亿元，较上年增长10%``,
    ``12.5%，比上年下降0.3个百分点``, ``300万人，是2020年的2.5倍``, ``同比增长12%``."""
    starts = {s.char_start: i for i, s in enumerate(spans)}
    out = []
    for i, s in enumerate(spans):
        if s.unit in RATE_UNITS and s.unit != "%":
            continue
        for pattern, times in ((_CHANGE, False), (_TIMES, True)):
            hit = pattern.match(text, s.char_end)
            if hit:
                break
        else:
            continue
        unit = "倍" if times else {"％": "%", "个百分点": "百分点"}.get(hit["unit"], hit["unit"])
        if not _fits(s.unit, unit, times):
            continue
        rate_index = starts.get(hit.start("rate"))
        if hit["approx"] and rate_index is None:
            rate_index = starts.get(hit.start("approx"))
        qualifier = "approx" if hit["approx"] else "exact"
        if rate_index is not None:
            rate_span = spans[rate_index]
            if rate_span.value_max is not None:
                continue  # a range of rates: no single value follows
            qualifier = rate_span.qualifier if qualifier == "exact" else qualifier
        relation = "times" if times else ("up" if re.fullmatch(_UP, hit["dir"]) else "down")
        out.append(Comparison(
            base=i, relation=relation, rate=float(hit["rate"]), rate_unit=unit,
            rate_qualifier=qualifier, rate_index=rate_index,
            year=int(hit["year"]) if hit["year"] else None,
            same_period=bool(hit["same"] or (not times and hit["yoy"])), end=hit.end()))
    return out


def _fits(base_unit: str, rate_unit: str, times: bool) -> bool:
    """Percentage points change a percentage, a percent changes an amount: 增长10% of a
    rate of 5% is ambiguous (5.5% or 15%?), and is left alone."""
    if times:
        return base_unit not in RATE_UNITS
    if rate_unit == "百分点":
        return base_unit == "%"
    if rate_unit == "%":
        return base_unit not in RATE_UNITS
    return False  # 增长2倍: read both as 'twice' and as 'three times', so not derived


def compared_period(period: Period | None, c: Comparison) -> Period | None:
    """The period the comparison is made against, from the figure's own period: the year
    before, or the year written; the same months when the figure's period is part of a
    year. None when the figure's period has no dates."""
    if period is None or period.end is None:
        return None
    if period.start is None:  # 截至2024年底: a stock, or a total to a date: the same date then
        if c.year is not None:
            return None  # a total to a date against a year is no like for like
        year = period.end.year - 1
        if year >= period.end.year:
            return None
        e = _shift(period.end, year)
        return Period(label=f"截至{year}年{_md(e)}", start=None, end=e,
                      granularity=period.granularity, cumulative=period.cumulative)
    if period.cumulative:
        return None
    start, end = period.start, period.end
    if start.year != end.year:
        return None
    year = c.year if c.year is not None else start.year - 1
    if year >= start.year:
        return None
    if period.granularity == "year" or (start == date(start.year, 1, 1)
                                        and end == date(start.year, 12, 31)):
        return Period(label=f"{year}年", start=date(year, 1, 1), end=date(year, 12, 31),
                      granularity="year")
    s, e = _shift(start, year), _shift(end, year)
    return Period(label=f"{year}年{_md(s)}至{_md(e)}", start=s, end=e,
                  granularity=period.granularity)


def _shift(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


@dataclass(frozen=True)
class Derivation:
    """A value a comparison implies: ``value`` (and ``value_max`` for a range) in the base
    figure's unit, with the qualifier carried over, and the formula in words."""

    value: float
    value_max: float | None
    qualifier: str
    formula: str


_CENT = Decimal("0.01")


def derive(value: float, value_max: float | None, qualifier: str, surface: str,
           c: Comparison) -> Derivation | None:
    """The other period's value, to the cent: 5.5亿元 增长10% -> 500000000.00. A rate that is
    approximate makes the value approximate; a bound (增长10%以上) or a bound on an
    approximate value says too little, and nothing is derived.

    A negative base (净利润-3.65亿元，比上年下降10%) gives nothing against a percent or a
    multiple: whether a loss that 下降 grew or shrank, and of what, reports do not agree on.
    Percentage points are a difference and need no such reading: 增长-2.5%，比上年下降0.3个百分点
    gives -2.2%. A negative value is derived only from a negative base: from 1.5% 提高3个百分点
    the -1.5% would make a share (占比) negative."""
    signed = value < 0 or (value_max is not None and value_max < 0)
    if signed and c.rate_unit != "百分点":
        return None
    if c.rate_qualifier == "exact":
        result_qualifier = qualifier
    elif c.rate_qualifier == "approx" and qualifier in ("exact", "approx"):
        result_qualifier = "approx"
    else:
        return None
    rate = Decimal(repr(c.rate))
    hundred = Decimal(100)
    if c.relation == "times":
        if rate <= 0:
            return None
        op, formula = (lambda v: v / rate), f"{surface} ÷ {c.rate:g}"
    elif c.rate_unit == "百分点":
        sign = -1 if c.relation == "up" else 1
        op = (lambda v: v + sign * rate)
        formula = f"{surface} {'−' if sign < 0 else '+'} {c.rate:g}个百分点"
    else:
        factor = (hundred + rate) / hundred if c.relation == "up" else (hundred - rate) / hundred
        if factor <= 0:
            return None
        op = (lambda v: v / factor)
        formula = f"{surface} ÷ (1 {'+' if c.relation == 'up' else '−'} {c.rate:g}%)"
    low = op(Decimal(repr(value)))
    high = op(Decimal(repr(value_max))) if value_max is not None else None
    if not signed and (low < 0 or (high is not None and high < 0)):
        return None
    return Derivation(value=float(low.quantize(_CENT, ROUND_HALF_UP)),
                      value_max=None if high is None else float(high.quantize(_CENT, ROUND_HALF_UP)),
                      qualifier=result_qualifier, formula=formula)
