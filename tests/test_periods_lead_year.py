"""The year a story's opening sentence reports on dates the outcomes its body tells with no
date of their own (本报北京1月4日讯 …,1997年林业部加大了结构调整力度。/ …完成了6个项目), as a
headline's year does; not a year someone was born in, nor one a forecast speaks of.
Sentences written for this test."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 5), newspaper="人民日报")


def periods(text: str) -> dict[str, tuple | None]:
    doc = process_text(text, manifest=PAPER)
    return {f.surface: (f.period.start.isoformat() if f.period and f.period.start else None,
                        f.period.end.isoformat() if f.period and f.period.end else None,
                        f.period_basis)
            for a in doc.articles for f in a.figures}


def test_the_year_the_opening_sentence_reports_on_dates_the_body():
    got = periods("林业结构调整\n本报北京1月4日讯 记者王明报道:针对产业布局不合理的实际,1997年林业部加大了"
                  "结构调整力度。\n林业部抓好建设项目管理,完成了6个大中型项目前期工作,审查审批技术改造项目25项。")
    assert got["6个"] == ("1997-01-01", "1997-12-31", "dated_context")
    assert got["25项"] == ("1997-01-01", "1997-12-31", "dated_context")


def test_a_year_of_birth_in_the_opening_dates_nothing():
    got = periods("县委书记\n李明,1955年出生,大学文化程度。\n全县农业人口占90%以上,去年新修公路120公里。")
    assert got["90%以上"][:2] == (None, None)


def test_a_forecast_in_the_opening_dates_nothing():
    got = periods("冷空气\n本报讯 1998年元月上旬影响我国的冷空气势力将加强。\n全国大部地区气温将下降5°C—10°C。")
    assert got["5°C—10°C"][:2] == (None, None)
