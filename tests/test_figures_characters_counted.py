"""字 counts characters after a number written in digits or with hundreds, thousands or more
(38万字, 800字, 四千字, 六七百字); after a plain Chinese numeral it names a shape or a word
(十字路口, 八字, “并非”二字), and 8字形 is a shape too. Sentences of our own."""
import pytest

from minsheng.etl.figures import extract_figures


def _figures(text):
    return [(f.surface, f.value, f.value_max, f.unit, f.qualifier) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("他写了一部38万字的小说。", [("38万字", 380000.0, None, "字", "exact")]),
    ("每篇作文不少于800字。", [("不少于800字", 800.0, None, "字", "at_least")]),
    ("他给剧团写来一封四千字的长信。", [("四千字", 4000.0, None, "字", "exact")]),
    ("一篇六七百字的短文。", [("六七百字", 600.0, 700.0, "字", "exact")]),
    ("整理访谈文字48万余字。", [("48万余字", 480000.0, None, "字", "more_than")]),
])
def test_characters_counted(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "北京的十字路口很多。",
    "前面加上“并非”二字即可。",
    "走路别走外八字。",
    "做花样8字形扭腰。",
])
def test_shapes_and_words_are_no_count(text):
    assert _figures(text) == []
