"""Corrections made by hand, kept across re-imports.

Why not an UPDATE of ``figures``: every load of a changed page deletes its rows and writes
them again, so an edit made with ``sqlite3`` is lost at the next re-import. A correction is a
row of its own, anchored to the figure's text: the document's path, the article's sequence
number, the figure's span and surface, and a few characters either side. The figure's own row
keeps what the extractor said (the audit trail); ``figure_facts`` shows the corrected values.

After each load, every correction not attached to a figure (its figure was deleted with the
old rows of its document) is matched again against the figures now stored (``reapply``):

1. a figure with the same surface at the same place with the same characters around it;
2. else the one figure with the same surface and the same characters around it (text added or
   removed elsewhere in the page moved it);
3. else a figure with the same surface at the same article and offset (a character nearby
   changed, not the figure's own);
4. else the nearest figure with the same surface and the same characters on one side of it,
   in the same article and at most ``NEARBY`` characters from where it was (words changed
   on one side of it, and moved it a little);
5. else nothing: the correction is orphaned (its figure's own text changed, or its document is
   gone). It is kept and listed (``minsheng corrections list --orphaned``), never applied to a
   figure it was not written for.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import Connection, delete, insert, or_, select, update

from . import schema as m

CONTEXT = 8  # characters kept either side of a figure to find it again
NEARBY = 16  # how far a figure whose words changed on one side may have moved
EXPORT_COLUMNS = (
    "document_path", "document_sha256", "article_seq", "char_start", "char_end", "surface",
    "context_before", "context_after", "region_key", "region", "organization", "period_label",
    "period_start", "period_end", "cumulative", "measure", "not_a_figure", "note", "created_by",
    "created_at", "updated_at",
)


class CorrectionError(ValueError):
    """A correction that cannot be made or read: the message says why, in words."""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# -- periods as people type them ---------------------------------------------------------------

_YEAR = re.compile(r"^(\d{4})年?$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.I)
_HALF = re.compile(r"^(\d{4})-?H([12])$", re.I)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _month_end(year: int, month: int) -> date:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def parse_period(text: str) -> tuple[date, date]:
    """(start, end) of a period written 2024, 2024-06, 2024-Q2, 2024-H1, 2024-06-30 or
    START..END (each of those forms)."""
    text = text.strip()
    if ".." in text:
        a, _, b = text.partition("..")
        start, end = parse_period(a)[0], parse_period(b)[1]
        if end < start:
            raise CorrectionError(f"period {text!r} ends before it starts")
        return start, end
    try:
        if mm := _YEAR.match(text):
            y = int(mm.group(1))
            return date(y, 1, 1), date(y, 12, 31)
        if mm := _MONTH.match(text):
            y, mo = int(mm.group(1)), int(mm.group(2))
            return date(y, mo, 1), _month_end(y, mo)
        if mm := _QUARTER.match(text):
            y, q = int(mm.group(1)), int(mm.group(2))
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if mm := _HALF.match(text):
            y, h = int(mm.group(1)), int(mm.group(2))
            return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if _DAY.match(text):
            d = date.fromisoformat(text)
            return d, d
    except ValueError:
        pass
    raise CorrectionError(f"period {text!r} is not a date: write 2024, 2024-06, 2024-Q2, "
                          "2024-H1, 2024-06-30 or START..END")


# -- anchors ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Anchor:
    """Where a figure stands in the text: what a correction holds on to."""

    article_seq: int
    char_start: int
    char_end: int
    surface: str
    context_before: str
    context_after: str


@dataclass(frozen=True)
class Candidate:
    figure_id: int
    anchor: Anchor


def anchor_of(article_seq: int, text: str, start: int, end: int, surface: str) -> Anchor:
    return Anchor(article_seq, start, end, surface, text[max(0, start - CONTEXT):start],
                  text[end:end + CONTEXT])


def match(anchor: Anchor, candidates: list[Candidate]) -> Candidate | None:
    """The figure a correction anchored at ``anchor`` belongs to among ``candidates`` (the
    figures of its document now), or None. Pure: see the module's docstring for the order."""
    same = [c for c in candidates if c.anchor.surface == anchor.surface]
    place = (anchor.article_seq, anchor.char_start)
    context = (anchor.context_before, anchor.context_after)
    for c in same:
        if (c.anchor.article_seq, c.anchor.char_start) == place and \
                (c.anchor.context_before, c.anchor.context_after) == context:
            return c
    moved = [c for c in same if (c.anchor.context_before, c.anchor.context_after) == context]
    if len(moved) == 1:
        return moved[0]
    if moved:  # the same words twice: the nearest to where it was
        return min(moved, key=lambda c: (c.anchor.article_seq != anchor.article_seq,
                                          abs(c.anchor.char_start - anchor.char_start)))
    for c in same:
        if (c.anchor.article_seq, c.anchor.char_start) == place:
            return c
    half = [c for c in same if c.anchor.article_seq == anchor.article_seq
            and abs(c.anchor.char_start - anchor.char_start) <= NEARBY
            and (c.anchor.context_before == anchor.context_before
                 or c.anchor.context_after == anchor.context_after)]
    if half:  # words changed on one side of it, a few characters added or removed before it
        return min(half, key=lambda c: abs(c.anchor.char_start - anchor.char_start))
    return None


