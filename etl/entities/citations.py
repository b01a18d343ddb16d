"""Sources a report is quoted from: a paper or an agency that passes the news on.

据北京晨报报道, 光明日报记者从教育部获悉, 新华社北京1月5日电, 《某报》综合…网站报道: the
outlet is where the reader learns of the figure, not the body it is about (教育部 there, or
none). A paper that is itself
the subject (某日报社发行量300万份) is no citation and keeps its links.

Pure functions over the article text; a look at a few characters around each media name.
"""
from __future__ import annotations

import re

# 据北京晨报, 据《健康时报》, 援引路透社: the source is brought in before its name
_BEFORE = re.compile(r"(?:据|援引|引自|引述|来源[:：]?)\s*《?\Z")
# …记者, …报道, …网站报道, …称, and a dateline's place and date before 电/讯 (新华社北京1月5日电,
# 新华社达沃斯(瑞士)1月29日电)
_AFTER = re.compile(r"》?\s*(?:网站|官网|网|客户端|微博|杂志|周刊)?"
                    r"(?:记者|报道|消息|援引|引述|综合|转引|通讯员|评论员|特约|网讯|报讯|客户端|称|披露"
                    r"|(?:[\u4e00-\u9fff]{2,9}?)?(?:\([\u4e00-\u9fff]{2,8}\))?(?:\d{1,2}月\d{1,2}日)?"
                    r"(?:电|讯)(?![\u4e00-\u9fff]))")
_BEFORE_REACH = 5


# 发表在美国肾脏病学会临床杂志上: a society or a university whose journal published a study is
# where the reader learns of it, not who did it
_PUBLISHED_IN = re.compile(r"(?:发表在|发表于|刊登在|刊登于|刊发在|刊载于|刊于|登载在)\s*《?\Z")
_JOURNAL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:杂志|期刊|学报|周刊|月刊)")


def is_source(text: str, start: int, end: int, kind: str) -> bool:
    """Is the body at ``text[start:end]`` cited as the source of what follows (a media body
    quoted, any body whose journal published the study, or where a correspondent is posted:
    本报驻联合国记者)?"""
    if _PUBLISHED_IN.search(text, max(0, start - 6), start) and _JOURNAL_AFTER.match(text, end):
        return True
    if text[start - 1:start] == "驻" and text.startswith(("记者", "首席记者", "特派记者"), end):
        return True
    if kind != "media":
        return False
    if _AFTER.match(text, end):
        return True
    return _BEFORE.search(text[max(0, start - _BEFORE_REACH):start]) is not None


__all__ = ["is_source"]


# 受访专家：北京医院心内科副主任医师 李康 / 本文专家：陈海旭博士: a credit line names who was
# asked, with their institution; its places are the expert's employer's, not what the figures
# of the article are about. It ends at the expert's title (and the name after it), or at the
# first stop when no title comes.
_CREDIT = re.compile(r"(?:受访|本文|审核|审稿|采访|指导|特约)专家[:：]")
_CREDIT_END = re.compile(r"(?:主任医师|主治医师|医师|教授|研究员|主任|院长|博士|委员|专家)"
                         r"\s*(?:[\u4e00-\u9fff]\s*){0,3}|[。！？\n“\"]")
_CREDIT_REACH = 48


# 原文刊载于健康报，经中欧卫生管理与政策中心（…上海圆桌会议主办方）授权发布: a note on where an
# article was first published and who let it be republished; its papers, bodies and places are
# the article's history, not what it reports. It runs to the permission (授权发布, 授权转载) or,
# without one, to the end of its sentence.
_REPUBLISHED = re.compile(r"(?:原文|本文|此文|文章)(?:刊载|刊登|发表|首发|原载|转载|摘编)(?:于|自)")
_REPUBLISHED_END = re.compile(r"授权(?:发布|转载|刊发|刊登)|[。！？\n]")
_REPUBLISHED_REACH = 120


def credit_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each expert credit line and each republication note of ``text``."""
    out = []
    if "专家" in text:
        for m in _CREDIT.finditer(text):
            end = _CREDIT_END.search(text, m.end(), m.end() + _CREDIT_REACH)
            out.append((m.start(), end.end() if end else min(len(text), m.end() + _CREDIT_REACH)))
    if "原" in text or "文" in text:
        for m in _REPUBLISHED.finditer(text):
            end = _REPUBLISHED_END.search(text, m.end(), m.end() + _REPUBLISHED_REACH)
            out.append((m.start(), end.end() if end else min(len(text), m.end() + _REPUBLISHED_REACH)))
    return out
