"""Each figure's link of one kind, by the figure's surface, for the linking tests that read a
text as a dated national paper's article (People's Daily's sidecar gives the date and paper)."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text


def paper(published: date) -> Manifest:
    return Manifest(published_on=published, newspaper="人民日报")


def links(text: str, attr: str, manifest: Manifest | None = None) -> dict[str, object]:
    """{surface: the figure's ``attr`` (region, organization, …)}, the last of equal surfaces."""
    return {f.surface: getattr(f, attr)
            for a in process_text(text, manifest=manifest).articles for f in a.figures}
