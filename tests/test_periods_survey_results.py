"""A sentence that opens on what a count or an inquiry found (据统计, 经清查, 调查结果显示) reports
the results of what the sentence before set out to count, and takes its years even where they
do not open that sentence (对1995年至1997年的…进行了清查。据统计，…). Not when the result is
said to be of now (现在), nor of a year a plan speaks of. Sentences written for this test; the
first two fail on 2026.12.19 (the figures were undated), the others are guards."""
from datetime import date

from periods_of import dated

D = date(1998, 3, 2)


def test_what_the_count_found_is_of_the_years_it_covered():
    got = dated("审计署对1995年至1997年的扶贫资金进行了专项审计。据统计，共查出违规资金4.6亿元。", D)
    assert got["4.6亿元"] == (("1995年至1997年", date(1995, 1, 1), date(1997, 12, 31)),
                              "dated_context", None)


def test_an_inquiry_run_in_a_year_dates_its_findings():
    got = dated("这项调查是在去年对全市500户家庭进行的。调查结果显示，38%的家庭有存款。", D)
    assert got["38%"][0] == ("去年", date(1997, 1, 1), date(1997, 12, 31))
    assert got["38%"][1] == "dated_context"


def test_a_result_said_of_now_is_not_the_years():  # (a guard)
    got = dated("省里对去年的情况作了检查。据统计，现在全省有养老院320所。", D)
    assert got["320所"][0] is None


def test_a_plan_s_year_dates_no_finding():  # (a guard)
    got = dated("全省计划于2000年前完成清查工作。据统计，已清理土地3万亩。", D)
    assert got["3万亩"][0] is None
