"""Bodies found by a pattern of their own rather than by a head word: names the text declares
(简称), quoted names it calls a body, ministries inside a minister's post (财政部长), teams
(中国女排), a city's police (北京警方), newspapers by their title, a place's bare committee
(市委), and companies named by trade name and trade (晨鸣纸业) where the sentence speaks of
companies.
"""
from __future__ import annotations

import bisect
import re

from . import gazetteer as gz
from .. import words
from ..textorder import occurrences, stop_span
from . import brands
from .declared_names import DECLARES
from .org_words import (
    CitedBody, GENERIC, HEADS, OrgHit, OwnSentenceBody, SPORT_TEAM_WORDS, STOP_WORDS, team_by_sport,
    UNIT_HEADS)
from .org_text import block_at, HAN_ONLY, word_tags, words_of
from .org_names import canonical, deictic_cut, left_edge, Places, region_in


# “微笑行动”组织, “绿色家园”协会: a name in quotes the text calls a body right after it
_QUOTED_BODY = re.compile(r"“([\u4e00-\u9fffA-Za-z0-9]{2,12})”(?=组织|机构|协会|团体|基金会|俱乐部)")


# 华中科技大学(以下简称华科大), 国家医疗保障局（简称“国家医保局”）, 某学院（下称某院）: the text
# declares the short name
_DECLARED = re.compile(r"[(（]" + DECLARES + r"[:：]?[“\"]?([\u4e00-\u9fffA-Za-z]{2,10})[”\"]?[)）]")


def declared_short_names(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """Every mention of a short name the text declares for a body right before it: the body's,
    wherever the text writes it alone."""
    out = []
    ends = {h.end: h for h in hits}
    for m in _DECLARED.finditer(text):
        body = ends.get(m.start())
        short = m.group(1)
        if body is None:
            body = _latin_body(text, m.start())
            if body is not None:
                out.append(body)
        if body is None or short == body.name:
            continue
        taken = [(h.start, h.end) for h in hits]
        for h in hits:
            if h.name == short:  # found by another finder (a brand, FF): still the body's
                h.name, h.kind, h.aliases = body.name, body.kind, h.aliases | {short}
        for at in occurrences(text, short):
            if at == m.start(1) or any(a <= at < b for a, b in taken):
                continue
            out.append(OrgHit(at, at + len(short), short, body.name, body.kind, body.region,
                              {short}))
    return out


# 电动车创业公司Faraday Future（以下简称FF）: a body known by a Latin name, declared with its
# short name; it is a company where the words before it say so
_LATIN_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*){0,4}$")
_COMPANY_BEFORE = re.compile(r"(?:公司|企业|集团|厂商|车企|巨头)$")


def _latin_body(text: str, end: int) -> OrgHit | None:
    m = _LATIN_NAME_BEFORE.search(text, max(0, end - 48), end)
    if m is None or len(m.group()) < 3:
        return None
    kind = "company" if _COMPANY_BEFORE.search(text, max(0, m.start() - 4), m.start()) else "other"
    return OrgHit(m.start(), end, m.group(), m.group(), kind, None)


def quoted_bodies(text: str) -> list[OrgHit]:
    """Bodies named in quotes and called one by the word after the quotes: the name is what
    stands inside the marks, found wherever else the text writes it in the same marks."""
    names = {m.group(1) for m in _QUOTED_BODY.finditer(text)}
    out = []
    for name in names:
        for at in occurrences(text, f"“{name}”"):
            out.append(OrgHit(at + 1, at + 1 + len(name), name, name, "other", None))
    return out


# 财政部长, 外交部长: the segmenter reads a minister's post as one word, so the ministry inside
# it is found by its head no more (局长 after a head is a person's post, see HEAD_RE)
# (the lookbehind comes after the first character: a pattern that opens with a lookbehind is
# tried at every character, one that opens with a class is searched for)
_POST_RE = re.compile(r"[部局厅](?<=[\u4e00-\u9fff][部局厅])长")


def bodies_of_posts(text: str, places: Places) -> list[OrgHit]:
    """The body in a post written as one word (泰国财政部长 -> 泰国财政部): the characters
    before 长 are a body's name the segmenter knows as such (nt), with the places right before."""
    out = []
    # (three string searches cost less than the pattern's scan, and most articles name no post)
    if "部长" not in text and "局长" not in text and "厅长" not in text:
        return out
    tags = word_tags()
    for m in _POST_RE.finditer(text):
        end = m.start() + 1
        for n in (4, 3):
            body = text[end - n:end] if end >= n else ""
            if tags.get(body) == "nt":
                start = end - n
                while start in places.start_at_end and places.start_at_end[start] < start:
                    start = places.start_at_end[start]
                region = region_in(start, end, places)
                surface = text[start:end]
                out.append(OrgHit(start, end, surface, surface, "government",
                                  region.key if region is not None else None))
                break
    return out


# 女篮, 男排, 女足: a sport's team word, written right after the country or place it plays for
# (each branch opens with one character, so the regex engine searches for those three only)
_TEAM_RE = re.compile(r"男(?:篮|排|足|乒|垒|曲|手|水)(?!球)|女(?:篮|排|足|乒|垒|曲|手|水)(?!球)"
                      r"|国[奥青少]队")


def place_teams(text: str, places: Places) -> list[OrgHit]:
    """中国女篮, 巴西女排, 辽宁男篮: a team named by its place and the sport's short team word.
    全国 before one names a national league or contest (全国男篮甲A联赛), not a team."""
    out = []
    if "男" not in text and "女" not in text and "队" not in text:
        return out  # (each team word holds one of them; most articles hold none)
    for m in _TEAM_RE.finditer(text):
        start = places.start_at_end.get(m.start())
        if start is None and not _EVENT_AFTER_TEAM.match(text, m.end()):
            start = _sponsor_before(text, m.start(), places)
        if start is None or start >= m.start() or text.startswith("全国", start):
            continue
        region = region_in(start, m.end(), places)
        surface = text[start:m.end()]
        out.append(OrgHit(start, m.end(), surface, surface, "other",
                          region.key if region is not None else None))
    return out


