"""Random region hits in text order, for the tests that check a bisecting lookup against a
plain scan."""
from __future__ import annotations

import random

from minsheng.etl.entities.regions import RegionHit


def random_hits(rng: random.Random, count: int, reach: int, longest: int,
                forms: tuple[str, ...] = ("full",)) -> list[RegionHit]:
    """Up to ``count`` hits starting in [0, reach], 1 to ``longest`` characters long, sorted as
    the finders sort them (by start, the longer first)."""
    return sorted((RegionHit(s, s + rng.randint(1, longest), "x", "k", rng.choice(forms))
                   for s in (rng.randint(0, reach) for _ in range(rng.randint(0, count)))),
                  key=lambda h: (h.start, -h.end))
