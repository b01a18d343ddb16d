"""Lookups by position (etl/textorder.py): bisecting where the extractors once scanned a whole
article must find what a scan finds, at every edge (an item starting at the stretch's start,
ending at its end, straddling either, two items at one start)."""
from __future__ import annotations

import random
import re

from hits import random_hits

from minsheng.etl.textorder import TextOrder, last_stop_before, stop_span


def test_the_items_of_a_stretch_are_those_a_scan_would_find():
    rng = random.Random(7)
    for _ in range(200):
        hits = random_hits(rng, 12, 60, 6)
        order = TextOrder(hits)
        for _ in range(20):
            lo = rng.randint(0, 70)
            hi = lo + rng.randint(0, 30)
            inside = [h for h in hits if lo <= h.start and h.end <= hi]
            assert order.within(lo, hi) == inside
            assert order.first_within(lo, hi) == (inside[0] if inside else None)
            assert order.last_within(lo, hi) == (inside[-1] if inside else None)
            starting = [h for h in hits if lo <= h.start < hi]
            assert order.starting_in(lo, hi) == starting
            assert order.last_starting_in(lo, hi) == (starting[-1] if starting else None)


def test_the_run_around_a_position_is_the_one_a_walk_would_find():
    stops = re.compile("[。\n]")
    text = "今年以来。补助4975万元。\n\n同比增长12%。末尾"
    for pos in range(len(text) + 1):
        start = max(text.rfind(c, 0, pos) for c in "。\n") + 1
        ends = [i for i in (text.find(c, pos) for c in "。\n") if i >= 0]
        assert stop_span(text, pos, stops) == (start, min(ends) if ends else len(text))
        assert last_stop_before(text, pos, stops) == (start - 1 if start else None)
