"""`minsheng show DOCUMENT [ARTICLE]`: the stored article with its figures marked where they
stand (brackets off a terminal, highlighted on one: checked on a pseudo-terminal here and by
eye under tmux) and a table of its figures read from figure_facts, whose new columns appear
without a change to the command."""
from __future__ import annotations

import re
import shutil
import sqlite3

from typer.testing import CliRunner

from minsheng.cli import app
from minsheng.models.show import marked, pieces
from terminal import on_terminal

runner = CliRunner()
DOC = "001_d20e51d4ccced1e1.txt"


def show(*args):
    return runner.invoke(app, ["show", *map(str, args)])


def test_marked_puts_each_figure_in_brackets():
    assert marked("入会职工达195188人,累计36.7万人次", [(5, 12), (15, 22)]) == \
        "入会职工达[195188人],累计[36.7万人次]"


def test_pieces_keep_the_text_whole_whatever_the_spans():
    body = "入会职工达195188人"
    for spans in ([(5, 12), (6, 9)], [(5, 40)], [(3, 3)], []):
        assert "".join(p for p, _ in pieces(body, spans)) == body


def test_show_marks_the_figures_and_tables_them_with_region_organisation_period(seeds_db):
    r = show(DOC, 1, "--db", seeds_db)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == f"{DOC}, article 1 of 8: 滨州职工医疗互助保障工作走在全国前列"
    assert "入会职工达[195188人]" in r.stdout and "入会单位[2165个]" in r.stdout
    header = next(line for line in lines if line.startswith("#  "))
    for column in ("surface", "value", "unit", "metric", "period_label", "region",
                   "organization", "program"):
        assert column in header.split()
    row = next(line for line in lines if "195188人" in line and line[0].isdigit()).split()
    assert row[1:4] == ["195188人", "195188", "人"]
    assert {"滨州市", "滨州市总工会", "截至今年7月底", "入会职工"} <= set(row)
    # the ids, offsets and evidence stay out of the table
    assert "evidence" not in header and "figure_id" not in header


def test_show_without_an_article_shows_each(seeds_db):
    r = show("001_d20e51d4ccced1e1", "--db", seeds_db)
    assert r.exit_code == 0
    assert [line.split(",")[1].split(":")[0].strip() for line in r.stdout.splitlines()
            if line.startswith(DOC + ", article")] == [f"article {n} of 8" for n in range(1, 9)]


def test_a_new_figure_facts_column_appears_in_the_table(tmp_path, seeds_db):
    db = tmp_path / "kb.db"
    shutil.copy(seeds_db, db)
    con = sqlite3.connect(db)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'figure_facts'").fetchone()[0]
    select = sql[sql.index("SELECT"):]
    con.execute("DROP VIEW figure_facts")
    con.execute(f"CREATE VIEW figure_facts AS SELECT *, 'named before it' AS link_note "
                f"FROM ({select})")
    con.commit()
    con.close()
    r = show(DOC, 1, "--db", db, "--vertical")
    assert r.exit_code == 0, r.output
    assert re.search(r"^link_note +\| named before it$", r.stdout, re.M)


def test_on_a_terminal_figures_are_highlighted_not_bracketed(seeds_db):
    screen = on_terminal(["show", DOC, "1", "--db", seeds_db], columns=200)
    assert "\x1b[1;30;43m195188人\x1b[0m" in screen
    assert "[195188人]" not in screen


def test_unknown_document_and_article_are_one_line_each(seeds_db):
    doc = show("001_d20e51d4", "--db", seeds_db)
    assert doc.exit_code == 2
    assert doc.stderr == f"error: no document named '001_d20e51d4'; did you mean {DOC}?\n"
    art = show(DOC, 9, "--db", seeds_db)
    assert art.exit_code == 2
    assert art.stderr == f"error: {DOC} has no article 9: it has articles 1 to 8\n"


def test_show_reads_either_backend(seeds):
    r = show(DOC, 1, "--db", seeds.url)
    assert r.exit_code == 0, r.output
    assert "入会职工达[195188人]" in r.stdout
    from sqlalchemy import text

    with seeds.engine().connect() as conn:
        doc_id = conn.execute(text("SELECT id FROM documents WHERE name = :n"), {"n": DOC}).scalar()
    by_id = show(doc_id, 1, "--db", seeds.url)
    assert by_id.exit_code == 0 and by_id.stdout.startswith(DOC)