# A club a league report names by its place and its sponsor alone (上海上港, 大连一方, 北京国安,
# 天津泰达29分): a place, two characters, then no more of a word. Only in a report on a league
# (its name and a match's words), and only where the text writes the same name twice at least,
# as it does a club's; the words a place is often written before (北京时间, 上海地区) are kept out
# by the list below, since a report may write them twice too.
_LEAGUE_CUE = re.compile(r"中超|中甲|中乙|亚冠|足协杯|联赛|甲A|甲B|CBA|排超")
_MATCH_CUE = re.compile(r"进球|积分|主场|客场|球员|外援|主帅|比赛|赛季")
# what may follow a club's name in the same run of characters (上港队, 国安的, 上港在主场…)
_AFTER_CLUB = frozenset("队的在以和与主客外已也则将还有对本")
# the two characters after a place that name no sponsor: words of the game, of places and of
# schools (北京时间, 大连足球, 北京东路, 湖南师大…)
_NOT_SPONSOR = frozenset({"时间", "地区", "赛区", "球迷", "队员", "球队", "主场", "客场", "体育", "足球",
                          "篮球", "排球", "晚报", "日报", "电视", "青年", "市区", "当地", "本地", "军区",
                          "大学", "师范", "师大", "体院", "工业", "东路", "西路", "南路", "北路", "中路",
                          "大道", "一队", "二队", "三队", "全队", "男篮", "女篮", "男排", "女排", "男足",
                          "女足", "选手", "代表", "小将", "名将", "老将", "姑娘", "小伙", "本土"})


def sponsor_clubs(text: str, places: Places, found: list[OrgHit]) -> list[OrgHit]:
    """The clubs of a league report named by place and sponsor (see ``_LEAGUE_CUE``)."""
    if _LEAGUE_CUE.search(text) is None or _MATCH_CUE.search(text) is None:
        return []
    starts_of_places = {h.start for h in places.regions.items}
    names: dict[str, list] = {}  # (surface -> its (start, end, place) each time)
    for h in places.regions.items:
        if h.form not in ("full", "short"):
            continue
        end = h.end + 2
        sponsor = text[h.end:end]
        if len(sponsor) < 2 or not HAN_ONLY.fullmatch(sponsor) or sponsor in _NOT_SPONSOR \
                or h.end in starts_of_places or h.end + 1 in starts_of_places:
            continue  # (上海浦东: a place inside a place, no sponsor)
        if end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _AFTER_CLUB:
            continue  # (湖南工业|大学: the name runs on)
        names.setdefault(text[h.start:end], []).append((h.start, end, h))
    taken = [(x.start, x.end) for x in found]
    out = []
    for surface, at in names.items():
        if len(at) < 2:
            continue
        for start, end, h in at:
            if not any(a < end and start < b for a, b in taken):
                out.append(OrgHit(start, end, surface, surface, "other", h.key))
    return out


# a contest named by the team word (广州国际女足邀请赛, 四国女排锦标赛): an event, not a team
_EVENT_AFTER_TEAM = re.compile(r"(?:邀请|锦标|联|比|精英|超级|对抗)?赛|杯|甲|乙|超")


def _sponsor_before(text: str, at: int, places: Places) -> int | None:
    """Where a club's name starts when a sponsor's name of two to four characters stands between
    its place and the team word (北京首钢男篮, 江苏加佳队): the place's start. (A longer stretch
    holds a shorter one's characters, so a grammar word in the shortest rules out the rest.)"""
    for k in (2, 3, 4):
        p = at - k
        start = places.start_at_end.get(p)
        if start is not None and start < p:
            between = text[p:at]
            if HAN_ONLY.fullmatch(between) and not _NOT_IN_TEAM.intersection(between):
                return start
    return None


# 海口公安, 北京警方, 深圳交警: a city's police named by its place and the service's word, as
# web news writes it (not 公安局, 公安机关, 交警支队, 警方人员: a longer name or a person)
_SERVICE_RE = re.compile(r"(?:公安|警方|交警|特警|巡警)(?![局厅部分机干人民队支大总处所站官员车系])")


def place_services(text: str, places: Places) -> list[OrgHit]:
    """The police of a place (海口公安, 北京警方, 美国警方): a body, where a full or short name of a
    place (not the country's own, and abroad only before 警方) stands right before the service's
    word."""
    out = []
    if "公安" not in text and "警" not in text:
        return out
    for m in _SERVICE_RE.finditer(text):
        start = places.start_at_end.get(m.start())
        if start is None or start >= m.start():
            continue
        region = region_in(start, m.end(), places)
        if region is None or region.key == gz.COUNTRY_CODE or region.form not in ("full", "short") \
                or gz.is_foreign(region.key) and m.group() != "警方":
            continue  # (美国警方, 日本警方: a country abroad has police; 公安, 交警 are China's)
        surface = text[start:m.end()]
        out.append(OrgHit(start, m.end(), surface, surface, "government", region.key))
    return out


_LONE_TEAM = re.compile(r"队(?<=[\u4e00-\u9fff]队)")  # 队 after a Chinese character
_NOT_IN_TEAM = set("的了在和与及是为由向对从把被将等并或胜负平战迎两各全队派")


def sponsored_teams(text: str, places: Places, segmented: dict | None = None) -> list[OrgHit]:
    """江苏加佳队, 武汉雅琪队: a club team is its place, a sponsor's name of two to four
    characters the segmenter cuts apart, and 队 as a word of its own (not 部队, 总队, 领队)."""
    out = []
    for m in _LONE_TEAM.finditer(text):
        at = m.start()
        start = _sponsor_before(text, at, places)
        if start is None:
            continue
        block = block_at(text, at, at + 1)
        if block is None:
            continue
        toks, base = words_of(block, segmented)
        if not any(t[0] == at - base and t[1] == at + 1 - base for t in toks):
            continue
        region = region_in(start, at + 1, places)
        surface = text[start:at + 1]
        out.append(OrgHit(start, at + 1, surface, surface, "other",
                          region.key if region is not None else None))
    return out


