"""A list of numerals closed by its last one, then the count of the list (分为一、二、三三个级次,
再分一、二两个档次): the count is the last digit with its measure word, not a number read digit
by digit (三三 is not 33). A range after no list (二三十个人) and a year read digit by digit stay
what they were. Sentences written for this test; the first case failed on 2026.12.38."""
from minsheng.etl.figures import extract_figures


def found(text: str) -> list[tuple[str, float, float | None, str]]:
    return [(f.surface, f.value, f.value_max, f.unit) for f in extract_figures(text)]


def test_the_count_after_a_list_of_numerals():
    assert found("干部分为三个层次，每个层次再分为一、二、三三个级次。") == [
        ("三个", 3.0, None, "个"), ("三个", 3.0, None, "个")]
    assert found("每级再分一、二两个档次。") == [("两个", 2.0, None, "个")]


def test_ranges_and_years_stay():  # (guards)
    assert found("村里来了二三十个人。") == [("二三十个人", 20.0, 30.0, "人")]
    assert found("一九九七、一九九八两年共投资3亿元。") == [("3亿元", 300000000.0, None, "元")]
