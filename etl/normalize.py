"""Stage 2, normalize: one clean, canonical string per page.

Every later stage (figures, periods, entities, search) matches on this text, so it is where the
damage of OCR and PDF extraction is undone once, instead of every rule coping with it:

* NFKC folds full-width digits, letters and the punctuation it covers (，：（）％；！？) to ASCII,
  so ``３．７１亿`` and ``3.71亿`` are one string. Chinese sentence punctuation that NFKC leaves
  alone (。、“”《》) is kept: it marks sentence and list boundaries that downstream rules use.
  A few characters NFKC would damage are shielded: ``…`` (it would become three full stops, which
  look like decimal points) and circled numbers ``①`` (list markers that would turn into digits
  and glue onto the following number).
* Spaces that OCR scatters between ideographs (``一 个 地 市``), around numbers
  (``3.71 亿人次``) and next to punctuation are removed. A space between two multi-character
  words is kept: it separates names in bylines (``记者 廖展霞 韩雯``) and the halves of a
  headline; a space between two Latin words (``OpenAI O1``) is kept too.
* Column layouts break lines every 15-20 characters; a line that does not end a sentence is
  joined to the next one (not in a block written a paragraph to a line, where a headline or an
  author's name stands on a line of its own) (``2024\\n年`` -> ``2024年``), except lines that stand alone by nature:
  headings marked with ``#``, bylines, datelines, photo credits and jump lines
  (``(下转第3版)``), which are also moved onto their own line.
* Blank lines separate paragraphs and are kept (one blank line), except where a paragraph was
  cut mid-sentence by the layout (``…建议。志`` / blank / ``愿者们纷纷表示…``): a body paragraph
  that ends without sentence punctuation is joined to a following body paragraph.
"""
from __future__ import annotations

import re
import unicodedata

# -- character classes --------------------------------------------------------------------------
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007"
# Punctuation that never wants a space next to it in Chinese text.
CJK_PUNCT = "\u3001-\u3006\u3008-\u3011\u3014-\u301f\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\uff5e\u300a\u300b"
ASCII_PUNCT = r",.;:!?()%"
# Ends a sentence; closing quotes or brackets may follow.
_CLOSERS = "”’」』)]"
_FINALS = ("。", "!", "?", ";", "…", "...")
_CLAUSE = re.compile(r"[,。、;:!?]")
_SENTENCE_PUNCT = re.compile(r"[,。;!?]")

# -- NFKC with a few characters shielded ---------------------------------------------------------
_SHIELD = "\u2026\u22ef" + "".join(map(chr, range(0x2460, 0x24ff + 1))) + \
    "".join(map(chr, range(0x2776, 0x2793 + 1)))
_SHIELDED = re.compile(f"[{re.escape(_SHIELD)}]")
_TO_PUA = {c: chr(0xF0000 + i) for i, c in enumerate(_SHIELD)}
_FROM_PUA = {v: k for k, v in _TO_PUA.items()}
_PUA = re.compile(f"[{chr(0xF0000)}-{chr(0xF0000 + len(_SHIELD) - 1)}]")
# NFKC leaves ASCII, the ideographs and most Chinese punctuation alone, and such a stable
# character (normalized, not combining, never the second half of a composition) does not
# interact with its neighbours (UAX #15, "Stable Code Points"). So only the runs of other
# characters need normalizing, each with the stable character before it: half the time of
# normalizing a whole page of news text. tests/test_normalize.py checks the stability.
_STABLE_RANGES = ((0x0A, 0x0A), (0x20, 0x7E), (0x2010, 0x2027), (0x3001, 0x303F), (0x4E00, 0x9FFF))
STABLE = "".join(c for a, b in _STABLE_RANGES for c in map(chr, range(a, b + 1))
                 if not unicodedata.combining(c) and unicodedata.is_normalized("NFKC", c))


def _ranges(chars: str) -> str:
    """``chars`` as the inside of a character class, runs of consecutive characters written as
    ranges: 21,160 characters listed one by one took 0.1 s to compile, at the start of every
    load."""
    codes = sorted(set(map(ord, chars)))
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        a, b = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(a if i == j else f"{a}-{b}")
        i = j + 1
    return "".join(parts)


