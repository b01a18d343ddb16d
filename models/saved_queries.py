"""Saved queries: the built-in ones shipped as ``queries/*.sql`` and the ones users save in the
``saved_queries`` table.

A query is SQL with ``:name`` placeholders plus a header of comments naming it::

    -- title: Figures for a region and its sub-regions
    -- description: Every figure reported for the region or any region under it ...
    --   (indented continuation lines belong to the description)
    -- param: region  the region's name, short name or code, e.g. 滨州市
    -- param: kind  (optional) ...; an optional parameter left out is bound as ''

Values are always bound as parameters, never pasted into the SQL. Placeholders are read
with string literals, quoted identifiers, comments and ``::type`` casts skipped, and every
colon that is not a placeholder is escaped before the SQL reaches SQLAlchemy, whose ``text()``
would otherwise take ``'12:30'`` for a parameter named ``30``.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError, StatementError

from . import schema as m
from .readonly import forget as forget_refusal
from .readonly import pg_refusal

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "queries"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
OPTIONAL = "(optional)"


class QueryError(ValueError):
    """A saved query cannot be found, saved, deleted or run as asked; the message says why."""


@dataclass(frozen=True)
class Param:
    name: str
    description: str = ""
    optional: bool = False


@dataclass(frozen=True)
class SavedQuery:
    name: str
    sql: str
    title: str | None = None
    description: str | None = None
    params: tuple[Param, ...] = field(default_factory=tuple)
    builtin: bool = False

    @property
    def param_names(self) -> list[str]:
        return [p.name for p in self.params]


# -- parsing ----------------------------------------------------------------------------------

def parse_header(sql: str) -> tuple[str | None, str | None, list[Param]]:
    """Title, description and declared parameters from the leading ``--`` comment lines."""
    title, description, params = None, [], []
    current = None
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("--"):
            break
        body = stripped[2:]
        key, sep, value = body.strip().partition(":")
        key = key.strip().lower()
        if sep and key in ("title", "description", "param") and not body.startswith("   "):
            value = value.strip()
            current = key
            if key == "title":
                title = value
            elif key == "description":
                description.append(value)
            else:
                name, _, desc = value.partition(" ")
                desc = desc.strip()
                optional = desc.lower().startswith(OPTIONAL)
                if optional:
                    desc = desc[len(OPTIONAL):].strip()
                params.append(Param(name.strip(), desc, optional))
        elif current == "description" and body.startswith(" "):
            description.append(body.strip())
        elif current == "param" and body.startswith("   ") and params:
            p = params[-1]
            params[-1] = Param(p.name, f"{p.description} {body.strip()}".strip(), p.optional)
        else:
            current = None
    return title, " ".join(description) or None, params


def body_of(sql: str) -> str:
    """``sql`` without its leading header of ``--`` comment lines (title, description,
    parameters): what a reader of the results wants to see of the query."""
    lines = sql.splitlines()
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith("--")):
        i += 1
    return "\n".join(lines[i:]).strip()


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")


def _scan(sql: str):
    """Yield ``("code", text)`` and ``("other", text)`` pieces: other = string literals,
    quoted identifiers, comments, dollar-quoted strings; code = everything else."""
    i, n, start = 0, len(sql), 0
    while i < n:
        c = sql[i]
        end = None
        if c in ("'", '"'):
            j = i + 1
            while j < n:
                if sql[j] == c:
                    if j + 1 < n and sql[j + 1] == c:  # doubled quote inside
                        j += 2
                        continue
                    break
                j += 1
            end = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            end = n if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            end = n if j < 0 else j + 2
        elif c == "$":
            mt = _DOLLAR_TAG.match(sql, i)
            if mt and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_")):
                j = sql.find(mt.group(0), mt.end())
                end = n if j < 0 else j + len(mt.group(0))
        if end is None:
            i += 1
            continue
        if start < i:
            yield "code", sql[start:i]
        yield "other", sql[i:end]
        i = start = min(end, n)
    if start < n:
        yield "code", sql[start:]


def _code_tokens(code: str):
    """Yield ("param", name) and ("text", piece) for a code piece; ``::`` casts are text."""
    i, n, start = 0, len(code), 0
    while i < n:
        if code[i] == ":":
            if code.startswith("::", i):
                yield "text", code[start:i] + "::"
                i = start = i + 2
                continue
            prev = code[i - 1] if i else ""
            mt = _IDENT.match(code, i + 1)
            if mt and not (prev.isalnum() or prev == "_"):
                yield "text", code[start:i]
                yield "param", mt.group(0)
                i = start = mt.end()
                continue
        i += 1
    yield "text", code[start:]


def placeholders(sql: str) -> list[str]:
    """The ``:name`` parameters of ``sql`` in order of first use."""
    names: list[str] = []
    for kind, piece in _scan(sql):
        if kind == "code":
            for tk, value in _code_tokens(piece):
                if tk == "param" and value not in names:
                    names.append(value)
    return names


def bindable(sql: str) -> str:
    """``sql`` for SQLAlchemy ``text()``: placeholders kept, every other colon escaped."""
    out = []
    for kind, piece in _scan(sql):
        if kind == "other":
            out.append(piece.replace(":", "\\:"))
            continue
        for tk, value in _code_tokens(piece):
            out.append(":" + value if tk == "param" else value.replace(":", "\\:"))
    return "".join(out)


def first_keyword(sql: str) -> str | None:
    """The statement's first word, comments skipped (``SELECT``, ``WITH``, ``COPY`` ...)."""
    for kind, piece in _scan(sql):
        if kind == "code":
            mt = re.match(r"\s*([A-Za-z_]+)", piece)
            if mt:
                return mt.group(1)
            if piece.strip() and not piece.strip().startswith("("):
                return None
        elif not piece.startswith(("--", "/*")):
            return None
    return None


