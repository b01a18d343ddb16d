"""The organisation names the finder gives for a text, for the organisation tests."""
from minsheng.etl.entities.organizations import find_organizations
from minsheng.etl.entities.regions import find_regions


def names(text, home=None):
    return [o.surface for o in find_organizations(text, find_regions(text, home), home)]
