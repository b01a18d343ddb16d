"""A number counted by a noun, with no measure word (人口560万, 23万农民), is not read out of
words: a multiplier alone is the first character of a name (万达投资, 万科集团投资), and a
numeral whose first character closes a word (之一万达) was read across two words. Sentences of
our own."""
import pytest

from minsheng.etl.figures import extract_figures


def _figures(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text", [
    "万达投资作为万达电影控股股东。",
    "交易对方之一万达投资系万达电影控股股东。",
    "万科集团投资建设了新园区。",
    "百富勤公司投资建设了新厂房。",
])
def test_numerals_of_names_are_no_figures(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全市人口560万。", [("560万", 5600000.0, "人")]),
    ("23万农民进城务工。", [("23万", 230000.0, "人")]),
    ("公司总资产60个亿。", [("60个亿", 6000000000.0, "元")]),
    ("投资万元以上的项目有5个。", [("万元以上", 10000.0, "元"), ("5个", 5.0, "个")]),
    ("万科集团投资千亿元。", [("千亿元", 100000000000.0, "元")]),
    ("他一个月也有万把块的收入。", [("万", 10000.0, "元")]),  # (万把: about 10,000)
    ("灾区万余群众赶来。", [("万余", 10000.0, "人")]),
])
def test_numbers_with_a_measure_word_or_a_numeral_stay(text, expected):
    assert _figures(text) == expected
