"""Facts: mentions of one quantity merged into one row, conflicts between facts, values implied
by comparisons, kept in step with re-imports and kills. The merge and the derivations are
tested as pure functions first, then as rows on both backends."""
from __future__ import annotations

import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from minsheng.etl import facts as fx
from minsheng.etl.importer import run_import
from minsheng.etl.records import Period

from conftest import Db
from test_reimport import _wait_for_documents


# -- the merge, pure ---------------------------------------------------------------------------

def mention(fid, doc=1, value=371000000.0, unit="人次", metric="医保个人账户省内共济",
            region=None, period=None, organization=None, sentence=None, position=None,
            headline=False, anaphoric=False, qualifier="exact", value_max=None, measure=None):
    return fx.Mention(figure_id=fid, document_id=doc,
                      order=(False, date(2025, 1, 19), f"doc{doc}", doc, 0, position or fid),
                      value=value, value_max=value_max, unit=unit, qualifier=qualifier,
                      role="outcome", metric=metric, period=period, period_id=None,
                      region=region, organization=organization,
                      sentence=sentence if sentence is not None else (doc, fid),
                      headline=headline, anaphoric=anaphoric, measure=measure)


Y2024 = fx.period_identity(date(2024, 1, 1), date(2024, 12, 31), False, "2024年")
Y2023 = fx.period_identity(date(2023, 1, 1), date(2023, 12, 31), False, "2023年")


def ids(groups):
    return sorted(sorted(m.figure_id for m in g) for g in groups)


def test_a_headline_and_its_body_sentence_are_one_fact_that_takes_the_known_attributes():
    headline = mention(1, metric=None, headline=True)
    body = mention(2, region=100000, period=Y2024, organization=7)
    [group] = fx.gather([body, headline])
    assert [m.figure_id for m in group] == [1, 2]
    values = fx.fact_values(group)
    assert (values.value, values.unit, values.metric, values.region, values.organization) == (
        371000000.0, "人次", "医保个人账户省内共济", 100000, 7)


def test_contradicting_period_region_or_organisation_keeps_mentions_apart():
    base = dict(region=100000, period=Y2024, organization=7)
    for attr, other in (("region", 120000), ("period", Y2023), ("organization", 8)):
        a, b = mention(1, **base), mention(2, **{**base, attr: other})
        assert ids(fx.gather([a, b])) == [[1], [2]], attr


def test_value_unit_and_qualifier_must_agree():
    a = mention(1)
    assert ids(fx.gather([a, mention(2, value=371000001.0)])) == [[1], [2]]
    assert ids(fx.gather([a, mention(2, unit="人")])) == [[1], [2]]
    assert ids(fx.gather([a, mention(2, qualifier="more_than")])) == [[1], [2]]


def test_metrics_are_compatible_when_equal_or_contained():
    assert fx.metrics_compatible("互助金", "发放互助金")
    assert fx.metrics_compatible("发放互助金", "发放互助金")
    assert not fx.metrics_compatible("发放互助金", "筹集资金")
    a, b = mention(1, metric="发放互助金"), mention(2, metric="筹集资金")
    assert ids(fx.gather([a, b])) == [[1], [2]]
    # every pair must be compatible: 互助金 fits both, but they do not fit each other
    c = mention(3, metric="互助金")
    assert ids(fx.gather([c, a, b])) == [[1, 3], [2]]


def test_metrics_worded_apart_are_compatible_when_they_name_the_same_measure():
    # 今年共为职工发放补助资金3150万元 … 全年涉及补助金3150万元: two wordings, one payout
    assert fx.metrics_compatible("获补助金额", "涉及补助金", "mutual_aid_payout", "mutual_aid_payout")
    assert not fx.metrics_compatible("获补助金额", "涉及补助金")
    assert not fx.metrics_compatible("筹集资金", "发放资金", "contributions_collected",
                                     "mutual_aid_payout")
    lead = mention(1, value=31500000.0, unit="元", metric="获补助金额",
                   measure="mutual_aid_payout")
    body = mention(2, value=31500000.0, unit="元", metric="涉及补助金",
                   measure="mutual_aid_payout")
    assert ids(fx.gather([lead, body])) == [[1, 2]]
    other = mention(3, value=31500000.0, unit="元", metric="筹集资金",
                    measure="contributions_collected")
    assert ids(fx.gather([lead, other])) == [[1], [3]]


def test_the_same_number_twice_in_one_sentence_is_two_things():
    # 国家自然科学基金4项，中国博士后资助4项
    a = mention(1, value=4.0, unit="项", metric="资助", sentence="s")
    b = mention(2, value=4.0, unit="项", metric="资助", sentence="s")
    assert ids(fx.gather([a, b])) == [[1], [2]]


