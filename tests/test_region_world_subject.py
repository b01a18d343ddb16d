"""1997年全球跨国旅游人数为6.2亿人，比上年减少3.8%: the world (全球, 全世界) opening the subject of
a figure's clause, after a dateline or a time at most, or of the clause its own carries on
(one opening on 比, 同比, 每, 平均 … has no subject of its own), is the figure's place, even in a paper
whose home is 全国; not as the field of a superlative (全球首款), nor past a clause with a
subject of its own. Sentences of our own."""
import pytest

from minsheng.etl.pipeline import Manifest, process_text

NATIONAL_PAPER = Manifest(newspaper="人民日报")
WORLD = "group|全球"
WHOLE_WORLD = "group|全世界"  # (世界 and 世界上 name the world as 全世界 does: as the text names it)


def _regions(text):
    doc = process_text(text, manifest=NATIONAL_PAPER)
    return [(f.surface, f.region, f.region_basis) for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("本报讯 1997年全球跨国旅游人数为6.2亿人，比上年减少3.8%。",
     [("6.2亿人", WORLD, "sentence"), ("3.8%", WORLD, "sentence")]),
    ("据新华社马德里1月27日电(记者王明)去年全球旅游人数为6亿人。", [("6亿人", WORLD, "sentence")]),
    ("本报讯 去年全球智能手机出货量为14.7亿部，同比下降5%。",
     [("14.7亿部", WORLD, "sentence"), ("5%", WORLD, "sentence")]),
    # a rate clause (每…就有…, 平均…) has no subject of its own either
    ("本报讯 目前全球每年新增糖尿病患者800万例，每10秒钟就有1人死于糖尿病并发症。",
     [("800万例", WORLD, "sentence"), ("10秒钟", WORLD, "sentence"), ("1人", WORLD, "sentence")]),
    ("本报讯 去年全球新增病例200万例，平均每天5000多例。",
     [("200万例", WORLD, "sentence"), ("5000多例", WORLD, "sentence")]),
    # 世界上 "in the world", and a clause that opens on one more count of what the world holds
    ("本报讯 目前，世界上有120多个国家，6000多所学校开设了中文课程。",
     [("120多个", WHOLE_WORLD, "sentence"), ("6000多所", WHOLE_WORLD, "sentence")]),
    ("本报讯 这种鸟十分珍贵，目前世界上仅存800多只。", [("800多只", WHOLE_WORLD, "sentence")]),
    # right under a headline with no stop at its end (which runs on into the sentence)
    ("儿童营养\n\n全球每年有超过1200万名儿童死于营养不良。", [("超过1200万名", WORLD, "sentence")]),
])
def test_the_world_opening_the_subject(text, expected):
    assert _regions(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本报讯 全球首款折叠屏手机售价9999元。", [("9999元", "100000", "home_region")]),
    ("本报讯 全球经济增速放缓，今年公司利润为5亿元。", [("5亿元", "100000", "home_region")]),
    ("本报讯 世界上有120多个国家开设中文课程，我国有300所大学开设。",
     [("120多个", WHOLE_WORLD, "sentence"), ("300所", "100000", "clause")]),
    ("本报讯 去年全球旅游人数为6亿人，我国接待游客5000万人次。",
     [("6亿人", WORLD, "sentence"), ("5000万人次", "100000", "clause")]),
])
def test_not_a_superlative_nor_past_another_subject(text, expected):
    assert _regions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 世界 before the field a world total is told of opens the subject as 全球 does
    ("据新华社马德里1月27日电(记者王明)1997年世界旅游总收入达4000亿美元。",
     [("4000亿美元", WHOLE_WORLD, "sentence")]),
    ("本报讯 专家预计,到明年中,世界总人口将超过60亿。", [("超过60亿", WHOLE_WORLD, "sentence")]),
])
def test_the_world_written_before_the_field_of_its_total(text, expected):
    assert _regions(text) == expected


@pytest.mark.parametrize("text", [
    "本报讯 世界旅游组织宣布,去年旅游人数为6亿人。",  # a body
    "本报讯 世界游泳锦标赛今天开幕,共有1000名选手参赛。",  # an event
    "本报讯 世界男子头号网球选手今天直落三盘。",  # a title
])
def test_not_a_body_an_event_or_a_title(text):
    assert all(region != WORLD for _, region, _ in _regions(text))


@pytest.mark.parametrize("text, expected", [
    # a part of the year before the world opens the subject as a year does
    ("本报讯 2018年第三季度全球智能手机出货量达到3.868亿台，同比下降3%。",
     [("3.868亿台", WORLD, "sentence"), ("3%", WORLD, "sentence")]),
    ("本报讯 今年上半年全球平板电脑出货量为6500万台。", [("6500万台", WORLD, "sentence")]),
])
def test_the_world_after_a_part_of_the_year(text, expected):
    assert _regions(text) == expected
