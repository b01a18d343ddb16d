"""Benchmark corpora written out as the folders of page files that ``minsheng load`` reads.

- ``seeds``: the bundled sample pages, as they are;
- ``pfr1998``: People's Daily, January 1998 (PFR corpus), tags stripped, one file per article
  (paragraph ids ``YYYYMMDD-PP-AAA-SSS`` grouped on date-page-article; first paragraph = title);
- ``sina2018``: the 2018 Sina news sample, one file per article: headline, blank line, text.

The shared corpora are found in $MINSHENG_CORPORA, ../shared/corpora beside the repository,
or /work/shared/corpora.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NAMES = ("seeds", "pfr1998", "sina2018")
ALIASES = {"news_sina2018": "sina2018"}  # the shared folder's own name


def corpora_root() -> Path:
    for c in (os.environ.get("MINSHENG_CORPORA"), REPO.parent / "shared" / "corpora",
              "/work/shared/corpora"):
        if c and Path(c).is_dir():
            return Path(c)
    raise SystemExit("shared corpora not found: set MINSHENG_CORPORA")


def pfr_articles(path: Path):
    """Yield (article id, text) from the PFR file: words without their tags, paragraphs as lines."""
    current, paragraphs = None, []
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            tokens = line.split()
            if not tokens:
                continue
            pid = tokens[0].rsplit("/", 1)[0]
            article = pid.rsplit("-", 1)[0]
            words = []
            for tok in tokens[1:]:
                word = tok.rsplit("/", 1)[0] if "/" in tok else tok
                words.append(word.lstrip("["))
            if article != current and paragraphs:
                yield current, "\n".join(paragraphs) + "\n"
                paragraphs = []
            current = article
            paragraphs.append("".join(words))
    if paragraphs:
        yield current, "\n".join(paragraphs) + "\n"


def sina_articles(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            yield doc["id"], f"{doc['title']}\n\n{doc['text']}"


def write_corpus(name: str, folder: Path, limit: int | None = None) -> tuple[int, int]:
    """Write corpus ``name`` (or a folder path) into ``folder``; returns (documents, characters)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = ALIASES.get(name, name)
    if name == "seeds":
        source = REPO / "seeds"
        items = ((p.stem, p.read_text(encoding="utf-8")) for p in sorted(source.glob("*.txt")))
    elif name == "pfr1998":
        items = pfr_articles(corpora_root() / "pfr1998" / "199801.txt")
    elif name == "sina2018":
        items = sina_articles(corpora_root() / "news_sina2018" / "sina_news_2018.jsonl")
    elif Path(name).is_dir():
        items = ((p.stem, p.read_text(encoding="utf-8", errors="replace"))
                 for p in sorted(Path(name).rglob("*.txt")))
    else:
        raise SystemExit(f"unknown corpus {name!r}: one of {', '.join(NAMES)} or a folder")
    docs = chars = 0
    for key, text in items:
        if limit is not None and docs >= limit:
            break
        (folder / f"{key}.txt").write_text(text, encoding="utf-8")
        docs += 1
        chars += len(text)
    return docs, chars


def texts(folder: Path):
    for p in sorted(folder.glob("*.txt")):
        yield p.read_text(encoding="utf-8")


def clear(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
