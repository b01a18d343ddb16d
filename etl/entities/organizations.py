"""Organizations named in article text, by the suffixes Chinese names end with.

A name is found from its head word (…总工会, …医院, …有限公司, …局) and grown to the left over
the words that can stand in a name (regions, nouns, a parent organization) until a function
word, verb, number or punctuation. Generic heads (…局, …中心, …部) only count with a region or
a national prefix in front, so that 服务中心 or 工作部 alone are not taken for bodies.
Canonical names: a deictic 市/省 becomes the home region (市总工会 -> 滨州市总工会), X总 becomes
X总工会, and abbreviations in ``data/org_abbreviations.tsv`` resolve to one form.
Heads the fixed list lacks (巴西队, 出版社, 国防部) come from ``data/org_heads.tsv``, a table of how
reliably each head word ends a name in annotated news, read off the segmenter's words.

This module is the scan itself and the order of the finders; each concern has its own module:
the vocabulary (``org_words``), the words around a name (``org_text``), where a name starts and
what it is called (``org_names``), the learned heads (``learned_heads``), bodies known by name
(``known_bodies``), bodies found by a pattern of their own (``patterned_bodies``), units of a
body (``org_units``) and where a found name ends (``org_edges``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import gazetteer as gz
from .. import words
from .regions import find_regions, RegionHit
from ..textorder import TextOrder
from .abbreviated_bodies import abbreviated_bodies, with_bracketed_abbreviations
from .coordinated_bodies import coordinated_bodies
from .declared_names import may_declare
from .country_initials import with_country_initials
from . import org_edges, org_deictics
from .departments import find_departments
from .org_words import (
    body_head_before, CAPITAL, CLASS_MODIFIERS, COUNT_AFTER, COUNTED, COUNTED_OPENING, FAIR_REACH, FAIRS,
    FORCE, FORCE_HEADS, GENERIC, GROUP_HEADS, head_stands, HEAD_RE, HEADS, NATIONAL_PREFIXES, not_a_body,
    OrgHit, OwnSentenceBody, PREMISES, PRESS_OFFICES, SHORT_HEADS, STANDALONE, STOP_WORDS, VENUE_HEADS,
    ZONG_RE)
from .org_text import block_tail_start, HAN_ONLY, straddled, word_tags
from .org_names import (
    abbreviation_index, canonical, deictic_cut, kind_after_nation, kind_after_place, left_edge,
    numbered, place_before, Places, region_aliases, region_in, with_level_before)
from .learned_heads import learned_names, segment_near_heads
from .known_bodies import brand_names, congresses, known_bodies, known_names
from .org_units import units_of_bodies
from .product_brands import product_brands
from .patterned_bodies import (
    BEFORE_BARE, anonymous_units, bare_committees, bodies_of_posts, brand_companies, brand_mentions, cited_latin_bodies,
    cited_named_bodies,
    declared_short_names, sports_teams,
    journals, newspapers, offices, place_services, place_teams, quoted_bodies, service_stations, sponsor_clubs,
    sponsored_teams,
    sponsors_teams_again)


def _starts_with_body(text: str, start: int, hs: int) -> bool:
    """Does the name open with a body's name the segmenter knows (中山大学附属第三医院)?"""
    if not words.available() or hs <= start:
        return False
    first = words.pos_spans(text[start:hs], start)[:1]
    return bool(first) and first[0][3] == "nt" and first[0][1] < hs


def _word_ending_at(text: str, hs: int, he: int) -> int:
    """Where the segmenter's word that ends with a short head begins (市|发改委 -> 发改委), when
    that word is a noun or an abbreviation; else the head's own start."""
    if not words.available():
        return hs
    lo = max(0, hs - 4)
    for s_, e_, word, flag in words.pos_spans(text[lo:he], lo):
        if e_ == he and s_ < hs and flag in ("n", "j", "nt", "nz") and HAN_ONLY.fullmatch(word):
            return s_
    return hs


def _verb_phrase_before(text: str, region: RegionHit | None, start: int, hs: int) -> bool:
    """Do more than two characters with a verb among them stand between the name's place and a
    short head (福建|致力实施|政府)? 省解困办, 市发改委 keep one short word there."""
    between = text[(region.end if region is not None else start):hs]
    if len(between) <= 2:
        return False
    return any(flag == "v" for _, flag in words.pos_cut(between)) if words.available() else False


_PAREN_PART = re.compile(r"\([\u4e00-\u9fff]{1,6}\)$")


