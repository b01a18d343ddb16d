"""该公司, 该院, 该局: a body named again by its kind alone, after the text named it in full.

A report names a company or a bureau once, then goes on with 该公司 / 该局; the figures of those
later sentences are that body's. The deictic is read as a mention of the last body before it
(in the same stretch of text) whose name ends the way the kind says, never as a name of its
own (it adds no alias)."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..textorder import char_before

# the kind word, and the name endings (or kinds) of the bodies it may point back to; a longer
# word after it makes another word (该行业, 该局长, 该院长, 该企业家)
_DEICTIC = re.compile(r"该(公司|企业|集团|银行|医院|学校|组织|机构|院|局|厅|校|团|旅|师)(?![长员业家属级务区友训徽服体])")
_ENDS = {
    "公司": ("公司", "集团"), "企业": ("公司", "集团", "厂"), "集团": ("集团", "公司"),
    "银行": ("银行",), "医院": ("医院",), "学校": ("学校", "中学", "小学", "大学", "学院"),
    "校": ("学校", "中学", "小学", "大学", "学院", "附中", "附小"),
    "院": ("院",), "局": ("局",), "厅": ("厅",), "组织": ("组织",), "机构": ("机构",),
    # (a unit of the army: 该团 after 成都军区后勤部驻川某汽车团)
    "团": ("团",), "旅": ("旅",), "师": ("师",),
}
_KINDS = {"公司": ("company",), "企业": ("company",), "集团": ("company",), "银行": ("bank",),
          "医院": ("hospital",), "学校": ("school",), "校": ("school",),
          # (a body the text called 组织 or 机构 by its quotes, see patterned_bodies.quoted_bodies)
          "组织": ("other",), "机构": ("other",)}
_REACH = 600  # how far back the body may be named: a few paragraphs, not the page
_LOOK_BACK = 50  # and among the last bodies named before it, not every one


# 公司确定了…, 集团公司对…: the kind word alone opening a sentence, in a text that has named one
# company (a profile of it: 记四川某某集团公司…), is that company again, and so does one whose post or voice opens the sentence (公司董事长武春风介绍…,
# 公司方面表示…): only a company has a 董事长 or speaks as 公司方面
_BARE = re.compile(r"(集团公司|公司|集团)(?=[在对将把从已于又还也共先为是的确]|董事长|总经理|副总经理"
                   r"|总裁|副总裁|创始人|负责人|相关负责人|发言人|方面)")
_SENTENCE_OPEN = "。！？；\n"  # what a sentence opens after (spaces aside)


# 我院共受理…, 我厂今年…: a body speaking of itself, in a letter or a column its author signs
# with the body's name (（江西某县人民法院某某）): the one body of that kind the text names; the
# look-ahead keeps out the posts (院长, 厂长) and 我所知道 (what I know)
_FIRST_PERSON = re.compile(r"我(院|局|厂|校|社|站|委|办)(?![长内外里们])")
_FIRST_PERSON_ENDS = {"院": ("院",), "局": ("局",), "厂": ("厂",), "校": _ENDS["校"], "社": ("社",),
                      "站": ("站",), "委": ("委", "委员会"), "办": ("办", "办公室")}


def with_deictics(text: str, hits: list) -> list:
    """``hits`` with a hit for each deictic that points back to one of them, in text order."""
    if not hits or "该" not in text and "公司" not in text and "集团" not in text and "我" not in text:
        return hits
    extra = []
    starts = [h.start for h in hits]  # in text order: each deictic looks back from its place
    for m in _DEICTIC.finditer(text) if "该" in text else ():
        word = m.group(1)
        ends, kinds = _ENDS[word], _KINDS.get(word, ())
        i = bisect.bisect_right(starts, m.start())
        if i and hits[i - 1].end > m.start():
            continue  # inside a name
        for h in reversed(hits[max(0, i - _LOOK_BACK):i]):
            if h.end <= m.start() - _REACH:
                break
            if h.end <= m.start() and (h.name.endswith(ends) or h.kind in kinds):
                extra.append(replace(h, start=m.start(), end=m.end(), surface=m.group(),
                                     aliases=set()))
                break
    extra += _bare_kind_words(text, hits, starts)
    if "我" in text:
        extra += _first_person(text, hits)
    if not extra:
        return hits
    return sorted(hits + extra, key=lambda h: (h.start, -h.end))


def _bare_kind_words(text: str, hits: list, starts: list[int]) -> list:
    """A hit for each sentence opening on 公司, 集团公司 or 集团 alone (公司确定了…) when every
    company the text named before it is one and the same: it can point back to no other."""
    out = []
    named: dict = {}  # the companies named before the match, by name (grown as matches go on)
    seen = 0
    for m in _BARE.finditer(text):
        before = char_before(text, m.start())
        if before and before not in _SENTENCE_OPEN:
            continue
        i = bisect.bisect_right(starts, m.start())
        for h in hits[seen:i]:
            if h.kind == "company" or h.name.endswith(("公司", "集团")):
                named.setdefault(h.name, h)
        seen = max(seen, i)
        if len(named) == 1:
            h = next(iter(named.values()))
            out.append(replace(h, start=m.start(), end=m.end(), surface=m.group(1), aliases=set()))
    return out


def _first_person(text: str, hits: list) -> list:
    """A hit for each 我院, 我厂, 我局 … when the text names one body of that kind only (most
    often at its end, where the author signs with the body's name): the body speaking."""
    out = []
    for m in _FIRST_PERSON.finditer(text):
        ends = _FIRST_PERSON_ENDS[m.group(1)]
        named = {h.name: h for h in hits if h.name.endswith(ends)
                 and not (h.start <= m.start() < h.end)}
        if len(named) == 1:
            h = next(iter(named.values()))
            out.append(replace(h, start=m.start(), end=m.end(), surface=m.group(), aliases=set()))
    return out
