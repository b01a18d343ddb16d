"""成 counts tenths (八成 is 80 %) also when a noun or a verb follows it, as it does in most
shares news gives (九成人都有, 八成下岗职工, 近三成换专业); the segmenter tells that 成 from 成
opening a word of its own (这一成绩, 一成不变, 三五成群, 一成立, 成都). 成 counts tenths, so a
numeral above ten before it is no share (三五成桌). Sentences of our own."""
import pytest

from minsheng.etl.figures import extract_figures


def _figures(text):
    return [(f.surface, f.value, f.value_max, f.unit, f.qualifier) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("调查显示，九成人都有熬夜的习惯。", [("九成", 90.0, None, "%", "exact")]),
    ("六成心脑血管疾病可防可控。", [("六成", 60.0, None, "%", "exact")]),
    ("去年全市使八成下岗职工重新就业。", [("八成", 80.0, None, "%", "exact")]),
    ("近三成大学生毕业后换专业。", [("近三成", 30.0, None, "%", "approx")]),
    ("逾9成用户表示满意。", [("逾9成", 90.0, None, "%", "more_than")]),
    ("关税收入比上年增一成创历史新高。", [("一成", 10.0, None, "%", "exact")]),
    ("每顿饭只吃七八成饱。", [("七八成", 70.0, 80.0, "%", "exact")]),
])
def test_a_share_before_a_noun_or_a_verb(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "这一成绩来之不易。",
    "一成不变的生活让人厌倦。",
    "青年人三五成群地聊天。",
    "户外劳动者们三五成桌，吃着水果。",
    "新公司一成立就开始招聘。",
    "他在比赛中无一成功。",
])
def test_cheng_inside_another_word_is_no_share(text):
    assert [f for f in _figures(text) if f[3] == "%"] == []


@pytest.mark.parametrize("text, expected", [
    # tenths and then hundredths: 二成五 is 25 % (二 alone ranks, 二成 is a share)
    ("今年高层管理人员减员二成五。", [("二成五", 25.0, None, "%", "exact")]),
    ("参保率不足二成,城镇已达三成5左右。", [("不足二成", 20.0, None, "%", "less_than"),
                                           ("三成5左右", 35.0, None, "%", "approx")]),
    ("报社高层减员二成五\n新华社北京电", [("二成五", 25.0, None, "%", "exact")]),
    ("降幅为二成五左右,增幅一成半。", [("二成五左右", 25.0, None, "%", "approx"),
                                     ("一成半", 15.0, None, "%", "exact")]),
])
def test_a_share_written_in_tenths_and_hundredths(text, expected):
    assert _figures(text) == expected