def _over_parentheses(text: str, start: int, places: Places) -> int:
    """福建莆田香江(集团)有限公司, 阿斯利康(无锡)贸易有限公司: a company's name goes on
    left over a short parenthesised part, which the word walk stops at."""
    m = _PAREN_PART.search(text, max(0, start - 8), start)
    if m is None:
        return start
    before = _over_brand(text, left_edge(text, m.start(), places, 0), places)
    if places.place_within(m.start() + 1, m.end() - 1) or text[m.start() + 1:m.end() - 1] in _GROUP_PARTS:
        # 神州优车(福建)信息技术有限公司, 首约科技(北京)有限公司: where the company is
        # registered, in brackets after its trade name; the trade name is any words (the
        # segmenter cuts an invented one into odd pieces: 首/m 约/d 科技/n), so it runs back
        # to the nearest word that is no part of a name
        before = min(before, _trade_name_before(text, m.start()))
    return before if before < m.start() else start


# what a group's registered name brackets (香江(集团)有限公司, 某某(控股)有限公司)
_GROUP_PARTS = frozenset({"集团", "控股", "中国"})
_TRADE_NAME_MAX = 6  # characters: 神州优车, 阿斯利康, 首约科技
_HAS = ("有", "是")  # 名单上有…: what a list or a subject holds comes after them


def _trade_name_before(text: str, end: int) -> int:
    """Where the trade name ending at ``end`` starts: the Chinese words before it back to
    punctuation, a stop word, a particle or a verb of two characters, at most
    _TRADE_NAME_MAX characters; ``end`` when there are fewer than two."""
    lexicon = words.lexicon()
    lo = max(0, end - _TRADE_NAME_MAX - 4)
    if lexicon is None:
        return end
    edge = end
    for s_, e_, word, flag in reversed(lexicon.spans(text[lo:end], lo)):
        if e_ != edge or not HAN_ONLY.fullmatch(word) or word in STOP_WORDS or word in _HAS \
                or flag[:1] in ("u", "p", "c", "r", "f") or flag[:1] == "v" and len(word) >= 2 \
                or end - s_ > _TRADE_NAME_MAX:
            break
        edge = s_
    return edge if end - edge >= 2 else end


# what may stand between a country and its government: 德国联邦政府, 日本内阁 is no 政府
_STATE_LEVELS = ("", "联邦", "中央", "临时", "过渡")


def _government_of(text: str, region: RegionHit, start: int, hs: int, head: str) -> bool:
    """日本政府决定追加…, 德国联邦政府已向…支付: a country's government is the body that
    decides and pays (kind government, the country its place), as a province's is. Only the
    country's name, or 联邦/中央, before 政府: 中国财政 is the state's purse, not a body."""
    return head == "政府" and region.start == start and text[region.end:hs] in _STATE_LEVELS


def _short_head_placed(text: str, region: RegionHit | None, start: int, hs: int, head: str) -> bool:
    """Does a short head (政府, 财政, 办, 委) have a place that makes it one body: a place the
    gazetteer knows below the country, a country's government (see ``_government_of``), or a
    township the text places in its county (see ``_township_government``)?"""
    if region is None:
        return False
    known = gz.get(region.key)
    if known is None:
        return _township_government(region, hs, head)
    return known.level != "country" or _government_of(text, region, start, hs, head)


def _township_government(region: RegionHit, hs: int, head: str) -> bool:
    """广汉市广兴镇政府, 西吉县将台乡政府: the government of a township the text places in its
    county (the region finder's local key, county|township), written right before 政府. The
    gazetteer has no township, so the test for a known place does not see it."""
    return head == "政府" and region.end == hs and "|" in region.key \
        and region.key.endswith(_TOWNSHIP_LEVELS)


_TOWNSHIP_LEVELS = ("乡", "镇", "街道", "苏木")


_NOT_IN_BRAND = set("的了在和与及是为由向对从把被将等并或")


def _acts(words_: str) -> bool:
    """Does the segmenter read a verb of two characters or more (not a verbal noun), a pronoun
    or a stop word among these characters? 江苏某厂起诉|中国银行: what stands between a place and
    a body is then a clause, the place its subject's, not a trade name. (A trade name cut into
    single characters has any tags: 恒润 is 恒/nr 润/v.)"""
    lexicon = words.lexicon()
    if lexicon is None:
        return False
    return any(flag[:1] == "v" and flag != "vn" and len(word) >= 2 or flag[:1] == "r"
               or word in STOP_WORDS for _, _, word, flag in lexicon.spans(words_, 0))


def _over_brand(text: str, start: int, places: Places, registered: bool = False) -> int:
    """江苏恒润…公司: a trade name (two to four characters the segmenter cuts apart) between
    a place and the rest of a company's name belongs to the name, place and all. In a
    registered name (…有限公司) it may hold a verb: 武汉|克林清洗|工程有限公司 names what the
    company does, where before a bare 公司 a verb makes a clause (某地|投资建设|公司)."""
    for k in range(1, 5):  # (one character: the walk took the rest of 新|康 already)
        p = start - k
        if p < 0:
            break
        if p in places.start_at_end and places.start_at_end[p] < p:
            between = text[p:start]
            if HAN_ONLY.fullmatch(between) and not _NOT_IN_BRAND.intersection(between) \
                    and (registered and _named_first(between) or not _acts(between)):
                return places.start_at_end[p]
            break
    return start