def test_in_one_paragraph_the_later_mention_must_point_back():
    # “DVD-P10”型影碟机长宽均为16厘米 ... “DVD-L10”型影碟机长宽16厘米: two models
    a = mention(1, value=16.0, unit="厘米", metric="影碟机长宽均", )
    b = mention(2, value=16.0, unit="厘米", metric="影碟机长宽")
    a, b = (fx.Mention(**{**vars(x), "paragraph": "p"}) for x in (a, b))
    assert ids(fx.gather([a, b])) == [[1], [2]]
    pointing = fx.Mention(**{**vars(b), "anaphoric": True})
    assert ids(fx.gather([a, pointing])) == [[1, 2]]
    other_paragraph = fx.Mention(**{**vars(b), "paragraph": "q"})
    assert ids(fx.gather([a, other_paragraph])) == [[1, 2]]


def test_a_round_number_needs_a_cue_to_be_one_fact():
    # 两个方面 ... 两个方面: two different pairs of aspects
    a = mention(1, value=2.0, unit="个", metric="方面")
    b = mention(2, value=2.0, unit="个", metric="方面")
    assert ids(fx.gather([a, b])) == [[1], [2]]
    # 决定制止10种收费项目。这10种收费项目是: the second points back
    assert ids(fx.gather([a, mention(2, value=2.0, unit="个", metric="方面", anaphoric=True)])) \
        == [[1, 2]]
    # a headline repeated in the body
    assert ids(fx.gather([mention(1, value=2.0, unit="个", metric="方面", headline=True), b])) \
        == [[1, 2]]
    # 1/3 is one digit however it is stored; 45% counts one digit less than 45
    assert fx.significant_digits(0.3333) == 1
    assert fx.distinctiveness(mention(1, value=45.0, unit="%")) == 1
    assert fx.distinctiveness(mention(1, value=12198.0, unit="人次")) == 5


def test_across_documents_region_period_and_metric_must_be_known_and_equal():
    a = mention(1, doc=1, region=120000, period=Y2024)
    b = mention(2, doc=2, region=120000, period=Y2024)
    assert ids(fx.gather([a, b])) == [[1, 2]]
    assert ids(fx.gather([a, mention(2, doc=2, region=None, period=Y2024)])) == [[1], [2]]
    assert ids(fx.gather([a, mention(2, doc=2, region=120000, period=None)])) == [[1], [2]]
    assert ids(fx.gather([a, mention(2, doc=2, region=120000, period=Y2024, metric=None)])) \
        == [[1], [2]]
    # a label without dates (近年来) is not known enough across pages
    label = fx.period_identity(None, None, False, "近年来")
    assert ids(fx.gather([mention(1, doc=1, region=120000, period=label),
                          mention(2, doc=2, region=120000, period=label)])) == [[1], [2]]


def test_the_outcome_does_not_depend_on_the_order_of_the_mentions():
    ms = [mention(1, doc=1, region=120000, period=Y2024), mention(2, doc=1, metric=None),
          mention(3, doc=2, region=120000, period=Y2024), mention(4, doc=3, region=110000,
                                                                  period=Y2024)]
    assert ids(fx.gather(ms)) == ids(fx.gather(reversed(ms))) == [[1, 2, 3], [4]]



def test_groups_made_beforehand_give_the_same_facts():
    """A refresh groups the new mentions once (to find the facts they could join) and hands
    those groups to the merge: a block they cover whole is not grouped again, a block that also
    holds older mentions is, and either way the facts are those of grouping from scratch."""
    new = [mention(1, doc=1, region=120000, period=Y2024), mention(2, doc=1, metric=None),
           mention(5, doc=1, value=45.0, unit="%", metric="增幅")]
    old = [mention(3, doc=2, region=120000, period=Y2024),
           mention(4, doc=3, region=110000, period=Y2024)]
    local = fx.local_groups(new)
    assert fx.cross_document_keys(local=local) == fx.cross_document_keys(new) == {
        (fx.block_of("人次", "exact", "outcome", 371000000.0, None), 120000, Y2024)}
    assert ids(fx.gather(new + old, local)) == ids(fx.gather(new + old)) == [[1, 2, 3], [4], [5]]
    assert ids(fx.gather(new, fx.local_groups(new))) == [[1, 2], [5]]

# -- comparisons and derived values, pure ------------------------------------------------------

