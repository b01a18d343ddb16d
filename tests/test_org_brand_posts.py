"""A company's name the dictionary lacks, right before a post only a company has (首席执行官,
创始人, 董事长), is a company: 。飞象出行首席执行官王明表示 names 飞象出行, four characters after
the full stop. Sentences written for this test."""
from orgs_of import names


def test_an_unknown_four_character_name_before_a_post_is_a_company():
    assert names("平台加快整改。飞象出行首席执行官王明表示，将继续加大投入。") == ["飞象出行"]
    assert names("会上，云图智联创始人李华介绍了新产品。") == ["云图智联"]


def test_no_name_before_the_post_no_company():
    assert names("他说。一位公司首席执行官表示，利润下降了。") == []
