"""A unit named after a body written by its short name (电子部情报所, 劳动部职业技能鉴定中心) is
stored under the body's full name (电子工业部情报所) with the name as written among its aliases,
as the body itself is (电子部 for 电子工业部): a reader who searches for the words of the page
finds the unit. A unit of a body written in full has no alias (guard). Sentences written for
this test."""
import pytest

from minsheng.etl.pipeline import process_text


def organizations(text: str) -> dict[str, tuple[str, ...]]:
    doc = process_text(text)
    return {o.name: o.aliases for o in doc.organizations}


@pytest.mark.parametrize("text, name, alias", [
    ("这项调查由电子部情报所负责实施，共回收问卷８００多份。", "电子工业部情报所", "电子部情报所"),
    ("电子部办公厅今年发出通知３０份。", "电子工业部办公厅", "电子部办公厅"),
])
def test_the_unit_of_a_body_written_short(text, name, alias):
    assert alias in organizations(text)[name]


def test_a_unit_written_in_full_has_no_alias():  # (guard)
    got = organizations("这项调查由电子工业部情报所负责实施，共回收问卷８００多份。")
    assert got == {"电子工业部情报所": ()}
