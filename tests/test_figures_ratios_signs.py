"""Ratios written A比B, negative amounts and fractions written in words, on sentences written
for these tests (and one of People's Daily, January 1998, from ../shared/corpora/pfr1998);
a negative amount stored, shown and turned into facts, on both backends."""
from pathlib import Path

from minsheng.etl import facts as fx
from minsheng.etl.figures import extract_figures
from minsheng.etl.importer import run_import


def found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_a_ratio_written_a_bi_b_is_one_share_of_value_a_over_b():
    # GUIDE.md: a fraction is recorded as its value with the unit 比例
    assert found("该国货币对美元的官方汇率为4·2比1,黑市汇率则高达6.5比1。") == [
        ("4·2比1", 4.2, "比例"), ("6.5比1", 6.5, "比例")]
    assert found("这英镑到银行可按1比13兑换。") == [("1比13", 0.07692, "比例")]  # pfr1998
    assert found("双方以1比2的比例出资。") == [("1比2", 0.5, "比例")]
    # a score is no ratio, and two counts keep their own measure words
    assert found("最终主队以3比1战胜客队。") == []
    assert found("议案以120比3票获得通过。") == [("3票", 3, "票")]


def test_a_ratio_written_with_a_colon_is_a_share_too():
    # the ratio sign ∶ and the colons : and ： stand for 比 in a clause about a ratio
    assert found("今年该职位的竞争比为63：1。") == [("63：1", 63, "比例")]
    assert found("男女生比例为3∶5。") == [("3∶5", 0.6, "比例")]
    assert found("美元兑卢布的汇率为1∶5.8。") == [("1∶5.8", 0.1724, "比例")]
    # a score, a time of day and the parts of a whole are no share
    assert found("主队以88∶77战胜客队。") == []
    assert found("汇率中间价于9:30公布。") == []
    assert found("农轻重的比例为20∶45∶35。") == []


def test_a_dash_where_a_number_is_expected_is_a_minus():
    # the typesetting of the 1990s: a dash after 为 or between the items of a list
    assert found("去年三季度居民消费价格涨幅分别为—0.6%、—0.9%和—1.1%。") == [
        ("—0.6%", -0.6, "%"), ("—0.9%", -0.9, "%"), ("—1.1%", -1.1, "%")]
    # after a number or a unit it joins a range, after a letter a model
    assert found("增产幅度为10%—15%，订购了F—16战斗机。") == [("10%—15%", 10, "%")]


def test_a_written_minus_keeps_an_amount_or_a_rate_below_zero():
    # the sign is part of the figure: a loss is never read as a gain, nor left out
    assert found("该公司去年净利润为-3.65亿元,营业收入增长-2.5%。") == [
        ("-3.65亿元", -365_000_000, "元"), ("-2.5%", -2.5, "%")]
    assert found("子公司的投资收益分别为－7.05亿元和负1.2亿元。") == [
        ("－7.05亿元", -705_000_000, "元"), ("负1.2亿元", -120_000_000, "元")]
    assert found("当月出口同比增长−0.8%。") == [("−0.8%", -0.8, "%")]
    # jiao and fen join the yuan before the sign applies to the whole amount
    assert found("每股收益为-2元5角。") == [("-2元5角", -2.5, "元")]
    # the qualifier keeps its words: more than 3亿 below zero
    [f] = extract_figures("全年利润为-3亿多元。")
    assert (f.surface, f.value, f.value_max, f.qualifier) == (
        "-3亿多元", -300_000_000, None, "more_than")


def test_a_sign_the_finder_does_not_read_as_a_minus_leaves_the_figure_as_it_was():
    # the word carries the sign: a loss is written as a positive amount
    assert found("全年亏损2.48亿元。") == [("2.48亿元", 248_000_000, "元")]
    # a hyphen between two numbers is a dash, 减负 is a word, and a heading's dash is no sign
    assert found("2019-2021年共招收3-5人。") == [("3-5人", 3, "人")]
    assert found("为企业减负1.5亿元。") == [("1.5亿元", 150_000_000, "元")]
    assert found("甲级联赛-10人的球队输了。") == []
    # a floor below ground keeps no sign, and a signed range (-3—5%) gives no value below zero
    assert found("车库设在负2层。") == [("2层", 2, "层")]
    assert [f.value for f in extract_figures("利润率在-3—5%之间。")] == [5]


