"""四周 is the word for "all around" (住宅四周的绿化, 四周绿树环抱, 向四周扩散), no four weeks,
unless a word of time frames it: one of how long before it (为期四周, 工作了四周, 需要四周) or
of when after it (四周后, 四周内). Sentences written for this test; the first two failed on
2026.12.24 (four weeks)."""
from __future__ import annotations

from minsheng.etl.figures import extract_figures


def surfaces(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_all_around_is_no_duration():
    assert surfaces("新建的图书室面积约60平方米，四周的书架上摆满了新书。") == [
        ("约60平方米", 60.0, "平方米")]
    assert surfaces("湖心岛上四周绿树环抱，虫害已向四周山林蔓延。") == []


def test_four_weeks_framed_by_a_word_of_time():  # (a guard)
    assert surfaces("为期四周的培训结束后，学员又实习了四周。") == [
        ("四周", 4.0, "周"), ("四周", 4.0, "周")]
    assert surfaces("术后四周内不宜剧烈运动，伤口愈合需要四周。") == [
        ("四周", 4.0, "周"), ("四周", 4.0, "周")]
