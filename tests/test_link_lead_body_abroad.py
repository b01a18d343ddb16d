"""A national paper's story whose first lines name no place but a body with a country abroad at
the start of its name (英国某银行发现…, 日本某公司最近开发出…) is told in that country: its
figures are that country's, not the paper's 全国. The country written right before the name
counts, not one inside it (英国巴林银行 is British); the headline's bodies are not read for it,
and a web page, which has no home to fall back on, is left as it was."""
from __future__ import annotations

from datetime import date

from minsheng.etl.pipeline import Manifest
from regions_of import regions

_STORY = ("新型电池问世\n本报记者某某\n日本东芝公司最近开发出一种新型电池,容量比现有电池大两倍。"
          "这种电池可连续使用300小时。\n")


def test_a_body_named_with_its_country_abroad_places_the_story():
    got = regions(_STORY)
    assert got["两倍"] == "日本" and got["300小时"] == "日本"


def test_the_country_written_before_the_name_is_the_bodys():
    got = regions("银行倒闭\n本报记者某某\n1995年2月,英国巴林银行宣布倒闭。这家银行有两百三十多年的历史。\n")
    assert got["两百三十多年"] == "英国"


def test_a_place_the_lead_names_still_comes_first():
    got = regions("合资建厂\n本报记者某某\n日本东芝公司在上海市投资建厂,总投资3000万美元。\n")
    assert got["3000万美元"] == "上海市"


def test_a_domestic_body_or_a_web_page_keeps_what_it_had():
    got = regions("新型电池问世\n本报记者某某\n南方电池公司最近开发出一种新型电池,容量比现有电池大两倍。\n")
    assert got["两倍"] == "全国"
    got = regions(_STORY, Manifest(published_on=date(2018, 11, 5)))
    assert got["两倍"] is None
