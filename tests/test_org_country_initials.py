"""A government body written after the first character of a country the story named in full
(尼国防部 after 尼加拉瓜, 俄经济部 after 俄罗斯, 以内阁 after 以色列) is that country's body, and
its figures are that country's. Sentences written for this test; the first two failed on
2026.12.24 (国防部 read as China's, 俄经济部 with no country)."""
from __future__ import annotations

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def bodies(text):
    return [(o.surface, o.name, o.region) for o in find_organizations(text, find_regions(text))]


def test_a_countrys_initial_before_its_ministry():
    assert bodies("危地马拉国防部发表公报。危国防部说，今年共招募新兵3000人。")[-1] == \
        ("危国防部", "危地马拉国防部", "GT")
    assert bodies("俄罗斯财政部宣布，俄财政部今年将发行国债。")[-1] == ("俄财政部", "俄罗斯财政部", "RU")


def test_the_figure_is_the_countrys():
    doc = process_text("国际新闻\n\n本报讯 危地马拉国防部发表公报。危国防部证实，今年共遣散了1200名士兵。")
    fig = next(f for a in doc.articles for f in a.figures if f.surface == "1200名")
    assert (fig.region, fig.organization) == ("GT", "危地马拉国防部")


def test_two_countries_with_the_initial_leave_it_no_ones():  # (a guard)
    assert ("尼政府", "尼政府", None) not in bodies("尼泊尔和尼日利亚政府发表声明，尼政府将派出代表。")
    assert [n for _, n, _ in bodies("尼泊尔和尼日利亚政府发表声明，尼政府将派出代表。")] == ["尼日利亚政府"]

