#!/usr/bin/env python3
"""Money amounts: the figure finder against JioNLP's ``extract_money`` (and Recognizers-Text).

    python bench/compare_jionlp.py [--gold DIR] [--seeds DIR] [--corpus FILE] [--repeat N]
                                   [--misses N] [--no-recognizers]

JioNLP (``pip install jionlp``) and Microsoft Recognizers-Text are bench-only yardsticks; the
product never imports either. Only money is compared, the one kind of figure JioNLP extracts.
Each tool runs on the same normalized text (``normalize_page``) and is timed over it; each amount
it returns becomes (currency, value, upper bound), in base units as written (万/亿 applied, no
exchange rates); values match within 0.1 %, as in the gold scorer.

Block 1, the seeds: gold figures with unit 元 against amounts in 元, one-to-one by value within
a document (a range counts by its lower bound, as the gold stores it). The figure finder and
JioNLP find all 47, so this block cannot tell those two apart and mostly guards against
regressions; Recognizers-Text misses 余 amounts (1796万余元), 三四千元 and the lower bound of
6000—8000元.

Block 2, People's Daily January 1998 (PFR corpus, read with ``pfr1998_figures.read_corpus``):
nobody tuned any of the tools on it. Gold: every numeral (/m, holding a digit, not an ordinal)
directly followed by the measure word 元 or 美元 (/q), valued in that currency with its 万/亿
applied; the corpus never tags 万元 or 亿元 as measure words, it writes ``100万/m 元/q``.
Left out as ambiguous:
* 角 (three pairs, all halves of colloquial 1元3角 prices, one amount of 1.3 元, not two) and a
  元 pair followed at once by a numeral and 角 (``17元7角``);
* a 元 pair followed by a currency name (``100万元港币``, Hong Kong dollars, 5 pairs tagged
  元/q 港币/n); an amount in 元 there is judged wrong;
* 分 (the corpus reader drops it: minute, point or cent) and 块 (a piece as often as a yuan);
* rates such as 元/平方米 (a price per unit, not an amount);
* the other currencies (马克, 加元, 铢 … 138 pairs, named differently by every tool);
* amounts in Chinese numerals (三百元), which the reader does not value, and amounts with 多/余
  inside (160多万元), which the corpus splits into several numerals (160/m 多/m 万/m 元/q) and
  the reader makes no pair of.
The corpus writes some decimals with a middle dot (13·4亿美元, 36 of the gold pairs); they are
kept, and recall without them is printed too, since that style is rare today. The tools run
over the paragraphs that hold gold pairs.

Recall: a gold pair is found when an amount in its currency covers the numeral's first character
and its value or upper bound is right (so a range 14元—17元 finds both of its pairs, and
3000至5000元, one pair in the corpus, is found by either reading). Precision is approximate: over
the amounts written with a digit, those that find a gold pair, leaving out amounts over a
left-out pair or a 多/余 amount; a few right amounts still count against it where the corpus tags
the currency as a noun (15亿/m 美元/n, 1000/m 美金/n: the reader makes no pair of them).
``--misses N`` lists, per tool, the missed pairs by numeral shape and N examples of misses and of
amounts that found no pair.

Recognizers-Text (``pip install recognizers-text-suite``, 1.0.2a2) installs under Python 3.11
but needs ``emoji<2`` (it imports ``emoji.UNICODE_EMOJI``, removed in emoji 2.0); its currency
model for Culture.Chinese is the third column when it imports, and is skipped otherwise.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, NamedTuple

from minsheng.etl.figures import extract_figures
from minsheng.etl.normalize import normalize_page
from pfr1998_figures import CORPUS, Pair, read_corpus

ROOT = Path(__file__).resolve().parent.parent
CURRENCIES = ("元", "美元")
# Recognizers-Text names currencies by ISO code.
_ISO = {"CNY": "元", "USD": "美元"}


class Amount(NamedTuple):
    currency: str
    value: float
    value_max: float | None
    start: int
    end: int
    surface: str


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, 1e-3 * max(abs(a), abs(b)))


def _match(gold: list[float], pred: list[float]) -> int:
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and _close(p, g):
                used[i] = True
                hits += 1
                break
    return hits


# -- the tools -----------------------------------------------------------------------------------

def ours_amounts(text: str) -> list[Amount]:
    return [Amount(f.unit, f.value, f.value_max, f.char_start, f.char_end, f.surface)
            for f in extract_figures(text) if f.unit in CURRENCIES]


def jionlp_amounts(jio, text: str) -> list[Amount]:
    out = []
    for item in jio.ner.extract_money(text, with_parsing=True):
        detail = item.get("detail") or {}
        if detail.get("case") not in CURRENCIES:
            continue
        num = detail.get("num")
        lo, hi = (num[0], num[1]) if isinstance(num, list) else (num, None)
        try:
            lo, hi = float(lo), None if hi is None else float(hi)
        except (TypeError, ValueError):
            continue
        start, end = item["offset"]
        out.append(Amount(detail["case"], lo, hi, start, end, item["text"]))
    return out


def recognizers_amounts(recognize, culture, text: str) -> list[Amount]:
    out = []
    for r in recognize(text, culture):
        res = r.resolution or {}
        currency = _ISO.get(res.get("isoCurrency"))
        if currency is None or res.get("value") is None:
            continue
        try:
            value = float(res["value"])
        except (TypeError, ValueError):
            continue
        out.append(Amount(currency, value, None, r.start, r.end + 1, r.text))  # end is inclusive
    return out


def load_tools(with_recognizers: bool) -> dict[str, Callable[[str], list[Amount]]] | None:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            import jionlp as jio
    except ImportError:
        print("jionlp is not installed; it is only needed for this comparison:\n"
              "    pip install jionlp", file=sys.stderr)
        return None
    tools = {"minsheng": ours_amounts, "jionlp": lambda t: jionlp_amounts(jio, t)}
    if with_recognizers:
        try:
            from recognizers_number_with_unit import recognize_currency
            from recognizers_text import Culture
        except ImportError as e:
            print(f"Recognizers-Text skipped ({e}); pip install recognizers-text-suite 'emoji<2'",
                  file=sys.stderr)
        else:
            tools["recognizers"] = lambda t: recognizers_amounts(recognize_currency,
                                                                 Culture.Chinese, t)
    return tools


def _timed(fn: Callable[[str], list[Amount]], texts: dict, repeat: int) -> tuple[dict, float]:
    fn(next(iter(texts.values())))  # warm up: dictionaries and patterns load on first use
    t0 = time.perf_counter()
    for _ in range(repeat):
        pred = {k: fn(t) for k, t in texts.items()}
    speed = sum(map(len, texts.values())) * repeat / (time.perf_counter() - t0)
    return pred, speed


# -- block 1: the seeds --------------------------------------------------------------------------

def seeds_block(tools: dict, gold_dir: Path, seeds_dir: Path, repeat: int) -> None:
    gold: dict[str, list[float]] = defaultdict(list)
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["unit"] in ("元", "万元", "亿元", "千元"):
                    gold[row["doc"]].append(float(row["value"]))
    texts = {doc: normalize_page((seeds_dir / doc).read_text(encoding="utf-8")) for doc in gold}
    print(f"seeds: {sum(map(len, gold.values()))} gold money figures (元) in {len(texts)} "
          f"documents, {sum(map(len, texts.values())):,} chars")
    for name, fn in tools.items():
        pred, speed = _timed(fn, texts, repeat)
        values = {d: [a.value for a in pred[d] if a.currency == "元"] for d in gold}
        hits = sum(_match(gold[d], values[d]) for d in gold)
        n_gold = sum(map(len, gold.values()))
        n_pred = sum(map(len, values.values()))
        print(f"{name:<11} money recall={hits / n_gold:.4f} ({hits}/{n_gold}) "
              f"precision={hits / n_pred if n_pred else 0:.4f} ({hits}/{n_pred}) "
              f"speed={speed:,.0f} chars/s")


# -- block 2: People's Daily 1998 ----------------------------------------------------------------

# Money with 多/余 inside (160多万元): the corpus tags it as several numerals (160/m 多/m 万/m 元/q),
# so the reader makes no pair of it; amounts there are not judged.
_MORE_MONEY = re.compile(r"\d[\d.·]*[十百千万亿]*[多余][十百千万亿]*(?:美元|元)")


# After 元, what makes it not an amount of yuan: 17元7角 (one amount of 17.7 元, cut in two by the
# corpus) and 100万元港币 (Hong Kong dollars; the corpus tags 元/q 港币/n).
_JIAO_AFTER = re.compile(r"[\d.·]+角")
_CURRENCY_AFTER = re.compile(r"(?:新台|台|港|澳|日|韩)币")


def corpus_money_pairs(corpus: Path) -> tuple[list[str], list[Pair], list[Pair]]:
    """Paragraphs, the gold money pairs, and the money pairs left out whose amounts are not
    judged (see the module docstring). An amount over 100万元港币 is judged: 元 is wrong there."""
    paragraphs, pairs = read_corpus(corpus)
    gold, left_out = [], []
    for p in pairs:
        after = paragraphs[p.para][p.offset + len(p.numeral) + len(p.measure):]
        if p.measure == "元" and _CURRENCY_AFTER.match(after):
            continue
        if p.measure in CURRENCIES and p.value is not None and not (
                p.measure == "元" and _JIAO_AFTER.match(after)):
            gold.append(p)
        elif p.measure in ("角", "块") or p.measure.startswith(CURRENCIES):
            left_out.append(p)
    return paragraphs, gold, left_out


def _covers(a: Amount, offset: int) -> bool:
    return a.start <= offset < a.end


def _right(a: Amount, p: Pair) -> bool:
    return a.currency == p.measure and (
        _close(a.value, p.value) or a.value_max is not None and _close(a.value_max, p.value))


def _shape(numeral: str) -> str:
    return re.sub(r"\d+", "D", numeral)


def _show(a: Amount) -> str:
    v = f"{a.value:g}" + (f"-{a.value_max:g}" if a.value_max is not None else "")
    return f"{a.surface}={v}{a.currency}"


def corpus_block(tools: dict, corpus: Path, repeat: int, misses: int) -> None:
    """Scored by position, not by value alone, so an amount is never credited for a pair it
    does not cover (13·4亿美元 read as 4亿美元 must not find a 4亿美元 elsewhere)."""
    paragraphs, gold, left_out = corpus_money_pairs(corpus)
    by_para: dict[int, list[Pair]] = defaultdict(list)
    for p in gold:
        by_para[p.para].append(p)
    texts = {i: normalize_page(paragraphs[i]) for i in sorted(by_para)}
    # The corpus paragraphs are NFKC and unspaced already, so normalizing leaves them as they are
    # and the pair offsets hold in the tools' input; a paragraph it changed would be dropped.
    changed = [i for i, t in texts.items() if t != paragraphs[i]]
    for i in changed:
        del texts[i], by_para[i]
    gold = [p for p in gold if p.para in texts]
    unjudged: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for p in left_out:
        unjudged[p.para].append((p.offset, p.offset + 1))
    for i, t in texts.items():
        unjudged[i] += [m.span() for m in _MORE_MONEY.finditer(t)]
    units = Counter(p.measure for p in gold)
    print(f"\nPeople's Daily 1998-01: {len(gold)} gold money pairs "
          f"({', '.join(f'{u} {n}' for u, n in units.items())}) in {len(texts)} paragraphs, "
          f"{sum(map(len, texts.values())):,} chars"
          + (f" ({len(changed)} paragraphs dropped: normalizing changed them)" if changed else ""))
    report = []
    for name, fn in tools.items():
        pred, speed = _timed(fn, texts, repeat)
        missed: list[Pair] = []
        wrong: list[tuple[int, Amount]] = []
        n_right = n_judged = 0
        for i, pairs in by_para.items():
            found = [False] * len(pairs)
            for a in pred[i]:
                right = False
                for k, p in enumerate(pairs):
                    if _covers(a, p.offset) and _right(a, p):
                        found[k] = right = True
                if not re.search(r"\d", a.surface) or not right and any(
                        a.start < e and s < a.end for s, e in unjudged[i]):
                    continue
                n_judged += 1
                n_right += right
                if not right:
                    wrong.append((i, a))
            missed += [p for p, f in zip(pairs, found) if not f]
        hits = len(gold) - len(missed)
        plain = [p for p in gold if "·" not in p.numeral]
        plain_hits = len(plain) - sum("·" not in p.numeral for p in missed)
        print(f"{name:<11} money recall={hits / len(gold):.4f} ({hits}/{len(gold)}) "
              f"precision~{n_right / n_judged if n_judged else 0:.4f} ({n_right}/{n_judged}) "
              f"speed={speed:,.0f} chars/s | recall without · decimals="
              f"{plain_hits / len(plain):.4f} ({plain_hits}/{len(plain)})")
        report.append((name, pred, missed, wrong))
    if not misses:
        return
    for name, pred, missed, wrong in report:
        shapes = Counter(f"{_shape(p.numeral)}{p.measure}" for p in missed)
        print(f"\n{name}: {len(missed)} gold pairs missed, by numeral shape: "
              + ", ".join(f"{s} {n}" for s, n in shapes.most_common(8)))
        for p in missed[:misses]:
            text = paragraphs[p.para]
            got = [_show(a) for a in pred[p.para] if _covers(a, p.offset)]
            print(f"  miss {p.numeral}{p.measure} -> {', '.join(got) or 'nothing'} | "
                  f"{text[max(0, p.offset - 15):p.offset + 20]}")
        print(f"{name}: {len(wrong)} amounts wrong or without a gold pair")
        for i, a in wrong[:misses]:
            text = texts[i]
            print(f"  extra {_show(a)} | {text[max(0, a.start - 15):a.end + 15]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=Path("/work/shared/gold/dev"))
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions")
    ap.add_argument("--misses", type=int, default=0,
                    help="list N missed gold pairs and N unmatched amounts per tool (corpus)")
    ap.add_argument("--no-recognizers", action="store_true",
                    help="leave Recognizers-Text out even when it is installed")
    a = ap.parse_args()
    tools = load_tools(not a.no_recognizers)
    if tools is None:
        return 2
    seeds_block(tools, a.gold, a.seeds, a.repeat)
    if a.corpus.exists():
        corpus_block(tools, a.corpus, a.repeat, a.misses)
    else:
        print(f"\n{a.corpus} not found; corpus comparison skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
