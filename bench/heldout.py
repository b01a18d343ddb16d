#!/usr/bin/env python3
"""Held-out sets: pages annotated by hand under the gold guide and never read while building
the extractor, so that their scores say how it does on text it was not tuned on.

    python bench/heldout.py pick SET --seed N [--pfr 6] [--sina 4]   # choose a set's pages
    python bench/heldout.py write SET DIR                            # write its pages to DIR
    python bench/heldout.py score [SET ...] [--db-dir DIR]           # load and score

``score`` prints each set's measures and no misses: a set whose misses were read is a dev set.

A set is a folder ``bench/heldout/SET/`` holding ``pages.txt`` (one corpus id a line) and
``gold.jsonl`` (the figures, as ``../shared/gold/GUIDE.md`` describes them). The pages
themselves are not copied into the repository: they are rebuilt from the shared corpora
(People's Daily January 1998 with a sidecar giving the publication date, the Sina 2018 sample).

Why a set is chosen at random and scored whole: reading a set's misses turns it into a dev
set, and the gap between dev and unseen scores is the thing being measured. Rules are written
from sentences of our own or of the corpora, never from these files.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import corpora_root, pfr_articles, sina_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent
SETS = ROOT / "heldout"
REPO = ROOT.parent

# a number followed by a measure word: a page with a few of these has figures to annotate
_FIGURE = re.compile(r"[0-9０-９一二三四五六七八九十两百千万亿]+(?:\.[0-9]+)?[万亿千]?"
                     r"(?:元|人|名|个|家|户|%|％|吨|公斤|亩|岁|项|次|辆|台|件|所|座|公里|平方米|倍)")


def _pool(kind: str):
    root = corpora_root()
    if kind == "pfr":
        return pfr_articles(root / "pfr1998" / "199801.txt")
    return sina_articles(root / "news_sina2018" / "sina_news_2018.jsonl")


def _taken() -> set[str]:
    """Ids already in a set, in the dev gold or among the seeds: never picked again."""
    taken = {p.name.split(".")[0] for p in (REPO.parent / "shared" / "gold" / "dev" / "docs").glob("*.txt")}
    for pages in SETS.glob("*/pages.txt"):
        taken |= set(pages.read_text(encoding="utf-8").split())
    return taken


def pick(name: str, seed: int, n_pfr: int, n_sina: int) -> list[str]:
    """A random choice of pages 300-2,000 characters long with four figures or more."""
    taken = _taken()
    rng = random.Random(seed)
    chosen = []
    for kind, n in (("pfr", n_pfr), ("sina", n_sina)):
        fit = [key for key, text in _pool(kind)
               if key not in taken and 300 <= len(text) <= 2000 and len(_FIGURE.findall(text)) >= 4]
        chosen += sorted(rng.sample(fit, n))
    folder = SETS / name
    folder.mkdir(parents=True, exist_ok=False)
    (folder / "pages.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return chosen


def write(name: str, out: Path) -> int:
    """The set's pages as files ``minsheng load`` reads, People's Daily's with their date."""
    return write_sets({name: out})[name]


def write_sets(outs: dict[str, Path]) -> dict[str, int]:
    """``write`` for several sets, reading each corpus once (the Sina file is 11 M characters)."""
    folder_of: dict[str, list[Path]] = {}
    for name, out in outs.items():
        out.mkdir(parents=True, exist_ok=True)
        for key in (SETS / name / "pages.txt").read_text(encoding="utf-8").split():
            folder_of.setdefault(key, []).append(out)
    written = {name: 0 for name in outs}
    set_of = {out: name for name, out in outs.items()}
    for kind in ("pfr", "sina"):
        for key, text in _pool(kind):
            for out in folder_of.get(key, ()):
                (out / f"{key}.txt").write_text(text, encoding="utf-8")
                if kind == "pfr":
                    day = f"{key[:4]}-{key[4:6]}-{key[6:8]}"
                    (out / f"{key}.txt.meta.json").write_text(
                        json.dumps({"published_on": day, "newspaper": "人民日报"}, ensure_ascii=False),
                        encoding="utf-8")
                written[set_of[out]] += 1
    return written


def score(names: list[str], db_dir: Path) -> None:
    scorer = REPO.parent / "shared" / "gold" / "score.py"
    write_sets({name: db_dir / name / "docs" for name in names})
    for name in names:
        docs = db_dir / name / "docs"
        db = db_dir / name / "kb.db"
        db.unlink(missing_ok=True)
        subprocess.run([str(Path(sys.executable).parent / "minsheng"), "load", str(docs), "--db", str(db)],
                       check=True, capture_output=True)
        gold = db_dir / name / "gold"
        gold.mkdir(exist_ok=True)
        (gold / "gold.jsonl").write_text((SETS / name / "gold.jsonl").read_text(encoding="utf-8"),
                                         encoding="utf-8")
        res = subprocess.run([sys.executable, str(scorer), "--db", str(db), "--gold", str(gold),
                              "--json"], check=True, capture_output=True, text=True)
        result = json.loads(res.stdout)
        print(name, " ".join(f"{k}={v}" for k, v in result.items() if not isinstance(v, list)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pick")
    p.add_argument("name")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--pfr", type=int, default=6)
    p.add_argument("--sina", type=int, default=4)
    w = sub.add_parser("write")
    w.add_argument("name")
    w.add_argument("out", type=Path)
    s = sub.add_parser("score")
    s.add_argument("names", nargs="*")
    s.add_argument("--db-dir", type=Path, default=None)
    args = ap.parse_args()
    if args.cmd == "pick":
        print("\n".join(pick(args.name, args.seed, args.pfr, args.sina)))
    elif args.cmd == "write":
        print(write(args.name, args.out), "pages")
    else:
        names = args.names or sorted(p.parent.name for p in SETS.glob("*/gold.jsonl"))
        score(names, args.db_dir or Path(tempfile.mkdtemp(prefix="heldout-")))


if __name__ == "__main__":
    main()
