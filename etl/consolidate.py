"""Stage 6, facts: keep ``facts`` and ``figures.fact_id`` in step with the stored figures.

Facts span documents, so they cannot be written with a document. They are refreshed inside
the transaction that stores (or replaces, or prunes) documents, for what those documents can
touch: a document's own groups depend on that document alone, and across documents only
groups of the same block (value, value_max, unit, qualifier, role) and the same known region
and period can merge, so the refresh re-reads the new figures, the facts that lost mentions,
and the facts of the (block, region, period) classes either could join, and gives what a
recompute of everything would. Done in the same transaction, every commit leaves every
figure with its fact and every reported fact with a mention, however the load ends (a
SIGKILL rolls back the figures and their facts together).

Derived facts hang off their base fact: the derived facts whose base or rate fact is
refreshed are computed again from the articles' text.

A change to the merge or the derivations bumps ``FACTS_VERSION``: the next load recomputes
every fact from the stored figures, without extracting the pages again.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from ..models import schema as m
from . import facts as fx
from .load import Catalog, insert_returning_ids, insert_tuples, next_id, period_key
from .records import Period

FACTS_VERSION = "4"
VERSION_KEY = "facts_version"
CHUNK = 500
_POINTING_BACK = set("这该此述")  # 这10种, 该3个, 上述5项
_NEWLINE = re.compile("\n")
# words that must be in a figure's evidence for it to be read for a comparison
_COMPARISON_HINTS = ("较", "比", "倍")
# the same as one character class: one search in C per figure of a refresh instead of three
# ``in`` tests driven by a generator
_COMPARISON_HINT = re.compile(f"[{''.join(_COMPARISON_HINTS)}]")


@dataclass(unsafe_hash=True)
class Row:
    """A stored figure with what the merge and the derivations need (immutable by use, not
    declared frozen, as ``facts.Mention``)."""

    mention: fx.Mention
    fact_id: int | None
    article_id: int
    char_end: int
    surface: str
    evidence: str
    period: Period | None
    # a correction made by hand (models/corrections.py): (region_id, organization name, period
    # label, start, end, cumulative, measure, not_a_figure), None when the figure has none
    correction: tuple | None = None


_F, _A, _D, _P, _C = m.Figure, m.Article, m.Document, m.ReportingPeriod, m.Correction
_ROWS = (select(_F.id, _A.document_id, _D.published_on, _D.name, _A.seq, _F.char_start,
                _F.char_end, _F.value, _F.value_max, _F.unit_id, _F.qualifier, _F.role,
                _F.metric, _F.period_id, _P.label, _P.start_date, _P.end_date,
                _P.granularity, _P.cumulative, _F.region_id, _F.organization_id,
                _F.program_id, _F.fact_id, _F.article_id, _F.surface, _F.evidence,
                _A.body_start, m.Unit.name, _F.measure, _C.id, _C.region_id, _C.organization,
                _C.period_label, _C.period_start, _C.period_end, _C.cumulative, _C.measure,
                _C.not_a_figure)
         .join(_A, _A.id == _F.article_id).join(m.Unit, m.Unit.id == _F.unit_id).join(_D, _D.id == _A.document_id)
         .outerjoin(_P, _P.id == _F.period_id).outerjoin(_C, _C.figure_id == _F.id))


def _row(r) -> Row:
    (fid, doc_id, published, name, seq, start, end, value, value_max, unit, qualifier, role,
     metric, period_id, label, p_start, p_end, granularity, cumulative, region, org,
     program, fact_id, article_id, surface, evidence, body_start, unit_name, measure,
     correction_id, *correction) = r
    period = None if period_id is None else Period(label, _date(p_start), _date(p_end),
                                                   granularity, bool(cumulative))
    mention = fx.Mention(
        figure_id=fid, document_id=doc_id,
        order=(published is None, _date(published) or date.min, name, doc_id, seq, start),
        value=value, value_max=value_max, unit=unit, qualifier=qualifier, role=role,
        metric=metric,
        period=None if period is None else fx.period_identity(period.start, period.end,
                                                              period.cumulative, period.label),
        period_id=period_id, region=region, organization=org, program=program,
        sentence=(article_id, evidence), headline=start < (body_start or 0),
        unit_name=unit_name, measure=measure)
    return Row(mention, fact_id, article_id, end, surface, evidence, period,
               None if correction_id is None else tuple(correction))


_CORRECTION_OF = select(_C.figure_id, _C.region_id, _C.organization, _C.period_label,
                        _C.period_start, _C.period_end, _C.cumulative, _C.measure,
                        _C.not_a_figure)


def _new_rows(conn: Connection, stored) -> list[Row]:
    """The rows of the figures ``load.save_new_documents`` just stored (a ``load.Stored``),
    as ``_rows_where`` would read them back: the values as inserted, a date for a date, a
    float for a float, and the corrections that name them (none, unless one was left
    pointing at a reused id)."""
    if not stored.figures:
        return []
    corrections = {fid: tuple(c) for fid, *c in conn.execute(
        _CORRECTION_OF.where(_C.figure_id >= stored.figures[0][0][0]))}
    out = []
    # a period as stored and its identity, by the period as extracted: most figures of a
    # group share a few hundred periods, and each was built again per figure
    periods: dict[Period, tuple[Period, tuple | None]] = {}
    last_published, published_date = object(), None
    for row, doc_id, name, published, seq, body_start, p, unit_name in stored.figures:
        # the row's first 16 columns, and its measure (a starred target built a list)
        (fid, article_id, start, end, surface, value, value_max, unit, qualifier, role, metric,
         period_id, region, org, program, evidence) = row[:16]
        measure = row[-2]
        if published is not last_published:  # the same value for all of a document's figures
            last_published, published_date = published, _stored_date(published)
        published = published_date
        if p is None:
            period = identity = None
        elif p in periods:
            period, identity = periods[p]
        else:
            period = Period(p.label, _stored_date(p.start), _stored_date(p.end), p.granularity,
                            bool(p.cumulative))
            identity = fx.period_identity(period.start, period.end, period.cumulative,
                                          period.label)
            periods[p] = period, identity
        mention = fx.Mention(
            figure_id=fid, document_id=doc_id,
            order=(published is None, published or date.min, name, doc_id, seq, start),
            value=float(value), value_max=None if value_max is None else float(value_max),
            unit=unit, qualifier=qualifier, role=role, metric=metric,
            period=identity, period_id=period_id, region=region, organization=org,
            program=program, sentence=(article_id, evidence),
            headline=start < (body_start or 0), unit_name=unit_name, measure=measure)
        out.append(Row(mention, None, article_id, end, surface, evidence, period,
                       corrections.get(fid)))
    return out


def _stored_date(value) -> date | None:
    """A date as a Date column gives it back (a datetime loses its time)."""
    if isinstance(value, datetime):
        return value.date()
    return _date(value)


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[list]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _rows_where(conn: Connection, column, ids: Iterable[int]) -> list[Row]:
    out = []
    for chunk in _chunks(sorted(set(ids))):
        out += [_row(r) for r in conn.execute(_ROWS.where(column.in_(chunk)))]
    return out


# -- which facts a change touches ------------------------------------------------------------

def facts_of_documents(conn: Connection, document_ids: Iterable[int]) -> set[int]:
    """The facts the figures of these documents belong to (before the documents change)."""
    out: set[int] = set()
    for chunk in _chunks(sorted(set(document_ids))):
        out |= set(conn.execute(
            select(_F.fact_id).join(_A, _A.id == _F.article_id)
            .where(_A.document_id.in_(chunk), _F.fact_id.is_not(None)).distinct()).scalars())
    return out


def facts_of_paths(conn: Connection, paths: Iterable[str]) -> set[int]:
    ids: list[int] = []
    for chunk in _chunks(sorted(set(paths))):
        ids += conn.execute(select(_D.id).where(_D.path.in_(chunk))).scalars().all()
    return facts_of_documents(conn, ids) if ids else set()


# -- the refresh -----------------------------------------------------------------------------

def refresh(conn: Connection, cat, documents: Iterable[int] = (), dirty: Iterable[int] = (),
            everything: bool = False, stored=None) -> None:
    """Bring the facts in step after ``documents`` were stored (their figures have no fact
    yet) and the facts in ``dirty`` lost mentions (their documents were replaced or
    removed). ``cat`` (a load.Catalog) gives the ids of derived facts' periods. In the
    caller's transaction.

    Only the facts a change can touch are read again: the dirty ones, and those another
    document's group could join (same block, region and period: ``facts.cross_document_keys``);
    a document's own groups depend on that document alone. Grouping those facts' mentions
    with the new ones gives what grouping everything would (tests/test_facts.py, and People's
    Daily 1998 in docs/facts.md).

    ``stored`` (a ``load.Stored``) holds the figures of new documents as they were just
    inserted: those documents are not read back. Their ids are above those of any document
    read, so the rows come in the order a read of all of them would give."""
    if stored is not None:
        documents = set(documents) - stored.documents
    fresh = {r.mention.figure_id: r for r in (
        [_row(r) for r in conn.execute(_ROWS)] if everything
        else _rows_where(conn, _A.document_id, documents))}
    if stored is not None:
        fresh.update((r.mention.figure_id, r) for r in _new_rows(conn, stored))
    _read_context(conn, fresh, stored.texts if stored is not None else {})
    dirty = set(dirty)
    dropped = _apply_corrections(cat, fresh)
    local = fx.local_groups(r.mention for r in fresh.values())
    classes = fx.cross_document_keys(local=local)
    classes |= {key for key in _classes_of(conn, dirty) if key[1] is not None and fx.dated(key[2])}
    old = _reported_facts_in(conn, classes) | dirty
    loaded = {r.mention.figure_id: r for r in _rows_where(conn, _F.fact_id, old)}
    _read_context(conn, loaded)
    dropped |= _apply_corrections(cat, loaded)
    _leave_out(conn, dropped)
    rows = {**loaded, **fresh}
    stale_derived, extra_bases = _derived_touching(conn, old)
    if stale_derived:
        for chunk in _chunks(sorted(stale_derived)):
            conn.execute(delete(m.FactSource).where(m.FactSource.fact_id.in_(chunk)))
            conn.execute(delete(m.Fact).where(m.Fact.id.in_(chunk)))
    groups = fx.gather_with(local, (r.mention for fid, r in loaded.items() if fid not in fresh))
    ids = _write_reported(conn, groups, rows, old, stored)
    bases = dict(zip(ids, groups))
    extra = sorted(set(extra_bases) - set(ids) - old)
    if extra:
        extra_rows = [r for r in _rows_where(conn, _F.fact_id, extra)
                      if r.correction is None]  # a corrected figure's fact is refreshed
        rows.update({r.mention.figure_id: r for r in extra_rows})
        by_fact: dict[int, list[fx.Mention]] = {}
        for r in sorted(extra_rows, key=lambda r: r.mention.order):
            by_fact.setdefault(r.fact_id, []).append(r.mention)
        bases.update(by_fact)
    _write_derived(conn, cat, bases, rows, stored)


def _apply_corrections(cat, rows: dict[int, Row]) -> set[int]:
    """Put the corrections made by hand in place of what the extractor said, so that a fact
    takes the corrected region, organisation, period and measure (and may merge or split
    accordingly); returns the figures a correction calls no figure at all, which leave
    ``rows`` and have no fact."""
    dropped: set[int] = set()
    for fid, r in list(rows.items()):
        if r.correction is None:
            continue
        region, org, label, start, end, cumulative, measure, not_a_figure = r.correction
        if not_a_figure:
            dropped.add(fid)
            del rows[fid]
            continue
        mn, period = r.mention, r.period
        changes: dict = {}
        if region is not None:
            changes["region"] = region
        if org:
            changes["organization"] = cat.organization(org)
        if start is not None or end is not None or label:
            start, end = _date(start), _date(end)
            cum = bool(cumulative) if cumulative is not None else bool(period and period.cumulative)
            period = Period(label, start, end, _granularity(start, end), cum)
            changes["period"] = fx.period_identity(start, end, cum, label)
            changes["period_id"] = cat.period_ids([period])[0]
        elif cumulative is not None and period is not None:
            period = dataclasses.replace(period, cumulative=bool(cumulative))
            changes["period"] = fx.period_identity(period.start, period.end, period.cumulative,
                                                   period.label)
            changes["period_id"] = cat.period_ids([period])[0]
        if measure is not None:
            changes["measure"] = measure
        rows[fid] = dataclasses.replace(r, mention=dataclasses.replace(mn, **changes),
                                        period=period)
    return dropped


def _granularity(start: date | None, end: date | None) -> str:
    """What a corrected period spans, from its dates (a correction gives 2024 or 2024-Q2 as
    dates only)."""
    if start is None or end is None:
        return "unknown"
    if start == end:
        return "day"
    nxt = end + timedelta(days=1)
    months = (nxt.year - start.year) * 12 + nxt.month - start.month
    if start.day != 1 or nxt.day != 1:
        return "range"
    return {12: "year" if start.month == 1 else "range", 6: "half_year", 3: "quarter",
            1: "month"}.get(months, "range")


def _leave_out(conn: Connection, figures: set[int]) -> None:
    """Figures corrected as no figure: no fact (before the facts they left are deleted)."""
    for chunk in _chunks(sorted(figures)):
        conn.execute(update(_F).where(_F.id.in_(chunk), _F.fact_id.is_not(None))
                     .values(fact_id=None))


def refresh_figures(conn: Connection, figures: Iterable[int], cat=None) -> None:
    """The facts of the documents holding ``figures`` again: after a correction of one of them
    was made, changed, imported, applied again after a load, or deleted. In the caller's
    transaction, as the correction is."""
    docs: set[int] = set()
    for chunk in _chunks(sorted(set(figures))):
        docs |= set(conn.execute(select(_A.document_id).join(_F, _F.article_id == _A.id)
                                 .where(_F.id.in_(chunk))).scalars())
    if docs:
        refresh(conn, cat or Catalog(conn), documents=docs,
                dirty=facts_of_documents(conn, docs))


_FACT_COLUMNS = (m.Fact.id, m.Fact.unit_id, m.Fact.qualifier, m.Fact.role, m.Fact.value,
                 m.Fact.value_max, m.Fact.region_id, _P.start_date, _P.end_date, _P.cumulative,
                 _P.label)


def _class_of(r) -> tuple[int, tuple]:
    fid, unit, qualifier, role, value, value_max, region, start, end, cumulative, label = r
    return fid, (fx.block_of(unit, qualifier, role, value, value_max), region,
                 fx.period_identity(_date(start), _date(end), bool(cumulative), label))


def _classes_of(conn: Connection, facts: set[int]) -> set[tuple]:
    out: set[tuple] = set()
    for chunk in _chunks(sorted(facts)):
        out |= {_class_of(r)[1] for r in conn.execute(
            select(*_FACT_COLUMNS).outerjoin(_P, _P.id == m.Fact.period_id)
            .where(m.Fact.id.in_(chunk)))}
    return out


def _read_context(conn: Connection, rows: dict[int, Row], known: dict[int, str] | None = None,
                  ) -> None:
    """The paragraph of each mention, and whether it points back (这10种), for the mentions
    that share a document and a block with another: the only ones these can concern, so only
    their articles' text is read (a page of a million characters with one figure of each
    value costs nothing here), unless ``known`` (article id -> text) has it."""
    keys = {fid: (r.mention.document_id, r.mention.block) for fid, r in rows.items()}
    seen = Counter(keys.values())
    wanted = [fid for fid, key in keys.items() if seen[key] > 1]
    if not wanted:
        return
    known = known or {}
    texts: dict[int, str] = {}
    breaks: dict[int, list[int]] = {}
    articles = {rows[fid].article_id for fid in wanted}
    for article_id in articles & known.keys():
        texts[article_id] = text = known[article_id]
        breaks[article_id] = [b.start() for b in _NEWLINE.finditer(text)]
    for chunk in _chunks(sorted(articles - known.keys())):
        for article_id, text in conn.execute(select(m.Article.id, m.Article.text)
                                             .where(m.Article.id.in_(chunk))):
            texts[article_id] = text
            breaks[article_id] = [b.start() for b in _NEWLINE.finditer(text)]
    # Set in place rather than through dataclasses.replace (two objects per mention, a fifth
    # of this function): the rows and mentions here were made by this refresh (``_row``,
    # ``_new_rows``) and are in no set or dict key yet.
    for fid in wanted:
        r = rows[fid]
        mn = r.mention
        start = mn.order[-1]
        text = texts[r.article_id]
        mn.paragraph = (r.article_id, bisect.bisect_right(breaks[r.article_id], start))
        mn.anaphoric = start > 0 and text[start - 1] in _POINTING_BACK


def rebuild(conn: Connection, cat) -> None:
    """Every fact again, from the stored figures."""
    conn.execute(update(m.Figure).where(m.Figure.fact_id.is_not(None)).values(fact_id=None))
    conn.execute(delete(m.FactSource))
    conn.execute(delete(m.Fact))
    refresh(conn, cat, everything=True)


def ensure_current(conn: Connection, make_catalog) -> bool:
    """Recompute every fact when they were made by another version of the merge (or never:
    a database upgraded to the facts revision). Returns whether it did."""
    version = conn.execute(select(m.Setting.value).where(m.Setting.key == VERSION_KEY)).scalar()
    if version == FACTS_VERSION:
        return False
    empty = conn.execute(select(m.Figure.id).limit(1)).first() is None
    if not empty:
        rebuild(conn, make_catalog())
    if version is None:
        conn.execute(insert(m.Setting).values(key=VERSION_KEY, value=FACTS_VERSION))
    else:
        conn.execute(update(m.Setting).where(m.Setting.key == VERSION_KEY)
                     .values(value=FACTS_VERSION))
    return not empty


def _reported_facts_in(conn: Connection, classes: set[tuple]) -> set[int]:
    """Reported facts of these (block, region, period) classes."""
    values = sorted({c[0][3] for c in classes})
    regions = sorted({c[1] for c in classes})
    out: set[int] = set()
    for chunk in _chunks(values):
        for r in conn.execute(select(*_FACT_COLUMNS).join(_P, _P.id == m.Fact.period_id)
                              .where(m.Fact.value.in_(chunk), m.Fact.kind == "reported",
                                     m.Fact.region_id.in_(regions))):
            fid, key = _class_of(r)
            if key in classes:
                out.add(fid)
    return out


def _derived_touching(conn: Connection, facts: set[int]) -> tuple[set[int], set[int]]:
    """Derived facts computed from any of ``facts``, and the base facts of those."""
    derived: set[int] = set()
    for chunk in _chunks(sorted(facts)):
        derived |= set(conn.execute(select(m.FactSource.fact_id)
                                    .where(m.FactSource.source_fact_id.in_(chunk))).scalars())
    bases: set[int] = set()
    for chunk in _chunks(sorted(derived)):
        bases |= set(conn.execute(select(m.FactSource.source_fact_id).where(
            m.FactSource.fact_id.in_(chunk), m.FactSource.role == "base")).scalars())
    return derived, bases


_UPDATE_FACT = update(m.Fact).where(m.Fact.id == bindparam("fid"))
# A fresh group sets the fact of every figure it stored and adds a fact for most of them:
# these go to the driver as plain tuples (load.insert_tuples), which spares SQLAlchemy's
# per-row parameter handling (0.2 s of CPU for the first 1,000 pages of People's Daily
# 1998); none of these columns needs a type conversion.
_SET_FACT_SQL = "UPDATE figures SET fact_id = ? WHERE id = ?"
_FACT_COLUMNS_IN = ("id", "kind", "value", "value_max", "unit_id", "qualifier", "role", "metric",
                    "period_id", "region_id", "organization_id", "program_id", "formula")


def _raw_sql(conn: Connection, sql: str) -> str:
    """``sql`` written with ``?`` marks, in the driver's own parameter style."""
    return sql if conn.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


