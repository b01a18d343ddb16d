"""A story about one village: the village named in its chain with 的 (…镇的东营村) and alone
elsewhere (东营村村口) is the place of the figures around it, not the township and not the
national paper's 全国."""
from __future__ import annotations

import json

from minsheng.etl.importer import run_import
from minsheng.etl.entities.regions import find_regions

STORY = ("农家新院\n\n本报记者 李明\n\n"
         "一排排新房围成的东营村村口，十几位老人坐在长凳上晒太阳。\n\n"
         "这里是河南省新乡县大块镇的东营村，前年一场冰雹毁了全村120户的麦子。\n\n"
         "今年收成不错，8亩地打了6000斤小麦，一斤卖1块2。\n")


def test_a_village_joined_to_its_township_by_de_is_found():
    hits = [(h.surface, h.key) for h in find_regions("河南省新乡县大块镇的东营村")]
    assert hits[-1] == ("东营村", "410721|大块镇东营村")


def test_a_village_named_in_its_chain_is_found_where_it_is_named_alone():
    hits = [(h.surface, h.key, h.start) for h in find_regions(STORY) if h.surface == "东营村"]
    assert [(s, k) for s, k, _ in hits] == [("东营村", "410721|大块镇东营村")] * 2
    assert hits[0][2] == STORY.index("东营村村口")


def test_a_village_not_named_in_a_chain_is_not_guessed():
    # a word ending in 村 is no village unless the text places it under its township
    assert [h.surface for h in find_regions("一排排新房围成的东营村村口，几位老人在晒太阳。")] == []


def test_the_village_of_the_lead_is_the_place_of_the_story_figures(db, tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.txt.meta.json").write_text(
        json.dumps({"published_on": "1998-01-07", "newspaper": "人民日报"}), encoding="utf-8")
    assert run_import(db.engine(), [tmp_path / "story.txt"]).failed == 0
    facts = {r[0]: r[1] for r in db.q("SELECT surface, region FROM figure_facts")}
    assert facts["120户"] == "大块镇东营村"
    assert facts["8亩"] == "大块镇东营村"
    assert facts["6000斤"] == "大块镇东营村"


def test_a_township_named_in_its_chain_is_found_where_it_is_named_alone():
    text = "元旦前夕,河南省镇平县石佛寺镇镇长王明赶到县城。像王明这样的干部,仅石佛寺镇就有213位。"
    hits = [(h.surface, h.key) for h in find_regions(text) if h.surface == "石佛寺镇"]
    assert hits == [("石佛寺镇", "411324|石佛寺镇")] * 2


def test_no_township_opens_with_a_time_word_or_holds_the_word_for_townships():
    # 西城区今年新建社区医院 names no 今年新建社区, 即墨区新办乡镇企业 no 新办乡 (nor 新办乡镇)
    assert [h.surface for h in find_regions("北京市西城区今年新建社区医院5所。")] == ["北京市", "西城区"]
    assert [h.surface for h in find_regions("山东即墨区新办乡镇企业80家。")] == ["山东", "即墨区"]
