"""A count of the subject, then the day it acted (300多名代表今天出席了大会, 12名身穿白大褂的医生
8日赶到灾区): the count is of that day; not a trait of the subject (年产量近13万辆的集团15日成立),
nor a day that starts or ends something (1月1日起)."""
from __future__ import annotations

from datetime import date

from periods_of import dated, dates_of

PUBLISHED = date(1998, 1, 11)


def test_the_count_of_who_acted_that_day():
    got = dated("新华社北京1月10日电 300多名代表今天出席了大会。", PUBLISHED)
    assert dates_of(got, "300多名") == (date(1998, 1, 10), date(1998, 1, 10))
    got = dated("新华社郑州1月10日电 12名身穿白大褂的医生8日赶到灾区。", PUBLISHED)
    assert dates_of(got, "12名") == (date(1998, 1, 8), date(1998, 1, 8))
    got = dated("新华社天津1月10日电 80辆满载救灾物资的卡车昨天开往灾区。", PUBLISHED)
    assert dates_of(got, "80辆") == (date(1998, 1, 9), date(1998, 1, 9))


def test_the_day_tied_to_the_verb_by_yu_or_zai():
    got = dated("新华社北京1月10日电 参加培训的60名学员于9日下午结业。", PUBLISHED)
    assert dates_of(got, "60名") == (date(1998, 1, 9), date(1998, 1, 9))
    got = dated("新华社北京1月10日电 200多名志愿者在今天上午走上街头。", PUBLISHED)
    assert dates_of(got, "200多名") == (date(1998, 1, 10), date(1998, 1, 10))
    # a 于 with no noun before it is no subject's count (5人于9日: who, unsaid)
    assert dates_of(dated("新华社北京1月10日电 警方抓获5人。于9日移送检察院。", PUBLISHED), "5人") is None


def test_not_a_trait_nor_a_day_that_starts_something():
    got = dated("新华社北京1月10日电 年产量近13万辆的汽车集团15日成立。", PUBLISHED)
    assert dates_of(got, "近13万辆") is None
    got = dated("新华社北京1月10日电 该厂500名职工1月1日起实行新的工资制度。", PUBLISHED)
    assert dates_of(got, "500名") is None


def test_not_when_a_verb_stands_between():
    got = dated("新华社北京1月10日电 300多人到会场后今天又去了工地。", PUBLISHED)
    assert dates_of(got, "300多人") is None
