"""Rows as people and programs want them: an aligned table, CSV, JSON or JSON lines.

One value convention for every format: dates and times in ISO 8601, a float that holds a whole
number printed as an integer (SQLite stores 195188 people as 195188.0; nobody wants the .0),
booleans as true/false in JSON and 1/0 elsewhere, NULL as empty (table, CSV) or null (JSON).
The table measures Chinese characters as two columns wide, so columns line up in a terminal.
"""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import IO

FORMATS = ("table", "csv", "json", "jsonl")
MAX_CELL = 60  # display columns of one table cell; longer values end in …


def plain(value):
    """A JSON-ready value."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    return value


def as_text(value) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else
               0 if unicodedata.combining(c) else 1 for c in s)


def _cell(value, max_cell: int | None) -> str:
    s = " ".join(as_text(value).split()) if value is not None else ""
    if max_cell and width(s) > max_cell:
        out, w = [], 0
        for c in s:
            cw = width(c)
            if w + cw > max_cell - 1:
                break
            out.append(c)
            w += cw
        s = "".join(out) + "…"
    return s


def write_table(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str],
                max_cell: int | None = MAX_CELL) -> None:
    cells = [[_cell(v, max_cell) for v in r] for r in rows]
    widths = [width(c) for c in columns]
    for r in cells:
        widths = [max(w, width(c)) for w, c in zip(widths, r)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    out.write(line(columns) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(line(r) + "\n")
    out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")


def write_csv(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([as_text(v) for v in r])


def _objects(columns: Sequence[str], rows: Iterable[Sequence]):
    for r in rows:
        yield {c: plain(v) for c, v in zip(columns, r)}


def write_json(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> None:
    json.dump(list(_objects(columns, rows)), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> None:
    for obj in _objects(columns, rows):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")


WRITERS = {"table": write_table, "csv": write_csv, "json": write_json, "jsonl": write_jsonl}


def render(columns: Sequence[str], rows: Iterable[Sequence], fmt: str = "table",
           out: IO[str] | None = None) -> None:
    """Write ``rows`` in format ``fmt`` to ``out`` (stdout by default)."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    WRITERS[fmt](list(columns), rows, out if out is not None else sys.stdout)


def render_to_file(columns: Sequence[str], rows: Iterable[Sequence], fmt: str, path) -> None:
    """Write to ``path`` (UTF-8; CSV without a byte order mark); the table is not truncated."""
    newline = "" if fmt == "csv" else None
    with open(path, "w", encoding="utf-8", newline=newline) as fh:
        if fmt == "table":
            write_table(list(columns), rows, fh, max_cell=None)
        else:
            render(columns, rows, fmt, fh)
