"""The organisation names the finder gives for a text, for the organisation tests."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def names(text, home=None):
    return [o.surface for o in find_organizations(text, find_regions(text, home), home)]


def figure_orgs(text, manifest=None):
    """Each figure's body, by the figure's surface (the last of equal surfaces), for the
    linking tests."""
    from minsheng.etl.pipeline import process_text

    doc = process_text(text, manifest=manifest)
    return {f.surface: f.organization for a in doc.articles for f in a.figures}
