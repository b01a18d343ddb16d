"""Drops and cans are counted things (每次3~5滴, 3罐奶粉), and a sports season is counted with
个 (两个赛季); 一点一滴 (bit by bit) counts nothing, and 2017赛季 names a season."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float, str]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_drops():
    assert found("每次取3~5滴精华油按摩面部。") == [("3~5滴", 3.0, "滴")]
    assert found("滴眼液每次滴2滴。") == [("2滴", 2.0, "滴")]


def test_cans():
    assert found("他一次买了3罐奶粉。") == [("3罐", 3.0, "罐")]


def test_a_drop_of_narration_and_the_idiom_count_nothing():
    assert found("一滴水也舍不得浪费。") == []
    assert found("成绩是一点一滴积累起来的。") == []


def test_seasons_counted():
    assert found("他在火箭效力了两个赛季，近3个赛季场均20分。")[:2] == [
        ("两个赛季", 2.0, "赛季"), ("近3个赛季", 3.0, "赛季")]


def test_a_season_named_is_no_count():  # (guard)
    assert found("2017赛季他打了30场。") == [("30场", 30.0, "场")]
