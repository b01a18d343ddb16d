"""Page normalization: one rule per test, on short strings written for the rule."""
from __future__ import annotations

import unicodedata

from minsheng.etl.normalize import STABLE, _nfkc_runs
from minsheng.etl.normalize import normalize_page as norm


# -- NFKC and punctuation ----------------------------------------------------------------------

def test_full_width_digits_letters_and_punctuation_become_ascii():
    assert norm("共济３．７１亿人次，占比８５％（同比）：ＡＩ") == "共济3.71亿人次,占比85%(同比):AI"


def test_chinese_sentence_punctuation_is_kept():
    assert norm("所学、所见、所思。“福”字《中国年》") == "所学、所见、所思。“福”字《中国年》"


def test_ellipsis_and_circled_numbers_survive_nfkc():
    assert norm("压纸、蘸墨……伴随着") == "压纸、蘸墨……伴随着"
    assert norm("①参保人数100人") == "①参保人数100人"


def test_characters_left_out_of_normalizing_are_stable():
    # the second halves of canonical pairs (and Hangul vowels and trailing consonants) are what
    # may compose with the character before them
    seconds = {chr(0x1161 + i) for i in range(21)} | {chr(0x11A8 + i) for i in range(27)}
    for cp in range(0x110000):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    assert "一" in STABLE and "。" in STABLE and "a" in STABLE and "\n" in STABLE
    assert "\uff0c" not in STABLE and "…" not in STABLE and "\u3000" not in STABLE
    assert not seconds & set(STABLE)
    assert all(unicodedata.combining(c) == 0 and unicodedata.is_normalized("NFKC", c)
               for c in STABLE)


def test_normalizing_runs_is_nfkc():
    samples = ["共济３．７１亿人次，占比８５％（同比）：ＡＩ", "cafe\u0301 ｅ\u0301 e\u0327\u0301",
               "か\u3099き\u309a", "\u1100\u1161\u11a8 가\u11a8", "A\u030a \ufb01 ㈱ ¼ ²",
               "\u0301开头", "结尾e", "", "中文。“引号”《书名》\n第二行", "\u2460①…⋯", "ℌ\u0323\u0307x",
               # full-width forms mapped before the runs, with marks that combine after them
               "＜\u0338，\u0338０\u0308＝\u0338（\u0301）\u3000\u0301％", "\u3000，\u3000"]
    for s in samples:
        assert _nfkc_runs(s) == unicodedata.normalize("NFKC", s), s


def test_ideographic_space_and_crlf():
    assert norm("本报讯\u3000日前\r\n\r\n第二段。") == "本报讯 日前\n\n第二段。"


def test_invisible_characters_are_removed():
    assert norm("职\u200b工\ufeff医保") == "职工医保"


# -- OCR spaces ------------------------------------------------------------------------------------

def test_letter_spaced_ideographs_are_joined():
    assert norm("一 个 地 市 内 共 济") == "一个地市内共济"
    assert norm("天 津 大 学 启 动 实 施") == "天津大学启动实施"


def test_spaces_around_numbers_are_removed():
    assert norm("省内共济 3.71 亿人次") == "省内共济3.71亿人次"
    assert norm("截 至 2024 年 12 月") == "截至2024年12月"
    assert norm("通过率近 90 %") == "通过率近90%"


def test_space_inside_a_decimal_number_is_removed():
    assert norm("金额 3 .71 亿元") == "金额3.71亿元"


def test_spaces_next_to_punctuation_are_removed():
    assert norm("人 次 ，共 济") == "人次,共济"
    assert norm("举 办“ 送 温 暖 、送 法 律 ”活动") == "举办“送温暖、送法律”活动"


def test_space_between_words_is_kept():
    assert norm("■记者 廖展霞 韩雯") == "■记者 廖展霞 韩雯"
    assert norm("“工”味祝福传真情 职工把“福”带回家") == "“工”味祝福传真情 职工把“福”带回家"


def test_latin_words_keep_their_space_latin_and_han_do_not():
    assert norm("最新的OpenAI O1模型") == "最新的OpenAI O1模型"
    assert norm("建设 AI 助教") == "建设AI助教"


def test_photo_credit_keeps_its_space():
    assert norm("书法老师写“福”字。 张磊 摄") == "书法老师写“福”字。张磊 摄"
    assert norm("本报记者 蔚可任 摄") == "本报记者 蔚可任 摄"


