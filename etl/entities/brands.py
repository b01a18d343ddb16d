"""Companies named by their brand alone (百度, 腾讯, 麦肯锡, Uber), found from the text's own cues.

No list of company names: a brand has no head word for the suffix finder to start from, and
the segmenter's dictionary tags brands unevenly (腾讯 nz, 华为 nr, 百度 n, 京东 ns). So a word
becomes a company when the article itself says so:

- it opens the article's registered name of a company (乐视网 of 乐视网信息技术(北京)股份有限
  公司), and then it is that company under its short name;
- the text calls it a company: 百度公司, 万达集团 (X right before 公司/集团), 互联网巨头腾讯,
  咨询公司麦肯锡 (a word for companies right before it);
- it is a proper noun (nt, nz, nrt, j, a Latin word, or a word the dictionary lacks) opening
  its clause as the subject of what companies do (宣布, 预测, 测试, 获得 …), or any word
  doing what only companies do (公告, 估值, 市值, 股价, 注册资本, 营收).

A person (nr) speaking (张明表示) is not taken: nr names need a cue of the other two kinds or
a company-only verb. Places (ns, or a place the region finder found) never are.
Each cue is looked for only where one precompiled regex matched, in a window of a few
characters, so an article costs a handful of short segmentations at most.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import words

# 公司/集团 right after a brand; a word for companies right before one. The first two are both:
# no word here ends in another's first character, so the matches of the second pattern hold
# every 公司 and 集团 the first would match, and one scan of the text finds both kinds of cue
_CALLED_AFTER_WORDS = ("公司", "集团")
_CALLED_BEFORE = re.compile(r"(?:巨头|厂商|车企|公司|集团|企业|机构|平台)")
# the posts only a company has, right after its name. Every alternative opens with a literal
# character (联合创始人|创始人, not (?:联合)?创始人): re then skips in C to the places one can
# start, where an optional group first made it try the pattern at every character of a text
_POST_AFTER = re.compile(r"联合创始人|创始人|执行总裁|副总裁|总裁|董事长|首席执行官|CEO")
_SHARED_VERBS = "宣布|发布|表示|预测|推出|获得|测试|投资|透露|披露|称"
_OWN_VERBS = "公告|估值|营收|市值|股价|注册资本|财报|上市|融资"
_SUBJECT_VERB = re.compile(f"(?:{_OWN_VERBS}|{_SHARED_VERBS})")
_OWN_VERB = re.compile(f"(?:{_OWN_VERBS})")
# the three kinds of cue above (words for companies, verbs of companies, posts) in one scan of
# the text, each match sorted by its word (``_cues``): the three patterns' scans cost twice the
# one. No word of one kind ends in the beginning of a word of another kind or holds one, so the
# one scan finds exactly the matches each pattern's own scan would (tests/test_org_brands.py)
_CUE_KINDS = {w: kind for kind, pattern in enumerate((_CALLED_BEFORE, _SUBJECT_VERB, _POST_AFTER))
              for w in pattern.pattern.removeprefix("(?:").removesuffix(")").split("|")}
_ANY_CUE = re.compile("|".join(_CUE_KINDS))
_CLAUSE_STOP = re.compile(r"[。！？!?；;\n,，:：、“”\"()（）《》]")
# nt, nz: a body or a proper noun; nr, nrt (a person's or a transliterated name: 华为, 特斯拉,
# but also 保罗, 库里) only with a company cue besides
_PROPER_TAGS = ("nt", "nz")
# the text up to the last clause stop (matched from a few characters before a verb)
_LAST_STOP = re.compile(r"(?s:.*)" + _CLAUSE_STOP.pattern)
_NAME_TAGS = _PROPER_TAGS + ("nr", "nrt")
# what may stand between a subject and its verb: adverbs, times, places, 在/于 phrases, numbers
_BETWEEN_TAGS = ("d", "t", "p", "ns", "m", "f", "q", "c", "r", "u", "x")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]{1,15}")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,5}")
# generic words that stand before 公司/集团 or after 巨头/企业 without naming one company
_NOT_A_BRAND = set("该本各此每这那其某我贵全分子总母")
_WINDOW = 8
# what follows a brand in a company's name without naming anything more (李宁公司, TCL集团有限公司)
LEGAL_SUFFIX = re.compile(r"(?:企业)?(?:集团)?(?:股份)?(?:有限责任公司|有限公司|公司)|(?:企业)?集团")
# the first character of a name: a letter, or a Chinese character no pronoun, function word
# or counter starts a name with (checked before any segmentation, which costs more)
_NAME_START = re.compile(r"[A-Za-z]|[\u4e00-\u9fff](?<![他她它我你们这那该其此各每本据在对从把被将为由向于就也都还又而但并且如若虽因所是有的了和与及或等])")
_NO_BRAND_BEFORE_CUE = set("该本各此每这那其某我贵全分子总母的家个了是和与及在等、,，。")


def _tag(word: str) -> str | None:
    lex = words.lexicon()
    if lex is not None:
        return lex.tag(word)
    tags = words.pos_cut(word)
    return tags[0][1] if len(tags) == 1 else None


# Latin words that name a technology, a measure or a post, not a company: 全球AI公司, IT企业,
# 5G厂商, GDP, CEO. They stand before 公司 and open clauses as often as IBM or Uber, and no
# cue the text gives tells them apart, so they are listed (upper case; matched in any case).
_GENERIC_LATIN = frozenset("""
    AI IT ICT VR AR MR XR IOT 5G 4G 3G 6G APP APPS PC TV LED LCD OLED GPS SUV MPV EV
    DNA RNA CT MRI ICU ATM POS SIM USB CPU GPU WIFI SAAS
    P2P O2O B2B B2C C2C PPP GDP GNP CPI PPI PMI ETF IPO VC PE FDI
    CEO CFO CTO COO VIP KOL PPT NGO MBA
