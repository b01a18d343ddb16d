"""The body that ran the study or the contest an article reports (这项研究是由…研究所负责的,
由…协会组织举办的评选) is the body of its figures where nothing nearer names one, whether the
figures come before it is named or after.

Sentences written for this test; the first case failed on 2026.12.18."""
from minsheng.etl.pipeline import process_text

STUDY = ("濒危鱼类\n\n东北地区共有冷水性鱼类45种，其中8种已处于濒危状态。\n"
         "这项研究是由中国水产科学院长江水产研究所负责的，已经过4年研究。\n")


def _orgs(text):
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_the_study_body_runs_its_figures():
    got = _orgs(STUDY)
    assert got["45种"] == got["8种"] == "中国水产科学院长江水产研究所"


def test_a_body_the_sentence_names_comes_first():
    got = _orgs("评选\n\n国家统计局调查显示，全国共有图书馆2800个。\n这项评选是由中国图书馆学会组织的。\n")
    assert got["2800个"] == "国家统计局"