# 县公安局, 省劳动厅, 市第一人民医院: a level character alone before a department names the
# writer's own county, province or city; in a text with no home place it cannot be resolved, yet
# the words still name one body, so it is kept under the name as written (region unknown)
_OWN_LEVEL = "省市县区"
_LEVEL_BEFORE = re.compile("[县区]")
_OWN_LEVEL_HEADS = {"局", "厅", "医院", "中心", "委员会", "办公室", "学校", "中学", "小学", "卫生院",
                    "政府", "财政", "办", "委", "宣传部", "组织部", "工作部", "管委会", "党委"}


def _unplaced_level(ch: str, home: str | None) -> bool:
    """Can the home place not resolve the level character ``ch``? With no home none can; a
    city's or province's paper names many counties, so its bare 县/区 (县医保局) is not one."""
    if home is None:
        return True
    return ch in "县区" and ((d := gz.get(home)) is None or d.level != "county")


# a party committee named by its place's level alone (省委, 市委): the first character is the level
_COMMITTEES = frozenset(("市委", "县委", "区委", "省委"))


def _own_level_start(text: str, start: int, hs: int, head: str, home: str | None) -> int | None:
    """Where the name starts when it is a level character and a department of that unnamed
    place (县|公安|局), read where no home place resolves it; the segmenter may have cut the
    character off (县公安局 is one of its words, split at the head). With a home, the deictic
    cut has placed it already."""
    # (the tests on characters come first: they settle most heads before a place is looked up)
    if start > 0 and head in _OWN_LEVEL_HEADS and text[start - 1] in _OWN_LEVEL \
            and text[start] not in _OWN_LEVEL and _unplaced_level(text[start - 1], home) \
            and text[start - 2:start] not in word_tags():
        start -= 1
    tags = word_tags()
    ok = (head in _OWN_LEVEL_HEADS and text[start] in _OWN_LEVEL and _unplaced_level(text[start], home)
          and text[start + 1] != "级"  # 区级服务中心: a kind of centre
          # 城市|电信局, 市场|办: the character is part of another word
          and text[start - 1:start + 1] not in tags and text[start:start + 2] not in tags
          and 1 < hs - start <= (10 if head == "委员会" else 8)
          and HAN_ONLY.fullmatch(text, start, hs) is not None
          and not _verb_phrase_before(text, None, start + 1, hs))
    return start if ok else None


def _may_be_placed(text: str, name_head: int, hs: int, he: int, places: Places) -> bool:
    """Could a name ending at ``he`` have a region or a national prefix? Its start is at most 16
    characters before ``name_head`` (``left_edge``'s window), so it needs a place inside that
    span, a deictic 市/省 before the head, the word for the capital (首都机场), or a national
    prefix or abbreviation in it. A generic
    head without any (a third of all heads) is dropped before its name is segmented."""
    lo = max(0, name_head - 16)
    return (places.place_within(lo, he)
            or text.find("市", lo, hs) >= 0 or text.find("省", lo, hs) >= 0
            or text.find(CAPITAL, lo, hs) >= 0
            or _national_starts_re().search(text, lo, he) is not None)


@lru_cache(maxsize=1)
def _national_starts_re() -> re.Pattern:
    """Any of the national prefixes and region abbreviations (one search, not one per form)."""
    return re.compile("|".join(map(re.escape, NATIONAL_PREFIXES + region_aliases())))


def _fullest_committees(committees: list[OrgHit], hits: list[OrgHit]) -> None:
    """A bare 县委 the text's place resolved (高邑县委) is the committee the text names in full
    elsewhere (河北省高邑县委, 中共高邑县委): one body, under its fullest name."""
    for c in committees:
        fuller = [h.name for h in hits if h.name != c.name and h.name.endswith(c.name)]
        if fuller:
            c.name = max(fuller, key=len)


