"""该公司, 该院, 该局: a body named again by its kind alone, after the text named it in full.

A report names a company or a bureau once, then goes on with 该公司 / 该局; the figures of those
later sentences are that body's. The deictic is read as a mention of the last body before it
(in the same stretch of text) whose name ends the way the kind says, never as a name of its
own (it adds no alias)."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from ..textorder import char_before, full_stop_after, in_quotation, TextOrder
from . import gazetteer as gz
from .org_words import OwnSentenceBody

# the kind word, and the name endings (or kinds) of the bodies it may point back to; a longer
# word after it makes another word (该行业, 该局长, 该院长, 该企业家)
# (这家公司, 这所学校, 这个公司, 此公司: a demonstrative points back as 该 does)
_DEICTIC = re.compile(r"(?:该|这家|这所|这个|此)(公司|企业|集团|银行|医院|学校|组织|机构|院|局|厅|校|团|旅|师)"
                      r"(?![长员业家属级务区友训徽服体房商])")
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


def _in_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened in the last few sentences (“ with no ” after it)?"""
    return in_quotation(text, max(0, pos - 200), pos)


def with_deictics(text: str, hits: list, regions: list | tuple = ()) -> list:
    """``hits`` with a hit for each deictic that points back to one of them (or, for a bare
    政府, to the country the text is about), in text order."""
    extra = _bare_governments(text, hits, regions) if "政府" in text and regions else []
    if not hits or "该" not in text and "公司" not in text and "集团" not in text and "我" not in text \
            and "这" not in text and "此" not in text:
        return sorted(hits + extra, key=lambda h: (h.start, -h.end)) if extra else hits
    starts = [h.start for h in hits]  # in text order: each deictic looks back from its place
    for m in _DEICTIC.finditer(text) if "该" in text or "这" in text or "此" in text else ():
        word = m.group(1)
        ends, kinds = _ENDS[word], _KINDS.get(word, ())
        i = bisect.bisect_right(starts, m.start())
        if i and hits[i - 1].end > m.start():
            continue  # inside a name
        if m.group()[0] != "该" and _in_quote(text, m.start()):
            continue  # “…当时这家企业没有一名党员”: a speaker's this, pointing into their own story
        for h in reversed(hits[max(0, i - _LOOK_BACK):i]):
            if h.end <= m.start() - _REACH:
                break
            if h.end <= m.start() and (h.name.endswith(ends) or h.kind in kinds):
                extra.append(replace(h, start=m.start(), end=m.end(), surface=m.group(),
                                     aliases=set()))
                break
    if "公司" in text or "集团" in text:  # (what every bare kind word is)
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


# 政府 alone (not 政府部门, 政府采购, 政府间, 政府军: a kind of thing, not a body), and what may
# stand before it when it is the subject or the object of a clause: a clause's opening, a
# connective, a verb of saying or asking
_GOVERNMENT = re.compile(r"政府(?![办部采投性间债工军机官首])")
_CLAUSE_OPEN = set("。!?;,:\n“\"(、") | {""}
_GOVERNMENT_LEAD = re.compile(r"(?:由于|因为|但|而|并|且|使|让|要求|呼吁|敦促|希望|促使|迫使|认为|表示"
                              r"|宣布|指出|批评|指责|称|说)\Z")


def _bare_governments(text: str, hits: list, regions) -> list:
    """在泰国,政府上个月关闭了56家金融机构; 桥本在演说中宣布,政府将投入30万亿日元; 以政府将分步骤…:
    a news story from abroad calls a country's government 政府, or 以政府 by the country's
    first character. Which country's, a reader takes from the sentence (the last country
    abroad or country's government it names before 政府), else from the sentence before it in
    the paragraph (a government it names, else its last country abroad), else from the story
    (the country abroad it has named most so far); 以政府 is the one country the text names
    that starts with 以. Never at home: a story about China or a place of China that says 政府
    means government in general as often as one body."""
    abroad = [r for r in regions if gz.is_foreign(r.key)]
    if not abroad:
        return []
    context = _Context(text, hits, regions)
    out = []
    for m in _GOVERNMENT.finditer(text):
        s = m.start()
        if context.inside_a_name(s):
            continue  # (part of a name: 日本政府, 联合政府)
        context.read_up_to(s)
        before = char_before(text, s)
        if before in _CLAUSE_OPEN or _GOVERNMENT_LEAD.search(text, max(0, s - 2), s):
            hit = context.government_before(s, m.end())
        elif char_before(text, s - 1) in _CLAUSE_OPEN:
            hit = _abbreviated_government(text, s - 1, m.end(), abroad)
        else:
            continue
        if hit is not None:
            out.append(hit)
            context.add_government(hit)
    return out


