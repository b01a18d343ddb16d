"""The benches. bench/load_throughput.py's summary of repeated runs: the numbers quoted for the
two-worker speed-up come from it, so its arithmetic is checked on made-up runs. And
bench/read_throughput.py, run on the seeds."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from load_throughput import _summary, _worker_counts  # noqa: E402


def run(workers: int, seconds: float, vs_jieba: float) -> dict:
    return {"workers": workers, "seconds": seconds, "speed_vs_jieba": vs_jieba}


def test_each_count_prints_its_middle_run_and_the_range():
    runs = {1: [run(1, 7.8, 0.81), run(1, 5.0, 0.92), run(1, 6.3, 0.76)],
            2: [run(2, 4.5, 1.10), run(2, 4.1, 1.12), run(2, 5.9, 0.86)]}
    out = _summary(runs)
    assert out[1]["seconds"] == 6.3 and out[1]["runs"] == 3
    assert out[1]["seconds_range"] == "5.0-7.8"
    assert out[1]["speed_vs_jieba_range"] == "0.76-0.92"
    assert out[2]["seconds"] == 4.5 and out[2]["seconds_range"] == "4.1-5.9"


def test_the_speed_up_is_taken_pair_by_pair_in_run_order():
    """Round 1: 7.8 s against 4.5 s; round 2: 5.0 against 4.1; round 3: 6.3 against 5.9. Not
    the best of one against the best of the other."""
    runs = {1: [run(1, 7.8, 0.8), run(1, 5.0, 0.9), run(1, 6.3, 0.8)],
            2: [run(2, 4.5, 1.1), run(2, 4.1, 1.1), run(2, 5.9, 0.9)]}
    out = _summary(runs)
    assert out[2]["speedup_over_1_pairs"] == "1.07, 1.22, 1.73"
    assert "speedup_over_1_pairs" not in out[1]


def test_an_even_number_of_runs_prints_the_faster_middle_one():
    out = _summary({1: [run(1, 6.0, 0.8), run(1, 5.0, 0.9)]})
    assert out[1]["seconds"] == 5.0 and out[1]["seconds_range"] == "5.0-6.0"


def test_runs_without_the_yardstick_have_no_jieba_range():
    out = _summary({1: [{"workers": 1, "seconds": 5.0}]})
    assert "speed_vs_jieba_range" not in out[1]


def test_worker_counts():
    assert _worker_counts("2") == [2]
    assert _worker_counts("1,2") == [1, 2]
    for bad in ("0", "1,x", "", "-1"):
        with pytest.raises(argparse.ArgumentTypeError):
            _worker_counts(bad)


def test_each_pair_gets_the_speed_up_its_cpu_time_allows_on_the_cores():
    """The 2-worker run of round 1 spent 6.0 s of CPU: on 2 cores no less than 3.0 s, so against
    the 1-process run's 5.1 s the most that pair could show is 1.7; round 2: 5.4 / (7.2 / 2)."""
    def timed(workers, seconds, loader, extraction):
        return {"workers": workers, "seconds": seconds, "cpu_loader_s": loader,
                "cpu_workers_s": extraction}
    runs = {1: [timed(1, 5.1, 6.2, 0.0), timed(1, 5.4, 6.3, 0.0)],
            2: [timed(2, 3.6, 2.0, 4.0), timed(2, 4.0, 2.8, 4.4)]}
    out = _summary(runs, cores=2)
    assert out[2]["speedup_over_1_pairs"] == "1.35, 1.42"
    assert out[2]["speedup_bound_pairs"] == "1.5, 1.7"
    assert "speedup_bound_pairs" not in out[1]


def test_the_read_bench_exports_every_figure_of_the_seeds_in_each_format(seeds_db):
    import sqlite3
    with sqlite3.connect(seeds_db) as conn:
        figures = conn.execute("SELECT COUNT(*) FROM figure_facts").fetchone()[0]
    bench = Path(__file__).resolve().parent.parent / "bench" / "read_throughput.py"
    import json
    import subprocess
    out = subprocess.run([sys.executable, str(bench), "--corpus", "seeds", "--copies", "2",
                          "--repeat", "1", "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    # two copies of the seeds: their figures twice
    assert figures > 300
    assert {f: result[f]["rows"] for f in ("csv", "jsonl", "json", "table")} == \
        dict.fromkeys(("csv", "jsonl", "json", "table"), 2 * figures)
    assert result["backend"] == "sqlite" and result["start_help_ms"] > 0
