"""Government departments named by their field and 部门: 市民政部门, 苏州当地公安部门; and a
field's 系统 in a place (全国铁路系统, 湖北省卫生系统: every body of the field there).

News names a department by what it does more often than by its registered name. Such a name
is one body when the text says whose department it is: a place right before it (河北省公安部门,
苏州当地公安部门, kept as written) or a level character or the paper's own place (市民政部门,
我市统计部门, resolved against the paper's home place as 市总工会 is). A bureau of the same field and place named beside it (泉州市民政局)
is its fullest name. A bare field and 部门 (公安部门 across the country, 两地的人社部门, 当地人社
部门) names a kind of body or several, not one, and is left out, unless it opens its clause as the
subject (去年，税务部门查处…): then it runs that sentence's figures only, under the name of the
one bureau of its field the text names, if any.

Pure: text, the region mentions, the home place and the other finders' hits in, organization
hits out.
"""
from __future__ import annotations

import re

from . import gazetteer as gz
from .org_words import OrgHit, OwnSentenceBody

_FIELDS = ("民政|公安|卫生|卫健|卫生健康|医保|医疗保障|人社|人力资源和社会保障|劳动|财政|教育|税务|交通|"
           "环保|生态环境|住建|城管|工商|市场监管|农业|农业农村|水利|林业|统计|审计|司法|文化|旅游|"
           "文旅|体育|商务|应急|消防|物价|质监|外事|扶贫|残联|工会|气象|国土|规划|自然资源|"
           "铁路|民航|电力|邮政|电信|检察|纪检监察|计生|粮食|国税|地税")
# the industries a bureau, or the corporation that succeeded it, ran as a 系统 (长沙市纺织系统);
# their 部门 is mostly a sector of the economy (石油部门产值占国内生产总值的1/3), no body
_INDUSTRIES = "纺织|冶金|煤炭|机械|化工|轻工|建材|石油|石化|电子|医药|烟草|商业|供销|外贸|物资"
# a field's 部门, or its 系统 (全国铁路系统, 云南省工会系统: every body of the field in a place),
# looked for back from each 部门 and 系统 (a scan for the fields themselves tried each of them
# at every character)
_DEPARTMENT_WORD = re.compile("部门|系统")
_FIELD_BEFORE = re.compile(rf"(?:{_FIELDS})$")
_INDUSTRY_BEFORE = re.compile(rf"(?:{_INDUSTRIES})$")
_FIELD_REACH = 9  # the longest field: 人力资源和社会保障
_WHOSE = ("当地", "该市", "该县", "该区", "本市", "本县", "本区", "全市", "全县")
_LEVEL = "省市县区"


def _departments(text: str):
    """(start, end) of each field and its 部门 or 系统, leftmost first and none overlapping, as
    a scan for the field and the word together would find them."""
    last = 0
    for w in _DEPARTMENT_WORD.finditer(text):
        at = w.start()
        lo = max(last, at - _FIELD_REACH)
        field = _FIELD_BEFORE.search(text, lo, at)
        if field is None and w.group() == "系统":
            field = _INDUSTRY_BEFORE.search(text, lo, at)
        if field is not None:
            last = w.end()
            yield field.start(), w.end()


def find_departments(text: str, regions, home: str | None, bodies=()) -> list:
    """The departments ``text`` names with whose they are, as organization hits. A bureau of
    the same field and place among ``bodies`` (the other finders' hits: 泉州市人社局 beside
    人社部门) is the department's fullest name, and becomes its name."""
    if "部门" not in text and "系统" not in text:
        return []
    ends = {r.end: r for r in regions if r.form != "country"}
    out = []
    for found, end in _departments(text):
        written = text[found:end]  # the field and its word (民政部门, 铁路系统)
        start, name = found, None
        if start >= 2 and text[start - 2:start] in _WHOSE:
            start -= 2
        if start >= 2 and text[start - 2:start] == "全国":  # 全国铁路系统: the country's, as written
            start, code = start - 2, gz.COUNTRY_CODE
        elif start in ends:  # 苏州市公安部门, 苏州当地公安部门: kept as written
            region = ends[start]
            start, code = region.start, region.key
            if region.form == "deictic" and gz.get(code) is not None:
                name = gz.get(code).name + written  # 我市统计部门: the home city's, by name
        elif start == found and start > 0 and text[start - 1] in _LEVEL \
                and text[max(0, start - 2):start] not in _NOT_LEVEL:  # 市民政部门 (not 城市, 社区)
            start -= 1
            code = _own(text[start], home)
            if code:
                name = gz.get(code).name + written
        elif written.endswith("部门") and _opens_clause(text, start):
            # 铁路部门在运输能力安排上…, 税务部门今年查处…: the field's department the clause
            # is about, as the text names it (the one the article speaks of, not one of several)
            code = None
        else:
            continue
        surface = text[start:end]
        field = written[:-2]
        if code:
            bureau = next((b.name for b in bodies if b.region == code and field in b.name
                           and b.name.endswith(_BUREAU_ENDS)), None)
        else:  # (石家庄市工商局…工商部门深入到各重点部位: the one bureau of the field the text names)
            bureaus = {b.name for b in bodies if field in b.name and b.name.endswith(_BUREAU_ENDS)}
            bureau = bureaus.pop() if len(bureaus) == 1 else None
        # (a bare field's department runs its own sentence's figures only: 工商部门 in a story
        # on 石家庄市工商局 is that bureau or any, not the body the story is about)
        kind = OrgHit if code else OwnSentenceBody
        hit = kind(start, end, surface, bureau or name or surface, "government", code)
        if hit.name != surface:
            hit.aliases.add(surface)
        out.append(hit)
    return out


def _opens_clause(text: str, start: int) -> bool:
    """Does the name at ``start`` open its clause as its subject, with at most a time before it
    (今年，铁路部门…; 去年税务部门…)? Not one after a verb or a preposition (由公安部门, 向民政
    部门反映): those name whoever the clause's subject deals with."""
    lead = _TIME_LEAD.search(text, max(0, start - 6), start)
    at = lead.start() if lead is not None else start
    return at == 0 or text[at - 1] in _CLAUSE_BREAKS


_CLAUSE_BREAKS = frozenset("，,。；;：:！!？?\n ")
_TIME_LEAD = re.compile(r"(?:今年|去年|目前|近年来|近日|日前|此外|同时)\Z")


# (an industry's bureau became a corporation, 纺织工业局 → 纺织工业总公司, and still ran the field)
_BUREAU_ENDS = ("局", "厅", "委", "委员会", "总公司")
# words that end in a level character and name no level of government
_NOT_LEVEL = {"城市", "都市", "超市", "上市", "门市", "股市", "楼市", "集市", "街区", "社区", "小区", "园区",
              "景区", "山区", "地区", "辖区", "城区", "郊区", "市区", "灾区", "牧区", "林区", "矿区", "特区"}


def _own(level: str, home: str | None) -> str | None:
    """The home place a bare level character stands for, when the home can say."""
    if home is None or gz.get(home) is None:
        return None
    if level == "省":
        return gz.province_of(home)
    if level == "市":
        return gz.city_of(home) or (home if home in gz.MUNICIPALITIES else None)
    return home if gz.get(home).level == "county" else None


__all__ = ["find_departments"]
