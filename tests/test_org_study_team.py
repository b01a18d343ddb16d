"""A study's figures belong to the body whose team ran it (哈佛大学的研究人员对1200名志愿者…,
某医院研究团队) or whose member wrote it (该研究作者、某大学的某教授说), wherever in the article that
body is named, when nothing nearer names another: a body the figure's own sentence names comes
first (a guard). Sentences written for this test; the first two cases failed on 2026.12.20 (no
body)."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text


def bodies(text: str) -> dict[str, str | None]:
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_the_body_of_the_team_that_ran_the_study():
    got = bodies("喝咖啡有益心脏\n\n一项新研究发现，每天喝咖啡的人患心脏病的风险较低。研究以1200名志愿者"
                 "为对象，追踪了10年。参与者中有35%每天喝两杯以上。\n"
                 "这项研究由哈佛大学的研究人员完成。\n")
    assert got["1200名"] == "哈佛大学" and got["35%"] == "哈佛大学"


def test_the_body_of_the_studys_author():
    got = bodies("音乐降血压\n\n最近一项研究发现，听音乐能使降压药起效更快。科学家以40名患者为对象，"
                 "每天让他们听30分钟音乐。\n该研究作者、里约热内卢州立大学的卡洛斯教授说：\u201c音乐有帮助。\u201d\n")
    assert got["40名"] == "里约热内卢州立大学"


def test_a_body_the_figures_sentence_names_comes_first():  # (a guard)
    got = bodies("喝咖啡有益心脏\n\n这项研究由哈佛大学的研究人员完成，追踪了1200名志愿者。"
                 "另据国家统计局数据，全国有2.7亿人患有高血压。\n")
    assert got["1200名"] == "哈佛大学" and got["2.7亿人"] == "国家统计局"
