"""A company registered as its brand and a legal form (万科企业股份有限公司) is named by the brand
alone where the text makes the brand a subject of what companies do (万科发布公告称):
those mentions are the registered company, whose figures they are, even when the brand ends in a
character that heads a section's name (科). One word and a form (通讯有限公司) stays no brand.

A body that approves, examines or stops what the subject does (获证监会批准发行, 经国务院批准,
被上交所终止) runs none of the subject's figures: the subject does.

Sentences written for this test. Each case but the guard failed on 2026.12.32."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(f.surface, f.organization) for a in process_text(text).articles for f in a.figures]


def test_a_brand_its_registered_name_opens_is_that_company():
    text = ("房企发债\n\n上海证券交易所今年已受理多家房企的发债申请，万科企业股份有限公司是其中之一。\n"
            "万科发布公告称，本期发行规模为15亿元。\n")
    assert _orgs(text) == [("15亿元", "万科企业股份有限公司")]


def test_one_word_and_a_form_is_no_brand():  # (guard)
    from orgs_of import names
    assert "通讯" not in names("通讯有限公司的通讯设备销量增长。通讯设备销售额达10亿元。\n")


def test_a_body_that_approves_runs_none_of_the_subjects_figures():
    text = "龙光控股发布公告称，公司获证监会批准发行不超过35亿元的公司债券。\n"
    assert _orgs(text) == [("不超过35亿元", "龙光控股")]
    text = "由农业部提出、经国务院批准实施的“菜篮子工程”，已经走过10年的发展历程。\n"
    assert _orgs(text) == [("10年", "农业部")]
