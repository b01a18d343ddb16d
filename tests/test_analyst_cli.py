"""The command line as users of sqlite-utils, csvkit and psql expect it: --version, -h, shell
completion, help in words, output formats for scripts and reports, whole cells off the
terminal and a layout that fits on it, SQL from a file or standard input, and parameters that
say when they name nothing.

What only a terminal shows (cut cells, the record layout of a wide table) is checked on a real
pseudo-terminal (tests/terminal.py); by hand the same was looked at under tmux
(`tmux new-session -d -x 100`, `send-keys`, `capture-pane -p`)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from minsheng.cli import app
from terminal import on_terminal

runner = CliRunner()
LONG_EVIDENCE = ("SELECT evidence FROM figure_facts WHERE length(evidence) > 80 "
                 "ORDER BY figure_id LIMIT 1")


def invoke(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def commands(group=None, prefix=()):
    group = group or typer.main.get_command(app)
    for name, cmd in group.commands.items():
        yield prefix + (name,)
        if getattr(cmd, "commands", None):
            yield from commands(cmd, prefix + (name,))


# -- version, help, completion -----------------------------------------------------------------

def test_version():
    r = invoke("--version")
    assert r.exit_code == 0 and r.stdout == f"minsheng-kb {version('minsheng-kb')}\n"


def test_dash_h_is_help_everywhere():
    for path in [(), ("query", "run"), ("db", "upgrade"), ("show",)]:
        short, long = invoke(*path, "-h"), invoke(*path, "--help")
        assert short.exit_code == 0 and short.stdout == long.stdout and "Usage:" in short.stdout


def test_help_texts_name_no_python_types():
    python_type = re.compile(r"<(str|int|float|bool|path|file|list\[[^\]]*\]|Path)>")
    for path in [()] + list(commands()):
        text = invoke(*path, "--help").stdout
        assert not python_type.findall(text), (path, python_type.findall(text))
    sql_help = invoke("sql", "--help").stdout
    assert "-p, --param NAME=VALUE" in sql_help and "--db FILE|URL" in sql_help
    assert "--max-bytes MAX_BYTES" in invoke("load", "--help").stdout


def test_shell_completion_is_offered_and_completes_commands_and_formats():
    assert "--install-completion" in invoke("--help").stdout
    script = Path(sys.executable).parent / "minsheng"
    if not script.exists():
        pytest.skip("the minsheng script is not installed beside this Python")

    def complete(words: str, cword: int) -> list[str]:
        env = os.environ | {"_MINSHENG_COMPLETE": "complete_bash", "COMP_WORDS": words,
                            "COMP_CWORD": str(cword)}
        return subprocess.run([str(script)], env=env, capture_output=True, text=True,
                              timeout=60).stdout.split()

    assert complete("minsheng qu", 1) == ["query"]
    assert complete("minsheng sql --format m", 3) == ["markdown"]
    # typer asks the process tree which shell runs it (the option takes no shell name): run it
    # from bash, as a user types it, not from whatever started the tests
    shown = subprocess.run(["bash", "-c", f"'{script}' --show-completion; exit $?"], capture_output=True,
                           text=True, timeout=60)
    assert "complete -o default -F _minsheng_completion minsheng" in shown.stdout, shown.stderr


def test_a_bad_format_is_one_line_in_words(seeds_db):
    r = invoke("sql", "SELECT 1", "--db", seeds_db, "--format", "xml")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr == ("error: --format xml is not an output format: choose table, csv, tsv, "
                        "markdown, json, jsonl\n")


# -- formats ----------------------------------------------------------------------------------

def test_tsv_keeps_each_row_on_one_line(seeds_db):
    r = invoke("sql", "SELECT 'a' || char(9) || 'b' || char(10) || 'c' AS x, 195188.0 AS n",
               "--db", seeds_db, "--format", "tsv")
    assert r.exit_code == 0 and r.stdout == "x\tn\na\\tb\\nc\t195188\n"


def test_markdown_table_escapes_pipes(seeds_db):
    r = invoke("sql", "SELECT '滨州|市' AS region, 2165.0 AS value, NULL AS note",
               "--db", seeds_db, "--format", "markdown")
    assert r.stdout == ("| region | value | note |\n| --- | --- | --- |\n"
                        "| 滨州\\|市 | 2165 |  |\n")


def test_no_headers_gives_rows_only(seeds_db):
    sql = "SELECT surface, value FROM figure_facts WHERE surface = '195188人'"
    assert invoke("sql", sql, "--db", seeds_db, "-f", "csv", "--no-headers").stdout == \
        "195188人,195188\n"
    assert invoke("sql", sql, "--db", seeds_db, "--no-headers").stdout == "195188人  195188\n"
    bad = invoke("sql", sql, "--db", seeds_db, "-f", "json", "--no-headers")
    assert bad.exit_code == 2 and "--no-headers applies to table, csv, tsv" in bad.stderr


def test_cells_are_whole_when_standard_output_is_no_terminal(seeds_db):
    evidence = invoke("sql", LONG_EVIDENCE, "--db", seeds_db, "-f", "tsv",
                      "--no-headers").stdout.strip()
    assert len(evidence) > 80
    table = invoke("sql", LONG_EVIDENCE, "--db", seeds_db).stdout  # as `> file` or `| grep`
    assert evidence in table and "…" not in table


def test_on_a_terminal_cells_are_cut_and_a_wide_table_turns_into_records(seeds_db):
    narrow = on_terminal(["sql", LONG_EVIDENCE, "--db", seeds_db], columns=200)
    assert "…" in narrow and "RECORD" not in narrow
    wide = on_terminal(["sql", "SELECT surface, metric, region, organization, period_label, "
                               "evidence FROM figure_facts WHERE surface = '195188人'",
                        "--db", seeds_db], columns=60)
    assert "-[ RECORD 1 ]" in wide
    assert "surface      | 195188人" in wide and "organization | 滨州市总工会" in wide
    assert "(1 row)" in wide


def test_vertical_asks_for_records_anywhere(seeds_db):
    r = invoke("sql", "SELECT surface, region FROM figure_facts WHERE surface = '195188人'",
               "--db", seeds_db, "--vertical")
    assert r.stdout == "-[ RECORD 1 ]\nsurface | 195188人\nregion  | 滨州市\n(1 row)\n"


# -- where the SQL comes from -----------------------------------------------------------------

SQL = "SELECT value FROM figure_facts WHERE surface = :s"


def test_sql_from_a_file(tmp_path, seeds_db):
    q = tmp_path / "q.sql"
    q.write_text(SQL + "\n", encoding="utf-8")
    r = invoke("sql", "--file", q, "-p", "s=195188人", "--db", seeds_db, "-f", "csv")
    assert r.exit_code == 0 and r.stdout == "value\n195188\n"


def test_sql_from_standard_input(seeds_db):
    r = invoke("sql", "-", "-p", "s=195188人", "--db", seeds_db, "-f", "csv", input=SQL)
    assert r.exit_code == 0 and r.stdout == "value\n195188\n"


@pytest.mark.parametrize("args, message", [
    (["SELECT 1", "--file", "q.sql"], "give the SQL once"),
    (["--file", "nowhere.sql"], "--file nowhere.sql: no such file"),
    ([], "no SQL given"),
    (["   "], "the SQL is empty"),
])
def test_sql_source_errors_are_one_line(seeds_db, args, message):
    r = invoke("sql", *args, "--db", seeds_db)
    assert r.exit_code == 2 and r.stderr.startswith("error: ") and message in r.stderr
    assert r.stderr.count("\n") == 1


# -- saved queries and their parameters -------------------------------------------------------

def test_a_misspelt_query_name_gets_a_suggestion(seeds_db):
    r = invoke("query", "run", "region_figure", "-p", "region=滨州市", "--db", seeds_db)
    assert r.exit_code == 2
    assert "no saved query named 'region_figure'; did you mean region_figures" in r.stderr


def test_the_same_parameter_twice_is_an_error(seeds_db):
    r = invoke("query", "run", "region_figures", "-p", "region=滨州市", "-p", "region=烟台市",
               "--db", seeds_db)
    assert r.exit_code == 2 and r.stdout == ""
    assert "parameter region is given twice (region=滨州市 and region=烟台市)" in r.stderr


def test_a_region_that_matches_nothing_warns_and_the_query_runs(seeds_db):
    r = invoke("query", "run", "region_figures", "-p", "region=滨洲市", "--db", seeds_db,
               "-f", "csv")
    assert r.exit_code == 0
    assert r.stdout.startswith("region,region_code,metric") and r.stdout.count("\n") == 1
    assert r.stderr.startswith("warning: no region in the knowledge base matches region=滨洲市")
    assert "did you mean 滨州市" in r.stderr


def test_a_region_that_exists_says_nothing(seeds_db):
    r = invoke("query", "run", "region_figures", "-p", "region=滨州", "--db", seeds_db,
               "-f", "csv")
    assert r.exit_code == 0 and r.stderr == "" and "195188" in r.stdout


def test_programme_organisation_and_kind_are_checked_too(seeds_db):
    program = invoke("query", "run", "program_figures", "-p", "program=医疗互组", "--db",
                     seeds_db, "-f", "csv")
    assert "no programme in the knowledge base matches program=医疗互组" in program.stderr
    assert "did you mean 医疗互助" in program.stderr
    kind = invoke("query", "run", "organizations", "-p", "kind=unoin", "--db", seeds_db)
    assert kind.exit_code == 0 and "kind 'unoin' is no organisation kind" in kind.stderr


def test_metric_and_program_match_alike_by_part_of_the_name(seeds_db):
    def rows(*params):
        r = invoke("query", "run", "metric_comparison", *params, "--db", seeds_db, "-f", "csv")
        assert r.exit_code == 0 and r.stderr == "", r.stderr
        return r.stdout

    part = rows("-p", "metric=入会职工")
    assert "195188" in part
    assert part == rows("-p", "metric=%入会职工%")   # a LIKE pattern still works
    programme = invoke("query", "run", "program_figures", "-p", "program=医疗互助", "--db",
                       seeds_db, "-f", "csv").stdout
    assert "195188" in programme                     # 医疗互助 finds 职工医疗互助
    missing = invoke("query", "run", "metric_comparison", "-p", "metric=入会职工数量",
                     "--db", seeds_db, "-f", "csv")
    assert "no metric in the knowledge base matches metric=入会职工数量" in missing.stderr


def test_parameter_checks_and_metric_matching_work_on_both_backends(seeds):
    r = invoke("query", "run", "region_figures", "-p", "region=滨洲市", "--db", seeds.url,
               "-f", "csv")
    assert r.exit_code == 0 and "did you mean 滨州市" in r.stderr
    part = invoke("query", "run", "metric_comparison", "-p", "metric=入会职工", "--db",
                  seeds.url, "-f", "csv")
    assert part.exit_code == 0 and part.stderr == "" and "195188" in part.stdout


def test_every_command_says_what_it_does_and_every_format_is_in_the_readme():
    group = typer.main.get_command(app)
    for path in commands():
        cmd = group
        for name in path:
            cmd = cmd.commands[name]
        assert (cmd.help or "").strip(), path
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    from minsheng.output import FORMATS

    listed = re.search(r"`--format ([a-z|]+)`", readme).group(1).split("|")
    assert set(FORMATS) == set(listed) | {"table"}
