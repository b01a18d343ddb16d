"""A time on a game's clock told as when something happened (在末节9分56秒时, 比赛打到4分24秒,
第2分10秒) is a moment, no length of time; a time taken or left stays a figure (用时2分51秒,
还剩1分40秒时: guards). Sentences written for this test; the first case failed on 2026.12.20."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float]]:
    return [(f.surface, f.value) for f in extract_figures(text)]


def test_moments_of_a_game():
    assert found("在末节9分56秒时保罗突破上篮。比赛打到4分24秒，勇士突然哑火。") == []


def test_times_taken_or_left():  # (guards)
    assert found("他用时2分51秒跑完全程，还剩1分40秒时绿军发起反击。") == [
        ("2分51秒", 171.0), ("1分40秒", 100.0)]
