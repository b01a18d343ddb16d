"""由1996年的1.8%上升到4.85%: the year a change starts from dates the value written right after
it, and nothing else: not the value the change reaches, not the 年底 or 全年 of the text around
it. The value reached takes its own sentence's period, or none when the text does not say (the
base stays its ``compared_to``). Sentences written for this test."""
from __future__ import annotations

from datetime import date

from minsheng.etl.importer import Manifest
from minsheng.etl.pipeline import process_text


def periods(text: str, published: str = "1998-01-20") -> dict[str, tuple]:
    doc = process_text("新闻\n\n" + text, manifest=Manifest(published_on=date.fromisoformat(published)))
    out = {}
    for a in doc.articles:
        for f in a.figures:
            p, c = f.period, f.compared_to
            out[f.surface] = (p and (str(p.start), str(p.end)),
                              c and (str(c.start), str(c.end)))
    return out


def test_the_start_of_a_change_dates_its_own_value_only():
    got = periods("本报讯 去年1月—10月，某厂共销售冰箱1.2万台，市场占有率由1996年的3.5%上升到了5.2%，"
                  "到年底可达6%。全年产量可达2万台。")
    assert got["1.2万台"][0] == ("1997-01-01", "1997-10-31")
    assert got["3.5%"][0] == ("1996-01-01", "1996-12-31")
    assert got["5.2%"] == (("1997-01-01", "1997-10-31"), ("1996-01-01", "1996-12-31"))
    # 年底 and 全年 are read in the year the text is speaking of, not the start's
    assert got["6%"][0] == ("None", "1997-12-31")
    assert got["2万台"][0] == ("1997-01-01", "1997-12-31")


def test_a_value_reached_at_no_stated_time_has_no_period():
    got = periods("据统计，城区初中择校生的比例已由1992年的12%下降到2%。")
    assert got["12%"][0] == ("1992-01-01", "1992-12-31")
    assert got["2%"] == (None, ("1992-01-01", "1992-12-31"))  # not 1993: the text does not say


def test_both_ends_named():
    got = periods("全国贫困人口从1978年的2.5亿人减少到1996年的5800万人。")
    assert got["2.5亿人"][0] == ("1978-01-01", "1978-12-31")
    assert got["5800万人"][0] == ("1996-01-01", "1996-12-31")
