"""Two quantities with their measure words on each side of a + are two figures (12分+16个篮板,
100分钟+10GB流量, as a phone's 6GB+128GB); a formula (3+N, 19+6, 3+2年制) is none. Points are
told after 获得 and 取得 too (获得31分), before a line's other counts joined by 和 or 、 (12分和16个
篮板), and in a volleyball match's report (许若亚10分 beside 扣球 and 拦网). Sentences written for
this test."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float, str]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_two_quantities_beside_a_plus():
    assert found("周琦拿下12分+16个篮板。") == [("12分", 12.0, "分"), ("16个", 16.0, "个")]
    assert found("套餐包含100分钟+10GB流量。") == [("100分钟", 100.0, "分钟"), ("10GB", 10.0, "GB")]


def test_formulas_stay_out():  # (guards)
    assert found("采用3+N模式，实行3+2年制，19+6的数据。") == []


def test_points_after_won_and_before_a_joined_line():
    assert found("郑益昕获得31分，全队士气大振。") == [("31分", 31.0, "分")]
    assert found("本场比赛周琦12分和16个篮板。") == [("12分", 12.0, "分"), ("16个", 16.0, "个")]


def test_points_in_a_volleyball_report():
    assert found("李盈莹砍28分，许若亚10分，她们的扣球和拦网都很出色。") == [
        ("28分", 28.0, "分"), ("10分", 10.0, "分")]


def test_very_is_no_points():  # (guard)
    assert found("这次改革取得了十分显著的成绩。") == []
