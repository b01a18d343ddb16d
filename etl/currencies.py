"""Currency names, so that the country in 德国马克 or 法国法郎 is not read as a place.

An article on a currency quotes the rates of other countries' money (德国马克, 瑞士法郎, 俄罗斯
卢布): those countries are not what its figures are about. A place name followed by a word for
money names a currency, not the place.

The words come from CLDR's Chinese currency names, which Babel ships (nothing is fetched): a
name that opens with a country's name (德国马克, 新加坡元, 南斯拉夫新第纳尔) gives the word for
money after it (马克, 元, 新第纳尔), and the names that open with none (美元, 日元, 英镑, 港元)
are words for money themselves. Without Babel, the currency measure words the figure finder
knows (etl/units.py) stand in.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from . import words

# "(1990–1992)", "（可兑换）", "(WIR)": CLDR's notes on a name, never written in news text
_NOTE = re.compile(r"\s*[(（][^)）]*[)）]\s*")


@lru_cache(maxsize=1)
def _cldr_currencies() -> tuple[tuple[str, str], ...]:
    """(ISO 4217 code, Chinese name) of the currencies CLDR lists, the names NFKC-folded. The X
    codes are no country's money (gold, special drawing rights, test codes)."""
    from babel import Locale

    return tuple((code, _fold(n)) for code, n in Locale.parse("zh_Hans_CN").currencies.items()
                 if not code.startswith("X"))


def _cldr_names() -> tuple[list[str], list[str]]:
    """(the Chinese names of the currencies CLDR lists, the territory names), NFKC-folded."""
    from babel import Locale

    return ([n for _, n in _cldr_currencies()],
            [_fold(n) for n in Locale.parse("zh_Hans_CN").territories.values()])


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKC", _NOTE.sub("", name)).strip()


def _places(territories: list[str]) -> list[str]:
    """The territory names of two characters or more, longest first (a currency's name opens
    with at most one)."""
    return sorted({t for t in territories if len(t) >= 2}, key=len, reverse=True)


def _country_prefix(name: str, places: list[str]) -> str | None:
    """The territory name a currency's name opens with and runs on after (德国 of 德国马克)."""
    return next((p for p in places if name.startswith(p) and len(name) > len(p)), None)


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """Words for money that may follow a place name: 马克, 法郎, 元, 卢布, 美元, 新台币…

    A one-character word counts only when several currencies share it (元, 镑, 盾): 阿富汗尼
    and 玻利维亚诺 are names that run on, not a word for money after 阿富汗 or 玻利维亚."""
    try:
        currencies, territories = _cldr_names()
    except ImportError:
        from .units import FORMS, dimension_of

        return frozenset(f for f, (base, _) in FORMS.items() if dimension_of(base) == "currency")
    places = _places(territories)
    taken = set(places)
    seen: Counter[str] = Counter()
    for name in set(currencies):
        if not name or name in taken or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue  # 智利(资金): a fund, named by its country
        place = _country_prefix(name, places)
        seen[name[len(place):] if place else name] += 1
    # (计算单位, 票面工资指数单位: CLDR's units of account, no money anyone is paid in)
    return frozenset(w for w, n in seen.items() if (len(w) > 1 or n > 1)
                     and not w.endswith("单位"))


@lru_cache(maxsize=1)
def named_currencies() -> tuple[str, ...]:
    """Currency names that open with their country's (德国马克, 瑞士法郎, 俄罗斯卢布, 新加坡元):
    measure words of their own (3亿德国马克), kept apart from the bare 马克 and 法郎 since a Swiss
    franc is not a French one. Empty without Babel."""
    try:
        currencies, territories = _cldr_names()
    except ImportError:
        return ()
    places = _places(territories)
    money = currency_words()
    out = set()
    for name in currencies:
        place = _country_prefix(name, places)
        if place and name[len(place):] in money:
            out.add(name)
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def _by_first() -> dict[str, tuple[str, ...]]:
    """The words for money by first character, longest first."""
    out: dict[str, list[str]] = {}
    for w in currency_words():
        out.setdefault(w[0], []).append(w)
    return {c: tuple(sorted(ws, key=len, reverse=True)) for c, ws in out.items()}


def money_after(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` is followed by a word for money that ends a word
    there (德国马克 names money; 德国马克思主义 and 英国元首 do not) and is not the money a rate
    is quoted for: in 菲律宾比索对美元的汇率 and 日元兑美元 the rate is the Philippines' or
    Japan's own, so the place stays (in 1德国马克兑3.3第纳尔 the mark is an amount)."""
    for w in _by_first().get(text[end:end + 1], ()):
        stop = end + len(w)
        if text.startswith(w, end) and _word_ends(text, end, stop):
            nxt = text[stop:stop + 1]
            quoted = nxt == "对" or nxt == "兑" and not text[start - 1:start].isdigit()
            return not quoted
    return False


def _word_ends(text: str, start: int, stop: int) -> bool:
    """Whether the segmenter ends a word at ``stop`` reading on from ``start``."""
    if not words.available():
        return True
    pos = start
    for tok in words.cut(text[start:stop + 3]):
        pos += len(tok)
        if pos >= stop:
            return pos == stop
    return True


# money whose code opens with no country of its own to place a figure in: the dollar and the
# euro are paid and quoted everywhere (ISO 4217's US, EU)
_WORLD_MONEY = frozenset({"US", "EU"})


@lru_cache(maxsize=1)
def _countries_of_units() -> dict[str, str]:
    """The figure finder's currency unit -> the one country whose money it is (日元 -> JP, 铢 ->
    TH, 韩元 -> KR), by ISO 4217: a currency's code opens with its country's ISO 3166 code. A
    unit several countries' money shares (卢布, 比索, 克朗) has none. Empty without Babel."""
    try:
        currencies, territories = _cldr_names()
    except ImportError:
        return {}
    from .units import FORMS

    places = _places(territories)
    money = currency_words()
    found: dict[str, set[str]] = {}
    for code, name in _cldr_currencies():
        if len(code) != 3:
            continue
        found.setdefault(FORMS.get(name, (name, 1.0))[0], set()).add(code[:2])
        # 法国法郎 is a 法郎 too, as 瑞士法郎 is: the bare word is no one country's
        place = _country_prefix(name, places)
        if place and name[len(place):] in money:
            word = name[len(place):]
            found.setdefault(FORMS.get(word, (word, 1.0))[0], set()).add(code[:2])
    return {unit: next(iter(cs)) for unit, cs in found.items()
            if len(cs) == 1 and not cs & _WORLD_MONEY}


def country_of_money(unit: str | None) -> str | None:
    """The ISO 3166 code of the one country whose money ``unit`` is (日元: JP), or None."""
    return _countries_of_units().get(unit) if unit else None
