"""Extraction time on degenerate text: one pattern repeated with no full stop, at two lengths,
stage by stage.

News text has short sentences, but pages do not always: an OCR'd table of amounts, an honour
roll of names run together without punctuation, a list of members is one "sentence" of
thousands of characters, and a page can be one line of two million. Work per figure or per name
that reads its whole sentence makes such a page quadratic in its length, which the corpora
benches never show. Each pattern is extracted at --length and at four times that, and the time
of every stage the pipeline runs (etl/pipeline.py: normalize, segment, the publication date,
figures, metrics, periods, regions, organisations, programmes, linking) is taken apart: a growth
near x4 is linear, x16 quadratic. Each pattern is there because it makes some stage work on
every repetition (its second item names the stages); a stage that took under a millisecond at
the longer length shows ``-`` (it did no work worth timing). tests/test_degenerate_text.py
counts the work of every stage on these same patterns instead of timing it.

    python bench/degenerate_text.py [--length 32000] [--only 5%,市总工会] [--seconds]

Exits 1 when some stage grew more than --limit (default x8) between the two lengths, so it can
also be run as a check.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter

# name: (what is repeated, the stages it makes work on every repetition). "\n" in a pattern makes
# a page of many lines, for the stages that work line by line (normalize, segment). A tuple is
# runs: each piece repeated over an equal share of the text, one run after the other (a run of
# figures and then a run of months: what each figure reads after it). A third item is written once
# before the repetitions (a dateline opening the line).
PATTERNS: dict[str, tuple] = {
    # figures: numbers, units, qualifiers, ranges, the breakdown and total words around them
    "rates": ("5%", "figures, periods"),
    "full-width rates": ("１２３％", "normalize, figures"),
    "amounts": ("4975万元", "figures, metrics"),
    "counts": ("3.71亿人次,", "figures, metrics"),
    "ranges": ("6000—8000元", "figures"),
    "qualified amounts": ("约4万余人最高5万元", "figures"),
    "breakdowns": ("其中5%", "figures, periods"),
    "running totals": ("累计5%", "figures, periods"),
    "continued figures": ("同比增长5%", "periods"),
    "a breakdown run": (("今年发放4975万元,其中", "5%"), "periods"),
    "figures then months": (("增长5%", "3月"), "periods"),
    "metric phrases": ("职工医疗互助会员人数达12345人", "metrics"),
    # organisations: fixed heads, learned heads, abbreviations, known bodies, congresses
    "bodies": ("市总工会", "organisations"),
    "generic heads": ("局中心部", "organisations"),
    "named bodies": ("滨州市总工会", "organisations, regions"),
    "abbreviated bodies": ("烟台市总国家医保局", "organisations"),
    "known bodies": ("欧盟央视", "organisations"),
    "hospitals": ("滨州医学院附属医院有限公司", "organisations"),
    "congresses": ("第一次全国代表大会", "organisations"),
    "bare governments": ("在泰国,政府", "organisations"),
    "bodies and counts": ("4医保局6只", "organisations, linking"),
    # regions: full names, chains, short names, areas, bare area words, deictics, 该市
    "places": ("天津市滨海新区", "regions"),
    "short places": ("滨州莱阳", "regions"),
    "areas": ("天津滨海高新区高新区", "regions"),
    "places then areas": (("天津市", "高新区"), "regions"),
    "deictics": ("我市全省该市", "regions, linking"),
    "places and amounts": ("山东省滨州市发放4975万元", "regions, linking, figures"),
    # periods and publication dates
    "dates": ("2024年12月31日", "dates, periods"),
    "years and rates": ("2024年增长5%", "periods"),
    "year ranges": ("2014年至2017年分别为5%", "periods"),
    "relative periods": ("截至今年7月底去年同期增长5%", "periods, dates"),
    "cumulative periods": ("自2017年启动以来累计发放4975万元", "periods, programmes"),
    # programmes: plain names, quoted names, aliases, start years
    "programmes": ("滨州市职工医疗互助覆盖12345人资金4975万元", "programmes, linking"),
    "quoted programmes": ("开展“春送岗位”活动", "programmes"),
    "programme aliases": ("滨州市职工医疗互助活动(以下简称“互助活动”)", "programmes"),
    "programme starts": ("市总工会于2006年开展职工医疗互助活动", "programmes, linking"),
    # normalize: OCR spaces, jump lines, bylines on one line
    "spaced letters": ("一 个 地 市 ", "normalize"),
    "jump lines": ("(下转第3版)", "normalize"),
    "bylines": ("记者 廖展霞 ", "normalize, segment"),
    "names then figures": (("记者 廖展霞 ", "5%"), "normalize, segment"),
    "bracket after lead": ("记者", "segment", "本报讯("),
    # segment: many lines (column layout, headings, paragraphs)
    "column lines": ("天津市总工会今年为\n3.5万名职工发放\n", "normalize, segment"),
    "paragraphs": ("天津市总工会发放互助金4975万元。\n\n", "segment, everything"),
    "headings": ("# 职工医疗互助\n滨州市总工会发放4975万元。\n", "segment, linking"),
    "headlines": ("职工医疗互助惠及万人\n滨州市总工会发放互助金4975万元。\n", "segment"),
    # news sentences
    "sentences": ("天津市总工会今年为3.5万名职工发放互助金4975万元,同比增长12%。", "everything"),
}

STAGES = ("normalize", "segment", "dates", "figures", "metrics", "periods", "regions",
          "organisations", "programmes", "linking")


class StageClock:
    """CPU seconds spent in each stage of etl/pipeline.py, each stage's own (a stage called from
    another, metrics from figures, is taken out of its caller's time). It wraps the functions
    where the pipeline looks them up, so the pipeline runs unchanged. ``clock`` may be any
    counter that only goes up: tests/test_degenerate_text.py counts instructions with it."""

    def __init__(self, clock=time.process_time) -> None:
        self.clock = clock
        self.spent: Counter[str] = Counter()
        self._inner: list[float] = []
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, module, name: str, stage: str) -> None:
        real = getattr(module, name)
        inner, clock = self._inner, self.clock

        def timed(*args, **kwargs):
            inner.append(0.0)
            start = clock()
            try:
                return real(*args, **kwargs)
            finally:
                took = clock() - start
                self.spent[stage] += took - inner.pop()
                if inner:
                    inner[-1] += took

        self._undo.append((module, name, real))
        setattr(module, name, timed)

    def __enter__(self) -> StageClock:
        from minsheng.etl import entities, figures, pipeline

        for name, stage in (("normalize_page", "normalize"), ("split_articles", "segment"),
                            ("infer_publication_date", "dates"),
                            ("extract_figures", "figures"), ("assign_periods", "periods"),
                            ("find_entities", "linking")):
            self.wrap(pipeline, name, stage)
        self.wrap(figures, "metric_for", "metrics")
        for name, stage in (("resolve_home", "regions"), ("infer_home", "regions"),
                            ("document_context", "regions"), ("find_regions", "regions"),
                            ("find_organizations", "organisations"), ("merge", "organisations"),
                            ("find_programs", "programmes")):
            self.wrap(entities, name, stage)
        return self

    def __exit__(self, *exc) -> None:
        for module, name, real in reversed(self._undo):
            setattr(module, name, real)
        self._undo.clear()


def text_of(name: str, n: int) -> str:
    """The text of pattern ``name``, ``n`` characters long."""
    units, _, *lead = PATTERNS[name]
    lead = "".join(lead)
    return lead + repeated(units, n - len(lead))


def repeated(units: str | tuple[str, ...], n: int) -> str:
    """``n`` characters of ``units`` repeated (a tuple: each over an n/len share, in order)."""
    if isinstance(units, str):
        return (units * (n // len(units) + 1))[:n]
    share = n // len(units)
    return "".join(repeated(u, share) for u in units)


def measure(name: str, n: int) -> tuple[float, Counter, int]:
    """Total CPU seconds, seconds per stage and figures found, extracting pattern ``name`` at
    ``n`` characters. The garbage collector is kept out of the time: a collection charges its
    whole heap to whichever stage it fell in, which made a linear stage look x30 one run in
    ten."""
    from minsheng.etl.pipeline import process_text

    text = text_of(name, n)
    gc.collect()
    gc.disable()
    try:
        with StageClock() as clock:
            start = time.process_time()
            doc = process_text(text)
            total = max(time.process_time() - start, 1e-6)
    finally:
        gc.enable()
    return total, clock.spent, sum(len(a.figures) for a in doc.articles)


def growth(short: float, long: float, floor: float = 0.001) -> float | None:
    """long / short, or None when the longer run took too little to tell."""
    return long / max(short, 1e-6) if long >= floor else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--length", type=int, default=32_000, help="characters of the shorter text")
    ap.add_argument("--only", help="comma-separated pattern names or texts")
    ap.add_argument("--seconds", action="store_true", help="print each stage's seconds too")
    ap.add_argument("--limit", type=float, default=8.0,
                    help="exit 1 when a stage grows more than this (x4 is linear)")
    args = ap.parse_args()
    from minsheng.etl.pipeline import warm_up

    warm_up()
    wanted = set(args.only.split(",")) if args.only else None
    n1, n2 = args.length, 4 * args.length
    print(f"{'pattern':20} {'figures':>8} {f'{n1:,} ch':>10} {f'{n2:,} ch':>10} {'growth':>6}  "
          + " ".join(f"{s[:7]:>7}" for s in STAGES))
    worst = []
    for name, (unit, *_) in PATTERNS.items():
        if wanted and name not in wanted and (isinstance(unit, tuple) or unit not in wanted):
            continue
        s1, st1, f1 = measure(name, n1)
        s2, st2, _ = measure(name, n2)
        cells = []
        for stage in STAGES:
            g = growth(st1[stage], st2[stage])
            cells.append(f"{'-' if g is None else f'x{g:.1f}':>7}")
            if g is not None and g > args.limit:
                worst.append(f"{name}: {stage} x{g:.1f}")
        print(f"{name:20} {f1:>8,} {s1:>9.3f}s {s2:>9.3f}s {f'x{s2 / s1:.1f}':>6}  "
              + " ".join(cells), flush=True)
        if args.seconds:
            print(f"{'':20} {'':8} {'':10} {'':10} {'':6}  "
                  + " ".join(f"{st2[s]:>7.3f}" for s in STAGES))
    if worst:
        print(f"grew more than x{args.limit:g}: " + "; ".join(worst))
        sys.exit(1)


if __name__ == "__main__":
    main()
