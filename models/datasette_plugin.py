"""A Datasette plugin, registered as an entry point of minsheng-kb, so any Datasette installed
beside it loads it: whole numbers in ``value`` and ``value_max`` show as 195188, not 195188.0.

SQLite stores figures as REAL (a value in base units may be 3.5 or 371000000); Datasette's
HTML prints a REAL as Python does. Only the HTML cell changes: the JSON API keeps the number.
"""
from __future__ import annotations

from datasette import hookimpl

WHOLE_NUMBER_COLUMNS = frozenset(("value", "value_max"))


def whole(value, column: str):
    """The text to show for a cell, or None to leave Datasette's own rendering."""
    if (column in WHOLE_NUMBER_COLUMNS and isinstance(value, float) and value.is_integer()
            and abs(value) < 2 ** 53):
        return str(int(value))
    return None


@hookimpl
def render_cell(value, column):
    return whole(value, column)