def find_organizations(text: str, regions: list[RegionHit], home: str | None = None) -> list[OrgHit]:
    hits: list[OrgHit] = []
    committees: list[OrgHit] = []  # bare 省委, 县委 resolved by the text's place
    heads = [(m.start(), m.end(), m.group()) for m in HEAD_RE.finditer(text)]
    heads += [(m.start(), m.end(), "总") for m in ZONG_RE.finditer(text)]
    heads.sort()
    local_fulls = abbreviation_index().local_fulls
    national_starts = NATIONAL_PREFIXES + region_aliases()
    places = Places(regions)
    # the blocks around learned heads, segmented first: the heads that stand alone, the known
    # bodies and the units of a body look at the words of many of them again
    segmented: dict = {}
    near_heads = segment_near_heads(text, segmented)
    for hs, he, head in heads:
        if not head_stands(text, hs, he, head):
            continue
        kind = HEADS.get(head, "union")
        # 人力资源和社会保障局: a known full department name is one unit even with 和 inside
        fulls = local_fulls.get(text[he - 1])  # (most heads end in a character no full form does)
        full = next((f for f in fulls if len(f) > len(head) and text.endswith(f, 0, he)),
                    None) if fulls else None
        if head in STANDALONE and straddled(text, hs, he, segmented):
            continue  # 领导人大约, 真人大小: the head's characters belong to other words
        if head == "人大" and text[hs - 1:hs] in _COUNTING:
            continue  # 26人大名单: a count of people (26人) and a long list (大名单)
        if head in GENERIC and not _may_be_placed(text, he - len(full) if full else hs, hs, he,
                                                  places) \
                and not body_head_before(text, hs) \
                and not _LEVEL_BEFORE.search(text, max(0, hs - 8), hs) and not numbered(text, hs):
            continue  # a generic head no place can come to: the checks below would drop it
        name_head = he - len(full) if full else hs
        if head in SHORT_HEADS and not full:
            name_head = _word_ending_at(text, hs, he)  # 发改委, 财贸办: one word with its head
            if text[hs - 1:hs] in ("乡", "镇") and places.start_at_end.get(hs, hs) < name_head:
                name_head = hs  # 将台乡|政府: not the word 乡政府, a township's last character with it
        start = left_edge(text, name_head, places, 0)
        if kind in ("company", "bank", "insurer"):
            start = _over_brand(text, _over_parentheses(text, start, places), places,
                                registered=head in _REGISTERED_FORMS)
        if head in STANDALONE:
            start = max(start, place_before(text, hs, places))
        else:
            start = with_level_before(text, start, hs, places, home)
            if start == hs and name_head == hs and not (head in _COMMITTEES and home):
                continue  # the head alone: 妇联, 局 (no 市/县 before it either)
        if head in VENUE_HEADS:
            # (先进单位闻喜县新华书店, 国家重点工程达拉特电厂: the works' name opens with its place;
            # the words before it say what it is)
            first = places.places.first_within(start, hs)
            if first is not None and first.end <= hs:
                start = first.start
            elif (capital := text.find(CAPITAL, start, hs)) >= 0:
                start = capital  # 首都国际机场, 首都博物馆: the capital's, named by the word for it
            else:
                continue
        start, deictic = deictic_cut(text, start, hs, places, home)
        own_committee = False
        if deictic is None and start == hs and head in _COMMITTEES:
            # 省委已确立…, 市委决定: the committee of the place the text is about, its level
            # the head's own first character (not after a name the gazetteer does not know as
            # a place, which the committee's name goes on from: 青禾县委)
            if HAN_ONLY.fullmatch(text[hs - 1:hs]) and text[hs - 1:hs] not in BEFORE_BARE:
                continue
            start, deictic = deictic_cut(text, hs, hs + 1, places, home)
            if deictic is None:
                continue
            own_committee = True
        elif deictic is None and head in _OWN_LEVEL_HEADS and home and text.endswith("自治区", 0, hs) \
                and text[start:hs] in ("", "区", "治区", "自治区") \
                and (prov := gz.get(gz.province_of(home))) is not None and prov.name.endswith("自治区"):
            # 自治区党委, 自治区政府, 自治区民政厅: the autonomous region the text is about, as
            # 省委 and 省政府 are its province
            start, deictic = hs - 3, RegionHit(hs - 3, hs, "自治区", prov.code, "deictic")
        surface = text[start:he] + ("工会" if head == "总" else "")
        region = deictic or region_in(start, he, places)
        national = surface.startswith(national_starts)
        if text[start:name_head] in CLASS_MODIFIERS \
                or start in places.named_starts and kind_after_place(text, start, name_head, places) \
                or national and kind_after_nation(text, start, name_head):
            continue  # 商业银行, 外国银行, 美国私立中学, 中国民办学校: a kind of body, not one body's name
        if COUNTED.search(text, max(0, start - 6), start):
            continue  # 共建7家全国重点实验室, 5所大学: a counted kind of body, not one body's name
        own_level = None
        if region is None and not national:
            own_level = _own_level_start(text, start, hs, head, home)
            if own_level is not None and own_level < start:
                start = own_level
                surface = text[start:he]
        if head in GENERIC and region is None and not national and not surface.startswith(CAPITAL) \
                and not _starts_with_body(text, start, hs) and own_level is None \
                and not numbered(text, hs):
            continue  # (中山大学附属第三医院: a unit of a body found before is placed by it)
        if head in _COMMITTEES and region is None:
            continue
        if head in SHORT_HEADS and own_level is None and not _short_head_placed(text, region, start, hs, head) \
                and not (head in ("办", "委") and surface.startswith(NATIONAL_PREFIXES)):
            continue  # 中国财政 is the state's purse; 省政府, 国家发改委 name a body
        if head in SHORT_HEADS and _verb_phrase_before(text, region, start, name_head):
            continue  # 福建致力实施政府、企业…: a verb phrase, not a body's name
        if head in FORCE_HEADS and not FORCE.search(surface):
            continue  # 调查总队, 生产大队: not a unit of a force (the survey's is its bureau's)
        name, code = canonical(surface, region, home, start)
        if own_committee and head == "县委" and len(name) == 3:
            name = name[:2] + "县委"  # 邱县 and its 县委: 邱县县委, as the county writes it
        if name.endswith(PRESS_OFFICES):
            kind = "media"  # 市政府新闻办 hosts the briefing, it does not run what is reported
        if "(" in name:  # a registered name writes its parenthesised part in full-width brackets
            name = name.replace("(", "（").replace(")", "）")
        if head in ("办事处", "分会") or "互助会" in surface[:-len(head)]:
            kind = "union" if "工会" in name or "互助会" in name else kind
        hit = (OwnSentenceBody if head == "当局" else OrgHit)(start, he, surface, name, kind, code)
        if surface != name:
            hit.aliases.add(surface)
        hits.append(hit)
        if own_committee:
            committees.append(hit)
    if committees:
        _fullest_committees(committees, hits)
    # 市委宣传部代表队, 某某有限公司滨州分公司代表队: a team or delegation named after a body the
    # fixed heads found is a group of that body's people; the body stays the name there
    ruled = sorted(h.end for h in hits)
    hits += [h for h in learned_names(text, places, home, near_heads)
             if not (h.surface.endswith(GROUP_HEADS) and _any_within(ruled, h.start, h.end))]
    hits += brand_companies(text, places, hits)
    hits += bodies_of_posts(text, places)
    clubs = place_teams(text, places)
    clubs += sponsor_clubs(text, places, hits + clubs)
    hits += clubs
    hits += place_services(text, places)
    office_hits = offices(text, places, home)
    if office_hits:
        # 市文明办和县综治办: two offices, not one name running over 和 (a learned reading)
        hits = [h for h in hits if sum(h.start <= o.start and o.end <= h.end for o in office_hits) < 2]
        hits += office_hits
    if "站" in text:
        hits += service_stations(text, places, home)
    sponsored = sponsored_teams(text, places, segmented)
    hits += sponsored
    clubs += sponsored
    if clubs:  # (首钢队 after 北京首钢男篮: the club again, by its sponsor)
        hits += sponsors_teams_again(text, places, clubs, hits)
    printed = journals(text, places)
    hits += printed
    hits += newspapers(text, places, printed)
    hits += brand_mentions(text, places, hits)
    # (the words a cited body in Latin letters stands after or before: 据IDC, 研究机构IDC)
    if "据" in text or "发布的" in text or "公布的" in text or "来自" in text \
            or "机构" in text or "公司" in text:
        hits += cited_latin_bodies(text, [(h.start, h.end) for h in hits])
        if "据" in text or "援引" in text:
            hits += cited_named_bodies(text, regions, [(h.start, h.end) for h in hits])
    if "以" in text or "战" in text or "负" in text or "输" in text or "败" in text \
            or "主场" in text or "客场" in text:
        hits += sports_teams(text, places, [(h.start, h.end) for h in hits])
    if home is None:
        hits += bare_committees(text)
    if "”" in text:
        hits += quoted_bodies(text)
    if may_declare(text):
        hits += declared_short_names(text, hits)
    # last: on the same span, the known body's kind stands, but for a brand the text named
    # in full before (深圳市腾讯计算机系统有限公司…。腾讯公告称: the registered company)
    known = known_names(text, places, segmented)
    if known:
        taken = {(h.start, h.end) for h in hits}
        hits += [k for k in known if (k.start, k.end) not in taken or k.surface not in brand_names()]
    # 国际文凭组织（IBO）, then IBO alone: after every other finder, which keep their spans
    if "（" in text or "(" in text:  # (what every such name is written with)
        hits += [OrgHit(s, e, surface, name, "other", None, {surface} - {name})
                 for s, e, surface, name in abbreviated_bodies(text, [(h.start, h.end) for h in hits])]
        hits = with_bracketed_abbreviations(text, hits)
    hits += congresses(text, hits)
    if "某" in text:
        hits += anonymous_units(text, hits, places)
    if "和" in text:  # 工业和信息化部, 商务部电子商务和信息化司: one body, not the part after 和
        def opens() -> dict[int, tuple[int, str | None]]:
            ends = {r.end: (r.start, r.key) for r in regions if r.form != "country"}
            ends.update((h.end, (h.start, h.region)) for h in hits)
            return ends
        for s, e, surface, region, short in coordinated_bodies(text, opens):
            if any(h.start <= s and e <= h.end for h in hits):
                continue  # a name the table knows (人力资源和社会保障局 -> 人社局), found whole
            for h in hits:
                if h.surface == short:  # 商务部电子商务司 in the headline: the same body
                    h.name, h.kind, h.aliases = surface, "government", h.aliases | {short}
            hits.append(OrgHit(s, e, surface, surface, "government", region))
    hits = [h for h in hits if not _no_body_named(h.surface) and not _NO_BODY_AFTER.match(text, h.end)
            and not _occasion(text, h)
            and not (h.surface.endswith(_TEAM_WORDS) and _LEAGUE_AFTER.match(text, h.end)
                     and h.surface.startswith(_LEAGUE_OPENINGS))]
    if "届" in text:  # a term is written 第…届
        hits = [_with_term(text, h) for h in hits]
    ends = sorted(h.end for h in hits)
    covered = {(h.start, h.end) for h in hits}
    hits = [_over_conjunction(text, h, places, ends, covered) for h in hits]
    units = [u for u in units_of_bodies(text, _drop_nested(list(hits)), places, segmented) if not u.surface.endswith(PREMISES)]
    found = [_at_own_place(h, places) for h in _joint_bodies(text, _drop_nested(hits + units))]
    if len(found) > 2:
        found = _run_together(found)
    if "部门" in text or "系统" in text:
        found = _with_departments(found, find_departments(text, regions, home, found))
    settled = with_country_initials(text, org_edges.settle(text, found, regions), regions)
    out = org_deictics.with_deictics(text, settled, regions)
    # a shopping list's brands last, as found: the edges and merges above are for names
    # written in Chinese, and a brand's item is its own (see product_brands)
    items = product_brands(text)
    if items:
        out = sorted([h for h in out if not any(i.start < h.end and h.start < i.end for i in items)] + items,
                     key=lambda h: h.start)
    return out


