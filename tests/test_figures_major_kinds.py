"""大类 counts kinds (开发了四大类100多个品种, 12大类违纪问题), as 类 does: the 大 says they are the
main kinds, not a set's epithet (四大发明, 三大战役), which stays no figure. Sentences written
for this test; the first case failed on 2026.12.39."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


def test_major_kinds_are_counted():
    assert found("几年间，这家企业开发了四大类100多个品种。") == [
        ("四大类", 4.0, "类"), ("100多个", 100.0, "个")]
    assert found("全县共梳理违纪问题12大类，批评教育60多人。") == [
        ("12大类", 12.0, "类"), ("60多人", 60.0, "人")]


def test_a_sets_epithet_is_no_count():  # (guard)
    assert found("四大发明和三大战役都写进了课本。") == []
