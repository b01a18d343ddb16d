"""The words with which a text declares the short name it will use for what it just named in
full: 以下简称, 简称, 下称, 以下称, 下文称, 简称为. The organisation and programme finders read
the same declarations, so they are written once here."""
from __future__ import annotations

import re

# (a bare 称 would also be 人称, 号称, 声称: only 下称 and the 以下/下文 forms declare)
DECLARES = r"(?:(?:以下|下文)?简称|(?:以下|下文|下)称)为?"

# what a text must hold to declare any short name (以下称 holds 下称): one scan in C settles
# most texts
_MARKS = re.compile("简称|下称|下文称")


def may_declare(text: str) -> bool:
    return _MARKS.search(text) is not None


DECLARED_BEFORE = re.compile(DECLARES + r"$")