def spans(text: str, *surfaces: tuple[str, float, str]) -> list[fx.Span]:
    out, at = [], 0
    for surface, value, unit in surfaces:
        start = text.index(surface, at)
        out.append(fx.Span(start, start + len(surface), value, unit))
        at = start + len(surface)
    return out


def test_growth_against_the_year_before_gives_the_base_value_to_the_cent():
    text = "全年发放互助金5.5亿元，较上年增长10%。"
    [c] = fx.find_comparisons(text, spans(text, ("5.5亿元", 550000000.0, "元"),
                                          ("10%", 10.0, "%")))
    assert (c.base, c.relation, c.rate, c.rate_unit, c.rate_index, c.year) == (
        0, "up", 10.0, "%", 1, None)
    d = fx.derive(550000000.0, None, "exact", "5.5亿元", c)
    assert (d.value, d.qualifier, d.formula) == (500000000.0, "exact", "5.5亿元 ÷ (1 + 10%)")
    period = Period("2024年", date(2024, 1, 1), date(2024, 12, 31), "year")
    assert fx.compared_period(period, c) == Period("2023年", date(2023, 1, 1),
                                                   date(2023, 12, 31), "year")
    # to the cent: 1200000 / 1.12 = 1071428.571...
    d = fx.derive(1200000.0, None, "exact", "120万人次", fx.Comparison(0, "up", 12.0, "%"))
    assert d.value == 1071428.57


def test_percentage_points_multiples_and_declines():
    text = "参保率达到95.2%，比上年下降0.3个百分点。参保人数300万人，是2020年的2.5倍。"
    found = fx.find_comparisons(text, spans(text, ("95.2%", 95.2, "%"),
                                            ("0.3个百分点", 0.3, "百分点"),
                                            ("300万人", 3000000.0, "人"), ("2.5倍", 2.5, "倍")))
    assert [(c.base, c.relation, c.rate, c.rate_unit, c.year) for c in found] == [
        (0, "down", 0.3, "百分点", None), (2, "times", 2.5, "倍", 2020)]
    assert fx.derive(95.2, None, "exact", "95.2%", found[0]).value == 95.5
    assert fx.derive(3000000.0, None, "exact", "300万人", found[1]).value == 1200000.0
    period = Period("2024年", date(2024, 1, 1), date(2024, 12, 31), "year")
    assert fx.compared_period(period, found[1]).label == "2020年"
    text = "收入12亿元，同比下降20%。"
    [c] = fx.find_comparisons(text, spans(text, ("12亿元", 1.2e9, "元"), ("20%", 20.0, "%")))
    assert (c.relation, c.same_period) == ("down", True)
    assert fx.derive(1.2e9, None, "exact", "12亿元", c).value == 1500000000.0
    half = Period("1-6月", date(2024, 1, 1), date(2024, 6, 30), "range")
    assert fx.compared_period(half, c) == Period("2023年1月1日至6月30日", date(2023, 1, 1),
                                                 date(2023, 6, 30), "range")
    stock = Period("截至2024年底", None, date(2024, 12, 31), "open", True)
    assert fx.compared_period(stock, c).end == date(2023, 12, 31)


def test_qualifiers_are_carried_and_vague_rates_derive_nothing():
    approx = fx.Comparison(0, "up", 10.0, "%", rate_qualifier="approx")
    assert fx.derive(550000000.0, None, "exact", "5.5亿元", approx).qualifier == "approx"
    bound = fx.Comparison(0, "up", 10.0, "%", rate_qualifier="more_than")
    assert fx.derive(550000000.0, None, "exact", "5.5亿元", bound) is None
    exact = fx.Comparison(0, "up", 10.0, "%")
    d = fx.derive(5.5e8, 6.6e8, "exact", "5.5亿至6.6亿元", exact)
    assert (d.value, d.value_max) == (500000000.0, 600000000.0)
    assert fx.derive(5.5e8, None, "more_than", "5.5亿多元", exact).qualifier == "more_than"


def test_comparisons_that_belong_to_another_figure_are_left_alone():
    # 分别: the rates go to the figures in order, not to the nearest one
    text = "关税354亿元，进口环节税585亿元，分别比上年增长4%和14.6%。"
    assert fx.find_comparisons(text, spans(text, ("354亿元", 3.54e10, "元"),
                                           ("585亿元", 5.85e10, "元"), ("4%", 4.0, "%"),
                                           ("14.6%", 14.6, "%"))) == []
    # another subject after the comma
    text = "分流职工7.4万人，亏损额比上年下降14%。"
    assert fx.find_comparisons(text, spans(text, ("7.4万人", 74000.0, "人"),
                                           ("14%", 14.0, "%"))) == []
    # 增长2倍 reads both as 'twice' and 'three times'
    text = "收入300万元，比上年增长2倍。"
    assert fx.find_comparisons(text, spans(text, ("300万元", 3e6, "元"),
                                           ("2倍", 2.0, "倍"))) == []