def test_a_fraction_written_in_words_is_a_share_with_its_value():
    f = extract_figures("这种并发症的发生率约为百万分之一。")
    assert [(x.value, x.unit, x.qualifier) for x in f] == [(1e-06, "比例", "approx")]
    assert found("废品率控制在千分之三以内,误差不超过万分之五。") == [
        ("千分之三以内", 0.003, "比例"), ("不超过万分之五", 0.0005, "比例")]
    assert found("有三分之一的职工参加。") == [("三分之一", 0.3333, "比例")]
    assert found("合格率达到百分之九十。") == [("百分之九十", 90, "%")]


def test_an_amount_in_a_currency_named_with_its_country_keeps_that_currency():
    assert found("外汇储备减少到3亿德国马克,另有7.5万瑞士法郎。") == [
        ("3亿德国马克", 300_000_000, "德国马克"), ("7.5万瑞士法郎", 75_000, "瑞士法郎")]


# -- stored, shown and made facts, on both backends -------------------------------------------

LOSS = ("本报讯 2024年，华北某钢铁公司全年营业收入86.4亿元，净利润-3.65亿元，比上年下降10%；"
        "出口额增长-2.5%，比上年下降0.3个百分点；子公司投资收益为负1.2亿元。\n")


def _page(folder: Path, text: str) -> Path:
    folder.mkdir()
    (folder / "loss.txt").write_text(text, encoding="utf-8")
    (folder / "loss.txt.meta.json").write_text('{"published_on": "2025-01-06"}', encoding="utf-8")
    return folder


def test_a_page_with_negative_figures_loads_whole_and_shows_their_signs(tmp_path, db):
    summary = run_import(db.engine(), [_page(tmp_path / "pages", LOSS)])
    assert (summary.added, summary.failed) == (1, 0)
    assert db.q("SELECT surface, value, unit FROM figure_facts ORDER BY char_start") == [
        ("86.4亿元", 8_640_000_000, "元"), ("-3.65亿元", -365_000_000, "元"), ("10%", 10, "%"),
        ("-2.5%", -2.5, "%"), ("0.3个百分点", 0.3, "百分点"), ("负1.2亿元", -120_000_000, "元")]
    assert db.q("SELECT value, metric, period_label FROM fact_table WHERE value < 0 "
                "ORDER BY value") == [
        (-365_000_000, "净利润", "2024年"), (-120_000_000, "子公司投资收益", "2024年"),
        (-2.5, "出口额增长", "2024年")]
    # percentage points are a difference: -2.5% fell 0.3 points from -2.2%; a loss that
    # 下降10% says too little to give last year's profit, and nothing is derived from it
    assert db.q("SELECT value, unit, period_label, formula FROM derived_facts") == [
        (-2.2, "%", "2023年", "-2.5% + 0.3个百分点")]


def test_a_negative_base_derives_only_across_percentage_points():
    down = fx.Comparison(0, "down", 10.0, "%")
    assert fx.derive(-365_000_000.0, None, "exact", "-3.65亿元", down) is None
    assert fx.derive(-365_000_000.0, None, "exact", "-3.65亿元",
                     fx.Comparison(0, "times", 2.0, "倍")) is None
    points = fx.derive(-2.5, None, "exact", "-2.5%", fx.Comparison(0, "up", 1.5, "百分点"))
    assert (points.value, points.formula) == (-4.0, "-2.5% − 1.5个百分点")
    # from a positive base a negative value is still not derived (a share is never below 0)
    assert fx.derive(1.5, None, "exact", "1.5%", fx.Comparison(0, "up", 3.0, "百分点")) is None
    assert fx.significant_digits(-365_000_000.0) == fx.significant_digits(365_000_000.0) == 3


def test_currencies_named_in_full():
    assert found("向灾区提供52.5万埃居，该国去年销售额达6000亿玻利瓦尔。") == [
        ("52.5万埃居", 525_000, "埃居"), ("6000亿玻利瓦尔", 600_000_000_000, "玻利瓦尔")]