def sponsors_teams_again(text: str, places: Places, teams: list[OrgHit],
                         hits: list[OrgHit]) -> list[OrgHit]:
    """A club named by its place, its sponsor and the team word (北京首钢男篮, 南京同曦队; a
    nickname may stand before the team word: 浙江广厦猛狮男篮) is then called by its sponsor
    and a team word alone (首钢队, 同曦队, 首钢男篮, 广厦队), as a reader
    follows it through the report: each such mention is the club, under its full name. A
    finder that took the same words for a body of that name (广厦队) is given the club's."""
    out: list[OrgHit] = []
    same = {(h.start, h.end): h for h in hits if h.name == h.surface}
    for team in teams:
        word = _TEAM_RE.search(team.surface)  # (男篮; else the team word is 队)
        cut = team.start + (word.start() if word else len(team.surface) - 1)
        place_end = next((h.end for h in places.regions.starting_in(team.start, team.start + 1)
                          if h.end < cut), None)
        if place_end is None or not 2 <= cut - place_end <= 4:
            continue
        run = text[place_end:cut]
        if not HAN_ONLY.fullmatch(run):
            continue
        # (a sponsor and the club's nickname, 浙江广厦猛狮男篮: the sponsor alone, 广厦队)
        sponsors = (run, run[:2]) if len(run) == 4 else (run,)
        for sponsor, at in ((sp, at) for sp in sponsors for at in occurrences(text, sp)):
            end = at + len(sponsor)
            mt = _SPONSOR_TEAM_WORD.match(text, end)
            if mt is None or at == place_end:
                continue
            if places.start_at_end.get(at) is not None or text.endswith(_NATION_WORDS, 0, at):
                continue  # 国家青年攀岩队 after 重庆攀岩队: another team (the "sponsor" a sport)
            end = mt.end()
            found = same.get((at, end))
            if found is not None:
                found.name, found.region = team.name, found.region or team.region
                found.aliases.add(found.surface)
                continue
            if any(h.start < end and at < h.end for h in (*hits, *out)):
                continue
            hit = OrgHit(at, end, text[at:end], team.name, team.kind, team.region)
            hit.aliases.add(hit.surface)
            out.append(hit)
    return out


# the words that make a team another one: its nation's, or an age group's or a sex's
_NATION_WORDS = ("国家", "中国", "全国", "我国", "青年", "少年", "女子", "男子", "成年", "国奥")
# the team words a club called by its sponsor alone is written with (首钢队, 首钢男篮)
_SPONSOR_TEAM_WORD = re.compile(r"队(?![员长伍友医列形])|[男女](?:篮|排|足)(?!球)")


# a paper's title in book-title marks: 《经济日报》, 英国《金融时报》
_PAPER_RE = re.compile(r"《([\u4e00-\u9fff]{1,10}(报|周刊|杂志|画报|月刊|新闻))》")
# 《检察日报》社, 《科学新闻》杂志: the title is part of a longer name or a column's
_AFTER_PAPER = ("社", "杂志", "报", "编辑部", "栏目", "专栏", "版")


# A journal that printed a study (《神经学年鉴》刊登一项研究发现, 美国《预防》杂志最新载文, 发表在
# 《柳叶刀》杂志上的一项研究显示): it reports the study's figures, as a body reports its own, in
# the sentences that name it (a health page cites one journal after another, each for its own
# finding). A journal is a title the text calls one (a head word inside the marks, after them or
# right before them: 国际知名医学期刊《柳叶刀》) or a title that prints a study (《自然》刊登的
# 研究); a book, a speech or a programme in marks (发表题为《…》的演讲) is neither.
_TITLE = re.compile(r"《([^《》\n]{1,24})》")
_JOURNAL_IN_TITLE = re.compile(r"(?:杂志|期刊|学报|院刊|年鉴|周刊|月刊|季刊|医学)$")
_JOURNAL_AFTER_TITLE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:杂志|期刊|学报)")
_JOURNAL_BEFORE_TITLE = re.compile(r"(?:杂志|期刊|学报)\Z")
_PRINTS = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日|最新|近日|日前|近期|新近|最近|新一期|本期)?\s*"
                     r"(?:刊登|刊发|刊载|载文|发表|刊出|登载)")
_PRINTED_IN = re.compile(r"(?:发表在|发表于|刊登在|刊登于|刊发在|刊发于|刊载于|刊于|登载在|载于)"
                         r"[\u4e00-\u9fff]{0,8}\Z")
_STUDY = re.compile(r"研究|调查|报告|论文|文章|试验|实验|分析|载文")
_CLAUSE_END = re.compile(r"[，,。！？!?；;\n]")


def journals(text: str, places: Places) -> list[OrgHit]:
    """Journals that printed a study, each mention so cited (see ``_TITLE``): with the country
    right before it the name is country and title as written (美国《预防》杂志), with a head
    word after the marks the title and head (《神经学》杂志), alone the title inside the marks."""
    if "《" not in text:
        return []
    out = []
    for m in _TITLE.finditer(text):
        title = m.group(1)
        if title.endswith("报") or not title.strip():
            continue  # (a paper: ``newspapers``)
        head = _JOURNAL_AFTER_TITLE.match(text, m.end())
        end = head.end() if head else m.end()
        called = head or _JOURNAL_IN_TITLE.search(title) \
            or _JOURNAL_BEFORE_TITLE.search(text, max(0, m.start() - 4), m.start())
        prints = _PRINTS.match(text, end)
        if prints:
            clause = _CLAUSE_END.search(text, prints.end())
            study = _STUDY.search(text, prints.end() - 2, clause.start() if clause else len(text))
        elif _PRINTED_IN.search(text, max(0, m.start() - 16), m.start()):
            clause = _CLAUSE_END.search(text, end)
            study = _STUDY.search(text, end, clause.start() if clause else len(text))
        else:
            continue
        if study is None or not (called or prints):
            continue
        start = places.start_at_end.get(m.start())
        if start is not None and start < m.start():
            region = region_in(start, m.start(), places) or next(
                (h for h in places.near(start, m.start()) if h.start == start), None)
            surface = text[start:end]
            out.append(OwnSentenceBody(start, end, surface, surface, "media",
                                       region.key if region is not None else None))
        elif head:
            surface = text[m.start():end]
            out.append(OwnSentenceBody(m.start(), end, surface, surface, "media", None))
        else:
            out.append(OwnSentenceBody(m.start(1), m.end(1), title, title, "media", None))
    return out