# -- lines and paragraphs ----------------------------------------------------------------------------

def test_column_lines_are_joined_into_a_paragraph():
    raw = "记者 19 日从国家医保局获悉，2024\n年职工医保个人账户省内共济 3.71\n亿人次，共济金额 511.54 亿元。"
    assert norm(raw) == "记者19日从国家医保局获悉,2024年职工医保个人账户省内共济3.71亿人次,共济金额511.54亿元。"


def test_number_broken_across_lines_is_repaired():
    assert norm("帮扶惠及职工 4\n万余人。") == "帮扶惠及职工4万余人。"


def test_line_ending_a_sentence_keeps_its_break():
    assert norm("第一句结束。\n第二句开始") == "第一句结束。\n第二句开始"


def test_paragraph_breaks_are_kept_and_collapsed():
    assert norm("第一段。\n\n\n\n第二段。") == "第一段。\n\n第二段。"


def test_paragraph_cut_mid_sentence_is_joined():
    raw = ("并提出了对高新区心理服务的宝贵意见和建议。志\n\n"
           "愿 者 们 纷 纷 表 示 ，将 把 培 训 中 的 所\n学、所见运用到工作中。")
    assert norm(raw) == "并提出了对高新区心理服务的宝贵意见和建议。志愿者们纷纷表示,将把培训中的所学、所见运用到工作中。"


def test_paragraph_cut_before_an_opening_quote_is_joined():
    raw = "在亲子研学活动中融入10分钟心理小课堂,从\n\n“心”出发服务职工。"
    assert norm(raw) == "在亲子研学活动中融入10分钟心理小课堂,从“心”出发服务职工。"


def test_headline_is_not_joined_to_the_body():
    assert norm("心理关爱“服务年”温暖启幕\n\n高新区心理咨询师志愿者培训颁证仪式举办") == \
        "心理关爱“服务年”温暖启幕\n\n高新区心理咨询师志愿者培训颁证仪式举办"
    raw = "邹平“开发票中大奖”拉动消费\n\n本报讯 近日,邹平市举行颁奖仪式。"
    assert norm(raw) == raw
    assert norm("# 标题\n\n正文第一段。") == "# 标题\n\n正文第一段。"


def test_body_cut_before_a_headline_is_not_joined():
    raw = "两人都表示,现场医师进行了深入浅出的讲解,并传授\n\n## 丰泽艺术装置发布"
    assert norm(raw) == raw


def test_section_heading_is_not_joined():
    raw = "一、坚持党的全面领导,牢牢把握工会工作正确政治方向\n\n我国工运事业是在党的领导下发展起来的。"
    assert norm(raw) == raw


def test_bylines_stay_on_their_own_lines():
    assert norm("杨明清 本报记者 张楠\n本报通讯员 张与澄") == "杨明清 本报记者 张楠\n本报通讯员 张与澄"
    assert norm("送去更加贴心的关怀。\n □记者秦帆 通讯员刘坤") == "送去更加贴心的关怀。\n□记者秦帆 通讯员刘坤"
    # a correspondent abroad, between a headline and a dated first sentence
    assert norm("英战机乱丢炸弹\n本报驻意大利记者罗晋标\n1月10日15时40分,意大利南方农村。") == \
        "英战机乱丢炸弹\n本报驻意大利记者罗晋标\n1月10日15时40分,意大利南方农村。"
    # 驻 alone opens no byline: 驻地记者说他很好 is a sentence cut by the page
    assert norm("他告诉\n驻地记者说他很好") == "他告诉驻地记者说他很好"


def test_short_standalone_lines_stay():
    assert norm("新春走基层\n\n王东明\n\n的获得感幸福感进一步增强。") == \
        "新春走基层\n\n王东明\n\n的获得感幸福感进一步增强。"


def test_jump_lines_stay_on_their_own_line():
    assert norm("乘 客 从 中 感 受 到 浓 浓\n年味。（下转2版）") == "乘客从中感受到浓浓年味。\n(下转2版)"
    assert norm("整体合力。\n\n（下转第3版）\n\n烟台市总") == "整体合力。\n\n(下转第3版)\n\n烟台市总"
    assert norm("(上接第1版) “制造业立市”是天津的战略抉择。") == "(上接第1版)\n“制造业立市”是天津的战略抉择。"


def test_jump_line_is_not_glued_to_a_broken_line():
    assert norm("热力全开\n(上接第1版)有奖发票") == "热力全开\n(上接第1版)\n有奖发票"


