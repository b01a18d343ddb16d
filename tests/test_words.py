"""The dictionary segmenter gives exactly what jieba gives without its HMM."""
import random
from pathlib import Path

import jieba
import jieba.posseg as pseg
import pytest

from minsheng.etl import words

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TRICKY = [
    "", " ", "全市GDP增长3.5%,达到12.5亿元", "C2002次列车", "a\r\nb\tc d", "3D打印和e-mail",
    "100-200元", "#&._+", "\u00a0新浪娱乐讯", "ＡＢＣ１２３", "“四个倍增”", "推广安全", "广安市",
    "中国职工保险互助会滨州办事处", "共济金额511.54亿元", "入会单位2165个", "1998年1月",
]


@pytest.fixture(params=["rjieba", "python"])
def engine(request, monkeypatch):
    """Both ways the lexicon segments a block: rjieba's compiled route (used with jieba 0.42.1's
    dictionary) and the Python route (any other dictionary)."""
    lex = words.lexicon()
    if request.param == "rjieba":
        assert lex.use_compiled(), "rjieba is a dependency and carries this dictionary"
    else:
        monkeypatch.setattr(lex, "compiled", None)
        monkeypatch.setattr(lex, "_compiled_possible", False)
    words._pos_cut.cache_clear()
    words._pairs.cache_clear()
    yield request.param
    words._pos_cut.cache_clear()
    words._pairs.cache_clear()


def _windows():
    rnd = random.Random(7)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for _ in range(300):
            a = rnd.randrange(len(text))
            yield text[a:a + rnd.randrange(1, 40)]


@pytest.mark.parametrize("text", TRICKY)
def test_same_as_jieba_on_tricky_text(text, engine):
    assert words.pos_cut(text) == [(w.word, w.flag) for w in pseg.lcut(text, HMM=False)]
    assert words.cut(text) == jieba.lcut(text, HMM=False)


def test_same_as_jieba_on_news_windows(engine):
    windows = list(_windows())
    assert len(windows) > 1000
    for text in windows:
        assert words.pos_cut(text) == [(w.word, w.flag) for w in pseg.lcut(text, HMM=False)], text
        assert words.cut(text) == jieba.lcut(text, HMM=False), text


def test_tag_and_frequency_tables_read_like_jiebas():
    jieba.initialize()
    tags, freq = words.tag_table(), words.frequency_table()
    for w in ("互助会", "滨州", "医疗", "入会", "的", "互助", "滨", "不在词典里的词", "3D"):
        assert tags.get(w) == pseg.dt.word_tag_tab.get(w), w
        assert freq.get(w) == jieba.dt.FREQ.get(w), w
    assert freq.get("中华人民共") == 0  # a prefix of a word, no word itself


def test_cut_values(engine):
    assert words.pos_cut("市总工会开展职工医疗互助活动") == [
        ("市", "n"), ("总工会", "n"), ("开展", "v"), ("职工", "n"), ("医疗", "n"), ("互助", "v"),
        ("活动", "vn")]
    assert words.cut("推广安全") == ["推广", "安全"]


def test_lexicon_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setattr(words.tempfile, "gettempdir", lambda: str(tmp_path))
    built = words.load()  # no cache in tmp_path: parsed from dict.txt, then written
    assert list(tmp_path.glob("minsheng-lexicon-*"))
    cached = words.load()
    assert cached.index == built.index and cached.logp == built.logp
    assert cached.words == built.words > 300_000
    # the dictionary's fingerprint, which picks the compiled route, survives the cache too
    assert cached.dict_sha256 == built.dict_sha256 == words.RJIEBA_DICT_SHA256
    assert cached.use_compiled()