def newspapers(text: str, places: Places, taken: list[OrgHit] = ()) -> list[OrgHit]:
    """A newspaper or magazine named by its title: with the country or city it is published in
    right before it, the name is place and title, marks and all (英国《金融时报》); alone, the
    title inside the marks (《经济日报》). A bare 《…新闻》 is as often a column or a programme,
    so it needs its place. Titles ``taken`` (journals citing a study) are passed over."""
    out = []
    for m in _PAPER_RE.finditer(text):
        if text.startswith(_AFTER_PAPER, m.end()) or any(t.start <= m.start(1) < t.end for t in taken):
            continue
        start = places.start_at_end.get(m.start())
        if start is not None and start < m.start():
            region = region_in(start, m.start(), places) or next(
                (h for h in places.near(start, m.start()) if h.start == start), None)
            out.append(OrgHit(start, m.end(), text[start:m.end()], m.group(1), "media",
                              region.key if region is not None else None))
        elif m.group(2) != "新闻":
            out.append(OrgHit(m.start(1), m.end(1), m.group(1), m.group(1), "media", None))
    return out


# 市委, 省委, 村党支部, 村委会: the committee of the writer's own place, written bare
# (it opens with the class of its first characters, so the engine searches for those only)
_BARE_COMMITTEE = re.compile(r"[市省县村](?:(?<=[市省县])委|(?<=村)(?:党支部|委会))(?![员会])")
# what may stand right before such a committee for it to be written bare: no character at all,
# punctuation, or a function word (在县委工作, 由市委决定), not a name it is part of (洪泽县委)
BEFORE_BARE = set("的在和与及由向对从把被将等并或为是了到任当受经据给同跟让使请、,。;:“”")


def bare_committees(text: str) -> list[OrgHit]:
    """A party or village committee written bare in a text with no home place (受到市委表彰,
    村委会主任): it cannot be placed, yet it names one body; it is kept as written."""
    out = []
    if "委" not in text and "党支部" not in text:
        return out  # (what every match holds: four in five articles with no home have neither)
    for m in _BARE_COMMITTEE.finditer(text):
        before = text[m.start() - 1:m.start()]
        if before and HAN_ONLY.fullmatch(before) and before not in BEFORE_BARE:
            continue
        out.append(OrgHit(m.start(), m.end(), m.group(), m.group(), "government", None))
    return out


# a company's trade name and trade, without 公司 (晨鸣纸业, 华北制药): only believed where its
# sentence speaks of companies
_BRAND_RE = re.compile(r"(?:纸业|药业|制药|乳业|酒业|实业|置业|矿业|钢铁|电器|化工|物流|传媒|控股|股份|汽车|重工)"
                       r"(?![公集有股厂])")
_SENTENCE_STOP = re.compile("[。！？!?；;\n]")
_COMPANY_WORDS = re.compile(r"企业|公司|集团|厂家|龙头|上市")


def brand_companies(text: str, places: Places, found: list[OrgHit]) -> list[OrgHit]:
    """Trade name + trade (晨鸣纸业, 伊利乳业), where the sentence calls such names companies
    (…等龙头企业, …公司): two to four characters of name before the trade, a place before
    them allowed, all one run of name words."""
    out = []
    taken = [(h.start, h.end) for h in found]
    for m in _BRAND_RE.finditer(text):
        hs, he = m.span()
        if any(a <= hs < b for a, b in taken):
            continue
        s0, s1 = stop_span(text, hs, _SENTENCE_STOP)
        if not _COMPANY_WORDS.search(text, s0, s1):
            continue
        start = left_edge(text, hs, places, max(0, hs - 8))
        region = region_in(start, hs, places)
        brand = text[(region.end if region is not None and region.start == start else start):hs]
        if not 2 <= len(brand) <= 4 or not HAN_ONLY.fullmatch(brand) or brand in STOP_WORDS \
                or brand in _OWNERSHIP or _verbal_brand(brand):
            continue
        surface = text[start:he]
        out.append(OrgHit(start, he, surface, surface, "company",
                          region.key if region is not None else None))
    return out


# who owns a company or how large it is, before its trade (最大的国有钢铁联合企业): a kind of
# company, no trade name
_OWNERSHIP = frozenset({"国有", "国营", "民营", "私营", "集体", "合资", "独资", "外资", "乡镇", "大型",
                        "中型", "小型", "中小", "骨干", "龙头", "重点", "地方", "股份"})

_BRAND_NOT_ENDS = tuple(HEADS) + UNIT_HEADS


def brand_mentions(text: str, places: Places, found: list[OrgHit]) -> list[OrgHit]:
    """Every mention of a company the text names by its brand alone (百度, 腾讯; see
    ``brands``), as the registered company it opens when the article gives one (乐视网 ->
    乐视网信息技术（北京）股份有限公司)."""
    registered = [(h.start, h.end, h.name) for h in found if h.kind == "company"]
    names = brands.brand_names(text, registered,
                               lambda: {text[r.start:r.end] for r in places._regions}, _BRAND_NOT_ENDS)
    if not names:
        return []
    taken = sorted((h.start, h.end) for h in found)
    out = []
    for brand, full in names.items():
        if full is None:
            # 浙江执御 … 执御: the brand written once after its place is named so everywhere
            # (the fullest form the article gives)
            # (a place by name: 全世界AI人才 and 全国IT企业 are no company's registered form)
            full = next((text[places.start_at_end[a]:a] + brand for a in occurrences(text, brand)
                         if a in places.start_at_end and places.start_at_end[a] in places.named_starts),
                        None)
        for at in occurrences(text, brand):
            end = at + len(brand)
            if full is not None and at in places.start_at_end and full == text[places.start_at_end[at]:end]:
                at = places.start_at_end[at]  # (this mention only: the search goes on after it)
            k = bisect.bisect_right(taken, (at, len(text))) - 1
            inside = k >= 0 and taken[k][1] > at or k + 1 < len(taken) and taken[k + 1][0] < end
            latin = brand.isascii() and (at > 0 and _in_latin_word(text[at - 1])
                                         or end < len(text) and _in_latin_word(text[end]))
            if not inside and not latin:
                suffix = brands.LEGAL_SUFFIX.match(text, end)
                if suffix is not None:  # 李宁公司, TCL集团有限公司: one mention with its suffix
                    end = suffix.end()
                hit = OrgHit(at, end, text[at:end], full or brand, "company", None)
                if hit.surface != hit.name:
                    hit.aliases.add(hit.surface)
                out.append(hit)
    return out


