"""A year written right before the whole a sentence reports on (去年全国…, 去年全省…), with no
comma between and nothing or only a speaker before it (局长介绍,去年全省…), heads that sentence
and what the paragraph goes on to report, as 去年,… does. A year before a person or a thing
(去年张三…) heads only its own sentence. Sentences of our own."""
from datetime import date

import pytest

from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(newspaper="人民日报", published_on=date(1998, 1, 22))
YEAR_1997 = (date(1997, 1, 1), date(1997, 12, 31))


def _periods(text):
    doc = process_text(text, manifest=PAPER)
    return [(f.surface, (f.period.start, f.period.end) if f.period else None)
            for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, figure", [
    ("本报讯 去年全省城镇新增就业岗位12万个。据统计，新建住房800万平方米。\n", "800万平方米"),
    ("本报讯 厅长介绍，去年全省共新建学校120所。据统计，新增校舍面积50万平方米。\n", "50万平方米"),
    ("本报讯 记者了解到，去年我市共接待游客300万人次。旅游收入达到12亿元。\n", "12亿元"),
])
def test_the_year_before_a_whole_heads_the_paragraph(text, figure):
    assert dict(_periods(text))[figure] == YEAR_1997


def test_a_year_before_a_person_heads_only_its_sentence():
    assert dict(_periods("本报讯 去年张三在北京买了一套120平方米的房子。据统计，房价每平方米2万元。\n")) == {
        "120平方米": YEAR_1997, "2万元": None}