""".split())


def generic_latin(word: str) -> bool:
    return word.upper() in _GENERIC_LATIN


def _name_like(word: str) -> bool:
    if _LATIN.fullmatch(word):
        return not generic_latin(word)
    return bool(_HAN.fullmatch(word)) and word[0] not in _NOT_A_BRAND \
        and not (len(word) >= 3 and word[-1] in _QUALITY_ENDS)


# the last characters of a quality's noun (安全性, 满意度, 增长率, 获得感): 提升平台安全性 names
# what a platform has, whatever tag the dictionary gives the word (安全性 nr, 满意度 ns)
_QUALITY_ENDS = frozenset("性度率感")


def _proper(word: str, tags: tuple[str, ...]) -> bool:
    """A Latin word, or a word the dictionary tags as one of ``tags`` (a word it lacks is no
    proper noun by that alone: 云计算, 研发团队)."""
    return bool(_LATIN.fullmatch(word)) and not generic_latin(word) or _tag(word) in tags


_LATIN_TAIL = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]{1,15}\Z")


def _word_before(text: str, at: int) -> tuple[int, str] | None:
    """The longest dictionary word (or Latin word) ending at ``at``."""
    latin = _LATIN_TAIL.search(text[max(0, at - 16):at])
    if latin is not None:
        return at - len(latin.group()), latin.group()
    lex = words.lexicon()
    if lex is None:
        spans = words.pos_spans(text[max(0, at - _WINDOW):at], max(0, at - _WINDOW))
        return (spans[-1][0], spans[-1][2]) if spans and spans[-1][1] == at else None
    best = None
    for k in range(2, 7):
        if at - k < 0:
            break
        if lex.frequency(text[at - k:at], 0) > 0:
            best = (at - k, text[at - k:at])
    return best


def _word_after(text: str, at: int) -> tuple[int, str] | None:
    w = _first_word(text, at)
    return (at, w) if w else None


def _cues(text: str) -> tuple[list[re.Match], list[re.Match], list[re.Match]]:
    """The matches of ``_CALLED_BEFORE``, ``_SUBJECT_VERB`` and ``_POST_AFTER`` in text, from one
    scan."""
    kinds: tuple[list[re.Match], list[re.Match], list[re.Match]] = ([], [], [])
    for m in _ANY_CUE.finditer(text):
        kinds[_CUE_KINDS[m.group()]].append(m)
    return kinds


def _called(text: str, cues: list[re.Match] | None = None,
            posts: list[re.Match] | None = None) -> tuple[set[str], set[str]]:
    """Words the text calls companies: X公司, X集团, 巨头X, 咨询公司X, as (proper nouns, other
    words): 传媒集团, 科技公司 put a common noun before 公司 as often as 百度公司 a brand.
    ``cues``, ``posts``: the matches of ``_CALLED_BEFORE`` and ``_POST_AFTER`` in text, when the
    caller has them."""
    if cues is None:
        cues = list(_CALLED_BEFORE.finditer(text))
    if posts is None:
        posts = list(_POST_AFTER.finditer(text))
    strong, weak = set(), set()
    for m in cues:
        if m.group() not in _CALLED_AFTER_WORDS:
            continue
        if m.start() == 0 or text[m.start() - 1] in _NO_BRAND_BEFORE_CUE:
            continue  # 该公司, 子公司, 一家公司, 的公司: no name before the cue
        got = _word_before(text, m.start())
        if got is not None and _name_like(got[1]) and _tag(got[1] + m.group()) is None \
                and _tag(got[1]) not in ("ns", "v", "a", "vn", "b", "m"):
            (strong if _proper(got[1], _NAME_TAGS) else weak).add(got[1])
    for m in posts:
        # 执御执行总裁丁伟, 阿里巴巴创始人马云: only a company has a 总裁 or a 董事长
        # (four characters and the stop before them: 。滴滴出行首席执行官程维表示)
        lo = max(0, m.start() - 5)
        stop = _LAST_STOP.match(text, lo, m.start())
        run = text[stop.end() if stop is not None else lo:m.start()]
        got = _word_before(text, m.start())
        if got is not None and _name_like(got[1]) and _proper(got[1], _NAME_TAGS) \
                and _tag(got[1]) != "ns":
            strong.add(got[1])
        elif stop is not None and _unknown_name(run):
            strong.add(run)
    for m in cues:
        lead = text[m.start() - 1:m.start()]
        if not lead or not _HAN.fullmatch(lead + lead) or lead in _NOT_IN_NAME \
                or not _NAME_START.match(text, m.end()):
            continue  # 又是公司老总: a bare 公司 is the noun's modifier; 咨询公司麦肯锡 names a kind
        got = _word_after(text, m.end())
        if got is None or not _name_like(got[1]):
            continue
        # an appositive stands alone: 巨头腾讯近日…, 公司麦肯锡预测; 企业用户 runs on into a noun
        after = text[m.end() + len(got[1]):m.end() + len(got[1]) + 1]
        if after not in _LISTED_NEXT and not _LATIN.fullmatch(got[1]) \
                and _COUNTED_BEFORE.search(text, max(0, m.start() - _COUNTED_REACH), m.start()):
            # 已有34家国有企业易主: companies counted, and what they did, not one company's name
            # (两家国产手机厂商vivo和OPPO lists the two)
            continue
        if _proper(got[1], _NAME_TAGS) and (not after or _SUBJECT_VERB.match(text, m.end() + len(got[1]))
                                            or after in "，,。、的已也还则近日今将在于与和从对向据"):
            strong.add(got[1])
    return strong, weak


# a count of companies before the word for them (34家国有企业, 几家公司)
_COUNTED_BEFORE = re.compile(r"[0-9一二两三四五六七八九十百千万几数多余][家个所批]")
_COUNTED_REACH = 6
# what joins the next name of a list the count is of (两家厂商vivo和OPPO)
_LISTED_NEXT = frozenset("和、与及")


def _only_adverbials(spans) -> bool:
    """Adverbs, times, places and 在/于 phrases (已在本市): nothing that could be the subject."""
    after_p = False
    for _, _, _, t in spans:
        if t[:1] == "n" and after_p:
            continue  # the object of 在/于/从
        if t[:1] not in _BETWEEN_TAGS and t != "ns":
            return False
        after_p = t == "p"
    return True


def _first_word(text: str, at: int) -> str:
    """The longest dictionary word at ``at`` (a Latin word whole; one character when none):
    the segmenter's first word near enough to rule out most clauses without segmenting them."""
    latin = _LATIN.match(text, at)
    if latin is not None:
        return latin.group()
    lex = words.lexicon()
    if lex is None:
        spans = words.pos_spans(text[at:at + _WINDOW], at)
        return spans[0][2] if spans else ""
    best = text[at:at + 1]
    for k in range(2, 7):
        w = text[at:at + k]
        f = lex.frequency(w) if len(w) == k else None
        if f is None:
            break  # not even the start of a word
        if f > 0:
            best = w
    return best


