"""题 counts questions (an exam's 135题, 5道题), as 道 and 项 count other things; an ordinal
(第3题) counts none. Sentences written for this test (fail on 2026.12.28, which knew no 题)."""
from minsheng.etl.figures import extract_figures


def test_questions_are_counted():
    got = [(f.surface, f.value, f.unit) for f in extract_figures(
        "行测共有135题，申论共5道题，其中常识判断40题，第3题最难。")]
    assert got == [("135题", 135.0, "题"), ("5道题", 5.0, "题"), ("40题", 40.0, "题")]
