"""A province's or city's examination authority (教育考试院, 考试院) is a body like its 教育厅: named
by its place (上海市教育考试院) or by its level alone (省教育考试院) in a story about one province,
whose body it is then. Sentences written for this test; the level-only case failed on 2026.12.45."""
from orgs_of import canonical_names, figure_orgs


def test_named_by_its_place():
    assert canonical_names("据上海市教育考试院统计，今年报名人数为5万人。") == ["上海市教育考试院"]


def test_named_by_its_level_in_a_story_about_one_province():
    text = ("高考报名\n\n四川省高考报名已经启动。记者从省教育考试院了解到，"
            "明年全省高考将有4个变化。\n")
    assert figure_orgs(text)["4个"] == "四川省教育考试院"


def test_the_word_alone_is_no_body():  # (a guard: an examination, not an authority)
    assert canonical_names("他参加了考试，院里的同事都来祝贺。") == []


def test_a_documents_title_run_into_its_issuer_is_no_part_of_the_name():
    # (print lost the line between the title and the body that issues it; failed on 2026.12.45
    # once 考试院 was a head word)
    text = "2019年上海市普通高校招生音乐学类专业统一考试实施办法上海市教育考试院2018年10月"
    assert canonical_names(text) == ["上海市教育考试院"]
    text = "关于做好高校招生体检工作的通知上海市教育委员会"
    assert canonical_names(text) == ["上海市教育委员会"]
