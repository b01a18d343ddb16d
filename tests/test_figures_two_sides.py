"""两队 in a match report is its two sides (两队比分交替上升, 中日两队战成平局): it points at the
teams the report is about and counts nothing, as 这两天 does; a count of teams stays one where
the text counts them (共有两队晋级, 分成两队: guards). Sentences written for this test; the first
case failed on 2026.12.20."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[str]:
    return [f.surface for f in extract_figures(text)]


def test_the_two_sides_of_a_match_are_no_count():
    assert found("开场后两队比分交替上升，中日两队最终战成平局，全场共进了6球。") == ["6球"]


def test_a_count_of_teams_stays():  # (guards)
    assert found("本组共有两队晋级，其余队员分成两队训练。") == ["两队", "两队"]
