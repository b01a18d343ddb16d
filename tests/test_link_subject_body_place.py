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


def test_a_web_pages_guessed_home_gives_way_to_a_national_body():
    # the city a web page names most is a guess at its home: a national body's figure in its
    # own sentence is the country's (2026.12.19 gave it to 广州市); a paper's home stays (a guard)
    from datetime import date

    from minsheng.etl.pipeline import Manifest, process_text
    text = ("歌曲下架风波\n\nKTV经理说，他们已通过广州天合文化发展有限公司签约，"
            "广州天合文化发展有限公司是协会的委托机构。\n"
            "中国音像著作权集体管理协会发出公告，要求删除6000多部作品。\n")
    got = {f.surface: f.region for a in process_text(text).articles for f in a.figures}
    assert got["6000多部"] == "100000"
    paper = Manifest(published_on=date(2018, 11, 8), newspaper="广州日报")
    got = {f.surface: f.region for a in process_text(text, manifest=paper).articles for f in a.figures}
    assert got["6000多部"] == "440100"
