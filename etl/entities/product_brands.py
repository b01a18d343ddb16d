"""The brands of a shopping list: a lifestyle page's picks (①GIVENCHY logo印花连帽衫 售价约5720元,
SALONIA卷发棒约RMB251), each item written as its brand in Latin letters, what it is and its price.

The brand is whose price it is, and nothing else on such a page says so: no 公司 follows it, no
verb of a company's. So the item's shape is the cue: a Latin-lettered name opening an item (after
a number mark ①, a list's colon, a full stop or a line break), then within its clause a price
(售价, RMB, ￥, 元). Names that are a measure or a technology (GDP, LED, SPF: see
``brands.generic_latin``), a currency or a unit are not brands.
"""
from __future__ import annotations

import re

from . import brands
from .org_words import ItemBrand

# an item opens: a number mark, a colon after 推荐/单品, a full stop, a line break
_ITEM_OPENS = "①②③④⑤⑥⑦⑧⑨⑩\n。！？!?：:"
# the brand: Latin words, capitalised, up to four (DOLCE & GABBANA, MM6 MAISON MARGIELA, M.A.C)
_WORD = r"[A-Z][A-Za-z\u00c0-\u00ff'’‘.\-]*[0-9]?"  # (Chloé)
_BRAND = re.compile(_WORD + r"(?:\s?&?\s?" + _WORD + r"){0,3}")
# its price, later in the item's clause
_PRICE = re.compile(r"[^，,。！？!?；;\n①②③④⑤⑥⑦⑧⑨⑩]{0,40}?(?:售价|价格|RMB|￥|¥|\d[\d.,]*\s?(?:元|块))")
_NUMBER_END = re.compile(r"[\s约]*[\d.,~\-～—]*\s?(?:元|块钱|块)?")
# a name in capitals run into the next one's capitalised word (OFF-WHITETimberland, STAUDCoco:
# a page that lost its line breaks): the brand ends where the second word starts
_run_together = re.compile(r"(?<=[A-Z]{2})[A-Z][a-z].*")
# what a price or a measure is written with, never a brand
_NOT_BRANDS = frozenset({"RMB", "USD", "HKD", "EUR", "SPF", "PA", "ML", "MG", "KG", "CM", "MM", "NO"})


def product_brands(text: str) -> list[ItemBrand]:
    """Each brand that opens an item priced in its clause, at every such item."""
    if "元" not in text and "RMB" not in text and "￥" not in text and "¥" not in text:
        return []  # (no price: no shopping list)
    out: list[ItemBrand] = []
    for m in _BRAND.finditer(text):
        at = m.start()
        before = text[at - 1] if at else "\n"
        while before == " " and at > 0:  # (a space after the mark: ① GIVENCHY)
            at -= 1
            before = text[at - 1] if at else "\n"
        if before not in _ITEM_OPENS and text[max(0, at - 2):at] not in ("推荐", "单品"):
            continue
        name = _run_together.sub("", m.group()).strip()
        if sum(c.isalpha() for c in name) < 3 or name.upper() in _NOT_BRANDS or name.startswith("RMB") \
                or brands.generic_latin(name):
            continue
        price = _PRICE.match(text, m.end())
        if price is None:
            continue
        # (the item runs to the end of its price's number: 售价约5720元, 约RMB1300~1800)
        end = _NUMBER_END.match(text, price.end()).end()
        out.append(ItemBrand(m.start(), m.start() + len(name), name, name, "company", None, item_end=end))
    return out
