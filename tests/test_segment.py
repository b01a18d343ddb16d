"""Splitting normalized pages into articles: seed titles, the no-text-lost invariant, and the
layouts behind them on small pages written for the purpose."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from minsheng.etl.importer import SEEDS
from minsheng.etl.normalize import JUMP_LINE, normalize_page
from minsheng.etl.segment import split_articles

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = {k: v for k, v in json.loads((FIXTURES / "seed_titles.json").read_text("utf-8")).items()
            if not k.startswith("_")}


def _squash(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", "", s)


def _articles(name: str):
    page = normalize_page((SEEDS / name).read_text(encoding="utf-8"))
    return page, split_articles(page)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_titles_are_the_ones_a_reader_sees(name):
    _, articles = _articles(name)
    assert [_squash(a.title) for a in articles] == [_squash(t) for t in EXPECTED[name]]


def test_seed_title_score():
    """All seed titles, counted together: the figure reported for the splitter."""
    right = total = 0
    for name, titles in EXPECTED.items():
        got = [_squash(a.title) for a in _articles(name)[1]]
        total += len(titles)
        right += sum(1 for t in titles if _squash(t) in got)
    assert (right, total) == (44, 44)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_of_the_page_lands_in_exactly_one_article(name):
    page, articles = _articles(name)
    expected = Counter(re.sub(r"^#{1,6}\s*", "", line) for line in page.split("\n")
                       if line and not JUMP_LINE.match(line))
    got = Counter(line for a in articles for line in a.text.split("\n"))
    assert got == expected


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_records_are_consistent(name):
    _, articles = _articles(name)
    assert [a.seq for a in articles] == list(range(1, len(articles) + 1))
    for a in articles:
        if a.title:
            assert a.text.startswith(a.title + "\n") or a.text == a.title
        assert 0 <= a.body_start <= len(a.text)
        assert a.body_start == 0 or a.text[a.body_start - 1] == "\n"
        assert not any(JUMP_LINE.match(line) for line in a.text.split("\n"))


def test_jump_lines_are_recorded_not_kept_in_text():
    _, articles = _articles("002_dc12a1cdb008b1f2.txt")
    first = articles[0]
    assert first.jumps == ("下转第3版",) and "下转" not in first.text
    _, articles = _articles("004_e86dd7614ee5e10f.txt")
    loans = next(a for a in articles if a.title == "京津冀协同发展贷款余额1.26万亿元")
    assert loans.jumps == ("上接第1版",) and loans.text.split("\n")[1].startswith("“制造业立市”")


def test_seed_bylines_and_datelines():
    _, articles = _articles("000_4c40da7e55b77261.txt")
    assert articles[0].dateline == "新华社北京1月19日电"
    assert articles[1].byline == "□记者王晓君 通讯员宫瑞安" and articles[1].dateline == "本报讯"
    assert articles[1].subtitle == "高新区心理咨询师志愿者培训颁证仪式举办"
    _, articles = _articles("002_dc12a1cdb008b1f2.txt")
    speech = articles[4]
    assert (speech.byline, speech.dateline, speech.subtitle) == ("王东明", "2025年1月21日", "新春走基层")
    assert articles[1].byline == "杨明清 本报记者 张楠 本报通讯员 张与澄"
    _, articles = _articles("001_d20e51d4ccced1e1.txt")
    assert articles[0].byline == "记者李淑霞报道" and articles[0].dateline == "本报讯"


# -- layouts, on pages written for the tests ------------------------------------------------------

def _split(raw: str):
    return split_articles(normalize_page(raw))


TITLE_FIRST = """\
市总工会为职工办实事

□记者张三 通讯员李四

本报讯 今年以来,市总工会为职工办实事120件,惠及职工3万余人。

据介绍,明年将继续开展此项工作。

江北区新建职工驿站20个

