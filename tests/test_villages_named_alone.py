"""A village the text names on its own, not in a chain with its county (记者步行10多分钟,敲开了
火石岗村一户人家的大门), is a place of its own, under the township named last before it (its
name kept in the village's, as in a chain) or under the county; 广大农村, 偏远山村, 贫困村 and
小康村 are kinds of village, not names. A lead that names a township and then a village in it is
about the village, the most specific place. Sentences of our own."""
from datetime import date

import pytest

from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import Manifest, process_text


def _places(text, home="420500"):
    return [(h.surface, h.key) for h in find_regions(text, home)]


def test_a_village_after_its_township():
    assert _places("汽车停在宜昌县樟村坪镇的路边,记者步行10多分钟,敲开了黄花岭村一户人家的门。") == [
        ("宜昌县", "420521"), ("樟村坪镇", "420521|樟村坪镇"), ("黄花岭村", "420521|樟村坪镇黄花岭村")]


def test_a_village_after_its_county():
    assert _places("记者来到宜昌县,在鄢家河村看到新建的学校。") == [
        ("宜昌县", "420521"), ("鄢家河村", "420521|鄢家河村")]


@pytest.mark.parametrize("text", [
    "记者来到宜昌县,在广大农村看到新建的学校。",
    "宜昌县的偏远山村里建起了学校。",
    "宜昌县今年建成小康村15个,贫困村减少20个。",
])
def test_kinds_of_village_are_no_place(text):
    assert _places(text) == [("宜昌县", "420521")]  # (宜昌县: the county until 2001)


def test_the_story_of_a_village_is_the_village_s():
    doc = process_text("本报记者王明\n\n天寒地冻。汽车停在湖北省宜昌县樟村坪镇的路边,记者步行10多分钟,"
                       "敲开了黄花岭村一户人家的大门。\n\n村里2000多人口,500来户。\n",
                       manifest=Manifest(newspaper="人民日报", published_on=date(1998, 1, 19)))
    assert [(f.surface, f.region) for r in doc.articles for f in r.figures] == [
        ("10多分钟", "420521|樟村坪镇"), ("2000多人", "420521|樟村坪镇黄花岭村"),
        ("500来户", "420521|樟村坪镇黄花岭村")]
