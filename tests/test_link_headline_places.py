"""A headline names the wider place, the story the one its figure is about: a headline's figure
told again in the body (same value, unit and qualifier) where the body places it inside the
headline's place is that place's (浙江12名学生… / 浙江省龙泉市…共涉及12名学生). A web page's
原标题 line is its headline again. A figure told again only roughly (30万人 / 近30万) keeps the
headline's place: the body may be giving one example of the province's figure.

Sentences written for this test. The first two cases failed on 2026.12.32."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text


def _regions(text: str) -> list[tuple[str, str | None]]:
    return [(f.surface, f.region) for a in process_text(text).articles for f in a.figures]


def test_a_headline_figure_told_again_inside_its_place_is_that_places():
    text = ("浙江12名学生午餐后身体不适 均已出院\n\n本报讯 11月2日，浙江省龙泉市实验小学多名学生午餐后出现"
            "呕吐症状。龙泉市政府通报，此次事件共涉及12名学生，目前均已出院。\n")
    assert _regions(text) == [("12名", "331181"), ("12名", "331181")]


def test_the_original_title_line_is_the_headline_again():
    text = ("浙江12名学生午餐后身体不适\n\n原标题：浙江12名学生午餐后身体不适 均已出院新京报讯 11月2日，"
            "浙江省龙泉市实验小学多名学生午餐后出现呕吐症状。龙泉市政府通报，此次事件共涉及12名学生。\n")
    assert [r for _, r in _regions(text)] == ["331181"] * 3


def test_a_figure_told_again_roughly_keeps_the_headlines_place():  # (guard)
    text = ("安徽30万人摆脱贫困\n\n本报讯 安徽省阜南县李庄村今年人均收入3000元，"
            "成为全省去年近30万脱贫人口的一个缩影。\n")
    assert _regions(text)[0] == ("30万人", "340000")