def _insert_facts(conn: Connection, facts: list[fx.FactValues]) -> list[int]:
    """Insert reported facts; returns their ids, in order. On SQLite the ids are given as
    ``load.insert_returning_ids`` gives them (the largest id plus one onwards), and the rows
    go to the driver as tuples made straight from the values (the columns of
    ``_FACT_COLUMNS_IN``, as ``_fact_row`` names them); elsewhere that function inserts the
    rows of ``_fact_row``."""
    if conn.dialect.name != "sqlite":
        return insert_returning_ids(conn, m.Fact, [_fact_row(v) for v in facts])
    first = next_id(conn, m.Fact)
    ids = list(range(first, first + len(facts)))
    # a FactValues is a tuple of the columns between "kind" and "formula", in their order
    insert_tuples(conn, m.Fact, _FACT_COLUMNS_IN,
                  [(i, "reported", *v, None) for i, v in zip(ids, facts)])
    return ids


def _fact_row(v: fx.FactValues) -> dict:
    return {"kind": "reported", "value": v.value, "value_max": v.value_max, "unit_id": v.unit,
            "qualifier": v.qualifier, "role": v.role, "metric": v.metric,
            "period_id": v.period_id, "region_id": v.region,
            "organization_id": v.organization, "program_id": v.program, "formula": None}