def _named_first(between: str) -> bool:
    """Does a trade name open with a name's word, not a verb, a localizer or an adverb (克林|清洗,
    not 参观|金鹏, 旗下|天津: the place before those is no part of the name)?"""
    if not words.available():
        return False
    word, tag = words.pos_cut(between)[0]
    return word not in words.acting_words() and word not in _OVER_BODIES \
        and tag[:1] not in ("v", "p", "d", "f", "c", "u", "r")


# what stands between a body and the companies it owns (中国旗下天津某公司, 集团下属某公司)
_OVER_BODIES = frozenset({"旗下", "下属", "所属", "属下", "麾下", "控股", "成立", "组建", "合资"})


_REGISTERED_FORMS = frozenset({"有限公司", "有限责任公司", "股份有限公司"})
_COUNTING = frozenset("0123456789一二两三四五六七八九十百千万几多余")


def _occasion(text: str, h: OrgHit) -> bool:
    """在首届中国国际进口博览会上, 1997年武汉博览会，…: a fair named as the occasion where
    something happened, not as the body that holds it (what its organisers report names them:
    博览会组委会 is no fair's name)."""
    if not h.surface.endswith(FAIRS):
        return False
    if _OCCASION_AFTER.match(text, h.end) and _OCCASION_BEFORE.search(text, max(0, h.start - 12), h.start):
        return True
    return _OCCASION_OPENING.search(text, max(0, h.start - 8), h.start) is not None \
        and text[h.end:h.end + 1] in ("，", ",")


