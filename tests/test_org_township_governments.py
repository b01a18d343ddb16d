"""The government of a township the text places in its county (广汉市广兴镇政府, 西吉县将台乡政府)
is a body, placed at the township: the gazetteer has no townships, and 政府 after a place it
did not know was dropped. A county's government stays its own (和县政府 is not read out of
…厅长和县政府的领导). Sentences written for this test; the first two failed on 2026.12.52."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def bodies(text):
    return [(o.name, o.region) for o in find_organizations(text, find_regions(text))]


def test_a_township_government_under_its_county():
    assert bodies("广汉市广兴镇政府将出售两家企业所得93.7万元用于修路。") == [("广汉市广兴镇政府", "510681|广兴镇")]
    assert bodies("西吉县将台乡政府组织了200名村民。") == [("西吉县将台乡政府", "640422|将台乡")]


def test_a_township_named_alone_gives_no_place():
    assert bodies("广兴镇政府组织了200名村民。") == []


def test_a_county_government_as_before():
    assert bodies("西吉县人民政府组织了200名村民。") == [("西吉县人民政府", "640422")]


def test_a_conjunction_before_a_county_word_reads_no_county():  # (a guard: 和县 is a county)
    assert bodies("省水利厅厅长和县政府的领导到现场察看。") == [("省水利厅", None)]
