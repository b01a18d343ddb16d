"""The extraction pipeline: one document's bytes in, a DocumentResult out, no database.

Keeping this free of I/O lets the importer run it in worker processes and lets
``minsheng extract FILE`` show exactly what a load would store.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import words
from .entities import find_entities
from .figures import extract_figures
from .measures import add_measures
from .normalize import normalize_page
from .periods import assign_periods
from .publication_date import infer_publication_date
from .read import decode
from .records import ArticleResult, DocumentResult
from .segment import split_articles

# Bump whenever a change to any stage changes what is extracted: the importer re-extracts
# every document whose recorded version differs.
EXTRACTOR_VERSION = "2026.12.57"


@dataclass(frozen=True)
class Manifest:
    """Facts about a document stated by whoever collected it (a sidecar file); they win over
    anything inferred from the text."""

    published_on: date | None = None
    newspaper: str | None = None
    home_region: str | None = None  # region code or name
    title: str | None = None


def process_text(text: str, encoding: str = "utf-8", manifest: Manifest | None = None) -> DocumentResult:
    manifest = manifest or Manifest()
    page = normalize_page(text)
    articles = split_articles(page)
    published_on, source = infer_publication_date(page, articles, manifest.published_on)
    results = []
    for article in articles:
        figures = extract_figures(article.text)
        assign_periods(article, figures, published_on)
        add_measures(article.text, figures)
        results.append(ArticleResult(article=article, figures=figures))
    doc = DocumentResult(
        text=page, encoding=encoding, articles=results,
        title=manifest.title or next((a.title for a in articles if a.title), None),
        newspaper=manifest.newspaper, published_on=published_on, published_source=source,
        home_region=manifest.home_region,
    )
    find_entities(doc)
    return doc


def warm_up() -> None:
    """Build the tables the stages build on first use (the word lexicon, the gazetteer's
    matcher, the organization heads) by extracting one short sample. The importer calls this
    before it forks extraction workers: they then share the parent's copy instead of each
    spending 0.3 s and its own memory building one. A load worth workers is large enough for
    the compiled segmenter to pay for its import, so it is brought in here too."""
    process_text("本报天津1月5日电 天津市总工会今年为3.5万名职工发放互助金4975万元，同比增长12%。\n")
    lexicon = words.lexicon()
    if lexicon is not None:
        lexicon.use_compiled()


def process_bytes(data: bytes, manifest: Manifest | None = None) -> DocumentResult:
    """Raises ``read.ReadError`` when the bytes are not a text document."""
    text, encoding = decode(data)
    return process_text(text, encoding, manifest)