# 在|2018年首届|…博览会|上: the words that make a fair a time and a place (在…上, 于…期间)
_OCCASION_BEFORE = re.compile(r"[在于][^，,。；;：:！？!?“”]{0,10}\Z")
_OCCASION_AFTER = re.compile(r"上(?![海市])|期间|现场|开幕|闭幕|举办|举行|召开|开展|落幕")
# a year or an edition opening a sentence before the fair, then a comma (1997年武汉博览会，…)
_OCCASION_OPENING = re.compile(r"(?:^|[。！？!?\n])\s*(?:(?:19|20)\d\d年|第?[一二三四五六七八九十]+届|首届)[^，,。]{0,2}\Z")


@lru_cache(maxsize=8192)
def _no_body_named(surface: str) -> bool:
    """Does the surface alone say it names no body: premises, a meeting, a kind of body, a
    count (see ``not_a_body``)? Kept per surface (a pure function of it), as the same names
    (国务院, 市委) come back article after article."""
    return surface.endswith(PREMISES) or not_a_body(surface) or COUNTED_OPENING.match(surface) is not None \
        or surface.endswith(FAIRS) and not _named_fair(surface)


def _named_fair(surface: str) -> bool:
    """Does a fair's name open with its place or its reach (昆明世界园艺博览会, 中国国际进口博览会)?"""
    if surface.startswith(FAIR_REACH):
        return True
    hits = find_regions(surface)
    return bool(hits) and hits[0].start == 0


