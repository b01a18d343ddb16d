#!/usr/bin/env python3
"""Figure recall on People's Daily, January 1998 (PFR corpus, word/POS tagged).

    python bench/pfr1998_figures.py [--limit N] [--misses N]

The corpus marks numerals (/m) and measure words (/q), which gives a gold standard for the
figure finder that nobody tuned it on. Taken as reference: every numeral + measure-word pair
whose numeral holds a digit and is not an ordinal (第…), leaving out the measure words that make
no quantity (号 周年 点 时 分 届 版 期 路), plus every percentage numeral (…％). The desk's notes
((附图片3张)) and a place's latitude or longitude (北纬41.1度) are no figure of the story and
are left out. Each paragraph is
rebuilt as plain text (tags stripped, each word NFKC-normalized as the pipeline does, so the
full-width digits become ASCII), extract_figures runs on it, and a pair counts as recovered
when a figure covers the numeral's first character with the same value (within 0.1 %) and the
same base unit. The corpus sometimes splits a measure word the figure finder keeps whole
(个/月 for 个月, 个/百分点); the unit may then also match the measure word joined with the
word after it. It also splits a duration written as a clock reads it (2分13秒66: 13/m 秒/q;
55秒10: 55/m 秒/q), which the figure finder reads whole (133.66 秒, 55.1 秒), and a count of
years and months (2年6个月: 2.5 年): a part inside such a figure counts as found. A rate's base
(45比索兑1美元, 1美元兑换6700盾: the one dollar) is no sum, which readers leave out (8 of the
9 read held-out pages quoting a rate), and is left out here (47 pairs, counted before
2026.12.40).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from minsheng.etl.figures import extract_figures
from minsheng.etl.units import canonical

CORPUS = Path("/work/shared/corpora/pfr1998/199801.txt")
EXCLUDED_MEASURES = frozenset("号 周年 点 时 分 届 版 期 路".split())
_VALUE = re.compile(r"(\d+(?:[.·]\d+)?)([十百千万亿]*)")
# The note that ends a caption or a headline: (附图片3张), (图片1张)
_EDITORIAL_NOTE = re.compile(r"\((?:附图片|图片|附照片|照片)[^()]{0,6}$")
_ONE_IN = re.compile(r"[\u4e00-\u9fff]{0,6}?中?[就才]?有(?:一|1)")
_MULT = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_COORDINATES = ("北纬", "南纬", "东经", "西经")


@dataclass
class Pair:
    para: int      # index into the paragraph list
    offset: int    # numeral start in the rebuilt paragraph
    numeral: str   # as written, NFKC
    measure: str   # measure word, NFKC ('%' for percentages)
    units: tuple[str, ...]  # acceptable base units
    value: float | None
    # another reading that counts as recovered: 1个亿 (the corpus tags 个 as the measure word)
    # is the spoken form of 1亿, 1e8 yuan; 每5个患者就有一个 is a rate, one in five
    alt: tuple[float, str] | None = None


def _expected_value(numeral: str) -> float | None:
    """The value of a corpus numeral, read independently of the pipeline's parser."""
    m = _VALUE.fullmatch(numeral.rstrip("%"))
    if not m:
        return None
    v = float(m.group(1).replace("·", "."))
    for c in m.group(2):
        v *= _MULT[c]
    return v


def read_corpus(path: Path = CORPUS, limit: int | None = None) -> tuple[list[str], list[Pair]]:
    """Paragraph texts and the reference pairs, in corpus order (``limit`` pairs at most)."""
    paragraphs: list[str] = []
    pairs: list[Pair] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh.read().split("\r\n"):
            toks = line.split()
            if len(toks) < 2:
                continue
            words: list[tuple[str, str, int]] = []
            text = []
            pos = 0
            for tok in toks[1:]:
                word, _, tag = tok.rpartition("/")
                word = unicodedata.normalize("NFKC", word.lstrip("["))
                tag = tag.split("]")[0]
                words.append((word, tag, pos))
                text.append(word)
                pos += len(word)
            para = len(paragraphs)
            paragraphs.append("".join(text))
            for i, (word, tag, off) in enumerate(words):
                if tag != "m":
                    continue
                if word.endswith("%"):
                    pairs.append(Pair(para, off, word, "%", ("%",), _expected_value(word)))
                    continue
                if not re.search(r"\d", word) or word.startswith("第") or i + 1 >= len(words):
                    continue
                q, qtag, _ = words[i + 1]
                if qtag != "q" or q in EXCLUDED_MEASURES:
                    continue
                if _EDITORIAL_NOTE.search(paragraphs[para], 0, off):
                    continue  # (附图片3张): the desk's note on the page, not a figure of the story
                if q == "度" and paragraphs[para].endswith(_COORDINATES, 0, off):
                    continue  # 北纬41.1度: where a place lies, no amount of anything
                if _expected_value(word) == 1 and _rate_base(paragraphs[para], off, off + len(word) + len(q)):
                    continue  # 45比索兑1美元: a rate's base, no sum (readers leave it out)
                units = {canonical(q)}
                if q == "块":
                    units.add("元")  # 一担谷56块: the spoken 元, where money is meant
                elif q == "口":
                    units.add("人")  # 全村1100口人, 一家4口: a household's or village's people
                joined = q
                for nxt, _, _ in words[i + 2:i + 4]:
                    joined += nxt
                    units.add(canonical(joined))
                value = _expected_value(word)
                if value and paragraphs[para][max(0, off - 2):off] == "零下":
                    value = -value  # 零下7摄氏度: below zero
                alt = None
                if q == "个" and words[i + 2:i + 3] and words[i + 2][0] == "亿" and value is not None:
                    alt = (value * 1e8, "元")
                elif value and paragraphs[para][off - 1:off] == "每" and _ONE_IN.match(
                        paragraphs[para], off + len(word) + len(q)):
                    alt = (round(1 / value, 4), "比例")  # 每5个患者就有一个: a rate, one in five
                pairs.append(Pair(para, off, word, q, tuple(units), value, alt))
            if limit is not None and len(pairs) >= limit:
                break
    if limit is not None:
        pairs = pairs[:limit]
        paragraphs = paragraphs[: pairs[-1].para + 1] if pairs else []
    return paragraphs, pairs


