"""Japan's ministries are named 省 like a province (大藏省, 通产省, 外务省): they are bodies
of Japan, known by name (data/org_known.tsv), stored with the country in front (日本大藏省),
and they run the figures they report. Sentences of our own."""
from minsheng.etl.pipeline import Manifest, process_text


def _orgs(text):
    doc = process_text(text, manifest=Manifest(newspaper="人民日报"))
    return [(f.surface, f.organization) for r in doc.articles for f in r.figures]


def test_the_finance_ministry_reports_the_bad_loans():
    text = "本报东京1月13日电 日本大藏省12日公布,各类银行的不良债权总额达76万亿日元。"
    assert _orgs(text) == [("76万亿日元", "日本大藏省")]


def test_written_without_the_country():
    text = "本报东京1月20日电 通产省今天宣布,将向中小企业提供3000亿日元贷款。"
    assert _orgs(text) == [("3000亿日元", "日本通产省")]
