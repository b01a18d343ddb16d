"""A contest or show the lead says is held at a place inside the lead's own place (江苏省春节
武术比赛今天在无锡举行) happens there: its figures without a place of their own (the hours it
ran, the age groups) are the venue's, the most specific place, not the province's or the
country's. A meeting stays its body's place, and a national contest the country's. Sentences
written for this test; the first failed on 2026.12.19 (the province, the country)."""
from regions_of import regions

CONTEST = ("{head}举行春节武术赛\n本报{city}1月25日电 {place}春节武术比赛今天在{city}举行。"
           "比赛分10岁以内和12岁以上2个级别进行，共进行了5个小时。\n")


def test_the_contests_figures_are_the_venues():
    assert regions(CONTEST.format(head="江苏", place="江苏省", city="无锡")) == {
        "10岁以内": "无锡市", "12岁以上": "无锡市", "2个": "无锡市", "5个小时": "无锡市"}
    assert set(regions(CONTEST.format(head="波兰", place="波兰", city="华沙")).values()) == {"华沙"}


def test_a_meeting_and_a_national_contest_keep_their_place():  # (guards)
    meeting = ("江苏召开扶贫工作会议\n本报无锡1月25日电 江苏省扶贫工作会议今天在无锡召开。"
               "会议确定今年再帮扶贫困户3万户。\n")
    assert regions(meeting) == {"3万户": "江苏省"}
    national = ("全国春节武术赛举行\n本报北京1月25日电 全国春节武术比赛今天在北京举行。"
                "比赛共进行了5个小时。\n")
    assert regions(national) == {"5个小时": "全国"}
