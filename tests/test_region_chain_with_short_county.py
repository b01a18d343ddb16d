"""宜昌县鄢家河村, 温江县寿安镇: a county written by its short name and the suffix of other days
(宜昌 + 县) only says where the village or township after it lies, as 果园镇的红花村 does; the
lead's place is the village, so are the story's figures that name no place. Sentences of our own."""
import pytest

from minsheng.etl.pipeline import process_text


def _regions(text):
    doc = process_text(text)
    return [(f.surface, f.region, f.region_basis) for r in doc.articles for f in r.figures]


@pytest.mark.parametrize("lead, expected", [
    ("这个村，就是位于三峡坝区的湖北省宜昌县鄢家河村。", "420521|鄢家河村"),  # (宜昌县 until 2001)
    ("这个镇，就是四川省温江县寿安镇。", "510115|寿安镇"),
])
def test_the_lead_place_is_the_innermost_of_the_chain(lead, expected):
    text = f"好妈妈教出好儿女\n\n{lead}\n\n近年来，先后有50多人考取大学，去年一次就考取9个。\n"
    assert [(s, r) for s, r, _ in _regions(text)] == [("50多人", expected), ("9个", expected)]
