"""A research firm written in Latin letters after the word for what it is (市场调研机构
Counterpoint Research 发布了报告, 据市场研究机构IDC统计, 研究公司Canalys报告) is a body, as one
cited straight after 据 is; its first word alone (Counterpoint) is the same body. A word for a
firm before a name that says nothing of reports names no firm (guard). Sentences written for this
test."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.normalize import normalize_page


def bodies(text: str) -> list[tuple[str, str]]:
    text = normalize_page(text)
    return [(h.surface, h.name) for h in find_organizations(text, [], None)]


def test_a_firm_after_the_word_for_it():
    assert bodies("市场调研机构 Counterpoint Research 发布了报告。") == [
        ("Counterpoint Research", "Counterpoint Research")]
    assert bodies("据市场研究机构IDC统计，出货量下降3%。") == [("IDC", "IDC")]
    assert bodies("据研究公司Canalys报告，小米增长3%。") == [("Canalys", "Canalys")]


def test_its_first_word_is_the_same_body():
    got = bodies("调研机构Counterpoint Research发布了报告。据Counterpoint数据，出货量下降3%。")
    assert got == [("Counterpoint Research", "Counterpoint Research"),
                   ("Counterpoint", "Counterpoint Research")]


def test_no_report_no_firm():  # (guard)
    assert bodies("这家研究机构ABC位于北京。") == []
