"""A body named with its Latin abbreviation in brackets (国际文凭组织（IBO）, 国际标准化组织(ISO))
is an organisation even when its name ends in a word that is also a verb (组织), and the
abbreviation written alone later is the same body; a bracketed abbreviation after words that
make no name (…大会（APEC）, a verb before the head) makes none."""
import pytest

from minsheng.etl.pipeline import process_text


def _orgs(text):
    doc = process_text(text)
    return ([(m.surface, m.key) for r in doc.articles for m in r.mentions if m.kind == "organization"],
            [(f.surface, f.organization) for r in doc.articles for f in r.figures])


def test_a_body_named_with_its_abbreviation_and_then_by_it():
    mentions, figures = _orgs("国际救灾协调组织（IDCO）成立于1972年。去年IDCO共调派救援队伍40支。")
    assert mentions == [("国际救灾协调组织", "国际救灾协调组织"), ("IDCO", "国际救灾协调组织")]
    assert figures == [("40支", "国际救灾协调组织")]


@pytest.mark.parametrize("text", [
    "会议在大会（APEC）期间举行，共有21个成员参加。",
    "他们组织（ABC）了3场活动。",
])
def test_no_body_without_a_name_before_the_brackets(text):
    assert _orgs(text)[0] == []


def test_a_known_body_keeps_its_own_name():
    mentions, _ = _orgs("据经济合作与发展组织（OECD）统计，成员国失业率为5.3%。")
    assert mentions == [("经济合作与发展组织", "经济合作与发展组织")]


def test_a_name_another_finder_knew_declares_its_abbreviation_all_the_same():
    # the company is found by its head (公司), not by this finder: its bracketed abbreviation is
    # still its own, and the abbreviation alone later is the same body, not a body of its own
    mentions, figures = _orgs("近日，巴西圣保罗城际铁路公司（CPTM）对1897名乘客进行了调查。"
                              "CPTM表示，今年共向警方报告87起案件。")
    assert mentions == [("巴西圣保罗城际铁路公司", "巴西圣保罗城际铁路公司"), ("CPTM", "巴西圣保罗城际铁路公司")]
    assert figures == [("1897名", "巴西圣保罗城际铁路公司"), ("87起", "巴西圣保罗城际铁路公司")]
