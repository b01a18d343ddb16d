"""Dates as the period rules need them: the publication date with how much of it is known,
the clock relative phrases are read against, and calendar arithmetic that never raises
(29 February, a 31st of a short month).

The publication date is a ``PublicationDate``: a ``date`` that also says how much of it is
known (``granularity``) and whether the page fixes its year (``year_certain``); a date whose
year is only the latest one mentioned on the page is stored, but never used to resolve
relative phrases (``Clock``).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache


class PublicationDate(date):
    """A date plus how much of it the page tells.

    ``granularity`` is ``day``, ``month`` or ``year`` (a year-only date is stored as 1 January);
    ``year_certain`` is False when the year is only the latest year the page mentions.
    """

    granularity: str
    year_certain: bool

    def __new__(cls, year: int, month: int = 1, day: int = 1, granularity: str = "day",
                year_certain: bool = True):
        self = super().__new__(cls, year, month, day)
        self.granularity = granularity
        self.year_certain = year_certain
        return self

    def __reduce__(self):  # keep the extra fields across process boundaries
        return (PublicationDate, (self.year, self.month, self.day, self.granularity,
                                  self.year_certain))

    def __repr__(self) -> str:
        return (f"PublicationDate({self.year}, {self.month}, {self.day}, "
                f"granularity={self.granularity!r}, year_certain={self.year_certain})")


def _precision(published_on: date | None) -> tuple[str | None, bool]:
    """(granularity, year fixed) of whatever date the pipeline passes in; a plain ``date``
    comes from a manifest or a caller who knows it, so it is taken as exact."""
    if published_on is None:
        return None, False
    return getattr(published_on, "granularity", "day"), getattr(published_on, "year_certain", True)


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


@lru_cache(maxsize=4096)
def safe_date(y: int | None, m: int, d: int) -> date | None:
    # memoized: every phrase asks for the first and last days of its span, and calendar's
    # month length costs a weekday computation
    if y is None:
        return None
    try:
        return date(y, m, min(d, last_day(y, m)))
    except ValueError:
        return None


class Clock:
    """What the publication date lets us resolve."""

    def __init__(self, published_on: date | None):
        self.gran, certain = _precision(published_on)
        self.year = published_on.year if published_on is not None and certain else None
        self.month = published_on.month if self.year and self.gran in ("day", "month") else None
        self.today = published_on if self.year and self.gran == "day" else None

    def _key(self) -> tuple:
        return self.year, self.month, self.today, type(self.today)

    # Clocks that resolve alike are equal: a page whose year is not fixed reads its articles'
    # phrases the same for the publication date and for the figures' periods.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Clock) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def rel(self, offset: int) -> int | None:
        return None if self.year is None else self.year + offset

    def year_of_month(self, m: int) -> int | None:
        """The year of a bare ``M月``: this year unless that month is still ahead. A page
        that fixes its year but no day (its full dates all fall in one year) writes a bare
        month in that year, as a reader takes it."""
        if self.month is None:
            return self.year if self.gran == "year" else None
        return self.year if m <= self.month else self.year - 1


def latest_day(today: date, n: int) -> date | None:
    """The last day numbered ``n`` on or before ``today``: this month's, else last month's."""
    # (plain dates: ``today`` may be a PublicationDate, whose replace() loses its fields)
    if n <= today.day:
        return date(today.year, today.month, n)
    prev = date(today.year, today.month, 1) - timedelta(days=1)
    return date(prev.year, prev.month, n) if n <= prev.day else None


def int_of(s: str | None) -> int | None:
    """A month's or a day's number, in digits or numerals (十一 -> 11, 二十五 -> 25)."""
    if not s:
        return None
    return int(s) if s.isdigit() else small_int(s)
CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10}


def small_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return CN_SMALL.get(s)
    if s[0] == "十":
        return 10 + CN_SMALL.get(s[1], 0) if len(s) == 2 else None
    if len(s) in (2, 3) and s[1] == "十":
        tens = CN_SMALL.get(s[0])
        ones = CN_SMALL.get(s[2], 0) if len(s) == 3 else 0
        return None if tens is None else tens * 10 + ones
    return None
