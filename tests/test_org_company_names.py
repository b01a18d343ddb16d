"""A registered company's name runs place + trade name + trade + form (杭州青禾数码科技有限公司):
the trade name may be any word, an adjective, a single character or Latin letters (TCL), and
the name ends at its form: a verb after it (诉至法院, 告上法庭) starts what is done to the company."""
from orgs_of import names


def test_a_trade_name_read_as_an_adjective_stays_in_the_name():
    assert names("北京红马传媒文化发展有限公司是一家票务公司。") == ["北京红马传媒文化发展有限公司"]
    assert names("他创办了杭州新鹿网络科技有限公司。") == ["杭州新鹿网络科技有限公司"]


def test_a_company_sued_at_a_court_is_not_part_of_the_courts_name():
    assert names("张先生将上海蓝鸟科技发展有限公司诉至法院，要求赔偿。") == ["上海蓝鸟科技发展有限公司"]
    assert names("王女士把杭州青山电子商务有限公司告上法庭。") == ["杭州青山电子商务有限公司"]


def test_a_verb_before_the_place_still_ends_the_name():
    assert names("今年在北京举办的红星文化传播有限公司年会上。") == ["红星文化传播有限公司"]


def test_a_trade_name_in_latin_letters_opens_the_name():
    assert names("LG电子有限公司宣布裁员。") == ["LG电子有限公司"]
    assert names("TCL科技集团股份有限公司发布公告。") == ["TCL科技集团股份有限公司"]
    # after its place, and before a research institute as well as a company
    assert names("北京KaDa故事科技有限公司发布数据。") == ["北京KaDa故事科技有限公司"]
    assert names("据了解，ABB中国研究院今年投入3000万元。") == ["ABB中国研究院"]


def test_a_latin_word_not_next_to_the_name_stays_out():
    assert names("通过APP注册的用户由市总工会审核。") == ["市总工会"]



def test_a_general_research_institute_is_a_body():
    # 研究总院: the general institute a ministry's research is grouped in (2026.12.19: none)
    from orgs_of import names
    assert names("北京有色金属研究总院的科研人员发明了新方法。") == ["北京有色金属研究总院"]


def test_a_line_of_business_the_dictionary_reads_as_a_verb_stays_in_the_name():
    # (2026.12.33: 控股 and 投资 ended these names, and the form alone named no company)
    assert names("据悉，碧桂园控股有限公司近日发行债券。") == ["碧桂园控股有限公司"]
    assert names("据悉，万达投资有限公司近日发行债券。") == ["万达投资有限公司"]
