"""A web page run together into one paragraph of thousands of characters has no paragraphs to
scope its places: its first place is not every later sentence's. There the lead is the body's
first two sentences, and after it the place the last three sentences named speaks for a
sentence that names none. Also: the place in the name of the paper someone gave an interview
to (接受了日本经济新闻的采访) is where the paper is published, not what is said.
Sentences written for this test; the pages are web pages (no paper, no home)."""
from minsheng.etl.pipeline import Manifest

from regions_of import regions

WEB = Manifest()
FILLER = "业内人士认为，这一做法有利于提升服务质量，也有助于规范市场秩序，各方对此反应积极。" * 12


def _page(middle):
    return "某平台发布年度报告\n\n某平台今天发布了年度报告。报告回顾了一年来的工作。" + FILLER + middle


def test_a_place_deep_in_a_run_on_page_speaks_for_its_next_sentences_only():
    got = regions(_page("近期在广州市，平台新增网约车司机8000名。这些司机都经过了培训。" + FILLER
                        + "深圳市近期也完成了检查。相关车辆已经停运，共有违规车辆300辆。" + FILLER
                        + "报告显示，平台全年共处理投诉12万件。"), WEB)
    assert got["8000名"] == "广州市"
    assert got["300辆"] == "深圳市"
    assert got["12万件"] is None  # (before: 广州市)


def test_the_first_sentences_still_lead_a_run_on_page():
    got = regions("深圳网约车报告\n\n深圳市今天发布网约车年度报告。报告回顾了一年来的工作。" + FILLER
                  + "报告显示，平台全年共处理投诉12万件。", WEB)
    assert got["12万件"] == "深圳市"


def test_the_paper_that_interviewed_someone_places_nothing():
    got = regions("访谈\n\n某公司创始人日前接受了日本经济新闻的采访。他表示，公司今年营收已经"
                  "增长到60亿美元。", WEB)
    assert got["60亿美元"] is None  # (before: 日本)
