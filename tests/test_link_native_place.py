"""Where a person comes from, written before the person (新疆小伙儿, 四川民工, 河南籍姑娘), is the
person's origin, not the place the story goes on in: a migrant's story told in the city he came
to speaks of that city. In its own sentence the origin still counts.

Sentences written for this test; the first case failed on 2026.12.18."""
from regions_of import regions

STORY = ("卖羊肉串的阿里\n\n新疆小伙儿阿里来到南京，在城东开了一家小店。\n"
         "阿里到南京不过两个多月，已经雇了三个帮手。\n他和四个同伴每天要卖掉20多公斤葡萄干。\n")


def test_a_migrant_story_is_the_city_he_came_to():
    got = regions(STORY)
    assert got["20多公斤"] == "南京市"


def test_the_origin_in_its_own_sentence():
    got = regions("民工\n\n四川民工张强去年在家乡承包了30亩果园。\n")
    assert got["30亩"] == "四川省"


# A country before its people (中国学生, 日本游客, 美国人) is their nationality: the story goes on
# where they are. The first case fails on 2026.12.26 (the lead's 中国 gave 全国).
def test_a_nations_students_abroad_are_the_host_countrys_story():
    got = regions("中国学生留学德国须知\n\n据德国学术交流中心介绍，中国留学生已是德国最大的外国学生群体。"
                  "每年有超过8000名中国学生赴德留学，语言课程一般为半年。\n")
    assert got["超过8000名"] == "德国"
    assert got["半年"] == "德国"


def test_a_nations_people_at_home_stay_its_own():  # (a guard: no other place named)
    got = regions("出境游\n\n据统计，去年中国游客出境旅游达1.5亿人次。\n")
    assert got["1.5亿人次"] == "全国"


def test_a_body_named_after_the_nations_people_is_no_nationality():  # (a guard)
    got = regions("央行公布数据\n\n中国人民银行昨天公布，去年德国的贷款增长5%，我国新增贷款9000亿元。\n")
    assert got["9000亿元"] == "全国"
