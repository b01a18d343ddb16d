"""Money in the currencies web pages write by their spoken names (澳币, 加币, 韩币: 澳元, 加元, 韩元)
and by their codes before the amount (AUD19,830, C$120, S$30, NZD500), as RMB and HK$ already
are; a dollar sign before an amount the text names in another currency (\\$70,000澳币) is that
currency; CLDR's own words for money after a number (7000列伊, 3亿谢克尔) are units of their own.
Sentences written for this test."""

from conftest import figure_rows as found


def test_spoken_names_of_currencies():
    assert found("生活费1万澳币左右，换成韩币约1700万韩币。") == [
        ("1万澳币左右", 10000, "澳元", "approx"), ("约1700万韩币", 17000000, "韩元", "approx")]


def test_codes_before_the_amount():
    assert found("学费为AUD19,830，机票C$120，签证费S$30，押金NZD500。") == [
        ("AUD19,830", 19830, "澳元", "exact"), ("C$120", 120, "加元", "exact"),
        ("S$30", 30, "新元", "exact"), ("NZD500", 500, "新西兰元", "exact")]


def test_a_dollar_sign_before_another_currencys_name():
    assert found("需要有$70,000澳币的存款。") == [("70,000澳币", 70000, "澳元", "exact")]


def test_cldr_words_for_money_after_a_number():
    # 列伊 (not 7000 trains: 列), 谢克尔, 新卢布: CLDR's words for money, each its own unit
    from minsheng.etl.figures import extract_figures
    got = [(f.surface, f.value, f.unit) for f in extract_figures(
        "他月薪7000列伊,以色列赤字3亿谢克尔,俄罗斯发行20亿新卢布,开出7000列火车。")]
    assert got == [("7000列伊", 7000, "列伊"), ("3亿谢克尔", 3e8, "谢克尔"),
                   ("20亿新卢布", 2e9, "新卢布"), ("7000列", 7000, "列")]
