"""Measures: each figure gets a code of a small vocabulary from the words of its own clause,
the vocabulary reaches the database, and `measure_by_region` answers "how much 互助金 was paid
out, per region?" on the seeds with each fact once and running totals kept apart. The
sentences below are written for these tests."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl.figures import extract_figures
from minsheng.etl.measures import (
    DIMENSIONS, KINDS, add_measures, assign_measure, parse_vocabulary, vocabulary,
)
from minsheng.etl.pipeline import process_text

runner = CliRunner()


def measures_of(sentence: str) -> list[tuple[str, str | None, str | None]]:
    figures = extract_figures(sentence)
    add_measures(sentence, figures)
    return [(f.surface, f.measure, f.measure_basis) for f in figures]


@pytest.mark.parametrize("sentence, expected", [
    ("今年以来,市总工会为4200人次发放互助金860万元。",
     [("4200人次", "mutual_aid_beneficiaries", "发放+互助金"),
      ("860万元", "mutual_aid_payout", "发放+互助金")]),
    # collected and paid out in one sentence: one measure per clause
    ("全年筹集互助金1200万元,支付补助金950万元。",
     [("1200万元", "contributions_collected", "筹集"), ("950万元", "mutual_aid_payout", "补助金")]),
    ("参加互助的职工达到8.6万人,入会单位312家。",
     [("8.6万人", "members_enrolled", "参加+职工"), ("312家", "units_enrolled", "入会单位")]),
    ("理赔率达到98.5%,同比增长6.3%。",
     [("98.5%", "claim_rate", "理赔率"), ("6.3%", "change_rate", "增长")]),
    ("去年全区新增就业1.2万人,城镇登记失业率为3.1%。",
     [("1.2万人", "employment_new", "新增就业"), ("3.1%", "unemployment_rate", "登记失业率")]),
    ("帮扶困难家庭46户,其中21户实现脱困。",
     [("46户", "households_aided", "困难家庭"), ("21户", "out_of_poverty", "脱困")]),
    # two words that decide together win over one of them alone, nearer
    ("发放住房公积金贷款3.2亿元。", [("3.2亿元", "housing_fund_loans", "公积金+贷款")]),
    ("全年门诊诊疗12.5万人次,新增床位200张。",
     [("12.5万人次", "patient_visits", "诊疗"), ("200张", "health_facilities", "床位")]),
    ("全省地区生产总值达到5600亿元。", [("5600亿元", "gdp", "生产总值")]),
    # the object counted says what is counted: the subject's words before do not
    ("全市医疗机构实现56项检查结果互认。", [("56项", None, None)]),
    # nothing in the clause names a measure, and an age is no measure at all
    ("会场坐满了300名观众。", [("300名", None, None)]),
    ("老人今年85岁。", [("85岁", None, None)]),
])
def test_a_figure_gets_the_measure_its_clause_names(sentence, expected):
    assert measures_of(sentence) == expected


def test_programme_parameters_get_parameter_measures_only():
    # 每人每年 makes 30元 a rule of the programme, not money collected
    assert measures_of("职工每人每年缴纳30元。") == [("30元", "contribution_standard", "每人每年")]
    # the ceiling's word is part of the figure's surface
    assert measures_of("个人自付部分可申请补助,上限8万元。") == [("上限8万元", "benefit_ceiling", "上限")]


def test_assign_measure_reads_only_the_figures_dimension_and_role():
    assert assign_measure("发放互助金", "", "currency", "outcome") == ("mutual_aid_payout",
                                                                     "发放+互助金")
    assert assign_measure("发放互助金", "", "person_time", "outcome") == (
        "mutual_aid_beneficiaries", "发放+互助金")
    assert assign_measure("发放互助金", "", "weight", "outcome") == (None, None)
    assert assign_measure("", "", "currency", "outcome") == (None, None)


def test_the_pipeline_fills_measure_and_basis():
    doc = process_text("职工互助金发放情况\n\n本报讯 去年,市总工会筹集互助金3100万元,"
                       "为2.1万人次报销互助金2600万元。\n")
    got = [(f.surface, f.measure, f.measure_basis) for r in doc.articles for f in r.figures]
    assert got == [("3100万元", "contributions_collected", "筹集"),
                   ("2.1万人次", "mutual_aid_beneficiaries", "报销+互助金"),
                   ("2600万元", "mutual_aid_payout", "报销+互助金")]


def test_the_vocabulary_file_is_well_formed_and_covers_the_domain():
    measures = vocabulary()
    assert len({m.code for m in measures}) == len(measures) >= 40
    assert {m.dimension for m in measures} <= set(DIMENSIONS)
    assert {m.kind for m in measures} == set(KINDS)
    codes = {m.code for m in measures}
    assert {"mutual_aid_payout", "contributions_collected", "members_enrolled",
            "account_sharing_amount", "employment_new", "out_of_poverty", "housing_units",
            "students", "patient_visits", "gdp"} <= codes
    assert all(m.label and m.signals and m.description for m in measures)


def test_a_malformed_vocabulary_line_is_refused_with_its_line_number():
    with pytest.raises(ValueError, match="line 3"):
        parse_vocabulary("# comment\ncode\tlabel\tdimension\tkind\tsignals\tdescription\n"
                         "x\tX\tmoney\tnot_a_kind\t发放\tsomething\n")


# -- in the database --------------------------------------------------------------------------

def test_the_measures_table_holds_the_vocabulary_and_figures_refer_to_it(seeds):
    assert seeds.q("SELECT COUNT(*) FROM measures")[0][0] == len(vocabulary())
    assert seeds.q("SELECT label, dimension, kind FROM measures WHERE code = 'mutual_aid_payout'") \
        == [("互助金支付金额", "money", "flow")]
    # figure_facts spells the measure out
    assert seeds.q("SELECT measure, measure_label, measure_kind, measure_basis FROM figure_facts "
                   "WHERE surface = '4975万元'") == [
        ("contributions_collected", "筹集资金", "flow", "筹集")]


def test_how_much_mutual_aid_was_paid_out_per_region(seeds):
    """The README's command for the first question, exact rows on the seeds: money collected
    (筹集互助金4975万元) is not among them, 补助金 is; the same 2408万元 of 泉州 reported twice is
    one fact; running totals stay apart from amounts for a period and are not added up."""
    r = runner.invoke(app, ["query", "run", "measure_by_region", "-p", "measure=mutual_aid_payout",
                            "--db", seeds.url, "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        "region,region_code,period_start,period_end,period_label,totals,value,unit,how,facts,"
        "figures",
        "泉州市,350500,2024-01-01,2024-12-31,,in period,24080000,元,sum,1,2",
        "烟台市,370600,2017-01-01,,,running total,39258000,元,largest,1,1",
        "龙口市,370681,2023-01-01,2023-12-31,,in period,50000,元,sum,1,1",
        "滨州市,371600,2021-04-01,2021-10-31,,in period,17960000,元,sum,1,1",
        "滨州市,371600,,,,running total,173000000,元,largest,3,3",
    ]


# -- the metric label: a noun phrase a reader would write -----------------------------------------

@pytest.mark.parametrize("label, unit, expected", [
    ("成为烟台市", "人", None),              # a verb and a place: nothing is named
    ("听说泉州薪资待遇", "元", "薪资待遇"),     # what follows the place
    ("专家赴冀", "人", "专家"),                # the place went, and the verb that went to it
    ("人次报销互助金", "元", "报销互助金"),     # the neighbour's unit
    ("球队30", "人", "球队"),                  # the neighbour's number
    ("支出进度均", "%", None),                 # a verb and adverbs
    ("来自", "人", None),                      # a verb alone
    ("获补助", "人次", "获补助人次"),           # ... whose amount is the noun
    ("放贷", "元", "放贷金额"),
    ("实现脱困", "户", "脱困户数"),
    ("同比增长", "%", "同比增幅"),             # a change alone
    ("下降", "百分点", "降幅"),
    ("参保率", "%", "参保率"),                 # jieba's tags say verbs, the suffix says noun
    ("中长期贷款占比", "%", "中长期贷款占比"),
])
def test_a_metric_label_is_a_noun_phrase(label, unit, expected):
    from minsheng.etl.metrics import tidy_label

    assert tidy_label(label, unit) == expected


def test_labels_come_out_tidy_from_sentences():
    from minsheng.etl.metrics import metric_for

    for sentence, surface, unit, label in [
        ("全区去年放贷320亿元", "320亿元", "元", "放贷金额"),
        ("全省同比增长7.5%", "7.5%", "%", "同比增幅"),
        ("他们来自12个省份的38名学员报名", "38名", "人", "学员"),
    ]:
        i = sentence.index(surface)
        assert metric_for(sentence, i, i + len(surface), unit) == label


def test_docs_measures_shows_the_vocabulary_as_it_is():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "measures.md").read_text(
        encoding="utf-8")
    rows = [f"| `{m.code}` | {m.label} | {m.dimension} | {m.kind} | {m.description} | "
            f"{m.signal_text.replace('|', ' · ')} |" for m in vocabulary()]
    stale = [row.split(" | ")[0] for row in rows if row not in text]
    assert stale == [], "the vocabulary table of docs/measures.md is not the TSV's"


def test_minsheng_extract_shows_the_measure_and_its_basis(tmp_path):
    import json

    page = tmp_path / "page.txt"
    page.write_text("职工互助金发放情况\n\n本报讯 去年,全市共筹集互助金3100万元。\n",
                    encoding="utf-8")
    r = runner.invoke(app, ["extract", str(page)])
    assert r.exit_code == 0, r.output
    figures = [json.loads(line) for line in r.stdout.splitlines()
               if json.loads(line)["type"] == "figure"]
    assert [(f["surface"], f["metric"], f["measure"], f["measure_basis"]) for f in figures] == [
        ("3100万元", "筹集互助金", "contributions_collected", "筹集")]
