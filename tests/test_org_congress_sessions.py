"""A congress's session by its short name (人代会, 党代会, 职代会) is a meeting, as 座谈会 is: the
figures it is told (人代会向代表通报) belong to the body that reports them, never to the meeting.
The congress by its full name (全国人民代表大会) is a body."""
from datetime import date

from links_of import links, paper
from orgs_of import canonical_names as names


def test_sessions_are_no_bodies():
    assert names("刚刚结束的湖北省人代会通过了决议。") == []
    assert names("县党代会闭幕，厂里的职代会也开过了。") == []


def test_the_congress_itself_is_a_body():
    assert names("全国人民代表大会常务委员会召开会议。") == ["全国人民代表大会常务委员会"]


def test_a_session_s_report_belongs_to_the_government():
    text = ("芜湖再就业见成效\n"
            "本报芜湖1月17日电 刚结束的芜湖市人代会向代表通报：芜湖市政府去年安排下岗职工1万多名。"
            "全市有300多家企业招收了下岗职工。\n")
    orgs = links(text, "organization", paper(date(1998, 1, 18)))
    assert orgs["1万多名"] == "芜湖市政府"
    assert orgs["300多家"] == "芜湖市政府"
