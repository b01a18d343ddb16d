"""Pages that are one endless sentence: an OCR'd table of amounts, names run together without
punctuation. Each step that reads around a figure or a name reads a bounded window, so such a
page costs time in proportion to its length (bench/degenerate_text.py times it); here, the
windows and the answers they give."""
from __future__ import annotations

import random
import re

from minsheng.etl import metrics
from minsheng.etl.entities import organizations as orgs
from minsheng.etl.figures import EVIDENCE_MAX, EVIDENCE_REACH, extract_figures
from minsheng.etl.pipeline import process_text
from minsheng.etl.textorder import first_match_in, last_start_before


def test_a_figure_in_an_overlong_sentence_gets_the_text_around_it_as_evidence():
    text = "全市" + "发放互助金4975万元" * 300  # 3,302 characters, no full stop
    figures = extract_figures(text)
    assert len(figures) == 300
    assert {(f.value, f.unit, f.surface) for f in figures} == {(49750000.0, "元", "4975万元")}
    for f in figures:
        rel = f.char_start - f.evidence_start
        assert f.evidence[rel:rel + len(f.surface)] == f.surface
        assert len(f.evidence) <= 2 * EVIDENCE_REACH + len(f.surface)
        assert f.metric == "发放互助金"
    middle = figures[150]
    assert middle.evidence == text[middle.char_start - EVIDENCE_REACH:middle.char_end + EVIDENCE_REACH]


def test_in_an_overlong_sentence_a_figure_with_a_clause_of_its_own_gets_that_clause():
    text = "全市" + "互助金4975万元,参保率5%," * 100  # a table, commas but no full stop
    figures = extract_figures(text)
    assert len(figures) == 200
    assert {f.evidence for f in figures[1:]} == {"互助金4975万元", "参保率5%"}
    assert figures[0].evidence == "全市互助金4975万元"
    assert {(f.metric, f.value) for f in figures} == {("互助金", 49750000.0), ("参保率", 5.0)}


def test_a_sentence_of_ordinary_length_is_the_evidence_whole():
    sentence = "天津市总工会今年为3.5万名职工发放互助金4975万元,同比增长12%"
    assert len(sentence) < EVIDENCE_MAX
    figures = extract_figures(sentence + "。下一句。")
    assert [f.surface for f in figures] == ["3.5万名", "4975万元", "12%"]
    assert {f.evidence for f in figures} == {sentence}


def test_the_words_before_a_figure_are_cut_from_at_most_48_characters(monkeypatch):
    cut = []
    real = metrics.words.pos_cut
    monkeypatch.setattr(metrics.words, "pos_cut", lambda text: cut.append(text) or real(text))
    metrics._words.cache_clear()
    sentence = "各级工会组织" * 30 + "共济金额511.54亿元"  # a clause of 192 characters
    start = sentence.index("511")
    assert metrics.metric_for(sentence, start, start + len("511.54亿元"), "元") == "工会组织共济金额"
    assert cut and max(map(len, cut)) == metrics._LEFT_REACH == 48


def test_a_name_reaches_at_most_name_reach_characters_left_of_its_head():
    # 100 nouns and then a head word: only the nouns within NAME_REACH characters join the name
    toks = [(2 * k, 2 * k + 2, "工人", "n") for k in range(100)] + [(200, 202, "协会", "n")]
    first = orgs._grow(toks, 100)
    assert toks[first][0] == 200 - orgs.NAME_REACH
    short = [(0, 2, "滨州", "ns"), (2, 4, "工人", "n"), (4, 6, "协会", "n")]
    assert orgs._grow(short, 2) == 0


def test_the_block_around_a_hit_is_read_at_most_64_characters_past_it():
    text = "前言," + "滨州市总工会" * 1000
    hit = text.index("总工会", 3000)
    block = orgs._block_at(text, hit, hit + 3)
    assert (block.start, block.end) == (hit - 24, hit + 3 + orgs._BLOCK_AFTER)
    assert block.text == text[block.start:block.end]
    short = "他说,滨州市总工会今年。"
    at = short.index("总工会")
    assert orgs._block_at(short, at, at + 3) == (3, 11, "滨州市总工会今年")


def test_a_table_run_together_keeps_every_figure_and_its_period():
    doc = process_text("2024年各地增长率:" + "5%" * 5000)
    figures = [f for a in doc.articles for f in a.figures]
    assert len(figures) == 5000 and {(f.value, f.unit) for f in figures} == {(5.0, "%")}
    assert {f.period.label for f in figures} == {"2024年"}


def _clause_texts(seed: int):
    rng = random.Random(seed)
    alphabet = ["累计", "迄今", "其中", "每年", "标准", "分别", "x", "yz", ",", "。"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        starts = [0] + [m.end() for m in re.finditer("[,。]", text)]
        ends = [m.start() for m in re.finditer("[,。]", text)] + [len(text)]
        yield rng, text, starts, ends


def test_first_match_in_a_clause_is_what_searching_the_clause_finds():
    pattern = re.compile("累计|迄今|每年|标准")
    for rng, text, starts, ends in _clause_texts(1):
        lo = rng.choice(starts)
        hi = rng.choice([e for e in ends if e >= lo])
        found = first_match_in(text, lo, hi, pattern)
        expected = pattern.search(text[lo:hi])
        assert (found and (found.start() - lo, found.group())) == \
            (expected and (expected.start(), expected.group())), (text, lo, hi)


def test_last_start_before_is_rfind():
    for rng, text, _, _ in _clause_texts(2):
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        for word in ("其中", "分别", "x"):
            assert last_start_before(text, lo, hi, word) == text.rfind(word, lo, hi), (text, lo, hi)


def test_the_nearest_mention_is_the_one_a_scan_of_the_sentence_would_pick():
    from minsheng.etl.entities.linking import Span, _first_place, _nearest, _weak
    from minsheng.etl.textorder import TextOrder

    from hits import random_hits

    def scanned_nearest(items, span, pos):  # what _nearest did before it bisected
        inside = [x for x in items if span.start <= x.start < span.end and x.end <= span.end]
        before = [x for x in inside if x.end <= pos]
        after = [x for x in inside if x.start >= pos]
        return before[-1] if before else after[0] if after else None

    rng = random.Random(7)
    for _ in range(400):
        hits = random_hits(rng, 12, 60, 6, forms=("full", "country", "short"))
        start = rng.randint(0, 60)
        span = Span(start, rng.randint(start, 70))
        pos = rng.randint(span.start, span.end)
        assert _nearest(TextOrder(hits), span, pos) == scanned_nearest(hits, span, pos)
        strong = [h for h in hits if not _weak(h)]
        before = [x for x in strong if span.start <= x.start < span.end and x.end <= span.end
                  and x.end <= pos]
        assert _first_place(TextOrder(strong), span, pos) == (before[0] if before else None)
