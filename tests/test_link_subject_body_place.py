"""A story about one body (named far more than any other) places a figure whose sentence names
that body where the body is, before a place the paragraph names in passing (where a school
was founded); a body the sentence merely visits is no story's subject."""
from minsheng.etl.pipeline import process_text


def regions_of(text):
    return {f.surface: f.region for a in process_text(text).articles for f in a.figures}


def test_the_story_bodys_place_places_its_sentence():
    text = ("十四中校庆\n\n昨日，杭州市第十四中学举行庆祝建校80周年大会。杭州市第十四中学的前身是"
            "绍兴县立女子学堂，后迁址办学。杭州市第十四中学现有学生2000名，杭州市第十四中学的"
            "教师也组成了方阵。\n")
    assert regions_of(text)["2000名"] == "330100"


def test_a_body_visited_does_not_place_the_figure():
    text = ("科普进校园\n\n本报讯 滨州市科协组织的科普公益行活动在滨州举行。\n"
            "活动持续两天，专家走进山东航空学院等5所学校。\n")
    assert regions_of(text)["5所"] == "371600"


def test_the_country_right_before_the_figure_still_counts_first():
    text = ("入选\n\n杭州市第十四中学入选示范学校名单 全国仅10所学校入选。杭州市第十四中学"
            "校长说，杭州市第十四中学将继续努力。\n")
    assert regions_of(text)["10所"] == "100000"


def test_a_national_body_of_the_sentence_places_an_unplaced_figure_in_the_country():
    # a web page with no home: the national team's squad is the country's
    from minsheng.etl.pipeline import process_text
    doc = process_text("国足集训名单出炉\n\n足协公布第二期集训队大名单,国家队集训队二期的总人数为44人。\n")
    got = {f.surface: f.region for a in doc.articles for f in a.figures}
    assert got["44人"] == "100000"
