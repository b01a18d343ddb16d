"""Organization names that generalise: where a name starts and ends, and which form is kept."""
from minsheng.etl.organizations import find_organizations
from minsheng.etl.regions import find_regions


def orgs(text, home=None):
    return [(o.surface, o.name, o.kind) for o in find_organizations(text, find_regions(text, home), home)]


def test_a_company_name_goes_on_over_its_parenthesised_part():
    assert orgs("江苏恒润(集团)有限公司今年出口额增长12%。") == [
        ("江苏恒润(集团)有限公司", "江苏恒润（集团）有限公司", "company")]
    assert orgs("会议邀请了诺和诺德(中国)制药有限公司的代表。")[0][1] == "诺和诺德（中国）制药有限公司"
