"""A journal that printed a study (《X》杂志刊登一项研究发现, 发表在《X》上的研究显示) reports the
study's figures: it is their body, in the sentences that name it, as written (country, title
and head word), and a health page that cites one journal after another gives each finding its
own. A title that prints no study (a book, a speech, a paper a person wrote in) is no body.

Sentences written for this test; the first four cases failed on 2026.12.30."""
from orgs_of import figure_orgs, names


def test_each_finding_its_own_journal():
    text = ("睡眠与健康\n\n缺觉的危害不少。《睡眠医学》杂志刊登一项研究发现，连续熬夜会使反应速度下降30%。"
            "英国《营养学》期刊近日发表的研究显示，每天喝两杯绿茶的人患病风险降低15%。\n")
    got = figure_orgs(text)
    assert got["30%"] == "《睡眠医学》杂志"
    assert got["15%"] == "英国《营养学》期刊"


def test_a_journal_named_by_its_title_alone():
    text = "饮食\n\n《欧洲心脏学院刊》刊登的一项研究称，少吃盐可使中风危险降低25%。\n"
    assert figure_orgs(text)["25%"] == "欧洲心脏学院刊"


def test_printed_in_a_journal():
    text = "运动\n\n发表在国际知名医学期刊《柳叶刀》上的一项研究显示，全球有14亿人运动不足。\n"
    assert figure_orgs(text)["14亿人"] == "柳叶刀"


def test_the_journal_runs_its_own_sentence_only():
    # the next sentence's figure is the hospital's, which names it; the journal's study is not
    text = ("健康\n\n《睡眠医学》杂志刊登一项研究发现，熬夜使反应速度下降30%。"
            "北京协和医院去年接诊失眠患者1200人。\n")
    got = figure_orgs(text)
    assert got["30%"] == "《睡眠医学》杂志"
    assert got["1200人"] == "北京协和医院"


def test_a_title_that_prints_no_study_is_no_body():
    assert "《物理评论》" not in names("他在《物理评论》上发表论文30篇。")
    assert not any("演讲" in n or "《" in n for n in names("他在论坛发表题为《智慧金融》的演讲，听众有300人。"))