def _in_latin_word(ch: str) -> bool:
    """Béranger holds "ranger": a letter (accented too) or digit, not a Chinese character."""
    return ch.isalnum() and not HAN_ONLY.match(ch)


def _verbal_brand(brand: str) -> bool:
    """发展化工, 推进物流: a verb before the trade names an activity, not a company."""
    if not words.available():
        return False
    return any(flag[:1] in ("v", "d", "p", "c", "m", "q", "r", "a") and flag != "vn"
               for _, flag in words.pos_cut(brand))


# 国家网信办, 国务院扶贫办, 省侨办, 市文明办: an office named by the short form of its work and
# 办, right after a place, a level character or the state's word. The segmenter knows few of
# them (网信办 and 禁毒办 are no words of its dictionary) and cuts them into the verbs around
# them (网信办会同: 办会). Not 办 of a verb (举办, 创办: dictionary verbs) nor 办公/办事/办学.
_OFFICE_RE = re.compile(r"[\u4e00-\u9fff]{1,2}办(?![公事学理法好成完了过起妥案班])")
_STATE_OPENS = ("国务院", "国家", "中央")
_ONE_CHARACTER_OFFICES = frozenset("侨台外编农")
_NO_OFFICE_TAGS = ("d", "p", "c", "r", "u", "m", "q", "t", "f", "y", "e")


def offices(text: str, places: Places, home: str | None = None) -> list[OrgHit]:
    """Offices of a place or of the state named by their work (国家网信办, 省扶贫办). A level
    character opens one only where it is no part of the word before it (全市扶贫办 is the
    city's office, 城市扶贫办 no name)."""
    out = []
    if "办" not in text:
        return out
    lex = words.lexicon()
    for m in _OFFICE_RE.finditer(text):
        he = m.end()
        for size in (2, 1):
            a = he - 1 - size
            work = text[a:he - 1]
            if len(work) < size:
                continue
            if size == 1 and work not in _ONE_CHARACTER_OFFICES:
                continue
            start = _office_opening(text, a, places)
            if start is None:
                continue
            if lex is not None:
                # (a common word ending in 办, 举办 or 主办 (v, b): no office's short name is one;
                # 侨办, 台办 and 扶贫办 are rare words of the dictionary, if at all)
                verb = lex.frequency(work[-1] + "办", 0) >= 40
                if verb or size == 2 and (lex.tag(work) or "x").startswith(_NO_OFFICE_TAGS):
                    break  # 市举办, 滨州市委主办的, 国家正在办: a verb, no office
            out.append(_body_of_place(text, start, a, he, places, home))  # 市扶贫办: the home city's
            break
    return out


def _body_of_place(text: str, start: int, work: int, he: int, places: Places,
                   home: str | None) -> OrgHit:
    """The government body whose name runs from ``start`` (a place, the state's word or a
    level character) over its work at ``work`` to ``he``: a lone level character is the home
    place's, and the record keeps the canonical name with the written one as an alias."""
    start, deictic = deictic_cut(text, start, work, places, home)
    surface = text[start:he]
    name, code = canonical(surface, deictic or region_in(start, he, places), home, start)
    hit = OrgHit(start, he, surface, name, "government", code)
    if surface != name:
        hit.aliases.add(surface)
    return hit


# what may stand right before a level character that opens a name on its own (全市扶贫办, 据市卫生
# 防疫站抽检, 向县农技推广站): a word of its own, never the end of one (城市, 都市)
_BEFORE_A_LONE_LEVEL = frozenset("全和与及同据在由向对经从到被给为")


def _office_opening(text: str, at: int, places: Places) -> int | None:
    """Where an office's name opens when its work's short form starts at ``at``: a place named
    right before, the state's word, or a level character standing alone."""
    start = places.start_at_end.get(at)
    if start is not None and start < at and start in places.named_starts:
        return start
    for w in _STATE_OPENS:
        if text.startswith(w, at - len(w)):
            return at - len(w)
    if at >= 1 and text[at - 1] in "省市县区":
        before = text[at - 2:at - 1]
        if not before or not HAN_ONLY.fullmatch(before) or before in _BEFORE_A_LONE_LEVEL:
            return at - 1
    return None


# A station named by the public work it does (动物检疫站, 卫生防疫站, 农技推广站, 文化站, 林业站):
# the grassroots body of a county or a township, not a place like a railway station (火车站,
# 北京西站), a plant (核电站, 变电站) or a website (网站). Its work is one of these words, right
# before 站.
_STATION_WORK = frozenset({
    "检疫", "防疫", "推广", "农技", "农机", "林业", "水利", "水保", "文化", "计生", "卫生", "保健", "兽医",
    "植保", "救助", "管理", "服务", "工作", "医疗", "质检", "检测", "监测", "观测", "气象", "水文",
    "环保", "电管", "供应", "收购", "营业", "图书", "记者", "畜牧", "农业", "劳动", "就业", "社保",
    "经管", "土地", "城建", "广播", "粮管", "血液", "急救", "疾控", "防治", "监督", "技术"})
_STATION_RE = re.compile(r"站(?![台长点务内外前口上])")


