"""A web agency's dateline is a dateline as a paper's is: 中新网客户端北京10月31日消息 (an app
edition, ending on 消息), 央广网杭州11月1日消息. Filed from the capital, it leaves the figures of a
national body's story the country's, not Beijing's; filed from another city, it places the
figures there as their dateline. 北京时间11月4日消息 is a time of day, no agency's dateline (a
guard). Sentences written for this test; the first two cases failed on 2026.12.20 (北京市, and
杭州市 by its sentence instead of the dateline)."""
from __future__ import annotations

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities.scopes import datelines
from minsheng.etl.pipeline import process_text


def regions(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = process_text(text)
    return {f.surface: (gz.display_name(f.region), f.region_basis)
            for a in doc.articles for f in a.figures}


def test_an_app_editions_capital_dateline_leaves_a_national_story_national():
    got = regions("国考报名过审人数近百万\n\n中新网客户端北京10月31日消息，31日18时，国考网上报名通道将"
                  "关闭。根据国家公务员局公布的数据，截至30日，已有近100万人通过资格审查。记者梳理"
                  "发现，虽然今年的招录人数减少了近一半，但报名人数仍超过133万人。\n")
    assert got["超过133万人"][0] == "全国" and got["近一半"][0] == "全国"


def test_a_dateline_ending_on_news_places_the_figures_where_it_was_filed():
    got = regions("地铁客流创新高\n\n央广网杭州11月1日消息（记者张三）记者从市地铁集团获悉，"
                  "上月地铁日均客流达到120万人次。\n")
    assert got["120万人次"] == ("杭州市", "dateline")


def test_a_time_of_day_is_no_dateline():  # (a guard)
    assert datelines("比赛\n北京时间11月4日消息，火箭客场负于雷霆。") == ()
