"""The day a dispatch's opening sentence says something happened (本报天津电 …于1月8日由法院审理
终结; 新华社…电 韩国劳资政三方20日就…达成协议) dates what the paragraph goes on to tell of it
(法庭宣判:…没收财产2万元), as a reader writes it down. Not when that sentence says something was
announced or said (宣布, 发布, 表示: what is said is not the day's), not a sentence that guesses
or looks ahead (估计, 可能, 将, 建成后), not once another time or 如今 is named, and not in a
feature that opens on a day (no dispatch: it goes on to tell of other days). Also: 如今日均
is 如今 and 日均, no 今日; 到记者发稿时止 is an open period that stops an earlier day.
Sentences written for this test."""
from datetime import date

from periods_of import dated_page, dates_of as _dates

DAY = date(1998, 1, 12)
JAN8 = (date(1998, 1, 8), date(1998, 1, 8))


def dated(text):
    return dated_page(text, DAY)


def test_the_day_of_a_dispatchs_opening_dates_the_story():
    got = dated("法院审结受贿案\n\n本报杭州电记者王明报道:原某市交通局局长等3人受贿一案,于1月8日由"
                "某市中级人民法院审理终结。法庭宣判:判处原局长有期徒刑10年,没收财产5万元;"
                "判处另外两人没收财产各2万元。")
    assert _dates(got, "5万元") == JAN8 and _dates(got, "2万元") == JAN8


def test_not_when_the_day_is_when_something_was_said():
    got = dated("预算\n\n本报东京1月8日电记者王明报道:日本首相1月8日在国会发表演说。"
                "政府将投入30万亿日元维护金融稳定,并追加1万亿日元用于灾区。")
    assert _dates(got, "30万亿日元") is None and _dates(got, "1万亿日元") is None


def test_not_a_guess_nor_a_sentence_of_another_time():
    got = dated("汇市\n\n新华社马尼拉1月8日电 比索对美元的比价8日跌至41.8比索兑1美元。"
                "外汇交易商估计,这个汇率不久可能会跌至45比索兑1美元。")
    assert _dates(got, "45比索") is None
    got = dated("灾区\n\n本报张北1月8日电记者王明报道:抗震救灾指挥部1月8日召开会议。"
                "到记者发稿时止,灾区已收到捐款1000万元。")
    assert got["1000万元"][0][0] == "到记者发稿时止" and _dates(got, "1000万元") == (None, None)


def test_not_in_a_feature_that_opens_on_a_day():
    got = dated("一辆车的故事\n\n1995年7月6日,家住广元市的李建国买了一辆旧车。"
                "购车后,他对车进行了一次大修,花去修理费3336元。")
    assert _dates(got, "3336元") is None


def test_nowadays_daily_is_no_today():
    got = dated("售票\n\n本报北京1月8日电记者王明报道:售票处1月8日开始延长营业时间。如今日均售票1.4万张。")
    assert _dates(got, "1.4万张") is None


def test_an_index_closing_on_the_dispatchs_day_is_that_days():
    got = dated("股市\n\n新华社伦敦1月8日电 受亚洲金融市场动荡影响,欧洲主要股市8日全面下跌。"
                "伦敦股市指数下跌52.4点,收于5012.3点。")
    assert _dates(got, "52.4点") == JAN8 and _dates(got, "5012.3点") == JAN8


def test_the_dispatchs_day_reaches_the_next_paragraphs_story():
    # (2026.12.19) a paragraph or two after the dispatch's opening, no other time named
    got = dated("游泳\n\n本报珀斯1月8日电记者王明报道:世界游泳锦标赛各项赛事今天在珀斯陆续展开。\n"
                "男子双人跳台是新增设的项目,来自7个国家的7对选手参加了角逐。\n")
    assert _dates(got, "7对") == JAN8


def test_not_past_another_time_or_in_a_feature():
    got = dated("游泳\n\n本报珀斯1月8日电记者王明报道:世界游泳锦标赛各项赛事今天在珀斯陆续展开。\n"
                "去年,中国队获得了12枚金牌。\n全队共有40名队员。\n")
    assert _dates(got, "40名") is None
    got = dated("游泳\n\n1月8日,世界游泳锦标赛各项赛事在珀斯陆续展开。\n来自7个国家的7对选手参加了角逐。\n")
    assert _dates(got, "7对") is None
