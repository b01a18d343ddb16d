"""Spoken forms a reader still writes down: 十来个 / 三十来万 (about that many: 来 says a little
more or less, so approx) and 块 as the spoken 元 where money is meant (卖56块, 1块2, 7块5毛),
while 3块蛋糕 stays three pieces."""

from conftest import figure_rows as figs


def test_lai_after_a_numeral_is_about_that_many():
    assert figs("他今年四十来岁，带了十来个徒弟。") == [
        ("四十来岁", 40, "岁", "approx"), ("十来个", 10, "个", "approx")]
    # inside a Chinese numeral, before its multiplier, with the unit of the counted noun
    assert figs("全县现有贫困人口三十来万。") == [("三十来万", 300000, "人", "approx")]
    assert figs("一来二去，他赚了钱。") == []


def test_kuai_is_yuan_where_money_is_meant():
    assert figs("一担谷卖56块，一斤白菜1块2，买菜花了30块钱。") == [
        ("56块", 56, "元", "exact"), ("1块2", 1.2, "元", "exact"), ("30块钱", 30, "元", "exact")]
    assert figs("一斤猪肉卖7块5毛，每天工资80块左右。") == [
        ("7块5毛", 7.5, "元", "exact"), ("80块左右", 80, "元", "approx")]


def test_kuai_before_a_noun_or_without_a_price_counts_pieces():
    assert figs("他吃了3块蛋糕，卖了2块地。") == [("3块", 3, "块", "exact"), ("2块", 2, "块", "exact")]
    assert figs("奖牌榜上，他拿了3块。") == [("3块", 3, "块", "exact")]


def test_fen_is_a_score_where_the_clause_speaks_of_one():
    assert figs("考试满分100分，他考了95分。") == [("100分", 100, "分", "exact"), ("95分", 95, "分", "exact")]
    assert figs("高考成绩600分以上的考生有3000人。") == [
        ("600分以上", 600, "分", "more_than"), ("3000人", 3000, "人", "exact")]
    # a clock's minute, a fen of money and a minute of play are no score
    assert figs("会议于9时30分开始，每斤涨了5分钱，第85分钟进球。") == []


def test_doubling_is_twice_as_much():
    # 翻一番 doubles, 翻两番 quadruples; 一番折腾 counts nothing (2026.12.19: no figure)
    assert figs("全市生产总值比1990年翻了一番，出口额翻两番多。") == [
        ("翻了一番", 2, "倍", "exact"), ("翻两番多", 4, "倍", "more_than")]
    assert figs("经过一番折腾，他终于办成了。") == []
