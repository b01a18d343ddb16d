"""A count of years and then of months (两年零九个月, 有期徒刑三年六个月) is one length of time, which
a reader writes down in years (2.75 年), not two years and a figure of nine months read from
零九个月. Not a year of the calendar (1998年3个月内) nor a vague count (几年零三个月). Sentences
written for this test; the first two cases failed on 2026.12.39."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float, str, str]]:
    return [(f.surface, f.value, f.unit, f.qualifier) for f in extract_figures(text)]


def test_years_then_months_are_one_length():
    assert found("法院以盗窃罪判处被告人有期徒刑三年六个月,并处罚金5000元。") == [
        ("三年六个月", 3.5, "年", "exact"), ("5000元", 5000.0, "元", "exact")]
    assert found("专案组经过一年零三个月的调查,终于破案。") == [("一年零三个月", 1.25, "年", "exact")]
    assert found("这家公司用时2年11个月完成上市,刷新了纪录。") == [("2年11个月", 2.9167, "年", "exact")]
    assert found("他在这里工作了五年零八个多月。") == [("五年零八个多月", 5.6667, "年", "more_than")]


def test_calendar_years_and_vague_years_stay_apart():  # (guards)
    assert found("工程要在1998年3个月内完成。") == [("3个月", 3.0, "个月", "at_most")]
    assert found("两年后,他又干了三个月。") == [("两年", 2.0, "年", "exact"), ("三个月", 3.0, "个月", "exact")]


def test_twelve_months_are_no_part_of_a_year():  # (guard: a year has eleven months to add at most)
    assert [(v, u) for _, v, u, _ in found("两年零十二个月")] == [(2.0, "年"), (12.0, "个月")]
    assert found("两年零十一个月") == [("两年零十一个月", 2.9167, "年", "exact")]