_STABLE_CLASS = _ranges(STABLE)
_UNSTABLE_RUN = re.compile(f"[{_STABLE_CLASS}]?[^{_STABLE_CLASS}]+")
# The full-width punctuation and digits of Chinese news are most of those runs (People's Daily:
# 74,000 of 113,000 are a lone ，): str.replace() maps each of these beforehand in one C pass,
# a third of the time of a match and a normalize() call per run. NFKC of the result is NFKC of
# the text, as NFKC decomposes each of them to the same character first.
_COMMON_FULL_WIDTH = {c: unicodedata.normalize("NFKC", c) for c in "，（）：；！？０１２３４５６７８９％．\u3000"}
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r" *\t[ \t]*| {2,}")
_EDGE_SPACES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")

# -- jump lines ----------------------------------------------------------------------------------
_JUMP = r"\((?:下转|转|上接|接)第?[0-9一二三四五六七八九十]{1,3}版\)"
_JUMP_AT_END = re.compile(rf"(?<=\S) *({_JUMP})$", re.M)
_JUMP_AT_START = re.compile(rf"^({_JUMP}) *(?=\S)", re.M)
JUMP_LINE = re.compile(rf"^{_JUMP}$")

# -- OCR spaces ----------------------------------------------------------------------------------
# Every pattern starts with a literal space and looks around it, so the regex engine only stops
# at spaces (a leading look-behind would be tried at every character of the page).
_AP = re.escape(ASCII_PUNCT)
_SP_PUNCT = re.compile(
    rf" (?:(?<=[{CJK_PUNCT}] )"                    # after Chinese punctuation
    rf"|(?<!# )(?= *[{CJK_PUNCT}])"                # before it (not after a Markdown '#')
    rf"|(?<=[{HAN}0-9] )(?= *[{_AP}])"             # 人次 ,  /  3.71 %
    rf"|(?<=[{_AP}] )(?= *[{HAN}0-9])) *")         # , 共  /  ( 1
_SP_HAN_ALNUM = re.compile(
    rf" (?:(?<=[{HAN}] )(?= *[0-9A-Za-z])|(?<=[0-9A-Za-z] )(?= *[{HAN}])) *")
# Between two ideographs only when one side is a lone character: letter-spaced OCR output
# ("一 个 地 市"), never two words ("记者 廖展霞"); a photo credit keeps "张磊 摄".
_LONE = rf"[ {CJK_PUNCT}{_AP}]"
_SP_HAN_HAN = re.compile(
    rf" (?=[ ]*[{HAN}])(?:(?<=^[{HAN}] )|(?<={_LONE}[{HAN}] )"
    rf"|(?<=[{HAN}] )(?= *(?!摄)[{HAN}](?:{_LONE}|$))) *", re.M)
_SP_NUMBER = re.compile(r"(?<=\d)(?: +\. *| *\. +)(?=\d)")

# -- lines that stand alone ----------------------------------------------------------------------
_HEADING_MARK = re.compile(r"^#{1,6} ")
# A byline: a role word (记者, 通讯员…) and the names after it, each a run of ideographs after a
# space (a run may hold a second role word: 通讯员李四). Written so that a line splits into those
# runs one way only: the names had two readings each, and the regex engine tried every
# combination before failing, three times as long for each name more (85 characters of
# "记者 廖展霞 " and a figure: 4.5 s). Bylines are short (the longest in 13 M characters of news
# is 17 characters): a line longer than BYLINE_MAX is not tried, which bounds what the role words
# of a long line cost.
BYLINE_MAX = 100
BYLINE = re.compile(
    rf"^(?=.{{0,{BYLINE_MAX}}}$)"
    rf"(?:[□■◆◇●○★☆]\s*(?=[^,。;]*(?:记者|通讯员|实习生|撰稿|作者|编辑))[^,。;]{{2,60}}|"
    # (a correspondent abroad too: 本报驻意大利记者罗晋标, 新华社驻东京记者)
    rf"(?:[{HAN}]{{2,4}} +)*(?:(?:本报|本刊|本台|新华社|中新社)驻[{HAN}]{{1,8}}?"
    rf"|本报|本刊|本台|融媒体|全媒体|新华社|特约|见习)?"
    rf"(?:记者|通讯员|实习生|撰稿人|撰稿|编辑|作者)[ :]*[{HAN}]{{2,4}}"
    rf"(?: +(?:[{HAN}]{{2,10}}|[{HAN}]{{2,6}}(?:记者|通讯员|实习生)[{HAN}]{{2,4}}))*)$")
