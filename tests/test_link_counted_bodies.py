"""A body whose name a count of bodies closes (学校已建立省级重点实验室3个, 成立扶贫基金会12家) is
what the figure counts, not who set them up or reports it: the sentence's other body (the school)
runs its figures. A count of a body's own parts (政协34个界别, 北京大学20多个院系) still leaves
the body as their operator."""
from __future__ import annotations

from datetime import date

from links_of import links, paper

_DAY = paper(date(1998, 1, 20))


def test_bodies_a_count_closes_are_what_it_counts():
    got = links("实验室建设\n本报讯 目前,江南理工大学已建成省级重点实验室3个,共投入资金2000万元。\n",
                "organization", _DAY)
    assert got["3个"] == "江南理工大学" and got["2000万元"] == "江南理工大学"


def test_a_count_of_a_bodys_own_parts_leaves_it_their_operator():
    got = links("高校扩招\n本报讯 北京大学20多个院系今年共招收研究生1000多名。\n", "organization", _DAY)
    assert got["20多个"] == "北京大学"
