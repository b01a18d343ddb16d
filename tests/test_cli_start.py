"""Every command starts by importing the command line; only ``load``, ``extract`` and ``db``
need the pipeline, its segmenter and Alembic, which made up 0.3 s of each query's start."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("minsheng.etl.pipeline", "minsheng.etl.importer", "minsheng.migrations", "alembic",
         "jieba", "rjieba")


def test_the_command_line_imports_no_pipeline_until_a_command_needs_it():
    probe = ("import sys, minsheng.cli; "
             f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == []


def test_a_query_still_imports_no_pipeline(seeds_db):
    probe = ("import sys\n"
             "from typer.testing import CliRunner\n"
             "from minsheng.cli import app\n"
             f"r = CliRunner().invoke(app, ['sql', 'SELECT COUNT(*) FROM figures', '--db', {seeds_db!r}])\n"
             "assert r.exit_code == 0, r.output\n"
             f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == []
