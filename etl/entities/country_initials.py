"""尼国防部, 俄经济部, 巴国防部: a government body of a country the story names in full,
written after the first character of that country's name.

International news names a country once in full (尼加拉瓜国防部宣布…) and then by its first
character alone before its bodies (尼国防部证实…, 俄外长, 巴政府). Read without the country, the
body is China's (国防部 alone is 100000's) or a place-less name (俄经济部); read with it, it is
the same body the story named in full, and its figures are that country's. The character counts
as the country's only when exactly one country the text named before it opens with it, so 尼 in
a story of Nicaragua is Nicaragua, and in one naming 尼泊尔 and 尼日利亚 it is no one's.
"""
from __future__ import annotations

from dataclasses import replace

from . import gazetteer as gz
from .org_words import OrgHit

# what may stand before the initial: a clause's start or a word that opens the phrase (据尼国防部,
# 与俄外交部), not a character of a word the initial would end (中尼两国, 巴尼亚)
_BEFORE_INITIAL = set("，,。；;：:、“”\"（(）)\n \t据由与和同向对经被及")


def with_country_initials(text: str, hits: list[OrgHit], regions: list) -> list[OrgHit]:
    """``hits`` with each government body written after a named country's initial read as
    that country's (surface from the initial on, the country's name in front of the canonical
    name, the country's code as its region)."""
    countries = [r for r in regions if r.form in ("full", "short") and gz.is_country_abroad(r.key)]
    if not countries:
        return hits
    out = []
    for h in hits:
        if h.kind == "government":
            h = _initialled(text, h, countries)
        out.append(h)
    return out


def _initialled(text: str, h: OrgHit, countries: list) -> OrgHit:
    if h.region is None and len(h.surface) >= 3:
        # 俄经济部: the initial is inside the name found
        initial, start, rest = h.surface[0], h.start, h.surface[1:]
    elif h.start > 0 and (h.region is None or h.region == gz.COUNTRY_CODE) \
            and h.name == h.surface:
        # 国防部 after 尼: the initial stands right before the name found
        initial, start, rest = text[h.start - 1], h.start - 1, h.surface
    else:
        return h
    if start > 0 and text[start - 1] not in _BEFORE_INITIAL:
        return h
    named = {r.key for r in countries if r.end <= start and gz.display_name(r.key)[:1] == initial
             and r.surface[:1] == initial}
    if len(named) != 1:
        return h
    code = next(iter(named))
    name = gz.display_name(code) + rest
    return replace(h, start=start, surface=text[start:h.end], name=name, region=code,
                   aliases=set(h.aliases) | {text[start:h.end]})
