"""A sentence that opens by pointing back (这些企业, 该厂, 其, 它) and names no body of its own goes
on about the body the sentence before it, in the same paragraph, opened with as its subject:
not the body the article's lead named. Not across a paragraph, nor for 其他 (the others).
Sentences written for this test; the first failed on 2026.12.52."""
from orgs_of import figure_orgs

LEAD = "乳业\n本报银川1月2日电 自治区党委、政府大力发展奶牛业，全区奶牛存栏5万头。\n"


def test_these_enterprises_are_the_group_before():
    got = figure_orgs(LEAD + "吴忠市乳制品集团公司属下有13家乳品加工企业。这些企业联结养殖户6500多个。\n")
    assert got["6500多个"] == "吴忠市乳制品集团公司"


def test_not_across_a_paragraph_nor_the_others():  # (guards)
    got = figure_orgs(LEAD + "吴忠市乳制品集团公司属下有13家乳品加工企业。\n这些企业联结养殖户6500多个。\n")
    assert got["6500多个"] != "吴忠市乳制品集团公司"
    got = figure_orgs(LEAD + "吴忠市乳制品集团公司属下有13家乳品加工企业。其他企业联结养殖户6500多个。\n")
    assert got["6500多个"] != "吴忠市乳制品集团公司"