def from_sql(name: str, sql: str, *, title: str | None = None, description: str | None = None,
             builtin: bool = False) -> SavedQuery:
    """A query from SQL text: its header gives title, description and parameter descriptions;
    parameters used but not declared are required and undescribed."""
    h_title, h_desc, declared = parse_header(sql)
    used = placeholders(sql)
    params = tuple([p for p in declared if p.name in used]
                   + [Param(n) for n in used if n not in {p.name for p in declared}])
    return SavedQuery(name=name, sql=sql, title=title or h_title, description=description or h_desc,
                      params=params, builtin=builtin)


# -- catalogue --------------------------------------------------------------------------------

def builtin_queries() -> dict[str, SavedQuery]:
    return {p.stem: from_sql(p.stem, p.read_text(encoding="utf-8"), builtin=True)
            for p in sorted(BUILTIN_DIR.glob("*.sql"))}


def user_queries(conn: Connection) -> dict[str, SavedQuery]:
    rows = conn.execute(select(m.SavedQuery.name, m.SavedQuery.sql, m.SavedQuery.title,
                               m.SavedQuery.description).order_by(m.SavedQuery.name))
    return {name: from_sql(name, sql, title=title, description=desc)
            for name, sql, title, desc in rows}


def all_queries(conn: Connection | None) -> list[SavedQuery]:
    """Built-in queries first, then the user's, each by name."""
    user = user_queries(conn) if conn is not None else {}
    return list(builtin_queries().values()) + list(user.values())


def get_query(conn: Connection | None, name: str) -> SavedQuery:
    found = builtin_queries().get(name)
    if found is None and conn is not None:
        found = user_queries(conn).get(name)
    if found is None:
        names = [q.name for q in all_queries(conn)]
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
        if not close:
            close = [n for n in names if name and (name in n or n in name)][:3]
        hint = (f"did you mean {' or '.join(close)}? " if close else "")
        raise QueryError(f"no saved query named {name!r}; {hint}known: {', '.join(names)}")
    return found


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def save_query(conn: Connection, name: str, sql: str, *, title: str | None = None,
               description: str | None = None, replace: bool = False) -> SavedQuery:
    """Store a user query; the caller commits. A built-in name is refused, an existing user
    query is replaced only when ``replace`` is true."""
    if not NAME_RE.match(name):
        raise QueryError(f"invalid query name {name!r}: use lowercase letters, digits, '_' and "
                         "'-', starting with a letter or digit, at most 64 characters")
    if name in builtin_queries():
        raise QueryError(f"{name!r} is a built-in query; choose another name")
    if not sql.strip():
        raise QueryError("the query has no SQL")
    exists = conn.execute(select(m.SavedQuery.id).where(m.SavedQuery.name == name)).scalar()
    now = _now()
    values = {"sql": sql, "title": title, "description": description, "updated_at": now}
    if exists is None:
        conn.execute(insert(m.SavedQuery).values(name=name, created_at=now, **values))
    elif replace:
        conn.execute(update(m.SavedQuery).where(m.SavedQuery.id == exists).values(**values))
    else:
        raise QueryError(f"a saved query named {name!r} exists; use --replace to overwrite it")
    return from_sql(name, sql, title=title, description=description)