LEAD = re.compile(  # (据新华社…电 too: a paper relaying the agency's story, as its own dateline)
    rf"^(?:本报[{HAN}]{{0,8}}讯|本报[{HAN}]{{1,8}}\d{{1,2}}月\d{{1,2}}日[讯电]|据?(?:新华社|中新社|中新网|人民网|新华网|央视网|央广网)"
    rf"[{HAN}0-9 ]{{0,16}}?电)")
# the paper's note that photos go with an article, closing its headline line: (附图片1张), (附图)
# (the page is normalized: its brackets are half-width)
PHOTO_NOTE = re.compile(r"\(附(?:图片|照片|图)(?:\d+张)?\)$")
CAPTION_END = re.compile(r"(?:^|[ 。)(])[^ ,。]{0,12} ?(?:摄|摄影|供图|图片)\)?$")


# CAPTION_END matches at most 18 characters (a separator, 12 characters, a space, 摄影, a
# bracket, a final newline), so only a line's last characters are read: on a whole line the
# search costs its length, and a page of lines glued into one long line (tabular text with no
# sentence ends) asked it of every longer prefix, quadratic in the page's length. With 20, the
# pattern's ^ cannot match at the start of a cut-off line either: what follows it is too long.
_CAPTION_TAIL = 20


def is_caption_end(line: str) -> bool:
    """Does the line end as a photo caption (…摄, …供图)? Every such ending holds 摄 or 图: the
    substring test spares most lines the search."""
    tail = line[-_CAPTION_TAIL:]
    return ("摄" in tail or "图" in tail) and CAPTION_END.search(tail) is not None


SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.](?!\d)|\([一二三四五六七八九十\d]{1,2}\))")


def _ends_sentence(line: str) -> bool:
    """Does the line end a sentence (。!?;… or ..., closing quotes or brackets after it, one
    newline at most)? Read from the line's end: a regex search would try every position of a
    line, and the line-joining rules ask for every line of a page."""
    if line.rstrip(_CLOSERS).endswith(_FINALS):
        return True
    return line.endswith("\n") and line[:-1].rstrip(_CLOSERS).endswith(_FINALS)  # as $ does


def _standalone(line: str) -> bool:
    """Lines that are never glued to a neighbour, whatever their punctuation."""
    return bool(_HEADING_MARK.match(line) or JUMP_LINE.match(line) or BYLINE.match(line)
                or is_caption_end(line))


def _starts_alone(line: str) -> bool:
    return _standalone(line) or bool(LEAD.match(line))


class _Block(list):
    """The paragraph lines of one block, and how many source lines they were made from."""

    raw_lines = 1


# Web pages glued into one line keep each paragraph's indent, two ideographic spaces (…记者庄小龙
# 　　校庆大会…): there, inside a line, it is where a paragraph starts
_INDENT_IN_LINE = re.compile("(?<=\\S)\u3000{2,}")


def normalize_page(text: str) -> str:
    if "\u3000\u3000" in text:
        text = _INDENT_IN_LINE.sub("\n\n", text)
    text = _nfkc(text)
    text = _INVISIBLE.sub("", text)
    # substring tests spare the scans that would find nothing on most pages
    if any(c in text for c in "\r\u2028\u2029\x0b\x0c\x85"):
        text = _NEWLINES.sub("\n", text)
    if "\t" in text or "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _EDGE_SPACES.sub("\n", text)
    text = text.strip(" ")
    if "版)" in text:
        text = _JUMP_AT_END.sub(r"\n\1", text)
        text = _JUMP_AT_START.sub(r"\1\n", text)
    text = _remove_ocr_spaces(text)
    blocks = [b for b in _BLANK_LINES.split(text.strip("\n")) if b]
    paragraphs = _merge_broken_paragraphs([_join_lines(b.split("\n")) for b in blocks])
    return "\n\n".join("\n".join(p) for p in paragraphs)


def _nfkc(text: str) -> str:
    if unicodedata.is_normalized("NFKC", text):
        return text
    if _SHIELDED.search(text):
        shielded = _SHIELDED.sub(lambda m: _TO_PUA[m.group()], text)
        return _PUA.sub(lambda m: _FROM_PUA[m.group()], _nfkc_runs(shielded))
    return _nfkc_runs(text)