# a name that runs on into a stadium, a theatre or an exhibition hall names a venue (深圳大运中心
# 体育馆, 香港文化中心大剧院): the place an event is held, no body that reports a figure. (A
# body's own building or room, 福州市总工会大楼, 市二轻局会议室, leaves the body named.)
_VENUE_AFTER = re.compile(r"体育馆|体育场|游泳馆|会展中心|展览馆|展览中心|剧院|大剧院|音乐厅")
# what no body's name is followed by: a count (COUNT_AFTER) or a venue; one match of the two
# alternatives asks at a name's end what a match of each asked
_NO_BODY_AFTER = re.compile(COUNT_AFTER.pattern + "|" + _VENUE_AFTER.pattern)
# a league named by the country and the sport's team word (中国女排超级联赛, 中国男篮职业联赛,
# 全国男篮甲A联赛): the words open the league's name and name no team
_TEAM_WORDS = ("女排", "男排", "女篮", "男篮", "女足", "男足")
_LEAGUE_OPENINGS = ("中国", "全国")
_LEAGUE_AFTER = re.compile(r"(?:超级|职业|甲[AB级]|乙级)?联赛|锦标赛|冠军赛|联赛")


def _with_departments(found: list[OrgHit], departments: list[OrgHit]) -> list[OrgHit]:
    """The departments no other finder took (their spans overlap none of ``found``)."""
    order = TextOrder(found)
    new = [d for d in departments
           if not any(h.end > d.start for h in order.iter_starting_in(max(0, d.start - 64), d.end))]
    return sorted(found + new, key=lambda h: (h.start, -h.end)) if new else found


_DIVISION_ENDS = set("市县区州盟旗")


def _at_own_place(h: OrgHit, places: Places) -> OrgHit:
    """江苏省宿迁市中级人民法院: the places a name opens with that contain the next one are its
    address, written as place mentions of their own; the body as written starts at its own
    place (宿迁市中级人民法院), when that place is written with its level (县, 市, 区); a short
    name (郑州二七…) reads as one name with the place before it. The canonical name keeps the whole address, so the record is the
    same; the full form is kept as an alias."""
    start = h.start
    if start not in places.named_starts:
        return h  # (most names: no place opens them)
    chain = {r.start: r for r in places.near(h.start, h.end) if r.form in ("full", "short")}
    while start in chain:
        outer = chain[start]
        inner = chain.get(outer.end)
        if inner is None or outer.key not in gz.key_ancestors(inner.key) or inner.end >= h.end \
                or inner.surface[-1:] not in _DIVISION_ENDS:
            break  # 郑州二七…, 重庆黔江…: a short name goes on from the place before it
        start = inner.start
    if start == h.start:
        return h
    surface = h.surface[start - h.start:]
    return OrgHit(start, h.end, surface, h.name, h.kind, h.region, h.aliases | {h.surface})


_CONJUNCTIONS = "和与及"
# people and posts, not a body's field (中国人民和…, 国家主席和…)
_NOT_A_FIELD = {"人民", "主席", "总统", "总理", "首相", "政府", "领导人", "各国", "人", "国家",
                "代表", "部长", "官员", "企业", "公司", "群众"}
_IN_NAME_TAGS = ("n", "vn", "nz", "an", "b", "ng", "nt", "j", "ns", "l")


def _over_conjunction(text: str, h: OrgHit, places: Places, ends: list[int],
                      covered: set[tuple[int, int]]) -> OrgHit:
    """美国国家海洋与大气管理局, 中国对外贸易和经济合作部: a body whose field is two nouns joined
    by 和/与/及 is one name from its place on. The head found the name after the conjunction;
    when the words before it are nouns back to a place or 国家 (not a place itself: 中国和美国
    外交部 are two; nor a body's name: 韩国商业银行和…), the name reaches that place."""
    at = h.start - 1
    if at < 1 or text[at] not in _CONJUNCTIONS or not words.available() \
            or h.surface in known_bodies():
        return h
    lo = max(0, at - 10)
    cut = block_tail_start(text, lo, at)
    toks = words.pos_spans(text[cut:at], cut)
    if not toks or toks[-1][3].startswith("nr") or toks[-1][1] in places.start_at_end:
        return h
    for i in range(len(toks) - 1, -1, -1):
        s_, _, word, flag = toks[i]
        if not HAN_ONLY.fullmatch(word):
            return h
        if i < len(toks) - 1 and (s_ + len(word) in places.start_at_end
                                  or word in NATIONAL_PREFIXES):
            break  # the place or 国家 is reached; the words after it are the first field
        if word in NATIONAL_PREFIXES:
            break
        if not flag.startswith(_IN_NAME_TAGS) or word in STOP_WORDS:
            return h
    else:
        return h
    if i == len(toks) - 1 or any(t[2] in _NOT_A_FIELD for t in toks[i + 1:]):
        return h  # 国家和联合国, 中国人民和东盟, 主席和…: no field before the conjunction
    end_of_place = toks[i][1]
    start = place_before(text, end_of_place, places)
    if start >= end_of_place or _any_within(ends, start + 1, at + 1) \
            or HEAD_RE.search(text, end_of_place, at) or text[at - 1] in "队者省党会团社院部局厅" \
            or any(t[3] in ("nt", "nz", "j") for t in toks[i + 1:]):
        return h  # 大连万达队与深圳平安队, 劳动部和社会发展部: two bodies, not one
    place = next((r for r in places.near(start, end_of_place) if r.end == end_of_place), None)
    if place is not None and place.form == "deictic" \
            or any(t[2] in CLASS_MODIFIERS or t[2] in ("高校", "院校") for t in toks[i + 1:]):
        return h  # 我市高校与清华大学: the paper's own place and a class of bodies, then a body
    if (start, h.end) in covered:
        return h  # 人力资源和社会保障局: a full name the table knows was found whole already
    surface = text[start:h.end]
    return OrgHit(start, h.end, surface, surface, h.kind,
                  h.region or (r.key if (r := region_in(start, h.end, places)) else None),
                  h.aliases | {h.surface})