def check_runnable(conn: Connection, sql: str) -> SavedQuery:
    """Prepare ``sql`` on a read-only connection without running it, so that a query is saved
    only if it can run: ``selec``, ``...``, a DELETE or a VACUUM INTO were stored before and
    failed only when someone ran them. SQLite prepares ``EXPLAIN <sql>`` (its authorizer
    refuses writes while preparing); PostgreSQL plans it (``EXPLAIN``, which runs nothing) and a
    plan that modifies a table is refused. Parameters are bound as NULL. Returns the query
    with the parameters found."""
    query = from_sql("check", sql)
    if not sql.strip():
        raise QueryError("the query has no SQL")
    postgresql = conn.dialect.name == "postgresql"
    refusal = pg_refusal(first_keyword(sql)) if postgresql else None
    if refusal:
        raise QueryError(f"the query cannot be saved: {refusal}")
    forget_refusal()
    params = {name: None for name in query.param_names}
    explain = "EXPLAIN (FORMAT JSON) " if postgresql else "EXPLAIN "
    try:
        rows = conn.execute(text(explain + bindable(sql)), params).fetchall()
    except (DBAPIError, StatementError) as exc:
        from .errors import in_words

        raise QueryError(f"the query cannot be saved: {in_words(exc)}") from None
    finally:
        conn.rollback()
    if postgresql and _modifies(rows[0][0] if rows else None):
        raise QueryError("the query cannot be saved: the database is opened read-only; write "
                         "statements are refused (it modifies a table)")
    # SQLite asks the authorizer about VACUUM's ATTACH only when it runs, not when prepared
    if not postgresql and any(row[1] == "Vacuum" for row in rows):
        raise QueryError("the query cannot be saved: the database is opened read-only; write "
                         "statements are refused (VACUUM is not allowed)")
    return query


def _modifies(plan) -> bool:
    """A PostgreSQL JSON plan (a list, dicts, strings) has a ModifyTable node somewhere."""
    if isinstance(plan, str):
        import json

        plan = json.loads(plan)
    if isinstance(plan, list):
        return any(_modifies(p) for p in plan)
    if isinstance(plan, dict):
        return plan.get("Node Type") == "ModifyTable" or any(
            _modifies(v) for v in plan.values() if isinstance(v, (list, dict)))
    return False


def copy_queries(source: Connection, target: Connection, *, replace: bool = False) -> list[str]:
    """Save the user queries of ``source`` in ``target``, as they are (titles, descriptions,
    SQL, when they were created and last changed); the caller commits. For moving to
    PostgreSQL: a new database is filled by loading the pages again, but the queries people
    saved live only in the old one. A name the target already uses is an error naming every
    such query, and nothing is copied, unless ``replace``. Returns the names copied."""
    columns = (m.SavedQuery.name, m.SavedQuery.title, m.SavedQuery.description,
               m.SavedQuery.sql, m.SavedQuery.created_at, m.SavedQuery.updated_at)
    rows = [r._asdict() for r in source.execute(select(*columns).order_by(m.SavedQuery.name))]
    existing = dict(target.execute(select(m.SavedQuery.name, m.SavedQuery.id)).all())
    clashes = [r["name"] for r in rows if r["name"] in existing]
    if clashes and not replace:
        raise QueryError(f"the target database already has saved queries named "
                         f"{', '.join(clashes)}; use --replace to overwrite them")
    for row in rows:
        if row["name"] in existing:
            target.execute(update(m.SavedQuery).where(m.SavedQuery.id == existing[row["name"]])
                           .values(**row))
        else:
            target.execute(insert(m.SavedQuery).values(**row))
    return [r["name"] for r in rows]


