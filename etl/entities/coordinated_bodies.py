"""Government bodies whose field is two nouns joined by 和: 工业和信息化部, 人力资源和社会保障厅,
商务部电子商务和信息化司, 市住房和城乡建设局.

Why: the organisation finder reads a name back from its head and stops at a conjunction, so it
kept the part after 和 (社会保障局) or only the parent ministry (商务部), and 信息化部 on its own
is no name it knows. These names are a pattern of their own in Chinese administration: a head
of government (部, 厅, 局, 司, 委员会, 办公室) after two fields joined by 和, the first written
right after where a name may open (a clause's start, the place or the parent body it belongs
to, or 省/市/县/区 and 国家 standing for them). Two places (北京和上海总工会) or a person's
name before 和 make no such name.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .. import words
from .gazetteer import COUNTRY_CODE as COUNTRY

# the second field and the head; the head must not open a longer word (部门, 部分, 局面, 司机,
# 委托), nor be a post's first character (部长, 局长)
_AFTER_HE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(委员会|办公室|部|厅|局|司)"
                       r"(?![门分署队件位面势机法托堂长])")
# the last character of a body's head: a field (工业, 人力资源) never ends in one
_BODY_LAST = set("办部厅局司委会室处署院")
# the words a field is made of
_FIELD_TAGS = ("n", "vn", "l", "nz", "j", "an")
# a place's stand-ins that open a body's name (省人力资源和社会保障厅, 国家发展和改革委员会)
_OPENERS = ("国家", "中央", "省", "市", "县", "区", "自治区", "州")


def coordinated_bodies(text: str, ends_of: Callable[[], dict[int, tuple[int, str | None]]]
                       ) -> list[tuple[int, int, str, str | None, str]]:
    """(start, end, surface, region, short form) of each such body. ``ends_of()`` maps where a
    place or a body the finders found ends to where it starts and its region: the name then
    opens there (商务部电子商务和信息化司) and has that region. A ministry named with no place
    (工业和信息化部), or after 国家 or 中央, is the country's. The short form is the name with
    its first field only (商务部电子商务司), as a headline writes it. (The map is made at the
    first 和 with a field and a head after it: most texts with a 和 have none.)"""
    out: list[tuple[int, int, str, str | None, str]] = []
    ends = None
    at = text.find("和")
    while at >= 0:
        m = _AFTER_HE.match(text, at + 1)
        if m is not None and words.available() and _is_field(m.group(1)):
            if ends is None:
                ends = ends_of()
            found = _at(text, at, m, ends)
            if found is not None:
                out.append(found)
        at = text.find("和", at + 1)
    return out


def _at(text: str, at: int, m: re.Match, ends: dict[int, tuple[int, str | None]]
        ) -> tuple[int, int, str, str | None, str] | None:
    """The body whose second field and head ``m`` matched after the 和 at ``at``, if any."""
    first = _first_field(text, at, ends)
    if first is None or text[at - 1] in _BODY_LAST:
        return None  # 国务院扶贫办和农业部: two bodies, the first ending in its own head
    opener = ""
    if first in ends:
        start, region = ends[first]  # the place or the parent body it is written after
    else:
        start, region = first, None
        opener = next((o for o in _OPENERS if text.startswith(o, first - len(o))), "")
        start -= len(opener)  # 省人力资源和…, 国家发展和…
        if start in ends:
            start, region = ends[start]
        elif not opener and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
            return None  # words before it that are no place, body or clause start
    if region is None and (opener in ("国家", "中央") or not opener and start == first
                           and m.group(2) == "部"):
        region = COUNTRY  # a ministry of the state
    return start, m.end(), text[start:m.end()], region, text[start:at] + m.group(2)


def _first_field(text: str, at: int, ends: dict[int, tuple[int, str | None]]) -> int | None:
    """Where the field before 和 starts: one or two noun words right before it, two to six
    characters, and no further back than where a place or a body ends."""
    lo = max(0, at - 6)
    cut = words.pos_spans(text[lo:at], lo)
    start, taken = at, 0
    for s, e, word, flag in reversed(cut):
        if start in ends or taken == 2 or at - s > 6 \
                or not flag.startswith(_FIELD_TAGS) or flag.startswith(("ns", "nr")):
            break
        start, taken = s, taken + 1
    return start if at - start >= 2 else None


def _is_field(field: str) -> bool:
    """Nouns only (社会保障, 信息化, 城乡建设): no place, no person, no verb."""
    return all(flag.startswith(_FIELD_TAGS) and not flag.startswith(("ns", "nr"))
               for _, flag in words.pos_cut(field))