def _stored_rows(conn: Connection, facts: set[int]) -> dict[int, dict]:
    columns = list(_fact_row(fx.FactValues(0, None, 0, "", "", None, None, None, None, None)))
    out = {}
    for chunk in _chunks(sorted(facts)):
        for fid, *values in conn.execute(select(m.Fact.id, *(getattr(m.Fact, c) for c in columns))
                                         .where(m.Fact.id.in_(chunk))):
            out[fid] = dict(zip(columns, values))
    return out


def _write_reported(conn: Connection, groups: list[list[fx.Mention]], rows: dict[int, Row],
                    old: set[int], stored=None) -> list[int]:
    """Store the groups as facts; returns their ids, in order. A group keeps the id of the
    old fact most of its mentions had, so a fact whose mentions did not change keeps its id
    across re-imports of other pages. The figures of ``stored`` (a ``load.Stored``, not
    inserted yet) are inserted with their facts."""
    taken: set[int] = set()
    ids: list[int | None] = []
    for group in groups:
        had = [rows[mn.figure_id].fact_id for mn in group]
        if not any(had):
            ids.append(None)  # new figures only (most groups of a load): nothing to vote on
            continue
        votes = Counter(had)
        choice = next((fid for fid, _ in votes.most_common()
                       if fid is not None and fid in old and fid not in taken), None)
        if choice is not None:
            taken.add(choice)
        ids.append(choice)
    values = [fx.fact_values(g) for g in groups]
    before = _stored_rows(conn, taken)
    kept = [{"fid": fid, **{f"new_{k}": x for k, x in _fact_row(v).items()}}
            for fid, v in zip(ids, values) if fid is not None and before.get(fid) != _fact_row(v)]
    if kept:
        conn.execute(_UPDATE_FACT.values({k: bindparam(f"new_{k}") for k in _fact_row(values[0])}),
                     kept)
    new = [i for i, fid in enumerate(ids) if fid is None]
    if new:
        for i, fid in zip(new, _insert_facts(conn, [values[i] for i in new])):
            ids[i] = fid
    # the stored figures are the ids from the first of them on: no other figure is above
    pending = stored.figures[0][0][0] if stored is not None and stored.figures else None
    moves: list[tuple[int, int]] = []
    fact_of: dict[int, int] = {}
    for fid, group in zip(ids, groups):
        for mn in group:
            if pending is not None and mn.figure_id >= pending:
                fact_of[mn.figure_id] = fid
            elif rows[mn.figure_id].fact_id != fid:
                moves.append((fid, mn.figure_id))
    if stored is not None:
        stored.insert_figures(conn, fact_of)
    if moves:
        conn.exec_driver_sql(_raw_sql(conn, _SET_FACT_SQL), moves)
    gone = sorted(old - taken)
    for chunk in _chunks(gone):
        conn.execute(delete(m.FactSource).where(m.FactSource.source_fact_id.in_(chunk)))
        conn.execute(delete(m.Fact).where(m.Fact.id.in_(chunk)))
    return ids  # type: ignore[return-value]


