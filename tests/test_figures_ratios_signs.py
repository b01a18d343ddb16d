"""Ratios written A比B, negative amounts and fractions written in words, on sentences written
for these tests (and one of People's Daily, January 1998, from ../shared/corpora/pfr1998)."""
from minsheng.etl.figures import extract_figures


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


def test_a_written_minus_is_never_dropped_from_an_amount_or_a_rate():
    # figures.value is checked >= 0 by the schema: a negative amount is left out, never stored
    # as the positive one (a loss read as a gain), and it does not stop its page from loading
    assert found("该公司去年净利润为-2.48亿元,营业收入增长-6.3%。") == []
    assert found("子公司的投资收益分别为－7.05亿元和负1.2亿元。") == []
    # the word carries the sign: a loss is written as a positive amount
    assert found("全年亏损2.48亿元。") == [("2.48亿元", 248_000_000, "元")]
    # a hyphen between two numbers is a dash, 减负 is a word, and a heading's dash is no sign
    assert found("2019-2021年共招收3-5人。") == [("3-5人", 3, "人")]
    assert found("为企业减负1.5亿元。") == [("1.5亿元", 150_000_000, "元")]
    assert found("甲级联赛-10人的球队输了。") == []


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
