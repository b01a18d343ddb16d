"""In a game's report (two of 篮板, 助攻, 主场, 赛季…), a bare N分 after a name is points (欧文39分,
布克38分), and so is a margin a side loses or wins by (输给对手50分, 23分惨败) or points before an
assist count written short (21分9助). Not a kind of shot (命中3分, 3分得手, 三分), a clock's
minute (9时30分) or a text about no game (guards). A player's line counts rebounds, assists,
steals, blocks and turnovers written without 个 (8篮板5助攻6失误), each in its own unit, as 10 of
the 13 read sets' annotators who met one wrote them (with 个 or 次 written, the measure word is
the unit). Sentences written for this test; the first case failed on 2026.12.20, the units and
失误 on 2026.12.38."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float]]:
    return [(f.surface, f.value) for f in extract_figures(text)]


def test_points_in_a_game_report():
    assert found("本赛季勇士主场迎战雄鹿。欧文39分，布克38分，勇士输给对手50分，汤普森21分9助。") == [
        ("39分", 39.0), ("38分", 38.0), ("50分", 50.0), ("21分", 21.0)]


def test_shots_clock_minutes_and_other_texts():  # (guards)
    assert found("本赛季勇士主场迎战雄鹿。库里命中3分，格林3分得手。") == []
    assert found("会议于9时30分开始，他的发言得到30分钟掌声。") == [("30分钟", 30.0)]
    assert found("这道菜他打了39分，我打了38分。") == []


def test_a_players_line_counts_rebounds_assists_steals_and_blocks():
    from minsheng.etl.figures import extract_figures
    got = [(f.surface, f.value, f.unit) for f in extract_figures("他得到19分8篮板5助攻6失误,另有2抢断1盖帽。")]
    assert got == [("19分", 19, "分"), ("8篮板", 8, "篮板"), ("5助攻", 5, "助攻"), ("6失误", 6, "失误"),
                   ("2抢断", 2, "抢断"), ("1盖帽", 1, "盖帽")]
    assert [(f.surface, f.unit) for f in extract_figures("他拿下12分和16个篮板,另有3次封盖和4次失误。")] == [
        ("12分", "分"), ("16个", "个"), ("3次", "次"), ("4次", "次")]
    assert [f.surface for f in extract_figures("公司经营失误,全场比赛出现失误。")] == []  # (guard)