# -- rows, on both backends --------------------------------------------------------------------

def test_the_seeds_national_figure_is_one_fact_with_two_mentions(seeds):
    assert seeds.q("SELECT value, unit, metric, region, period_start, period_end, mentions, "
                   "documents, surface FROM fact_table WHERE value = 371000000 AND unit = '人次'") \
        == [(371000000.0, "人次", "医保个人账户省内共济", "全国", "2024-01-01", "2024-12-31", 2, 1,
             "3.71亿人次")]
    assert seeds.q("SELECT COUNT(*) FROM figures WHERE fact_id IS NULL") == [(0,)]
    figures = seeds.q("SELECT COUNT(*) FROM figures")[0][0]
    assert seeds.q("SELECT SUM(mentions) FROM fact_table") == [(figures,)]


TIANJIN_A = "本报天津1月5日电 2024年，天津市总工会为困难职工发放互助金4975万元，惠及职工3.5万人。\n"
TIANJIN_B = "本报讯 记者从天津市总工会获悉，2024年天津市总工会为困难职工发放互助金4975万元。\n"
TIANJIN_C = "本报讯 天津市总工会日前通报，2024年天津市总工会为困难职工发放互助金5120万元。\n"
GROWTH = "本报讯 2023年，天津市总工会全年发放互助金5.5亿元，较上年增长10%。\n"


def pages(folder: Path, **texts: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.txt.meta.json").write_text('{"published_on": "2025-01-06"}',
                                                       encoding="utf-8")
    return folder


def consistent(db: Db) -> None:
    """Every figure has a fact, every reported fact a mention, every derived fact its base."""
    assert db.q("SELECT COUNT(*) FROM figures WHERE fact_id IS NULL") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM facts fa WHERE kind = 'reported' AND NOT EXISTS "
                "(SELECT 1 FROM figures f WHERE f.fact_id = fa.id)") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM facts fa WHERE kind = 'derived' AND NOT EXISTS "
                "(SELECT 1 FROM fact_sources s WHERE s.fact_id = fa.id AND s.role = 'base')") \
        == [(0,)]


def test_two_documents_with_the_same_figure_are_one_fact_and_another_value_a_conflict(
        tmp_path, db):
    folder = pages(tmp_path / "pages", a=TIANJIN_A, b=TIANJIN_B, c=TIANJIN_C)
    run_import(db.engine(), [folder])
    assert db.q("SELECT value, metric, region, period_label, mentions, documents, "
                "first_document FROM fact_table WHERE unit = '元' ORDER BY value") == [
        (49750000.0, "困难职工发放互助金", "天津市", "2024年", 2, 2, "a.txt"),
        (51200000.0, "困难职工发放互助金", "天津市", "2024年", 1, 1, "c.txt")]
    assert db.q("SELECT metric, region, period_start, value, document, other_value, "
                "other_document, same_document FROM fact_conflicts") == [
        ("困难职工发放互助金", "天津市", "2024-01-01", 49750000.0, "a.txt", 51200000.0, "c.txt", 0)]
    consistent(db)


def test_a_growth_rate_with_its_figure_gives_the_derived_base_value(tmp_path, db):
    run_import(db.engine(), [pages(tmp_path / "pages", growth=GROWTH)])
    assert db.q("SELECT kind, value, unit, qualifier, metric, period_label, period_start, "
                "region, organization, formula, base_surface, base_period_label "
                "FROM derived_facts") == [
        ("derived", 500000000.0, "元", "exact", "发放互助金", "2022年", "2022-01-01", "天津市",
         "天津市总工会", "5.5亿元 ÷ (1 + 10%)", "5.5亿元", "2023年")]
    # the derived value is kept apart from what the pages report
    assert db.q("SELECT COUNT(*) FROM fact_table WHERE value = 500000000") == [(0,)]
    assert db.q("SELECT s.role, b.value FROM fact_sources s JOIN facts b "
                "ON b.id = s.source_fact_id ORDER BY s.role") == [
        ("base", 550000000.0), ("rate", 10.0)]
    consistent(db)


