"""Stage 5, load: write DocumentResults into the database.

Writes go through SQLAlchemy Core with executemany batches (one INSERT per table for a whole
group of new documents, see ``save_new_documents``) because the ORM's unit of work costs more
than the extraction on large corpora. Shared rows (units, periods, regions, organizations,
programs) are resolved through a ``Catalog`` that remembers ids across documents and forgets
what a rolled-back transaction added.
"""
from __future__ import annotations

import functools
import itertools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import Connection, delete, func, insert, select, update

from ..models import schema as m
from .entities import gazetteer
from .measures import vocabulary
from .records import DocumentResult, Period
from .units import dimension_of, same_as

GAZETTEER_KEY = "gazetteer_vintage"


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@functools.lru_cache(maxsize=65536)
def period_key(p: Period) -> str:
    """The period's row key. Remembered by the (frozen) period: a load asks it four times per
    figure (Catalog.prepare and the figure's row, for its period and its comparison's), for
    a few thousand periods, and the dates' str() made it 1.3 us a call against 0.2 us."""
    return "|".join(str(x) if x is not None else "" for x in
                    (p.label, p.start, p.end, p.granularity, int(p.cumulative)))


def ensure_regions(conn: Connection) -> None:
    """Load the gazetteer on first use (and again when a newer vintage ships)."""
    vintage = conn.execute(select(m.Setting.value).where(m.Setting.key == GAZETTEER_KEY)).scalar()
    if vintage == gazetteer.VINTAGE:
        return
    stored = {key: (rid, name, short, until) for key, rid, name, short, until in conn.execute(
        select(m.Region.key, m.Region.id, m.Region.name, m.Region.short_name,
               m.Region.listed_until))}
    existing = {key: rid for key, (rid, *_) in stored.items()}
    divisions = gazetteer.divisions()
    new = [d for d in divisions if d.code not in existing]
    renamed = [{"rid": stored[d.code][0], "name": d.name, "short": d.short_name,
                "until": d.listed_until} for d in divisions
               if d.code in stored and stored[d.code][1:] != (d.name, d.short_name, d.listed_until)]
    if renamed:  # a newer vintage names a division anew (印度尼西亚's short name is now 印尼)
        conn.execute(update(m.Region).where(m.Region.id == _bind("rid"))
                     .values(name=_bind("name"), short_name=_bind("short"),
                             listed_until=_bind("until")), renamed)
    rows = [{"key": d.code, "code": None if gazetteer.is_foreign(d.code) else d.code,
             "iso_code": d.code if gazetteer.is_country_abroad(d.code) else None,
             "name": d.name, "short_name": d.short_name, "level": d.level,
             "listed_until": d.listed_until} for d in new]
    placed: set[str] = set()  # new divisions inserted with their parent already set
    if rows and conn.dialect.name == "sqlite":
        # The ids SQLite would pick (see insert_returning_ids) are given, so that each new
        # division is inserted with its parent's id: the gazetteer lists a parent before its
        # children. On a fresh database that spares 3,200 single-row UPDATEs (0.06 s).
        first = (conn.execute(_MAX_ID[m.Region]).scalar() or 0) + 1
        new_ids = {d.code: first + i for i, d in enumerate(new)}
        for row, d in zip(rows, new):
            row["id"] = new_ids[d.code]
            parent = new_ids.get(d.parent_code) or existing.get(d.parent_code)
            if parent is not None and parent < row["id"]:  # a parent inserted before it
                row["parent_id"] = parent
                placed.add(d.code)
            else:
                row["parent_id"] = None
    if rows and conn.dialect.name == "sqlite":
        # as plain tuples in multi-row INSERTs (insert_tuples; no column needs a conversion):
        # SQLAlchemy's executemany of the 3,200 divisions of a fresh database was 0.05 s
        insert_tuples(conn, m.Region, tuple(rows[0]), [tuple(row.values()) for row in rows])
    elif rows:
        conn.execute(insert(m.Region), rows)
    conn.execute(update(m.Region).where(m.Region.key == gazetteer.COUNTRY_CODE)
                 .values(iso_code=gazetteer.COUNTRY_ISO))
    ids = dict(conn.execute(select(m.Region.key, m.Region.id)).all())
    parents = [{"rid": ids[d.code], "pid": ids[d.parent_code]}
               for d in divisions if d.parent_code and d.parent_code in ids
               and d.code not in placed]
    if parents:
        conn.execute(update(m.Region).where(m.Region.id == _bind("rid"))
                     .values(parent_id=_bind("pid")), parents)
    if vintage is None:
        conn.execute(insert(m.Setting).values(key=GAZETTEER_KEY, value=gazetteer.VINTAGE))
    else:
        conn.execute(update(m.Setting).where(m.Setting.key == GAZETTEER_KEY)
                     .values(value=gazetteer.VINTAGE))


