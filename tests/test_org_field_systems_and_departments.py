"""A field's 系统 with its place or 全国 before it (全国铁路系统, 河北省邮政系统) is every body of
that field there, one body for the figures it runs; railways, post, power and a few more fields
name departments as the ministries' fields do. A field's bare 部门 opening its clause (去年，税务
部门查处…) runs that sentence's figures, under the name of the one bureau of its field the text
names, if it names one; not after a verb or a preposition (向民政部门反映) (guard). Sentences
written for this test."""
from orgs_of import figure_orgs

LEAD = "本报讯 市政府今天召开新闻发布会。\n"


def test_the_countrys_system_of_a_field():
    got = figure_orgs(LEAD + "全国铁路系统今年春运期间增开临客５２对。\n")
    assert got["52对"] == "全国铁路系统"


def test_a_provinces_system_of_a_field():
    got = figure_orgs(LEAD + "河北省邮政系统去年新增邮路３０００公里。\n")
    assert got["3000公里"] == "河北省邮政系统"


def test_a_bare_department_opening_its_clause():
    got = figure_orgs(LEAD + "去年，税务部门查处偷税案件３００起。\n")
    assert got["300起"] == "税务部门"


def test_a_bare_department_is_the_one_bureau_of_its_field():
    got = figure_orgs("本报讯 保定市工商局今天通报了节日市场检查情况。\n"
                      "工商部门今年以来查处违法案件２８０起。\n")
    assert got["280起"] == "保定市工商局"


def test_not_a_department_after_a_preposition():  # (guard)
    got = figure_orgs(LEAD + "今年以来，群众向民政部门反映问题２０多件。\n")
    assert got["20多件"] != "民政部门"


def test_an_industrys_system_is_run_by_the_corporation_that_was_its_bureau():
    # (纺织工业局 became 纺织工业总公司 and still ran the textile mills of its city)
    got = figure_orgs("本报讯 株洲市政府今年狠抓再就业工程，株洲市纺织工业总公司成立了服务中心。\n"
                      "去年以来，株洲市纺织系统共有８０００名下岗职工实现再就业。\n")
    assert got["8000名"] == "株洲市纺织工业总公司"


def test_a_reemployment_service_centre_is_a_body():
    # (再就业: "re-" and a verb, which the dictionary cuts in two)
    got = figure_orgs("本报讯 经株洲纺织再就业服务中心推介，目前６３名下岗职工被４家企业聘用。\n")
    assert got["63名"] == "株洲纺织再就业服务中心"
