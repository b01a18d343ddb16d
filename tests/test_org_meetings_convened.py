"""A body convenes a meeting before the name of the body the meeting is of (在维也纳召开
监督委员会会议): the verb is not part of that name, and the place before the verb is where the
meeting sits, not the start of a name; nor is a verb urging someone to act (鼓励, 引导) part of
the name after it. Sentences written for this test."""
from __future__ import annotations

from orgs_of import names


def test_a_meeting_convened_in_a_city_is_no_body_of_that_city():
    assert names("石油输出国组织在维也纳召开监督委员会会议。") == ["石油输出国组织"]
    assert names("世界卫生组织在日内瓦召集专家委员会会议。") == ["世界卫生组织"]



def test_whom_a_government_urges_is_no_part_of_a_name():
    # 浙江鼓励大学毕业生务农: the graduates are urged, no 浙江鼓励大学 exists
    assert names("浙江鼓励大学毕业生从事农业,给予1万元补贴。") == []
    assert names("他北京大学毕业后回到家乡。") == ["北京大学"]
