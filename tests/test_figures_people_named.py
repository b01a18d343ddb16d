"""两人, 三位, 两个人 standing for the people just named count no one: opening a clause right
after two names joined by 和, 与 or 、 (郭晶晶和伏明霞…。两人以出色的表现夺冠), or beside a plural
pronoun (我们三个人). 两位数 is a number of two digits and 判若两人 an idiom. A count that
opens a clause with no names before it stays (事故中,两人死亡: a guard), and so does one
written with 名 (两名选手蔡玉燕和陈莉 counts the team's entrants). Sentences written for this
test; the first three cases failed on 2026.12.20."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[str]:
    return [f.surface for f in extract_figures(text)]


def test_the_two_just_named():
    assert found("王芳和李丽练习双人跳仅有几天。今天，两人以出色的表现夺冠。") == []


def test_beside_a_plural_pronoun():
    assert found("我们三个人，每个人演一段故事。") == []


def test_digits_and_an_idiom():
    assert found("第三节分差来到两位数，化妆前后判若两人。") == []


def test_counts_that_stay():  # (guards)
    assert found("事故中，两人死亡，三人受伤。") == ["两人", "三人"]
    assert found("王芳和李丽参赛。两名选手都进入了决赛。") == ["两名"]
