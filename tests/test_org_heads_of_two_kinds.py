"""厅局长 and 司局长 are the heads of two kinds of body at once (the 厅 of one province, the 局
of another), so 全国水利厅局长会议 is a meeting of them and names no 水利厅; 厅局级 and 司局级 are
ranks; 局势 and 局面 are a situation (阿富汗局势). A body's own post after its name still ends
the name (交通局局长, 公安厅处长).
Sentences written for this test; each but the guard fails on 2026.12.19."""
from orgs_of import names


def test_the_heads_of_two_kinds_of_body_name_none_of_them():
    assert names("全国水利厅局长会议今天在京开幕，代表120人出席。") == []
    assert names("省司局级干部培训班共有学员45名。") == []


def test_a_post_in_the_body_still_ends_its_name():  # (a guard)
    assert names("省交通厅处长王明说，今年建成公路300公里。") == ["省交通厅"]
    assert names("国家统计局局长刘洪介绍，去年增长8.8%。") == ["国家统计局"]


def test_a_situation_is_no_bureau():
    # 局势, 局面, 局限 (2026.12.19 read 阿富汗局势 as a bureau 阿富汗局; 公安局局面 as 公安局局)
    assert names("阿富汗局势依然紧张，中东局势有所缓和。") == []
    assert names("北京市公安局局面稳定，国家统计局公布数据。") == ["北京市公安局", "国家统计局"]
