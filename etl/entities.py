"""Stage 4c: regions, organizations and programmes, and the figures' links to them.

Works document-wide first (the home region, the places and areas the page names) because a
local paper's 我市, 市总工会 and county short names only make sense against its home city, then
article by article.
"""
from __future__ import annotations

from . import gazetteer as gz
from .linking import Linker, region_value, sentence_of
from .organizations import find_organizations, merge
from .programs import find_programs
from .records import DocumentResult, Mention, Organization, Program
from .regions import document_context, find_regions, infer_home, resolve_home
from .textorder import TextOrder


def find_entities(doc: DocumentResult) -> None:
    """Find mentions in every article, fill doc.organizations / doc.programs / doc.home_region,
    and link each figure to its region, organization and program."""
    texts = [a.article.text for a in doc.articles]
    home = resolve_home(doc.home_region) or infer_home(texts, doc.newspaper)
    doc.home_region = home
    context, areas = document_context(texts, home)
    orgs: dict[str, Organization] = {}
    programs: dict[str, Program] = {}
    for result in doc.articles:
        text = result.article.text
        regions = find_regions(text, home, context, areas)
        org_hits = find_organizations(text, regions, home)
        prog_hits = find_programs(text)
        mentions = [Mention("region", h.start, h.end, h.surface, h.key) for h in regions]
        mentions += [Mention("organization", h.start, h.end, h.surface, h.name) for h in org_hits]
        mentions += [Mention("program", h.start, h.end, h.surface, h.name) for h in prog_hits]
        mentions.sort(key=lambda m: (m.char_start, m.kind))
        result.mentions = mentions
        for name, h in merge(org_hits).items():
            cur = orgs.get(name)
            if cur is None:
                orgs[name] = Organization(name, h.kind, region_value(h.region),
                                          tuple(sorted(h.aliases)))
            else:
                cur.aliases = tuple(sorted(set(cur.aliases) | h.aliases))
                cur.region = cur.region or region_value(h.region)
        orgs_in_order = TextOrder(org_hits)
        for h in prog_hits:
            # the programme's operator: the last body its sentence names before it
            operator = orgs_in_order.last_within(sentence_of(text, h.start).start, h.start)
            region = operator.region if operator else None
            cur = programs.get(h.name)
            if cur is None:
                programs[h.name] = Program(h.name, operator.name if operator else None,
                                           region_value(region), h.start_year,
                                           tuple(sorted(h.aliases - {h.name})))
            else:
                cur.aliases = tuple(sorted(set(cur.aliases) | (h.aliases - {h.name})))
                cur.operator = cur.operator or (operator.name if operator else None)
                cur.region = cur.region or region_value(region)
                cur.start_year = cur.start_year or h.start_year
        linker = Linker(text, regions, org_hits, prog_hits, home)
        for fig in result.figures:
            region, org, prog = linker.link(fig.char_start)
            fig.region = region_value(region)
            fig.organization = org
            fig.program = prog
    for prog in programs.values():
        if prog.operator and prog.operator not in orgs:
            prog.operator = None
    doc.organizations = list(orgs.values())
    doc.programs = list(programs.values())


__all__ = ["find_entities", "gz"]