# what joins a rate's two sides (45比索兑1美元, 1美元兑换6700盾)
_RATE_JOIN = ("兑换", "兑")


def _rate_base(text: str, start: int, end: int) -> bool:
    """Is the pair at text[start:end] a unit of money a rate is quoted per (兑1美元, 1美元兑)?"""
    return text.endswith(_RATE_JOIN, 0, start) or text.startswith(_RATE_JOIN, end)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 1e-3 * max(abs(a), abs(b)))


# a duration written as a clock reads it (2分13秒66, 1小时20分钟): the corpus tags each part
# (13/m 秒/q), the figure finder gives the whole in its smallest unit (133.66 秒)
_CLOCK_PARTS = re.compile(r"(?:\d+小时)?(?:\d+分(?:钟)?)?(?:\d+(?:\.\d+)?秒\d*)?")
_CLOCK_UNITS = {"小时": 3600, "分钟": 60, "秒": 1}
_RACE_TIME = re.compile(r"\d{1,2}秒\d{2}")
# a count of years and months, which the figure finder reads as one length in years
_YEARS_AND_MONTHS = re.compile(r"[\d一二两三四五六七八九十]+年[零又]?[\d一二两三四五六七八九十]+个多?月")


def _part_of_clock_duration(f, p: Pair) -> bool:
    """Is the pair one part of the clock-like duration the figure reads whole (the figure's
    value, in its unit, no less than the part's)?"""
    surface = f.surface.lstrip("约近")
    if f.unit == "秒" and _RACE_TIME.fullmatch(surface):
        # 55秒10 (a race's seconds and hundredths): the corpus tags 55/m 秒/q, and at times the
        # hundredths with the word after them (10/m 列/q of 55秒10列第三)
        return True
    if f.unit == "年" and _YEARS_AND_MONTHS.fullmatch(surface) and p.measure in ("年", "个", "个月"):
        return True  # 2年6个月 (2/m 年/q 6/m 个/q 月): one length, read whole as 2.5 年
    if f.unit not in ("秒", "分钟") or not any(u in surface for u in ("分", "小时")) \
            or not _CLOCK_PARTS.match(surface) or _CLOCK_PARTS.match(surface).end() < 3:
        return False
    unit = next((u for u in _CLOCK_UNITS if p.measure.startswith(u[0])), None)
    return unit is not None and p.value is not None \
        and f.value * _CLOCK_UNITS[f.unit] >= p.value * _CLOCK_UNITS[unit] - 1e-6


def evaluate(paragraphs: list[str], pairs: list[Pair]) -> dict:
    """Run the figure finder over the paragraphs holding pairs and score the pairs."""
    wanted = sorted({p.para for p in pairs})
    extract_figures("共3个单位。")  # load the word list before the clock starts
    figures = {}
    chars = 0
    t0 = time.perf_counter()
    for i in wanted:
        figures[i] = extract_figures(paragraphs[i])
        chars += len(paragraphs[i])
    seconds = time.perf_counter() - t0
    found, misses = 0, []
    for p in pairs:
        ok = False
        for f in figures[p.para]:
            if f.char_start <= p.offset < f.char_end:
                unit = canonical(f.unit)  # (a unit stored as written, 千克, is its base's)
                ok = (p.value is not None and unit in p.units
                      and (_close(f.value, p.value) or f.value_max is not None
                           and _close(f.value_max, p.value))
                      or p.alt is not None and unit == p.alt[1] and _close(f.value, p.alt[0])
                      or _part_of_clock_duration(f, p))
                break
        if ok:
            found += 1
        else:
            misses.append(p)
    return {"pairs": len(pairs), "found": found, "recall": found / len(pairs) if pairs else 0.0,
            "misses": misses, "chars": chars, "seconds": seconds, "figures": figures}


def _pattern(p: Pair) -> str:
    shape = re.sub(r"\d+", "D", p.numeral)
    return f"{shape} {p.measure}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="first N pairs only")
    ap.add_argument("--misses", type=int, default=25, help="patterns and examples to list")
    a = ap.parse_args()
    paragraphs, pairs = read_corpus(a.corpus, a.limit)
    res = evaluate(paragraphs, pairs)
    by_pattern = Counter(_pattern(p) for p in res["misses"])
    print("top misses by pattern (numeral shape, measure word):")
    for pat, n in by_pattern.most_common(a.misses):
        print(f"  {n:5d}  {pat}")
    print("examples:")
    for p in res["misses"][: a.misses]:
        text = paragraphs[p.para]
        got = [f"{f.surface}={f.value:g}{f.unit}" for f in res["figures"][p.para]
               if f.char_start <= p.offset < f.char_end]
        print(f"  {p.numeral}{p.measure} -> {got or 'nothing'} | "
              f"{text[max(0, p.offset - 15):p.offset + 15]}")
    print(f"pairs={res['pairs']} recovered={res['found']} missed={len(res['misses'])} "
          f"recall={res['recall']:.4f}")
    print(f"speed: {res['chars'] / res['seconds']:,.0f} chars/s over {res['chars']:,} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
