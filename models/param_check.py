"""Parameter values that name nothing: a warning before a saved query runs.

``-p region=滨洲市`` (a typo) runs and returns no rows, which reads as "nothing was reported
there". For parameters whose name says what they name (region, organization, program, metric,
kind) the value is looked up the way the built-in queries match it, and a value that matches
nothing gets one line naming what was looked for and the closest names that exist. The query
still runs: the value may be right and the knowledge base simply hold no such row yet.
"""
from __future__ import annotations

import difflib

from sqlalchemy import Connection, text

from ..etl.records import ORG_KINDS

# parameter name -> (what it names, SQL counting matches of :v, SQL listing candidate names)
_LOOKUPS = {
    "region": ("region",
               "SELECT COUNT(*) FROM regions WHERE name = :v OR short_name = :v OR code = :v",
               "SELECT name FROM regions UNION SELECT short_name FROM regions "
               "WHERE short_name IS NOT NULL"),
    "organization": ("organisation",
                     "SELECT (SELECT COUNT(*) FROM organizations WHERE name = :v "
                     "OR name LIKE '%' || CAST(:v AS TEXT) || '%') + "
                     "(SELECT COUNT(*) FROM organization_aliases WHERE alias = :v)",
                     "SELECT name FROM organizations UNION SELECT alias FROM "
                     "organization_aliases"),
    "program": ("programme",
                "SELECT (SELECT COUNT(*) FROM programs WHERE name = :v "
                "OR name LIKE '%' || CAST(:v AS TEXT) || '%') + "
                "(SELECT COUNT(*) FROM program_aliases WHERE alias = :v)",
                "SELECT name FROM programs UNION SELECT alias FROM program_aliases"),
    "metric": ("metric",
               "SELECT COUNT(*) FROM figures WHERE metric = :v "
               "OR metric LIKE '%' || CAST(:v AS TEXT) || '%'",
               "SELECT DISTINCT metric FROM figures WHERE metric IS NOT NULL"),
}
_SYNONYMS = {"organisation": "organization", "org": "organization", "programme": "program"}


def closest(word: str, candidates, n: int = 3) -> list[str]:
    """Names like ``word``: spelt alike (difflib), else containing it or contained in it."""
    pool = [c for c in dict.fromkeys(candidates) if c]
    close = difflib.get_close_matches(word, pool, n=n, cutoff=0.5)
    if close:
        return close
    return [c for c in pool if word in c or c in word][:n]


def _did_you_mean(names: list[str]) -> str:
    return f" (did you mean {' or '.join(names)}?)" if names else ""


def unmatched(conn: Connection, params: dict[str, str]) -> list[str]:
    """One warning per parameter whose value names no known region, organisation, programme,
    metric or organisation kind; empty values (an optional parameter left out) are fine."""
    warnings = []
    for name, value in params.items():
        key = _SYNONYMS.get(name, name)
        if not value:
            continue
        if key == "kind":
            if value not in ORG_KINDS:
                warnings.append(f"kind {value!r} is no organisation kind, so nothing matches; "
                                f"kinds: {', '.join(ORG_KINDS)}")
            continue
        if key not in _LOOKUPS:
            continue
        what, count_sql, names_sql = _LOOKUPS[key]
        if conn.execute(text(count_sql), {"v": value}).scalar():
            continue
        names = [r[0] for r in conn.execute(text(names_sql))]
        warnings.append(f"no {what} in the knowledge base matches {name}={value}; the query "
                        f"runs all the same{_did_you_mean(closest(value, names))}")
    return warnings
