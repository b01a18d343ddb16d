"""Figure recall on the first numeral + measure-word pairs of People's Daily, January 1998."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from pfr1998_figures import CORPUS, evaluate, read_corpus  # noqa: E402

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="PFR 1998 corpus not available")


def test_recall_on_the_first_300_pairs():
    paragraphs, pairs = read_corpus(limit=300)
    assert len(pairs) == 300
    res = evaluate(paragraphs, pairs)
    assert res["recall"] >= 0.96, [(p.numeral, p.measure) for p in res["misses"]]


def test_pairs_are_read_with_normalized_digits_and_units():
    paragraphs, pairs = read_corpus(limit=300)
    for p in pairs:
        assert p.numeral.isascii() or any(c in p.numeral for c in "万亿.·%")
        assert paragraphs[p.para][p.offset:p.offset + len(p.numeral)] == p.numeral
    assert any("人" in p.units for p in pairs if p.measure in ("名", "位"))


def test_a_rates_base_is_left_out_and_a_length_of_years_and_months_counts_whole(tmp_path):
    corpus = tmp_path / "pfr.txt"
    corpus.write_text("19980101-01-001-001/m  汇率/n  跌至/v  １６３７/m  韩元/q  兑/v  １/m  美元/q  ，/w  "
                      "刑期/n  ２/m  年/q  ６/m  个/q  月/n  。/w\r\n", encoding="utf-8")
    paragraphs, pairs = read_corpus(corpus)
    assert [(p.numeral, p.measure) for p in pairs] == [("1637", "韩元"), ("2", "年"), ("6", "个")]
    assert evaluate(paragraphs, pairs)["recall"] == 1.0