def _country_of(key: str) -> str:
    return key[:2]


# how far back a sentence is read for the country (a run-on page is not read whole per 政府)
_SENTENCE_REACH = 300


class _Context:
    """What the text has named before each 政府, read once in text order: a page of many
    政府 and many places asks each of them about the places before it."""

    def __init__(self, text: str, hits: list, regions):
        self.text = text
        self.names = TextOrder(hits)
        self.regions = TextOrder(list(regions))
        self.governments = [h for h in hits if h.name.endswith("政府") and gz.is_country_abroad(h.region)]
        self.government_starts = [h.start for h in self.governments]
        self.named: Counter[str] = Counter()  # countries abroad named so far, and the last hit
        self.last: dict[str, object] = {}     # naming each
        self._read = 0

    def inside_a_name(self, pos: int) -> bool:
        return any(h.end > pos for h in self.names.starting_in(max(0, pos - 40), pos + 1))

    def read_up_to(self, pos: int) -> None:
        items = self.regions.items
        while self._read < len(items) and items[self._read].end <= pos:
            r = items[self._read]
            if gz.is_foreign(r.key):
                self.named[_country_of(r.key)] += 1
                self.last[_country_of(r.key)] = r
            self._read += 1

    def add_government(self, hit) -> None:
        k = bisect.bisect_right(self.government_starts, hit.start)
        self.government_starts.insert(k, hit.start)
        self.governments.insert(k, hit)

    def _last_government(self, lo: int, hi: int):
        k = bisect.bisect_left(self.government_starts, hi) - 1
        while k >= 0 and self.government_starts[k] >= lo:
            if self.governments[k].end <= hi:
                return self.governments[k]
            k -= 1
        return None

    def _last_place(self, lo: int, hi: int):
        return next((r for r in reversed(self.regions.within(lo, hi))
                     if not _listed(self.text, r)), None)

    def government_before(self, start: int, end: int):
        """The government 政府 at ``start`` is read as, or None when the place it points to
        is at home."""
        text = self.text
        paragraph = max(text.rfind("\n", 0, start) + 1, start - _SENTENCE_REACH)
        sentence = full_stop_after(text, paragraph, start)
        earlier = full_stop_after(text, paragraph, sentence - 1) if sentence > paragraph else sentence
        place = self._last_place(sentence, start)
        body = self._last_government(sentence, start)
        if body is None and place is None:
            body = self._last_government(earlier, sentence)
            if body is None:
                place = self._last_place(earlier, sentence)
        if body is not None and (place is None or body.start >= place.start):
            return OwnSentenceBody(start, end, text[start:end], body.name, body.kind, body.region)
        if place is None:  # (nothing named in the sentence or the one before: the story's country)
            if not self.named:
                return None
            most = max(self.named.values())
            place = max((self.last[iso] for iso, n in self.named.items() if n == most),
                        key=lambda r: r.start)
        if not gz.is_foreign(place.key):
            return None
        iso = _country_of(place.key)
        country = gz.get(iso)
        if country is None:
            return None
        # (named by the country's own name, 印度尼西亚 for a text's 印尼: the name the finder
        # gives 印尼政府 written out, so one body has one name)
        return OwnSentenceBody(start, end, text[start:end], country.name + "政府", "government", iso)


def _listed(text: str, r) -> bool:
    """Is the place one of a list (来自中国、美国、日本等多国)? None of them is what a
    sentence is about."""
    return text[r.start - 1:r.start] == "、" or text[r.end:r.end + 1] in ("、", "等") \
        and r.end < len(text)


def _abbreviated_government(text: str, start: int, end: int, abroad):
    """以政府, 美政府: the government of the one country abroad the text names that starts with
    the character before 政府."""
    ch = text[start]
    isos = {_country_of(r.key) for r in abroad
            if r.surface.startswith(ch) and r.key == _country_of(r.key)}
    if len(isos) != 1:
        return None
    iso = isos.pop()
    named = next(r.surface for r in abroad if r.key == iso and r.surface.startswith(ch))
    return OwnSentenceBody(start, end, text[start:end], named + "政府", "government", iso)
