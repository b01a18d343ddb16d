"""A game's format is written as two numbers around V or 对 (3V3 篮球赛, 三对三比赛, 1对1): so many
players a side, no count of volts or pairs. A number of pairs (52对夫妇) or volts (220V) is a
figure still.

Sentences written for this test. The first case failed on 2026.12.32."""
from __future__ import annotations

from minsheng.etl.figures import extract_figures


def _surfaces(text: str) -> list[str]:
    return [f.surface for f in extract_figures(text)]


def test_a_games_format_is_no_figure():
    assert _surfaces("这是一场3V3篮球赛，另有5V5比赛。他们进行三对三比赛，还有1对1对抗。") == []


def test_pairs_and_volts_are_figures():  # (guard)
    assert _surfaces("共有52对夫妇参加，电源电压为220V。") == ["52对", "220V"]