def service_stations(text: str, places: Places, home: str | None = None) -> list[OrgHit]:
    """Stations of a place named by their work (太原市动物检疫站, 市卫生防疫站, 县农技推广站):
    a place or a level character opens the name, at most two words of what the work is about
    (动物, 卫生, 农技) between it and the work."""
    out = []
    if "站" not in text:
        return out
    for m in _STATION_RE.finditer(text):
        he = m.end()
        work_start = m.start() - 2
        if text[work_start:m.start()] not in _STATION_WORK:
            continue
        start = None
        for k in range(0, 5):  # (the work's subject: 动物, 卫生, 农技)
            at = work_start - k
            if at < 0 or k and not HAN_ONLY.fullmatch(text[at:work_start]):
                break
            start = _office_opening(text, at, places)
            if start is not None:
                break
        if start is None or text[start - 1:start] == "全":
            continue  # (全市文化站已有120个: every station of the city, a kind, not one body)
        out.append(_body_of_place(text, start, work_start, he, places, home))
    return out


# 据 CNNIC 第41次调查报告显示, 据IDC数据, Gartner发布的报告: a body written in Latin letters whose
# report, survey or data the text cites. A Latin word has no head word for the other finders;
# citing it as a report's source says it is a body (a research firm, an agency).
_ACRONYM = r"([A-Z][A-Za-z&]{1,11})"
_ACRONYM_START = re.compile(r"[A-Z][A-Za-z&]")  # (what every match of _CITED_LATIN holds)
_CITED_LATIN = re.compile(
    rf"(?:据|根据|援引|来自)\s?{_ACRONYM}\s?(?=(?:第\s?\d+\s?[次期]|最新|发布的|公布的|的)?\s?"
    r"[\u4e00-\u9fff]{0,4}?(?:报告|统计|数据|调查|研究|显示))"
    rf"|(?<![A-Za-z0-9&]){_ACRONYM}\s?(?=(?:最新)?(?:发布|公布)的[\u4e00-\u9fff]{{0,6}}(?:报告|数据|统计|调查))"
    # (after the word for what it is: 市场调研机构 Counterpoint Research 发布了报告, 据市场研究机构IDC
    # 统计, 研究公司Canalys报告)
    r"|(?:研究|调研|调查|咨询|分析|数据|统计)(?:机构|公司)\s?"
    r"([A-Z][A-Za-z&]{1,15}(?: [A-Z][A-Za-z&]{1,15}){0,2})\s?"
    r"(?=(?:最新)?(?:发布|公布|报告|统计|数据|调查|研究|显示|预计|估计|指出|称|的(?:数据|报告|统计|调查|研究)))")


def cited_latin_bodies(text: str, taken: list[tuple[int, int]]) -> list[OrgHit]:
    """Latin-lettered bodies cited as a report's source, each mention of them (not a word for a
    technology or a measure, 据GDP数据: see ``brands.generic_latin``)."""
    if _ACRONYM_START.search(text) is None:
        return []  # (most texts hold no Latin word: _CITED_LATIN, opening with a look-behind, is
        # tried at every character, and a scan for two letters costs a fifth of that)
    names = {n for m in _CITED_LATIN.finditer(text) for n in m.groups()
             if n and not brands.generic_latin(n)}
    out = []
    for name in sorted(names):
        # (Counterpoint of Counterpoint Research: the body's first word is its short form)
        full = next((n for n in names if n.startswith(name + " ")), name)
        for at, end in _free_mentions(text, name, taken):
            if at and _in_latin_word(text[at - 1]) or end < len(text) and _in_latin_word(text[end]):
                continue  # (in a longer Latin word)
            if full != name and text.startswith(full, at):
                continue  # (the full name's own mention)
            out.append(OrgHit(at, end, name, full, "other", None))
    return out


# 据尼尔森数据显示, 根据易观数据, 据艾瑞咨询报告显示: a body written in Chinese whose data or report
# the text cites, by a name the dictionary lacks (易观, 艾瑞咨询) or knows only as a name (尼尔森):
# a common word cited so is the kind of source, not a body (据统计, 据有关数据, 据市场调查, 据不完全统计)
_CITED_NAMED = re.compile(r"(?:(?<![数证依单收票占考凭论])据|援引)([\u4e00-\u9fff]{2,6}?)(?=(?:的|发布的|公布的)?(?:最新)?"
                          r"(?:数据|报告|统计|调查|研究|监测)(?![局所院站部厅处司会组中委署办室]))")
_SOURCE_WORDS = frozenset({"权威", "官方", "专业", "第三方", "业内", "行业", "市场", "有关", "相关",
                           "公开", "最新", "历史", "网络", "媒体", "当地", "警方", "记者", "资料",
                           "初步", "抽样", "部分", "全国", "各地", "国外", "国内", "海外", "专家"})
_NOT_A_NAME_START = frozenset("不有相各该本这那其一此另每据")
# what a cited name never holds: a word of grammar, or a word for whichever bodies (中央有关部门)
_NOT_IN_CITED = re.compile(r"[的了在是和与及等]|有关|相关|部门|方面"
                           # (how the count was made or how new it is: 据记者不完全统计, 据目前最新
                           # 的调查, 据康宁官方实验数据, where the body, if any, is elsewhere)
                           r"|不完全|初步|粗略|目前|实验|月份|上文|媒体|机构|市场|调研|近几年"
                           r"|^(?:官方|权威|大数据)")
# what may follow the name inside the match, and is not part of it: how new or official the data
# are, who gathered or handed them (据拼多多官方数据, 据福布斯最新数据, 据彭博社提供的数据, 据普华永道
# 一项调查, 据新京报记者调查), and 大 of 大数据 (据京东大数据)
_AFTER_CITED_NAME = re.compile(r"(?:官方|最新|提供|汇总|一项|记者|直属|专业|行业|大)\Z")


