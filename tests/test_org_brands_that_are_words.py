"""A brand that is also a word (苹果, 小米, 三星) is the company where it does what only a company
does (苹果发布了4款新品, 小米公布财报, 三星今日在无锡举办发布会): in the headline or the lead, the
story's company, which runs its figures; later, a company named in passing, which runs its own
sentence's. An apple's price, millet and a Michelin guide's 三星 are no company. Sentences
written for this test; the first two cases failed on 2026.12.39."""
from links_of import links


def test_the_headlines_company_runs_the_story():
    got = links("苹果发布新款平板 顶配售价破万\n\n美国时间10月31日，苹果在纽约一口气发布了4款新品。"
                "顶配版售价将近18000元，这是平板售价首次突破1万元。", "organization")
    assert got == {"破万": "苹果公司", "4款": "苹果公司", "将近18000元": "苹果公司", "突破1万元": "苹果公司"}
    got = links("三星推出新手机\n\n三星今日在无锡举办发布会，推出定制手机，售价2万元左右。", "organization")
    assert got == {"2万元左右": "三星电子"}


def test_a_company_named_later_runs_its_own_sentence():
    got = links("手机市场回暖\n\n今年手机出货量增长。第一季度出货量达3亿部，增长5%。\n"
                "其中小米公布的财报显示，其出货量为3000万部。", "organization")
    assert got["3000万部"] == "小米公司" and got["3亿部"] is None


def test_fruit_grain_and_stars_are_no_company():  # (guards)
    got = links("水果行情\n\n今年苹果价格上涨，每斤苹果卖到5元，比去年贵1元。", "organization")
    assert got == {"5元": None, "1元": None}
    got = links("美食指南\n\n这家餐厅获得米其林三星评价，人均消费1500元。", "organization")
    assert got == {"1500元": "米其林"}  # (the guide's publisher, not 三星电子)
