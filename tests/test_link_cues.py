"""The cues the linker reads once per article (body_links.BodyLinks._read_cues,
place_links.PlaceLinks._read_place_cues) let its finders skip an article whose text could give
them nothing: each cue must be found in every text where its finder's own pattern matches, or
a figure would lose a link. Random texts built of the patterns' own words and others check it."""
from __future__ import annotations

import random

from minsheng.etl.entities import body_links, place_links

_PIECES = ["该", "此", "州", "省", "市", "县", "内", "，", "。", "\n", "局长", "副", "主任", "王明", "说",
           "表示", "在会上", "领先", "落后", "击败", "判处", "处以", "有期徒刑", "增长", "全国", "北京", "的",
           "书记", "负责人", "介绍", "横扫", "5分", "长", "委"]


def _texts(n: int):
    rng = random.Random(11)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))


def test_a_text_without_the_cue_has_no_match_of_the_finders_pattern():
    for text in _texts(5000):
        if place_links._LEVEL_POINTER.search(text):
            assert place_links._LEVEL_POINTER_ANY.search(text), text
        if body_links._OFFICIAL_SPEAKS.search(text):
            assert body_links._POST_ANY.search(text), text
        if any(text.find(w) >= 0 for w in body_links._OUTSCORED):
            assert body_links._OUTSCORED_ANY.search(text), text


def test_the_level_cue_finds_each_pointer_alone():
    for text in ("该州", "此县", "省内", "，市内", "该市长"):
        assert place_links._LEVEL_POINTER_ANY.search(text), text
    for text in ("该地", "内州", "市县", "此外"):
        assert place_links._LEVEL_POINTER_ANY.search(text) is None, text