# what only a company has or files (not 上市 or 融资: 赴港上市, 两家融资 name no company)
_HOLDER_OF = re.compile(r"公告|注册资本|市值|股价|财报|估值|营收")
_NUMERAL_START = set("一二两三四五六七八九十百千万几数多每")


def _unknown_name(run: str) -> bool:
    """Two to four Chinese characters the dictionary does not know as one word, with no
    function word or numeral in them: a name it lacks (途牛网), not 今日 or 两家."""
    return 2 <= len(run) <= 4 and bool(_HAN.fullmatch(run)) and run[0] not in _NOT_A_BRAND \
        and run[0] not in _NUMERAL_START and not _NOT_IN_NAME.intersection(run) and _tag(run) is None \
        and not _clause_run(run)


def _clause_run(run: str) -> bool:
    """A clause before what only a company has, not a name the dictionary lacks (途|牛|网公告,
    乐|视网市值, 中|通|快递营收, which it cuts into single characters): the word for any company
    opening it (公司实现营收, 公司今年营收), a verb with an adverb, a time or a place word (曾获得
    融资, 调整后营收), or a common noun and the verb it does (记者翻阅财报, 现场确认; a brand so
    made, 水滴互助, is taken for one too)."""
    if run.startswith(_CALLED_AFTER_WORDS + ("企业",)):
        return True
    cut = words.pos_cut(run)
    verb = any(len(w) >= 2 and flag[:1] == "v" for w, flag in cut)
    if verb and any(flag[:1] in ("d", "p", "f", "t", "r") for _, flag in cut) \
            and sum(len(w) == 1 for w, _ in cut) <= 1:  # (中|通|快递: a name cut in pieces)
        return True
    return len(cut) == 2 and cut[0][1] == "n" and cut[1][1] == "v" and len(cut[0][0]) == len(cut[1][0]) == 2


