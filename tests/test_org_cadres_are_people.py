"""干部 is a cadre, a person: 退休干部, 青年干部 end no body's name, though 部 ends many
(组织部, 宣传部). The places before them still place the figures. Sentences of our own."""
import pytest

from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def _orgs(text):
    return [h.name for h in find_organizations(text, find_regions(text, "100000"), None)]


@pytest.mark.parametrize("text", [
    "江苏省南京市退休干部王明收藏邮票3000枚。",
    "山东省青岛市青年干部张强捐款5000元。",
    "全县基层干部300多名参加培训。",
])
def test_a_cadre_is_no_body(text):
    assert _orgs(text) == []


def test_a_department_still_is_one():
    assert _orgs("县委组织部干部科长说，全县培训干部300名。") == ["县委组织部"]
