"""元月 is January: 从元月五日到七日 and 元月上旬 are periods of the publication year's first month,
labelled as written; the 元 of a sum before 月 (100元月薪) is none. Sentences written for this
test (fail on 2026.12.28, which read no month in 元月)."""
from datetime import date

from periods_of import dated

from minsheng.etl.period_phrases import find_mentions

D = date(1998, 1, 9)


def test_the_first_month_by_its_name():
    got = dated("从元月五日到七日，全市共有二十万人献血，献血量四千升。", D)
    assert got["二十万人"][0] == ("从元月五日到七日", date(1998, 1, 5), date(1998, 1, 7))
    got = dated("元月上旬，全县新建温室大棚300个。", D)
    assert got["300个"][0] == ("元月上旬", date(1998, 1, 1), date(1998, 1, 10))


def test_a_sum_before_a_month_word_is_no_month():
    assert find_mentions("他领到800元月薪。", D) == []
    assert [m.label for m in find_mentions("他元月领到800元。", D)] == ["元月"]
