"""一 before a unit of time and 左右 counts one (一天左右, 一个星期左右: about that long), as
一年来 and 为期一年 do; 有一天 is "one day" whatever follows. Sentences written for this test
(fail on 2026.12.28, which read 一 there as "a")."""
from minsheng.etl.figures import extract_figures


def _found(text):
    return [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


def test_about_one_unit_of_time():
    assert _found("湿度够高时，一天左右即可产生霉斑。") == [("一天左右", 1.0, "天", "approx")]
    assert _found("从下单到收货要一个星期左右。") == [("一个星期左右", 1.0, "周", "approx")]


def test_one_day_is_no_count():  # (a guard)
    assert _found("有一天左右邻居都来帮忙。") == []
