"""Stage 5, load: write one DocumentResult into the database.

Writes go through SQLAlchemy Core with executemany batches (one INSERT per table per document)
because the ORM's unit of work costs more than the extraction on large corpora. Shared rows
(units, periods, regions, organizations, programs) are resolved through a ``Catalog`` that
remembers ids across documents and forgets what a rolled-back document added.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, delete, insert, select, update

from ..models import schema as m
from . import gazetteer
from .records import DocumentResult, Figure, Period
from .units import dimension_of

GAZETTEER_KEY = "gazetteer_vintage"


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def period_key(p: Period) -> str:
    return "|".join(str(x) if x is not None else "" for x in
                    (p.label, p.start, p.end, p.granularity, int(p.cumulative)))


def ensure_regions(conn: Connection) -> None:
    """Load the gazetteer on first use (and again when a newer vintage ships)."""
    vintage = conn.execute(select(m.Setting.value).where(m.Setting.key == GAZETTEER_KEY)).scalar()
    if vintage == gazetteer.VINTAGE:
        return
    existing = dict(conn.execute(select(m.Region.key, m.Region.id)).all())
    divisions = gazetteer.divisions()
    new = [d for d in divisions if d.code not in existing]
    if new:
        conn.execute(insert(m.Region), [
            {"key": d.code, "code": d.code, "name": d.name, "short_name": d.short_name,
             "level": d.level} for d in new])
    ids = dict(conn.execute(select(m.Region.key, m.Region.id)).all())
    parents = [{"rid": ids[d.code], "pid": ids[d.parent_code]}
               for d in divisions if d.parent_code and d.parent_code in ids]
    if parents:
        conn.execute(update(m.Region).where(m.Region.id == _bind("rid"))
                     .values(parent_id=_bind("pid")), parents)
    if vintage is None:
        conn.execute(insert(m.Setting).values(key=GAZETTEER_KEY, value=gazetteer.VINTAGE))
    else:
        conn.execute(update(m.Setting).where(m.Setting.key == GAZETTEER_KEY)
                     .values(value=gazetteer.VINTAGE))


def _bind(name: str):
    from sqlalchemy import bindparam
    return bindparam(name)


class Catalog:
    """Ids of shared rows, created on demand inside the current document's transaction."""

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

    # -- lookups --------------------------------------------------------------------------
    def unit(self, name: str) -> int:
        if name not in self.units:
            self.units[name] = self.conn.execute(
                insert(m.Unit).values(name=name, dimension=dimension_of(name))
                .returning(m.Unit.id)).scalar_one()
            self._remember(self.units, name)
        return self.units[name]

    def period(self, p: Period | None) -> int | None:
        if p is None:
            return None
        key = period_key(p)
        if key not in self.periods:
            self.periods[key] = self.conn.execute(insert(m.ReportingPeriod).values(
                key=key, label=p.label, start_date=p.start, end_date=p.end,
                granularity=p.granularity, cumulative=p.cumulative,
            ).returning(m.ReportingPeriod.id)).scalar_one()
            self._remember(self.periods, key)
        return self.periods[key]

    def region(self, ref: str | None) -> int | None:
        """``ref`` is a region key (6-digit code, or an area key) or a plain name."""
        if not ref:
            return None
        rid = self.regions.get(ref) or self.region_names.get(ref)
        if rid is None and "|" in ref:  # an area inside a known division: "<parent code>|<name>"
            parent_code, _, name = ref.partition("|")
            self.regions[ref] = rid = self.conn.execute(insert(m.Region).values(
                key=ref, code=None, name=name, short_name=None, level="area",
                parent_id=self.regions.get(parent_code),
            ).returning(m.Region.id)).scalar_one()
            self._remember(self.regions, ref)
        return rid

    def organization(self, name: str | None, kind: str = "other", region: str | None = None) -> int | None:
        if not name:
            return None
        if name not in self.orgs:
            self.orgs[name] = self.conn.execute(insert(m.Organization).values(
                name=name, kind=kind, region_id=self.region(region),
            ).returning(m.Organization.id)).scalar_one()
            self._remember(self.orgs, name)
        return self.orgs[name]

    def program(self, name: str | None, operator: str | None = None, region: str | None = None,
                start_year: int | None = None) -> int | None:
        if not name:
            return None
        if name not in self.programs:
            self.programs[name] = self.conn.execute(insert(m.Program).values(
                name=name, operator_id=self.organization(operator), region_id=self.region(region),
                start_year=start_year,
            ).returning(m.Program.id)).scalar_one()
            self._remember(self.programs, name)
        return self.programs[name]

    def add_aliases(self, table, column: str, owner_id: int, aliases, seen: set[str]) -> None:
        rows = []
        for alias in aliases:
            if alias and alias not in seen:
                seen.add(alias)
                self._remember(seen, alias)
                rows.append({"alias": alias, column: owner_id})
        if rows:
            self.conn.execute(insert(table), rows)


# Statements built once: building and compiling ``insert(...).values(**row)`` per document
# cost more than executing it. Each executes with a parameter dict (or a list of them, which
# SQLAlchemy sends as one executemany / multi-row INSERT ... RETURNING).
_DOCUMENT_ID = select(m.Document.id).where(m.Document.path == _bind("path"))
_INSERT_DOCUMENT = insert(m.Document).returning(m.Document.id)
_UPDATE_DOCUMENT = update(m.Document).where(m.Document.id == _bind("doc_id"))
_DELETE_ARTICLES = delete(m.Article).where(m.Article.document_id == _bind("doc_id"))
_INSERT_ARTICLES = insert(m.Article).returning(m.Article.id, sort_by_parameter_order=True)
_INSERT = {t: insert(t) for t in (m.Figure, m.RegionMention, m.OrganizationMention,
                                  m.ProgramMention)}