# -- reading the database ------------------------------------------------------------------------

def _figure_rows(conn: Connection, where) -> list:
    return conn.execute(
        select(m.Figure.id, m.Figure.char_start, m.Figure.char_end, m.Figure.surface,
               m.Article.seq, m.Article.text, m.Document.path, m.Document.sha256)
        .join(m.Article, m.Article.id == m.Figure.article_id)
        .join(m.Document, m.Document.id == m.Article.document_id).where(where)).all()


def _candidates(conn: Connection, document_id: int,
                surface: str) -> list[tuple[Candidate, tuple[str, str]]]:
    """The figures of the document with this surface, each with its document's (path, hash)."""
    rows = _figure_rows(conn, (m.Article.document_id == document_id)
                        & (m.Figure.surface == surface))
    return [(Candidate(r.id, anchor_of(r.seq, r.text, r.char_start, r.char_end, r.surface)),
             (r.path, r.sha256)) for r in rows]


def resolve_region(conn: Connection, text: str) -> int:
    """A region's id from its code, full name or short name; an ambiguous name is refused."""
    text = text.strip()
    rows = conn.execute(select(m.Region.id, m.Region.name, m.Region.code).where(or_(
        m.Region.code == text, m.Region.key == text, m.Region.name == text,
        m.Region.short_name == text))).all()
    exact = [r for r in rows if r.code == text or r.name == text] or rows
    if not exact:
        raise CorrectionError(f"no region is called {text!r}")
    if len(exact) > 1:
        codes = ", ".join(f"{r.name} {r.code or ''}".strip() for r in exact[:5])
        raise CorrectionError(f"region {text!r} is ambiguous ({codes}); give its 6-digit code")
    return exact[0].id


def _check_measure(conn: Connection, code: str) -> str:
    if conn.execute(select(m.Measure.code).where(m.Measure.code == code)).scalar() is None:
        raise CorrectionError(f"no measure has the code {code!r} (see the measures table)")
    return code


# -- making corrections --------------------------------------------------------------------------

def correct(conn: Connection, figure_id: int, *, by: str, region: str | None = None,
            organization: str | None = None, period: str | None = None,
            cumulative: bool | None = None, measure: str | None = None,
            not_a_figure: bool | None = None, note: str | None = None) -> int:
    """Correct figure ``figure_id`` (a row id of ``figures``); a second correction of the same
    figure changes the first one's values. Returns the correction's id."""
    rows = _figure_rows(conn, m.Figure.id == figure_id)
    if not rows:
        raise CorrectionError(f"no figure has the id {figure_id}")
    if all(v is None for v in (region, organization, period, cumulative, measure, not_a_figure)):
        raise CorrectionError("nothing to correct: give --region, --organization, --period, "
                              "--measure or --not-a-figure")
    r = rows[0]
    values: dict = {}
    if region is not None:
        values["region_id"] = resolve_region(conn, region)
    if organization is not None:
        values["organization"] = organization.strip() or None
    if period is not None:
        values["period_start"], values["period_end"] = parse_period(period)
        values["period_label"] = period.strip()
    if cumulative is not None:
        values["cumulative"] = cumulative
    if measure is not None:
        values["measure"] = _check_measure(conn, measure)
    if not_a_figure is not None:
        values["not_a_figure"] = not_a_figure
    if note is not None:
        values["note"] = note
    stamp = _now()
    existing = conn.execute(select(m.Correction.id)
                            .where(m.Correction.figure_id == figure_id)).scalar()
    if existing is not None:
        conn.execute(update(m.Correction).where(m.Correction.id == existing)
                     .values(**values, updated_at=stamp, created_by=by))
        return existing
    a = anchor_of(r.seq, r.text, r.char_start, r.char_end, r.surface)
    return conn.execute(insert(m.Correction).values(
        document_path=r.path, document_sha256=r.sha256, article_seq=a.article_seq,
        char_start=a.char_start, char_end=a.char_end, surface=a.surface,
        context_before=a.context_before, context_after=a.context_after, figure_id=figure_id,
        created_by=by, created_at=stamp, updated_at=stamp, applied_at=stamp,
        **{"not_a_figure": False, **values}).returning(m.Correction.id)).scalar_one()


