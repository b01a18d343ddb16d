#!/usr/bin/env python3
"""Which FTS5 tokenization finds the right Chinese text: trigram, or jieba-segmented words?

    python bench/search_tokenizers.py [--seeds DIR]

Retrieval units are the paragraphs of the bundled seed pages (blank-line separated, whitespace
removed as the index does), not the loader's articles: the unit of judgment must not move
when the article splitter changes, and paragraphs give a few hundred units instead of a
handful. For each query the relevant paragraphs are the ones a reader would want: those
containing the word in its meaning. JUDGED_OUT lists the contexts a reader rejects (医保 inside
就医保障 is 就医 + 保障, not medical insurance); every other occurrence was read and accepted.

Approaches, each an in-memory FTS5 table over the same units:

- trigram MATCH:       tokenize='trigram', the query as one quoted string (what a person types
                       at the sqlite3 prompt); cannot match fewer than 3 characters.
- trigram MATCH+instr:  the same table; terms under 3 characters are matched with instr() on it
                       (what ``minsheng search`` does).
- jieba cut:           text pre-segmented with jieba.cut, unicode61 table, query segmented the
                       same way and matched as a phrase.
- jieba cut_for_search: index segmented with jieba.cut_for_search (adds the sub-words of long
                       words: 总工会 -> 工会, 总工会), query with jieba.cut, as a phrase.
- jieba c_f_s as typed: the same table, the query as a person types it at the sqlite3 prompt
                       (unsegmented): unicode61 takes a run of Chinese characters as one token.

Prints precision and recall per query and approach, and the macro averages.
"""
from __future__ import annotations

import argparse
import logging
import re
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# query -> contexts in which the query's characters do not mean the query
QUERIES: dict[str, tuple[str, ...]] = {
    "医保": ("就医保障",),
    "工会": (),
    "保险": (),
    "养老": (),
    "共济": (),
    "理赔": (),
    "救助": (),
    "医疗": (),
    "医疗互助": (),
    "补充医保": (),
    "互助金": (),
    "心理咨询": (),
    "社保卡": (),
    "公积金": (),
    "延迟退休": (),
    "大病救助": (),
    "困难职工": (),
    "养老服务": (),
    "统筹": (),
    "互助": (),
    "中互会": (),
    "一单式": (),
    "鹏瑞利": (),
    "医保钱包": (),
    "跨省共济": (),
    "个人账户": (),
    "零跑腿": (),
    "总工会": (),
    "职工医疗互助保障": (),
    "入会职工": (),
}
JUDGED_OUT = QUERIES


def paragraphs(seeds: Path) -> list[str]:
    out = []
    for p in sorted(seeds.glob("*.txt")):
        for para in re.split(r"\n\s*\n", p.read_text(encoding="utf-8")):
            para = re.sub(r"\s+", "", para).lstrip("#")
            if para:
                out.append(para)
    return out


def relevant(units: list[str], query: str) -> set[int]:
    rel = set()
    for i, u in enumerate(units):
        masked = u
        for ctx in JUDGED_OUT[query]:
            masked = masked.replace(ctx, "\x00" * len(ctx))
        if query in masked:
            rel.add(i)
    return rel


def build(units: list[str], tokenize: str, segment=None) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE s USING fts5(body, tokenize='{tokenize}')")
    db.executemany("INSERT INTO s(rowid, body) VALUES (?, ?)",
                   [(i, " ".join(segment(u)) if segment else u) for i, u in enumerate(units)])
    db.commit()
    return db


def quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = ap.parse_args()

    import jieba
    jieba.setLogLevel(logging.WARNING)
    words = lambda s: [w for w in jieba.cut(s) if w.strip()]  # noqa: E731
    search_words = lambda s: [w for w in jieba.cut_for_search(s) if w.strip()]  # noqa: E731

    units = paragraphs(args.seeds)
    tri = build(units, "trigram")
    jc = build(units, "unicode61", words)
    js = build(units, "unicode61", search_words)

    def trigram_match(q):
        if len(q) < 3:
            return set()
        return {r for (r,) in tri.execute("SELECT rowid FROM s WHERE s MATCH ?", (quote(q),))}

    def trigram_like(q):
        if len(q) >= 3:
            return trigram_match(q)
        # instr, not LIKE: SQLite before 3.44 returns no rows for a LIKE pattern of fewer than
        # three characters on a trigram table
        return {r for (r,) in tri.execute("SELECT rowid FROM s WHERE instr(body, ?) > 0", (q,))}

    def jieba_phrase(db):
        def run(q):
            phrase = quote(" ".join(words(q)))
            return {r for (r,) in db.execute("SELECT rowid FROM s WHERE s MATCH ?", (phrase,))}
        return run

    def as_typed(db):
        def run(q):
            return {r for (r,) in db.execute("SELECT rowid FROM s WHERE s MATCH ?", (quote(q),))}
        return run

    approaches = {
        "trigram MATCH": trigram_match,
        "trigram MATCH+instr": trigram_like,
        "jieba cut": jieba_phrase(jc),
        "jieba cut_for_search": jieba_phrase(js),
        "jieba c_f_s as typed": as_typed(js),
    }
    print(f"{len(units)} paragraphs from {args.seeds}, {len(QUERIES)} queries\n")
    header = f"{'query':<10}{'rel':>5}" + "".join(f"{name:>24}" for name in approaches)
    print(header + "\n" + " " * 15 + "".join(f"{'P / R':>24}" for _ in approaches))
    totals = {name: [0.0, 0.0] for name in approaches}
    for q in QUERIES:
        rel = relevant(units, q)
        cells = []
        for name, fn in approaches.items():
            got = fn(q)
            p = len(got & rel) / len(got) if got else (1.0 if not rel else 0.0)
            r = len(got & rel) / len(rel) if rel else 1.0
            totals[name][0] += p
            totals[name][1] += r
            cells.append(f"{p:.2f} / {r:.2f} ({len(got):>3})")
        print(f"{q:<{10 - len(q)}}{len(rel):>5}" + "".join(f"{c:>24}" for c in cells))
    n = len(QUERIES)
    print("\nmacro average  " + "".join(
        f"{totals[name][0] / n:>16.3f} / {totals[name][1] / n:.3f}" for name in approaches))
    sizes = {"trigram": tri, "jieba cut": jc, "jieba cut_for_search": js}
    print("\nindex size (FTS5 shadow tables, KiB): " + ", ".join(
        f"{name} {index_bytes(db) // 1024}" for name, db in sizes.items()))


def index_bytes(db: sqlite3.Connection) -> int:
    return sum(len(b or b"") for (b,) in db.execute("SELECT block FROM s_data"))


if __name__ == "__main__":
    main()
