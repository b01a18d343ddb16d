"""全国 in a story about one foreign country (古巴举行大选…全国共选出人大代表1.4万名) is that
country's whole, not China's: the text names no place of China nor China itself, and names that
country abroad more often than any other; a country written right before it (埃及全国) is its
own; in a profile that turns to China at its end, only before China is named. Sentences
written for this test."""
from regions_of import regions


def test_the_whole_of_the_foreign_country_the_story_is_about():
    got = regions("古巴举行大选\n\n据新华社哈瓦那1月12日电 古巴11日举行大选。据古巴选举委员会统计,"
                  "全国共选出人大代表601名。\n")
    assert got["601名"] == "古巴"


def test_the_country_written_right_before_it():
    got = regions("图片新闻\n\n1、赞比亚居民开始自建住房。赞比亚政府推进住房改革。\n"
                  "2、埃及全国有6000多家商店减价。\n")
    assert got["6000多家"] == "埃及"


def test_china_named_keeps_it_chinas():
    got = regions("中泰合作\n\n泰国代表团访问中国。泰国客人说,全国有1万多家企业参加了合作。\n")
    assert got["1万多家"] == "全国"


def test_a_text_of_chinas_party_keeps_it_chinas():
    got = regions("唁电\n\n中共中央收到唁电。智利共产党和智利民族革新党表示哀悼,全国有3000个团体发来唁电。\n")
    assert got["3000个"] == "全国"


def test_a_profile_that_turns_to_china_at_its_end():
    got = regions("马里共和国\n\n马里共和国地处西非内陆。马里面积124万平方公里,全国有大小民族23个。\n"
                  "中马两国1960年建交。我国援建的糖厂年产糖1万吨,全国人民都很欢迎。\n")
    assert got["23个"] == "马里"
    # (全国 before the text named the country twice stays China's: a headline's 全国)
    got = regions("全国表彰名单\n\n全国有100名个人受到表彰。韩国代表团访问时,韩国客人参观了展览。\n"
                  "北京市的代表也参加了。\n")
    assert got["100名"] == "全国"
