"""A count of visits written without a measure word after 人次 (访问人次达10.9万, 累计参与人次50余万)
is in person-times, whatever it counts the visits of; without 万 or 亿 it stays out, as any
bare number does. Sentences written for this test."""

from conftest import figure_rows as found


def test_a_count_of_visits_is_in_person_times():
    assert found("网站每天访问人次达10.9万，全年接待游客人次50余万。") == [
        ("10.9万", 109000, "人次", "exact"), ("50余万", 500000, "人次", "more_than")]
    assert found("全年服务人次数为12万。") == [("12万", 120000, "人次", "exact")]


def test_a_bare_small_number_stays_out_and_people_stay_people():
    assert found("住院人次为1200，参保人数达86万。") == [("86万", 860000, "人", "exact")]
