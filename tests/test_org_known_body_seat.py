"""A well-known body written by its short form (北大 for 北京大学) is where its full name says it
stands when it is a body that stands somewhere (a school, a hospital, a company, a bank): its
figures in a national paper are 北京市's, not the country's. A national body of the state
(全国人大) stays the country's. Sentences of our own."""
import pytest

from minsheng.etl.pipeline import Manifest, process_text

NATIONAL_PAPER = Manifest(newspaper="人民日报")


def _links(text):
    doc = process_text(text, manifest=NATIONAL_PAPER)
    return [(f.surface, f.region, f.region_basis, f.organization)
            for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("text, expected", [
    ("本报讯 据介绍，北大今年招收新生3000名。",
     [("3000名", "110000", "organization", "北京大学")]),
    ("本报讯 北大新建的学生公寓可容纳学生4000名。",
     [("4000名", "110000", "organization", "北京大学")]),
])
def test_a_school_by_its_short_form_is_in_its_city(text, expected):
    assert _links(text) == expected


def test_a_national_body_by_its_short_form_stays_national():
    assert _links("本报讯 全国人大常委会今年审议法律草案20件。") == [
        ("20件", "100000", "organization", "全国人民代表大会常务委员会")]
