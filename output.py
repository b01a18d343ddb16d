"""Rows as people and programs want them: an aligned table, a record per block (``vertical``,
as psql's ``\\x``), CSV, TSV, a Markdown table, JSON or JSON lines.

One value convention for every format: dates and times in ISO 8601, a float that holds a whole
number printed as an integer (SQLite stores 195188 people as 195188.0; nobody wants the .0),
booleans as true/false in JSON and 1/0 elsewhere, NULL as empty (table, CSV) or null (JSON).
The table measures Chinese characters as two columns wide, so columns line up in a terminal.
Only the caller knows whether a person reads the table on a terminal: it passes ``max_cell``
(cut long cells, for the screen; None keeps every character, for a file or a pipe) and
``max_width`` (the terminal's width: a table wider than that is shown record by record, which
fits any width, instead of folding every line in two).

CSV, JSON and JSON lines are written row by row as the rows arrive: an export of every figure
of years of pages holds one row in memory, not all of them (184,573 rows of ``figure_facts``
took 393 MB when they were collected first). Only the table reads all rows before it writes,
as its columns are as wide as their widest cell.
"""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import IO

FORMATS = ("table", "csv", "tsv", "markdown", "json", "jsonl")
# formats with a header row that --no-headers can drop
HEADED = ("table", "csv", "tsv")
MAX_CELL = 60  # display columns of one table cell; longer values end in …


_AS_IS = frozenset((str, int, type(None)))  # most values: returned at once


def plain(value):
    """A JSON-ready value."""
    if type(value) in _AS_IS:
        return value
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
    kind = type(value)
    if kind is str:  # most cells: names, metrics, evidence
        return value
    if kind is int:
        return str(value)
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


@lru_cache(maxsize=None)
def _char_width(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1


def width(s: str) -> int:
    return len(s) if s.isascii() else sum(map(_char_width, s))


def _cell(value, max_cell: int | None) -> str:
    s = " ".join(as_text(value).split()) if value is not None else ""
    if max_cell and width(s) > max_cell:
        out, w = [], 0
        for c in s:
            cw = _char_width(c)
            if w + cw > max_cell - 1:
                break
            out.append(c)
            w += cw
        s = "".join(out) + "…"
    return s


def write_table(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str],
                max_cell: int | None = MAX_CELL, headers: bool = True,
                max_width: int | None = None) -> int:
    rows = list(rows)
    cells = [[_cell(v, max_cell) for v in r] for r in rows]
    widths = [width(c) for c in columns] if headers else [0] * len(columns)
    for r in cells:
        widths = [max(w, width(c)) for w, c in zip(widths, r)]
    if max_width is not None and sum(widths) + 2 * (len(widths) - 1) > max_width:
        return write_vertical(columns, rows, out, headers=headers)  # whole values: lines wrap

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    if headers:
        out.write(line(columns) + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(line(r) + "\n")
    if headers:
        out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")
    return len(cells)


def write_vertical(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str],
                   headers: bool = True) -> int:
    """One block per row, a line per column (``name | value``), as psql's expanded display:
    a row of twenty columns fits a narrow terminal. Values are whole, never cut."""
    name_width = max((width(c) for c in columns), default=0)
    names = [c + " " * (name_width - width(c)) for c in columns]
    n = 0
    for n, row in enumerate(rows, 1):
        out.write(f"-[ RECORD {n} ]" + "-" * max(0, name_width - 8) + "\n")
        for name, value in zip(names, row):
            out.write(f"{name} | {' '.join(as_text(value).split()) if value is not None else ''}"
                      .rstrip() + "\n")
    if headers:
        out.write(f"({n} row{'s' if n != 1 else ''})\n")
    return n


def write_csv(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str],
              headers: bool = True) -> int:
    w = csv.writer(out, lineterminator="\n")
    if headers:
        w.writerow(columns)
    n = 0
    for r in rows:
        w.writerow([as_text(v) for v in r])
        n += 1
    return n


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def write_tsv(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str],
              headers: bool = True) -> int:
    """Tab-separated, one line per row: a tab, line break or backslash inside a value is
    written \\t, \\n, \\\\ (as PostgreSQL's COPY does), so `cut -f` and spreadsheets see every
    row on its own line and every column in its place."""
    if headers:
        out.write("\t".join(c.translate(_TSV_ESCAPES) for c in columns) + "\n")
    n = 0
    for r in rows:
        out.write("\t".join(as_text(v).translate(_TSV_ESCAPES) for v in r) + "\n")
        n += 1
    return n