def ensure_measures(conn: Connection) -> None:
    """Make the ``measures`` table say what ``data/measures.tsv`` says: new codes added,
    changed ones updated, codes gone from the vocabulary deleted once no figure or correction
    uses them (a figure keeps its code until its document is extracted again)."""
    rows = {mm.code: {"code": mm.code, "label": mm.label, "dimension": mm.dimension,
                      "kind": mm.kind, "signals": mm.signal_text, "description": mm.description}
            for mm in vocabulary()}
    stored = {r["code"]: dict(r) for r in conn.execute(select(m.Measure)).mappings()}
    new = [row for code, row in rows.items() if code not in stored]
    if new:
        conn.execute(insert(m.Measure), new)
    for code, row in rows.items():
        if code in stored and stored[code] != row:
            conn.execute(update(m.Measure).where(m.Measure.code == code).values(**row))
    gone = [code for code in stored if code not in rows]
    if gone:
        used = select(m.Figure.measure).where(m.Figure.measure.is_not(None)).union(
            select(m.Correction.measure).where(m.Correction.measure.is_not(None)))
        conn.execute(delete(m.Measure).where(m.Measure.code.in_(gone),
                                             m.Measure.code.not_in(used)))


def _bind(name: str):
    from sqlalchemy import bindparam
    return bindparam(name)