def _nfkc_runs(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, normalizing only what is not stable."""
    for c, plain in _COMMON_FULL_WIDTH.items():
        if c in text:
            text = text.replace(c, plain)
    if unicodedata.is_normalized("NFKC", text):  # most pages, once those are mapped
        return text
    return _UNSTABLE_RUN.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _remove_ocr_spaces(text: str) -> str:
    if " " not in text:
        return text
    text = _SP_PUNCT.sub("", text)
    text = _SP_HAN_ALNUM.sub("", text)
    text = _SP_HAN_HAN.sub("", text)
    if " ." in text or ". " in text:
        text = _SP_NUMBER.sub(".", text)
    return text


def _glue(a: str, b: str) -> str:
    # Two Latin words broken at a line end keep a space; everything else (ideographs, digits of
    # one number, "2024" + "年") is written without one.
    if a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalnum():
        return f"{a} {b}"
    return a + b


# A block written a paragraph to a line (a corpus or a web page saved as text: 请农民给乡政府打分 /
# 曹玉林 / 去年初，某乡…。 / 这种求真务实的作风…。) rather than wrapped in a column: most of its
# text stands in lines far longer than a column's, at least half of them ending a sentence, and
# its short lines (a headline, an author, a subhead) are lines of their own. A column breaks
# every 15-20 characters, and a wide page's lines (40 and more) end mid-sentence.
_PARAGRAPH_LINE = 40  # characters
_PARAGRAPH_SHARE = 0.6  # of a block's characters in such lines


def _paragraph_per_line(lines: list[str]) -> bool:
    long = [line for line in lines if len(line) >= _PARAGRAPH_LINE]
    return sum(map(len, long)) >= _PARAGRAPH_SHARE * sum(map(len, lines)) \
        and 2 * sum(map(_ends_sentence, long)) >= len(long)


def _join_lines(lines: list[str]) -> _Block:
    """Lines of one block (no blank line between them) -> its paragraph lines."""
    out = _Block([lines[0]])
    out.raw_lines = len(lines)
    if len(lines) > 1 and _paragraph_per_line(lines):
        out.extend(lines[1:])
        return out
    for line in lines[1:]:
        prev = out[-1]
        if _ends_sentence(prev) or _starts_alone(line) or _standalone(prev):
            out.append(line)
        else:
            out[-1] = _glue(prev, line)
    return out


def _is_heading_like(block: list[str]) -> bool:
    """A one-line block without sentence punctuation: a headline, kicker or label (headlines
    may list things with 、 and set off a speaker with a colon)."""
    return len(block) == 1 and not _SENTENCE_PUNCT.search(block[0]) and len(block[0]) <= 40


def _merge_broken_paragraphs(blocks: list[_Block]) -> list[_Block]:
    out: list[_Block] = []
    for block in blocks:
        if out and not (len(out) == 1 and _page_headline(out[0])) and _continues(out[-1], block):
            prev = out[-1]
            prev[-1] = _glue(prev[-1], block[0])
            prev.extend(block[1:])
            prev.raw_lines += block.raw_lines
        else:
            out.append(block)
    return out


def _page_headline(block: _Block) -> bool:
    """Is the page's first block one short line (a web page's headline, 女排联赛第二轮！23岁美女
    砍31分，抢…风头): a title, whatever its punctuation, that the text after the blank line does
    not continue."""
    line = block[0]
    return len(block) == 1 and block.raw_lines == 1 and len(line) <= _HEADLINE_MAX \
        and "。" not in line and not line.endswith(_MID_PHRASE)


_HEADLINE_MAX = 40
# the last words of a line cut in the middle of a phrase (…心理小课堂,从 / “心”出发…): no
# headline ends on them
_MID_PHRASE = ("从", "在", "的", "和", "与", "及", "对", "把", "被", "将", "向", "于", "为", "以", "等",
               "是", "了", "到", "由", "让", "给", "跟", "同", "而", "并", "或")


def _continues(prev: _Block, block: _Block) -> bool:
    last, first = prev[-1], block[0]
    if _ends_sentence(last) or last.endswith((":", "——")) or _standalone(last):
        return False
    if SECTION.match(last) or (len(prev) == 1 and SECTION.match(prev[0])):
        return False
    # The paragraph before must be body text: several lines, or one line with clause punctuation
    # or the length of prose; a one-line block without punctuation is a heading.
    if len(prev) == 1 and not _CLAUSE.search(last) and len(last) < (20 if prev.raw_lines > 1 else 40):
        return False
    if _starts_alone(first) or SECTION.match(first) or _is_heading_like(block):
        return False
    return True
