"""A shopping list's items open with their brand in Latin letters, then what the item is and its
price (①GIVENCHY logo印花连帽衫 售价约5720元): the price is the brand's, and only its own item's
price (the page runs on into the next item or a paragraph about something else without a full
stop). Sentences written for this test; the first fails on 2026.12.26 (no body at all)."""
from minsheng.etl.pipeline import process_text


def orgs(text):
    doc = process_text(text)
    return {f.surface: f.organization for a in doc.articles for f in a.figures}


PICKS = ("冬季围巾推荐\n\n今年流行格纹围巾，不少明星都戴上了。围巾单品推荐：①BURBERRY 格纹羊绒围巾 售价约4500元"
         "②ACNE STUDIOS 流苏围巾 售价约1800元③MAX & CO 羊毛围巾 售价约990元其实今年格纹围巾的销量增长了30%。\n")


def test_each_item_is_its_brands():
    got = orgs(PICKS)
    assert got["约4500元"] == "BURBERRY"
    assert got["约1800元"] == "ACNE STUDIOS"
    assert got["约990元"] == "MAX & CO"


def test_what_follows_the_last_item_is_not_its_brands():  # (a guard)
    assert orgs(PICKS)["30%"] is None


def test_a_brand_after_a_full_stop_with_its_price_in_rmb():
    text = "卷发棒推荐\n\n温度上得很快，适合新手。SALONIA卷发棒约RMB251特点：日本品牌，卷直两用。\n"
    assert orgs(text)["约RMB251"] == "SALONIA"


def test_a_measure_or_a_currency_opening_an_item_is_no_brand():  # (guards)
    text = "数据\n\n本月物价平稳。GDP总量约5000亿元。RMB兑美元汇率约6.9元。\n"
    assert set(orgs(text).values()) == {None}