class Catalog:
    """Ids of shared rows, created on demand inside the caller's transaction.

    ``prepare`` creates every shared row the documents need before their own rows are written,
    one multi-row INSERT per table, instead of one INSERT ... RETURNING per new name: on a
    fresh database most organizations, periods and areas are new, and single-row statements
    were a third of the loader's time.
    """

    def __init__(self, conn: Connection):
        self.conn = conn
        self.units = dict(conn.execute(select(m.Unit.name, m.Unit.id)).all())
        self.periods = dict(conn.execute(select(m.ReportingPeriod.key, m.ReportingPeriod.id)).all())
        self.regions = dict(conn.execute(select(m.Region.key, m.Region.id)).all())
        self.region_names: dict[str, int] = {}
        for rid, name, level in conn.execute(select(m.Region.id, m.Region.name, m.Region.level)
                                             .order_by(m.Region.id)):
            self.region_names.setdefault(name, rid)
        self.orgs = dict(conn.execute(select(m.Organization.name, m.Organization.id)).all())
        self.programs = dict(conn.execute(select(m.Program.name, m.Program.id)).all())
        self.org_aliases = set(conn.execute(select(m.OrganizationAlias.alias)).scalars())
        self.program_aliases = set(conn.execute(select(m.ProgramAlias.alias)).scalars())
        self._added: list[tuple[object, object]] = []

    # -- transaction bookkeeping -------------------------------------------------------
    def _remember(self, store, key) -> None:
        self._added.append((store, key))

    def commit(self) -> None:
        self._added.clear()

    def rollback(self) -> None:
        for store, key in self._added:
            if isinstance(store, dict):
                store.pop(key, None)
            else:
                store.discard(key)
        self._added.clear()

    def _create(self, table, store: dict, keyed: dict[object, dict]) -> None:
        """Insert ``keyed`` (key -> row) in one statement and remember the new ids."""
        if not keyed:
            return
        ids = insert_returning_ids(self.conn, table, list(keyed.values()))
        for key, new_id in zip(keyed, ids):
            store[key] = new_id
            self._remember(store, key)

    # -- batch creation ---------------------------------------------------------------------
    def prepare(self, docs: list[DocumentResult]) -> None:
        """Create the shared rows ``docs`` refer to that do not exist yet.

        Names are visited in the order ``save_document`` used to create them one by one, and
        the first visit's attributes win (an organization listed by the document keeps its
        kind and region even when a figure also names it), so the rows are the same.
        """
        areas: dict[str, dict] = {}
        orgs: dict[str, dict] = {}       # name -> (kind, region ref)
        programs: dict[str, tuple] = {}  # name -> (operator, region ref, start year)

        def region(ref: str | None) -> None:
            if ref and "|" in ref and ref not in self.regions and ref not in areas \
                    and ref not in self.region_names:
                areas[ref] = self._keyed_region_row(ref)

        def org(name: str | None, kind: str = "other", ref: str | None = None) -> None:
            if name and name not in self.orgs and name not in orgs:
                region(ref)
                orgs[name] = (kind, ref)

        def program(name: str | None, operator: str | None = None, ref: str | None = None,
                    start_year: int | None = None) -> None:
            if name and name not in self.programs and name not in programs:
                org(operator)
                region(ref)
                programs[name] = (operator, ref, start_year)

        units: dict[str, dict] = {}
        periods: dict[str, dict] = {}
        known_orgs = self.orgs
        for doc in docs:
            for o in doc.organizations:
                org(o.name, o.kind, o.region)
            for p in doc.programs:
                program(p.name, p.operator, p.region, p.start_year)
            region(doc.home_region)
            for r in doc.articles:
                for f in r.figures:
                    if f.unit not in self.units and f.unit not in units:
                        units[f.unit] = {"name": f.unit, "dimension": dimension_of(f.unit),
                                         "same_as": same_as(f.unit)}
                    for p in (f.period, f.compared_to):
                        if p is None:
                            continue
                        key = period_key(p)
                        if key not in self.periods and key not in periods:
                            periods[key] = {"key": key, "label": p.label, "start_date": p.start,
                                            "end_date": p.end, "granularity": p.granularity,
                                            "cumulative": p.cumulative}
                    region(f.region)
                    for ref in f.regions:
                        region(ref)
                    if f.organization not in known_orgs:  # a cheap test before the call
                        org(f.organization)
                    if f.program:
                        program(f.program)
                for mn in r.mentions:
                    # the tests of region(), org() and program() that drop most of 40,000
                    # mentions, made before the call
                    key = mn.key
                    if mn.kind == "region":
                        if key and "|" in key:
                            region(key)
                    elif mn.kind == "organization":
                        if key not in known_orgs:
                            org(key)
                    else:
                        program(key)

        self._create_regions(areas)
        self._create(m.Organization, self.orgs, {
            name: {"name": name, "kind": kind, "region_id": self.region(ref)}
            for name, (kind, ref) in orgs.items()})
        self._create(m.Program, self.programs, {
            name: {"name": name, "operator_id": self.organization(op),
                   "region_id": self.region(ref), "start_year": year}
            for name, (op, ref, year) in programs.items()})
        self._create(m.Unit, self.units, units)
        self._create(m.ReportingPeriod, self.periods, periods)
        org_aliases = [{"alias": a, "organization_id": self.orgs[o.name]}
                       for doc in docs for o in doc.organizations
                       for a in self._new_aliases(o.aliases, self.org_aliases)]
        if org_aliases:
            self.conn.execute(_INSERT_ALIAS[m.OrganizationAlias], org_aliases)
        program_aliases = [{"alias": a, "program_id": self.programs[p.name]}
                           for doc in docs for p in doc.programs
                           for a in self._new_aliases(p.aliases, self.program_aliases)]
        if program_aliases:
            self.conn.execute(_INSERT_ALIAS[m.ProgramAlias], program_aliases)

    def _new_aliases(self, aliases, seen: set[str]):
        for alias in aliases:
            if alias and alias not in seen:
                seen.add(alias)
                self._remember(seen, alias)
                yield alias

    # -- lookups (creating what ``prepare`` did not) -------------------------------------------
    def region(self, ref: str | None) -> int | None:
        """``ref`` is a region key (6-digit code, or an area key) or a plain name."""
        if not ref:
            return None
        rid = self.regions.get(ref) or self.region_names.get(ref)
        if rid is None and "|" in ref:  # an area, township, village or grouping
            self._create_regions({ref: self._keyed_region_row(ref)})
            rid = self.regions[ref]
        return rid

    def _keyed_region_row(self, ref: str) -> dict:
        """The row of a region keyed ``<parent code>|<name>`` (a development area, a township
        or village under its county, a unit under a name it has since changed) or ``|<name>``
        (a grouping)."""
        parent_code, _, name = ref.partition("|")
        row = {"key": ref, "code": None, "name": name, "short_name": None,
               "level": gazetteer.level_of_key(ref), "parent_id": self.regions.get(parent_code),
               "listed_until": None}
        if gazetteer.renamed_key(parent_code, name) == ref:
            # a unit under a name it has since changed: its own code, under the current unit
            row["code"], row["listed_until"] = parent_code, gazetteer.renamed()[name][2]
        return row

    def _create_regions(self, keyed: dict[str, dict]) -> None:
        """Create keyed regions; a grouping's members go to region_members with it."""
        self._create(m.Region, self.regions, keyed)
        members = [{"group_id": self.regions[ref], "member_id": self.regions[code]}
                   for ref, row in keyed.items() if row["level"] == "group"
                   for code in gazetteer.groups()[row["name"]].members if code in self.regions]
        if members:
            self.conn.execute(insert(m.RegionMember), members)

    def period_ids(self, periods: list[Period]) -> list[int]:
        """The ids of ``periods``, the new ones created in one statement (a derived fact's
        period may be one no figure has)."""
        new = {period_key(p): {"key": period_key(p), "label": p.label, "start_date": p.start,
                               "end_date": p.end, "granularity": p.granularity,
                               "cumulative": p.cumulative}
               for p in periods if period_key(p) not in self.periods}
        self._create(m.ReportingPeriod, self.periods, new)
        return [self.periods[period_key(p)] for p in periods]

    def organization(self, name: str | None, kind: str = "other", region: str | None = None) -> int | None:
        if not name:
            return None
        if name not in self.orgs:
            self._create(m.Organization, self.orgs, {name: {
                "name": name, "kind": kind, "region_id": self.region(region)}})
        return self.orgs[name]