def _write_derived(conn: Connection, cat, bases: dict[int, list[fx.Mention]],
                   rows: dict[int, Row], stored=None) -> None:
    """Derived facts of the base facts: each comparison stated with one of their mentions
    gives the compared period's value; the same value, period and formula from several
    mentions is one derived fact. ``stored`` (a ``load.Stored``, its figures inserted) holds
    the text and figures of the new articles."""
    candidates = {mn.figure_id: fid for fid, group in bases.items() for mn in group
                  if _COMPARISON_HINT.search(rows[mn.figure_id].evidence)}
    if not candidates:
        return
    articles = {rows[f].article_id for f in candidates}
    texts: dict[int, str] = {}
    spans: dict[int, list[tuple]] = {}
    if stored is not None and stored.texts:
        # the new articles' text and figures as they were just stored, rather than read back
        # (the figures of 450 articles per group of a People's Daily load)
        new = articles & stored.texts.keys()
        for kept in stored.figures:
            row = kept[0]  # (id, char_start, char_end, value, unit, qualifier, max, fact):
            if row[1] in new:
                spans.setdefault(row[1], []).append((
                    row[0], row[2], row[3], float(row[5]), kept[-1], row[8],
                    None if row[6] is None else float(row[6]), stored.facts.get(row[0])))
        for article_id in new:
            texts[article_id] = stored.texts[article_id]
            spans.get(article_id, []).sort(key=lambda f: f[1])  # as ORDER BY char_start
        articles_to_read = articles - new
    else:
        articles_to_read = articles
    for chunk in _chunks(sorted(articles_to_read)):
        texts.update(conn.execute(select(m.Article.id, m.Article.text)
                                  .where(m.Article.id.in_(chunk))).all())
        for r in conn.execute(
                select(_F.article_id, _F.id, _F.char_start, _F.char_end, _F.value, m.Unit.name,
                       _F.qualifier, _F.value_max, _F.fact_id)
                .join(m.Unit, m.Unit.id == _F.unit_id).where(_F.article_id.in_(chunk))
                .order_by(_F.article_id, _F.char_start)):
            spans.setdefault(r[0], []).append(r[1:])
    derived: dict[tuple, tuple[dict, set[int]]] = {}
    for article_id in sorted(articles):
        figs = spans.get(article_id, [])
        found = fx.find_comparisons(texts[article_id], [
            fx.Span(s, e, v, u, q, vm) for _, s, e, v, u, q, vm, _ in figs])
        for c in found:
            figure_id = figs[c.base][0]
            base_fact = candidates.get(figure_id)
            if base_fact is None:
                continue
            row = rows[figure_id]
            values = fx.fact_values(bases[base_fact])
            period = _period_of(bases[base_fact], rows, values.period_id)
            if period is not None and period.label and period.label in \
                    _clause_after(texts[article_id], row.char_end):
                continue  # the figure's period was read from a comparison (比1996年全年增长)
            other = fx.compared_period(period, c)
            d = fx.derive(values.value, values.value_max, values.qualifier, row.surface, c) \
                if other is not None else None
            if d is None:
                continue
            key = (base_fact, d.value, d.value_max, d.qualifier, period_key(other), d.formula)
            rate_fact = figs[c.rate_index][7] if c.rate_index is not None else None
            fact = {"kind": "derived", "value": d.value, "value_max": d.value_max,
                    "unit_id": values.unit, "qualifier": d.qualifier, "role": values.role,
                    "metric": values.metric, "period": other,
                    "region_id": values.region, "organization_id": values.organization,
                    "program_id": values.program, "formula": d.formula}
            entry = derived.setdefault(key, (fact, set()))
            if rate_fact is not None and rate_fact != base_fact:
                entry[1].add(rate_fact)
    if not derived:
        return
    keys = sorted(derived, key=lambda k: (k[0], k[1], k[4], k[5]))
    facts = [dict(derived[k][0]) for k in keys]
    for fact, period_id in zip(facts, cat.period_ids([f.pop("period") for f in facts])):
        fact["period_id"] = period_id
    new_ids = insert_returning_ids(conn, m.Fact, facts)
    sources = []
    for key, fid in zip(keys, new_ids):
        sources.append((fid, key[0], "base"))
        sources += [(fid, r, "rate") for r in sorted(derived[key][1])]
    # as tuples, so that a group's new rows can be held back with its facts (load.Deferred)
    insert_tuples(conn, m.FactSource, ("fact_id", "source_fact_id", "role"), sources)


_CLAUSE_END = re.compile(r"[。；;！!？?\n]")


def _clause_after(text: str, start: int) -> str:
    end = _CLAUSE_END.search(text, start)
    return text[start:end.start() if end else len(text)]


def _period_of(group: list[fx.Mention], rows: dict[int, Row], period_id: int | None):
    if period_id is None:
        return None
    return next((rows[mn.figure_id].period for mn in group if mn.period_id == period_id), None)
