"""A village written right after a township found on its own (与云岭乡新兴村的农户, 在高堡乡后王家村)
is a village of that township, even when its name is a word of the dictionary (新兴, 光明,
胜利): after its township a word is a name. Alone, such a word is still no village (新兴村镇).
An urban community right after its street office is a village's peer (凤凰街道塘尾社区: failed on
2026.12.38), not the community's clinic (凤凰街道社区医院).

Sentences written for this test; the first case failed on 2026.12.18."""
from minsheng.etl.entities.regions import find_regions


def _local(text):
    return [(h.surface, h.key) for h in find_regions(text) if h.form == "local"]


def test_a_village_after_its_township():
    got = _local("在安徽省泾县，县委书记与云岭乡光明村贫困户胡大友结成对子。")
    assert got == [("云岭乡", "341823|云岭乡"), ("光明村", "341823|云岭乡光明村")]


def test_a_word_alone_is_no_village():
    assert _local("安徽省泾县的光明村镇企业发展很快。") == []


def test_a_community_after_its_street_office():
    got = _local("深圳市光明区警方在凤凰街道塘尾社区一出租屋内找到了小作坊。")
    assert got == [("凤凰街道", "440311|凤凰街道"), ("塘尾社区", "440311|凤凰街道塘尾社区")]
    assert _local("深圳市光明区凤凰街道社区医院有医生30名。") == [("凤凰街道", "440311|凤凰街道")]
