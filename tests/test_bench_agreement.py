"""bench/agreement.py scores one annotation of pages against another with the scorer the
project is judged by: the same matching of figures, each measure over the figures its gold
gives a value."""
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import agreement  # noqa: E402

pytestmark = pytest.mark.skipif(not agreement.SCORER.exists(), reason="the shared scorer is not beside the project")


def _row(text, value, unit, region=None, org=None, start=None, end=None):
    return {"doc": "a.txt", "text": text, "value": value, "unit": unit, "qualifier": "exact",
            "metric": "", "period_start": start, "period_end": end, "period_text": None,
            "cumulative": False, "region": region, "org": org}


FIRST = [_row("300人", 300, "人", "西吉县", "西吉县总工会", "1997-01-01", "1997-12-31"),
         _row("5万元", 50000, "元", "宁夏回族自治区", None, None, "1997-12-31"),
         _row("8家", 8, "家", "全国")]
SECOND = [_row("300名", 300, "名", "西吉县", "县总工会", "1997-01-01", "1997-12-31"),
          _row("5万元", 50000, "元", "西吉县", None, None, None),
          _row("12次", 12, "次")]


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_two_annotations_agree_where_the_scorer_would_match_them(tmp_path):
    res = agreement.agreement(agreement.read_gold(_write(tmp_path / "1.jsonl", FIRST)),
                              agreement.read_gold(_write(tmp_path / "2.jsonl", SECOND)))
    two = res["second_vs_first"]
    # 300名 is 300人 (名 counts people); 5万元 matches; 8家 and 12次 are each one's alone
    assert (two["gold"], two["predicted"], two["matched"]) == (3, 3, 2)
    # the places: 西吉县 agrees, 西吉县 for 宁夏's figure does not (the scorer's loose names
    # take a part of a name, not a place inside another)
    assert (two["region_acc"], two["region_n"]) == (0.5, 2)
    # the periods: the first gives two, the second agrees on one
    assert (two["period_acc"], two["period_n"]) == (0.5, 2)
    # 县总工会 is read loosely inside 西吉县总工会, as the scorer reads names
    assert (two["org_acc"], two["org_n"]) == (1.0, 1)
    one = res["first_vs_second"]
    # the other way round, only the second's values count: one period, two places
    assert (one["period_acc"], one["period_n"], one["region_acc"], one["region_n"]) == (1.0, 1, 0.5, 2)