_TERM = re.compile(r"第[一二三四五六七八九十百0-9]{1,4}届$")


def _with_term(text: str, h: OrgHit) -> OrgHit:
    """第九届全国人民代表大会, 第一届推选委员会: the term a body is in is part of its name as
    written (the canonical name stays the body's)."""
    m = _TERM.search(text, max(0, h.start - 6), h.start)
    if m is None:
        return h
    surface = text[m.start():h.end]
    return OrgHit(m.start(), h.end, surface, h.name, h.kind, h.region, h.aliases | {surface})


# 省委、省政府, 市委、市政府: the party committee and the government of one place act as one body
_JOINT = re.compile(r"、|和|与")


def _joint_bodies(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """A government body followed, after 、, by the same place's other leading body written
    short (浙江省委、省政府) is one organization, named as written with the place in front."""
    out: list[OrgHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "government" and h.kind == "government" \
                and h.region == prev.region and h.region and text[prev.end:h.start] in ("、", "和") \
                and h.surface[:1] in "省市县区" and prev.surface.endswith(("委", "政府")) \
                and h.surface.endswith(("委", "政府")) and len(h.surface) <= 4:
            surface = text[prev.start:h.end]
            joint = OrgHit(prev.start, h.end, surface, prev.name + text[prev.end:h.end],
                           "government", prev.region, prev.aliases | {surface})
            out[-1] = joint
            continue
        out.append(h)
    return out


def _run_together(hits: list[OrgHit]) -> list[OrgHit]:
    """Two bodies a headline runs together (财政部国家计委公布…, where print set a space between
    them) are the two bodies the story names apart (财政部会同国家计委): one joint name, written
    with 、 (as 财政部、国家计委 would be), not a body called 财政部国家计委. Only government
    bodies, each standing alone elsewhere in the text: a unit named after its parent (湖北省总工会
    女职工委员会) is one body, whose parent and unit the text may each name alone."""
    alone = {h.surface: h for h in hits}
    out = []
    for h in hits:
        s = h.surface
        split = next((k for k in range(2, len(s) - 1) if s[:k] in alone and s[k:] in alone
                      and alone[s[:k]] is not h and alone[s[k:]] is not h
                      and alone[s[:k]].kind == alone[s[k:]].kind == "government"), None) \
            if len(s) >= 5 else None
        if split is None:
            out.append(h)
            continue
        first, second = alone[s[:split]], alone[s[split:]]
        joint = f"{first.surface}、{second.surface}"
        out.append(OrgHit(h.start, h.end, s, joint, first.kind, first.region or second.region,
                          h.aliases | {s}))
    return out


def _any_within(points: list[int], lo: int, hi: int) -> bool:
    """Is one of the sorted ``points`` in [lo, hi)?"""
    k = bisect.bisect_left(points, lo)
    return k < len(points) and points[k] < hi


def _drop_nested(hits: list[OrgHit]) -> list[OrgHit]:
    """中国职工保险互助会 inside 中国职工保险互助会滨州办事处: the longer name stands."""
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[OrgHit] = []
    for h in hits:
        while out and h.start <= out[-1].start and h.end >= out[-1].end:
            out.pop()
        if out and h.start < out[-1].end:
            if h.end <= out[-1].end:
                continue
            if h.start >= out[-1].start and h.end > out[-1].end:
                # the later name grows out of the earlier one (市委 -> 市委宣传部)
                if h.start == out[-1].start or text_overlap_allowed(out[-1], h):
                    out[-1] = h
                    continue
        out.append(h)
    return out


def text_overlap_allowed(a: OrgHit, b: OrgHit) -> bool:
    return b.start <= a.start + 1


def merge(hits: list[OrgHit]) -> dict[str, OrgHit]:
    """One record per canonical name, with every surface seen as an alias."""
    out: dict[str, OrgHit] = {}
    for h in hits:
        cur = out.get(h.name)
        if cur is None:
            out[h.name] = OrgHit(h.start, h.end, h.surface, h.name, h.kind, h.region, set(h.aliases))
        else:
            cur.aliases |= h.aliases
            cur.region = cur.region or h.region
    return out
