"""Prices written with a currency's code (RMB320, HK$120) and a price with the size it buys
(¥320/30ml: two figures, not the fraction 320/30); durations written as a clock reads them
(2分51秒 is 171 seconds, 1小时20分钟 is 80 minutes), one figure each. Sentences written for
this test."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_a_currency_code_before_the_amount_is_its_currency():
    assert found("这款面霜售价RMB320,容量30ml。") == [("RMB320", 320, "元"), ("30ml", 30, "ml")]
    assert found("成人票价HK$120,儿童半价。") == [("HK$120", 120, "港元")]
    assert found("每股派息US$1.5") == [("US$1.5", 1.5, "美元")]


def test_a_price_and_the_size_it_buys_are_two_figures():
    assert found("粉底液 RMB380/9g,精华 ¥520/30ml。") == [
        ("RMB380", 380, "元"), ("9g", 9, "g"), ("¥520", 520, "元"), ("30ml", 30, "ml")]
    # without a currency the slash stays what it was: a share, or a pair of numbers
    assert found("约1/3的受访者表示满意。") == [("约1/3", 0.3333, "比例")]
    assert found("69/70次列车停运。") == []


def test_a_duration_in_minutes_and_seconds_is_one_figure_in_seconds():
    assert found("他以2分51秒的成绩夺冠,比赛还剩7分08秒时球队落后。") == [
        ("2分51秒", 171, "秒"), ("7分08秒", 428, "秒")]
    assert found("她以2分13秒66的成绩打破纪录。") == [("2分13秒66", 133.66, "秒")]


def test_a_duration_in_hours_and_minutes_is_one_figure_in_minutes():
    assert found("全程用时1小时20分钟。") == [("1小时20分钟", 80, "分钟")]
    assert [f.qualifier for f in extract_figures("行程约3小时5分。")] == ["approx"]


def test_a_moment_of_a_game_is_no_duration():
    assert found("第2分10秒他就打进一球。") == []