def test_empty_and_blank_pages():
    assert norm("") == ""
    assert norm(" \n\n \n") == ""


def test_a_caption_ending_is_read_from_the_end_of_any_line():
    from minsheng.etl.normalize import is_caption_end

    long = "职工医疗互助活动图片展在市工人文化宫开幕" * 500  # 图 far from the end
    assert is_caption_end(long + " 本报记者 张三摄")
    assert is_caption_end(long + "(李四 供图)")
    assert is_caption_end("张三摄")  # the whole line: the pattern's ^ still applies
    assert not is_caption_end(long)
    assert not is_caption_end(long + "记者张三摄于会场")


def test_an_indent_inside_a_glued_line_starts_a_paragraph():
    # a web page's paragraphs glued into one line keep their indent, two ideographic spaces
    assert norm("标题\n\n第一段话。\u3000\u3000第二段话。") == "标题\n\n第一段话。\n\n第二段话。"
    # at a line's start it is only an indent
    assert norm("标题\n\n\u3000\u3000第一段话。") == "标题\n\n第一段话。"


def test_a_relayed_agency_dateline_starts_its_paragraph():
    # 据新华社…电 opens a paragraph as 新华社…电 does: the place line of a column's item above
    # it stays a line of its own (2026.12.19 glued 广东 to the dateline, losing both)
    page = "吉林\n据新华社长春1月24日电 吉林省开展活动。\n广东\n据新华社广州1月24日电 广东省组成5支队伍。"
    assert norm(page).split("\n") == ["吉林", "据新华社长春1月24日电 吉林省开展活动。", "广东",
                                      "据新华社广州1月24日电 广东省组成5支队伍。"]


def test_a_text_written_a_paragraph_to_a_line_keeps_its_short_lines_apart():
    # (a corpus or a web page saved as text: the headline and the author's name are lines of
    # their own, not the start of the first paragraph)
    raw = ("把实事办在农民心坎上\n王立新\n"
           "去年初,某镇向全镇农民公开承诺:年内为农民办好六件实事,修路、打井、建校舍。"
           "年底验收时,镇里请来了三十多名农民代表逐项打分,六件实事有五件拿了满分。\n"
           "这种说到做到的作风,值得提倡。群众看的是实绩,听的不是口号,干部的威信就在一件件实事里。")
    assert norm(raw).split("\n")[:2] == ["把实事办在农民心坎上", "王立新"]
    # a column wraps nearly every line: its short lines are still joined
    assert norm("镇里请来了三十多\n名农民代表逐项打分。") == "镇里请来了三十多名农民代表逐项打分。"


def test_a_wide_page_wrapped_mid_sentence_is_still_joined():
    # (lines of 40 characters and more that end mid-sentence are a wide column, not paragraphs)
    raw = ("据国家医保局统计，2024年职工医保个人账户省内共济3.71亿人次，共济金额511.54亿元，惠及\n"
           "参保职工家属数量持续增加，其中跨省共济试点地区已经覆盖全国二十多个省份的主要城市，参\n"
           "保群众普遍反映良好。")
    assert norm(raw) == ("据国家医保局统计,2024年职工医保个人账户省内共济3.71亿人次,共济金额511.54亿元,"
                         "惠及参保职工家属数量持续增加,其中跨省共济试点地区已经覆盖全国二十多个省份的主要城市,"
                         "参保群众普遍反映良好。")


def test_a_web_pages_headline_with_a_comma_is_not_glued_to_the_first_paragraph():
    from minsheng.etl.normalize import normalize_page

    page = "排球联赛第三轮！辽宁女排3比1胜山东，王芳砍26分\n\n2018年全国排球联赛11月9日进行了第三轮的比赛。\n"
    assert normalize_page(page) == ("排球联赛第三轮!辽宁女排3比1胜山东,王芳砍26分\n\n"
                                    "2018年全国排球联赛11月9日进行了第三轮的比赛。")
    # (a paragraph of prose broken by a blank line is still joined)
    broken = ("排版说明\n\n这是一段正文，它在版面上被一个空行断开了，但是句子还没有结束，所以下一段\n\n"
              "应当接在它的后面。\n")
    assert normalize_page(broken).split("\n\n") == [
        "排版说明", "这是一段正文,它在版面上被一个空行断开了,但是句子还没有结束,所以下一段应当接在它的后面。"]