@dataclass
class Reapplied:
    applied: int = 0
    orphaned: int = 0
    figures: list[int] = field(default_factory=list)  # the figures corrections were applied to


def reapply(conn: Connection) -> Reapplied:
    """Attach every correction without a figure to the figure at its anchor, if there is
    one (after a load: the rows of re-extracted documents are new). Returns how many were
    attached, and how many stay orphaned."""
    loose = conn.execute(select(m.Correction).where(m.Correction.figure_id.is_(None))
                         .order_by(m.Correction.id)).all()
    out = Reapplied()
    if not loose:
        return out
    taken = set(conn.execute(select(m.Correction.figure_id)
                             .where(m.Correction.figure_id.is_not(None))).scalars())
    docs: dict[str, int | None] = {}
    for c in loose:
        if c.document_path not in docs:
            docs[c.document_path] = _document_id(conn, c.document_path, c.document_sha256)
        doc_id = docs[c.document_path]
        found = None
        if doc_id is not None:
            pool = [(cand, sha) for cand, sha in _candidates(conn, doc_id, c.surface)
                    if cand.figure_id not in taken]
            anchor = Anchor(c.article_seq, c.char_start, c.char_end, c.surface,
                            c.context_before, c.context_after)
            found = match(anchor, [cand for cand, _ in pool])
        if found is None:
            out.orphaned += 1
            continue
        path, sha = next(doc for cand, doc in pool if cand is found)
        taken.add(found.figure_id)
        a = found.anchor
        # the anchor follows the figure: where it stands now, in the file it is in now
        conn.execute(update(m.Correction).where(m.Correction.id == c.id).values(
            figure_id=found.figure_id, applied_at=_now(), document_path=path,
            document_sha256=sha,
            article_seq=a.article_seq, char_start=a.char_start, char_end=a.char_end,
            context_before=a.context_before, context_after=a.context_after))
        out.applied += 1
        out.figures.append(found.figure_id)
    return out


def _document_id(conn: Connection, path: str, sha256: str | None) -> int | None:
    """The loaded document at ``path``, or (the file moved) the one with the same content."""
    doc = conn.execute(select(m.Document.id).where(m.Document.path == path,
                                                   m.Document.status != "failed")).scalar()
    if doc is None and sha256:
        doc = conn.execute(select(m.Document.id).where(m.Document.sha256 == sha256)
                           .order_by(m.Document.id).limit(1)).scalar()
    return doc


# -- listing, export, import --------------------------------------------------------------------

