"""Corrections by hand: made with `minsheng correct`, shown by figure_facts, kept across a
re-import of a changed page, a new extractor version and a prune + reload, orphaned (and said
so) when the figure's own text changes, and carried through CSV unchanged. Every test runs on
SQLite and on PostgreSQL."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.etl import importer
from minsheng.etl.importer import SEEDS
from minsheng.models.corrections import (
    Anchor, Candidate, CorrectionError, match, parse_period,
)

runner = CliRunner()
PAGE = "004_e86dd7614ee5e10f.txt"  # 社区配备1500张床位: linked to the article's lead body
BEDS = "1500张床位"


def cli(*args: str):
    return runner.invoke(app, [*args])


@pytest.fixture
def page(tmp_path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEEDS / PAGE, folder / PAGE)
    return folder / PAGE


def keep_another_page(folder: Path) -> None:
    """A folder listed empty is taken for a share that is not mounted, and --prune removes
    nothing from it: a test that moves the page away leaves another one behind."""
    shutil.copy(SEEDS / "002_dc12a1cdb008b1f2.txt", folder)


def load(db, folder: Path, *extra: str):
    r = cli("load", str(folder), "--db", db.url, "--workers", "1", *extra)
    assert r.exit_code == 0, r.output
    return r


def beds(db) -> list[tuple]:
    return db.q("SELECT organization, region, period_label, period_start, period_end, measure, "
                "measure_basis, corrected FROM figure_facts WHERE surface = :s", s=BEDS)


def figure_id(db, surface: str = BEDS) -> int:
    return db.q("SELECT figure_id FROM figure_facts WHERE surface = :s", s=surface)[0][0]


def correct_beds(db) -> None:
    r = cli("correct", str(figure_id(db)), "--organization", "鹏瑞利养老社区", "--region", "天津市",
            "--period", "2025", "--measure", "health_facilities", "--note", "the beds are the "
            "care home's, the hospital hall is the next story", "--by", "reviewer", "--db", db.url)
    assert r.exit_code == 0, r.output


CORRECTED = [("鹏瑞利养老社区", "天津市", "2025", "2025-01-01", "2025-12-31", "health_facilities",
              "corrected", 1)]


def test_a_correction_shows_in_figure_facts_and_the_extraction_stays_for_audit(db, page):
    load(db, page.parent)
    assert beds(db) == [("天津市医保局", "京津冀", None, None, None, "health_facilities",
                         "床位", 0)]
    correct_beds(db)
    assert beds(db) == CORRECTED
    # the figure's own row still says what the extractor said
    assert db.q("SELECT o.name FROM figures f JOIN organizations o ON o.id = f.organization_id "
                "WHERE f.surface = :s", s=BEDS) == [("天津市医保局",)]
    assert db.q("SELECT created_by, note, organization FROM corrections") == [
        ("reviewer", "the beds are the care home's, the hospital hall is the next story",
         "鹏瑞利养老社区")]
    # correcting again changes the same correction
    fid = figure_id(db)
    assert cli("correct", str(fid), "--organization", "鹏瑞利", "--db", db.url).exit_code == 0
    assert db.q("SELECT COUNT(*), MIN(organization), MIN(period_label) FROM corrections") == [
        (1, "鹏瑞利", "2025")]


def test_one_byte_changed_elsewhere_and_text_added_before_it_keep_the_correction(db, page):
    load(db, page.parent)
    correct_beds(db)
    text = page.read_text(encoding="utf-8")
    # a character changed in another paragraph, and words added before the figure in its own
    page.write_text(text.replace("天津市肿瘤医院门诊大厅", "天津市肿瘤医院门诊大堂", 1)
                    .replace("社区配备1500张床位", "目前社区配备1500张床位", 1), encoding="utf-8")
    r = load(db, page.parent)
    assert "corrections: 1 applied again, 0 orphaned" in r.output
    assert beds(db) == CORRECTED
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE corrected") == [(1,)]


def test_a_new_extractor_version_and_a_prune_and_reload_keep_it(db, page, monkeypatch):
    load(db, page.parent)
    correct_beds(db)
    monkeypatch.setattr(importer, "EXTRACTOR_VERSION", "next")
    load(db, page.parent)
    assert beds(db) == CORRECTED
    keep_another_page(page.parent)
    moved = page.parent.parent / PAGE
    page.rename(moved)
    r = load(db, page.parent, "--prune")
    assert "corrections: 0 applied again, 1 orphaned" in r.output
    assert db.q("SELECT COUNT(*) FROM corrections WHERE figure_id IS NULL") == [(1,)]
    moved.rename(page)
    load(db, page.parent)
    assert beds(db) == CORRECTED


def test_a_page_moved_to_another_folder_is_found_by_its_content(db, page, tmp_path):
    load(db, page.parent)
    correct_beds(db)
    keep_another_page(page.parent)
    moved = tmp_path / "moved"
    moved.mkdir()
    page.rename(moved / PAGE)
    assert "1 orphaned" in load(db, page.parent, "--prune").output
    r = load(db, moved)
    assert "corrections: 1 applied again, 0 orphaned" in r.output
    assert beds(db) == CORRECTED
    assert db.q("SELECT document_path FROM corrections") == [(str((moved / PAGE).resolve()),)]


def test_a_change_of_the_figures_own_text_orphans_it_and_says_so(db, page):
    load(db, page.parent)
    correct_beds(db)
    page.write_text(page.read_text(encoding="utf-8").replace(BEDS, "1600张床位", 1),
                    encoding="utf-8")
    r = load(db, page.parent)
    assert "corrections: 0 applied again, 1 orphaned (minsheng corrections list --orphaned)" \
        in r.output
    # applied to nothing: not to the new figure, nor to any other
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE corrected") == [(0,)]
    assert db.q("SELECT organization FROM figure_facts WHERE surface = '1600张床位'") == [
        ("天津市医保局",)]
    r = cli("corrections", "list", "--orphaned", "--db", db.url, "--format", "csv")
    assert r.exit_code == 0
    rows = r.stdout.splitlines()
    assert rows[0].startswith("id,state,figure_id,document,article_seq,surface,region")
    assert len(rows) == 2 and ",orphaned,," in rows[1] and BEDS in rows[1]


def test_export_delete_import_gives_identical_corrections(db, page, tmp_path):
    load(db, page.parent)
    correct_beds(db)
    r = cli("correct", str(figure_id(db, "5分钟")), "--not-a-figure", "--note", "a walk, not a "
            "reported figure", "--by", "reviewer", "--db", db.url)
    assert r.exit_code == 0, r.output
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE surface = '5分钟'") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM figures WHERE surface = '5分钟'") == [(1,)]
    first = tmp_path / "first.csv"
    assert cli("corrections", "export", "--output", str(first), "--db", db.url).exit_code == 0
    assert cli("corrections", "delete", "--all", "--db", db.url).exit_code == 0
    assert db.q("SELECT COUNT(*) FROM corrections") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE surface = '5分钟'") == [(1,)]
    r = cli("corrections", "import", str(first), "--db", db.url)
    assert r.exit_code == 0, r.output
    assert "imported 2 corrections (0 replaced): 2 applied, 0 orphaned" in r.output
    second = tmp_path / "second.csv"
    assert cli("corrections", "export", "--output", str(second), "--db", db.url).exit_code == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    lines = first.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and "鹏瑞利养老社区" in first.read_text(encoding="utf-8")
    assert beds(db) == CORRECTED
    assert db.q("SELECT COUNT(*) FROM figure_facts WHERE surface = '5分钟'") == [(0,)]


def test_bad_input_is_one_clear_line(db, page, tmp_path):
    load(db, page.parent)
    fid = str(figure_id(db))
    cases = [
        (["correct", "999999", "--region", "天津市"], "no figure has the id 999999"),
        (["correct", fid], "nothing to correct"),
        (["correct", fid, "--measure", "no_such_code"], "no measure has the code 'no_such_code'"),
        (["correct", fid, "--region", "火星"], "no region is called '火星'"),
        (["correct", fid, "--region", "鼓楼区"], "region '鼓楼区' is ambiguous"),
        (["correct", fid, "--period", "last spring"], "period 'last spring' is not a date"),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    cases.append((["corrections", "import", str(bad)], "not a corrections file"))
    for args, message in cases:
        r = cli(*args, "--db", db.url)
        assert r.exit_code == 2, (args, r.output)
        assert message in r.output and "Traceback" not in r.output
    assert db.q("SELECT COUNT(*) FROM corrections") == [(0,)]


# -- the pure parts ---------------------------------------------------------------------------

def _anchor(seq=1, start=10, surface="12人", before="为困难职工", after="发放慰问金。"):
    return Anchor(seq, start, start + len(surface), surface, before, after)


def test_match_prefers_the_same_place_then_the_same_words_around_it():
    here = Candidate(1, _anchor())
    moved = Candidate(2, _anchor(start=14))
    other_words = Candidate(3, _anchor(start=40, before="另有"))
    assert match(_anchor(), [moved, here, other_words]) is here
    assert match(_anchor(), [moved, other_words]) is moved
    # the words around changed, the figure stands where it stood: still it
    assert match(_anchor(), [Candidate(4, _anchor(after="发放补助金。"))]).figure_id == 4
    # the words on one side changed and it moved: the nearest with the other side the same
    assert match(_anchor(), [Candidate(6, _anchor(start=30, before="目前为困难职工")),
                             Candidate(7, _anchor(start=12, before="向困难职工"))]).figure_id == 7
    # another surface, or the same surface elsewhere with other words around: nothing
    assert match(_anchor(), [Candidate(5, _anchor(surface="13人"))]) is None
    assert match(_anchor(), [other_words]) is None


def test_periods_are_read_as_people_type_them():
    assert [str(d) for d in parse_period("2024")] == ["2024-01-01", "2024-12-31"]
    assert [str(d) for d in parse_period("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [str(d) for d in parse_period("2024-Q3")] == ["2024-07-01", "2024-09-30"]
    assert [str(d) for d in parse_period("2024H1")] == ["2024-01-01", "2024-06-30"]
    assert [str(d) for d in parse_period("2021-04..2021-10")] == ["2021-04-01", "2021-10-31"]
    with pytest.raises(CorrectionError):
        parse_period("2024-10..2024-01")


# -- the README's two answers --------------------------------------------------------------------

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_line(prefix: str) -> str:
    return next(line for line in README.read_text(encoding="utf-8").splitlines()
                if line.startswith(prefix))


def test_the_readme_correction_fixes_the_figure_on_the_seeds(db):
    import shlex

    load(db, SEEDS)
    assert db.q("SELECT figure_id, organization, corrected FROM figure_facts "
                "WHERE surface = :s", s=BEDS) == [(219, "天津市医保局", 0)]
    command = shlex.split(_readme_line("minsheng correct 219 "))
    r = runner.invoke(app, [*command[1:], "--db", db.url], env={"USER": "analyst"})
    assert r.exit_code == 0, r.output
    assert db.q("SELECT figure_id, surface, region, organization, corrected, correction_id "
                "FROM figure_facts WHERE corrected") == [
        (219, BEDS, "天津市", "鹏瑞利养老社区", 1, 1)]
    assert db.q("SELECT created_by, note, figure_id FROM corrections") == [
        ("analyst", "the beds are the care home's", 219)]


def test_the_readme_shows_what_measure_by_region_prints_on_the_seeds(seeds):
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("$ minsheng query run measure_by_region -p measure=mutual_aid_payout")
    pasted = lines[start + 1:lines.index("```", start)]
    r = runner.invoke(app, ["query", "run", "measure_by_region", "-p",
                            "measure=mutual_aid_payout", "--db", seeds.url])
    assert r.exit_code == 0, r.output
    assert [line.rstrip() for line in r.stdout.splitlines()] == pasted


def test_a_database_from_before_corrections_is_told_to_upgrade(db):
    from minsheng import migrations

    engine = db.engine()
    migrations.upgrade(engine, "0005")
    r = cli("corrections", "list", "--db", db.url)
    assert r.exit_code == 2
    assert "predates corrections; run `minsheng db upgrade`" in r.output


def test_a_corrected_region_moves_the_figure_in_region_figures(db, page):
    load(db, page.parent)
    r = cli("correct", str(figure_id(db)), "--region", "河北省", "--db", db.url)
    assert r.exit_code == 0, r.output
    def rows(region):
        r = cli("query", "run", "region_figures", "-p", f"region={region}", "--db", db.url,
                "--format", "csv")
        assert r.exit_code == 0, r.output
        return [(row["region"], row["region_code"], row["surface"])
                for row in csv.DictReader(io.StringIO(r.stdout)) if row["surface"] == BEDS]

    assert rows("河北省") == [("河北省", "130000", BEDS)]
    assert rows("天津市") == []


# -- facts follow the corrections ---------------------------------------------------------------

def beds_fact(db) -> list[tuple]:
    return db.q("SELECT t.organization, t.region, CAST(t.period_start AS TEXT), "
                "CAST(t.period_end AS TEXT), t.measure, "
                "t.mentions FROM fact_table t JOIN figures f ON f.fact_id = t.fact_id "
                "WHERE f.surface = :s", s=BEDS)


def consistent(db) -> None:
    """Every figure not corrected away has a fact, every fact a mention, and the corrected-away
    figures none."""
    assert db.q("SELECT COUNT(*) FROM figures f LEFT JOIN corrections c ON c.figure_id = f.id "
                "WHERE f.fact_id IS NULL AND NOT COALESCE(c.not_a_figure, FALSE)") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM figures f JOIN corrections c ON c.figure_id = f.id "
                "WHERE c.not_a_figure AND f.fact_id IS NOT NULL") == [(0,)]
    assert db.q("SELECT COUNT(*) FROM facts t WHERE t.kind = 'reported' AND NOT EXISTS "
                "(SELECT 1 FROM figures f WHERE f.fact_id = t.id)") == [(0,)]


def test_facts_take_the_corrected_values_and_give_them_back_when_it_is_deleted(db, page):
    load(db, page.parent)
    before = beds_fact(db)
    assert before == [("天津市医保局", "京津冀", None, None, "health_facilities", 1)]
    correct_beds(db)
    assert beds_fact(db) == [("鹏瑞利养老社区", "天津市", "2025-01-01", "2025-12-31",
                              "health_facilities", 1)]
    consistent(db)
    # the catalog row of the corrected period says what it spans
    assert db.q("SELECT p.granularity FROM facts t JOIN reporting_periods p "
                "ON p.id = t.period_id JOIN figures f ON f.fact_id = t.id "
                "WHERE f.surface = :s", s=BEDS) == [("year",)]
    assert cli("corrections", "delete", "--all", "--db", db.url).exit_code == 0
    assert beds_fact(db) == before
    consistent(db)


def test_a_figure_corrected_as_no_figure_leaves_the_facts(db, page):
    load(db, page.parent)
    facts = db.q("SELECT COUNT(*) FROM facts")[0][0]
    r = cli("correct", str(figure_id(db)), "--not-a-figure", "--db", db.url)
    assert r.exit_code == 0, r.output
    assert beds_fact(db) == []
    assert db.q("SELECT COUNT(*) FROM facts") == [(facts - 1,)]
    consistent(db)


def test_facts_stay_corrected_after_a_reimport_of_the_changed_page(db, page):
    load(db, page.parent)
    correct_beds(db)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("天津市肿瘤医院门诊大厅", "天津市肿瘤医院门诊大堂", 1),
                    encoding="utf-8")
    load(db, page.parent)
    assert beds_fact(db) == [("鹏瑞利养老社区", "天津市", "2025-01-01", "2025-12-31",
                              "health_facilities", 1)]
    consistent(db)