@dataclass(frozen=True)
class SourceFile:
    """What the importer knows about a file before parsing it."""

    path: str
    name: str
    sha256: str
    size_bytes: int


def _figure_row(article_id: int, f: Figure, cat: Catalog) -> dict:
    return {
        "article_id": article_id, "char_start": f.char_start, "char_end": f.char_end,
        "surface": f.surface, "value": f.value, "value_max": f.value_max,
        "unit_id": cat.unit(f.unit), "qualifier": f.qualifier, "role": f.role,
        "metric": f.metric, "period_id": cat.period(f.period), "region_id": cat.region(f.region),
        "organization_id": cat.organization(f.organization), "program_id": cat.program(f.program),
        "evidence": f.evidence,
    }


def save_document(conn: Connection, cat: Catalog, src: SourceFile, doc: DocumentResult,
                  version: str, run_id: int | None, *, new: bool = False) -> int:
    """Replace everything stored for ``src.path`` by ``doc``; returns the document id.

    ``new=True`` is the caller's word that no row has this path yet (one query less).

    The caller owns the transaction: either all of this lands or none of it.
    """
    for org in doc.organizations:
        oid = cat.organization(org.name, org.kind, org.region)
        cat.add_aliases(m.OrganizationAlias, "organization_id", oid, org.aliases, cat.org_aliases)
    for prog in doc.programs:
        pid = cat.program(prog.name, prog.operator, prog.region, prog.start_year)
        cat.add_aliases(m.ProgramAlias, "program_id", pid, prog.aliases, cat.program_aliases)

    values = {
        "path": src.path, "name": src.name, "sha256": src.sha256, "size_bytes": src.size_bytes,
        "encoding": doc.encoding, "title": doc.title, "newspaper": doc.newspaper,
        "published_on": doc.published_on, "published_on_source": doc.published_source,
        "home_region_id": cat.region(doc.home_region), "status": "loaded", "error": None,
        "extractor_version": version, "loaded_run_id": run_id, "seen_run_id": run_id,
    }
    clean = _nul_free if "\x00" in doc.text else _same
    values = clean(values)
    doc_id = None if new else conn.execute(_DOCUMENT_ID, {"path": src.path}).scalar()
    if doc_id is None:
        doc_id = conn.execute(_INSERT_DOCUMENT, values).scalar_one()
    else:
        conn.execute(_DELETE_ARTICLES, {"doc_id": doc_id})
        conn.execute(_UPDATE_DOCUMENT, {"doc_id": doc_id, **values})

    if not doc.articles:
        return doc_id
    article_ids = conn.execute(
        _INSERT_ARTICLES,
        [clean({"document_id": doc_id, "seq": r.article.seq, "title": r.article.title,
                "subtitle": r.article.subtitle, "byline": r.article.byline,
                "dateline": r.article.dateline, "jumps": "; ".join(r.article.jumps) or None,
                "body_start": r.article.body_start, "text": r.article.text})
         for r in doc.articles],
    ).scalars().all()

    figures, mentions = [], {"region": [], "organization": [], "program": []}
    for aid, r in zip(article_ids, doc.articles):
        figures.extend(_figure_row(aid, f, cat) for f in r.figures)
        for mn in r.mentions:
            if mn.kind == "region":
                owner = cat.region(mn.key)
            elif mn.kind == "organization":
                owner = cat.organization(mn.key)
            else:
                owner = cat.program(mn.key)
            if owner is not None:
                mentions[mn.kind].append({"article_id": aid, "char_start": mn.char_start,
                                          "char_end": mn.char_end, "surface": mn.surface,
                                          f"{mn.kind}_id": owner})
    if figures:
        conn.execute(_INSERT[m.Figure], [clean(f) for f in figures])
    for kind, table in (("region", m.RegionMention), ("organization", m.OrganizationMention),
                        ("program", m.ProgramMention)):
        rows = _dedupe(mentions[kind], f"{kind}_id")
        if rows:
            conn.execute(_INSERT[table], [clean(r) for r in rows])
    return doc_id


def _same(row: dict) -> dict:
    return row


def _nul_free(row: dict) -> dict:
    """PostgreSQL text cannot hold U+0000 (SQLite can): a stray NUL in a page becomes U+FFFD,
    one character for one, so every stored offset still points at the same place and both
    backends store the same text."""
    return {k: v.replace("\x00", "\ufffd") if isinstance(v, str) else v for k, v in row.items()}


def _dedupe(rows: list[dict], owner: str) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        k = (r["article_id"], r["char_start"], r[owner])
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


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
        select(m.ProgramMention.program_id))
    used_orgs = select(m.Figure.organization_id).where(m.Figure.organization_id.is_not(None)) \
        .union(select(m.OrganizationMention.organization_id),
               select(m.Program.operator_id).where(m.Program.operator_id.is_not(None)))
    used_periods = select(m.Figure.period_id).where(m.Figure.period_id.is_not(None))
    removed = {}
    for name, table, used in (("programs", m.Program, used_programs),
                              ("organizations", m.Organization, used_orgs),
                              ("reporting_periods", m.ReportingPeriod, used_periods)):
        removed[name] = conn.execute(delete(table).where(table.id.not_in(used))).rowcount
    return removed
