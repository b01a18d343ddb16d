"""A sum counted in one country's money (30万亿日元, 56.60铢) is that country's when the article
names the country and places the sum nowhere, only in a part of the world (东亚), or in another
country outside its own clause (a third country's reserves in 瑞士法郎 stay unplaced: see
test_regions_currencies). Not the dollar or the euro: they are paid everywhere. The money's country is read from
ISO 4217 (a currency's code opens with its country's), through Babel. Sentences written for this
test."""
from __future__ import annotations

from minsheng.etl.currencies import country_of_money

from regions_of import regions


def test_the_country_of_a_money():
    assert country_of_money("日元") == "JP" and country_of_money("铢") == "TH"
    assert country_of_money("德国马克") == "DE"
    # shared by several countries' money, or paid everywhere
    assert country_of_money("法郎") is None and country_of_money("卢布") is None
    assert country_of_money("美元") is None and country_of_money("欧元") is None


def test_a_sum_in_a_countrys_money_is_that_countrys():
    got = regions("东亚金融风暴\n本报记者王明\n东亚金融危机持续，泰国、韩国受到冲击。日本政府决定追加"
                  "30万亿日元资金，泰铢兑美元汇率跌至56.60铢，美国向韩国提供100亿美元。")
    assert got == {"30万亿日元": "日本", "56.60铢": "泰国", "100亿美元": "韩国"}


def test_a_sum_its_clause_places_stays_there():
    assert regions("日元贷款\n本报记者王明\n日本政府向我国提供3900亿日元贷款，今年在华投资"
                   "项目达到200个。")["3900亿日元"] == "日本"


def test_a_sum_restated_in_another_money_keeps_its_place():
    got = regions("申根签证\n本报记者王明\n西班牙将向每位成人收取60欧元签证费，相当于52.6英镑。")
    assert got["52.6英镑"] == got["60欧元"] == "西班牙"