def delete_query(conn: Connection, name: str) -> None:
    if name in builtin_queries():
        raise QueryError(f"{name!r} is a built-in query and cannot be deleted")
    gone = conn.execute(delete(m.SavedQuery).where(m.SavedQuery.name == name)).rowcount
    if not gone:
        raise QueryError(f"no user query named {name!r}")


# -- running ----------------------------------------------------------------------------------

def _expected(query: SavedQuery) -> str:
    if not query.params:
        return "it takes no parameters"
    parts = []
    for p in query.params:
        s = f"{p.name}{' (optional)' if p.optional else ''}"
        parts.append(f"{s}: {p.description}" if p.description else s)
    return "expected: " + "; ".join(parts)


def bind_params(query: SavedQuery, given: dict[str, str]) -> dict[str, str]:
    """The parameter values to bind, or a QueryError naming what is missing or unknown."""
    names = set(query.param_names)
    unknown = sorted(set(given) - names)
    missing = [p.name for p in query.params if p.name not in given and not p.optional]
    problems = []
    if unknown:
        problems.append("unknown parameter" + ("s " if len(unknown) > 1 else " ")
                        + ", ".join(unknown))
    if missing:
        problems.append("missing parameter" + ("s " if len(missing) > 1 else " ")
                        + ", ".join(missing))
    if problems:
        raise QueryError(f"query {query.name!r}: {'; '.join(problems)} ({_expected(query)})")
    return {p.name: given.get(p.name, "") for p in query.params}


def parse_assignments(pairs: list[str] | None) -> dict[str, str]:
    """``["region=滨州市", "year=2024"]`` -> dict; the value may contain '='. A name given
    twice is an error: silently keeping the last value ran a different query than meant."""
    out = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"parameter {pair!r} is not of the form name=value")
        name = name.strip()
        if name in out:
            raise QueryError(f"parameter {name} is given twice ({name}={out[name]} and "
                             f"{name}={value}); give each parameter once")
        out[name] = value
    return out


STREAM_BATCH = 2000  # rows fetched at a time when streaming


def execute(conn: Connection, sql: str, params: dict[str, str], *,
            stream: bool = False) -> tuple[list[str], Iterable[tuple]]:
    """Run one statement with bound parameters; column names and rows.

    With ``stream`` the rows are an iterator, read from the database as they are consumed
    (a server-side cursor on PostgreSQL) and valid while ``conn`` is open: an export of years
    of figures then never holds them all. Errors of the database while rows are read (a bad
    value met halfway) are raised from the iteration."""
    refusal = pg_refusal(first_keyword(sql)) if conn.dialect.name == "postgresql" else None
    if refusal:
        raise QueryError(refusal)
    forget_refusal()
    statement = text(bindable(sql))
    if stream:
        try:
            result = conn.execute(statement, params,
                                  execution_options={"yield_per": STREAM_BATCH})
        except DBAPIError:
            if conn.dialect.name != "postgresql":
                raise
            # A server-side cursor is DECLAREd FOR the statement, which takes a query only: a
            # DELETE failed there as a syntax error, hiding the read-only transaction's own
            # refusal. Sent again as it is, the statement fails with its real reason (and a
            # query that failed for another one fails again the same way).
            conn.rollback()
            result = conn.execute(statement, params)
    else:
        result = conn.execute(statement, params)
    if not result.returns_rows:
        raise QueryError("the statement returned no rows")
    if stream:
        return list(result.keys()), map(tuple, result)
    return list(result.keys()), [tuple(r) for r in result.fetchall()]


def run_query(conn: Connection, query: SavedQuery, given: dict[str, str], *,
              stream: bool = False) -> tuple[list[str], Iterable[tuple]]:
    return execute(conn, query.sql, bind_params(query, given), stream=stream)


def run_sql(conn: Connection, sql: str, given: dict[str, str], *,
            stream: bool = False) -> tuple[list[str], Iterable[tuple]]:
    """Ad-hoc SQL: the same checks as a saved query, with parameters read from the SQL."""
    return run_query(conn, from_sql("sql", sql), given, stream=stream)
