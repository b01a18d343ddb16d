"""A party committee written by its level alone (省委, 市委, 县委) or a body of 自治区 (自治区党委,
自治区政府) in a text about one place is that place's body: 江西省委, 广西壮族自治区党委, named
in full as the text names it elsewhere (河北省灵寿县委). A two-character county's 县委 is written
with its 县 (沛县县委). Not after a name the gazetteer does not know (青禾县委), and a bare 市委
with no place to go by stays as written. Sentences written for this test."""
from datetime import date

from orgs_of import figure_orgs

from minsheng.etl.pipeline import Manifest

PAPER = Manifest(published_on=date(1998, 1, 4), newspaper="人民日报")


def test_a_provinces_committee_written_by_its_level():
    got = figure_orgs("农业要走生态路\n本报南昌1月3日电 江西省狠抓生态农业。省委已确立100个示范点。\n",
                      PAPER)
    assert got["100个"] == "江西省委"


def test_an_autonomous_regions_committee_and_government():
    got = figure_orgs("农业要走生态路\n本报南宁1月3日电 广西壮族自治区狠抓生态农业。"
                      "自治区党委已确立100个示范点，自治区政府拨款300万元。\n", PAPER)
    assert got["100个"] == "广西壮族自治区党委"
    assert got["300万元"] == "广西壮族自治区政府"


def test_a_two_character_countys_committee_and_the_fullest_name():
    got = figure_orgs("山区脱贫记\n本报徐州1月3日电 江苏省沛县狠抓脱贫。县委今年拨款200万元。\n", PAPER)
    assert got["200万元"] == "沛县县委"
    got = figure_orgs("山区脱贫记\n本报石家庄1月3日电 河北省灵寿县委书记介绍了脱贫工作。"
                      "县委今年拨款300万元。\n", PAPER)
    assert got["300万元"] == "河北省灵寿县委"


def test_no_committee_of_a_place_the_gazetteer_does_not_know_and_none_without_a_place():
    got = figure_orgs("他后来任青禾县委书记，在任时修路30公里。\n")
    assert got["30公里"] != "青禾县委" and not (got["30公里"] or "").endswith("县县委")
    assert figure_orgs("这项工作受到市委的表扬，奖励3万元。\n")["3万元"] == "市委"
