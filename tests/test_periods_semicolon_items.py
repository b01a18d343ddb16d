"""A day told in one item of a list run on with semicolons (…实现了7月1日通气点火；…) is that
item's: the later items are the sentence's, dated by the year that opens it (去年，…；…；…).
Within the day's own item it still dates what follows it.

Sentences written for this test; the first case failed on 2026.12.18."""
from datetime import date

from periods_of import dated_page as dated, dates_of

DAY = date(1998, 1, 5)


def test_a_later_item_takes_the_sentences_year():
    got = dated("十件事\n\n本报讯 去年，市政府建成安居工程12万平方米；燃气工程实现了9月1日通气点火；"
                "全年安置下岗职工3.2万人。", DAY)
    assert dates_of(got, "3.2万人") == (date(1997, 1, 1), date(1997, 12, 31))


def test_the_day_dates_its_own_item():
    got = dated("十件事\n\n本报讯 去年，市政府建成安居工程12万平方米；9月1日当天有2000户通气。", DAY)
    assert dates_of(got, "2000户") == (date(1997, 9, 1), date(1997, 9, 1))