def _subjects(text: str, called: set[str], wanted: set[str],
              verbs: list[re.Match] | None = None) -> tuple[set[str], set[str]]:
    """Proper nouns opening a clause whose verb is one companies do (腾讯近日获得…), and those
    of the ``wanted`` words that open such a clause (百度已在…测试: a company only if the text
    calls it one). Only a clause whose first word may be one of them is segmented.
    ``verbs``: the matches of ``_SUBJECT_VERB`` in text, when the caller has them."""
    out, openers = set(), set()
    for m in (_SUBJECT_VERB.finditer(text) if verbs is None else verbs):
        lo = max(0, m.start() - 17)
        last = _LAST_STOP.match(text, lo, m.start())
        c0 = last.end() if last is not None else lo if lo == 0 else -1
        if c0 < 0 or m.start() - c0 > 16 or m.start() == c0 or not _NAME_START.match(text, c0):
            continue
        guess = _first_word(text, c0)
        own = _OWN_VERB.match(text, m.start()) is not None
        if not (own or _proper(guess, _NAME_TAGS) or any(text.startswith(w, c0) for w in wanted)):
            continue
        run = text[c0:m.start()]
        if own and _HOLDER_OF.match(text, m.start()) and _unknown_name(run):
            # 途牛网公告称, 某某网注册资本: a name the dictionary lacks, which the segmenter
            # cuts anyhow (途|牛|网, 乐|视网), right before what only a company has
            openers.add(run)
            out.add(run)
            continue
        spans = words.pos_spans(text[c0:m.start()], c0)
        latin = _LATIN.match(text, c0)
        if latin is not None:  # the segmenter gives a Latin word letter by letter
            first = latin.group()
            spans = [sp for sp in spans if sp[0] >= latin.end()]
            spans.insert(0, (c0, latin.end(), first, "eng"))
        else:
            first = spans[0][2]
            if len(first) == 1 and len(spans) > 1 and len(spans[1][2]) >= 2:
                first += spans[1][2]  # 乐|视网公告: the segmenter splits an unknown brand
                spans = spans[1:]
        if not _name_like(first) or not _only_adverbials(spans[1:]):
            continue  # 百度工程师表示: another noun between is the subject
        openers.add(first)
        if _proper(first, _PROPER_TAGS) or (own or first in called) and _proper(first, _NAME_TAGS):
            out.add(first)
    return out, openers


