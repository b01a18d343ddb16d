"""Two government bodies a headline runs together (print set a space between them, which the
OCR repair takes out) are the two bodies the story names apart: one joint name written with 、.
A body and its unit stay one body (guard). Sentences written for this test."""
from orgs_of import figure_orgs


def test_two_ministries_run_together_in_a_headline():
    got = figure_orgs("民政部财政部下拨救灾款３亿元\n"
                      "本报北京１月６日讯 近日，民政部会同财政部向受灾地区紧急下拨救灾款，"
                      "用于安置１２万名灾民。民政部还派出工作组５个。\n")
    assert got["3亿元"] == "民政部、财政部"
    assert got["5个"] == "民政部"


def test_a_body_and_its_unit_stay_one_body():  # (guard)
    got = figure_orgs("湖北省总工会女职工委员会表彰先进\n"
                      "湖北省总工会和女职工委员会日前表彰先进个人５０名。"
                      "湖北省总工会女职工委员会去年培训女工３０００人。\n")
    assert got["3000人"] == "湖北省总工会女职工委员会"
