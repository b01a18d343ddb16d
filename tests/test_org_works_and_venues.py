"""Works, shops and public places are run as bodies and named by their place: a power plant
(XX电厂), a bookshop (XX新华书店), an oilfield (XX油田), an airport, a zoo or botanical garden and a
troupe (XX京剧团). The name opens with the place, not with the words before it that say what it is
(全国先进集体宁波市新华书店); without a place before it the word is a kind of building (这家书店,
在机场) and names no body (guards). Sentences written for this test."""
from orgs_of import names


def test_named_by_their_place():
    assert names("昆明动物园去年接待游客１００万人次。") == ["昆明动物园"]
    assert names("克拉玛依油田去年生产原油９００万吨。") == ["克拉玛依油田"]
    assert names("广州白云机场春运期间增加航班３００架次。") == ["广州白云机场"]
    assert names("湖南省湘剧团今年送戏下乡８０场。") == ["湖南省湘剧团"]
    assert names("宁波市新华书店去年发行图书５００万册。") == ["宁波市新华书店"]


def test_the_name_opens_with_the_place():
    assert names("全国先进集体宁波市新华书店去年发行图书５００万册。") == ["宁波市新华书店"]


def test_no_place_no_body():  # (guard)
    assert names("这家书店有图书５万册。") == []
    assert names("他在机场等了３个小时。") == []


def test_the_capital_names_its_works_as_a_place_does():
    # (首都 is the capital: 首都机场 and 首都医院 are bodies, 首都各界 and 首都的医疗队 are not)
    assert names("首都国际机场去年接待旅客３０００万人次。") == ["首都国际机场"]
    assert names("首都机场春运期间增加航班３００架次。") == ["首都机场"]
    assert names("首都医院去年接诊病人３万人次。") == ["首都医院"]
    assert names("首都各界人士去年捐款３０００万元。") == []
    assert names("来自首都的医疗队去年接诊病人３万人次。") == []
