"""Organization names the finder used to drop or cut: a department of a place written by its
level character alone in a text with no home place, and a trade verb inside a company's name."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def orgs(text, home=None):
    return [(o.surface, o.name, o.region) for o in
            find_organizations(text, find_regions(text, home), home)]


def test_a_level_character_before_a_department_names_a_body_even_without_a_home():
    # no home place: the body is kept as written, its region unknown
    assert orgs("上个月县公安局破获了一起盗窃案。") == [("县公安局", "县公安局", None)]
    assert orgs("伤者被送到市第二人民医院抢救。") == [("市第二人民医院", "市第二人民医院", None)]
    assert orgs("去年省劳动厅下发了一份通知。") == [("省劳动厅", "省劳动厅", None)]


def test_with_a_home_the_level_character_still_resolves_to_it():
    assert orgs("去年省劳动厅下发了一份通知。", "370100")[0][1] == "山东省劳动厅"


def test_a_level_character_inside_another_word_is_no_body():
    # 城市 and 市场 hold the 市; 区级 says what kind of centre
    assert orgs("几个城市电信局的做法不同。") == []
    assert orgs("一位市场办主任说粮价稳定。") == []
    assert orgs("建成一个区级社区服务中心。") == []


def test_a_trade_verb_between_a_place_and_the_head_belongs_to_the_name():
    # from the MSRA training split
    text = "由上海市演出公司主办,北京启明演出公司承办。"
    assert [s for s, _, _ in orgs(text)] == ["上海市演出公司", "北京启明演出公司"]


def test_a_trade_of_a_noun_and_its_verb_belongs_to_the_name():
    # 矿产|开发, 汽车|租赁: what the company does, between its place and its head
    assert [s for s, _, _ in orgs("湖北省矿产开发公司去年盈利500万元。")] == ["湖北省矿产开发公司"]
    assert [s for s, _, _ in orgs("深圳市汽车租赁公司新增车辆80辆。")] == ["深圳市汽车租赁公司"]
    # no place before the trade: a kind of company, not one company's name
    assert orgs("他说房地产开发公司今年都在观望。") == []
    # two verbs after a body's meeting (决定削减) are what the meeting did
    found = [s for s, _, _ in orgs("泰国内阁会议决定削减内阁各部预算。")]
    assert not any("决定" in s for s in found)


def test_a_verb_after_a_body_name_is_what_the_body_did():
    # 易名 follows a body's name, not a place: the verb is no part of the next name
    found = [s for s, _, _ in orgs("原中央乐团易名中国交响乐团。")]
    assert "中央乐团易名中国交响乐团" not in found


def test_a_ministers_post_written_as_one_word_names_the_ministry():
    # 财政部长 is one word to the segmenter; the ministry and the country before it are the body
    assert [s for s, _, _ in orgs("泰国财政部长昨天在曼谷表示。")] == ["泰国财政部"]
    assert [s for s, _, _ in orgs("外交部长今天会见了来访的客人。")] == ["外交部"]
    assert orgs("部长今天会见了来访的客人。") == []  # a post with no body before it


def test_a_body_written_after_its_address_starts_at_its_own_place():
    # the province is the address; the record keeps the whole name
    found = find_organizations("昨天,湖南省衡阳市中级人民法院公开宣判了此案。",
                               find_regions("昨天,湖南省衡阳市中级人民法院公开宣判了此案。"))
    assert [(o.surface, o.name) for o in found] == [("衡阳市中级人民法院", "湖南省衡阳市中级人民法院")]
    assert "湖南省衡阳市中级人民法院" in found[0].aliases


def test_a_short_place_name_after_the_address_stays_in_the_name():
    # 中原 and 红塔 are districts written without 区: read with the place before them
    assert [s for s, _, _ in orgs("投资巨大的郑州中原制药厂因盲目引进而亏损。")] == ["郑州中原制药厂"]
    assert [s for s, _, _ in orgs("结果云南红塔足球队主场获胜。")] == ["云南红塔足球队"]


def test_a_post_held_or_a_match_won_is_not_part_of_the_name():
    assert [s for s, _, _ in orgs("他现任北京市文化局副局长。")] == ["北京市文化局"]
    assert [s for s, _, _ in orgs("中国女队以3比1力克印尼女队。")] == ["中国女队", "印尼女队"]
    # (a lead too, in a game's report: 以巨大优势领先)
    report = "北京时间11月5日，NBA常规赛继续进行，热火队主场迎战马刺队。"
    assert [s for s, _, _ in orgs(report + "热火队以46比24的巨大优势领先马刺队。")][-1] == "马刺队"


def test_a_place_and_a_short_team_word_name_a_team():
    assert [s for s, _, _ in orgs("昨晚巴西女排以3比2击败了中国女排。")] == ["巴西女排", "中国女排"]
    assert orgs("1999年全国男篮甲A联赛将于下月开赛。") == []  # a league, not a team


def test_a_place_a_sponsor_and_team_word_name_a_club_team():
    # from the MSRA training split
    assert [s for s, _, _ in orgs("今天主场以2∶1战胜江苏加佳队,但依然落后。")] == ["江苏加佳队"]
    # 总队 and 部队 are words of their own: no sponsor's team (the troops are a body of their
    # own, found by their head, and not a ministry 北京边防部)
    from minsheng.etl.entities.org_names import Places
    from minsheng.etl.entities.patterned_bodies import sponsored_teams
    text = "北京边防部队今天完成了演习。"
    assert sponsored_teams(text, Places(find_regions(text))) == []
    assert [s for s, _, _ in orgs(text)] == ["北京边防部队"]


def test_a_unit_the_segmenter_tags_as_a_person_is_still_a_unit():
    # 宣传科 is read as a person's name; 芭蕾舞团 is a company of performers the theatre keeps
    assert [s for s, _, _ in orgs("天津市市话局宣传科的同志说。")] == ["天津市市话局宣传科"]
    assert [s for s, _, _ in orgs("中央歌剧舞剧院芭蕾舞团今晚演出。")] == ["中央歌剧舞剧院芭蕾舞团"]
    assert [s for s, _, _ in orgs("据新华社莫斯科5月3日电")] == ["新华社"]  # a place is no unit


def test_where_someone_studied_is_not_part_of_the_name():
    assert [s for s, _, _ in orgs("他曾就读于天津艺术学院。")] == ["天津艺术学院"]


def test_a_part_of_a_country_is_not_a_ministry():
    assert orgs("昨天,土耳其南部发生地震。") == []
    assert orgs("美国中西部地区出现干旱。") == []


def test_a_kind_of_bank_and_the_banking_trade_are_not_one_bank():
    assert orgs("一些外国银行和商业银行提高了利率。") == []
    assert orgs("泰国银行业呆账增加了。") == []
    assert [s for s, _, _ in orgs("中国工商银行今年贷款增长10%。")] == ["中国工商银行"]


def test_a_paper_is_named_by_its_title_and_the_place_it_is_published_in():
    found = find_organizations("据英国《卫报》5日报道,伦敦房价上涨了3%。",
                               find_regions("据英国《卫报》5日报道,伦敦房价上涨了3%。"))
    assert [(o.surface, o.name, o.kind, o.region) for o in found] == [
        ("英国《卫报》", "卫报", "media", "GB")]
    assert [s for s, _, _ in orgs("他在《农民日报》上发表文章。")] == ["农民日报"]
    assert orgs("本报的《周末新闻》栏目很受欢迎。") == []  # a column, not a paper


def test_a_bare_committee_of_an_unnamed_place_is_kept_as_written():
    assert [s for s, _, _ in orgs("这项工作受到市委的表扬。")] == ["市委"]
    assert [s for s, _, _ in orgs("村党支部书记带头修路。")] == ["村党支部"]
    # after a name the segmenter does not know as a place, it is part of that name: left out
    assert orgs("他后来任青禾县委书记。") == []


def test_a_field_of_two_nouns_joined_by_a_conjunction_is_one_name():
    assert [s for s, _, _ in orgs("美国国家海洋与大气管理局昨天发布预报。")] == ["美国国家海洋与大气管理局"]
    assert [s for s, _, _ in orgs("中国对外贸易和经济合作部今天宣布。")] == ["中国对外贸易和经济合作部"]
    # two bodies joined by a conjunction stay two
    assert [s for s, _, _ in orgs("中国和美国外交部发言人表示。")] == ["美国外交部"]
    assert [s for s, _, _ in orgs("墨西哥劳动部和社会发展部今天宣布。")] == ["墨西哥劳动部", "社会发展部"]
    assert [s for s, _, _ in orgs("中国人民和东盟各国人民是好朋友。")] == ["东盟"]


def test_a_class_of_bodies_of_the_papers_place_is_not_joined_to_the_next_body():
    found = [s for s, _, _ in orgs("我市高校与清华大学签订了协议。", "120100")]
    assert found == ["清华大学"]
