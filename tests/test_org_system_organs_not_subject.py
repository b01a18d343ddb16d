"""The organs of a whole system named again and again in passing (移送司法机关12人, 移交公安机关)
are no one body a story can be about: they do not become the section's subject by being named
most, and the body the lead names runs the figures. Sentences written for this test; the first
case failed on 2026.12.39."""
from links_of import links, paper
from datetime import date

_REPORT = ("河北整顿财经纪律\n本报讯 河北省委、省政府于1996年初提出了整治腐败的工作思路。\n"
           "整顿财经纪律，两年来查出一批违纪案件，相当比例的案件移送司法机关。\n"
           "1997年，全省共停建办公楼项目189个，节约会议经费3389万元。\n"
           "全省共查处案件110件，移送司法机关12人；处分干部27人，移送司法机关13人。\n")


def test_a_system_named_in_passing_is_not_the_storys_body():
    got = links(_REPORT, "organization", paper(date(1998, 1, 14)))
    assert got["189个"] == "河北省委、省政府" and got["3389万元"] == "河北省委、省政府"


def test_a_body_named_most_by_far_is_still_the_subject():  # (guard)
    text = ("一家工厂的变化\n本报讯 市经委日前组织参观了红星机械厂。\n"
            "红星机械厂去年改制，红星机械厂的职工增加到1200人，红星机械厂产值达5000万元。\n"
            "这里的经验值得推广，全市已有30家企业来学习。\n")
    got = links(text, "organization", paper(date(1998, 1, 14)))
    assert got["30家"] == "红星机械厂"