# Statements built once: building and compiling ``insert(...).values(**row)`` per document
# cost more than executing it. Each executes with a parameter dict (or a list of them, which
# SQLAlchemy sends as one executemany, or on PostgreSQL as multi-row INSERT ... RETURNING;
# ``insert_returning_ids`` says why SQLite gets no RETURNING).
_DOCUMENT_ID = select(m.Document.id).where(m.Document.path == _bind("path"))
_UPDATE_DOCUMENT = update(m.Document).where(m.Document.id == _bind("doc_id"))
_DELETE_ARTICLES = delete(m.Article).where(m.Article.document_id == _bind("doc_id"))
_WITH_IDS = (m.Document, m.Article, m.Figure, m.Region, m.Organization, m.Program, m.Unit,
             m.ReportingPeriod, m.Fact)
_INSERT_RETURNING_ID = {t: insert(t).returning(t.id, sort_by_parameter_order=True) for t in _WITH_IDS}
_INSERT = {t: insert(t) for t in _WITH_IDS}
_MAX_ID = {t: select(func.max(t.id)) for t in _WITH_IDS}
_INSERT_ALIAS = {t: insert(t) for t in (m.OrganizationAlias, m.ProgramAlias)}


@dataclass
class Deferred:
    """The inserts of a group of new documents into ``TABLES``, held back so that another
    thread can carry them out (etl/writer.py, ``IndexingWriter``).

    Why: on SQLite most of the time a group's rows take is SQLite's own (B-tree pages,
    indexes, checks), which runs with the GIL released; on the extracting thread it stops
    the extraction of the next pages, on the indexing thread it runs beside it. Only the
    tables whose new rows nothing reads back before the group commits are held: a new
    document's articles, figures and mentions (the facts refresh is handed them as
    ``Stored``) and the facts made from them. Ids are given by the loader, so the ids handed
    out but not inserted yet are remembered here (``next_id``)."""

    TABLES = frozenset(t.__tablename__ for t in (
        m.Article, m.Figure, m.RegionMention, m.OrganizationMention, m.ProgramMention,
        m.FigureRegion, m.Fact, m.FactSource))

    statements: list[tuple[str, tuple]] = field(default_factory=list)
    last_ids: dict[str, int] = field(default_factory=dict)

    def run(self, conn: Connection, between: Callable[[], None] | None = None) -> None:
        """The held inserts, in the order they were asked for; ``between`` runs before each
        (it may raise to abandon them)."""
        for sql, params in self.statements:
            if between is not None:
                between()
            conn.exec_driver_sql(sql, params)


_DEFERRED = "minsheng.deferred_inserts"


@contextmanager
def deferring(conn: Connection) -> Iterator[Deferred]:
    """Hold back the SQLite inserts of ``Deferred.TABLES`` made on ``conn`` inside the block;
    the caller runs them (``Deferred.run``) before the transaction commits. Only for new
    documents: the refresh of a replaced document reads its new figures back."""
    held = Deferred()
    conn.info[_DEFERRED] = held
    try:
        yield held
    finally:
        del conn.info[_DEFERRED]


def next_id(conn: Connection, table) -> int:
    """The id SQLite would give the next row of ``table`` (see ``insert_returning_ids``),
    counting the rows held back by ``deferring``."""
    first = (conn.execute(_MAX_ID[table]).scalar() or 0) + 1
    held = conn.info.get(_DEFERRED)
    if held is not None:
        first = max(first, held.last_ids.get(table.__tablename__, 0) + 1)
    return first


