"""The agent of a passive (被国家统计局授予, 受国务院表彰) did something to the sentence's subject;
it runs none of the figures, and a national one does not make them the country's. Sentences of
our own."""
from minsheng.etl.pipeline import Manifest, process_text

NATIONAL_PAPER = Manifest(newspaper="人民日报")


def _links(text):
    doc = process_text(text, manifest=NATIONAL_PAPER)
    return [(f.surface, f.region, f.organization) for r in doc.articles for f in r.figures]


def test_the_agent_of_a_passive_runs_no_figure():
    assert _links("本报讯 原来，广州光明食品厂是1990年创办的国有企业。在短短几年里，就建成了一万多平方米"
                  "的新厂房，是唯一被国家统计局授予“明星企业”称号的食品厂。\n") == [
        ("一万多平方米", "440100", "广州光明食品厂")]
    assert _links("本报讯 这家企业去年实现利润3000万元，受国务院表彰。\n") == [
        ("3000万元", "100000", None)]


def test_a_body_that_acts_still_runs_its_figures():
    assert _links("本报讯 国家统计局今天公布，去年全国粮食产量达4.9亿吨。\n") == [
        ("4.9亿吨", "100000", "国家统计局")]
