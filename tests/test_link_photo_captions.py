"""A photo's caption over a story (压题照片:…(某某摄), 图为…) tells where the photo was taken and
who is in it; the story under it is led by its own first paragraph. The caption's figures keep
its place; a photo that is the whole article keeps its caption as its lead."""
from datetime import date

from links_of import links, paper

DAY = paper(date(1998, 1, 19))

STORY = (
    "再就业怎样才不难（附图片1张）\n"
    "本报记者王明\n"
    "压题图片：山东省淄博市针对下岗女工增多的实际，采取多种办法为再就业创造便利条件，"
    "今年已有300名下岗女工在社区找到了工作。（李四摄）\n"
    "四川省绵阳市一位负责再就业工作的干部说，人的问题再也绕不开。\n"
    "据介绍，去年全市安排下岗职工2万多人。\n"
)


def test_the_story_is_led_by_its_paragraph_not_by_the_photo():
    regions = links(STORY, "region", DAY)
    assert regions["2万多人"] == "510700"  # 绵阳市, not 淄博市 of the photo


def test_the_caption_keeps_its_own_place():
    assert links(STORY, "region", DAY)["300名"] == "370300"  # 淄博市


def test_a_caption_that_ends_with_its_credit_and_has_no_mark():
    text = ("十年巨变（附图片1张）\n"
            "图中是江苏省海安县种畜场的新猪舍，场里的职工都住进了新房。（杨一秋摄）\n"
            "河北省永年县去年新建蔬菜生产基地30个。\n"
            "据介绍，这些基地带动了农户5000多户。\n")
    assert links(text, "region", paper(date(1998, 1, 20)))["5000多户"] == "130408|永年县"  # 永年县, 永年区 today


def test_a_photo_that_is_the_whole_article_is_its_own_lead():
    text = ("元旦灯会\n"
            "元旦来临，安徽省合肥市长江路悬挂起3300盏大红灯笼，为节日营造出欢乐祥和的气氛。"
            "（新华社记者戴浩摄）\n")
    assert links(text, "region", paper(date(1998, 1, 1)))["3300盏"] == "340100"


def test_the_story_s_body_is_not_the_photo_s():
    text = ("回眸1997年的房地产（附图片1张）\n"
            "图为北京最大的住宅小区方庄小区，入住了3万多户居民。（宋连峰摄）\n"
            "国家统计局投资司测算的全国房地产开发业景气指数表明：全国房地产业总体仍处于不景气空间。"
            "到去年底，景气指数已连续9个月保持上行。\n")
    assert links(text, "organization", paper(date(1998, 1, 12)))["9个月"] == "国家统计局投资司"
