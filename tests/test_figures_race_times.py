"""A race's seconds written with their hundredths after 秒 (22秒70, 55秒10列第三) are one time,
22.70 seconds, as 2分13秒66 already was; digits after 秒 that count something else
(每22秒10个人) stay a figure of their own. Sentences written for this test."""

from conftest import figure_rows as found


def test_seconds_and_hundredths_are_one_time():
    assert found("他以22秒70的成绩夺冠，单莺以55秒10列第三。") == [
        ("22秒70", 22.7, "秒", "exact"), ("55秒10", 55.1, "秒", "exact")]


def test_digits_that_count_something_else_stay_apart():
    assert found("每22秒10个人中就有1人。") == [
        ("22秒", 22, "秒", "exact"), ("10个人", 10, "人", "exact"), ("1人", 1, "人", "exact")]
