"""Stage 4c: regions, organizations and programmes, and the figures' links to them.

Works document-wide first (the home region, the places and areas the page names) because a
local paper's 我市, 市总工会 and county short names only make sense against its home city, then
article by article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import gazetteer as gz
from . import scopes
from .link_text import lead_caption
from .linking import Linker, lead_of, region_value, sentence_of
from .organizations import find_organizations, merge
from .known_bodies import known_bodies as _known_bodies
from .programs import find_programs
from ..currencies import country_of_money
from ..records import DocumentResult, Mention, Organization, Program
from .regions import division_hits, document_context, find_regions, infer_home, resolve_home
from .short_forms import initials_mentions, merge_short_forms, unit_mentions
from ..textorder import TextOrder, occurrences


def _item_homes(text: str, body_start: int, home: str | None) -> list[tuple[int, int, str | None]]:
    """(start, end, home) for each stretch of the article whose 省/市/全省 mean one place: an
    item filed from another city (本报昆明电) or under a place's sub-heading speaks of that
    place's 省财政 and 全省; the article's own dateline does so only for a paper with no home."""
    out: list[tuple[int, int, str | None]] = []
    if home is None:  # a national paper: 省/市 are the place the article's lead names
        home = _lead_place(text, body_start)
    for b in scopes.blocks(text, body_start):
        # (a dispatch from the capital is the national desk's, whatever it is about: its 全省
        # and 市政府 are the places the item names, not Beijing's)
        place = (b.dateline if b.dateline != gz.CAPITAL else None) or b.anchor
        h = place if place and (b.kind != "article" or home is None) else home
        if out and out[-1][2] == h:
            out[-1] = (out[-1][0], b.end, h)
        else:
            out.append((b.start, b.end, h))
    return out


def _is_city(h) -> bool:
    """A province, a city, or a county-level city written as one and still one (化州市, 晋江市;
    not 玉环县, a city only since, nor 琼山市, a district since), whose 全市 and 市委 are its own."""
    d = gz.get(h.key)
    return d is not None and (d.level in ("province", "prefecture") or d.level == "county"
                              and h.surface.endswith("市") and d.name.endswith("市"))


def _lead_place(text: str, body_start: int) -> str | None:
    """The province or city an article's title and first paragraph name first, by full name,
    or the city inside it the lead names next (地处广东省西南边陲的化州市: the article's 全市 and
    市委 are 化州's, its 全省 still Guangdong's); else the city of the writer's sign-off that
    closes it (（四川省达川市委 安全东）: a letter from a city, whose 我市 is that city)."""
    # the article's places as the document's context read them (memoized there), not a new
    # scan; the first one named in full is found before the lead is worked out, which an
    # article that names none (most of a national paper's) does not need
    hits = division_hits(text, set())
    lead = caption = None
    for i, h in enumerate(hits):
        if h.form == "full" and _is_city(h):
            if lead is None:
                lead = lead_of(text, body_start)
                caption = lead_caption(text, lead)  # (the photo's place over the story)
            lead_end = lead.end
            if h.start >= lead_end:
                break
            if caption is not None and caption.start <= h.start < caption.end:
                continue
            place = h.key
            for inner in hits[i + 1:]:
                if inner.start >= lead_end:
                    break
                if inner.form == "full" and inner.surface.endswith("市") \
                        and place in gz.ancestors(inner.key) and _is_city(inner):
                    # (广东省…化州市: the city the province holds; not 吕梁地区, which has
                    # 全区 and 地委, no 市 of its own)
                    place = inner.key
            return place
    signoff = _SIGNOFF.search(text) if hits and text.rstrip().endswith((")", "）")) else None
    if signoff is None:
        return None
    inside = [h for h in hits if signoff.start(1) <= h.start and h.end <= signoff.end(1)
              and h.form == "full" and gz.get(h.key) is not None
              and gz.get(h.key).level in ("province", "prefecture", "county")]
    return inside[-1].key if inside else None


# a closing bracket of the writer's unit and name: （四川省达川市委 安全东）, (河北省保定市教育局 王明)
_SIGNOFF = re.compile(r"[（(]([^（()）\n]{4,30})[)）]\s*$")


def _item_mentions(text: str, body_start: int, home: str | None, context, areas):
    """Region and organization hits of an article, each item read against its own home."""
    spans = _item_homes(text, body_start, home)
    if len(spans) == 1:
        home = spans[0][2]
        regions = find_regions(text, home, context, areas)
        return regions, find_organizations(text, _naming_places(regions), home)
    regions: list = []
    orgs: list = []
    for start, end, h in spans:
        part = text[start:end]
        found = find_regions(part, h, context, areas)
        for o in find_organizations(part, _naming_places(found), h):
            o.start += start
            o.end += start
            orgs.append(o)
        regions += [r._replace(start=r.start + start, end=r.end + start) for r in found]
    return regions, orgs


def _outside_place_names(figures: list, regions: list) -> list:
    """The figures that are not part of a place's name: 三门峡市, 七台河市 and 八家户村 hold a
    numeral and a measure word (三门, 七台, 八家) that count nothing. The figure finder cannot
    tell (三门课程 is three courses); the places found here can."""
    spans = sorted((h.start, h.end) for h in regions)  # nested ones were dropped
    starts = [s for s, _ in spans]
    kept = []
    for f in figures:
        k = bisect_right(starts, f.char_start) - 1
        if k >= 0 and spans[k][1] >= f.char_end \
                and spans[k][1] - spans[k][0] > f.char_end - f.char_start:
            continue  # inside a longer name (a name that is the figure itself proves nothing)
        kept.append(f)
    return kept


def _headline_figures_placed(figures: list, text: str, body_start: int) -> None:
    """A headline's figure told again in the body where the body places it inside the
    headline's place (广西10名小学生…中毒 / …合浦县…此次事件共涉及10名学生) is that place's: the
    headline names the wider place, the story the one the figure is about. A web page's
    原标题 line is its headline again. Not the country's (我国…近亿: the body's examples are
    parts of a national figure), and only a figure told again as it was (value, unit and qualifier)."""
    title = len(text[:body_start].strip().split("\n", 1)[0])
    # the 原标题 lines' stretches, found once (a page of one endless line has thousands of figures)
    again = [(at, at + 5 + title) for word in _ORIGINAL_TITLE for at in occurrences(text, word)
             if at == 0 or text[at - 1] == "\n"]

    def headline(f) -> bool:
        return f.char_start < body_start or any(lo <= f.char_start < hi for lo, hi in again)
    heads = [f for f in figures if f.region and f.region != gz.COUNTRY_CODE and headline(f)]
    if not heads:
        return
    told = [f for f in figures if f.region and not headline(f)]
    for h in heads:
        body = next((b for b in told if b.value == h.value and b.unit == h.unit
                     and b.qualifier == h.qualifier
                     and b.region != h.region and h.region in gz.key_ancestors(b.region)), None)
        if body is not None:
            h.region, h.region_basis, h.regions = body.region, "inferred", body.regions


# what opens the line of a web page that repeats its headline
_ORIGINAL_TITLE = ("原标题", "原题")


def _not_clubs(figures: list, org_hits: list) -> list:
    """The figures that are not a club's name: in a game report 76人 is the Philadelphia club,
    not 76 people (the figure finder cannot tell; the known bodies, read in the report, can)."""
    names = _club_names()  # (is_club asked of each body cost as much as the rest of the check)
    clubs = {(h.start, h.end) for h in org_hits if h.surface in names}
    if not clubs:
        return figures
    return [f for f in figures if (f.char_start, f.char_end) not in clubs]


@lru_cache(maxsize=1)
def _club_names() -> frozenset[str]:
    """The names ``is_club`` says yes to: the known bodies of scope club."""
    return frozenset(name for name, body in _known_bodies().items() if body.scope == "club")


def _naming_places(regions: list) -> list:
    """The places an organisation's name may open with: not a city abroad, which stands
    before a body as where it is (洛杉矶FF总部, 纽约的联合国总部), not as part of its name."""
    return [h for h in regions if not gz.is_city_abroad(h.key)]


_CONVERTED = re.compile(r"(?:相当于|折合|约合|合|即|兑|兑换)(?:约|大约)?\Z")


def _country_of_money(fig, text: str, named: set[str]) -> str | None:
    """The country whose money a figure is counted in (30万亿日元, 56.60铢), when its text placed
    it nowhere, only in a part of the world (东亚金融危机…), or in another country outside its
    clause, and the article names that country: a sum in yen is Japan's in a story on Japan.
    Not the dollar's or the euro's, paid everywhere."""
    country = country_of_money(fig.unit)
    if country is not None and _CONVERTED.search(text, max(0, fig.char_start - 5), fig.char_start):
        return None  # 60欧元,相当于52.6英镑: the sum again in another money, still the place's
    if country is None or country not in named or not gz.is_country_abroad(country):
        return None  # (北国外汇储备只有3亿瑞士法郎: a country's reserves in money of one not named)
    if fig.region is None or fig.region.startswith(gz.GROUP + "|") \
            or fig.region == gz.COUNTRY_CODE and fig.region_basis in ("home_region", "inferred"):
        return country
    if gz.is_country_abroad(fig.region) and fig.region != country and fig.region_basis != "clause":
        return country  # 日本政府决定…，泰铢跌至56.60铢: another country's place, not its clause's
    return None


def _renamed_as_written(regions) -> dict[str, str]:
    """Unit code -> the key of that unit under the name the article gives it, for the units it
    names by a full name they have since changed (江苏省淮阴市 in 1998, now 淮安市; 怀柔县, now
    怀柔区): its figures are the place's as the page names it, as a reader of the page writes
    them, and keep the current unit's code (gazetteer.renamed_key). Not a unit the article
    also names by its current name (襄樊市, 今襄阳市): a text written after the change.
    The unit's short name then, written bare after it (淮阴市…淮阴作为农业大市), is the same
    unit, though a district has taken that name since (淮阴区): unless the article names that
    district in full."""
    if not regions:
        return {}
    renamed = gz.renamed()
    written: dict[str, str] = {}
    current: set[str] = set()     # units the article names by a current name
    full_named: set[str] = set()  # ... by their current full name
    for h in regions:
        if h.surface in renamed:
            if (key := gz.renamed_key(h.key, h.surface)) is not None:
                written.setdefault(h.key, key)
        elif (d := gz.get(h.key)) is not None:
            if h.surface == d.name:
                full_named.add(h.key)
                current.add(h.key)
            elif h.surface == d.short_name and h.surface not in gz.renamed_shorts(h.key):
                current.add(h.key)  # (怀柔 is 怀柔县's short name as it is 怀柔区's)
    out = {code: key for code, key in written.items() if code not in current}
    if out:
        shorts = {renamed[key.partition("|")[2]][3]: key for key in out.values()}
        for h in regions:
            if h.surface in shorts and h.key not in out and h.key not in full_named:
                out.setdefault(h.key, shorts[h.surface])
    return out


def find_entities(doc: DocumentResult) -> None:
    """Find mentions in every article, fill doc.organizations / doc.programs / doc.home_region,
    and link each figure to its region, organization and program."""
    texts = [a.article.text for a in doc.articles]
    given = resolve_home(doc.home_region)
    home = given or infer_home(texts, doc.newspaper)
    guessed = given is None and doc.newspaper is None  # (the city the text names most)
    doc.home_region = home
    local = None if home == gz.COUNTRY_CODE else home  # a national paper has no 我市 of its own
    context, areas = document_context(texts, local)
    orgs: dict[str, Organization] = {}
    programs: dict[str, Program] = {}
    for result in doc.articles:
        text = result.article.text
        regions, org_hits = _item_mentions(text, result.article.body_start, local, context, areas)
        org_hits = merge_short_forms(unit_mentions(text, initials_mentions(text, org_hits)), text)
        prog_hits = find_programs(text)
        as_written = _renamed_as_written(regions)
        mentions = [Mention("region", h.start, h.end, h.surface,
                            as_written.get(h.key, h.key))
                    for h in regions]
        mentions += [Mention("organization", h.start, h.end, h.surface, h.name) for h in org_hits]
        mentions += [Mention("program", h.start, h.end, h.surface, h.name) for h in prog_hits]
        mentions.sort(key=lambda m: (m.char_start, m.kind))
        result.mentions = mentions
        for name, h in merge(org_hits).items():
            cur = orgs.get(name)
            if cur is None:
                orgs[name] = Organization(name, h.kind, region_value(h.region),
                                          tuple(sorted(h.aliases)))
            else:
                cur.aliases = tuple(sorted(set(cur.aliases) | h.aliases))
                cur.region = cur.region or region_value(h.region)
        orgs_in_order = TextOrder(org_hits)
        for h in prog_hits:
            # the programme's operator: the last body its sentence names before it
            operator = orgs_in_order.last_within(sentence_of(text, h.start).start, h.start)
            region = operator.region if operator else None
            cur = programs.get(h.name)
            if cur is None:
                programs[h.name] = Program(h.name, operator.name if operator else None,
                                           region_value(region), h.start_year,
                                           tuple(sorted(h.aliases - {h.name})))
            else:
                cur.aliases = tuple(sorted(set(cur.aliases) | (h.aliases - {h.name})))
                cur.operator = cur.operator or (operator.name if operator else None)
                cur.region = cur.region or region_value(region)
                cur.start_year = cur.start_year or h.start_year
        if result.figures and regions:
            result.figures = _outside_place_names(result.figures, regions)
        if result.figures and org_hits:
            result.figures = _not_clubs(result.figures, org_hits)
        if not result.figures:
            continue  # the linker's lists serve only the figures (an article of none is common)
        linker = Linker(text, regions, org_hits, prog_hits, home, result.article.body_start,
                        [(f.char_start, f.char_end) for f in result.figures], home_guessed=guessed)
        named = {h.key for h in regions}
        for fig in result.figures:
            link = linker.explain(fig.char_start)
            fig.region = region_value(link.region)
            fig.region_basis = link.region_basis if fig.region else None
            if (money := _country_of_money(fig, text, named)) is not None:
                fig.region, fig.region_basis, link = money, "inferred", link._replace(regions=())
            # (most figures' places are one of no list)
            fig.regions = tuple(r for r in map(region_value, link.regions) if r) if link.regions else ()
            fig.organization = link.organization
            fig.organization_basis = link.organization_basis
            fig.program = link.program
        if result.article.body_start:
            _headline_figures_placed(result.figures, text, result.article.body_start)
        if as_written:
            for fig in result.figures:
                fig.region = as_written.get(fig.region, fig.region)
                fig.regions = tuple(as_written.get(r, r) for r in fig.regions)
    for prog in programs.values():
        if prog.operator and prog.operator not in orgs:
            prog.operator = None
    doc.organizations = list(orgs.values())
    doc.programs = list(programs.values())


__all__ = ["find_entities", "gz"]