def cited_named_bodies(text: str, regions, taken: list[tuple[int, int]]) -> list[OrgHit]:
    """Bodies named in Chinese and cited as the source of data or a report, each mention of
    them (see ``_CITED_NAMED``); not a place (据北京市统计: the place's own statistics)."""
    names = set()
    for m in _CITED_NAMED.finditer(text):
        name = m.group(1)
        after = _AFTER_CITED_NAME.search(name)
        if after is not None and (after.group() != "大" or text.startswith("数据", m.end(1))):
            name = name[:after.start()]
            if len(name) < 2:
                continue
        if name in _SOURCE_WORDS or name[0] in _NOT_A_NAME_START or _NOT_IN_CITED.search(name) \
                or any(r.start < m.end(1) and m.start(1) < r.end for r in regions):
            continue
        lex = words.lexicon()
        tag = lex.tag(name) if lex is not None else None
        if tag is None and not brands.has_function_word(name) or tag in ("nr", "nrt", "nz", "nt", "j") \
                or HEADS.get(name) in ("government", "other") and name not in GENERIC:
            # (a body's head word alone, 据海关统计, 据妇联统计: the one body of that kind the
            # text speaks of, a state's or a people's, not 据银行统计: which bank? Whatever part
            # of speech the dictionary gives the word: 海关 is a place to it)
            names.add(name)
    # (a source runs the figures of the sentences that cite it, not the story's: a firm's report
    # cited in the lead of a story about a company is no more the company's body than 据新华社)
    return [CitedBody(at, end, name, name, "other", None)
            for name in sorted(names) for at, end in _free_mentions(text, name, taken)]


def _free_mentions(text: str, name: str, taken: list[tuple[int, int]]):
    """(start, end) of each mention of ``name`` that overlaps none of ``taken`` (the spans
    other finders gave bodies already)."""
    for at in occurrences(text, name):
        end = at + len(name)
        if not any(a < end and at < b for a, b in taken):
            yield at, end


# A sports report names its teams by a nickname the dictionary knows as a common word (火箭,
# 勇士, 雄鹿, 恒大): a word is a team where the report says what only a team does (before a
# score: 勇士以111比134输掉; before a home or away match: 火箭客场挑战雷霆; as the side a match was
# won or lost against: 击败雄鹿) and, elsewhere, writes it with what only a team has (火箭主场,
# 勇士队, 恒大主帅, 雷霆全队), written twice at least. Only in a text that gives a score or names
# a home or away ground (作客多特的主场, 客场面对马竞时: a visit to a team's ground); not a
# place (中国, 广东: their teams are 中国队, 广东男篮), nor a player (孙颖莎以4比1战胜…, who has
# no 主场), nor a word for any side (对手, 死敌).
#
# _SCORE: a score (3:2, 98比95) somewhere in the text, where only whether there is one is asked.
# It opens with the mark and looks behind it for the digit: re skips from mark to mark, where
# the score's own pattern (\d{1,3} ?(?:比|-|:|：) ?\d{1,3}) was tried at every character, at
# four times the cost.
_SCORE = re.compile(r"[比\-:：](?:(?<=\d.)|(?<=\d .)) ?\d")
_TEAM = r"([\u4e00-\u9fff]{2,4}?)"
_TEAM_OPENS = r"(?:(?<=[,，。;；:：、“”!！?？\s])|^)"  # (a subject opens its clause)
_TEAM_CUES = re.compile(
    _TEAM_OPENS + _TEAM + r"(?=(?:最终|本场|全场|主场|客场)?以\d{1,3} ?(?:比|-|:|：) ?\d{1,3})"
    r"|" + _TEAM_OPENS + _TEAM + r"(?=(?:主场|客场)(?:迎战|挑战|对阵|击败|战胜|负于|不敌|输给))"
    r"|(?:击败|战胜|力克|负于|不敌|输给|逼平|战平|挑战|迎战|对阵)" + _TEAM + r"(?=[,，。;；、和与]|$)"
    # (a visit to a team's ground, or a match against it: 作客多特的主场, 客场面对马竞时)
    r"|(?:作客|做客|客场面对|主场面对)" + _TEAM + r"(?=[,，。;；、和与的时]|$)"
    r"|" + _TEAM_OPENS + r"(?:本周[一二三四五六日]|周[一二三四五六日]|今晚|明晚)?" + _TEAM
    + r"(?=(?:将|又|再次|即将)?(?:作客|做客))"
    # (a side written with its team word, then where it played and its score: 八一队在客场以113-102;
    # or opening the box score of its players: 北控队方面皮埃尔-杰克逊得到32分)
    r"|" + _TEAM + r"(?<=队|篮|排|足)(?=在(?:主场|客场)以\d{1,3} ?(?:比|-|:|：) ?\d{1,3}|方面)"
    # (a score right after the side it is of: 雄鹿134-111客场打爆勇士, 上半场雄鹿64-51领先)
    r"|" + _TEAM_OPENS + r"(?:上半场|下半场|半场|全场|最终|首节|末节|三节战罢)?" + _TEAM
    + r"(?=\d{1,3} ?(?:比|-|:|：) ?\d{1,3}(?!\d))"
    # (the side a score leads or trails, or a streak ends for: 领先勇士26分, 终结勇士8连胜)
    r"|(?:领先|落后|打爆|吊打|横扫|险胜|大胜|完胜|终结)" + _TEAM
    + r"(?=\d{1,3}分|(?:的)?(?:\d{1,2}|[二三四五六七八九十]{1,2})连[胜败])"
    # (the two sides of a match: 东部雄鹿VS西部勇士)
    r"|(?:东部|西部)?" + _TEAM + r"(?= ?(?:VS|vs|Vs|PK) ?)"
    r"|(?<=VS|vs|Vs|PK)(?: ?(?:东部|西部))?" + _TEAM + r"(?=[,，。;；、!！ ]|$)")
_CLOCK = re.compile(r"\d{1,2} ?[:：][0-5]\d(?!\d)")
# the words a team's name ends in when written in full (北控队, 八一男篮, 天津女排, 国安男足)
_TEAM_WORDS_AFTER = ("队",) + SPORT_TEAM_WORDS
_TEAM_OWNS = ("队", "主场", "客场", "主帅", "全队", "球员", "队史", "阵中", "本赛季", "首发",
              "的主场", "主教练", "门将", "前锋", "后卫", "中卫", "中场", "球迷", "俱乐部")
