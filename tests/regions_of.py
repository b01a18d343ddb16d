"""The regions a text's figures are linked to, by surface, for the linking tests: as a national
paper's page of 20 January 1998 (人民日报, home 全国) unless another manifest is given."""
from __future__ import annotations

from datetime import date

from minsheng.etl.entities import gazetteer as gz
from minsheng.etl.pipeline import Manifest, process_text

PAPER = Manifest(published_on=date(1998, 1, 20), newspaper="人民日报")


def regions(text: str, manifest: Manifest | None = PAPER) -> dict[str, str | None]:
    doc = process_text(text, manifest=manifest)
    return {f.surface: gz.display_name(f.region) for a in doc.articles for f in a.figures}