本报讯(记者王五)近日,江北区总工会新建职工驿站20个,覆盖户外劳动者5000人。
"""


def test_headline_first_page():
    a, b = _split(TITLE_FIRST)
    assert (a.title, a.byline, a.dateline) == ("市总工会为职工办实事", "□记者张三 通讯员李四", "本报讯")
    assert a.text[a.body_start:].startswith("本报讯 今年以来")
    assert a.text.endswith("据介绍,明年将继续开展此项工作。")
    assert (b.title, b.byline) == ("江北区新建职工驿站20个", "记者王五")
    assert b.text == "江北区新建职工驿站20个\n本报讯(记者王五)近日,江北区总工会新建职工驿站20个,覆盖户外劳动者5000人。"


def test_subheading_stays_inside_its_article():
    page = TITLE_FIRST.replace("据介绍,", "一线服务暖人心\n\n据介绍,")
    a, _ = _split(page)
    assert a.text.split("\n")[-2:] == ["一线服务暖人心", "据介绍,明年将继续开展此项工作。"]


TITLE_AFTER = """\
□记者张三

本报讯 日前,滨江区职工医疗互助活动启动,参加职工8万余人,筹集互助金960万元。

滨江区职工医疗互助活动启动

□记者李四

本报讯 近日,河东区举办春风行动招聘会,提供就业岗位1200个,达成就业意向300余人。

河东区春风行动招聘会提供岗位1200个
"""


def test_headline_after_body_page():
    a, b = _split(TITLE_AFTER)
    assert a.title == "滨江区职工医疗互助活动启动" and a.byline == "□记者张三"
    assert a.text.startswith("滨江区职工医疗互助活动启动\n□记者张三\n本报讯 日前")
    assert b.title == "河东区春风行动招聘会提供岗位1200个"


def test_jump_line_closes_the_article_and_the_next_headline_opens_one():
    page = ("新春走基层\n\n流动服务车开进工地\n\n本报记者 黄洪涛\n\n"
            "近日,一辆流动服务车开进工地,为工友送上春节大礼包300份。(下转第3版)\n\n"
            "夺冠时刻\n\n2月9日,中国队收获七金。\n\n本报记者 蔚可任 摄\n")
    a, b = _split(page)
    assert (a.title, a.subtitle, a.jumps) == ("流动服务车开进工地", "新春走基层", ("下转第3版",))
    assert "下转" not in a.text and a.text.endswith("300份。")
    assert b.title == "夺冠时刻" and b.text.endswith("本报记者 蔚可任 摄")


def test_continuation_from_another_page_is_its_own_article():
    page = ("# 市民热议新政策\n\n本报讯 新政策发布后,市民反响热烈。\n\n"
            "(上接第1版)全市共发放补贴2亿元,惠及12万户家庭。\n\n### 服务更贴心\n\n各街道设立窗口30个。\n")
    a, b = _split(page)
    assert a.title == "市民热议新政策" and a.jumps == ()
    assert b.title is None and b.jumps == ("上接第1版",)
    assert b.text == "全市共发放补贴2亿元,惠及12万户家庭。\n服务更贴心\n各街道设立窗口30个。"


def test_markdown_levels_title_kicker_and_subtitle():
    page = ("## 强信心 稳经济\n\n# 邹平拉动消费1.36亿元\n\n## 录入发票8.3万多张\n\n"
            "本报讯(记者王健)近日,邹平市开奖。\n\n# 另一条新闻\n\n本报讯 内容。\n")
    a, b = _split(page)
    assert a.title == "邹平拉动消费1.36亿元"
    assert a.subtitle == "强信心 稳经济 录入发票8.3万多张"
    assert a.text.startswith("邹平拉动消费1.36亿元\n")
    assert b.title == "另一条新闻"


def test_page_without_any_structure_is_one_article():
    (a,) = _split("今年全市新增会员1234名。\n\n会员服务不断完善。")
    assert a.title is None and a.body_start == 0 and a.text == "今年全市新增会员1234名。\n会员服务不断完善。"


def test_empty_page_has_no_articles():
    assert split_articles("") == []


def test_a_headline_with_its_dateline_on_the_next_line_is_the_title():
    # a paper's article file: the headline, then the body opening on its dateline (a date in
    # it), with no blank line between; the headline is not glued onto the body
    page = normalize_page("林业加大结构调整力度\n本报北京１月４日讯记者周泓洋报道：１９９７年林业部加大了"
                          "结构调整力度，取得了显著成效。")
    [article] = split_articles(page)
    assert article.title == "林业加大结构调整力度"
    assert article.text[article.body_start:].startswith("本报北京1月4日讯")
