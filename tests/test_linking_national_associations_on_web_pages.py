"""On a web page (no masthead, so its home is only the city it names most) a national association
or federation in the lead (中国音像著作权集体管理协会, 中国足协) reports for the whole country: a
figure its sentence places nowhere is the country's, not the guessed home city's. A paper with a
masthead keeps its home. Sentences of our own."""
from minsheng.etl.pipeline import Manifest, process_text

TEXT = ("多家KTV将联合起诉\n\n"
        "11月1日,中国音像著作权集体管理协会发出公告,要求KTV经营者删除相关作品。\n\n"
        "广州一家KTV的老板说,广州的门店已经交了版权费。广州的KTV正在联合起来。\n\n"
        "据了解,此次要求下架的歌曲有6000多首。\n")


def _regions(manifest=None):
    doc = process_text(TEXT, manifest=manifest)
    return [(f.surface, f.region) for r in doc.articles for f in r.figures]


def test_a_web_pages_national_association_makes_the_story_national():
    assert _regions() == [("6000多首", "100000")]


def test_a_paper_with_a_home_keeps_it():
    assert _regions(Manifest(newspaper="广州日报", home_region="440100")) == [("6000多首", "440100")]