def list_rows(conn: Connection, orphaned: bool = False) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of the corrections, newest last; ``orphaned``: only those applied to
    nothing."""
    q = (select(m.Correction.id, m.Correction.figure_id, m.Correction.document_path,
                m.Correction.article_seq, m.Correction.surface, m.Region.name,
                m.Correction.organization, m.Correction.period_label, m.Correction.measure,
                m.Correction.not_a_figure, m.Correction.note, m.Correction.created_by,
                m.Correction.updated_at)
         .outerjoin(m.Region, m.Region.id == m.Correction.region_id).order_by(m.Correction.id))
    if orphaned:
        q = q.where(m.Correction.figure_id.is_(None))
    cols = ["id", "state", "figure_id", "document", "article_seq", "surface", "region",
            "organization", "period", "measure", "not_a_figure", "note", "by", "when"]
    rows = []
    for r in conn.execute(q):
        state = "applied" if r.figure_id is not None else "orphaned"
        rows.append((r.id, state, r.figure_id, r.document_path, r.article_seq, r.surface,
                     r.name, r.organization, r.period_label, r.measure, bool(r.not_a_figure),
                     r.note, r.created_by, r.updated_at.isoformat(sep=" ")))
    return cols, rows


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    return str(v)


def export_csv(conn: Connection) -> str:
    """Every correction as CSV (``EXPORT_COLUMNS``): what ``import_csv`` reads back."""
    rows = conn.execute(
        select(m.Correction.__table__, m.Region.key.label("region_key"),
               m.Region.name.label("region"))
        .outerjoin(m.Region, m.Region.id == m.Correction.region_id)
        .order_by(m.Correction.document_path, m.Correction.article_seq,
                  m.Correction.char_start)).mappings().all()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EXPORT_COLUMNS)
    for row in rows:
        w.writerow([_cell(row[col]) for col in EXPORT_COLUMNS])
    return buf.getvalue()


def _parse_bool(text: str, line: int, column: str) -> bool | None:
    t = text.strip().lower()
    if t == "":
        return None
    if t in ("true", "1", "yes"):
        return True
    if t in ("false", "0", "no"):
        return False
    raise CorrectionError(f"line {line}: {column} must be true or false, not {text!r}")


def import_csv(conn: Connection, text: str) -> tuple[int, int, Reapplied]:
    """Read corrections written by ``export_csv`` (a spreadsheet may have edited them): a row
    whose anchor (document, article, offset, surface) is already corrected replaces it.
    Each is then applied to its figure when one is found. Returns (rows read, of which
    replaced, what was applied). All or nothing: the caller's transaction."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in ("document_path", "article_seq", "char_start", "char_end", "surface")
               if c not in (reader.fieldnames or [])]
    if missing:
        raise CorrectionError(f"not a corrections file: no column {', '.join(missing)}")
    read = replaced = 0
    for line, row in enumerate(reader, 2):
        try:
            values = _import_values(conn, row, line)
        except (ValueError, TypeError) as exc:
            if isinstance(exc, CorrectionError):
                raise
            raise CorrectionError(f"line {line}: {exc}") from None
        key = (m.Correction.document_path == values["document_path"],
               m.Correction.article_seq == values["article_seq"],
               m.Correction.char_start == values["char_start"],
               m.Correction.surface == values["surface"])
        old = conn.execute(select(m.Correction.id).where(*key)).scalar()
        if old is not None:
            conn.execute(delete(m.Correction).where(m.Correction.id == old))
            replaced += 1
        conn.execute(insert(m.Correction).values(**values, figure_id=None))
        read += 1
    return read, replaced, reapply(conn)


def _import_values(conn: Connection, row: dict, line: int) -> dict:
    def text(col):
        v = (row.get(col) or "").strip()
        return v or None

    def when(col):
        v = text(col)
        return datetime.fromisoformat(v) if v else None

    region_id = None
    if text("region_key") or text("region"):
        try:
            region_id = resolve_region(conn, text("region_key") or text("region"))
        except CorrectionError:
            if not text("region"):
                raise
            region_id = resolve_region(conn, text("region"))
    measure = text("measure")
    if measure:
        _check_measure(conn, measure)
    stamp = _now()
    period_start, period_end = text("period_start"), text("period_end")
    return {
        "document_path": text("document_path"), "document_sha256": text("document_sha256"),
        "article_seq": int(row["article_seq"]), "char_start": int(row["char_start"]),
        "char_end": int(row["char_end"]), "surface": row["surface"],
        "context_before": row.get("context_before") or "",
        "context_after": row.get("context_after") or "",
        "region_id": region_id, "organization": text("organization"),
        "period_label": text("period_label"),
        "period_start": date.fromisoformat(period_start) if period_start else None,
        "period_end": date.fromisoformat(period_end) if period_end else None,
        "cumulative": _parse_bool(row.get("cumulative") or "", line, "cumulative"),
        "measure": measure,
        "not_a_figure": bool(_parse_bool(row.get("not_a_figure") or "", line, "not_a_figure")),
        "note": text("note"), "created_by": text("created_by") or "unknown",
        "created_at": when("created_at") or stamp, "updated_at": when("updated_at") or stamp,
    }


def delete_corrections(conn: Connection, ids: list[int] | None) -> tuple[int, list[int]]:
    """Delete the corrections ``ids`` (all of them when None); returns how many went, and the
    figures they were applied to (whose facts change back)."""
    q = delete(m.Correction)
    figures = select(m.Correction.figure_id).where(m.Correction.figure_id.is_not(None))
    if ids is not None:
        q = q.where(m.Correction.id.in_(ids))
        figures = figures.where(m.Correction.id.in_(ids))
    applied = list(conn.execute(figures).scalars())
    return conn.execute(q).rowcount, applied