def test_posseg_stand_in(engine):
    ps = words.posseg()
    text = "中国职工保险互助会滨州办事处共济金额511.54亿元"
    assert [(p.word, p.flag) for p in ps.lcut(text, HMM=False)] == \
        [(w.word, w.flag) for w in pseg.lcut(text, HMM=False)]
    assert [tuple(p) for p in ps.cut(text, HMM=False)] == words.pos_cut(text)
    assert ps.dt.word_tag_tab.get("办事处") == pseg.dt.word_tag_tab.get("办事处")
    assert ps.dt.tokenizer.FREQ.get("互助会") == jieba.dt.FREQ.get("互助会")


def test_tag_table_lists_every_tagged_word_in_dictionary_order():
    jieba.initialize()
    ours, theirs = words.tag_table(), pseg.dt.word_tag_tab
    assert len(ours) == len(theirs)
    assert list(ours.items())[:1000] == list(theirs.items())[:1000]
    assert dict(ours.items()) == theirs
    assert "互助会" in ours and "不在词典里的词" not in ours


def test_a_broken_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(words.tempfile, "gettempdir", lambda: str(tmp_path))
    built = words.load()
    cache = next(tmp_path.glob("minsheng-lexicon-*"))
    for junk in (b"", b"\x00garbage", cache.read_bytes()[: 1000]):
        cache.write_bytes(junk)
        again = words.load()
        assert again.words == built.words and again.index == built.index


@pytest.mark.parametrize("text", TRICKY + ["甲。乙 丙\r\n丁ab 12", "\u9fd6字\u3400字"])
def test_spans_are_the_cut_with_offsets(text, engine):
    spans = words.pos_spans(text, 5)
    assert [(w, f) for _, _, w, f in spans] == words.pos_cut(text)
    assert all(text[s - 5:e - 5] == w for s, e, w, _ in spans)
    assert [e for _, e, _, _ in spans[:-1]] == [s for s, _, _, _ in spans[1:]]


def test_spans_on_news_windows(engine):
    for text in _windows():
        assert [(w, f) for _, _, w, f in words.pos_spans(text)] == words.pos_cut(text), text


def test_span_values(engine):
    assert words.pos_spans("滨州市总工会,GDP", 10) == [
        (10, 13, "滨州市", "ns"), (13, 16, "总工会", "n"), (16, 17, ",", "x"), (17, 20, "GDP", "eng")]


def test_the_compiled_route_comes_with_its_own_dictionary_only(tmp_path):
    lex = words.lexicon()
    assert lex.dict_sha256 == words.RJIEBA_DICT_SHA256 and lex.use_compiled()
    # another dictionary: rjieba would cut with the words it carries, so the Python route cuts
    other = tmp_path / "dict.txt"
    other.write_text("滨州 30 ns\n市总 5 n\n工会 40 n\n总工会 2 n\n", encoding="utf-8")
    small = words._from_data(words._build(other))
    assert small.dict_sha256 != words.RJIEBA_DICT_SHA256
    assert not small.use_compiled() and small.compiled is None
    assert small.split("滨州市总工会") == ["滨州", "市总", "工会"]
    assert lex.split("滨州市总工会") == ["滨州市", "总工会"]
    assert [w for _, _, w, _ in small.spans("滨州市总工会")] == ["滨州", "市总", "工会"]



def test_a_lexicon_turns_to_rjieba_once_enough_text_was_segmented(tmp_path, monkeypatch):
    monkeypatch.setattr(words.tempfile, "gettempdir", lambda: str(tmp_path))
    words.load()
    lex = words.load()  # a lexicon of its own, from the cache
    monkeypatch.setattr(lex, "_until_compiled", 10)
    text = "滨州市总工会开展职工医疗互助"  # 14 characters
    before = lex.spans(text[:6])
    assert lex.compiled is None  # 6 of 10: the Python route still
    assert lex.split(text[6:]) == ["开展", "职工", "医疗", "互助"]
    assert lex.compiled is not None  # 14: past the mark, rjieba from now on
    assert lex.spans(text[:6]) == before == [(0, 3, "滨州市", "ns"), (3, 6, "总工会", "n")]
