"""Where a found organization's name ends, once every finder has spoken: a post or a meeting
after a body is not the body, a committee a body set up is one name with it, a set of a match
is no bureau, a team or an international body the segmenter misreads is still named, and a
body of two countries is named from their short names on."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions
from orgs_of import names


def test_a_post_held_in_a_body_is_not_the_body():
    assert names("会见了中共中央政治局常委、国务院副总理。") == ["中共中央政治局", "国务院"]


def test_a_plenary_session_is_a_meeting_of_the_party():
    assert names("坚持中共十五届四中全会确定的方针。") == ["中共"]
    assert names("总结了中共十一届三中全会以来的经验。") == ["中共"]


def test_a_partys_short_numbered_congress_is_named_after_the_party():
    assert names("民革九大将于下月召开。") == ["民革九大"]


def test_a_committee_written_after_the_body_that_set_it_up_is_one_name():
    assert names("政协第九届全国委员会第三次会议今天开幕。") == ["政协第九届全国委员会"]
    assert names("全国人民代表大会澳门特别行政区筹备委员会成立。") == [
        "全国人民代表大会澳门特别行政区筹备委员会"]


def test_a_set_of_a_match_after_a_team_is_no_bureau():
    assert names("中国女排第三局以25比20获胜。") == ["中国女排"]
    assert names("日本队开局不利,连丢5分。") == ["日本队"]


def test_a_place_and_team_word_name_a_team_the_segmenter_misreads():
    assert names("巴西队今晚将与安道尔队进行热身赛。") == ["巴西队", "安道尔队"]
    assert names("摩洛哥队员来到这里训练。") == []  # a team member, not the team


def test_an_international_body_is_named_before_its_members_and_alone():
    assert names("欧盟成员国的外长今天开会。") == ["欧盟"]
    assert names("这是中国东盟领导人第三次会晤。") == ["东盟"]


def test_a_body_of_two_countries_is_named_from_their_short_names():
    assert names("中日友好协会会长今天会见了客人。") == ["中日友好协会"]
    assert names("中俄友好、和平与发展委员会今天举行会议。") == ["中俄友好、和平与发展委员会"]
    assert names("中美两国在经济上互补。") == []


def test_a_long_committee_of_an_unnamed_province_is_kept_as_written():
    assert names("由省社会治安综合治理委员会牵头开展整治。") == ["省社会治安综合治理委员会"]


def test_a_field_of_study_is_no_body():
    assert names("会议聘请了30位社会科学的专门委员。") == []


def test_a_bare_county_department_is_that_of_the_county_named_before_it():
    text = "记者来到安徽肥东县。县供电局负责人说,全县有3.8万农户用上了电。"
    [o] = find_organizations(text, find_regions(text))
    assert (o.surface, o.name, o.region) == ("县供电局", "肥东县供电局", "340122")
    [o] = find_organizations("上个月县公安局破获了一起盗窃案。", [])
    assert (o.name, o.region) == ("县公安局", None)  # no county named: kept as written


def test_a_name_does_not_open_with_the_unit_of_a_date_before_it():
    # 7月经贵州省人民政府批准: 月经 is the date's 月 and the preposition 经
    assert names("今年7月经贵州省人民政府批准，该公司成立。") == ["贵州省人民政府"]
