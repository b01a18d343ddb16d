"""Sports leagues, tours and federations are bodies: a league's record or a tour's purse is the
league's (NBA历史上的纪录, 欧巡赛奖金), a federation announces its own figures (国际举联公布). A
league runs a figure only where no club, team or other body of the text does: a club's points
in a league game stay the club's. A league's name inside a longer word (集中超过) is no league, and a
league is its own word: no place before it (城市中超文化) and no section after it (中超新科冠军).

Sentences written for this test. Each case but the guards failed on 2026.12.32."""
from __future__ import annotations

from minsheng.etl.pipeline import process_text

from orgs_of import names


def _orgs(text: str) -> dict[str, str | None]:
    return {f.surface: f.organization for a in process_text(text).articles for f in a.figures}


def test_a_leagues_record_is_the_leagues():
    text = "NBA历史上单场得分最高的纪录是100分，由张伯伦在1962年创造。\n"
    assert _orgs(text)["100分"] == "美国职业篮球联赛"
    assert "NBA" in names(text)


def test_a_tours_purse_is_the_tours_even_where_its_name_is_short():
    assert _orgs("欧巡赛本赛季总奖金达到1.5亿欧元，比上赛季增加1000万欧元。\n") == {
        "1.5亿欧元": "欧洲巡回赛", "1000万欧元": "欧洲巡回赛"}
    assert _orgs("他在欧巡的奖金已超过300万欧元。\n")["超过300万欧元"] == "欧洲巡回赛"


def test_a_federation_announces_its_own_figures():
    assert _orgs("国际举联公布的新世界纪录为抓举180公斤。\n")["180公斤"] == "国际举重联合会"


def test_a_clubs_figures_in_a_league_stay_the_clubs():  # (guard)
    # (湖人队 is the club 湖人, one body however the text writes it)
    assert _orgs("湖人队本赛季在NBA常规赛中已取得30场胜利。\n")["30场"] == "湖人"
    got = _orgs("英超第20轮，曼联主场2比0战胜热刺，拉什福德打进2球，曼联积分升至45分。\n")
    assert got["45分"] == "曼联"


def test_a_league_written_across_two_words_is_none():  # (guard)
    text = "春运期间各地集中超过3000名志愿者服务旅客。\n"
    assert _orgs(text)["超过3000名"] is None
    assert not names(text)


def test_a_league_named_only_in_the_headline_runs_the_unclaimed_figures():
    text = ("英超联赛收入创新高\n\n"
            "上赛季英超转播收入达到32亿英镑，比前一赛季增长8%。\n"
            "据统计，20支球队中有15支实现盈利。\n")
    got = _orgs(text)
    assert got["32亿英镑"] == "英格兰足球超级联赛"
    assert got["15支"] == "英格兰足球超级联赛"


def test_a_league_is_its_own_word_with_no_place_or_section():
    assert names("为了推广城市中超文化，足协有意扩军。\n") == ["中超", "足协"]
    assert names("统计最少的球队为中超新科冠军上海上港的24人。\n")[0] == "中超"
