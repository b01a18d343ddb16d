"""A unit named by a name it has since changed (a 1998 page's 淮阴市, now 淮安市; 怀柔县, now
怀柔区) keeps that name on the article's figures, as GUIDE.md asks (the place as the article
names it), with the current unit's code: stored as its own region row under the current unit."""
from __future__ import annotations

import json

from minsheng.etl.importer import run_import
from minsheng.etl.pipeline import process_text


def regions_of(text: str) -> dict[str, str]:
    doc = process_text(text)
    return {f.surface: f.region for a in doc.articles for f in a.figures}


def mentions_of(text: str) -> list[tuple[str, str]]:
    doc = process_text(text)
    return [(m.surface, m.key) for a in doc.articles for m in a.mentions if m.kind == "region"]


def test_a_prefecture_under_its_old_name_and_its_short_name_after_it():
    text = ("江苏省淮阴市努力改善交通和通讯。去年全市完成国内生产总值120亿元，比上年增长14%。"
            "淮阴作为农业大市，粮食总产达到50亿公斤。")
    assert regions_of(text) == {"120亿元": "320800|淮阴市", "14%": "320800|淮阴市",
                                "50亿公斤": "320800|淮阴市"}
    # (淮阴 alone is today's 淮阴区; after 淮阴市 it is the city the page is about)
    assert ("淮阴", "320800|淮阴市") in mentions_of(text)


def test_a_county_that_is_a_district_now_and_its_short_name_shared_with_the_district():
    text = "北京市怀柔县今年植树200万株，怀柔的森林覆盖率达到60%。"
    assert regions_of(text) == {"200万株": "110116|怀柔县", "60%": "110116|怀柔县"}


def test_a_text_that_also_writes_the_current_name_keeps_the_current_unit():
    assert regions_of("湖北省襄樊市（今襄阳市）去年工业产值增长12%。") == {"12%": "420600"}
    assert regions_of("湖北省襄阳市去年工业产值增长12%。") == {"12%": "420600"}


def test_the_district_named_in_full_keeps_its_own_figures():
    text = "江苏省淮阴市去年财政收入15亿元。淮阴区新建厂房30幢。"
    assert regions_of(text) == {"15亿元": "320800|淮阴市", "30幢": "320804"}


def test_stored_with_the_current_code_its_old_level_and_under_the_current_unit(db, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("淮阴经济稳步增长\n本报讯 江苏省淮阴市去年财政收入15.2亿元，增长18.1%。\n",
                    encoding="utf-8")
    (tmp_path / "page.txt.meta.json").write_text(json.dumps({"published_on": "1998-01-31"}),
                                                 encoding="utf-8")
    assert run_import(db.engine(), [page]).failed == 0
    assert sorted(db.q("SELECT surface, region, region_code FROM figure_facts")) == [
        ("15.2亿元", "淮阴市", "320800"), ("18.1%", "淮阴市", "320800")]
    assert db.q("SELECT r.level, r.listed_until, p.name FROM regions r "
                "JOIN regions p ON p.id = r.parent_id WHERE r.name = '淮阴市'") == [
        ("prefecture", 1999, "淮安市")]