def _md(value) -> str:
    text = " ".join(as_text(value).split()) if value is not None else ""
    return text.replace("\\", "\\\\").replace("|", "\\|")


def write_markdown(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> int:
    """A GitHub-flavoured Markdown table (an issue, a wiki page, a report): ``|`` in a value
    is escaped and line breaks become spaces, so every row stays one table row."""
    out.write("| " + " | ".join(_md(c) for c in columns) + " |\n")
    out.write("|" + "|".join(" --- " for _ in columns) + "|\n")
    n = 0
    for r in rows:
        out.write("| " + " | ".join(_md(v) for v in r) + " |\n")
        n += 1
    return n


def _objects(columns: Sequence[str], rows: Iterable[Sequence]):
    for r in rows:
        yield {c: plain(v) for c, v in zip(columns, r)}


def write_json(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> int:
    """What ``json.dump(objects, indent=2)`` writes, one object at a time. With ``indent``
    json encodes in Python, not in C (12 s for 184,573 rows); the objects are flat, so the
    same layout comes from the C encoder with a line break and the indent as the separator
    between an object's items (inside a string a line break is always escaped)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",\n    ", ": ")).encode
    n = 0
    for obj in _objects(columns, rows):
        out.write(",\n" if n else "[\n")
        out.write("  {\n    " + encode(obj)[1:-1] + "\n  }" if obj else "  {}")
        n += 1
    out.write("\n]\n" if n else "[]\n")
    return n


def write_jsonl(columns: Sequence[str], rows: Iterable[Sequence], out: IO[str]) -> int:
    n = 0
    for obj in _objects(columns, rows):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


WRITERS = {"table": write_table, "csv": write_csv, "tsv": write_tsv,
           "markdown": write_markdown, "json": write_json, "jsonl": write_jsonl}


def render(columns: Sequence[str], rows: Iterable[Sequence], fmt: str = "table",
           out: IO[str] | None = None, *, headers: bool = True, vertical: bool = False,
           max_cell: int | None = MAX_CELL, max_width: int | None = None) -> int:
    """Write ``rows`` in format ``fmt`` to ``out`` (stdout by default); returns how many.
    ``headers`` False drops the header row (table, csv, tsv); ``vertical`` shows a table
    record by record; ``max_cell`` and ``max_width`` are for a table read on a terminal."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = out if out is not None else sys.stdout
    columns = list(columns)
    if fmt == "table" and vertical:
        return write_vertical(columns, rows, out, headers=headers)
    if fmt == "table":
        return write_table(columns, rows, out, max_cell=max_cell, headers=headers,
                           max_width=max_width)
    if fmt in HEADED:
        return WRITERS[fmt](columns, rows, out, headers=headers)
    return WRITERS[fmt](columns, rows, out)


def render_to_file(columns: Sequence[str], rows: Iterable[Sequence], fmt: str, path, *,
                   headers: bool = True, vertical: bool = False) -> int:
    """Write to ``path`` (UTF-8; CSV without a byte order mark); the table is not truncated.

    The rows go to a temporary file beside ``path``, which takes its place only when every row
    is written: a query that fails halfway (or a full disk) leaves an earlier export whole
    instead of half overwritten. A symbolic link stays one (the file it points to is
    replaced), and what is no regular file (``/dev/stdout``, a named pipe) is written to in
    place: renaming onto it would replace the device itself."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    newline = "" if fmt == "csv" else None
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8", newline=newline) as fh:
            return _write(columns, rows, fmt, fh, headers, vertical)
    if path.is_symlink():
        path = path.resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with open(fd, "w", encoding="utf-8", newline=newline) as fh:
            n = _write(columns, rows, fmt, fh, headers, vertical)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return n


def _write(columns: Sequence[str], rows: Iterable[Sequence], fmt: str, fh: IO[str],
           headers: bool = True, vertical: bool = False) -> int:
    return render(columns, rows, fmt, fh, headers=headers, vertical=vertical, max_cell=None)


def _umask() -> int:
    """The process's umask (mkstemp makes files private; an export is an ordinary file)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
