"""Years told as the seasons they ran through (走过了105个春秋, 十个寒暑过去了) are a length in years,
as 个年头 is; 春秋 alone (春秋战国) is no unit. Sentences written for this test; the first case
failed on 2026.12.39."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_springs_and_autumns_winters_and_summers_are_years():
    assert found("这所学校至今已走过了105个春秋，培养学生3万名。") == [
        ("105个春秋", 105.0, "年"), ("3万名", 30000.0, "人")]
    assert found("十个寒暑过去了，新品种终于育成。") == [("十个寒暑", 10.0, "年")]


def test_the_period_of_history_is_no_unit():  # (guard)
    assert found("春秋时期有五个霸主。") == [("五个", 5.0, "个")]