def insert_returning_ids(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert ``rows`` into ``table`` in one executemany; returns their new ids, in order.

    SQLite does not promise the order of RETURNING rows, so SQLAlchemy, asked for ids in the
    rows' order, sends one INSERT per row there: 11,300 statements for the 3,148 pages of
    People's Daily, 0.1 s of the 0.65 s spent storing them. On SQLite the ids are given
    instead: the table's largest id plus one onwards, the ids SQLite itself picks for new rows
    of a table without AUTOINCREMENT. A row another connection adds between the read and the
    insert cannot get a wrong id: the insert fails on the duplicate id, the group is rolled
    back and stored again document by document, and the importer's lock keeps other loads
    out. PostgreSQL sends RETURNING in batches and keeps it.
    """
    if conn.dialect.name != "sqlite":
        return conn.execute(_INSERT_RETURNING_ID[table], rows).scalars().all()
    first = next_id(conn, table)
    ids = list(range(first, first + len(rows)))
    tuples = _as_tuples(conn, table, rows)
    if tuples is None:
        conn.execute(_INSERT[table], [{**row, "id": i} for row, i in zip(rows, ids)])
    else:
        columns, values = tuples
        insert_tuples(conn, table, ("id", *columns),
                      [(i, *row) for i, row in zip(ids, values)])
    return ids


def _as_tuples(conn: Connection, table, rows: list[dict]
               ) -> tuple[tuple[str, ...], list[tuple]] | None:
    """``rows`` as the tuples SQLAlchemy would bind (its type conversions applied: a date as
    SQLAlchemy writes it on SQLite, a boolean as 0 or 1), for ``insert_tuples``; None when
    the rows do not all name the same columns, or leave out a column SQLAlchemy would fill
    with its default: those go through SQLAlchemy."""
    if not rows:
        return None
    columns = tuple(rows[0])
    named = set(columns)
    if any(row.keys() != named for row in rows):
        return None
    cols = table.__table__.c
    if any(c.default is not None and c.name not in named for c in cols):
        return None
    convert = [cols[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
               for name in columns]
    if not any(convert):
        return columns, [tuple(row.values()) for row in rows]
    # only the columns that convert (dates, flags: 2 of a document's 17) are visited per row;
    # a generator over every value of every row was a tenth of storing the documents
    at = [(i, f) for i, f in enumerate(convert) if f is not None]
    out = []
    for row in rows:
        values = list(row.values())
        for i, f in at:
            if values[i] is not None:
                values[i] = f(values[i])
        out.append(tuple(values))
    return columns, out


# Figures and mentions are most of the rows: they go to the driver as plain tuples
# (``insert_tuples``, a few statements per table and group), which spares SQLAlchemy's
# per-row parameter handling; none of their columns needs a type conversion.
_FIGURE_COLUMNS = ("article_id", "char_start", "char_end", "surface", "value", "value_max",
                   "unit_id", "qualifier", "role", "metric", "period_id", "region_id",
                   "organization_id", "program_id", "evidence",
                   "region_basis", "organization_basis",
                   # what and when
                   "unit_basis", "period_basis", "compared_to_period_id",
                   # what was measured
                   "measure", "measure_basis")
_MENTION_TABLES = {"region": m.RegionMention, "organization": m.OrganizationMention,
                   "program": m.ProgramMention}
_raw_sql: dict[tuple[str, str], str] = {}


def _insert_sql(conn: Connection, table, columns: tuple[str, ...]) -> str:
    key = (conn.dialect.paramstyle, table.__tablename__, columns)
    sql = _raw_sql.get(key)
    if sql is None:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        sql = _raw_sql[key] = (f"INSERT INTO {table.__tablename__} ({', '.join(columns)}) "
                               f"VALUES ({', '.join([mark] * len(columns))})")
    return sql


# Rows per multi-row INSERT on SQLite are bounded by this many parameters (and by the
# connection's own limit, 999 before SQLite 3.32)
SQLITE_PARAMETERS = 4_000
_values_sql: dict[tuple[str, tuple[str, ...], int], str] = {}


def insert_tuples(conn: Connection, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples of ``columns``' values) into ``table``, in their order.

    On SQLite as multi-row ``INSERT ... VALUES (...), (...)`` statements of a few hundred
    rows: the driver's executemany binds and steps one row at a time, releasing and taking
    back the GIL at each step, and cost half again as much CPU as the same rows in a few
    statements (People's Daily 1998: its 14,100 figures 0.29 s -> 0.19 s, its 14,100 facts
    0.115 s -> 0.08 s). Elsewhere one executemany (psycopg sends it in a pipeline)."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql(_insert_sql(conn, table, columns), rows)
        return
    raw = conn.connection.dbapi_connection
    limit = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) \
        if hasattr(raw, "getlimit") else 999
    per = max(1, min(SQLITE_PARAMETERS, limit) // len(columns))
    held = conn.info.get(_DEFERRED)
    if held is not None and table.__tablename__ not in held.TABLES:
        held = None
    if held is not None and columns[0] == "id":
        name = table.__tablename__
        held.last_ids[name] = max(held.last_ids.get(name, 0), max(row[0] for row in rows))
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        key = (table.__tablename__, columns, len(chunk))
        sql = _values_sql.get(key)
        if sql is None:
            one = f"({', '.join(['?'] * len(columns))})"
            sql = (f"INSERT INTO {table.__tablename__} ({', '.join(columns)}) "
                   f"VALUES {', '.join([one] * len(chunk))}")
            if len(chunk) == per:  # the tail's length changes from group to group
                _values_sql[key] = sql
        # a tuple of values is one statement's parameters (a list would be executemany's)
        params = tuple(itertools.chain.from_iterable(chunk))
        if held is not None:
            held.statements.append((sql, params))
        else:
            conn.exec_driver_sql(sql, params)


def _insert_all(conn: Connection, batches: list[tuple[object, tuple[str, ...], list[tuple]]],
                ) -> None:
    """Insert each (table, columns, rows). With psycopg they go out in one pipeline: one
    round trip to the server for all the tables instead of one per table, which is what a
    PostgreSQL load mostly waits for; a failing row raises when the pipeline ends, inside the
    transaction."""
    if conn.dialect.driver == "psycopg" and len(batches) > 1:
        raw = conn.connection.dbapi_connection
        with raw.pipeline(), raw.cursor() as cur:
            for table, columns, rows in batches:
                cur.executemany(_insert_sql(conn, table, columns), rows)
        return
    for table, columns, rows in batches:
        insert_tuples(conn, table, columns, rows)


@dataclass(frozen=True)
class SourceFile:
    """What the importer knows about a file before parsing it."""

    path: str
    name: str
    sha256: str
    size_bytes: int
    sidecar_sha256: str | None = None  # its .meta.json sidecar's, None when it has none


def save_document(conn: Connection, cat: Catalog, src: SourceFile, doc: DocumentResult,
                  version: str, run_id: int | None, *, new: bool = False) -> int:
    """Replace everything stored for ``src.path`` by ``doc``; returns the document id.

    ``new=True`` is the caller's word that no row has this path yet (one query less).

    The caller owns the transaction: either all of this lands or none of it.
    """
    doc_id = None if new else conn.execute(_DOCUMENT_ID, {"path": src.path}).scalar()
    if doc_id is None:
        return save_new_documents(conn, cat, [(src, doc)], version, run_id)[0]
    cat.prepare([doc])
    conn.execute(_DELETE_ARTICLES, {"doc_id": doc_id})
    conn.execute(_UPDATE_DOCUMENT, {"doc_id": doc_id,
                                    **_document_values(cat, src, doc, version, run_id)})
    _save_articles(conn, cat, [(doc_id, doc)])
    return doc_id


@dataclass
class Stored:
    """What ``save_new_documents`` wrote, handed to the facts refresh so that it need not read
    the new figures back (consolidate.refresh): reading them through a five-table join and
    building their records again was a third of the refresh on a fresh load.

    ``figures`` holds, per figure in the order of its id: its row as inserted (the id first,
    then ``_FIGURE_COLUMNS``), its document id, the document's stored name and publication
    date, its article's seq and body start, its period and its unit's name. ``texts`` maps
    the new articles' ids to their text. Filled on SQLite only, where the loader gives the
    figures their ids; PostgreSQL picks them itself and the refresh reads the figures back.

    The figures themselves are not inserted yet: the refresh inserts them with their fact
    (``insert_figures``), which spares an UPDATE of every new figure once its fact is known
    (and ``several``, the figures about several places, go in after them).
    """

    documents: set[int]
    figures: list[tuple]
    texts: dict[int, str]
    several: list[tuple[int, int, list[int], int | None]] = field(default_factory=list)
    facts: dict[int, int] = field(default_factory=dict)  # figure id -> its fact, once inserted

    def insert_figures(self, conn: Connection, fact_of: dict[int, int]) -> None:
        """Insert the figures, each with its fact in ``fact_of`` (figure id -> fact id; none
        for a figure a correction calls no figure), then their figure_regions."""
        self.facts = fact_of
        if self.figures:
            # kept[0] and not ``for row, *_ in``: a starred target builds a list per figure
            insert_tuples(conn, m.Figure, ("id", *_FIGURE_COLUMNS, "fact_id"),
                          [(*kept[0], fact_of.get(kept[0][0])) for kept in self.figures])
        if self.several:
            _save_figure_regions(conn, self.several)


def save_new_documents(conn: Connection, cat: Catalog, items: list[tuple[SourceFile, DocumentResult]],
                       version: str, run_id: int | None, stored: Stored | None = None) -> list[int]:
    """Store documents no row has the path of yet, one statement per table for all of them.

    A fresh load of many short pages spent more time on statements than on rows when each
    page had its own (a document, its articles, its figures, its mentions: every one a round
    through SQLAlchemy and the driver). The caller owns the transaction; when anything in it
    fails, it is rolled back whole and the caller can store the documents one by one to find
    the one at fault.
    """
    cat.prepare([doc for _, doc in items])
    values = [_document_values(cat, src, doc, version, run_id) for src, doc in items]
    doc_ids = insert_returning_ids(conn, m.Document, values)
    if conn.dialect.name != "sqlite":
        stored = None  # the figures' ids are the server's: the refresh reads them back
    _save_articles(conn, cat, [(doc_id, doc) for doc_id, (_, doc) in zip(doc_ids, items)],
                   stored and (stored, values))
    return doc_ids


def _save_articles(conn: Connection, cat: Catalog, docs: list[tuple[int, DocumentResult]],
                   stored: tuple[Stored, list[dict]] | None = None) -> None:
    """The articles of the documents (given their ids), then their figures and mentions: one
    statement per table for all of them. With ``stored`` (a Stored to fill and the
    documents' stored values), what the facts refresh needs of them is kept."""
    articles = [row for doc_id, doc in docs for row in _article_rows(doc_id, doc)]
    if stored is not None:
        stored[0].documents.update(doc_id for doc_id, _ in docs)
    if articles:
        ids = iter(insert_returning_ids(conn, m.Article, articles))
        per_doc = [([next(ids) for _ in doc.articles], doc) for _, doc in docs]
        if stored is not None:
            stored[0].texts.update((aid, row["text"]) for aid, row in
                                   zip((a for ids_, _ in per_doc for a in ids_), articles))
        batches, several = _child_rows(conn, cat, per_doc, stored and (
            stored[0].figures, [(doc_id, v) for (doc_id, _), v in zip(docs, stored[1])]))
        if stored is not None:  # the figures wait for their facts (Stored.insert_figures)
            if stored[0].figures:
                batches = batches[1:]
            stored[0].several += several
            several = []
        _insert_all(conn, batches)
        if several:
            _save_figure_regions(conn, several)


def _document_values(cat: Catalog, src: SourceFile, doc: DocumentResult, version: str,
                     run_id: int | None) -> dict:
    values = {
        "path": src.path, "name": src.name, "sha256": src.sha256, "size_bytes": src.size_bytes,
        "encoding": doc.encoding, "title": doc.title, "newspaper": doc.newspaper,
        "published_on": doc.published_on, "published_on_source": doc.published_source,
        "home_region_id": cat.region(doc.home_region), "status": "loaded", "error": None,
        "extractor_version": version, "loaded_run_id": run_id, "seen_run_id": run_id,
        "sidecar_sha256": src.sidecar_sha256,
    }
    return _nul_free(values) if "\x00" in doc.text else values


def _article_rows(doc_id: int, doc: DocumentResult) -> list[dict]:
    clean = _nul_free if "\x00" in doc.text else _same
    return [clean({"document_id": doc_id, "seq": r.article.seq, "title": r.article.title,
                   "subtitle": r.article.subtitle, "byline": r.article.byline,
                   "dateline": r.article.dateline, "jumps": "; ".join(r.article.jumps) or None,
                   "body_start": r.article.body_start, "text": r.article.text})
            for r in doc.articles]


def _child_rows(conn: Connection, cat: Catalog, per_doc: list[tuple[list[int], DocumentResult]],
                stored: tuple[list[tuple], list[tuple[int, dict]]] | None = None,
                ) -> tuple[list[tuple], list[tuple[int, int, list[int], int | None]]]:
    """(table, columns, rows) for the figures and mentions of the documents, given their
    article ids, and the figures about several places.

    On SQLite the figures get their ids here, as ``insert_returning_ids`` gives them (the
    largest id plus one onwards), so that the facts refresh can be handed them with
    ``stored`` (a list to append to, and each document's id and stored values) instead of
    reading them back."""
    units, periods, orgs, programs = cat.units, cat.periods, cat.orgs, cat.programs
    regions = cat.regions
    figures: list[tuple] = []
    sqlite = conn.dialect.name == "sqlite"
    first_id = next_id(conn, m.Figure) if sqlite else 0
    keep = stored[0] if stored is not None else None
    doc_values = iter(stored[1]) if stored is not None else None
    several: list[tuple[int, int, list[int], int | None]] = []  # about several regions
    mentions: dict[str, list[tuple]] = {"region": [], "organization": [], "program": []}
    for article_ids, doc in per_doc:
        start = len(figures), {k: len(v) for k, v in mentions.items()}
        seen: set[tuple] = set()
        if keep is not None:
            doc_id, values = next(doc_values)
            kept_from = len(keep)
        for aid, r in zip(article_ids, doc.articles):
            for f in r.figures:
                # the id first, left out after for a server that gives it (a starred
                # ``*((id,) if sqlite else ())`` built each row through a list)
                figures.append((
                    first_id + len(figures), aid, f.char_start,
                    f.char_end, f.surface, f.value, f.value_max, units[f.unit],
                    f.qualifier, f.role, f.metric,
                    periods[period_key(f.period)] if f.period is not None else None,
                    regions.get(f.region) or cat.region(f.region),
                    orgs[f.organization] if f.organization else None,
                    programs[f.program] if f.program else None, f.evidence,
                    f.region_basis, f.organization_basis,
                    f.unit_basis, f.period_basis,
                    periods[period_key(f.compared_to)] if f.compared_to is not None else None,
                    f.measure, f.measure_basis))
                if len(f.regions) > 1:
                    several.append((aid, f.char_start, [cat.region(ref) for ref in f.regions],
                                    figures[-1][0] if sqlite else None))
                if keep is not None:
                    keep.append((figures[-1], doc_id, values["name"], values["published_on"],
                                 r.article.seq, r.article.body_start, f.period, f.unit))
            for mn in r.mentions:
                kind, key = mn.kind, mn.key
                # a known region's id straight from the catalog's dict: the call to
                # cat.region for each of 40,000 mentions was a sixth of this function
                if kind == "region":
                    owner = regions.get(key) or cat.region(key)
                elif kind == "organization":
                    owner = orgs.get(key) if key else None
                else:
                    owner = programs.get(key) if key else None
                if owner is not None:
                    at = (kind, aid, mn.char_start, owner)
                    if at not in seen:
                        seen.add(at)
                        mentions[kind].append((aid, mn.char_start, mn.char_end, mn.surface, owner))
        if not sqlite:
            figures[start[0]:] = [row[1:] for row in figures[start[0]:]]
        if "\x00" in doc.text:
            figures[start[0]:] = map(_nul_free_row, figures[start[0]:])
            for kind, rows in mentions.items():
                rows[start[1][kind]:] = map(_nul_free_row, rows[start[1][kind]:])
            if keep is not None:  # each kept figure with its row as inserted
                keep[kept_from:] = [(row, *k[1:]) for row, k in
                                    zip(figures[start[0]:], keep[kept_from:])]
    batches: list = []
    if figures:
        batches.append((m.Figure, ("id",) * sqlite + _FIGURE_COLUMNS, figures))
    for kind, rows in mentions.items():
        if rows:
            batches.append((_MENTION_TABLES[kind], (
                "article_id", "char_start", "char_end", "surface", f"{kind}_id"), rows))
    return batches, several


_FIGURE_AT = select(m.Figure.id).where(m.Figure.article_id == _bind("aid"),
                                       m.Figure.char_start == _bind("start"))


def _save_figure_regions(conn: Connection,
                         several: list[tuple[int, int, list[int], int | None]]) -> None:
    """figure_regions for the few figures about several places: (article, start, region
    ids, the figure's id when the loader gave it). A figure the server gave its id is found
    by its article and start once its row is in."""
    rows = []
    for aid, start, region_ids, fid in several:
        if fid is None:
            fid = conn.execute(_FIGURE_AT, {"aid": aid, "start": start}).scalar()
        seen: set[int] = set()
        for seq, rid in enumerate(r for r in region_ids if r is not None):
            if fid is not None and rid not in seen:
                seen.add(rid)
                rows.append((fid, rid, seq))
    # as tuples, so that a group's new rows can be held back with its figures (Deferred)
    insert_tuples(conn, m.FigureRegion, ("figure_id", "region_id", "seq"), rows)


def _same(row: dict) -> dict:
    return row


def _nul_free(row: dict) -> dict:
    """PostgreSQL text cannot hold U+0000 (SQLite can): a stray NUL in a page becomes U+FFFD,
    one character for one, so every stored offset still points at the same place and both
    backends store the same text."""
    return {k: v.replace("\x00", "\ufffd") if isinstance(v, str) else v for k, v in row.items()}


def _nul_free_row(row: tuple) -> tuple:
    return tuple(v.replace("\x00", "\ufffd") if isinstance(v, str) else v for v in row)


def save_failure(conn: Connection, src_path: str, name: str, reason: str, run_id: int | None,
                 sha256: str | None = None, size_bytes: int | None = None) -> None:
    """Record a document that could not be loaded. Rows a previous good version of the file
    produced are kept: a broken rewrite of a file must not erase what we knew."""
    doc_id = conn.execute(select(m.Document.id).where(m.Document.path == src_path)).scalar()
    if doc_id is None:
        conn.execute(insert(m.Document).values(
            path=src_path, name=name, status="failed", error=reason, sha256=sha256,
            size_bytes=size_bytes, seen_run_id=run_id))
    else:
        conn.execute(update(m.Document).where(m.Document.id == doc_id).values(
            error=reason, seen_run_id=run_id))
    if run_id is not None:
        conn.execute(insert(m.ImportFailure).values(run_id=run_id, path=src_path, reason=reason))


def sweep_orphans(conn: Connection) -> dict[str, int]:
    """Delete catalog rows that no figure, mention or programme refers to any more.

    Organizations, programmes and reporting periods are shared between documents, so replacing
    or pruning a document cannot delete them with it; without a sweep, a re-extracted page
    leaves its old misreadings behind in ``organizations`` and ``programs`` for every reader of
    the overview views. Programmes go first: they hold their operator organization.
    """
    used_programs = select(m.Figure.program_id).where(m.Figure.program_id.is_not(None)).union(
        select(m.ProgramMention.program_id),
        select(m.Fact.program_id).where(m.Fact.program_id.is_not(None)))
    used_orgs = select(m.Figure.organization_id).where(m.Figure.organization_id.is_not(None)) \
        .union(select(m.OrganizationMention.organization_id),
               select(m.Program.operator_id).where(m.Program.operator_id.is_not(None)),
               select(m.Fact.organization_id).where(m.Fact.organization_id.is_not(None)))
    used_periods = select(m.Figure.period_id).where(m.Figure.period_id.is_not(None)).union(
        select(m.Figure.compared_to_period_id).where(m.Figure.compared_to_period_id.is_not(None)),
        select(m.Fact.period_id).where(m.Fact.period_id.is_not(None)))
    removed = {}
    for name, table, used in (("programs", m.Program, used_programs),
                              ("organizations", m.Organization, used_orgs),
                              ("reporting_periods", m.ReportingPeriod, used_periods)):
        removed[name] = conn.execute(delete(table).where(table.id.not_in(used))).rowcount
    return removed