def brand_names(text: str, registered: list[tuple[int, int, str]],
                place_words: Callable[[], set[str]], heads: tuple[str, ...]) -> dict[str, str | None]:
    """brand -> the registered full name it stands for (None: known by its brand alone).
    ``registered`` holds (start, end, name) of the companies found by their suffixes; a word
    ending in one of ``heads`` (医院, 银行) names a kind of body, never a brand.
    ``place_words`` gives the words the region finder read as places: asked for only when a
    registered name or a brand needs them, as most articles have neither."""
    places: set[str] | None = None
    firsts: dict[str, str] = {}
    # brand + form alone (万科企业股份有限公司): the brand is the company's only where the text
    # goes on to make it a subject of what companies do (万科发布公告称); one word and a form
    # (通讯有限公司) is a kind of company, and its word no brand
    bare: dict[str, str] = {}
    for s, e, name in registered:
        w = _first_word(text, s)
        if places is None:
            places = place_words()
        if w in places:  # 北京百度网讯…公司
            w = _first_word(text, s + len(w))
        if len(w) == 1:
            rest = _first_word(text, s + 1)
            w = w + rest if len(rest) >= 2 else w  # 乐|视网: the segmenter splits an unknown brand
        at = text.find(w, s, e)
        rest = LEGAL_SUFFIX.fullmatch(text, at + len(w), e) if at >= 0 else None
        if len(w) < e - s and _name_like(w) and (text.find(w, 0, at) >= 0 or text.find(w, at + 1) >= 0):
            (firsts if rest is None else bare).setdefault(w, name)
    # the cues found once: the scan decides whether there is any cue, and the finders below go
    # through its matches (a search for each, then a scan again, cost more than the cues' own
    # checks over a People's Daily load)
    cues, verbs, posts = _cues(text)
    gate = cues or verbs or posts
    if not firsts and not gate:
        return {}
    strong, weak = _called(text, cues, posts) if gate else (set(), set())
    if "是" in text:
        strong |= _defined(text)
    subjects, openers = _subjects(text, strong, weak | set(firsts) | set(bare), verbs) \
        if gate else (set(), set())
    out: dict[str, str | None] = {}
    for w, name in firsts.items():
        if _proper(w, _PROPER_TAGS) or w in openers or w in strong:
            out[w] = name
    for w, name in bare.items():
        if w in openers or w in subjects:
            out.setdefault(w, name)
    for w in strong | subjects | (weak & openers):
        out.setdefault(w, None)
    if not out:
        return out
    # (a brand its registered name opens may end in a one-character head: 万科 of 万科企业股份
    # 有限公司 is no section, 科; a word ending in 医院 or 银行 is a kind of body still)
    long_heads = _long_heads(heads)
    if places is None:
        places = place_words()
    return {w: n for w, n in out.items()
            if w not in places and _tag(w) != "ns"
            and not w.endswith(long_heads if n is not None else heads)
            and not has_function_word(w)}


@lru_cache(maxsize=8)
def _long_heads(heads: tuple[str, ...]) -> tuple[str, ...]:
    """The heads of two characters or more, kept per tuple of heads: sifted out for every
    article, they cost a tenth of ``brand_names`` (PFR 1998: 26 of 145 samples)."""
    return tuple(h for h in heads if len(h) >= 2)


# what a brand's characters never read as: a preposition, a pronoun, a conjunction (除其自身股价
# 下跌…: the words before 股价 are no company's)
_FUNCTION_TAGS = ("p", "r", "c")


def has_function_word(word: str) -> bool:
    if not _HAN.fullmatch(word) or len(word) < 3:
        return False
    return any(tag.startswith(_FUNCTION_TAGS) for _, tag in words.pos_cut(word))


# SpaceX是马斯克于2002年6月建立的太空探索技术公司: a Latin-lettered word defined as a company,
# opening its sentence
_DEFINED = re.compile(r"(?:^|(?<=[。！？!?；;\n]))\s*(" + _LATIN.pattern + r")是[^。；;,，]{0,40}?(?:公司|企业|集团)(?=[。；;,，]|$)")


# what every match of _DEFINED holds: a Latin word's last character right before 是
_LATIN_BEFORE_IS = re.compile(r"[A-Za-z0-9&.\-]是")


def _defined(text: str) -> set[str]:
    """Latin words the text defines as a company at a sentence's opening. (_DEFINED opens with
    a look-behind, so re tries it at every character; most texts that hold 是 have no Latin
    word right before it, which a scan that skips from 是 to 是 tells for a fifth of the cost.)"""
    if _LATIN_BEFORE_IS.search(text) is None:
        return set()
    return {m.group(1) for m in _DEFINED.finditer(text) if not generic_latin(m.group(1))}


_NOT_IN_NAME = set("的了在和与及是为由向对从把被将等并或据称")