def test_reimports_keep_facts_in_step_with_their_mentions(tmp_path, db):
    folder = pages(tmp_path / "pages", a=TIANJIN_A, b=TIANJIN_B, growth=GROWTH)
    engine = db.engine()
    run_import(engine, [folder])
    shared = "SELECT mentions, documents FROM fact_table WHERE value = 49750000"
    assert db.q(shared) == [(2, 2)]
    kept = db.q("SELECT fact_id FROM fact_table WHERE value = 49750000")
    # a changed page: its figure moves to another value, the shared fact loses a mention
    (folder / "b.txt").write_text(TIANJIN_C, encoding="utf-8")
    run_import(engine, [folder])
    assert db.q(shared) == [(1, 1)]
    assert db.q("SELECT fact_id FROM fact_table WHERE value = 49750000") == kept  # stable id
    assert db.q("SELECT COUNT(*) FROM fact_conflicts") == [(1,)]
    consistent(db)
    # a removed page: its facts go with their last mention, derived ones with their base
    (folder / "growth.txt").unlink()
    run_import(engine, [folder], prune=True)
    assert db.q("SELECT COUNT(*) FROM facts WHERE value IN (550000000, 500000000)") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM facts WHERE kind = 'derived'") == [(0,)]
    (folder / "b.txt").unlink()
    run_import(engine, [folder], prune=True)
    assert db.q("SELECT COUNT(*) FROM fact_conflicts") == [(0,)]
    assert db.q("SELECT value, documents FROM fact_table WHERE unit = '元'") == [(49750000.0, 1)]
    consistent(db)


def test_refreshing_the_touched_blocks_gives_what_recomputing_everything_gives(tmp_path, db):
    folder = pages(tmp_path / "pages", a=TIANJIN_A, growth=GROWTH)
    engine = db.engine()
    run_import(engine, [folder])
    pages(folder, b=TIANJIN_B, c=TIANJIN_C)
    run_import(engine, [folder])
    rows = ("SELECT kind, value, unit, metric, region, period_label, mentions, documents "
            "FROM fact_table ORDER BY value, unit")
    derived = "SELECT value, period_label, formula FROM derived_facts ORDER BY value"
    incremental = db.q(rows), db.q(derived)
    db.execute("DELETE FROM kb_meta WHERE key = 'facts_version'")  # as after an upgrade
    summary = run_import(engine, [folder])
    assert summary.unchanged == 4 and summary.changed == 0  # no page extracted again
    assert (db.q(rows), db.q(derived)) == incremental
    consistent(db)


def test_a_database_from_before_facts_gets_them_at_the_next_load(tmp_path, db):
    folder = pages(tmp_path / "pages", a=TIANJIN_A, b=TIANJIN_B)
    engine = db.engine()
    run_import(engine, [folder])
    db.execute("UPDATE figures SET fact_id = NULL")
    db.execute("DELETE FROM facts")
    db.execute("DELETE FROM kb_meta WHERE key = 'facts_version'")
    run_import(engine, [folder])
    assert db.q("SELECT value, documents FROM fact_table WHERE value = 49750000") == [
        (49750000.0, 2)]
    consistent(db)


PAGES = 400  # enough that a busy machine's kill still lands mid-load (150 were all stored once)


def test_a_killed_load_leaves_every_figure_with_a_fact_and_every_fact_with_a_mention(
        tmp_path, db):
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [TIANJIN_A, TIANJIN_B, TIANJIN_C, GROWTH]
    for i in range(PAGES):
        (folder / f"page{i:03d}.txt").write_text(
            texts[i % 4] + f"本报讯 今年全市新增会员{1000 + i}名。\n" * 40, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "minsheng.cli", "load", str(folder),
                             "--db", db.url, "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_documents(db, 5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    loaded = db.q("SELECT COUNT(*) FROM documents WHERE status = 'loaded'")[0][0]
    assert 0 < loaded < PAGES
    consistent(db)
    run_import(db.engine(), [folder], wait=30)
    consistent(db)
    assert db.q("SELECT mentions, documents FROM fact_table WHERE value = 49750000") == [
        (PAGES // 2, PAGES // 2)]


def test_the_datasette_export_describes_the_fact_views_and_lists_the_conflicts_query(seeds_db):
    from minsheng.models.database import open_engine
    from minsheng.models.datasette_export import datasette_metadata

    engine = open_engine(seeds_db)
    try:
        with engine.connect() as conn:
            database = datasette_metadata(conn, "kb")["databases"]["kb"]
    finally:
        engine.dispose()
    for view in ("fact_table", "derived_facts", "fact_conflicts", "facts", "fact_sources"):
        assert database["tables"][view]["description"], view
    query = database["queries"]["fact_conflicts"]
    assert query["params"] == ["metric"] and "FROM fact_conflicts" in query["sql"]