_NOT_IN_TEAM_NAME = set("在是的了和与以为从被把对将也都又还就方")
# words for a side that are no team's name (击败对手, 迎战死敌)
_NO_TEAM = {"对手", "死敌", "强敌", "劲敌", "主队", "客队", "球队", "东道主", "冠军", "卫冕冠军", "强队",
            "弱旅", "劲旅", "老对手", "联赛",
            # (what a score is written after without being a side's: 比分10-5, 全场98-80)
            "比分", "总比分", "大比分", "双方", "两队", "分差", "半场", "全场", "本场", "首节", "末节",
            "加时", "加时赛", "比赛", "决赛", "常规赛", "季后赛", "主场", "客场"}
# what a report of a match writes even without a score: its home or away ground
_MATCH_WORDS = ("主场", "客场")


def _team_stem(name: str) -> bool:
    """Is what stands before the team word a name (北控队, 八一男篮), not the word for any team
    (球队, 主队) nor a verb's phrase (率领球队, 带领全队)?"""
    stem = name[:-1] if name.endswith("队") else name[:-2]
    if stem.endswith(("球", "主", "客", "全", "本", "该", "两", "各")) or stem in _NO_TEAM:
        return False
    return not words.available() or not any(
        len(w) >= 2 and flag[:1] in ("v", "d", "p", "c") for w, flag in words.pos_cut(stem))


def _nickname(name: str) -> bool:
    """Whether a name is a word of the dictionary that is no person's name (雄鹿, 勇士, 火箭):
    a player (孙颖莎, 艾伦) does what a team does in a match report as often as a team does."""
    lex = words.lexicon()
    tag = lex.tag(name) if lex is not None else None
    return tag is not None and tag not in ("nr", "nrfg")


def reports_matches(text: str) -> bool:
    """Does the text give a score or name a home or away ground, as a match report does?"""
    return _SCORE.search(text) is not None or any(w in text for w in _MATCH_WORDS)


def sports_teams(text: str, places: Places, taken: list[tuple[int, int]]) -> list[OrgHit]:
    """Each mention of a team a sports report names by its nickname alone (see above)."""
    if not reports_matches(text):
        return []
    place_names = {text[h.start:h.end] for h in places._regions}
    names = set()
    cued: dict[str, int] = {}  # name -> where its first cue stands
    for m in _TEAM_CUES.finditer(text):
        name = next(g for g in m.groups() if g)
        if _CLOCK.match(text, m.end()):
            continue  # 每天8:00-22:00: a time of day, not a score
        if name in names or name in place_names or name in _NO_TEAM or name[0] in _NOT_IN_TEAM_NAME \
                or name[-1] in _NOT_IN_TEAM_NAME or "队" in name[:-1] or text.count(name) < 2:
            continue
        if name.endswith(_TEAM_WORDS_AFTER) and len(name) > 2 and _team_stem(name):
            names.add(name)  # (北控队, 八一男篮: the team word says it, one cue is enough)
        elif name in cued and cued[name] != m.start() and _nickname(name):
            names.add(name)  # (two things only a team does, as good as a thing only it has)
        elif any(text.startswith(own, at + len(name)) for at in occurrences(text, name)
                 for own in _TEAM_OWNS):
            names.add(name)
        cued.setdefault(name, m.start())
    out = []
    for name in sorted(names):
        full, forms = _team_forms(name, text)
        for form in forms:
            for at, end in _free_mentions(text, form, taken):
                hit = OrgHit(at, end, form, full, "other", None)
                if full != form:
                    hit.aliases.add(form)
                out.append(hit)
    out.sort(key=lambda h: h.start)
    return out


def _team_forms(name: str, text: str) -> tuple[str, tuple[str, ...]]:
    """(the name a team goes by, the forms of it to find) for a team found as ``name``: 太阳
    and 太阳队 are one team; so are 八一队 and 八一男篮, the sport and sex saying which of the
    club's teams it is, when the text names only one of them (not 八一男篮 and 八一女篮)."""
    if not name.endswith(_TEAM_WORDS_AFTER):
        return (name + "队" if name + "队" in text else name), (name,)
    stem = name[:-1] if name.endswith("队") else name[:-2]
    team = team_by_sport(stem, text)
    if team is None:
        return name, (name,)
    forms = (name, team, stem + "队") if stem + "队" in text else (team,)
    return team, tuple(dict.fromkeys(forms))


# A unit the army names by its kind alone (某汽车团, 某高炮旅), written right after the command it
# belongs to (成都军区后勤部驻川某汽车团, 南京军区某集团军某高炮旅): a body, named by the command,
# where it is stationed (驻川) and the unit, up to two units deep
_COMMAND_ENDS = ("军区", "集团军", "后勤部", "政治部", "司令部", "军分区", "总队", "支队", "武警部队",
                 "海军", "空军", "警备区")
_ANONYMOUS_UNIT = re.compile(r"(?:驻[\u4e00-\u9fff]{1,3}?)?某(?:[\u4e00-\u9fff]{0,4}?)"
                             r"(?:集团军|团|旅|师|营|连|部|分队|中队|大队|支队)(?![长员部队属])")


def anonymous_units(text: str, hits: list[OrgHit], places: Places) -> list[OrgHit]:
    """The units a military report names by their kind after their command (see above), each
    one body from the command's start, placed where it is stationed when the name says so
    (驻川: 四川省); the command stays a body of its own too."""
    out = []
    for h in hits:
        if not h.surface.endswith(_COMMAND_ENDS):
            continue
        end = h.end
        for _ in range(2):
            m = _ANONYMOUS_UNIT.match(text, end)
            if m is None:
                break
            end = m.end()
        if end > h.end:
            surface = text[h.start:end]
            stationed = region_in(h.end, end, places)
            out.append(OrgHit(h.start, end, surface, surface, "government",
                              stationed.key if stationed is not None else h.region))
    return out
