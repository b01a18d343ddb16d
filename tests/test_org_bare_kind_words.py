"""公司确定了…, 集团公司对…: a sentence opening on the kind word alone (公司, 集团公司, 集团), in a
text that has named one company only, speaks of that company again, as 该公司 does. So a
profile of a company, which names a government body once in its lead, gives the company's
figures to the company. With two companies named before, the kind word points to neither.
Sentences of our own."""
from minsheng.etl.pipeline import process_text

PROFILE = ("本报讯 华东机电集团公司是本省重点乡镇企业，该公司去年被市人民政府列为全市扩张型企业之一。\n\n"
           "公司确定了今年投资2亿元的目标，新建厂房3万平方米。\n")


def _orgs(text):
    doc = process_text(text)
    return ([(m.surface, m.key) for r in doc.articles for m in r.mentions if m.kind == "organization"],
            [(f.surface, f.organization) for r in doc.articles for f in r.figures])


def test_the_kind_word_opening_a_sentence_is_the_company_named():
    mentions, figures = _orgs(PROFILE)
    assert ("公司", "华东机电集团公司") in mentions
    assert figures == [("2亿元", "华东机电集团公司"), ("3万平方米", "华东机电集团公司")]
    mentions, _ = _orgs("本报讯 华东机电集团公司是一家乡镇企业。集团公司对下属企业投资3亿元。")
    assert mentions[-1] == ("集团公司", "华东机电集团公司")


def test_with_two_companies_named_it_points_to_neither():
    mentions, _ = _orgs("本报讯 华东机电集团公司与北方化工有限公司签约。公司确定了今年投资2亿元的目标。")
    assert not any(surface == "公司" for surface, _ in mentions)
