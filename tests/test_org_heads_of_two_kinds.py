"""厅局长 and 司局长 are the heads of two kinds of body at once (the 厅 of one province, the 局
of another), so 全国水利厅局长会议 is a meeting of them and names no 水利厅; 厅局级 and 司局级 are
ranks. A body's own post after its name still ends the name (交通局局长, 公安厅处长).
Sentences written for this test; the first two fail on 2026.12.19 (the guards excepted)."""
from orgs_of import names


def test_the_heads_of_two_kinds_of_body_name_none_of_them():
    assert names("全国水利厅局长会议今天在京开幕，代表120人出席。") == []
    assert names("省司局级干部培训班共有学员45名。") == []


def test_a_post_in_the_body_still_ends_its_name():  # (a guard)
    assert names("省交通厅处长王明说，今年建成公路300公里。") == ["省交通厅"]
    assert names("国家统计局局长刘洪介绍，去年增长8.8%。") == ["国家统计局"]
