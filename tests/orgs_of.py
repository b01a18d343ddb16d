"""The organisation names the finder gives for a text, for the organisation tests."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def names(text, home=None):
    return [o.surface for o in find_organizations(text, find_regions(text, home), home)]


def canonical_names(text):
    """The bodies' canonical names (市场监管局 written, 市场监督管理局 named) for a text read as
    the pipeline reads it: normalised, and with only the places a name may open with (not a city
    abroad)."""
    from minsheng.etl.entities import _naming_places
    from minsheng.etl.normalize import normalize_page

    text = normalize_page(text)
    return [o.name for o in find_organizations(text, _naming_places(find_regions(text)), None)]


def figure_orgs(text, manifest=None):
    """Each figure's body, by the figure's surface (the last of equal surfaces), for the
    linking tests."""
    from minsheng.etl.pipeline import process_text

    doc = process_text(text, manifest=manifest)
    return {f.surface: f.organization for a in doc.articles for f in a.figures}
