"""一 counts one where the count is information, not where it is the article "a": in a rate
(每天一个鸡蛋, 每年自测一次), a multiple (上升一倍), a duration a verb lasts (持续一周,
住上一个月, 提前一个月, 等了一个小时) and a number of times that ends its clause (烧开一次之后,
半个月一次比较合适). Not an ordinal or a pointer (第一次, 这一年, 上一次, 每一天), nor "one day"
(有一天), nor 一 of a word (一次性, 一天天, 一年一度, 一年又一年), nor "a" (召开了一次会议,
买了一个苹果). Sentences written for this test."""
import pytest

from minsheng.etl.figures import extract_figures


def figures(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("每天一个鸡蛋可降低中风危险。", [("一个", 1.0, "个")]),
    ("老人每年可自测一次走路速度。", [("一次", 1.0, "次")]),
    ("一般建议半个月一次比较合适。", [("半个月", 0.5, "个月"), ("一次", 1.0, "次")]),
    ("自来水烧开一次之后，数值明显下降。", [("一次", 1.0, "次")]),
    ("吸烟者的发病率上升一倍。", [("一倍", 1.0, "倍")]),
    ("睡眠不足持续一周就会导致问题。", [("一周", 1.0, "周")]),
    ("他每年夏天都要回家住上一个月。", [("一个月", 1.0, "个月")]),
    ("全年计划提前一个月完成。", [("一个月", 1.0, "个月")]),
    ("家长在门口等了一个小时。", [("一个小时", 1.0, "小时")]),
    ("合同迟签一天，村里就要损失上万元。", [("一天", 1.0, "天"), ("上万元", 10000.0, "元")]),
])
def test_one_that_counts(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "有一天他去了北京。",
    "这一年，他考上了大学。",
    "第一次测量时情绪低落。",
    "上一次来的时候还是冬天。",
    "每一天都很忙。",
    "不要一次性大量饮水。",
    "日子一天天过去了。",
    "一年一度的春节到了。",
    "过了一年又一年。",
    "昨天召开了一次会议。",
    "他买了一个苹果。",
    "比上一年有所好转。",
    "去年一次就考上了好几个。",
    "此时恰逢四九，属一年最寒冷的季节。",
    "最难忘的便是一年到头的忙碌。",
])
def test_one_that_is_a_word_or_an_article(text):
    assert figures(text) == []


def test_the_explanation_of_a_numbered_slogan_counts_nothing():
    # “三个一”工程（即…）: the bracket lists the slogan's three ones, not figures of the year
    assert figures("推行“三个一”工程（即每人每年读一本书、写一篇心得、做一件好事，每月交流一次），"
                   "全年共有1200人参加。") == [("1200人", 1200.0, "人")]
    assert figures("推行“三个一”工程，每人每年读一本书。") == [("一本", 1.0, "本")]


def test_one_opening_a_range_counts():
    # 一到两位: a range from one to two, not the article 一 and a count of two
    from minsheng.etl.figures import extract_figures
    got = [(f.surface, f.value, f.value_max) for f in extract_figures("球队需要补充一到两位球员,每天吃一到两个鸡蛋。")]
    assert got == [("一到两位", 1.0, 2.0), ("一到两个", 1.0, 2.0)]
